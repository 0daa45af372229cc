/**
 * An "up to" word after a word of change ("выросла до 1,56 млрд долларов", "увеличится до 60 тыс. автомобилей в год"):
 * the figure is where the change ends, not an upper bound. Read by the money and capacity stages, which drop the
 * "under" qualifier such a word would give.
 */
import { CHANGE_AFTER_UP_TO, CHANGE_BEFORE_UP_TO, CHANGE_DATE_AFTER, CHANGE_DATE_BEFORE } from "../lexicons/qualifiers.js";
import { isLetterCode, isSpaceCode } from "./word-start.js";

/** How far back the word before a figure's start is read. */
const REACH = 24;

/**
 * Whether the word right before `at` (past blanks) begins with a stem of CHANGE_BEFORE_UP_TO, or does so before the
 * date of the change ("выросла в 2024 году до …": CHANGE_DATE_BEFORE, a year, CHANGE_DATE_AFTER).
 */
export function changeBefore(text: string, at: number): boolean {
  let w = wordEndingAt(text, at);
  if (w === null) return false;
  if (CHANGE_DATE_AFTER.includes(w.word)) w = wordEndingAt(text, w.start);
  if (w !== null && YEAR.test(w.word)) {
    const preposition = wordEndingAt(text, w.start);
    if (preposition === null || !CHANGE_DATE_BEFORE.includes(preposition.word)) return false;
    w = wordEndingAt(text, preposition.start);
  }
  if (w === null) return false;
  const word = w.word;
  return !word.endsWith(".") && CHANGE_BEFORE_UP_TO.some((stem) => word.startsWith(stem));
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
