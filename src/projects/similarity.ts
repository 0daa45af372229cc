/**
 * When two deals are one project.
 *
 * A project is an object: something built or supplied, somewhere, by someone. Two deals read from
 * two articles are one project when nothing about the object contradicts and enough of it agrees.
 *
 * Contradictions (any one keeps the deals apart):
 * - the same document: the extractor already separated its deals;
 * - parties: both deals name parties, they share no key (sameKey: equal, or one a prefix of the
 *   other), and they cannot be two halves of one pair (one names only the Chinese side, the other
 *   only the Kazakh side: every party's country known and no country on both sides); or they
 *   share a key but name different parties of one country (Tencent and Huawei, each with
 *   Kazakhtelecom);
 * - region: both have one and they differ;
 * - sector: both have one and they differ (a company's polyethylene plant, petrochemicals, and its
 *   gas processing plant, oil_gas, are two projects);
 * - amount: both have a US dollar value and the two intervals are more than AMOUNT_TOLERANCE apart
 *   (each interval is the figure widened by its qualifier: "over X" is X..1.5X, "about X"
 *   0.85X..1.15X, "under X" X/1.5..X, a range its bounds); without a dollar value, the same
 *   currency and a different figure beyond the tolerance;
 * - capacity: a unit both give where no value of one is within CAPACITY_TOLERANCE of a value of
 *   the other (200 MW against 100 MW);
 * - start or completion dates more than DATE_SLACK_MONTHS apart (signing dates never split: a
 *   memorandum and the agreement that follows it are one project).
 *
 * Agreement ("evidence"): the same sector, the same region, amounts within tolerance, a shared
 * capacity, a start or completion within the slack, the same number of jobs. Then:
 * - with a shared party key, at least two pieces of evidence, one of them the sector, the amount
 *   or the capacity (the same company in the same region is not enough);
 * - with no shared party (one side names none, or the two sides are complementary), the same
 *   region, the same sector and a matching amount or capacity.
 */
import { skeletonOf } from "../organizations/keys.js";
import type { DealView, Interval } from "./view.js";

/** Reports round and convert (tenge, yuan and dollars at different rates): 15% apart is one figure. */
export const AMOUNT_TOLERANCE = 0.15;
/** Capacities are rounded less, but "1.2 million" and "1.25 million tonnes" must meet. */
export const CAPACITY_TOLERANCE = 0.15;
/** Schedules slip: a completion of 2027 in one report and 2028 in a later one is one plan. */
export const DATE_SLACK_MONTHS = 12;

export type PartyRelation = "shared" | "none" | "complementary" | "different";

/** Keys shorter than this never match by prefix ("china" would meet every "china…" key). */
export const MIN_PREFIX_KEY = 6;

/**
 * One organization under two keys: equal, or one a prefix of the other of at least MIN_PREFIX_KEY
 * letters ("sungrow" and "sungrowrenewablesdevelopment": a name given in full and in short), also once both
 * are reduced to their phonetic skeletons: a gazetteer name's key is its folded letters, another name's its
 * skeleton (organizations/keys.ts), so "China Power" (chinapover) and the gazetteer's "China Power International
 * Holding" (chinapowerinternationalholding) met on no prefix.
 */
export function sameKey(a: string, b: string): boolean {
  if (a === b || prefixOf(a, b)) return true;
  const sa = skeleton(a), sb = skeleton(b);
  return (sa !== a || sb !== b) && (sa === sb || prefixOf(sa, sb));
}

/**
 * Equal keys, or one a prefix of the other (sameKey without the skeletons): what blocking.ts files deals under. Speed:
 * with the skeletons' lookups for every pair a block holds, one run of 100,000 synthetic deals took 11.1 s against
 * 9.0 (bench-merge.mjs; without them, four alternating runs each were within the machine's noise, 7.6-12.6 s of CPU
 * before and 8.5-10.4 after); a pair that meets only by its skeletons is still found through its figures' blocks.
 */
export function samePrefixKey(a: string, b: string): boolean {
  return a === b || prefixOf(a, b);
}

function prefixOf(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= MIN_PREFIX_KEY && long.startsWith(short);
}

/** A key's skeleton (keys.ts skeletonOf), memoized: a merge compares the same keys again and again. */
const SKELETONS = new Map<string, string>();
const SKELETON_MEMO = 50_000;
function skeleton(key: string): string {
  let s = SKELETONS.get(key);
  if (s === undefined) {
    s = skeletonOf(key);
    if (SKELETONS.size >= SKELETON_MEMO) SKELETONS.clear();
    SKELETONS.set(key, s);
  }
  return s;
}

function shares(keys: readonly string[], others: readonly string[]): boolean {
  return keys.some((k) => others.some((o) => sameKey(k, o)));
}

