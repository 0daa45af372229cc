/** The pipeline step that puts canonical keys (keys.ts) on organization mentions and deal parties. */
import type { AssembledDeal, Mention } from "../types.js";
import { aliasKeys, organizationKey } from "./keys.js";

/** The key of a name in a document with these alias keys (keys.ts aliasKeys). */
function keyIn(name: string, aliases: ReadonlyMap<string, string>): string {
  const key = organizationKey(name);
  return aliases.get(key) ?? key;
}

/** Sets `key` on every organization mention (in place; an alias keys as its name) and returns the list. */
export function withKeys(mentions: Mention[]): Mention[] {
  const aliases = aliasKeys(mentions);
  for (const m of mentions) if (m.type === "organization") m.key = keyIn(m.name, aliases);
  return mentions;
}

/** The deal with `key` on every party (an alias of a name in `mentions` keys as that name). */
export function withPartyKeys(deal: AssembledDeal, mentions: readonly Mention[] = []): AssembledDeal {
  if (deal.parties.length === 0) return deal;
  const aliases = aliasKeys(mentions);
  return { ...deal, parties: deal.parties.map((p) => ({ ...p, key: keyIn(p.name, aliases) })) };
}
