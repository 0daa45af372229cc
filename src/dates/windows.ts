/**
 * The date stage's first step: the stretches of text the rules run in. One scan of the grammar's
 * trigger pattern (year figures, month stems, period and relative words) marks each trigger word; a
 * window reaches BEFORE characters before it and AFTER after it, overlapping windows merge, and each
 * is widened to whole words (src/recognizers/date.ts runs the rules inside them).
 */
import type { DateGrammar } from "./types.js";
import { registerPattern } from "../regex.js";
import type { RecognizerContext } from "../recognizers/types.js";

const WORD_CHAR = registerPattern("date.wordChar", /[\p{L}\p{N}]/u);

/** How far a date may reach before and after the trigger word it contains. */
const BEFORE = 24;
const AFTER = 48;

export interface Window {
  start: number;
  end: number;
  /** Bit i set: a trigger of kind i (`DateGrammar.triggerKinds`) opened or joined the window. */
  kinds: number;
  /** The trigger words in it: offsets and kind bits, in pairs. */
  hits: number[];
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

/** Merged stretches of text around the grammar's trigger words, widened to whole words. */
export function windows(context: RecognizerContext, grammar: DateGrammar): Window[] {
  const { trigger, triggerWords } = grammar;
  const text = context.normalized;
  const bodyStart = context.bodyStart;
  // a trigger word's hit includes the character before it (see kindedTrigger): start one
  // character early when that character is no letter or digit (it cannot start a year figure)
  trigger.lastIndex = bodyStart > 0 && !isLikelyWordCode(text.charCodeAt(bodyStart - 1)) ? bodyStart - 1 : bodyStart;
  let m = trigger.exec(text);
  if (m === null) return NO_WINDOWS;
  const out: Window[] = [];
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
      kind = 1;
    }
    const start = Math.max(bodyStart, at - BEFORE);
    const end = Math.min(text.length, hitEnd + AFTER);
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.kinds |= kind;
      last.hits.push(at, kind);
    } else {
      out.push({ start, end, kinds: kind, hits: [at, kind] });
    }
  }
  for (const w of out) {
    // a window never starts or ends inside a word (bounded: one word at each end)
    while (w.start > bodyStart && isWordChar(text, w.start - 1)) w.start--;
    while (w.end < text.length && isWordChar(text, w.end)) w.end++;
    // one character of context for the patterns' look-behinds
    if (w.start > bodyStart) w.start--;
  }
  return out;
}
const NO_WINDOWS: Window[] = [];
const SPACE_RUNS = registerPattern("date.spaceRuns", /[ \t]+/g);
