/**
 * Deal cards: one per deal, its fields beside the text. A card (and each field) carries the deal's
 * index; a field also carries the indices of the mentions it was read from, found in the deal's
 * evidence (else anywhere in the text), so that a click shows the sentence and the very words.
 */
import type { Deal, Mention, Span } from "../../types.js";
import { attrs, esc } from "./escape.js";
import { amountText, capacityText, grouped, usdShort } from "./values.js";

function inside(m: Mention, spans: readonly Span[]): boolean {
  return spans.some((s) => m.start < s.end && s.start < m.end);
}

/** Indices of the mentions that `test` accepts: those in the evidence, or else all in the text. */
function matching(mentions: readonly Mention[], evidence: readonly Span[], test: (m: Mention) => boolean): number[] {
  const all: number[] = [];
  const near: number[] = [];
  mentions.forEach((m, i) => {
    if (!test(m)) return;
    all.push(i);
    if (inside(m, evidence)) near.push(i);
  });
  return near.length > 0 ? near : all;
}

interface Field {
  name: string;
  /** Escaped HTML of the value. */
  html: string;
  marks: number[];
}

function fieldsOf(deal: Deal, mentions: readonly Mention[]): Field[] {
  const ev = deal.evidence;
  const fields: Field[] = [];
  for (const p of deal.parties) {
    const extra = [p.legalForm, p.country].filter((x) => x !== undefined);
    fields.push({
      name: "party",
      html: esc(p.name + (extra.length > 0 ? ` (${extra.join(", ")})` : "")),
      marks: matching(mentions, ev, (m) => m.type === "organization" && (m.name === p.name || (p.key !== undefined && m.key === p.key))),
    });
  }
  if (deal.amount) {
    const a = deal.amount;
    const usd = deal.amountUsd !== null && a.currency !== "USD" ? ` ≈ ${usdShort(deal.amountUsd)}` : "";
    fields.push({
      name: "amount",
      html: esc(amountText(a) + usd),
      marks: matching(mentions, ev, (m) => m.type === "money" && m.amount === a.amount && m.currency === a.currency),
    });
  }
  for (const c of deal.capacity) {
    fields.push({
      name: "capacity",
      html: esc(capacityText(c)),
      marks: matching(mentions, ev, (m) => m.type === "capacity" && m.value === c.value && m.unit === c.unit),
    });
  }
  if (deal.region) fields.push({ name: "region", html: esc(deal.region), marks: [] });
  if (deal.sector) fields.push({ name: "sector", html: esc(deal.sector), marks: [] });
  for (const key of ["signed", "start", "completion"] as const) {
    const value = deal.dates[key];
    if (value === undefined) continue;
    fields.push({ name: key, html: esc(value), marks: matching(mentions, ev, (m) => m.type === "date" && m.value === value) });
  }
  if (deal.jobs !== null) fields.push({ name: "jobs", html: esc(grouped(deal.jobs)), marks: [] });
  return fields;
}

/** The card of the deal at `index` in its document; `mentions` are the document's. */
export function dealCard(index: number, deal: Deal, mentions: readonly Mention[]): string {
  const rows = fieldsOf(deal, mentions)
    .map((f) => `<dt>${esc(f.name)}</dt><dd><button type="button" class="field"${attrs({
      "data-deal": index,
      "data-m": f.marks.length > 0 ? f.marks.join(" ") : null,
      title: "show in the text",
    })}>${f.html}</button></dd>`)
    .join("");
  const label = `deal ${index + 1}: ${deal.kind}`;
  return `<article class="card" tabindex="0"${attrs({ "data-deal": index, "aria-label": `${label}, show its evidence` })}>` +
    `<h3>${esc(label)}</h3>` +
    (rows === "" ? `<p class="none">no fields</p>` : `<dl>${rows}</dl>`) +
    `</article>`;
}
