/**
 * English capacity patterns: the shared template (patterns/capacity.common.ts) filled with the
 * English rate words, qualifiers, range words, commodity links and length cues of lexicons/units.ts.
 */
import { CAPACITY_WORDS } from "../lexicons/units.js";
import { lazy } from "../src/regex.js";
import { buildCapacityPatterns } from "./capacity.common.js";

/** Built on first use (the capacity stage's first en text), not at import. */
export const CAPACITY_EN = lazy(() => buildCapacityPatterns("en", CAPACITY_WORDS.en));
