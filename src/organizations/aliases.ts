/**
 * Abbreviations as aliases: an abbreviation in brackets right after an organization's name
 * ("Henan Gold Smelting Co. (HGS)", "движение за освобождение Азавада (НДОА)") is another name of
 * that organization. The named mention gets `aliases`; the abbreviation in the brackets and the
 * abbreviation alone elsewhere in the text become mentions of the same organization (its country;
 * the same key, see keys.ts aliasKeys).
 */
import { ALIAS_IN_BRACKETS } from "../../patterns/organization.js";
import type { OrganizationMention } from "../types.js";
import { LEGAL_NORMALIZED } from "./candidate.js";
import { NON_ORG_ABBREVIATIONS, NON_ORG_TOKENS } from "./words.js";

const OPEN_BRACKET = 0x28;

/** The first position after `pos` that is no period, space or tab (the period of "Co." before the bracket). */
function afterName(text: string, pos: number): number {
  let p = pos;
  if (text.charCodeAt(p) === 0x2e) p++;
  while (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09) p++;
  return p;
}

const isNameChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Whether `abbreviation` stands alone at `at` (no letter or digit on either side; a Kazakh ending after a hyphen is fine). */
function standsAlone(text: string, at: number, length: number): boolean {
  return !isNameChar(text[at - 1]) && !isNameChar(text[at + length]);
}

/**
 * Adds aliases to the mentions (sorted by start, not overlapping) of `text` and the mentions of the
 * abbreviations; returns the list sorted by start. Costs one character test per mention when no
 * bracket follows one.
 */
export function withAliases(text: string, original: string, mentions: OrganizationMention[]): OrganizationMention[] {
  let added: OrganizationMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const named = mentions[i]!;
    const open = afterName(text, named.end);
    if (text.charCodeAt(open) !== OPEN_BRACKET) continue;
    ALIAS_IN_BRACKETS.lastIndex = open;
    const m = ALIAS_IN_BRACKETS.exec(text);
    if (!m) continue;
    const abbreviation = m[1]!;
    if (NON_ORG_TOKENS.has(abbreviation) || NON_ORG_ABBREVIATIONS.has(abbreviation) || LEGAL_NORMALIZED.has(abbreviation) ||
      named.name === abbreviation) continue;
    named.aliases = [abbreviation];
    const all: OrganizationMention[] = [...mentions, ...(added ?? [])];
    const taken = (s: number, e: number) => all.some((o) => o.start < e && s < o.end);
    for (let at = text.indexOf(abbreviation, open); at >= 0; at = text.indexOf(abbreviation, at + abbreviation.length)) {
      const end = at + abbreviation.length;
      if (!standsAlone(text, at, abbreviation.length) || taken(at, end)) continue;
      const alias: OrganizationMention = { type: "organization", start: at, end, text: original.slice(at, end), name: abbreviation };
      if (named.country) alias.country = named.country;
      (added ??= []).push(alias);
      all.push(alias);
    }
  }
  if (!added) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
