/**
 * The capacity stage's figure before a unit: the run of number-like words (digits, number words, their connectors,
 * rate, qualifier and range words) that ends where the unit starts. Only a run of these is tried by the figure
 * pattern, from its first word, so no regex is run at every position of a window (src/recognizers/capacity.ts).
 */
import { CAPACITY_WORDS, type CapacityWords } from "../../lexicons/units.js";
import { KAZAKH_FIGURE_CASE_ENDINGS } from "../../lexicons/numbers.kk.js";
import { ENGLISH_GLUED_MULTIPLIERS } from "../../lexicons/numbers.en.js";
import { MULTIPLIER_ABBREVIATIONS, NUMBER_CONNECTORS, NUMBER_WORD_LANGUAGES, numberConnectorWords, numberSources, numberWords } from "../../patterns/number.js";
import { fold } from "./lookup.js";
import { lazy, registerPattern } from "../regex.js";
import { afterLastMark, hasDigit, isDigitCode, isLetterCode, isSpaceCode, LONGEST_WORD } from "../word-start.js";
import type { SupportedLanguage } from "../types.js";

/**
 * Lower-case words that may stand in the figure before a unit, per language: number words, their
 * connectors, and the rate, qualifier and range words. Only a run of these (or of digits) before a
 * unit is tried, from its first word, so no regex is run at every position of a window. A number word
 * the language's number pattern does not read as a word of its own is none ("m" alone, read only glued to
 * digits, "30m"; a Kazakh number word in Russian or English): the figure pattern reads no figure that holds
 * it, so the run stops there (speed: "M M M …", a metre sign at every other character, tried the pattern
 * at each of the 16 "m"s, millions, before every unit: ×6 news's cost per MB).
 */
export const NUMBERISH: Record<SupportedLanguage, () => ReadonlySet<string>> = (() => {
  // built on a language's first capacity scan, not at import (the three sets took ~9 ms of CPU there)
  const per = (lang: SupportedLanguage, w: CapacityWords) => lazy(() => {
    const read = numberSources(NUMBER_WORD_LANGUAGES[lang]).words;
    const split = (xs: readonly string[]) => xs.flatMap((x) => fold(x).split(" "));
    return new Set([
      ...split([...numberWords().keys(), ...numberConnectorWords()]).filter((x) => read.has(x)),
      ...split(capacityRunWords(w)),
    ]);
  });
  return { kk: per("kk", CAPACITY_WORDS.kk), ru: per("ru", CAPACITY_WORDS.ru), en: per("en", CAPACITY_WORDS.en) };
})();


/** A language's rate, qualifier and range words that may stand in the figure before a unit. */
const capacityRunWords = (w: CapacityWords): string[] => [
  ...Object.keys(w.rates), ...Object.keys(w.qualifiersBefore), ...Object.keys(w.insideQualifiers ?? {}),
  ...(w.rangeBetween ?? []), ...(w.rangeOpeners ?? []), ...(w.additiveAfterRate ?? []),
];

const FILLER_TOKEN = registerPattern("capacity.fillerToken", /^\(\p{L}{1,3}\)$/u);
const OPENING = "(«\"'";
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** A digit, a dot or a comma: a token that starts with one is a run word (a figure: "1 000", ".5", ",5"). */
const opensFigure = (c: number) => isDigitCode(c) || c === 46 || c === 44;

/** A digit token or a number-like word, with trailing punctuation or without. */
function isRunWord(t: string, words: ReadonlySet<string>): boolean {
  if (t === "") return true;
  if (opensFigure(t.charCodeAt(0))) return true;
  if (words.has(t)) return true;
  const last = t.charCodeAt(t.length - 1);
  return (last === 46 || last === 44 || last === 58 || last === 59) && words.has(t.replace(/[.,:;]+$/, ""));
}

/**
 * Every run of letters in a word a figure reads (number words and abbreviations of every language, glued multipliers,
 * connectors, the capacity words and the endings a figure takes), lower case. The figure pattern reads letters only as
 * such words, each whole, and a bracketed filler ("(іі)"): a digit token with any other run of letters is no part of
 * a figure that goes on past it.
 */
