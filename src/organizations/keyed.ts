/** The pipeline step that puts canonical keys (keys.ts) on organization mentions and deal parties. */
import type { AssembledDeal, Mention } from "../types.js";
import { aliasKeys, organizationKey } from "./keys.js";

/** The key of a name in a document with these alias keys (keys.ts aliasKeys). */
function keyIn(name: string, aliases: ReadonlyMap<string, string>): string {
  const key = organizationKey(name);
  return aliases.get(key) ?? key;
}

/**
 * Sets `key` on every organization mention (in place; an alias keys as its name) and returns the list.
 * `aliases`: the document's alias keys (aliasKeys of these mentions), read once per document.
 */
export function withKeys(mentions: Mention[], aliases: ReadonlyMap<string, string> = aliasKeys(mentions)): Mention[] {
  for (const m of mentions) if (m.type === "organization") m.key = keyIn(m.name, aliases);
  return mentions;
}

/**
 * Sets `key` on every party of the deal (an alias of a name in the document keys as that name) and returns the
 * deal, given the document's alias keys (aliasKeys of its mentions): read once per document, not once per deal,
 * which made a text dense with deals cost the square of its length. In place, as withKeys: the deal is the one
 * assembleDeals just built (a copy of the deal and of each party cost two objects and an array per deal).
 */
export function withPartyKeys(deal: AssembledDeal, aliases: ReadonlyMap<string, string>): AssembledDeal {
  for (const p of deal.parties) p.key = keyIn(p.name, aliases);
  return deal;
}
