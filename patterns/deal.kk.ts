/**
 * Deal cue words and sector keywords for kk text (lexicons/deal-triggers.ts, lexicons/sectors.ts),
 * compiled with the shared template of patterns/deal.common.ts.
 */
import { lazy } from "../src/regex.js";
import { DEAL_CUES, PARTY_REFERENCES, type CueCategory } from "../lexicons/deal-triggers.js";
import { OBJECT_SECTORS, SECTOR_KEYWORDS } from "../lexicons/sectors.js";
import { buildCuePattern, sectorPattern } from "./deal.common.js";

export const DEAL_CUES_KK = lazy(() => buildCuePattern<CueCategory>("deal.kk.cues", DEAL_CUES.kk));

/** A party named generically ("the company"), read in one sentence at a time. */
export const PARTY_REF_KK = lazy(() => buildCuePattern<"partyRef" | "ignore" | "other">("deal.kk.party-ref", PARTY_REFERENCES.kk));

/** Sector keywords and, as whole phrases, the objects that decide a sector (OBJECT_SECTORS; their keys in `objects`). */
export const SECTORS_KK = lazy(() => sectorPattern("deal.kk.sectors", SECTOR_KEYWORDS, OBJECT_SECTORS, "kk"));
