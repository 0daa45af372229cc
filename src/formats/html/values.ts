/**
 * Normalized values as a reader sees them: "over 134,000,000,000 KZT", "5,000 t/day (клинкер)",
 * "2025 (end)", "unresolved (year −1)". Shared by the mention titles, the deal cards and the report.
 */
import { lazy } from "../../regex.js";
import type { DealAmount, DealCapacity, Mention } from "../../types.js";

// built on first use: an Intl.NumberFormat costs ~25 ms at import (ICU data), measured with --cpu-prof
const NUMBER = lazy(() => new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 }));

const QUALIFIER: Record<string, string> = { over: "over", under: "under", approx: "about", at_least: "at least" };

/** 171000000 → "171,000,000"; an exact decimal string is grouped as written. */
export function grouped(value: number | string): string {
  if (typeof value === "number") return NUMBER().format(value);
  const [whole, fraction] = value.split(".");
  return whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (fraction ? `.${fraction}` : "");
}

function qualified(qualifier: string | undefined, figure: string): string {
  return qualifier ? `${QUALIFIER[qualifier] ?? qualifier} ${figure}` : figure;
}

type Amount = Pick<DealAmount, "amount" | "amountMax" | "amountExact" | "amountMaxExact" | "currency" | "qualifier">;

export function amountText(a: Amount): string {
  const low = grouped(a.amountExact ?? a.amount);
  const high = a.amountMax === undefined ? "" : `–${grouped(a.amountMaxExact ?? a.amountMax)}`;
  return qualified(a.qualifier, `${low}${high} ${a.currency}`);
}

type Capacity = Pick<DealCapacity, "value" | "unit" | "qualifier" | "commodity"> & { valueMax?: number };

export function capacityText(c: Capacity): string {
  const high = c.valueMax === undefined ? "" : `–${grouped(c.valueMax)}`;
  return qualified(c.qualifier, `${grouped(c.value)}${high} ${c.unit}`) + (c.commodity ? ` (${c.commodity})` : "");
}

/** US dollars in short form: "$171 M", "$1.25 bn", "$950 K". */
export function usdShort(usd: number): string {
  const abs = Math.abs(usd);
  if (abs >= 1e9) return `$${+(usd / 1e9).toPrecision(3)} bn`;
  if (abs >= 1e6) return `$${+(usd / 1e6).toPrecision(3)} M`;
  if (abs >= 1e3) return `$${+(usd / 1e3).toPrecision(3)} K`;
  return `$${+usd.toPrecision(3)}`;
}

/** A relative date's anchor: { unit: "year", offset: -1 } → "year −1"; { month: 5, day: 10 } → "month 5, day 10". */
export function anchorText(anchor: unknown): string {
  if (typeof anchor !== "object" || anchor === null) return String(anchor);
  const a = anchor as Record<string, unknown>;
  if (typeof a.unit === "string" && typeof a.offset === "number") {
    const rest = Object.entries(a).filter(([k]) => k !== "unit" && k !== "offset");
    const sign = a.offset > 0 ? "+" : a.offset < 0 ? "−" : "±";
    return [`${a.unit} ${sign}${Math.abs(a.offset)}`, ...rest.map(([k, v]) => `${k} ${String(v)}`)].join(", ");
  }
  return Object.entries(a).map(([k, v]) => `${k} ${typeof v === "object" ? JSON.stringify(v) : String(v)}`).join(", ");
}

/** True for a date mention that no reference date resolved (contract v1.1: `value: null`). */
export function isUnresolved(m: Mention): boolean {
  return m.type === "date" && (m as { value: unknown }).value === null;
}

function dateText(m: Mention & { type: "date" }): string {
  const anchor = (m as { anchor?: unknown }).anchor;
  if (isUnresolved(m)) return anchor === undefined ? "unresolved" : `unresolved (${anchorText(anchor)})`;
  const notes = [m.modifier, m.relative ? "relative" : undefined].filter((x) => x !== undefined);
  return m.value + (notes.length > 0 ? ` (${notes.join(", ")})` : "");
}

const MENTION_FIELDS = new Set(["type", "start", "end", "text"]);

/** The normalized value of a mention of any type, as one line. */
export function mentionValue(m: Mention): string {
  switch (m.type) {
    case "money":
      return amountText(m);
    case "capacity":
      return capacityText(m);
    case "date":
      return dateText(m);
    case "organization": {
      const extra = [m.legalForm, m.country].filter((x) => x !== undefined);
      return m.name + (extra.length > 0 ? ` (${extra.join(", ")})` : "");
    }
    default: {
      // A type added after this view was written: its fields as they are.
      const other = m as unknown as Record<string, unknown>;
      const fields = Object.entries(other).filter(([k]) => !MENTION_FIELDS.has(k));
      return fields.map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`).join(", ");
    }
  }
}
