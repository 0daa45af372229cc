/** Scoring a folder of gold files: extract each document, score it, and the table with its one-line summary. */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { extract } from "../extract.js";
import { loadGold } from "./gold.js";
import {
  DEAL_FIELDS, MENTION_TYPES, prf, scoreDocument, summarize, type DocumentScore, type EvalSummary, type GoldDocument,
} from "./score.js";

/** Where a gold file's document is: --docs, the gold folder itself, or a sibling "seeds" folder. */
function findDocument(gold: GoldDocument, goldDir: string, docsDir?: string): string {
  const candidates = docsDir ? [join(docsDir, gold.file)] : [join(goldDir, gold.file), join(goldDir, "..", "seeds", gold.file)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`eval: document ${gold.file} not found (looked in ${candidates.map((c) => resolve(c)).join(", ")})`);
  return found;
}

export function evaluate(goldDir: string, docsDir?: string): { scores: DocumentScore[]; summary: EvalSummary } {
  const scores = loadGold(goldDir).map((gold) => {
    const text = readFileSync(findDocument(gold, goldDir, docsDir), "utf8");
    const result = extract(text);
    return scoreDocument(gold, result.mentions, result.deals);
  });
  return { scores, summary: summarize(scores) };
}

const f2 = (x: number | null) => (x === null ? "  -  " : x.toFixed(2));

export function formatTable(scores: DocumentScore[], summary: EvalSummary, verbose: boolean): string {
  const lines: string[] = [];
  const head = ["document".padEnd(28), ...MENTION_TYPES.map((t) => t.slice(0, 8).padStart(9)), "deals".padStart(7)].join(" ");
  lines.push("F1 per document (tp/fp/fn in the totals below)", head);
  for (const s of scores) {
    const cells = MENTION_TYPES.map((t) => f2(prf(s.mentions[t]).f1).padStart(9));
    lines.push([s.file.slice(0, 28).padEnd(28), ...cells, f2(prf(s.deals).f1).padStart(7)].join(" "));
    if (verbose) for (const m of s.misses) lines.push(`    ${m.gold ? "missed   " + m.gold : "spurious " + m.predicted}`);
  }
  lines.push("", "type          precision recall   F1     tp   fp   fn");
  const row = (name: string, p: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }) =>
    `${name.padEnd(13)} ${f2(p.precision).padStart(9)} ${f2(p.recall).padStart(6)} ${f2(p.f1).padStart(6)} ${String(p.tp).padStart(5)} ${String(p.fp).padStart(4)} ${String(p.fn).padStart(4)}`;
  for (const t of MENTION_TYPES) lines.push(row(t, summary.mentions[t]));
  lines.push(row("all mentions", summary.mentions.all));
  // relative dates with no value, against the gold's "unresolved" (not in the date or all-mentions rows)
  lines.push(row("unresolved", summary.unresolved));
  lines.push(row("deals", summary.deals));
  lines.push("", "deal fields (accuracy over matched deals): " +
    DEAL_FIELDS.map((f) => `${f}=${f2(summary.dealFields[f])}`).join(" "));
  lines.push(summaryLine(summary));
  return lines.join("\n") + "\n";
}

export function summaryLine(s: EvalSummary): string {
  return `summary: docs=${s.documents} money F1=${f2(s.mentions.money.f1)} capacity F1=${f2(s.mentions.capacity.f1)} ` +
    `date F1=${f2(s.mentions.date.f1)} organization F1=${f2(s.mentions.organization.f1)} mentions F1=${f2(s.mentions.all.f1)} ` +
    `deals F1=${f2(s.deals.f1)} deal-fields=${f2(s.dealFieldMean)} unresolved F1=${f2(s.unresolved.f1)}`;
}
