/**
 * Jobs counts written in words before the jobs noun: "бес жүз жұмыс орны", "мыңнан астам жаңа жұмыс орны",
 * "триста новых рабочих мест", "five hundred new jobs" (patterns/jobs.common.ts JobsWordsPattern). The digit counts
 * are the jobs pattern's (jobs.ts scanJobs); this reads the number words only at a jobs noun, over a short window
 * before it.
 */
import { ONE_UNIT_COUNT, VAGUE_COUNT_WORDS } from "../../lexicons/deal-triggers.js";
import type { JobsWordsPattern } from "../../patterns/jobs.common.js";
import type { Hit } from "./sentence-info.js";
import { numberStyle, parseNumber } from "../numbers.js";
import { isDigitCode, isSpaceCode } from "../word-start.js";
import { NO_WORDS, wordBefore } from "./word-before.js";
import type { SupportedLanguage } from "../types.js";

/** How far before a jobs noun its count in words may start (a few words: "бір мың екі жүз елу жаңа"). */
const WINDOW = 90;
/** VAGUE_COUNT_WORDS: "тысячи", "мыңдаған", "thousands" alone are no count. */
const VAGUE: ReadonlySet<string> = new Set(VAGUE_COUNT_WORDS);
/** ONE_UNIT_COUNT's words before (one word each: "не менее" is read by its last, "менее"). */
const ONE_UNIT_BEFORE: ReadonlySet<string> = new Set(ONE_UNIT_COUNT.before.map((w) => w.split(" ").pop()!));
/** A count of jobs above this is no count (a year in words, a sum). */
const MAX_JOBS = 1_000_000;


/**
 * Jobs counts in words before the jobs nouns of `text` from `from` on, and before people nouns with an employing verb
 * ("трудоустроят около двухсот человек", "екі жүз адам жұмыс істейді", "will employ seventy-five people"), in text
 * order (features.ts tells temporary ones).
 */
export function scanJobsInWords(p: JobsWordsPattern, lang: SupportedLanguage, text: string, from: number): Hit<number>[] {
  const out: Hit<number>[] = [];
  const style = numberStyle(lang);
  p.noun.lastIndex = from;
  for (let m = p.noun.exec(text); m; m = p.noun.exec(text)) {
    const hit = countBefore(p, style, text, from, m.index, m.index + m[0].length);
    if (hit !== null) out.push(hit);
  }
  // Speed: people nouns are common ("адам", "человек", "people"); a text with no employing verb has no count of people
  // employed, and its people nouns are not read (the scan cost 1.4% of extract() samples on the bench mix; see the note)
  p.employAnchor.lastIndex = from;
  if (!p.employAnchor.test(text)) return out;
  p.people.lastIndex = from;
  for (let m = p.people.exec(text); m; m = p.people.exec(text)) {
    const end = m.index + m[0].length;
    const hit = countBefore(p, style, text, from, m.index, end);
    if (hit === null) continue;
    p.employedAfter.lastIndex = end;
    if (!p.employedAfter.test(text) && !p.employBefore.test(text.slice(Math.max(from, hit.start - WINDOW), hit.start))) continue;
    out.push(hit);
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/** The count in words that ends right before the noun at [at, end) (past adjectives and qualifiers), or null. */
function countBefore(p: JobsWordsPattern, style: ReturnType<typeof numberStyle>, text: string, from: number, at0: number, end: number): Hit<number> | null {
  // Speed: the count pattern (the number words' tree, tried at each position of the window) runs only where the
  // word before the noun (past its adjective or qualifier) is a number word. Run at every noun, a deal text with a
  // jobs noun in each sentence cost 1.38x news per MB (0.69 before this reader); with the test 0.64
  // (pumps of 200 KB; with a count in words in each sentence 1.02-1.19)
  const before = wordBefore(text, at0, from, p.skip);
  if (before === null) return null;
  const start = Math.max(from, at0 - WINDOW);
  const window = text.slice(start, at0);
  const lower = before.toLowerCase();
  if (parseNumber(before, style) === null) {
    // a word of one unit no number reader knows ("около сотни рабочих мест": one hundred)
    if (!Object.hasOwn(ONE_UNIT_COUNT.words, lower)) return null;
    const at = start + window.toLowerCase().lastIndexOf(lower);
    if (!ONE_UNIT_BEFORE.has((wordBefore(text, at, from, NO_WORDS) ?? "").toLowerCase())) return null;
    return { start: at, end, value: ONE_UNIT_COUNT.words[lower]! };
  }
  const c = p.count.exec(window);
  if (!c) return null;
  const at = start + c.index;
  // a figure in digits before the words is the digit reader's count ("5 мыңнан астам жұмыс орны")
  let k = at;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k > from && isDigitCode(text.charCodeAt(k - 1))) return null;
  const word = c[0].toLowerCase();
  // ("тысячи" alone is thousands; "более тысячи", over one thousand, is one)
  const one = Object.hasOwn(ONE_UNIT_COUNT.words, word) && ONE_UNIT_BEFORE.has((wordBefore(text, at, from, NO_WORDS) ?? "").toLowerCase());
  if (VAGUE.has(word) && !one) return null;
  const n = one ? ONE_UNIT_COUNT.words[word]! : parseNumber(c[0], style);
  if (n === null || !Number.isSafeInteger(n) || n <= 0 || n > MAX_JOBS) return null;
  return { start: at, end, value: n };
}
