/**
 * The organization stage's fast paths keep what their plain definitions say, on random texts made of
 * the characters they treat apart (letters, digits, quotes, brackets, inner ' ’ - and ., white space of
 * several kinds, a surrogate pair):
 * - wordTokens(text, from, to) is tokens(text, from, to).filter(isWord), wordTexts their texts, and
 *   someWord a test of one of those texts;
 * - mayHaveWord is true whenever a word token of the window is one of the words;
 * - TokensBefore, read from the right as far as asked, gives the tokens of `tokens` in reverse (its lazy path reads
 *   a run with no white space a piece at a time, from a character no word crosses: "₸Банк₸Банк…", and takes a window
 *   whose quotes and parentheses cannot close within TOKEN's reach: "(А АО (А АО …").
 */
import { isWord, mayHaveWord, someWord, type Token, tokens, TokensBefore, wordTexts, wordTokens } from "../src/organizations/tokens.js";
import { random } from "./helpers/random.js";

const PIECES = [
  "Bank", "Power", "Co", "Ltd", "Gas", "Oil", "bank", "Banks", "12", "1.5", "A", "x", "Жол", "банк", " ", " ", " ", "\t", "\u00a0",
  "\n", "  ", ".", ",", "-", "'", "’", "&", "(", ")", "«", "»", "\"", "“", "”", "„", "\u{1D400}", "é",
];
/** Pieces with no white space, quote or parenthesis, most of them signs that end every token: runs for TokensBefore's lazy path. */
const RUN_PIECES = ["₸", "$", "@", "/", ":", "Банк", "банкі", "Co", "12", "1.5", ".", "-", "'", "’", "&", "x", "\u{1D400}", "é", " ", "»"];
/** Openers whose closing character stands near, far (past TOKEN's reach, over long words) or nowhere. */
const OPENER_PIECES = ["(", "«", "\"", ")", "»", "А", "АО", " ", " ", "Банк", "\u{1F600}", "₸", `${"Ж".repeat(58)} `, `${"\u{1D400}".repeat(31)} `, "\n"];

function text(next: () => number, pieces: number): string {
  let out = "";
  for (let i = 0; i < pieces; i++) out += PIECES[Math.floor(next() * PIECES.length)];
  return out;
}

const HEADS: ReadonlySet<string> = new Set(["Bank", "Power", "Gas", "Oil"]);

test("wordTokens are the word tokens of tokens, in any window", () => {
  const next = random(3);
  for (let round = 0; round < 2000; round++) {
    const t = text(next, 12);
    const from = Math.floor(next() * t.length), to = from + Math.floor(next() * (t.length - from + 1));
    const words = tokens(t, from, to).filter(isWord);
    expect(wordTokens(t, from, to)).toEqual(words);
    expect(wordTexts(t, from, to)).toEqual(words.map((w) => w.text));
    expect(someWord(t, from, to, (w) => HEADS.has(w))).toBe(words.some((w) => HEADS.has(w.text)));
  }
});

test("mayHaveWord is true whenever a word token of the window is one of the words", () => {
  const next = random(5);
  let found = 0;
  for (let round = 0; round < 3000; round++) {
    const t = text(next, 10);
    const from = Math.floor(next() * t.length), to = from + Math.floor(next() * (t.length - from + 1));
    const has = tokens(t, from, to).some((w) => isWord(w) && HEADS.has(w.text));
    if (has) { found++; expect(mayHaveWord(t, from, to, HEADS)).toBe(true); }
  }
  // the cases are not all misses
  expect(found).toBeGreaterThan(100);
});

test("TokensBefore reads the tokens of tokens from the right, as far as asked", () => {
  const next = random(9);
  let lazy = 0;
  for (let round = 0; round < 4000; round++) {
    const pieces = round % 3 === 0 ? RUN_PIECES : round % 3 === 1 ? OPENER_PIECES : PIECES;
    let t = "";
    for (let i = 0; i < 14; i++) t += pieces[Math.floor(next() * pieces.length)];
    const from = Math.floor(next() * t.length), to = from + Math.floor(next() * (t.length - from + 1));
    const all = tokens(t, from, to).reverse();
    const before = new TokensBefore(t, from, to);
    // asked in order, as the sources ask, and then past the end
    const asked = Math.floor(next() * (all.length + 2));
    for (let i = 0; i < asked; i++) expect([t, from, to, i, before.at(i)]).toEqual([t, from, to, i, all[i]]);
    if (pieces === RUN_PIECES && !/[«"(]/.test(t.slice(from, to))) lazy++;
  }
  expect(lazy).toBeGreaterThan(1000); // the generator reaches the lazy path (no quote or parenthesis in the window)
});

test("TokensBefore takes a quote or parenthesis as a group only when it may close within TOKEN's reach", () => {
  // an opener, a filler of 1 to 70 characters (some past the Basic Multilingual Plane), its closer or not, and a word:
  // a group's length is near TOKEN's limits (60 for quotes, 40 for parentheses), on either side of them
  const next = random(13);
  const PAIRS = [["«", "»"], ["\"", "\""], ["(", ")"]] as const;
  const FILL = ["Ж", "x", " ", "\u{1D400}", "-", "Банк "];
  for (let round = 0; round < 2000; round++) {
    const [open, close] = PAIRS[Math.floor(next() * PAIRS.length)]!;
    let fill = "";
    const n = 1 + Math.floor(next() * 70);
    for (let k = 0; k < n; k++) fill += FILL[Math.floor(next() * FILL.length)];
    const t = `Альфа ${open}${fill}${next() < 0.7 ? close : ""} Бета${next() < 0.5 ? "" : " АО"}`;
    const from = Math.floor(next() * 8), to = t.length - Math.floor(next() * 3);
    const all = tokens(t, from, to).reverse();
    const before = new TokensBefore(t, from, to);
    const read: (Token | undefined)[] = [];
    for (let i = 0; i <= all.length; i++) read.push(before.at(i));
    // (one comparison per round: an expect per token made the test take seconds)
    if (JSON.stringify(read) !== JSON.stringify([...all, undefined])) expect([t, from, to, read]).toEqual([t, from, to, [...all, undefined]]);
  }
});
