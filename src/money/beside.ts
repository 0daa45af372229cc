/**
 * The money stage's filters of currency hits (src/recognizers/money.ts): whether anything can be read around a hit,
 * tested on its characters before the patterns run. Each is a necessary condition of what the patterns match (a
 * number starts with a digit or a letter, a marker is letters after white space), so a hit they reject reads as
 * nothing either way; they save the reading on text where every character is a hit ("$$$…", "ж₸ж₸…").
 */
import { isLetterCode, isSpaceCode } from "../word-start.js";

/**
 * Whether a figure may stand beside the currency token at text[curStart, curEnd) where the readers look for one: right
 * after it, past one space (the `forward` pattern, `\x20? N`), or right before it, past white space or one hyphen
 * (`left`, `N (?: \s* | - ) $`, in the text from `floor`). A number (patterns/number.ts) starts with a digit or a
 * letter and ends with one or with the dot of an abbreviated multiplier ("млрд."): with none of those there, neither
 * reader can match, and the token is skipped unread (half of a surrogate pair is left to the patterns). Speed: in a
 * run of currency signs ("$$$…", "₸$€…"), where every character is a hit, each was read both ways, in every language
 * when none was detected: 0.2 MB/s, ×27.8 news's cost per MB (the bench's adversarial rows; now ×0.6–1.1).
 */
export function figureMayStandBeside(text: string, curStart: number, curEnd: number, floor: number): boolean {
  let after = curEnd < text.length ? text.charCodeAt(curEnd) : -1;
  if (after === 0x20 && curEnd + 1 < text.length) after = text.charCodeAt(curEnd + 1);
  if (after >= 0 && mayEdgeFigure(after)) return true;
  let i = curStart;
  while (i > floor && isSpaceCode(text.charCodeAt(i - 1))) i--;
  if (i > floor && mayEdgeFigure(text.charCodeAt(i - 1))) return true;
  return curStart - 2 >= floor && text.charCodeAt(curStart - 1) === 0x2d && mayEdgeFigure(text.charCodeAt(curStart - 2));
}

/**
 * Whether anything may be read around a currency sign at text[start, end): past any white space after it, a letter
 * (a marker, "$ США"; the second word of a two-word form; a number word), a digit or a dot; or past any white space
 * before it, one of those (a marker, a figure) or a hyphen ("10-$"). A loose test, read before the token and its
 * region: without it, neither the token's span grows nor can figureMayStandBeside hold (speed: a run of signs,
 * "$$$…").
 */
export function mayBeReadAround(text: string, start: number, end: number, bodyStart: number): boolean {
  let a = end;
  while (a < text.length && isSpaceCode(text.charCodeAt(a))) a++;
  if (a < text.length && mayEdgeFigure(text.charCodeAt(a))) return true;
  let b = start;
  while (b > bodyStart && isSpaceCode(text.charCodeAt(b - 1))) b--;
  if (b <= bodyStart) return false;
  const c = text.charCodeAt(b - 1);
  return mayEdgeFigure(c) || c === 0x2d;
}

/** Whether `forward` (`\x20? N`) may match at `at`: a first character of the number there, or after one space. */
export function numberMayStartAt(text: string, at: number, firstChars: Uint8Array): boolean {
  if (at >= text.length) return false;
  let c = text.charCodeAt(at);
  if (c === 0x20 && at + 1 < text.length) c = text.charCodeAt(at + 1);
  return firstChars[c] === 1;
}

/** Whether a UTF-16 unit may start or end a number: a letter or digit (`[\p{L}\p{N}]`), a dot, or half of a surrogate pair. */
function mayEdgeFigure(c: number): boolean {
  return isLetterCode(c) || c === 0x2e || (c >= 0xd800 && c <= 0xdfff);
}

/** The longest aside in brackets read between a figure and its currency ("10 000 000 (десять миллионов) тенге"). */
const ASIDE_REACH = 100;

/**
 * Where the figure before a currency token at `curStart` ends when an aside in brackets stands between them, the figure
 * written out again in words as contracts and official texts do ("10 000 000 (десять миллионов) тенге", "5 000 (five
 * thousand) US dollars"): the position of the opening bracket, or `curStart` when there is none. The aside holds no
 * bracket and no line break and is at most ASIDE_REACH characters; a digit must end the text before it (past blanks).
 */
export function figureEndBeforeAside(text: string, curStart: number, floor: number): number {
  let i = curStart;
  while (i > floor && isSpaceCode(text.charCodeAt(i - 1))) i--;
  if (i <= floor || text.charCodeAt(i - 1) !== 0x29) return curStart;
  const close = i - 1;
  let open = close - 1;
  const limit = Math.max(floor, close - ASIDE_REACH);
  while (open >= limit) {
    const c = text.charCodeAt(open);
    if (c === 0x28) break;
    if (c === 0x29 || c === 0x0a || c === 0x0d) return curStart;
    open--;
  }
  if (open < limit || open === close - 1) return curStart;
  let j = open;
  while (j > floor && isSpaceCode(text.charCodeAt(j - 1))) j--;
  const before = j > floor ? text.charCodeAt(j - 1) : -1;
  return before >= 0x30 && before <= 0x39 ? open : curStart;
}
