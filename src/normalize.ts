/**
 * Same-length text folding: patterns read `normalized`, offsets stay those of the input.
 * Only one-to-one replacements of UTF-16 code units are allowed here.
 */

import { registerPattern } from "./regex.js";

// No-break, figure, narrow no-break, thin and other fixed-width spaces → " ".
const SPACES = registerPattern("normalize.spaces", /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g);
// Hyphens, dashes and the minus sign → "-".
const DASHES = registerPattern("normalize.dashes", /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g);
// Soft hyphen and zero-width characters → " " (kept as one unit so offsets do not move).
const INVISIBLE = registerPattern("normalize.invisible", /[\u00AD\u200B-\u200D\u2060\uFEFF]/g);

export function normalizeText(text: string): string {
  return text.replace(SPACES, " ").replace(DASHES, "-").replace(INVISIBLE, " ");
}
