/**
 * Deal cue words and sector keywords for en text (lexicons/deal-triggers.ts, lexicons/sectors.ts),
 * compiled with the shared template of patterns/deal.common.ts.
 */
import { lazy } from "../src/regex.js";
import { DEAL_CUES, PARTY_REFERENCES, type CueCategory } from "../lexicons/deal-triggers.js";
import { SECTOR_KEYWORDS } from "../lexicons/sectors.js";
import type { Sector } from "../src/types.js";
import { buildCuePattern } from "./deal.common.js";

export const DEAL_CUES_EN = lazy(() => buildCuePattern<CueCategory>("deal.en.cues", DEAL_CUES.en));

/** A party named generically ("the company"), read in one sentence at a time. */
export const PARTY_REF_EN = lazy(() => buildCuePattern<"partyRef" | "ignore" | "other">("deal.en.party-ref", PARTY_REFERENCES.en));

export const SECTORS_EN = lazy(() => buildCuePattern<Sector>(
  "deal.en.sectors",
  Object.fromEntries(Object.entries(SECTOR_KEYWORDS).map(([sector, byLang]) => [sector, byLang!.en])),
));
