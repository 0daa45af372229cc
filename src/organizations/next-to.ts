/**
 * Whether a head word or a legal form stands right next to a position: a Kazakh head after a name,
 * a Russian head before it, a legal form after it. Each test runs its sticky pattern only when the
 * next (or previous) word can start one.
 */
import { LEGAL_AFTER, LEGAL_FORM_INITIALS } from "../../patterns/organization.js";
import { KK_HEAD_AFTER, KK_HEAD_AFTER_INITIALS } from "../../patterns/organization.kk.js";
import { RU_HEAD_BEFORE } from "../../patterns/organization.ru.js";
import { codeAfterBlanks, isLetterCode, lowerCodeOf } from "./chars.js";
import { isPlainCode } from "./scan.js";

/**
 * `RU_HEAD_BEFORE.test(text.slice(max(0, pos - reach), pos))` when the word before `pos` (by
 * `wordBefore`) is in ruQuoteHeadWords(): the head is that word, so spaces or tabs must follow it
 * and it must start a word of the slice. The regex decides only what the word cannot: a surrogate
 * before it (an astral letter), or a word that starts before the slice.
 */
export function ruHeadBefore(text: string, pos: number, reach: number): boolean {
  let e = pos;
  while (e > 0 && (text[e - 1] === " " || text[e - 1] === "\t")) e--;
  if (e === pos) return false;
  let s = e;
  while (s > 0 && isLetterCode(text.charCodeAt(s - 1))) s--;
  const from = Math.max(0, pos - reach);
  const c = s > from ? text.charCodeAt(s - 1) : 0;
  if (s < from || c >= 0xd800 && c <= 0xdfff) return RU_HEAD_BEFORE.test(text.slice(from, pos));
  return true;
}

/** KK_HEAD_AFTER's initials as lower-case code units. */
const KK_HEAD_AFTER_CODES = new Set([...KK_HEAD_AFTER_INITIALS].map((ch) => ch.charCodeAt(0)));
/** LEGAL_FORM_INITIALS as code units. */
const LEGAL_FORM_CODES = new Set([...LEGAL_FORM_INITIALS].map((ch) => ch.charCodeAt(0)));

/**
 * `KK_HEAD_AFTER.exec(text)` at `pos` (sticky), run only when the character after the blanks may
 * start a head: a plain one whose lower case is an initial (the `i` flag equals that there), or any
 * other (its case folding is left to the regex).
 */
export function kkHeadAfter(text: string, pos: number): RegExpExecArray | null {
  const c = codeAfterBlanks(text, pos);
  if (c < 0) return null;
  if (isPlainCode(c)) {
    const l = lowerCodeOf(c);
    if (l >= 0 && !KK_HEAD_AFTER_CODES.has(l)) return null;
  }
  KK_HEAD_AFTER.lastIndex = pos;
  return KK_HEAD_AFTER.exec(text);
}

/** `LEGAL_AFTER.exec(text)` at `pos` (sticky), run only when a form's first character follows the blanks. */
export function legalAfter(text: string, pos: number): RegExpExecArray | null {
  const c = codeAfterBlanks(text, pos);
  if (c < 0 || !LEGAL_FORM_CODES.has(c)) return null;
  LEGAL_AFTER.lastIndex = pos;
  return LEGAL_AFTER.exec(text);
}
