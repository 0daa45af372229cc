/**
 * An "up to" word after a word of change ("выросла до 1,56 млрд долларов", "увеличится до 60 тыс. автомобилей в год"):
 * the figure is where the change ends, not an upper bound. Read by the money and capacity stages, which drop the
 * "under" qualifier such a word would give.
 */
import { CHANGE_BEFORE_UP_TO } from "../lexicons/qualifiers.js";
import { isLetterCode, isSpaceCode } from "./word-start.js";

/** How far back the word before a figure's start is read. */
const REACH = 24;

/** Whether the word right before `at` (past blanks) begins with a stem of CHANGE_BEFORE_UP_TO. */
export function changeBefore(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < REACH && isLetterCode(text.charCodeAt(start - 1))) start--;
  if (start === end || (start > 0 && isLetterCode(text.charCodeAt(start - 1)))) return false;
  const word = text.slice(start, end).toLowerCase();
  return CHANGE_BEFORE_UP_TO.some((stem) => word.startsWith(stem));
}
