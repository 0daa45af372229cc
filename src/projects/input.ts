/**
 * What merging reads of its input, checked before it is read: an extraction result (a line of `kzdeals extract
 * --jsonl`) and its deals. A result or deal of another shape gets a TypeError naming the document and the field,
 * rather than an error from deep inside merging, or a document counted with nothing read.
 */
import { kindOf } from "../options.js";
import type { IdentifiedResult } from "./merge.js";

/** A result or deal merging cannot read (a TypeError: `kzdeals merge` skips its line, naming it). */
export class MergeInputError extends TypeError {}

/** Checks one result given to ProjectMerger.add (`document`: its id, or "#n" when it has none). */
export function checkResult(result: unknown, document: () => string): asserts result is IdentifiedResult {
  const TypeError = MergeInputError;
  if (typeof result !== "object" || result === null || Array.isArray(result)) {
    throw new TypeError(`kzdeals.ProjectMerger.add: a result must be an object ({ id, deals, … } as extract gives it), got ${kindOf(result)}`);
  }
  const deals = (result as { deals?: unknown }).deals;
  if (deals === undefined || deals === null) return;
  const where = (field: string) => `kzdeals.ProjectMerger.add: result ${document()}: ${field}`;
  if (!Array.isArray(deals)) throw new TypeError(`${where("deals")} must be an array, got ${kindOf(deals)}`);
  deals.forEach((deal: unknown, i) => {
    const at = (field: string) => where(`deals[${i}]${field}`);
    if (typeof deal !== "object" || deal === null || Array.isArray(deal)) throw new TypeError(`${at("")} must be a deal object, got ${kindOf(deal)}`);
    const d = deal as Record<string, unknown>;
    if (typeof d.kind !== "string") throw new TypeError(`${at(".kind")} must be a string, got ${kindOf(d.kind)}`);
    if (!Array.isArray(d.parties) || !d.parties.every((p) => typeof p === "object" && p !== null && typeof (p as { name?: unknown }).name === "string")) {
      throw new TypeError(`${at(".parties")} must be an array of { name }, got ${Array.isArray(d.parties) ? "an array with another item" : kindOf(d.parties)}`);
    }
    if (d.amount !== null && (typeof d.amount !== "object" || typeof (d.amount as { amount?: unknown }).amount !== "number" ||
      typeof (d.amount as { currency?: unknown }).currency !== "string")) {
      throw new TypeError(`${at(".amount")} must be null or { amount, currency }, got ${kindOf(d.amount)}`);
    }
    if (!Array.isArray(d.capacity) || !d.capacity.every((c) => typeof c === "object" && c !== null &&
      typeof (c as { value?: unknown }).value === "number" && typeof (c as { unit?: unknown }).unit === "string")) {
      throw new TypeError(`${at(".capacity")} must be an array of { value, unit }, got ${Array.isArray(d.capacity) ? "an array with another item" : kindOf(d.capacity)}`);
    }
    if (typeof d.dates !== "object" || d.dates === null || Array.isArray(d.dates)) throw new TypeError(`${at(".dates")} must be an object, got ${kindOf(d.dates)}`);
  });
}
