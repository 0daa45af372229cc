/**
 * The tracker report of `kzdeals merge --format html`: totals in US dollars by region and by sector,
 * and a sortable, filterable table of projects, each expandable to its sources with the quoted
 * evidence from each article (when the articles' texts are given).
 */
import type { ProjectRecord } from "../../projects/records.js";
import type { DealRef } from "../../projects/view.js";
import { barChart, totals } from "./charts.js";
import { attrs, esc } from "./escape.js";
import { page } from "./page.js";
import { REPORT_SCRIPT } from "./scripts.js";
import { amountText, capacityText, usdShort } from "./values.js";

/** The evidence sentences of a source deal, as text; undefined when its article is not at hand. */
export type QuoteLookup = (ref: DealRef) => string[] | undefined;

interface Column {
  title: string;
  numeric?: boolean;
}

const COLUMNS: Column[] = [
  { title: "Parties" }, { title: "Kind" }, { title: "Region" }, { title: "Sector" }, { title: "USD", numeric: true },
  { title: "Capacity" }, { title: "Start" }, { title: "Completion" }, { title: "Sources", numeric: true }, { title: "Id" },
];

function headRow(): string {
  const cells = COLUMNS.map((c, i) =>
    `<th scope="col"><button type="button"${attrs({ "data-col": i + 1, "data-type": c.numeric ? "num" : "text" })}>${esc(c.title)}</button></th>`);
  return `<thead><tr><th scope="col" aria-label="sources"></th>${cells.join("")}</tr></thead>`;
}

/** A cell; `sort` is the value sorted on when it is not the text (a number; null sorts last). */
function cell(text: string, options: { sort?: number | null; cls?: string } = {}): string {
  const shown = text === "" ? `<span class="none">–</span>` : esc(text);
  return `<td${attrs({ class: options.cls, "data-v": options.sort === undefined ? null : options.sort ?? "" })}>${shown}</td>`;
}

function sourcesRow(record: ProjectRecord, quotes: QuoteLookup): string {
  const conflicts = record.conflicts.map((c) =>
    `<li class="conflict">${esc(c.field)}: ${c.values.map((v) => `${esc(describe(v.value))} [${esc(v.sources.map((s) => s.document).join(", "))}]`).join(" | ")}</li>`);
  const sources = record.sources.map((ref) => {
    const quoted = quotes(ref);
    const body = quoted === undefined
      ? `<p class="none">article text not given (merge --texts)</p>`
      : quoted.map((q) => `<blockquote>${esc(q)}</blockquote>`).join("");
    return `<div class="src"><b>${esc(ref.document)}</b>, deal ${ref.deal + 1}${body}</div>`;
  });
  const signed = record.dates.signed ? `<p>signed ${esc(record.dates.signed)}</p>` : "";
  const amount = record.amount ? `<p>amount as written: ${esc(amountText(record.amount))}</p>` : "";
  const partOf = record.partOf ? `<p>part of ${esc(record.partOf)}</p>` : "";
  return `<tr class="sources" hidden><td colspan="${COLUMNS.length + 1}">${amount}${signed}${partOf}` +
    (conflicts.length > 0 ? `<ul>${conflicts.join("")}</ul>` : "") + sources.join("") + `</td></tr>`;
}

function describe(value: unknown): string {
  if (typeof value !== "object" || value === null) return String(value);
  const v = value as Record<string, unknown>;
  if ("currency" in v) return amountText(v as unknown as Parameters<typeof amountText>[0]);
  if ("unit" in v) return capacityText(v as unknown as Parameters<typeof capacityText>[0]);
  return JSON.stringify(value);
}

/**
 * Rows shown at first, and added each time the reader reaches the end: the first rows are written
 * visible, the rest hidden. Measured on a 1,000-document report (2,057 projects) in headless
 * chromium on a loaded 2-core machine: every row visible took 3-5 s to open and 1.3-4 s to sort.
 */
const PAGE_ROWS = 100;

/** "framework_agreement" → "framework agreement": a code as words, which can wrap. */
function words(code: string): string {
  return code.replace(/_/g, " ");
}

function projectBody(record: ProjectRecord, quotes: QuoteLookup, hidden: boolean): string {
  const parties = record.parties.map((p) => p.name + (p.country ? ` (${p.country})` : "")).join("; ");
  const capacity = record.capacity.map(capacityText).join("; ");
  const search = [record.id, parties, record.kind, record.region, record.sector, ...record.sources.map((s) => s.document)]
    .filter((x) => x).join(" ").toLowerCase();
  const row = `<tr><td><button type="button" class="expand" aria-expanded="false"${attrs({ "aria-label": `sources of ${record.id}` })}>+</button></td>` +
    cell(parties) + cell(words(record.kind)) + cell(record.region ?? "") + cell(words(record.sector ?? "")) +
    cell(record.amountUsd === null ? "" : usdShort(record.amountUsd), { sort: record.amountUsd, cls: "num" }) +
    cell(capacity) + cell(record.dates.start ?? "") + cell(record.dates.completion ?? "") +
    cell(String(record.sources.length), { sort: record.sources.length, cls: "num" }) + cell(record.id, { cls: "id" }) + `</tr>`;
  return `<tbody${attrs({ "data-search": search, "data-region": record.region ?? "", "data-sector": record.sector ?? "" })}${hidden ? " hidden" : ""}>${row}${sourcesRow(record, quotes)}</tbody>`;
}

function options(values: Iterable<string | null>): string {
  const distinct = [...new Set([...values].filter((v): v is string => v !== null))].sort();
  return distinct.map((v) => `<option${attrs({ value: v })}>${esc(v)}</option>`).join("");
}

/** The whole report page. */
export function reportPage(records: readonly ProjectRecord[], summary: { documents: number; deals: number }, quotes: QuoteLookup): string {
  // Items of a package (partOf) are left out of the totals: the package's amount already holds them.
  const counted = records.filter((r) => r.partOf === undefined);
  const usd = (r: ProjectRecord) => r.amountUsd;
  const byRegion = barChart("Total by region, US dollars", totals(counted, (r) => r.region, usd, "(no region)"));
  const bySector = barChart("Total by sector, US dollars", totals(counted, (r) => (r.sector ? words(r.sector) : null), usd, "(no sector)"));
  const priced = counted.filter((r) => r.amountUsd !== null).length;
  const header = `<h1>kzdeals tracker report: ${records.length} project(s) from ${summary.deals} deal(s) in ${summary.documents} document(s)</h1>`;
  const body = `<section class="charts" aria-label="totals">${byRegion}${bySector}</section>
<p class="meta">Totals count ${priced} project(s) with an amount in US dollars; projects that are part of a package are counted in the package only.</p>
<div class="controls"><label>Filter <input id="filter-text" type="search" placeholder="party, id, document…"></label>
<label>Region <select id="filter-region"><option value="">all</option>${options(records.map((r) => r.region))}</select></label>
<label>Sector <select id="filter-sector"><option value="">all</option>${options(records.map((r) => r.sector))}</select></label>
<span id="shown" aria-live="polite"></span></div>
<div class="table-wrap"><table class="projects"${attrs({ "data-page": PAGE_ROWS })}>${headRow()}
${records.map((r, i) => projectBody(r, quotes, i >= PAGE_ROWS)).join("\n")}
</table></div>
<p id="more" hidden><button type="button">show more projects</button></p>`;
  return page("kzdeals tracker report", header, body, REPORT_SCRIPT);
}
