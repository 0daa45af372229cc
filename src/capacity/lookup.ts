/**
 * The capacity stage's word lookups: a unit word (a form, or a stem with a case ending; product words
 * give units/year), a commodity word (exact or by stem), and a value in a word table, each compared
 * folded (lower case, single spaces). Data comes from lexicons/units.ts and lexicons/commodities.ts.
 */
import { COMMODITIES } from "../../lexicons/commodities.js";
import { PRODUCT_STEMS, UNITS, type UnitEntry } from "../../lexicons/units.js";
import { lazy, registerPattern } from "../regex.js";

// ---------------------------------------------------------------- unit lookup

export const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ");
/** The unit forms and stems (by first character, longest first), built on the first lookup, not at import. */
const UNIT_TABLES = lazy(() => {
  const byForm = new Map<string, UnitEntry>();
  for (const u of UNITS) for (const f of u.forms ?? []) if (!byForm.has(fold(f))) byForm.set(fold(f), u);
  const stems: { stem: string; entry: UnitEntry | null }[] = [
    ...UNITS.flatMap((u) => (u.stems ?? []).map((s) => ({ stem: fold(s), entry: u as UnitEntry | null }))),
    ...PRODUCT_STEMS.map((s) => ({ stem: fold(s), entry: null })),
  ].sort((x, y) => y.stem.length - x.stem.length);
  return { byForm, stemsByFirst: byFirst(stems) };
});
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
  const { byForm, stemsByFirst } = UNIT_TABLES();
  const form = byForm.get(s) ?? byForm.get(s.replace(HYPHEN_SUFFIX, ""));
  if (form) return { entry: form, ending: "" };
  for (const { stem, entry } of stemsByFirst.get(s[0]!) ?? []) if (s.startsWith(stem)) return { entry, ending: s.slice(stem.length) };
  return null;
}

// ---------------------------------------------------------------- commodity lookup

/** The commodity words (exact, and stems by first character), built on the first lookup, not at import. */
const COMMODITY_TABLES = lazy(() => {
  const exact = new Map<string, string>();
  for (const c of COMMODITIES) for (const e of c.exact ?? []) exact.set(fold(e), c.name);
  const stems = COMMODITIES.flatMap((c) => (c.stems ?? []).map((s) => ({ stem: fold(s), name: c.name })))
    .sort((x, y) => y.stem.length - x.stem.length);
  return { exact, stemsByFirst: byFirst(stems) };
});

/** Stem entries by the stem's first character, in the order given (longest first). */
function byFirst<T extends { stem: string }>(entries: readonly T[]): ReadonlyMap<string, T[]> {
  const out = new Map<string, T[]>();
  for (const e of entries) {
    const list = out.get(e.stem[0]!) ?? [];
    list.push(e);
    out.set(e.stem[0]!, list);
  }
  return out;
}

export function commodityName(surface: string): string | undefined {
  return commodityOfFolded(fold(surface));
}

/** commodityName of a surface folded already (a single lower-case word needs no folding). */
export function commodityOfFolded(s: string): string | undefined {
  const { exact: exactNames, stemsByFirst } = COMMODITY_TABLES();
  const exact = exactNames.get(s);
  if (exact) return exact;
  for (const { stem, name } of stemsByFirst.get(s[0]!) ?? []) if (s.startsWith(stem)) return name;
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
