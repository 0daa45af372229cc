/**
 * Deal cue words and sector keywords for ru text (lexicons/deal-triggers.ts, lexicons/sectors.ts),
 * compiled with the shared template of patterns/deal.common.ts.
 */
import { lazy } from "../src/regex.js";
import { DEAL_CUES, PARTY_REFERENCES, type CueCategory } from "../lexicons/deal-triggers.js";
import { SECTOR_KEYWORDS } from "../lexicons/sectors.js";
import type { Sector } from "../src/types.js";
import { buildCuePattern } from "./deal.common.js";

export const DEAL_CUES_RU = lazy(() => buildCuePattern<CueCategory>("deal.ru.cues", DEAL_CUES.ru));

/** A party named generically ("the company"), read in one sentence at a time. */
export const PARTY_REF_RU = lazy(() => buildCuePattern<"partyRef" | "ignore" | "other">("deal.ru.party-ref", PARTY_REFERENCES.ru));

export const SECTORS_RU = lazy(() => buildCuePattern<Sector>(
  "deal.ru.sectors",
  Object.fromEntries(Object.entries(SECTOR_KEYWORDS).map(([sector, byLang]) => [sector, byLang!.ru])),
));
