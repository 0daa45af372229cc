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

const LETTER_OR_DIGIT_AT_END = registerPattern("word-start.before", /[\p{L}\p{N}]$/u);

/** True when no letter or digit (of any script) stands just before `index`. */
export function startsWord(text: string, index: number): boolean {
  return index === 0 || !LETTER_OR_DIGIT_AT_END.test(text.slice(Math.max(0, index - 2), index));
}