function keysOf(view: DealView, country: string): string[] {
  return view.keys.filter((_, i) => view.countries[i] === country);
}

/**
 * How the parties of two deals relate: "shared" (a key in common, and no country whose parties
 * differ on the two sides: Tencent and Huawei each with Kazakhtelecom are two deals), "none" (one
 * side names no party), "complementary" (no key in common, every country known and none on both
 * sides: one article names the Chinese side, the other the Kazakh side), else "different".
 */
export function partyRelation(a: DealView, b: DealView): PartyRelation {
  if (a.keys.length === 0 || b.keys.length === 0) return "none";
  if (shares(a.keys, b.keys)) {
    for (const c of a.countries) {
      if (c === "") continue;
      const ours = keysOf(a, c);
      const theirs = keysOf(b, c);
      if (theirs.length > 0 && !shares(ours, theirs)) return "different";
    }
    return "shared";
  }
  if (a.countries.includes("") || b.countries.includes("")) return "different";
  for (const c of a.countries) if (b.countries.includes(c)) return "different";
  return "complementary";
}

/** Whether two intervals lie within `tolerance` (relative) of each other. */
function near([aLo, aHi]: Interval, [bLo, bHi]: Interval, tolerance: number): boolean {
  return aLo <= bHi * (1 + tolerance) && bLo <= aHi * (1 + tolerance);
}

/** true: amounts match; false: they contradict; null: nothing to compare. */
export function amountsMatch(a: DealView, b: DealView): boolean | null {
  if (a.usd && b.usd) return near(a.usd, b.usd, AMOUNT_TOLERANCE);
  if (a.unpriced && b.unpriced) {
    const [ca, va] = a.unpriced.split(":");
    const [cb, vb] = b.unpriced.split(":");
    if (ca !== cb) return null;
    return near([Number(va), Number(va)], [Number(vb), Number(vb)], AMOUNT_TOLERANCE);
  }
  return null;
}

/** true: a shared unit with a matching value; false: a shared unit with none; null: no shared unit. */
export function capacitiesMatch(a: DealView, b: DealView): boolean | null {
  let result: boolean | null = null;
  for (const ca of a.capacity) {
    const others = b.capacity.filter((cb) => cb.unit === ca.unit);
    if (others.length === 0) continue;
    const unitMatches = a.capacity.some((x) => x.unit === ca.unit && others.some((y) => near(x.range, y.range, CAPACITY_TOLERANCE)));
    if (!unitMatches) return false;
    result = true;
  }
  return result;
}

function datesNear(a: Interval | null, b: Interval | null): boolean | null {
  if (!a || !b) return null;
  return a[0] <= b[1] + DATE_SLACK_MONTHS && b[0] <= a[1] + DATE_SLACK_MONTHS;
}

/** true: a start or completion agrees; false: one contradicts; null: nothing to compare. */
export function datesMatch(a: DealView, b: DealView): boolean | null {
  const start = datesNear(a.start, b.start);
  const completion = datesNear(a.completion, b.completion);
  if (start === false || completion === false) return false;
  return start ?? completion;
}

/** Any contradiction listed above, the cheap checks first. */
export function contradicts(a: DealView, b: DealView): boolean {
  return (
    a.document === b.document ||
    (a.region !== null && b.region !== null && a.region !== b.region) ||
    (a.sector !== null && b.sector !== null && a.sector !== b.sector) ||
    amountsMatch(a, b) === false ||
    capacitiesMatch(a, b) === false ||
    datesMatch(a, b) === false ||
    partyRelation(a, b) === "different"
  );
}

/**
 * How strongly two deals are one project: 0 when they are not (a contradiction, or too little
 * agreement), else a score for choosing among candidate projects (a shared party counts 3, each
 * other agreement 1).
 */
export function linkScore(a: DealView, b: DealView): number {
  if (a.document === b.document) return 0;
  if (a.region !== null && b.region !== null && a.region !== b.region) return 0;
  if (a.sector !== null && b.sector !== null && a.sector !== b.sector) return 0;
  const amount = amountsMatch(a, b);
  if (amount === false) return 0;
  const capacity = capacitiesMatch(a, b);
  if (capacity === false) return 0;
  const dates = datesMatch(a, b);
  if (dates === false) return 0;
  const parties = partyRelation(a, b);
  if (parties === "different") return 0;
  const sector = a.sector !== null && a.sector === b.sector;
  const region = a.region !== null && a.region === b.region;
  const jobs = a.jobs !== null && a.jobs === b.jobs;
  const evidence = +sector + +region + +(amount === true) + +(capacity === true) + +(dates === true) + +jobs;
  if (parties === "shared") return evidence >= 2 && (sector || amount === true || capacity === true) ? 3 + evidence : 0;
  return region && sector && (amount === true || capacity === true) ? evidence : 0;
}
