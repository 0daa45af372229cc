/**
 * Shared pieces of the region patterns (patterns/region.kk.ts, .ru.ts, .en.ts): every pattern is one
 * alternation whose numbered groups say what was found — a region (name + "облысы"/"области"/"Region"),
 * a district (name + "ауданы"/"району"/"district") or a city (name with its case ending) — and a
 * lookup from the group's text to the contract's region name.
 */
import { REGION_ABBREVIATIONS, REGIONS, type PlaceNames } from "../lexicons/regions.js";
import { alternation as escapedAlternation, registerPattern } from "../src/regex.js";
import { LIKELY_WORD_START } from "../src/word-start.js";
import { compactPattern, trie } from "./number.js";
import type { RegionName } from "../src/types.js";

/** `alternation()` escapes "-" as "\\-", which the `u` flag rejects outside a class. */
export const alternation = (words: Iterable<string>): string => escapedAlternation(words).replace(/\\-/g, "-");

/** ("compass": a region named by its compass name alone, "в Восточном Казахстане", which may also mean a part of the country.) */
export type PlaceKind = "region" | "district" | "city" | "abbreviation" | "noun" | "cityAdjective" | "compass";

/** Lower-cased, single-spaced key of a found name. */
export function placeKey(kind: PlaceKind, name: string): string {
  return `${kind}:${name.replace(/\s+/g, " ").toLowerCase()}`;
}

export interface RegionPattern {
  /** A match is a place only where `startsWord()` (src/word-start.ts) holds; else the scan resumes one further. */
  regex: RegExp;
  /** The kind of place each capture group (1-based) holds. */
  groups: readonly PlaceKind[];
  lookup: ReadonlyMap<string, RegionName>;
}

/** Builds the lookup for one language: every name (or generated form) of a place → its region. */
export function placeLookup(
  lang: keyof PlaceNames,
  forms: (kind: "region" | "district" | "city", name: string) => readonly string[] = (_k, n) => [n],
): { lookup: Map<string, RegionName>; names: Record<"region" | "district" | "city", string[]> } {
  const lookup = new Map<string, RegionName>();
  const names = { region: [] as string[], district: [] as string[], city: [] as string[] };
  const add = (kind: "region" | "district" | "city", place: PlaceNames, region: RegionName) => {
    for (const n of place[lang]) {
      for (const form of forms(kind, n)) {
        names[kind].push(form);
        if (!lookup.has(placeKey(kind, form))) lookup.set(placeKey(kind, form), region);
      }
    }
  };
  for (const entry of REGIONS) {
    add("region", entry.names, entry.region);
    for (const d of entry.districts) add("district", d, entry.region);
    for (const c of entry.cities) add("city", c, entry.region);
  }
  for (const [abbr, region] of Object.entries(REGION_ABBREVIATIONS)) lookup.set(placeKey("abbreviation", abbr), region);
  return { lookup, names };
}

export const ABBREVIATIONS = alternation(Object.keys(REGION_ABBREVIATIONS));

/**
 * Compiles a region template natively: `{{word start}}` opens it (see src/word-start.ts), a
 * `{{part}}` given as a word list becomes a prefix tree (longer names preferred, as in a
 * longest-first alternation), one given as a string is put in as it is. XRegExp would expand
 * every `\p{L}` into explicit ranges, which made the scan several times slower.
 */
export function buildRegionRegex(name: string, template: string, parts: Record<string, readonly string[] | string>): RegExp {
  const source = compactPattern(template).replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
    const part = parts[k];
    if (part === undefined) throw new Error(`kzdeals: pattern ${name} has no part {{${k}}}`);
    return `(?:${typeof part === "string" ? part : trie(part)})`;
  });
  return registerPattern(name, new RegExp(`${LIKELY_WORD_START}${source}`, "gu"));
}
