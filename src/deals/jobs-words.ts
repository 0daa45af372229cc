/**
 * Jobs counts written in words before the jobs noun: "бес жүз жұмыс орны", "мыңнан астам жаңа жұмыс орны",
 * "триста новых рабочих мест", "five hundred new jobs" (patterns/jobs.common.ts JobsWordsPattern). The digit counts
 * are the jobs pattern's (jobs.ts scanJobs); this reads the number words only at a jobs noun, over a short window
 * before it.
 */
import { ONE_UNIT_COUNT, VAGUE_COUNT_WORDS } from "../../lexicons/deal-triggers.js";
import type { JobsWordsPattern } from "../../patterns/jobs.common.js";
import type { Hit } from "./features.js";
import { numberStyle, parseNumber } from "../numbers.js";
import { isDigitCode, isSpaceCode } from "../word-start.js";
import { wordBefore } from "./word-before.js";
import type { SupportedLanguage } from "../types.js";

/** How far before a jobs noun its count in words may start (a few words: "бір мың екі жүз елу жаңа"). */
const WINDOW = 90;
/** VAGUE_COUNT_WORDS: "тысячи", "мыңдаған", "thousands" alone are no count. */
const VAGUE: ReadonlySet<string> = new Set(VAGUE_COUNT_WORDS);
/** ONE_UNIT_COUNT's words before (one word each: "не менее" is read by its last, "менее"). */
const ONE_UNIT_BEFORE: ReadonlySet<string> = new Set(ONE_UNIT_COUNT.before.map((w) => w.split(" ").pop()!));
const NO_SKIP: ReadonlySet<string> = new Set();
/** A count of jobs above this is no count (a year in words, a sum). */
const MAX_JOBS = 1_000_000;


/** Jobs counts in words before the jobs nouns of `text` from `from` on, in text order (features.ts tells temporary ones). */
export function scanJobsInWords(p: JobsWordsPattern, lang: SupportedLanguage, text: string, from: number): Hit<number>[] {
  const out: Hit<number>[] = [];
  const style = numberStyle(lang);
  p.noun.lastIndex = from;
  for (let m = p.noun.exec(text); m; m = p.noun.exec(text)) {
    // Speed: the count pattern (the number words' tree, tried at each position of the window) runs only where the
    // word before the noun (past its adjective or qualifier) is a number word. Run at every noun, a deal text with a
    // jobs noun in each sentence cost 1.38x news per MB (0.69 before this reader); with the test 0.64
    // (pumps of 200 KB; with a count in words in each sentence 1.02-1.19)
    const before = wordBefore(text, m.index, from, p.skip);
    if (before === null || parseNumber(before, style) === null) continue;
    const start = Math.max(from, m.index - WINDOW);
    const window = text.slice(start, m.index);
    const c = p.count.exec(window);
    if (!c) continue;
    const at = start + c.index;
    // a figure in digits before the words is the digit reader's count ("5 мыңнан астам жұмыс орны")
    let k = at;
    while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
    if (k > from && isDigitCode(text.charCodeAt(k - 1))) continue;
    const word = c[0].toLowerCase();
    // ("тысячи" alone is thousands; "более тысячи", over one thousand, is one)
    const one = Object.hasOwn(ONE_UNIT_COUNT.words, word) && ONE_UNIT_BEFORE.has((wordBefore(text, at, from, NO_SKIP) ?? "").toLowerCase());
    if (VAGUE.has(word) && !one) continue;
    const n = one ? ONE_UNIT_COUNT.words[word]! : parseNumber(c[0], style);
    if (n === null || !Number.isSafeInteger(n) || n <= 0 || n > MAX_JOBS) continue;
    out.push({ start: at, end: m.index + m[0].length, value: n });
  }
  return out;
}
