/**
 * The date stage's first step: the stretches of text the rules run in. One scan of the grammar's
 * trigger pattern (year figures, month stems, period and relative words) marks each trigger word; a
 * window reaches BEFORE characters before it and AFTER after it, overlapping windows merge, and each
 * is widened to whole words (src/recognizers/date.ts runs the rules inside them).
 */
import type { DateGrammar } from "./types.js";
import { registerPattern } from "../regex.js";
import type { RecognizerContext } from "../recognizers/types.js";
import { isDigitCode } from "../word-start.js";

const WORD_CHAR = registerPattern("date.wordChar", /[\p{L}\p{N}]/u);

/** How far a date may reach before and after the trigger word it contains. */
const BEFORE = 24;
const AFTER = 48;

export interface Window {
  start: number;
  end: number;
  /** Bit i set: a trigger of kind i (`DateGrammar.triggerKinds`) opened or joined the window. */
  kinds: number;
  /** Its trigger words: offsets and kind bits, in pairs, in Windows.hits[from, to). */
  from: number;
  to: number;
}

/**
 * The windows of a text and their trigger words, all in one typed list. Speed: a list of dates is one window of
 * tens of thousands of trigger words, and V8 (Node 20) pushed onto a JS array past ~16,000 elements at some 50 ns an
 * element (29,000 pairs: 3.2 ms; into a typed list grown by doubling, 0.1 ms): windows() took 7-8 ms per 200 KB of
 * "May 1, 2000, May 2, 2001, …".
 */
export interface Windows {
  list: Window[];
  hits: Int32Array;
}

/**
 * Whether the UTF-16 unit at `index` is a letter or digit (`[\p{L}\p{N}]`): ASCII and Cyrillic
 * by their codes, any other character by the regex.
 */
export function isWordChar(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return isLikelyWordCode(c) || (c >= 0x80 && WORD_CHAR.test(text[index]!));
}

/**
 * Whether the UTF-16 unit `c` is an ASCII or Cyrillic letter or digit (the class of LIKELY_WORD_START,
 * src/word-start.ts): a trigger word starts after none of them.
 */
function isLikelyWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return c >= 0x400 && c <= 0x52f && (c < 0x482 || c > 0x489);
}

/**
 * Merged stretches of text around the grammar's trigger words, widened to whole words. A year figure
 * inside a hyphen chain (see `hyphenChain`) opens no window: the chain's span is appended to
 * `chains` (start, end pairs), and the stage drops every match that overlaps it.
 */
export function windows(context: RecognizerContext, grammar: DateGrammar, chains: number[]): Windows {
  const { trigger, triggerWords } = grammar;
  const text = context.normalized;
  const bodyStart = context.bodyStart;
  // a trigger word's hit includes the character before it (see kindedTrigger): start one
  // character early when that character is no letter or digit (it cannot start a year figure)
  trigger.lastIndex = bodyStart > 0 && !isLikelyWordCode(text.charCodeAt(bodyStart - 1)) ? bodyStart - 1 : bodyStart;
  let m = trigger.exec(text);
  if (m === null) return NO_WINDOWS;
  const out: Window[] = [];
  let hits = new Int32Array(16);
  let n = 0;
  for (; m !== null; m = trigger.exec(text)) {
    let kind = 0;
    let at = m.index;
    const hit = m[0];
    const hitEnd = at + hit.length;
    if (m[1] === undefined) {
      // a word: after the character before it, unless it starts the text
      let word = hit;
      if (!isLikelyWordCode(hit.charCodeAt(0))) {
        at++;
        word = hit.slice(1);
      }
      // the character before the next word may end this one ("кв.")
      if (!isLikelyWordCode(text.charCodeAt(hitEnd - 1))) trigger.lastIndex = hitEnd - 1;
      if (triggerWords) {
        kind = 1 << (triggerWords.get(word) ?? triggerWords.get(word.replace(SPACE_RUNS, " ")) ?? 0);
      } else {
        for (let g = 2; g < m.length; g++) {
          if (m[g] !== undefined) {
            kind = 1 << (g - 1);
            break;
          }
        }
      }
    } else {
      const chainEnd = hyphenChain(text, at, hitEnd, chains);
      if (chainEnd >= 0) {
        // the rest of the chain holds no trigger either: go on after it (so each chain is read once)
        trigger.lastIndex = chainEnd;
        continue;
      }
      kind = 1;
    }
    const start = Math.max(bodyStart, at - BEFORE);
    const end = Math.min(text.length, hitEnd + AFTER);
    if (n + 2 > hits.length) {
      const grown = new Int32Array(2 * hits.length);
      grown.set(hits);
      hits = grown;
    }
    hits[n] = at;
    hits[n + 1] = kind;
    n += 2;
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.kinds |= kind;
      last.to = n;
    } else {
      out.push({ start, end, kinds: kind, from: n - 2, to: n });
    }
  }
  for (const w of out) {
    // a window never starts or ends inside a word (bounded: one word at each end)
    while (w.start > bodyStart && isWordChar(text, w.start - 1)) w.start--;
    while (w.end < text.length && isWordChar(text, w.end)) w.end++;
    // one character of context for the patterns' look-behinds
    if (w.start > bodyStart) w.start--;
  }
  return { list: out, hits };
}
const NO_WINDOWS: Windows = { list: [], hits: new Int32Array(0) };

