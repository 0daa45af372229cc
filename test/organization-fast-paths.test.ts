/**
 * The organization stage's fast paths keep what their plain definitions say, on random texts made of
 * the characters they treat apart (letters, digits, quotes, brackets, inner ' ’ - and ., white space of
 * several kinds, a surrogate pair):
 * - wordTokens(text, from, to) is tokens(text, from, to).filter(isWord), wordTexts their texts, and
 *   someWord a test of one of those texts;
 * - mayHaveWord is true whenever a word token of the window is one of the words.
 */
import { isWord, mayHaveWord, someWord, tokens, wordTexts, wordTokens } from "../src/organizations/tokens.js";
import { random } from "./helpers/random.js";

const PIECES = [
  "Bank", "Power", "Co", "Ltd", "Gas", "Oil", "bank", "Banks", "12", "1.5", "A", "x", "Жол", "банк", " ", " ", " ", "\t", "\u00a0",
  "\n", "  ", ".", ",", "-", "'", "’", "&", "(", ")", "«", "»", "\"", "“", "”", "„", "\u{1D400}", "é",
];

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
