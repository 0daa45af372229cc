/**
 * `resolveDate`: resolves a relative date mention left without a value (no reference date, or
 * one too coarse) once the reference date is known, from its `anchor`, without reading the text again.
 */
import { kindOf, validateReferenceDate } from "../options.js";
import type { DateMention } from "../types.js";
import { partsOfAnchor, resolveParts, UNRESOLVED } from "./resolve.js";

/**
 * The mention with the value its anchor gives at `referenceDate` (ISO "2025-10-09", "2025-10",
 * "2025", or a Date read as its local calendar day, as `extract` reads it). A mention that has a
 * value, or has no anchor, is returned as it is; so is one the date is still too coarse for (a day
 * under "2025-10"). A mention resolved here counts from the reference date only: a yearless date
 * whose year `extract` would have taken from a year named earlier in the text takes the reference year.
 */
export function resolveDate(mention: DateMention, referenceDate: string | Date): DateMention {
  if (typeof mention !== "object" || mention === null || (mention as { type?: unknown }).type !== "date") {
    throw new TypeError(`kzdeals.resolveDate: mention must be a date mention (type "date", from extract), got ${typeof mention === "object" && mention !== null ? `type ${JSON.stringify((mention as { type?: unknown }).type)}` : kindOf(mention)}`);
  }
  let reference;
  try {
    reference = validateReferenceDate(referenceDate);
  } catch (e) {
    throw new RangeError((e as Error).message.replace(/^kzdeals\.extract: option "referenceDate"/, "kzdeals.resolveDate: referenceDate"));
  }
  if (reference === null) throw new TypeError("kzdeals.resolveDate: a reference date is needed");
  if (mention.value !== null || !mention.anchor) return mention;
  const resolved = resolveParts(partsOfAnchor(mention.anchor), { reference, previousYear: null });
  if (resolved === UNRESOLVED || resolved === null) return mention;
  return { ...mention, value: resolved.value };
}
