/**
 * Candidate blocks: a deal is compared only with deals that share a block with it, so that merging
 * costs about one block's worth of comparisons per deal instead of one per deal seen.
 *
 * The blocks follow the two ways a link can be made (similarity.ts):
 * - a shared party key: `p|head|sector`, where head is the key's first 6 letters (so that keys one
 *   of which is a prefix of the other, similarity.ts sameKey, meet) and sector is "-" when unknown.
 *   A deal with a sector looks in its own sector and in "-"; one without looks in every sector.
 * - no shared party, so the same region and sector and a matching figure: `a|region|sector|bucket`
 *   for the US dollar amount and `c|region|sector|unit|bucket` for each capacity, where a bucket is
 *   a power of two. A deal is filed under the buckets its own interval covers and looks in the
 *   buckets its interval widened by the tolerance covers, so two figures within tolerance always
 *   share a bucket.
 */
import { AMOUNT_TOLERANCE, CAPACITY_TOLERANCE, MIN_PREFIX_KEY } from "./similarity.js";
import type { DealView, Interval } from "./view.js";

const SECTORS = [
  "energy", "oil_gas", "petrochemicals", "mining", "metallurgy", "manufacturing", "construction_materials",
  "agriculture", "food", "textiles", "logistics", "transport", "healthcare", "education", "tourism", "it",
  "finance", "real_estate", "other", "-",
];

function buckets([lo, hi]: Interval, widen: number): number[] {
  if (!(lo > 0) || !Number.isFinite(hi)) return [];
  const first = Math.floor(Math.log2(lo / (1 + widen)));
  const last = Math.floor(Math.log2(hi * (1 + widen)));
  const out: number[] = [];
  for (let b = first; b <= last; b++) out.push(b);
  return out;
}

function figureBlocks(view: DealView, widen: boolean): string[] {
  if (view.region === null || view.sector === null) return [];
  const place = `${view.region}|${view.sector}`;
  const out: string[] = [];
  if (view.usd) for (const b of buckets(view.usd, widen ? AMOUNT_TOLERANCE : 0)) out.push(`a|${place}|${b}`);
  if (view.unpriced) {
    const [currency, value] = view.unpriced.split(":");
    const v = Number(value);
    for (const b of buckets([v, v], widen ? AMOUNT_TOLERANCE : 0)) out.push(`u|${place}|${currency}|${b}`);
  }
  for (const c of view.capacity) {
    for (const b of buckets(c.range, widen ? CAPACITY_TOLERANCE : 0)) out.push(`c|${place}|${c.unit}|${b}`);
  }
  return out;
}

function heads(view: DealView): string[] {
  return [...new Set(view.keys.map((k) => k.slice(0, MIN_PREFIX_KEY)))];
}

/** The blocks a deal is filed under. */
export function indexKeys(view: DealView): string[] {
  const sector = view.sector ?? "-";
  return [...heads(view).map((k) => `p|${k}|${sector}`), ...figureBlocks(view, false)];
}

/** The blocks a deal looks in for candidates. */
export function queryKeys(view: DealView): string[] {
  const sectors = view.sector === null ? SECTORS : [view.sector, "-"];
  const out: string[] = [];
  for (const k of heads(view)) for (const s of sectors) out.push(`p|${k}|${s}`);
  return [...out, ...figureBlocks(view, true)];
}
