/**
 * Headlines in title case ("China Power Signs Deal to Build Wind Farm in Kazakhstan"): every content word is
 * capitalized, so a run of capitalized words there says nothing about a name. The sources that read a name from
 * capitalization alone (a run ending in a company word, a Chinese place and capitalized words) skip such a line;
 * names with a legal form, from the gazetteer or in quotes are still read there.
 *
 * A title line is a line of 4 to 20 words that start with a letter, at least three quarters of them capitalized,
 * that does not end a sentence (no final ".", "!", "?" or "…"). Sentence-case headlines ("Kazakhstan and China sign
 * $2bn solar deal") and running text are not title lines.
 */
import { isLetterCode, isUpperStart } from "./chars.js";
import { isSpaceCode } from "../word-start.js";
import type { SourceInput } from "./candidate.js";

const MIN_WORDS = 4;
const MAX_WORDS = 20;

/** The title lines of the sources' text, read once per text (the English heads and shapes both ask). */
export function titlesOf(input: SourceInput): number[] {
  return input.titles ??= titleLines(input.text);
}

/**
 * The title lines of `text` as [start, end) pairs in a flat list (sorted), read in one pass. Speed: the line
 * ends are found by indexOf, not read character by character (a text of one long line is read to its end for
 * them): on the English organization list of the adversarial bench, 200 KB of one line, 0.28 -> 0.01 ms (best of 30).
 */
export function titleLines(text: string): number[] {
  const out: number[] = [];
  let lineStart = 0;
  // the next "\n" and the next "\r" (text.length: none)
  let lf = lineEnd(text, "\n", 0), cr = lineEnd(text, "\r", 0);
  for (;;) {
    const i = Math.min(lf, cr);
    if (i > lineStart && isTitleLine(text, lineStart, i)) out.push(lineStart, i);
    if (i >= text.length) return out;
    lineStart = i + 1;
    if (i === lf) lf = lineEnd(text, "\n", lineStart);
    else cr = lineEnd(text, "\r", lineStart);
  }
}

function lineEnd(text: string, mark: string, from: number): number {
  const i = text.indexOf(mark, from);
  return i < 0 ? text.length : i;
}

function isTitleLine(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last >= start && isSpaceCode(text.charCodeAt(last))) last--;
  if (last < start) return false;
  const final = text.charCodeAt(last);
  if (final === 0x2e || final === 0x21 || final === 0x3f || final === 0x2026) return false;
  let words = 0, capitalized = 0;
  for (let i = start; i <= last; i++) {
    // a word starts at the line's start or after a blank; it counts when it starts with a letter
    if (i > start && !isSpaceCode(text.charCodeAt(i - 1))) continue;
    if (!isLetterCode(text.charCodeAt(i))) continue;
    words++;
    if (words > MAX_WORDS) return false;
    if (isUpperStart(text[i]!)) capitalized++;
  }
  return words >= MIN_WORDS && capitalized * 4 >= words * 3;
}

/** Whether `pos` lies in one of the `lines` (titleLines' flat list): a binary search, so a text of many short lines stays linear. */
export function inTitleLine(lines: readonly number[], pos: number): boolean {
  // the last line starting at or before pos
  let lo = 0, hi = lines.length / 2 - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[2 * mid]! <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found >= 0 && pos < lines[2 * found + 1]!;
}
