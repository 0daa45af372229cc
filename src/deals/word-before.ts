/** Reading the words right before a position, backwards, as deal assembly's cues need them. */
import { isLetterCode, isSpaceCode } from "../word-start.js";

/** No words to skip: `wordBefore` then gives the word right before. */
export const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * The first word (lower case) before `at` that is not in `skip`, past at most `maxSkipped` words of it, not before
 * `from`; null when a non-letter comes first or only skipped words stand there. "said on Tuesday" before a date, with
 * "on" skipped, gives "said"; "бес жүз жаңа" before a noun, with "жаңа" skipped, gives "жүз".
 */
export function wordBefore(text: string, at: number, from: number, skip: ReadonlySet<string>, maxSkipped = 2): string | null {
  let end = at;
  for (let k = 0; k <= maxSkipped; k++) {
    while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > from && isLetterCode(text.charCodeAt(start - 1))) start--;
    if (start === end) return null;
    const word = text.slice(start, end).toLowerCase();
    if (!skip.has(word)) return word;
    end = start;
  }
  return null;
}

/**
 * Whether `s` (lower case) ends with one of `words` that starts a word there ("… brokered by" ends with "brokered by",
 * "… Airbrokered by" does not).
 */
export function endsWithWord(s: string, words: readonly string[]): boolean {
  return words.some((w) => s.endsWith(w) && (s.length === w.length || !isLetterCode(s.charCodeAt(s.length - w.length - 1))));
}

/** Number of words (runs of non-space characters) in text[from, to). */
export function wordsBetween(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let k = from; k < to; k++) {
    const space = isSpaceCode(text.charCodeAt(k));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
