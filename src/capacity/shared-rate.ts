/**
 * Counts of products that share one rate word: "3,000 tractors and 500 combines a year" is 3,000 and 500 units a
 * year, and so is "жылына 3 мың трактор және 500 комбайн". A count of products with no rate of its own is no capacity
 * (a fleet, an order, see rateUnit); right beside a rated count, joined by a comma or a word of the language's
 * sharedRateLinks (lexicons/units.ts), it takes that count's rate. Mass and volume keep their own reading: "Склад
 * вмещает 500 тонн и 300 тонн в год" is a stock, then a rate.
 */
import type { Period } from "../../lexicons/units.js";

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
