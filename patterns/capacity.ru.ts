/**
 * Russian capacity patterns: the shared template (patterns/capacity.common.ts) filled with the
 * Russian rate words, qualifiers, range words, commodity links and length cues of lexicons/units.ts.
 */
import { CAPACITY_WORDS } from "../lexicons/units.js";
import { lazy } from "../src/regex.js";
import { buildCapacityPatterns } from "./capacity.common.js";

/** Built on first use (the capacity stage's first ru text), not at import. */
export const CAPACITY_RU = lazy(() => buildCapacityPatterns("ru", CAPACITY_WORDS.ru));
