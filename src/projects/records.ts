/**
 * The project record (contract v1.1, "Projects") and how its fields are chosen from its sources.
 *
 * Sources are taken in a fixed order (document id, then deal index), so a record does not depend
 * on the order the input came in. For each field:
 * - kind: the furthest stage any source reports (contract > agreement > framework_agreement >
 *   memorandum > protocol > project): the stages of one project are not a disagreement;
 * - parties: every party key of every source, in order of first appearance (keys of one organization, see
 *   similarity.ts sameKey, are one); for each key the
 *   spelling most sources use (ties: the one with a country, then a legal form, then the first);
 * - amount, region, sector and jobs: the value most sources give; ties go to the most specific
 *   (an exact figure over a qualified one, more significant digits), then to the first source;
 * - each date: the value most sources agree with (a value agrees with one it holds or is held by:
 *   "2027" and "2027-06"), then the most specific (a day over a month over a quarter over a year);
 * - capacity: per unit, the same rule; the commodity from any source that names one;
 * - amountUsd (and amountUsdMax, usdRate): those of a source that gave the chosen amount.
 * A field whose sources give more than one value (as written: "171 million USD" and "80 billion
 * KZT" are two values even though they agree once converted; for dates, values that cannot be the
 * same time) gets a conflict listing every value with its sources, the chosen one first.
 */
import { createHash } from "../builtins.js";
import type { DealAmount, DealCapacity, DealDates, DealKind, DealParty, RegionName, Sector, UsdRate } from "../types.js";
import { organizationKey } from "../organizations/keys.js";
import { sameKey } from "./similarity.js";
import { dateInterval, type DealRef, type SourcedDeal } from "./view.js";

export interface ConflictValue {
  value: unknown;
  sources: DealRef[];
}

export interface Conflict {
  /** "kind" never; "amount", "capacity", "region", "sector", "jobs", "dates.signed", "dates.start", "dates.completion". */
  field: string;
  values: ConflictValue[];
}

export interface ProjectRecord {
  /** "p-" and 10 hex digits of the SHA-1 of the record's first source (see projectId). */
  id: string;
  kind: DealKind;
  parties: DealParty[];
  amount: DealAmount | null;
  amountUsd: number | null;
  amountUsdMax?: number;
  usdRate: UsdRate | null;
  capacity: DealCapacity[];
  region: RegionName | null;
  sector: Sector | null;
  dates: DealDates;
  jobs: number | null;
  /** Every deal merged into this project, by document id and index in that document's deals. */
  sources: DealRef[];
  conflicts: Conflict[];
  /** The id of a package record this project is one item of, when that can be told. */
  partOf?: string;
}

/** Sources in their fixed order: document id (as a string), then deal index. */
export function compareRefs(a: DealRef, b: DealRef): number {
  if (a.document !== b.document) return a.document < b.document ? -1 : 1;
  return a.deal - b.deal;
}

/**
 * The project id: "p-" + the first 10 hex digits of SHA-1("document\u0000deal") of the record's
 * first source in the fixed order. The same inputs give the same ids in any order, and an article
 * that joins no project changes no id (one that joins a project with a smaller document id gives
 * that project the new source's id).
 */
export function projectId(first: DealRef): string {
  return "p-" + createHash("sha1").update(`${first.document}\u0000${first.deal}`).digest("hex").slice(0, 10);
}

const KIND_STAGE: DealKind[] = ["project", "protocol", "memorandum", "framework_agreement", "agreement", "contract"];

interface Candidate<T> {
  key: string;
  value: T;
  sources: DealRef[];
  /** Higher is more specific; breaks ties in support. */
  specificity: number;
}

/** Values grouped by `keyOf`, best first: most sources, then most specific, then first seen. */
function vote<T>(members: readonly SourcedDeal[], read: (m: SourcedDeal) => T[], keyOf: (v: T) => string, specificity: (v: T) => number): Candidate<T>[] {
  const groups = new Map<string, Candidate<T>>();
  for (const m of members) {
    for (const value of read(m)) {
      const key = keyOf(value);
      const g = groups.get(key);
      if (g) {
        if (!g.sources.some((s) => s.document === m.document && s.deal === m.deal)) g.sources.push({ document: m.document, deal: m.deal });
      } else groups.set(key, { key, value, sources: [{ document: m.document, deal: m.deal }], specificity: specificity(value) });
    }
  }
  // a stable sort keeps first-seen order among equals
  return [...groups.values()].sort((a, b) => b.sources.length - a.sources.length || b.specificity - a.specificity);
}

