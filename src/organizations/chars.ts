/**
 * Character and word tests of the organization sources, memoized per UTF-16 code unit: these run on
 * every word of every phrase window, so each answers from a table after its first call.
 */
import { registerPattern } from "../regex.js";
import { isLetterCode } from "../word-start.js";

export const LATIN_LETTER = /\p{Script=Latin}/u;

const UPPER_START = /^[\p{Lu}\p{N}]/u;

/** Endings by their last code unit, per ending list (`true`: the list has "", which every word ends with). */
const ENDING_TABLES = new Map<readonly string[], Map<number, string[]> | true>();

/** Whether the word ends with one of the endings: only the endings with the word's last code unit are tried. */
export function endsWithAny(word: string, endings: readonly string[]): boolean {
  let table = ENDING_TABLES.get(endings);
  if (table === undefined) {
    const byLast = new Map<number, string[]>();
    for (const e of endings) {
      const last = e.charCodeAt(e.length - 1);
      byLast.set(last, [...(byLast.get(last) ?? []), e]);
    }
    table = endings.includes("") ? true : byLast;
    ENDING_TABLES.set(endings, table);
  }
  if (table === true) return true;
  const candidates = table.get(word.charCodeAt(word.length - 1));
  if (candidates === undefined) return false;
  for (const e of candidates) if (word.endsWith(e)) return true;
  return false;
}

/** Per UTF-16 code unit, memoized: 0 unknown, 1 its own lower case, 2 changes (or needs the full `toLowerCase`). */
const LOWER_KINDS = new Uint8Array(0x10000);

/**
 * `word.toLowerCase()`, without a string operation for a word already in lower case (most words):
 * every code unit is tested against a memo. Surrogates and characters whose lower case is not one
 * code unit of their own take the full `toLowerCase`.
 */
export function lower(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let kind = LOWER_KINDS[c]!;
    if (kind === 0) {
      const ch = String.fromCharCode(c);
      kind = LOWER_KINDS[c] = (c < 0xd800 || c > 0xdfff) && ch.toLowerCase() === ch ? 1 : 2;
    }
    if (kind === 2) return word.toLowerCase();
  }
  return word;
}

/**
 * `re.test(word)` for a pattern that tests the first character only (`^[…]`, no `g` flag), memoized
 * per code unit (0 unknown, 1 no, 2 yes); an empty word or a surrogate first takes the regex.
 */
function firstCharTest(re: RegExp): (word: string) => boolean {
  const memo = new Uint8Array(0x10000);
  return (word) => {
    const c = word.charCodeAt(0);
    if (!(c < 0xd800 || c > 0xdfff)) return re.test(word);
    let known = memo[c]!;
    if (known === 0) known = memo[c] = re.test(String.fromCharCode(c)) ? 2 : 1;
    return known === 2;
  };
}

