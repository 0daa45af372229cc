/** The pipeline step that puts canonical keys (keys.ts) on organization mentions and deal parties. */
import type { AssembledDeal, Mention } from "../types.js";
import { organizationKey } from "./keys.js";

/** Sets `key` on every organization mention (in place) and returns the list. */
export function withKeys(mentions: Mention[]): Mention[] {
  for (const m of mentions) if (m.type === "organization") m.key = organizationKey(m.name);
  return mentions;
}

/** The deal with `key` on every party. */
export function withPartyKeys(deal: AssembledDeal): AssembledDeal {
  if (deal.parties.length === 0) return deal;
  return { ...deal, parties: deal.parties.map((p) => ({ ...p, key: organizationKey(p.name) })) };
}
