/**
 * An "up to" word after a word of change ("выросла до 1,56 млрд долларов", "увеличится до 60 тыс. автомобилей в год"):
 * the figure is where the change ends, not an upper bound. Read by the money and capacity stages, which drop the
 * "under" qualifier such a word would give.
 */
import { APPROX_BEFORE_UP_TO, CHANGE_AFTER_UP_TO, CHANGE_BEFORE_UP_TO, CHANGE_BY_WORDS, CHANGE_DATE_AFTER, CHANGE_DATE_BEFORE } from "../lexicons/qualifiers.js";
import { isLetterCode, isSpaceCode } from "./word-start.js";

/** How far back the word before a figure's start is read. */
const REACH = 24;

/**
 * Whether the figure at `at`, after its "up to" word, is where a change ends: "to" when the word right before `at` (past
 * blanks) begins with a stem of CHANGE_BEFORE_UP_TO, or does so before the date of the change ("выросла в 2024 году до …":
 * CHANGE_DATE_BEFORE, a year, CHANGE_DATE_AFTER), before the change's object ("довести товарооборот до …", one word), or
 * before its measure and a dash ("вырос на 23% – до …": CHANGE_BY_WORDS); "approx" with a word of approximation between
 * ("вырастет примерно до …": APPROX_BEFORE_UP_TO); null when no change ends there.
 */
export function changeBefore(text: string, at: number): "to" | "approx" | null {
  let w = wordEndingAt(text, at);
  let approx = false;
  if (w !== null && APPROX.has(w.word)) { approx = true; w = wordEndingAt(text, w.start); }
  // (the measure of the change and a dash for its verb: "вырос на 23% – до …")
  if (w === null) w = pastMeasure(text, at);
  if (w === null) return null;
  if (CHANGE_DATE_AFTER.includes(w.word)) w = wordEndingAt(text, w.start);
  if (w !== null && YEAR.test(w.word)) {
    const preposition = wordEndingAt(text, w.start);
    if (preposition === null || !CHANGE_DATE_BEFORE.includes(preposition.word)) return null;
    w = wordEndingAt(text, preposition.start);
  }
  if (w === null) return null;
  if (!isChange(w.word)) {
    // (its object between, one word of letters: "довести товарооборот до …")
    // (a word of four letters or more: not a preposition, "rise to up to …")
    if (approx || w.word.length < 4 || !LETTERS.test(w.word)) return null;
    const verb = wordEndingAt(text, w.start);
    if (verb === null || !isChange(verb.word)) return null;
  }
  return approx ? "approx" : "to";
}

/** Whether a word begins with a stem of CHANGE_BEFORE_UP_TO (and is no abbreviation). */
const isChange = (word: string): boolean => !word.endsWith(".") && CHANGE_BEFORE_UP_TO.some((stem) => word.startsWith(stem));

const APPROX: ReadonlySet<string> = new Set(APPROX_BEFORE_UP_TO);
const BY: ReadonlySet<string> = new Set(CHANGE_BY_WORDS);
/** A word of letters only. */
const LETTERS = /^\p{L}+$/u;
/** A dash between blanks, which stands for a verb left out. */
const DASHES = "-\u2013\u2014";

/**
 * The word before a change's measure and the dash after it, reading back from `at` (the "up to" word): a dash, a percent
 * sign, a figure and one of CHANGE_BY_WORDS ("вырос на 23% – до"); null when the text before `at` is not so.
 */
function pastMeasure(text: string, at: number): { word: string; start: number } | null {
  let k = at;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k === 0 || !DASHES.includes(text[k - 1]!)) return null;
  k--;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k === 0 || text.charCodeAt(k - 1) !== 0x25 /* % */) return null;
  const figure = wordEndingAt(text, k - 1);
  if (figure === null || !/^\d+$/.test(figure.word)) return null;
  const by = wordEndingAt(text, figure.start);
  if (by === null || !BY.has(by.word)) return null;
  return wordEndingAt(text, by.start);
}

const AFTER: ReadonlySet<string> = new Set(CHANGE_AFTER_UP_TO);

/** Whether the word right after `at` (past blanks) is a Kazakh verb of change (CHANGE_AFTER_UP_TO: "… дейін арзандады"). */
export function changeAfter(text: string, at: number): boolean {
  let start = at;
  while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && end - start < REACH && isLetterCode(text.charCodeAt(end))) end++;
  return end > start && (end === text.length || !isLetterOrDigitCode(text.charCodeAt(end))) && AFTER.has(text.slice(start, end).toLowerCase());
}

/** A figure that reads as a year. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * The word (lower case: letters, or digits, with a final period) that ends right before `at` past blanks and starts
 * after no letter or digit, with its start; null when none does.
 */
function wordEndingAt(text: string, at: number): { word: string; start: number } | null {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  if (start > 0 && text.charCodeAt(start - 1) === 0x2e /* . */) start--;
  const body = start;
  while (start > 0 && body - start < REACH && isLetterOrDigitCode(text.charCodeAt(start - 1))) start--;
  if (start === body || (start > 0 && isLetterOrDigitCode(text.charCodeAt(start - 1)))) return null;
  return { word: text.slice(start, end).toLowerCase(), start };
}

const isLetterOrDigitCode = (c: number): boolean => isLetterCode(c) || (c >= 0x30 && c <= 0x39);
