/**
 * Counts of jobs in a text (the deal's `jobs`): the jobs pattern's matches (patterns/jobs.common.ts), counts in words
 * (jobs-words.ts), counts of lasting jobs with their noun left out, and which of them are of temporary jobs.
 */
import type { JobsPattern } from "../../patterns/jobs.common.js";
import type { SupportedLanguage } from "../types.js";
import type { JobsHit } from "./sentence-info.js";
import { scanJobsInWords } from "./jobs-words.js";
import { hasDigit, isDigitCode, isLetterCode, isSpaceCode } from "../word-start.js";

type JobsWords = { temporary: readonly string[]; temporaryContext: readonly string[]; lasting: readonly string[]; lastingLinks: readonly string[] };

/** Pushes the counts of jobs of one language in text[from, …) onto `jobs`. */
export function jobsOf(pattern: JobsPattern, words: JobsWords, lang: SupportedLanguage, text: string, from: number, jobs: JobsHit[]): void {
  const hits = scanJobs(pattern, words, text, from);
  for (const h of hits) jobs.push(h);
  for (const h of elidedJobs(text, hits, words)) jobs.push(h);
  for (const h of scanJobsInWords(pattern.inWords, lang, text, from)) {
    jobs.push({ ...h, temporary: temporaryJobs(text, h.start, h.end, words) });
  }
}

function scanJobs(
  { regex: re, anchor }: JobsPattern, words: { temporary: readonly string[]; temporaryContext: readonly string[] }, text: string, from: number,
): JobsHit[] {
  const out: JobsHit[] = [];
  // no jobs noun and no people noun: no count of jobs (see JobsPattern)
  anchor.lastIndex = from;
  if (!anchor.test(text)) return out;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const n = m[1] !== undefined ? jobsCount(m[1], m[2] !== undefined) : m[3] !== undefined ? jobsCount(m[3], m[4] !== undefined) : jobsCount(m[5]!, m[6] !== undefined);
    if (!Number.isSafeInteger(n) || n <= 0) continue;
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, value: n, temporary: temporaryJobs(text, m.index, end, words) });
  }
  return out;
}

/** How far after a count of jobs a count of lasting jobs with its noun left out may stand. */
const ELIDED_REACH = 60;

/**
 * Counts of lasting jobs whose noun is left out after a count of jobs in the same sentence: "1200 временных рабочих
 * мест, 800 – постоянных", "…, оның ішінде 800 тұрақты", "…, 400 of them permanent". Read by hand over at most
 * ELIDED_REACH characters after each count (no pattern over the text): a number of digits (with thousands groups),
 * then, after blanks, a dash or "of them", one of `lasting`.
 */
function elidedJobs(
  text: string, hits: readonly JobsHit[], { lasting, lastingLinks }: { lasting: readonly string[]; lastingLinks: readonly string[] },
): JobsHit[] {
  const out: JobsHit[] = [];
  if (lasting.length === 0) return out;
  for (const h of hits) {
    const limit = Math.min(text.length, h.end + ELIDED_REACH);
    for (let i = h.end; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2e || c === 0x3b || c === 0x0a) break; // the sentence or clause ends
      if (!isDigitCode(c) || (i > 0 && isDigitCode(text.charCodeAt(i - 1)))) continue;
      // the count: digits, and groups of three after a space
      let e = i;
      while (e < limit && isDigitCode(text.charCodeAt(e))) e++;
      while (e + 3 < limit && isSpaceCode(text.charCodeAt(e)) && isDigitCode(text.charCodeAt(e + 1)) && isDigitCode(text.charCodeAt(e + 3)) &&
        !isDigitCode(text.charCodeAt(e + 4))) e += 4;
      let value = 0;
      for (let d = i; d < e; d++) if (isDigitCode(text.charCodeAt(d))) value = value * 10 + text.charCodeAt(d) - 0x30;
      // blanks, an optional dash (or a link word, lastingLinks), blanks, then the adjective as a whole word
      let k = e;
      while (k < limit && isSpaceCode(text.charCodeAt(k))) k++;
      const link = lastingLinks.find((w) => text.startsWith(w, k));
      if (text.charCodeAt(k) === 0x2013 || text.charCodeAt(k) === 0x2014 || text.charCodeAt(k) === 0x2d) k++;
      else if (link !== undefined) k += link.length;
      while (k < limit && isSpaceCode(text.charCodeAt(k))) k++;
      const word = lasting.find((w) => text.startsWith(w, k) && !isLetterCode(text.charCodeAt(k + w.length)));
      if (word !== undefined && value > 0) out.push({ start: i, end: k + word.length, value, temporary: false });
      i = e;
    }
  }
  return out;
}

