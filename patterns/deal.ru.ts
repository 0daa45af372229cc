/**
 * Deal cue words and sector keywords for ru text (lexicons/deal-triggers.ts, lexicons/sectors.ts),
 * compiled with the shared template of patterns/deal.common.ts.
 */
import { lazy } from "../src/regex.js";
import { DEAL_CUES, PARTY_REFERENCES, type CueCategory } from "../lexicons/deal-triggers.js";
import { OBJECT_SECTORS, SECTOR_KEYWORDS } from "../lexicons/sectors.js";
import { buildCuePattern, sectorPattern } from "./deal.common.js";

export const DEAL_CUES_RU = lazy(() => buildCuePattern<CueCategory>("deal.ru.cues", DEAL_CUES.ru));

/** A party named generically ("the company"), read in one sentence at a time. */
export const PARTY_REF_RU = lazy(() => buildCuePattern<"partyRef" | "ignore" | "other">("deal.ru.party-ref", PARTY_REFERENCES.ru));

/** Sector keywords and, as whole phrases, the objects that decide a sector (OBJECT_SECTORS; their keys in `objects`). */
export const SECTORS_RU = lazy(() => sectorPattern("deal.ru.sectors", SECTOR_KEYWORDS, OBJECT_SECTORS, "ru"));