const FIGURE_LETTER_RUNS = lazy((): ReadonlySet<string> => {
  const words = [
    ...numberWords().keys(), ...Object.keys(ENGLISH_GLUED_MULTIPLIERS), ...MULTIPLIER_ABBREVIATIONS,
    ...numberConnectorWords(), ...NUMBER_CONNECTORS.fractionJoiners, ...KAZAKH_FIGURE_CASE_ENDINGS,
    ...Object.values(CAPACITY_WORDS).flatMap((w) => [
      ...capacityRunWords(w), ...(w.rangeFromEndings ?? []), ...(w.figureApproxEndings ?? []), ...(w.figureCaseEndings ?? []),
    ]),
  ];
  return new Set(words.flatMap((w) => w.toLowerCase().split(/[^\p{L}]+/u)).filter((r) => r !== ""));
});

/** A letter for FIGURE_LETTER_RUNS: a letter or a digit other than the ASCII ones (which \d reads). */
const isLetterRunCode = (c: number) => isLetterCode(c) && !isDigitCode(c);

/**
 * Whether each run of letters in N[a, b) is one of FIGURE_LETTER_RUNS, or is at most three letters in brackets (a
 * filler, "(іі)").
 */
function lettersInFigures(N: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (!isLetterRunCode(N.charCodeAt(k))) continue;
    let e = k + 1;
    while (e < b && isLetterRunCode(N.charCodeAt(e))) e++;
    const bracketed = k > a && N.charCodeAt(k - 1) === 40 /* ( */ && e - k <= 3;
    if (!bracketed && !FIGURE_LETTER_RUNS().has(N.slice(k, e).toLowerCase())) return false;
    k = e;
  }
  return true;
}

/** Marks after which a figure may start inside a token ("MW/200", "[200", "итого:200"). */
const GLUED_MARKS = "/[{:;«\"'(";

/** Kazakh case endings after a hyphen on a figure word ("млн-нан астам"). */
const FIGURE_CASE_ENDINGS: ReadonlySet<string> = new Set(KAZAKH_FIGURE_CASE_ENDINGS);

/** A run word with a hyphenated case ending ("млн-нан", "мың-ға"). */
function caseEnded(token: string, words: ReadonlySet<string>): boolean {
  const h = token.lastIndexOf("-");
  return h > 0 && FIGURE_CASE_ENDINGS.has(token.slice(h + 1)) && isRunWord(token.slice(0, h), words);
}

/** FILLER_TOKEN, tested only on a token in brackets. */
const isFiller = (t: string) => t.charCodeAt(0) === 40 /* ( */ && t.charCodeAt(t.length - 1) === 41 && FILLER_TOKEN.test(t);

/**
 * runStarts' starts, in FIGURE_STARTS[0, count): one list reused from unit to unit (the stage is not re-entrant; a
 * list per unit, 150 bytes once it held two, was most of what a list of capacities allocated besides its matches).
 */
export const FIGURE_STARTS: number[] = [];

/**
 * Starts of the words in the run of number-like words that ends at `end`, leftmost first, into FIGURE_STARTS: how many.
 * The run is read from `floor` on; `textFloor` (at most `floor`) is where the text before it ends for this reading (the
 * previous mention's end, or the body's start): a token reaching `floor` above it with no white space before is cut.
 */