export const isUpperStart = firstCharTest(UPPER_START);
export const isWordStart = firstCharTest(registerPattern("organization.word-token-start", /^[\p{L}\p{N}(«"]/u));
export const isQuoteStart = firstCharTest(registerPattern("organization.quote-token-start", /^[«"]/));
export const isDigitStart = firstCharTest(registerPattern("organization.digit-start", /^\p{N}/u));

/** Whether a UTF-16 code unit is a letter or a digit (src/word-start.ts, where the stages other than this one read it). */
export { isLetterCode };

/** The character before `offset` across spaces and tabs ("" at the text start). */
function charBefore(text: string, offset: number): string {
  let i = offset;
  while (i > 0 && (text[i - 1] === " " || text[i - 1] === "\t")) i--;
  return i > 0 ? text[i - 1]! : "";
}

/** Whether the offset opens a sentence proper: after a full stop, "!", "?", a line break or at the text start. */
export function opensSentence(text: string, offset: number): boolean {
  const ch = charBefore(text, offset);
  return ch === "" || ch === "." || ch === "!" || ch === "?" || ch === "\n" || ch === "\r";
}

const BARE_NUMBER = /^\p{N}+$/u;

/** Whether a word is a bare cardinal ("25", not "1-ші") with no "№" or "#" before it (which makes it a name's: "№5"). */
export function isBareNumber(text: string, word: string, start: number): boolean {
  if (!BARE_NUMBER.test(word)) return false;
  const ch = charBefore(text, start);
  return ch !== "№" && ch !== "#";
}

/** Whether the offset starts a sentence (only spaces after a full stop, a line break or the text start). */
export function atSentenceStart(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === " " || ch === "\t") continue;
    return ch === "." || ch === "!" || ch === "?" || ch === "\n" || ch === "\r" || ch === "—" || ch === "-" || ch === ":";
  }
  return true;
}

/** Whether a code unit opens (or closes) a quoted name: a character of QUOTE_CHARS (candidate.ts). */
export const isQuoteCode = (c: number) => c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e;

/** Whether a text has a character of QUOTE_CHARS. */
export function hasQuoteChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isQuoteCode(s.charCodeAt(i))) return true;
  return false;
}

/** Lower case of a code unit when it is one code unit (not a surrogate, not "Σ", whose lower case depends on context), else -1; 0 unknown. */
const LOWER_CODES = new Int32Array(0x10000);

export function lowerCodeOf(c: number): number {
  let l = LOWER_CODES[c]!;
  if (l === 0) {
    const lc = String.fromCharCode(c).toLowerCase();
    l = LOWER_CODES[c] = lc.length !== 1 || c >= 0xd800 && c <= 0xdfff || c === 0x3a3 ? -1 : lc.charCodeAt(0);
  }
  return l;
}

/** The position after the spaces and tabs from `pos`. */
export function afterBlanks(text: string, pos: number): number {
  while (pos < text.length && (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9)) pos++;
  return pos;
}

/** The position before the spaces and tabs that end at `pos` (`pos` itself when none). */
export function blanksBefore(text: string, pos: number): number {
  while (pos > 0 && (text.charCodeAt(pos - 1) === 32 || text.charCodeAt(pos - 1) === 9)) pos--;
  return pos;
}

/** Where the word (letters, and hyphens inside it) that ends at `end` starts: `end` itself when none ends there. */
export function wordStartBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && (isLetterCode(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 0x2d && i < end && i - 1 > 0)) i--;
  return i;
}

/** Where the word (letters, and hyphens inside it) that starts at `start` ends: `start` itself when none starts there. */
export function wordEndAfter(text: string, start: number): number {
  let i = start;
  while (i < text.length && (isLetterCode(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2d && i > start)) i++;
  return i > start && text.charCodeAt(i - 1) === 0x2d ? i - 1 : i;
}

/** The word (letters and inner hyphens, lower case) after `pos`, past spaces and tabs; "" when none starts there. */
export function wordAfter(text: string, pos: number): string {
  const start = afterBlanks(text, pos);
  return lower(text.slice(start, wordEndAfter(text, start)));
}

/** The code unit after the spaces and tabs from `pos`, or -1 at the text end. */
export function codeAfterBlanks(text: string, pos: number): number {
  while (pos < text.length && (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9)) pos++;
  return pos < text.length ? text.charCodeAt(pos) : -1;
}

/** Whether a word has a Latin-script letter (LATIN_LETTER), by a memo per code unit; a surrogate takes the regex. */
const LATIN_CODES = new Uint8Array(0x10000);

export function hasLatinLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return LATIN_LETTER.test(word);
    let known = LATIN_CODES[c]!;
    if (known === 0) known = LATIN_CODES[c] = LATIN_LETTER.test(String.fromCharCode(c)) ? 2 : 1;
    if (known === 2) return true;
  }
  return false;
}

/** `hasLatinLetter(text.slice(from, to))` without the slice. */
export function latinLetterIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return hasLatinLetter(text.slice(from, to));
    let known = LATIN_CODES[c]!;
    if (known === 0) known = LATIN_CODES[c] = LATIN_LETTER.test(String.fromCharCode(c)) ? 2 : 1;
    if (known === 2) return true;
  }
  return false;
}
