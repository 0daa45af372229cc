/**
 * Counts of products that share one rate word: "3,000 tractors and 500 combines a year" is 3,000 and 500 units a
 * year, and so is "жылына 3 мың трактор және 500 комбайн". A count of products with no rate of its own is no capacity
 * (a fleet, an order, see rateUnit); right beside a rated count, joined by a comma or a word of the language's
 * sharedRateLinks (lexicons/units.ts), it takes that count's rate. Mass and volume keep their own reading: "Склад
 * вмещает 500 тонн и 300 тонн в год" is a stock, then a rate; but two products, each named, share the rate written
 * once (shareProductRates: "500,000 tonnes of urea and 330,000 tonnes of ammonia per year", "жылына 500 мың тонна
 * карбамид және 330 мың тонна аммиак").
 */
import type { Period } from "../../lexicons/units.js";
import type { CapacityMention } from "../types.js";

/** A count of products read with no rate, kept until the next count tells whether it shares that one's rate. */
export interface UnratedCount {
  start: number;
  end: number;
  value: number;
}

/** The last rated count of products: the rate a count right after it may share. */
export interface RatedCount {
  end: number;
  rate: Period;
}

/** At most this many characters between two counts that share a rate (", as well as " is 13). */
const MAX_LINK = 16;

/**
 * Whether N[from, to) joins two counts: blanks with a comma, or one of `links` (lower case, one space between
 * words), after a comma or not.
 */
export function linksCounts(N: string, from: number, to: number, links: ReadonlySet<string>): boolean {
  if (to < from || to - from > MAX_LINK) return false;
  let between = N.slice(from, to).trim();
  const comma = between.startsWith(",");
  if (comma) between = between.slice(1).trim();
  if (between === "") return comma;
  return links.has(between.toLowerCase().replace(/\s+/g, " "));
}

/** At most this many characters between two figures of products that share one rate ("тонн карбамида и "). */
const MAX_PRODUCT_GAP = 40;

/**
 * Gives a figure of mass or volume with no rate the rate of the figure right beside it, in place, when the two name
 * their products (one of them at least, and not the same) and only the first's product and a link stand between
 * ("500,000 tonnes of urea and 330,000 tonnes of ammonia per year": 500,000 t/year too). Not a rate converted from
 * another period (asWritten), nor two figures of one product or none.
 */
export function shareProductRates(N: string, mentions: CapacityMention[], links: ReadonlySet<string>): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!, b = mentions[i + 1]!;
    if ((a.commodity === undefined && b.commodity === undefined) || a.commodity === b.commodity) continue;
    if (!productLink(N, a.end, b.start, links)) continue;
    if (!a.unit.includes("/") && b.unit.startsWith(`${a.unit}/`) && b.asWritten === undefined) a.unit = b.unit;
    else if (!b.unit.includes("/") && a.unit.startsWith(`${b.unit}/`) && a.asWritten === undefined) b.unit = a.unit;
  }
}

/** Whether N[from, to) is a product's words and a link (a comma or one of `links`, as whole words), no figure or clause break. */
function productLink(N: string, from: number, to: number, links: ReadonlySet<string>): boolean {
  if (to < from || to - from > MAX_PRODUCT_GAP) return false;
  const between = N.slice(from, to).toLowerCase();
  if (/[\d.;:!?]/u.test(between)) return false;
  // (the link right before the second figure: not "stores 20,000 tonnes of grain and ships 50,000 tonnes …")
  const trimmed = between.trimEnd();
  if (trimmed.endsWith(",")) return true;
  return links.has(trimmed.split(/[^\p{L}-]+/u).pop() ?? "");
}
