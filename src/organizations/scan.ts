/**
 * Scanning helpers for the organization stage. Scanned patterns have no look-behind in front
 * (V8 then skips impossible start positions by their first characters); the word-start test
 * runs here, on the few positions where a pattern matched.
 */
import { lazy } from "../regex.js";
import { isSpaceCode } from "../word-start.js";

/**
 * The next match of a global pattern whose preceding character is not matched by `notBefore`.
 * A rejected match is retried one character later, so a match that starts inside a word cannot
 * hide one that starts at the next word.
 */
export function execAtWordStart(re: RegExp, text: string, notBefore: RegExp): RegExpExecArray | null {
  let before = NOT_BEFORE_TESTS.get(notBefore);
  if (before === undefined) NOT_BEFORE_TESTS.set(notBefore, (before = codeTest(notBefore)));
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index === 0 || !before(text.charCodeAt(m.index - 1))) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** Per `notBefore` pattern of `execAtWordStart`, its memoized test. */
const NOT_BEFORE_TESTS = new WeakMap<RegExp, (c: number) => boolean>();

/** `re.test` of one code unit (for a pattern of one character class), memoized per code unit. */
export function codeTest(re: RegExp): (c: number) => boolean {
  // 0 unknown, 1 no, 2 yes
  const memo = new Uint8Array(0x10000);
  return (c) => {
    let known = memo[c]!;
    if (known === 0) known = memo[c] = re.test(String.fromCharCode(c)) ? 2 : 1;
    return known === 2;
  };
}

/**
 * Word starts without a look-behind. A look-behind `(?<![\p{L}\p{N}])` (or a consumed
 * `[^\p{L}\p{N}]`) in front of a literal trie costs V8 a test against hundreds of Unicode ranges at
 * every position; a small class of the non-word characters that can occur lets it skip ahead.
 * "Plain" characters are those of the common blocks: ASCII and Latin-1, Cyrillic, general
 * punctuation, "№" (measured: every further block's ranges slow each class test down). In a text
 * of plain characters only, a word starts at the text start or after a character of plainNonWord();
 * and for literals and text both plain, a case-insensitive trie written with "[мМ]" classes matches
 * exactly what the `i` flag would (the characters whose case folding is not their lower/upper case
 * pair, such as "ſ", the Kelvin sign or the old Cyrillic "ᲀ", all lie outside these blocks).
 * Texts with other characters take an exact path (the trigger scan finds them as it goes).
 */
const PLAIN_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x00ff], [0x0400, 0x04ff], [0x2000, 0x206f], [0x2116, 0x2116],
];

const hex = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
const range = (from: number, to: number) => (to > from ? `${hex(from)}-${hex(to)}` : hex(from));

/** Class body (without brackets) of the plain characters that pass `keep`, as ranges. */
function plainClass(keep: (ch: string) => boolean): string {
  let out = "";
  for (const [from, to] of PLAIN_BLOCKS) {
    for (let c = from; c <= to; c++) {
      if (!keep(String.fromCharCode(c))) continue;
      let d = c;
      while (d + 1 <= to && keep(String.fromCharCode(d + 1))) d++;
      out += range(c, d);
      c = d;
    }
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Class body (without brackets) of the plain characters that are neither letters nor digits; built with
 * the scans that use it, not at import (~1 ms).
 */
export const plainNonWord = lazy((): string => plainClass((ch) => !WORD_CHAR.test(ch)));
/** Class body (without brackets) of every plain character: `[^…]` (without the `u` flag) finds a text that is not plain. */
export const PLAIN = PLAIN_BLOCKS.map(([from, to]) => range(from, to)).join("");

/** Class body (without brackets) of the plain characters other than those of `except`. */
export const plainExcept = (except: string): string => plainClass((ch) => !except.includes(ch));

/** Whether a code unit is JS white space: src/word-start.ts's test, here for the organization code that reads it from this module. */
export { isSpaceCode };

/** Whether a code unit lies in the plain blocks (see PLAIN_BLOCKS). */
export function isPlainCode(c: number): boolean {
  return c <= 0xff || c >= 0x400 && c <= 0x4ff || c >= 0x2000 && c <= 0x206f || c === 0x2116;
}

/**
 * Whether a text has white space other than a space, or two spaces in a row (`/[^\S ]|  /`): then
 * folding its runs of white space (`replace(/\s+/g, " ")`) changes it.
 */
export function hasUnfoldedSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? text.charCodeAt(i + 1) === 32 : isSpaceCode(c)) return true;
  }
  return false;
}
