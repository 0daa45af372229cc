/** Project records as CSV rows in tracker columns, quoted per RFC 4180 (src/csv.ts csvField). */
import { csvField, millions } from "../csv.js";
import type { DealParty } from "../types.js";
import type { ProjectRecord } from "./records.js";

export const PROJECT_CSV_COLUMNS = [
  "id", "kind", "parties", "chinese_party", "kazakh_party", "amount", "currency", "amount_usd_millions",
  "capacity", "unit", "region", "sector", "start", "completion", "jobs", "sources", "documents", "conflicts",
] as const;

export const PROJECT_CSV_HEADER = PROJECT_CSV_COLUMNS.join(",") + "\r\n";

function names(parties: DealParty[], country?: string): string {
  return parties.filter((p) => country === undefined || p.country === country).map((p) => p.name).join("; ");
}

/** "field: value [doc, doc] | value [doc]" for each conflict, "; " between fields. */
function conflictsText(record: ProjectRecord): string {
  return record.conflicts
    .map((c) => `${c.field}: ` + c.values.map((v) => `${describe(v.value)} [${v.sources.map((s) => s.document).join(", ")}]`).join(" | "))
    .join("; ");
}

function describe(value: unknown): string {
  if (typeof value !== "object" || value === null) return String(value);
  const v = value as Record<string, unknown>;
  if ("currency" in v) return [v.qualifier, v.amount, v.amountMax === undefined ? "" : `-${v.amountMax}`, v.currency].filter((x) => x !== undefined && x !== "").join(" ");
  if ("unit" in v) return [v.qualifier, v.value, v.unit].filter((x) => x !== undefined).join(" ");
  return JSON.stringify(value);
}

export function projectRow(record: ProjectRecord): string {
  const documents = [...new Set(record.sources.map((s) => s.document))];
  const fields = [
    record.id,
    record.kind,
    names(record.parties),
    names(record.parties, "CN"),
    names(record.parties, "KZ"),
    record.amount?.amount,
    record.amount?.currency,
    record.amountUsd === null ? null : millions(record.amountUsd),
    record.capacity.map((c) => c.value).join("; "),
    record.capacity.map((c) => c.unit).join("; "),
    record.region,
    record.sector,
    record.dates.start,
    record.dates.completion,
    record.jobs,
    record.sources.length,
    documents.join("; "),
    conflictsText(record),
  ];
  return fields.map(csvField).join(",") + "\r\n";
}