/** Significant digits of a figure: 171300000 → 4, 170000000 → 2. */
function significantDigits(n: number): number {
  const digits = String(Math.abs(n)).replace(/e.*$/, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
  return digits.length;
}

function dateSpecificity(value: string): number {
  if (value.includes("/")) return 0;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 5;
  if (/^\d{4}-\d{2}$/.test(value)) return 4;
  if (/^\d{4}-Q/.test(value)) return 3;
  if (/^\d{4}-H/.test(value)) return 2;
  return 1;
}

function conflictOf<T>(field: string, ranked: Candidate<T>[], conflicts: Conflict[]): void {
  if (ranked.length > 1) conflicts.push({ field, values: ranked.map((c) => ({ value: c.value, sources: c.sources })) });
}

function single<T>(field: string, members: readonly SourcedDeal[], read: (m: SourcedDeal) => T | null | undefined, conflicts: Conflict[], specificity: (v: T) => number = () => 0): T | null {
  const ranked = vote(members, (m) => { const v = read(m); return v === null || v === undefined ? [] : [v]; }, (v) => JSON.stringify(v), specificity);
  conflictOf(field, ranked, conflicts);
  return ranked[0]?.value ?? null;
}

/** Whether two date values can name the same time: one interval holds the other. */
function nested(a: string, b: string): boolean {
  const x = dateInterval(a);
  const y = dateInterval(b);
  if (!x || !y) return a === b;
  return (x[0] <= y[0] && y[1] <= x[1]) || (y[0] <= x[0] && x[1] <= y[1]);
}

/**
 * A date: each value is supported by every source whose value holds it or is held by it ("2027"
 * and "2027-06" support each other); the best supported wins, the most specific among equals. A
 * conflict only when some source's value cannot be the winner's (2027 against 2028).
 */
function dateOf(part: "signed" | "start" | "completion", members: readonly SourcedDeal[], conflicts: Conflict[]): string | null {
  const ranked = vote(members, (m) => { const v = m.source.dates?.[part]; return v ? [v] : []; }, (v) => v, dateSpecificity);
  if (ranked.length === 0) return null;
  const support = (c: Candidate<string>): number => ranked.reduce((n, o) => n + (nested(c.value, o.value) ? o.sources.length : 0), 0);
  const best = [...ranked].sort((a, b) => support(b) - support(a) || b.specificity - a.specificity)[0]!;
  if (ranked.some((c) => !nested(c.value, best.value))) {
    conflicts.push({ field: `dates.${part}`, values: [best, ...ranked.filter((c) => c !== best)].map((c) => ({ value: c.value, sources: c.sources })) });
  }
  return best.value;
}

function partyScore(p: DealParty): number {
  return (p.country ? 2 : 0) + (p.legalForm ? 1 : 0);
}

function partiesOf(members: readonly SourcedDeal[]): DealParty[] {
  const variants = new Map<string, { party: DealParty; key: string; count: number }[]>();
  for (const m of members) {
    m.source.parties.forEach((p) => {
      const own = p.key ?? organizationKey(p.name);
      // one organization under two keys ("China Power" and "China Power International Holding", see sameKey) is one party
      let key = own;
      if (!variants.has(own)) for (const k of variants.keys()) if (sameKey(k, own)) { key = k; break; }
      const list = variants.get(key) ?? [];
      if (!variants.has(key)) variants.set(key, list);
      const same = list.find((v) => v.party.name === p.name);
      if (same) {
        same.count++;
        if (partyScore(p) > partyScore(same.party)) same.party = p;
      } else list.push({ party: p, key: own, count: 1 });
    });
  }
  return [...variants.values()].map((list) => {
    // (the longer of two spellings under keys of one organization: "China Power International Holding" over "China Power")
    const best = [...list].sort((a, b) => b.count - a.count || partyScore(b.party) - partyScore(a.party) ||
      (a.key === b.key ? 0 : b.party.name.length - a.party.name.length))[0]!;
    return { ...best.party, key: best.key };
  });
}

function amountSpecificity(a: DealAmount): number {
  return (a.qualifier ? 0 : 100) + significantDigits(a.amount);
}

/** The record of one project from its member deals. */
export function buildRecord(members: readonly SourcedDeal[]): Omit<ProjectRecord, "id"> {
  const sorted = [...members].sort(compareRefs);
  const conflicts: Conflict[] = [];

  let kind: DealKind = "project";
  for (const m of sorted) if (KIND_STAGE.indexOf(m.source.kind) > KIND_STAGE.indexOf(kind)) kind = m.source.kind;

  const amounts = vote(sorted, (m) => (m.source.amount ? [m.source.amount] : []), (a) => JSON.stringify([a.amount, a.amountMax, a.currency, a.qualifier]), amountSpecificity);
  conflictOf("amount", amounts, conflicts);
  const amount = amounts[0]?.value ?? null;
  const first = amounts[0]?.sources[0];
  const priced = first && sorted.find((m) => m.document === first.document && m.deal === first.deal);

  const units: string[] = [];
  for (const m of sorted) for (const c of m.source.capacity) if (!units.includes(c.unit)) units.push(c.unit);
  const capacity: DealCapacity[] = units.map((unit) => {
    const ranked = vote(sorted, (m) => m.source.capacity.filter((c) => c.unit === unit), (c) => JSON.stringify([c.value, c.qualifier]), (c) => (c.qualifier ? 0 : 100) + significantDigits(c.value));
    conflictOf("capacity", ranked, conflicts);
    const best = { ...ranked[0]!.value };
    if (best.commodity === undefined) {
      const all = sorted.flatMap((m) => m.source.capacity.filter((c) => c.unit === unit && c.commodity !== undefined));
      const named = (all.find((c) => c.value === best.value) ?? all[0])?.commodity;
      if (named !== undefined) best.commodity = named;
    }
    return best;
  });

  const region = single("region", sorted, (m) => m.source.region, conflicts);
  const sector = single("sector", sorted, (m) => m.source.sector, conflicts);
  const dates: DealDates = {};
  for (const part of ["signed", "start", "completion"] as const) {
    const value = dateOf(part, sorted, conflicts);
    if (value !== null) dates[part] = value;
  }
  const jobs = single("jobs", sorted, (m) => m.source.jobs, conflicts);

  const amountUsdMax = priced?.source.amountUsdMax;
  return {
    kind,
    parties: partiesOf(sorted),
    amount,
    amountUsd: priced?.source.amountUsd ?? null,
    ...(amountUsdMax === undefined ? {} : { amountUsdMax }),
    usdRate: priced?.source.usdRate ?? null,
    capacity,
    region,
    sector,
    dates,
    jobs,
    sources: sorted.map((m) => ({ document: m.document, deal: m.deal })),
    conflicts,
  };
}
