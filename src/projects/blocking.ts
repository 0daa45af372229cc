/**
 * Candidate blocks: a deal is compared only with deals that share a block with it, so that merging
 * costs about one block's worth of comparisons per deal instead of one per deal seen.
 *
 * The blocks follow the two ways a link can be made (similarity.ts):
 * - a shared party key: `p|key|sector` (sector "-" when unknown). A deal with a sector looks in its
 *   own sector and in "-"; one without looks in every sector. Keys that match by prefix
 *   (similarity.ts sameKey: "sungrow", "sungrowrenewables") are found through the list of
 *   distinct keys under each 6-letter head, so a block holds one key only.
 * - no shared party, so the same region and sector and a matching figure: `a|region|sector|bucket`
 *   for the US dollar amount and `c|region|sector|unit|bucket` for each capacity, where a bucket is
 *   a factor of 1.25. A deal is filed under the buckets its own interval covers and looks in the
 *   buckets its interval widened by the tolerance covers, so two figures within tolerance always
 *   share a bucket.
 * A block is searched in its latest BLOCK_LIMIT entries only (a company with thousands of deals in
 * one sector), which bounds the cost per deal.
 */
import { AMOUNT_TOLERANCE, CAPACITY_TOLERANCE, MIN_PREFIX_KEY, samePrefixKey } from "./similarity.js";
import type { DealView, Interval } from "./view.js";

const SECTORS = [
  "energy", "oil_gas", "petrochemicals", "mining", "metallurgy", "manufacturing", "construction_materials",
  "agriculture", "food", "textiles", "logistics", "transport", "healthcare", "education", "tourism", "it",
  "finance", "real_estate", "other", "-",
];

export const BLOCK_LIMIT = 1000;

/**
 * Figures are bucketed by factors of 1.25, about the tolerance, rather than 2: 1 million synthetic
 * deals took 260 CPU s instead of 276 (one run each, scripts/bench-merge.mjs; no difference at 200,000).
 */
const LOG_BUCKET = Math.log(1.25);

function buckets([lo, hi]: Interval, widen: number): number[] {
  if (!(lo > 0) || !Number.isFinite(hi)) return [];
  const first = Math.floor(Math.log(lo / (1 + widen)) / LOG_BUCKET);
  const last = Math.floor(Math.log(hi * (1 + widen)) / LOG_BUCKET);
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

export class Blocks {
  private readonly blocks = new Map<string, DealView[]>();
  /** Distinct party keys by their first MIN_PREFIX_KEY letters. */
  private readonly keysByHead = new Map<string, string[]>();

  /** Files a deal under its blocks. */
  add(view: DealView): void {
    const sector = view.sector ?? "-";
    for (const key of view.keys) {
      this.file(`p|${key}|${sector}`, view);
      const head = key.slice(0, MIN_PREFIX_KEY);
      const known = this.keysByHead.get(head);
      if (!known) this.keysByHead.set(head, [key]);
      else if (!known.includes(key)) known.push(key);
    }
    for (const block of figureBlocks(view, false)) this.file(block, view);
  }

  private file(block: string, view: DealView): void {
    const list = this.blocks.get(block);
    if (list) list.push(view);
    else this.blocks.set(block, [view]);
  }

  /** The deals sharing a block with `view`, each once, latest first within a block. */
  *candidates(view: DealView): Generator<DealView> {
    const seen = new Set<DealView>();
    const sectors = view.sector === null ? SECTORS : [view.sector, "-"];
    const names: string[] = [];
    for (const key of view.keys) {
      for (const k of this.keysByHead.get(key.slice(0, MIN_PREFIX_KEY)) ?? []) {
        if (samePrefixKey(k, key)) for (const s of sectors) names.push(`p|${k}|${s}`);
      }
    }
    names.push(...figureBlocks(view, true));
    for (const name of names) {
      const list = this.blocks.get(name);
      if (!list) continue;
      for (let i = list.length - 1, n = 0; i >= 0 && n < BLOCK_LIMIT; i--, n++) {
        const other = list[i]!;
        if (seen.has(other)) continue;
        seen.add(other);
        yield other;
      }
    }
  }
}
