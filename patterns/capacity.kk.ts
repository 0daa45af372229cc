/**
 * Kazakh capacity patterns: the shared template (patterns/capacity.common.ts) filled with the
 * Kazakh rate words, qualifiers, range words, commodity links and length cues of lexicons/units.ts.
 */
import { CAPACITY_WORDS } from "../lexicons/units.js";
import { lazy } from "../src/regex.js";
import { buildCapacityPatterns } from "./capacity.common.js";

/** Built on first use (the capacity stage's first kk text), not at import. */
export const CAPACITY_KK = lazy(() => buildCapacityPatterns("kk", CAPACITY_WORDS.kk));
