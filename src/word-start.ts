/**
 * A word start in two halves, for scans over whole documents.
 *
 * `(?<![\p{L}\p{N}])` (WORD_START in src/regex.ts) in front of a scan pattern is evaluated at
 * every position of the text, and V8 reads a look-behind over `\p{L}` (a class with astral
 * ranges) slowly: it cost a cue scan two thirds of its time. LIKELY_WORD_START is a look-behind
 * over a few ranges only (ASCII letters and digits, Cyrillic letters), a subset of `[\p{L}\p{N}]`;
 * the scanner completes it with `startsWord()` on each match, and when that fails resumes at
 * the next position, exactly as the regex with the full look-behind would have.
 */
import { registerPattern } from "./regex.js";

/** Not after an ASCII letter or digit or a Cyrillic letter (U+0482–U+0489 are signs and marks, not letters). */
export const LIKELY_WORD_START = String.raw`(?<![0-9A-Za-z\u0400-\u0481\u048A-\u052F])`;
/** The same for a word that may follow a digit ("100тг"): not after an ASCII or Cyrillic letter. */
export const LIKELY_NOT_AFTER_LETTER = String.raw`(?<![A-Za-z\u0400-\u0481\u048A-\u052F])`;
/** One character that is not an ASCII or Cyrillic letter: the consumed form of LIKELY_NOT_AFTER_LETTER. */
export const NOT_LIKELY_LETTER = String.raw`[^A-Za-z\u0400-\u0481\u048A-\u052F]`;

/** `[\p{L}\p{N}]` of one UTF-16 code unit, memoized (0 unknown, 1 no, 2 yes): read on every word of every window, by every stage. */
const LETTER_CODES = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isLetterCode(code: number): boolean {
  let known = LETTER_CODES[code]!;
  if (known === 0) known = LETTER_CODES[code] = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 2 : 1;
  return known === 2;
}

/** A capital letter: a code unit with a lower-case form of its own. */
export function isUpperCode(code: number): boolean {
  const ch = String.fromCharCode(code);
  return ch.toLowerCase() !== ch;
}

const LETTER_OR_DIGIT_AT_END = registerPattern("word-start.before", /[\p{L}\p{N}]$/u);

/**
 * True when no letter or digit (of any script) stands just before `index`.
 * Speed: a character of the Basic Multilingual Plane is told by its code (isLetterCode's table), with no slice and
 * no regex; a cue scan over deal-dense English text spent a quarter of its time in the slice and the test. Only a
 * surrogate (a character beyond it) is read with the pattern.
 */
export function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  const c = text.charCodeAt(index - 1);
  if (c < 0xd800 || c > 0xdfff) return !isLetterCode(c);
  return !LETTER_OR_DIGIT_AT_END.test(text.slice(Math.max(0, index - 2), index));
}

/** Whether text[from, to) holds an ASCII digit 0-9. */
export function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDigitCode(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The longest token any reader takes for a word, a figure or a part of one, in characters: written figures and words
 * are far shorter ("1.000.000.000.000.000" has 21, "миллиардтарынан" 15). A longer stretch with no white space is read
 * back no further than this (money's and capacity's figures, an unquoted name's words), so that a text of one long
 * "word" costs no more per character than news.
 */
export const LONGEST_WORD = 48;

/** Whether a UTF-16 unit is an ASCII digit 0-9. */
export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether the UTF-16 unit is white space for `\s` (exactly its set, with or without the `u` flag), without running a regex per character. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The table of each set of marks markTable was given (the callers' few constants). */
const MARK_TABLES = new Map<string, Uint8Array>();

/** A set of marks (single UTF-16 units) as a table by code unit: 1 for a mark. Made once per set. */
export function markTable(marks: string): Uint8Array {
  let table = MARK_TABLES.get(marks);
  if (table === undefined) {
    table = new Uint8Array(0x10000);
    for (let m = 0; m < marks.length; m++) table[marks.charCodeAt(m)] = 1;
    MARK_TABLES.set(marks, table);
  }
  return table;
}

/**
 * The index after the last of `marks` in `token` ("(95" → 1, "MW/200" → 3), 0 when it has none; of `token`'s part
 * [from, to) when given, counted from `from` (what the part sliced out would give, without slicing it).
 */
export function afterLastMark(token: string, marks: string, from = 0, to = token.length): number {
  // each mark by its code (no one-character string per character read)
  const isMark = markTable(marks);
  for (let k = to - 1; k >= from; k--) {
    const c = token.charCodeAt(k);
    // letters and digits of the plain blocks are no marks: most characters, told without a search
    if ((c >= 0x30 && c <= 0x39) || ((c | 32) >= 0x61 && (c | 32) <= 0x7a) || (c >= 0x0400 && c <= 0x052f)) continue;
    if (isMark[c] === 1) return k + 1 - from;
  }
  return 0;
}