/** How far before a count or after it a phrase of the building period still qualifies it (with a verb between: "На период строительства будет задействовано 1000 человек"). */
const BUILDING_PERIOD_REACH = 60;

/** Whether the count of jobs at [start, end) is of temporary jobs: by its adjective, or a building period beside it. */
function temporaryJobs(text: string, start: number, end: number, words: { temporary: readonly string[]; temporaryContext: readonly string[] }): boolean {
  const lower = text.slice(start, end).toLowerCase();
  return words.temporary.some((w) => lower.includes(w)) || buildingPeriodNear(text, start, end, words.temporaryContext);
}

/**
 * Whether a phrase of the building period stands within reach before the count or after it, in the same clause
 * (no comma, semicolon or period between).
 */
function buildingPeriodNear(text: string, start: number, end: number, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return false;
  // the clause around the count: back and on to a comma, a semicolon or a period, within reach
  let from = start;
  while (from > 0 && start - from < BUILDING_PERIOD_REACH && !isClauseBreak(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < BUILDING_PERIOD_REACH && !isClauseBreak(text.charCodeAt(to))) to++;
  const near = text.slice(from, start).toLowerCase();
  // before the count, the phrase qualifies it when no other count stands before the phrase ("1 500 jobs during
  // construction and 400 permanent jobs": the phrase is the first count's)
  for (const p of phrases) {
    const at = near.indexOf(p);
    if (at >= 0 && !hasDigit(near, 0, at)) return true;
  }
  const after = text.slice(end, to).toLowerCase();
  return phrases.some((p) => after.includes(p)) || frontedPeriod(text, from, phrases);
}

/**
 * Whether the clause that ends at the comma before `from` is a building period fronted alone ("During construction, up
 * to 500 people will be employed, and 45 permanent jobs …", "На этапе строительства, …"): it scopes over the clause after
 * it. Read back to the sentence's or the line's start, within reach.
 */
function frontedPeriod(text: string, from: number, phrases: readonly string[]): boolean {
  if (from === 0 || text.charCodeAt(from - 1) !== 0x2c) return false;
  let head = from - 1;
  while (head > 0 && from - head < BUILDING_PERIOD_REACH && !isClauseBreak(text.charCodeAt(head - 1)) && text.charCodeAt(head - 1) !== 0x0a) head--;
  if (head > 0 && text.charCodeAt(head - 1) === 0x2c) return false;
  const fronted = text.slice(head, from - 1).trim().toLowerCase();
  // (the phrase and a few words around it: "During the construction period", "Already during construction")
  return fronted.length <= 48 && phrases.some((p) => fronted.includes(p));
}

const isClauseBreak = (c: number): boolean => c === 0x2c || c === 0x3b || c === 0x2e;

/**
 * A jobs count as written: digits grouped by thousands ("8 250", "1,200": a count of people is whole,
 * so a comma or dot before three digits groups them), or a short decimal before a thousands word
 * ("1,5 тыс." → 1500); NaN for a decimal count without one.
 */
function jobsCount(count: string, thousands: boolean): number {
  const decimal = /^(\d+)[.,](\d{1,2})$/.exec(count);
  if (decimal) return thousands ? Math.round(Number(`${decimal[1]}.${decimal[2]}`) * 1000) : NaN;
  const n = Number(count.replace(/\D/g, ""));
  return thousands ? n * 1000 : n;
}
