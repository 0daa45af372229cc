/**
 * Kazakh capacity patterns: the shared template (patterns/capacity.common.ts) filled with the
 * Kazakh rate words, qualifiers, range words, commodity links and length cues of lexicons/units.ts.
 */
import { CAPACITY_WORDS } from "../lexicons/units.js";
import { buildCapacityPatterns } from "./capacity.common.js";

export const CAPACITY_KK = buildCapacityPatterns("kk", CAPACITY_WORDS.kk);
