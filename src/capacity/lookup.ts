/**
 * The capacity stage's word lookups: a unit word (a form, or a stem with a case ending; product words
 * give units/year), a commodity word (exact or by stem), and a value in a word table, each compared
 * folded (lower case, single spaces). Data comes from lexicons/units.ts and lexicons/commodities.ts.
 */
import { COMMODITIES } from "../../lexicons/commodities.js";
import { PRODUCT_STEMS, UNITS, type UnitEntry } from "../../lexicons/units.js";
import { registerPattern } from "../regex.js";

// ---------------------------------------------------------------- unit lookup

export const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ");
const UNIT_BY_FORM = new Map<string, UnitEntry>();
for (const u of UNITS) for (const f of u.forms ?? []) if (!UNIT_BY_FORM.has(fold(f))) UNIT_BY_FORM.set(fold(f), u);
const UNIT_STEMS: { stem: string; entry: UnitEntry | null }[] = [
  ...UNITS.flatMap((u) => (u.stems ?? []).map((s) => ({ stem: fold(s), entry: u as UnitEntry | null }))),
  ...PRODUCT_STEMS.map((s) => ({ stem: fold(s), entry: null })),
].sort((a, b) => b.stem.length - a.stem.length);
/** The stems by first character, longest first within each (only those can start a word). */
const UNIT_STEMS_BY_FIRST = new Map<string, typeof UNIT_STEMS>();
for (const u of UNIT_STEMS) {
  const list = UNIT_STEMS_BY_FIRST.get(u.stem[0]!) ?? [];
  list.push(u);
  UNIT_STEMS_BY_FIRST.set(u.stem[0]!, list);
}
const HYPHEN_SUFFIX = registerPattern("capacity.hyphenSuffix", /-\p{L}+$/u);

export interface UnitHit {
  /** null for a product word (units/year). */
  entry: UnitEntry | null;
  /** The ending after a stem ("дай" in "тоннадай"), "" for forms. */
  ending: string;
}

/** Unit words recur (the same few units in every text): each surface is looked up once. */
const UNIT_HITS = new Map<string, UnitHit | null>();

export function lookupUnit(surface: string): UnitHit | null {
  let hit = UNIT_HITS.get(surface);
  if (hit === undefined) {
    hit = lookupUnitForm(surface);
    if (UNIT_HITS.size < 4096) UNIT_HITS.set(surface, hit);
  }
  return hit;
}

function lookupUnitForm(surface: string): UnitHit | null {
  const s = fold(surface);
  const form = UNIT_BY_FORM.get(s) ?? UNIT_BY_FORM.get(s.replace(HYPHEN_SUFFIX, ""));
  if (form) return { entry: form, ending: "" };
  for (const { stem, entry } of UNIT_STEMS_BY_FIRST.get(s[0]!) ?? []) if (s.startsWith(stem)) return { entry, ending: s.slice(stem.length) };
  return null;
}

// ---------------------------------------------------------------- commodity lookup

const COMMODITY_EXACT = new Map<string, string>();
for (const c of COMMODITIES) for (const e of c.exact ?? []) COMMODITY_EXACT.set(fold(e), c.name);
const COMMODITY_STEMS = COMMODITIES.flatMap((c) => (c.stems ?? []).map((s) => ({ stem: fold(s), name: c.name })))
  .sort((a, b) => b.stem.length - a.stem.length);

/** The stems by first character, longest first within each. */
const COMMODITY_STEMS_BY_FIRST = new Map<string, typeof COMMODITY_STEMS>();
for (const c of COMMODITY_STEMS) {
  const list = COMMODITY_STEMS_BY_FIRST.get(c.stem[0]!) ?? [];
  list.push(c);
  COMMODITY_STEMS_BY_FIRST.set(c.stem[0]!, list);
}

export function commodityName(surface: string): string | undefined {
  return commodityOfFolded(fold(surface));
}

/** commodityName of a surface folded already (a single lower-case word needs no folding). */
export function commodityOfFolded(s: string): string | undefined {
  const exact = COMMODITY_EXACT.get(s);
  if (exact) return exact;
  for (const { stem, name } of COMMODITY_STEMS_BY_FIRST.get(s[0]!) ?? []) if (s.startsWith(stem)) return name;
  return undefined;
}

// ---------------------------------------------------------------- lookups of words

/** Each word table folded once (the first word of a fold wins, as a scan in table order would). */
const FOLDED = new WeakMap<object, ReadonlyMap<string, unknown>>();

export function wordValue<T>(record: Readonly<Record<string, T>>, surface: string | undefined): T | undefined {
  if (!surface) return undefined;
  let table = FOLDED.get(record) as ReadonlyMap<string, T> | undefined;
  if (!table) {
    const map = new Map<string, T>();
    for (const [k, v] of Object.entries(record)) if (!map.has(fold(k))) map.set(fold(k), v);
    FOLDED.set(record, (table = map));
  }
  return table.get(fold(surface));
}
