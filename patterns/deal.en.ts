/**
 * Deal cue words and sector keywords for en text (lexicons/deal-triggers.ts, lexicons/sectors.ts),
 * compiled with the shared template of patterns/deal.common.ts.
 */
import { lazy } from "../src/regex.js";
import { DEAL_CUES, PARTY_REFERENCES, type CueCategory } from "../lexicons/deal-triggers.js";
import { OBJECT_SECTORS, SECTOR_KEYWORDS } from "../lexicons/sectors.js";
import { buildCuePattern, sectorPattern } from "./deal.common.js";

export const DEAL_CUES_EN = lazy(() => buildCuePattern<CueCategory>("deal.en.cues", DEAL_CUES.en));

/** A party named generically ("the company"), read in one sentence at a time. */
export const PARTY_REF_EN = lazy(() => buildCuePattern<"partyRef" | "ignore" | "other">("deal.en.party-ref", PARTY_REFERENCES.en));

/** Sector keywords and, as whole phrases, the objects that decide a sector (OBJECT_SECTORS; their keys in `objects`). */
export const SECTORS_EN = lazy(() => sectorPattern("deal.en.sectors", SECTOR_KEYWORDS, OBJECT_SECTORS, "en"));