export function runStarts(
  N: string, floor: number, end: number, words: ReadonlySet<string>, textFloor = floor, readLetters = true,
): number {
  const starts = FIGURE_STARTS;
  let n = 0;
  let i = end;
  if (i > floor && N.charCodeAt(i - 1) === 45 /* - */) i--; // "100-megawatt"
  for (let count = 0; count < 16; count++) {
    while (i > floor && isSpace(N.charCodeAt(i - 1))) i--;
    const limit = Math.max(floor, i - LONGEST_WORD);
    let a = i;
    while (a > limit && !isSpace(N.charCodeAt(a - 1))) a--;
    // a token longer than a run word, or cut by the window's floor, is none: only what follows a glued mark in its
    // last LONGEST_WORD characters may start the figure. Speed: a unit at every other character with no white space
    // ("т,т,т,…") read, copied and lower-cased the whole window at each; and a run of digits longer than the window
    // gave a capacity that started inside its number
    if (a < i && a === limit && a > textFloor && !isSpace(N.charCodeAt(a - 1))) {
      // (the mark is found in the text as it is, and only what follows it lower-cased: "т,т,т,…" lower-cased the 48
      // characters before every unit, half the time of such a text)
      const k = afterLastMark(N, GLUED_MARKS, a, i);
      if (k > 0 && k < i - a && isRunWord(N.slice(a + k, i).toLowerCase(), words)) starts[n++] = a + k;
      break;
    }
    // a token that starts with a digit, a dot or a comma is a run word, and no filler or quote to strip: read as such
    // without copying it (speed: a list of capacities, "100 MW, 200 MW, …", copied and lower-cased two tokens a unit)
    if (a < i && opensFigure(N.charCodeAt(a))) {
      // one with a run of letters no word of a figure holds ("5m-министрлігі") is in no figure that goes on past it
      // (one of the tokens after it is too): the run stops (speed: "5m-министрлігі 5m-…" tried the figure pattern at
      // every such token before every "m")
      if (count > 0 && readLetters && !lettersInFigures(N, a, i)) break;
      // a token of commas and dots alone ("100 MW, 200 MW": the comma after the last unit) is in the run, but no
      // figure starts there (speed: the figure pattern was tried at it first, and failed, at every unit of a list)
      if (hasDigit(N, a, i)) starts[n++] = a;
      i = a;
      continue;
    }
    if (!isFiller(N.slice(a, i))) while (a < i && OPENING.includes(N[a]!)) a++; // "(12 тонна)", not "(іі)"
    if (a === i) break;
    const raw = N.slice(a, i);
    // a word of the set is in lower case already: only other tokens are lower-cased to be read
    const token = words.has(raw) ? raw : raw.toLowerCase();
    const ok = token === "-" || isFiller(token) || isRunWord(token, words) ||
      (token.includes("-") && (token.split("-").every((t) => isRunWord(t, words)) || // "екі-үш"
        caseEnded(token, words))); // "млн-нан"
    if (!ok) {
      // "50 MW/200 MWh", "[200 МВт": a mark glued to the figure ends the run
      const k = afterLastMark(token, GLUED_MARKS);
      if (k > 0 && k < token.length && isRunWord(token.slice(k), words)) starts[n++] = a + k;
      break;
    }
    starts[n++] = a;
    i = a;
  }
  // leftmost first
  for (let l = 0, r = n - 1; l < r; l++, r--) {
    const t = starts[l]!;
    starts[l] = starts[r]!;
    starts[r] = t;
  }
  return n;
}

/**
 * Where the figure ends when the run before a unit is one plain number: digits alone from `start`, then only blanks
 * (as `\s`) or a single hyphen up to the unit ("100 MW", "100MW", "100-megawatt"), and no letter, digit, dot or comma before
 * `start` within `readFrom`; else -1. There the capacity stage's `before` pattern, run sticky at `start`, reads the
 * digits as the figure and nothing else (no rate or qualifier before a figure the run starts with, no range, ending
 * or multiplier after it), so the stage takes them without running it (test/capacity-plain-figure.test.ts compares
 * the two). Speed: in a list of capacities ("100 MW, 200 MW, …") the pattern's match and its window's copies were
 * a sixth of the stage.
 */
export function plainFigureEnd(N: string, start: number, unitStart: number, readFrom: number): number {
  if (start > readFrom) {
    const before = N.charCodeAt(start - 1);
    if (before >= 0x80 || isLetterCode(before) || before === 46 /* . */ || before === 44 /* , */) return -1;
  }
  let end = start;
  while (end < unitStart && isDigitCode(N.charCodeAt(end))) end++;
  if (end === start) return -1;
  if (end === unitStart - 1 && N.charCodeAt(end) === 45 /* - */) return end;
  for (let k = end; k < unitStart; k++) if (!isSpaceCode(N.charCodeAt(k))) return -1;
  return end;
}
