/** Deals as CSV rows in tracker columns, quoted per RFC 4180. */
import type { Deal, ExtractionResult } from "./types.js";

export const CSV_COLUMNS = [
  "document", "date", "kind", "chinese_party", "kazakh_party", "other_parties", "amount", "currency",
  "amount_millions", "amount_usd_millions", "capacity", "unit", "region", "sector", "start", "completion", "jobs", "evidence",
  // (added last: readers of the earlier columns by position keep them)
  "status",
] as const;

export const CSV_HEADER = CSV_COLUMNS.join(",") + "\r\n";

/** Quotes a field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function partyNames(deal: Deal, country: string | null): string {
  return deal.parties
    .filter((p) => (country === null ? p.country !== "CN" && p.country !== "KZ" : p.country === country))
    .map((p) => p.name)
    .join("; ");
}

/** Millions with at most 4 decimals (rounded to the hundred), so that no float noise shows. */
export function millions(amount: number): string {
  return String(Math.round(amount / 100) / 10000);
}

export function dealRow(documentId: string, result: ExtractionResult, deal: Deal, text: string): string {
  const evidence = deal.evidence.map((s) => text.slice(s.start, s.end).replace(/\s+/g, " ").trim()).join(" … ");
  const fields = [
    documentId,
    result.referenceDate,
    deal.kind,
    partyNames(deal, "CN"),
    partyNames(deal, "KZ"),
    partyNames(deal, null),
    deal.amount?.amount,
    deal.amount?.currency,
    deal.amount ? millions(deal.amount.amount) : null,
    deal.amountUsd === null ? null : millions(deal.amountUsd),
    deal.capacity.map((c) => c.value).join("; "),
    deal.capacity.map((c) => c.unit).join("; "),
    deal.region,
    deal.sector,
    deal.dates.start,
    deal.dates.completion,
    deal.jobs,
    evidence,
    deal.status,
  ];
  return fields.map(csvField).join(",") + "\r\n";
}

export function dealsToCsv(documentId: string, result: ExtractionResult, text: string): string {
  return result.deals.map((d) => dealRow(documentId, result, d, text)).join("");
}
