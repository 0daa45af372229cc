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
 * The deal with `key` on every party (an alias of a name in the document keys as that name), given the
 * document's alias keys (aliasKeys of its mentions): read once per document, not once per deal, which
 * made a text dense with deals cost the square of its length.
 */
export function withPartyKeys(deal: AssembledDeal, aliases: ReadonlyMap<string, string>): AssembledDeal {
  if (deal.parties.length === 0) return deal;
  return { ...deal, parties: deal.parties.map((p) => ({ ...p, key: keyIn(p.name, aliases) })) };
}
