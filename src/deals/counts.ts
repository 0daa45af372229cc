/** The count written before a project, document or facility noun ("14 инвестициялық жоба", "3 wind farms"). */
import { FACILITY_KIND_STEMS, JOBS_WORDS, MULTIPLIER_WORDS } from "../../lexicons/deal-triggers.js";
import { alternation, registerPattern } from "../regex.js";
import { isLetterCode, isSpaceCode } from "../word-start.js";

const MULTIPLIER = registerPattern("deal.multiplier", new RegExp(`^(?:${alternation(MULTIPLIER_WORDS)})`, "iu"));

/**
 * The count written before a project or document noun: digits or a number word, at most one word before it
 * (`tokens` 2; with 1, right before it).
 * Reads back from the noun over at most two white-space separated tokens of the 40 characters before it
 * (within the sentence), with no slice or split of the window.
 */
export function countBefore(
  text: string, sentenceStart: number, cueStart: number, words: Readonly<Record<string, number>>, tokens = 2,
): number | null {
  const windowStart = Math.max(sentenceStart, cueStart - 40);
  let end = cueStart;
  for (let k = 0; k < tokens; k++) {
    while (end > windowStart && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end <= windowStart) return null;
    let start = end;
    while (start > windowStart && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    const slice = text.slice(start, end);
    end = start;
    // (a comma, a semicolon or a colon after it closes another phrase: "On November 10, the project company …" counts none)
    const lastCode = slice.charCodeAt(slice.length - 1);
    if (lastCode === 0x2c || lastCode === 0x3b || lastCode === 0x3a) return null;
    // (most tokens are plain words: nothing to strip, no replace)
    const plain = isPlainWord(slice);
    const raw = plain ? slice : slice.replace(/[,.;:!?»"“”]+$/u, "");
    const token = (plain ? slice : raw.replace(/[^\p{L}\p{N}]/gu, "")).toLowerCase();
    if (MULTIPLIER.test(token)) return null;
    // (digits alone, or with a Kazakh case ending before a word of approximation: "80-ге жуық жобаны")
    const digits = /^\d+$/.test(raw) ? raw : caseEnded(raw);
    if (digits !== null) {
      const n = Number(digits);
      return n >= 1900 && n <= 2100 ? null : n;
    }
    const w = words[token];
    if (w !== undefined) return w;
  }
  return null;
}

/** Case endings a count takes before a word of approximation or excess ("80-ге жуық", "500-ден астам"): the jobs' list. */
const COUNT_ENDINGS: ReadonlySet<string> = new Set(Object.values(JOBS_WORDS).flatMap((w) => w.countEndings));

/** The digits of a count written with a case ending after a hyphen ("80-ге"), else null ("25-year" is no count). */
function caseEnded(raw: string): string | null {
  const dash = raw.indexOf("-");
  return dash > 0 && /^\d+$/.test(raw.slice(0, dash)) && COUNT_ENDINGS.has(raw.slice(dash + 1).toLowerCase()) ? raw.slice(0, dash) : null;
}

/**
 * The count right before a facility noun, or before one word of its kind before it (FACILITY_KIND_STEMS: "15
 * солнечных электростанций", "3 wind farms"), else 0.
 */
export function facilityCount(text: string, sentenceStart: number, cueStart: number, words: Readonly<Record<string, number>>): number {
  const n = countBefore(text, sentenceStart, cueStart, words, 1);
  if (n !== null) return n;
  let end = cueStart;
  while (end > sentenceStart && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > sentenceStart && end - start < 24 && isLetterCode(text.charCodeAt(start - 1))) start--;
  if (start === end || (start > sentenceStart && !isSpaceCode(text.charCodeAt(start - 1)))) return 0;
  const word = text.slice(start, end);
  if (word !== word.toLowerCase() || !KIND_STEMS.some((k) => word.startsWith(k))) return 0;
  return countBefore(text, sentenceStart, start, words, 1) ?? 0;
}

const KIND_STEMS = FACILITY_KIND_STEMS.map((k) => k.toLowerCase());

/** Whether a token is only letters and digits (\p{L}, \p{N}: isLetterCode), so that stripping it changes nothing. */
function isPlainWord(token: string): boolean {
  for (let k = 0; k < token.length; k++) if (!isLetterCode(token.charCodeAt(k))) return false;
  return true;
}
