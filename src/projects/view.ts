/**
 * The compact view of one deal that merging compares: its party keys, place, object and figures as
 * intervals. Built once per input deal; the full deal is kept beside it as a JSON string (minus its
 * evidence spans, which point into a text the merge never sees), in memory or in a file
 * (store.ts), to build the project record at the end. Repeated strings (keys, regions, units) are
 * shared.
 */
import { ownString } from "../own-string.js";
import { organizationKey } from "../organizations/keys.js";
import type { Deal } from "../types.js";

/** A deal as merging keeps it: the contract's deal without `evidence`. */
export type SourceDeal = Omit<Deal, "evidence">;

export interface DealRef {
  /** The document id (`id` of the extraction result), as a string. */
  document: string;
  /** Index of the deal in that document's `deals`. */
  deal: number;
}

/** A closed interval [lo, hi]. */
export type Interval = readonly [number, number];

export interface CapacityView {
  unit: string;
  range: Interval;
}

export interface DealView extends DealRef {
  /** Party keys, in party order (the key on the party, else organizationKey(name)). */
  keys: string[];
  /** The country of each party in `keys` order, or "" when unknown. */
  countries: string[];
  region: string | null;
  sector: string | null;
  /** The amount in US dollars as an interval widened by its qualifier; null without amountUsd. */
  usd: Interval | null;
  /** The amount in its own currency ("KZT:80000000000") when it has no US dollar value. */
  unpriced: string | null;
  capacity: CapacityView[];
  /** Dates as month intervals (year * 12 + month - 1). */
  start: Interval | null;
  completion: Interval | null;
  signed: Interval | null;
  jobs: number | null;
  /** JSON of the deal without `evidence`, or the merger's handle to it in its store (store.ts). */
  stored: string | number;
  /** The project holding the deal, set by the merger. */
  project: unknown;
}

/** A deal with its place in the input, as records are built from. */
export interface SourcedDeal extends DealRef {
  source: SourceDeal;
}

const INTERNED = new Map<string, string>();
/** One shared copy of a string that many deals repeat (JSON.parse makes a new one each time). */
function intern(s: string): string {
  const known = INTERNED.get(s);
  if (known !== undefined) return known;
  if (INTERNED.size >= 1_000_000) return s;
  // a copy that keeps no document alive (a name from extract() in the same process is a slice of its document)
  const owned = ownString(s);
  INTERNED.set(owned, owned);
  return owned;
}

/**
 * What a qualifier lets the true figure be, as factors of the written one: "over 100" is read as
 * 100 to 150, "under 100" as 67 to 100, "about 100" as 85 to 115.
 */
const QUALIFIER_SPAN: Record<string, Interval> = {
  over: [1, 1.5],
  at_least: [1, 1.5],
  under: [1 / 1.5, 1],
  approx: [0.85, 1.15],
};

function widened(lo: number, hi: number, qualifier: string | undefined): Interval {
  const [down, up] = (qualifier && QUALIFIER_SPAN[qualifier]) || [1, 1];
  return [lo * down, hi * up];
}

const DATE_PART = /^(\d{4})(?:-(Q[1-4]|H[12]|\d{2}))?(?:-\d{2})?$/;

/** One ISO date part as a month interval: "2025" → Jan..Dec 2025, "2025-Q2" → Apr..Jun. */
function monthsOf(part: string): Interval | null {
  const m = DATE_PART.exec(part);
  if (!m) return null;
  const base = Number(m[1]) * 12;
  const sub = m[2];
  if (sub === undefined) return [base, base + 11];
  if (sub[0] === "Q") { const q = Number(sub[1]) - 1; return [base + q * 3, base + q * 3 + 2]; }
  if (sub[0] === "H") { const h = Number(sub[1]) - 1; return [base + h * 6, base + h * 6 + 5]; }
  return [base + Number(sub) - 1, base + Number(sub) - 1];
}

/** A date value ("2025", "2025-05-10", "2026/2028", "2024-06/2024-08") as a month interval, or null. */
export function dateInterval(value: string | undefined): Interval | null {
  if (!value) return null;
  const [from, to] = value.split("/");
  const a = monthsOf(from!);
  const b = to === undefined ? a : monthsOf(to);
  return a && b ? [Math.min(a[0], b[0]), Math.max(a[1], b[1])] : null;
}

/** The comparable view of a deal of `document`. */
export function viewOf(document: string, index: number, deal: Deal | SourceDeal): DealView {
  const { evidence: _evidence, ...source } = deal as Deal;
  const keys: string[] = [];
  const countries: string[] = [];
  for (const p of deal.parties) {
    const key = intern(p.key ?? organizationKey(p.name));
    if (keys.includes(key)) continue;
    keys.push(key);
    countries.push(intern(p.country ?? ""));
  }
  const amount = deal.amount;
  let usd: Interval | null = null;
  if (amount && typeof deal.amountUsd === "number" && deal.amountUsd > 0) {
    usd = widened(deal.amountUsd, deal.amountUsdMax ?? deal.amountUsd, amount.qualifier);
  }
  const unpriced = amount && !usd ? `${amount.currency}:${amount.amount}` : null;
  return {
    document,
    deal: index,
    keys,
    countries,
    region: deal.region ? intern(deal.region) : null,
    sector: deal.sector ? intern(deal.sector) : null,
    usd,
    unpriced,
    capacity: (deal.capacity ?? []).map((c) => ({ unit: intern(c.unit), range: widened(c.value, c.value, c.qualifier) })),
    start: dateInterval(deal.dates?.start),
    completion: dateInterval(deal.dates?.completion),
    signed: dateInterval(deal.dates?.signed),
    jobs: deal.jobs ?? null,
    stored: JSON.stringify(source),
    project: undefined,
  };
}
