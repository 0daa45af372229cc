/**
 * Same-length text folding: patterns read `normalized`, offsets stay those of the input.
 * Only one-to-one replacements of UTF-16 code units are allowed here.
 */

import { registerPattern } from "./regex.js";

/**
 * One pass over the text for every character that folds (most texts have none, and a single
 * class scan costs a third of three replace passes):
 * - no-break, figure, narrow no-break, thin and other fixed-width spaces → " ";
 * - hyphens, dashes and the minus sign → "-";
 * - soft hyphen and zero-width characters → " " (kept as one unit so offsets do not move).
 */
const FOLDED = registerPattern(
  "normalize.folded",
  /[\u00A0\u2000-\u200A\u202F\u205F\u3000\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u00AD\u200B-\u200D\u2060\uFEFF]/g,
);

function fold(ch: string): string {
  const c = ch.charCodeAt(0);
  const dash = (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;
  return dash ? "-" : " ";
}

export function normalizeText(text: string): string {
  return text.replace(FOLDED, fold);
}