/** Longer digit runs are no part of a date: a chain's number has at most this many digits. */
const CHAIN_DIGITS = 8;

/**
 * Whether the figure at text[from, to) is one number of a hyphen chain: three or more numbers joined
 * by single hyphens ("8-777-2025-2026", "№ 12-2025-345", "2025-2025-2025-…", "2020-2021-2022") is a
 * phone number, a code or a list, not a year range, unless it has the shape of a numeric date (three
 * numbers, a four-digit one at one end and one or two digits in the other two: "2025-10-09",
 * "09-10-2025"). A chain's span is appended to `chains` and its end returned; -1 when the figure is
 * in no chain. Reads each number at most CHAIN_DIGITS digits deep, so a call costs at most the
 * chain's length (and the caller skips the chain after it).
 */
function hyphenChain(text: string, from: number, to: number, chains: number[]): number {
  const before = from > 0 ? text.charCodeAt(from - 1) : 0;
  const after = to < text.length ? text.charCodeAt(to) : 0;
  // most figures: no hyphen or digit on either side
  if (before !== HYPHEN && after !== HYPHEN && !isDigitCode(before) && !isDigitCode(after)) return -1;
  let start = digitsBack(text, from);
  if (start < 0) return -1;
  let end = digitsForward(text, to);
  if (end < 0) return -1;
  // the numbers' digit counts, left to right, as long as there are at most three
  const lengths = [end - start];
  let count = 1;
  while (start >= 2 && text.charCodeAt(start - 1) === HYPHEN && isDigitCode(text.charCodeAt(start - 2))) {
    const s = digitsBack(text, start - 1);
    if (s < 0) break;
    if (++count <= 3) lengths.unshift(start - 1 - s);
    start = s;
  }
  while (end + 1 < text.length && text.charCodeAt(end) === HYPHEN && isDigitCode(text.charCodeAt(end + 1))) {
    const e = digitsForward(text, end + 1);
    if (e < 0) break;
    if (++count <= 3) lengths.push(e - end - 1);
    end = e;
  }
  if (count < 3 || (count === 3 && isNumericDateShape(lengths))) return -1;
  chains.push(start, end);
  return end;
}
const HYPHEN = 0x2d;

/** The start of the digit run that ends at `at` (at most CHAIN_DIGITS long; -1 if longer). */
function digitsBack(text: string, at: number): number {
  let i = at;
  while (i > 0 && isDigitCode(text.charCodeAt(i - 1))) {
    i--;
    if (at - i > CHAIN_DIGITS) return -1;
  }
  return i;
}

/** The end of the digit run that starts at `at` (at most CHAIN_DIGITS long; -1 if longer). */
function digitsForward(text: string, at: number): number {
  let i = at;
  while (i < text.length && isDigitCode(text.charCodeAt(i))) {
    i++;
    if (i - at > CHAIN_DIGITS) return -1;
  }
  return i;
}

/** Three numbers, four digits at one end and one or two in each of the others (y-m-d or d-m-y). */
function isNumericDateShape(lengths: readonly number[]): boolean {
  const [a, b, c] = lengths as [number, number, number];
  const short = (n: number) => n === 1 || n === 2;
  return short(b) && ((a === 4 && short(c)) || (c === 4 && short(a)));
}
const SPACE_RUNS = registerPattern("date.spaceRuns", /[ \t]+/g);
