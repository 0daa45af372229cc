/**
 * The capacity stage tries its figure pattern only from the words of the run of number-like words before a unit
 * (runStarts, src/capacity/figure-run.ts), and that run stops at a number word its language's number pattern does
 * not read as a word of its own ("m" alone, read only glued to digits, "30m"; a Kazakh number word in a Russian or
 * English text). Stopping there must leave out only starts the pattern cannot match from: here each generated window
 * is read with the run as it is and with the run that also crosses those words, and the figure pattern (`before`,
 * sticky, as the stage runs it) must match from none of the starts the first leaves out. The same for the digit tokens
 * the run stops at: one with a run of letters that no word of a figure holds ("5m-министрлігі").
 */
import { CAPACITY_EN } from "../patterns/capacity.en.js";
import { CAPACITY_KK } from "../patterns/capacity.kk.js";
import { CAPACITY_RU } from "../patterns/capacity.ru.js";
import { numberWords } from "../patterns/number.js";
import { FIGURE_STARTS, NUMBERISH, runStarts } from "../src/capacity/figure-run.js";
import { random } from "./helpers/random.js";

const LOOK_BEHIND = 8; // the stage's BEFORE_LOOK_BEHIND
// words the runs read, words they stop at, and what stands between them
const PIECES = [
  "5", "1 000", "2,5", "30m", "m", "M", "k", "b", "bn", "mln", "млн", "млн.", "мың", "тыс.", "бір", "екі", "үш", "жүз",
  "бес", "five", "hundred", "million", "сто", "пять", "миллиона", "to", "and", "до", "от", "жуық", "около", "about",
  "a", "half", "и", "(іі)", "-", "(", "«", "year", "жылына", "в", "год",
];
const SEPARATORS = [" ", " ", " ", "  ", "-", "\t", "\u00a0", ""];

/**
 * Over generated windows (pieces joined by separators, the unit after them), the run read as the stage reads it
 * (`kept`) must be the end of the run read without the stop under test (`all`), and the figure pattern (`before`,
 * sticky, as the stage runs it) must match from none of the starts `kept` leaves out. Returns how many windows
 * the stop shortened.
 */
function leftOutStartsNeverMatch(
  before: RegExp, pieces: readonly string[], seed: number, runs: (text: string, end: number) => [kept: number[], all: number[]],
): number {
  const next = random(seed);
  let shorter = 0;
  for (let round = 0; round < 3000; round++) {
    let text = "";
    const n = 1 + Math.floor(next() * 7);
    for (let k = 0; k < n; k++) {
      text += pieces[Math.floor(next() * pieces.length)];
      text += k === n - 1 ? " " : SEPARATORS[Math.floor(next() * SEPARATORS.length)];
    }
    const unitStart = text.length; // the unit follows the window
    const [kept, all] = runs(text, unitStart);
    expect([text, all.slice(all.length - kept.length)]).toEqual([text, kept]);
    if (all.length > kept.length) shorter++;
    for (const start of all.slice(0, all.length - kept.length)) {
      const readFrom = Math.max(0, start - LOOK_BEHIND);
      before.lastIndex = start - readFrom;
      const m = before.exec(text.slice(readFrom, unitStart).toLowerCase());
      expect([text, start, m?.[0]]).toEqual([text, start, undefined]);
    }
  }
  return shorter;
}

/** The starts runStarts gives before `end`, with the given run words (and its digit tokens' letters read or not). */
function starts(text: string, end: number, words: ReadonlySet<string>, readLetters = true): number[] {
  const n = runStarts(text, 0, end, words, 0, readLetters);
  return FIGURE_STARTS.slice(0, n);
}

const LANGUAGES = [["en", CAPACITY_EN], ["ru", CAPACITY_RU], ["kk", CAPACITY_KK]] as const;

test.each(LANGUAGES)("%s: the run before a unit leaves out only starts the figure pattern cannot match from", (lang, patterns) => {
  const words = NUMBERISH[lang]();
  // the run words before they were narrowed to what the number pattern reads: every number word of every language
  const crossing = new Set([...words, ...[...numberWords().keys()].flatMap((w) => w.split(" "))]);
  expect(crossing.size).toBeGreaterThan(words.size); // some words are left out in each language ("m" at least)
  const shorter = leftOutStartsNeverMatch(patterns().before, PIECES, 11, (text, end) => [starts(text, end, words), starts(text, end, crossing)]);
  expect(shorter).toBeGreaterThan(150); // the generator does reach runs that stop at such a word
});

// digit tokens with letters: the figure's own (multipliers, glued or not, endings, ranges, fillers) and others
const DIGIT_PIECES = [
  "5m-министрлігі", "5m", "5млн", "5bn", "100-ден", "100ден", "5-дай", "400-ге", "2025-жылы", "5-ші", "10-20", "10-бес",
  "1,5", "5(іі)", "5(abcd)", "3-тен", "5%", "5м²", "5km", "7x", "12-million", "5-тонна", "5k", "5.5", "млн", "бір", "жуық",
  "тонна", "to", "до", "жылына", "год", "(", "-", "and",
];

test.each(LANGUAGES)("%s: the run before a unit stops only at a digit token no figure that goes on past it can hold", (lang, patterns) => {
  const words = NUMBERISH[lang]();
  const shorter = leftOutStartsNeverMatch(patterns().before, DIGIT_PIECES, 17, (text, end) => [starts(text, end, words), starts(text, end, words, false)]);
  expect(shorter).toBeGreaterThan(150);
});
