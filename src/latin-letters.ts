/**
 * The Latin letters of names, ASCII and beyond it: "Çalık Enerji", "Müller Bau GmbH", "Doğuş İnşaat", "Škoda",
 * "Łódź", "Société Générale". The Latin-1 Supplement and the Latin Extended-A and -B blocks (U+00C0–U+024F, without
 * × and ÷), as character-class bodies for patterns and as code-unit tests for the sources that read words in JS.
 *
 * A letter is upper case when it is its own upper case and not its own lower case (İ, Ş, Ł, Ž), lower case when the
 * reverse (ı, ş, ß, ø); the few that are neither (ĸ) count as lower case: no name starts with them.
 */
const FIRST = 0xc0;
const LAST = 0x24f;

function isUpper(ch: string): boolean {
  return ch.toUpperCase() === ch && ch.toLowerCase() !== ch;
}

/** The code points of the extended blocks, split by case. */
function extended(): { upper: number[]; lower: number[] } {
  const upper: number[] = [];
  const lower: number[] = [];
  for (let c = FIRST; c <= LAST; c++) {
    if (c === 0xd7 || c === 0xf7) continue; // × ÷
    (isUpper(String.fromCharCode(c)) ? upper : lower).push(c);
  }
  return { upper, lower };
}

/** A character-class body of code points, consecutive ones as ranges ("\u00C0-\u00D6\u00D8-…"). */
function classBody(codes: readonly number[]): string {
  const hex = (c: number) => `\\u${c.toString(16).toUpperCase().padStart(4, "0")}`;
  let out = "";
  for (let i = 0; i < codes.length;) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    out += j > i ? `${hex(codes[i]!)}-${hex(codes[j]!)}` : hex(codes[i]!);
    i = j + 1;
  }
  return out;
}

const EXTENDED = extended();

/** Character-class bodies (no brackets): the capitals, the lower-case letters, all Latin letters. */
export const LATIN_UPPER = "A-Z" + classBody(EXTENDED.upper);
export const LATIN_LOWER = "a-z" + classBody(EXTENDED.lower);
export const LATIN_ALPHA = "A-Za-z" + classBody([...EXTENDED.upper, ...EXTENDED.lower].sort((a, b) => a - b));

/** Per code unit below U+0250: 0 not a Latin letter, 1 lower case, 2 upper case. */
const KIND = new Uint8Array(LAST + 1);
for (let c = 0x41; c <= 0x5a; c++) KIND[c] = 2;
for (let c = 0x61; c <= 0x7a; c++) KIND[c] = 1;
for (const c of EXTENDED.upper) KIND[c] = 2;
for (const c of EXTENDED.lower) KIND[c] = 1;

/** Whether a UTF-16 code unit is a Latin letter (ASCII or of the blocks above). */
export function isLatinLetterCode(c: number): boolean {
  return c <= LAST && KIND[c] !== 0;
}

/** Whether a UTF-16 code unit is a Latin capital ("A", "Ç", "İ", "Ž"). */
export function isLatinUpperCode(c: number): boolean {
  return c <= LAST && KIND[c] === 2;
}

/** Whether a word starts with a Latin capital. */
export function startsLatinUpper(word: string): boolean {
  return word.length > 0 && isLatinUpperCode(word.charCodeAt(0));
}

/** Whether a word is a capitalized Latin word: one capital, then lower-case Latin letters only ("Holding", "Çalık"). */
export function isCapitalizedLatinWord(word: string): boolean {
  if (word.length < 2 || !isLatinUpperCode(word.charCodeAt(0))) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!(c <= LAST && KIND[c] === 1)) return false;
  }
  return true;
}
