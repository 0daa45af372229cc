/**
 * The document view: an article's text with every mention marked by type (its normalized value on
 * hover and on keyboard focus), its evidence sentences wrapped so that a deal card can light them
 * up, and the deal cards beside it.
 */
import type { ExtractionResult, Mention, Span } from "../../types.js";
import { dealCard } from "./cards.js";
import { attrs, esc } from "./escape.js";
import { OTHER, TYPE_STYLES, typeClass } from "./types.js";
import { isUnresolved, mentionValue } from "./values.js";

export interface ReviewedDocument {
  /** The file name or record id shown above the text. */
  label: string;
  text: string;
  result: ExtractionResult;
}

const LANGUAGES: Record<string, string> = { kk: "Kazakh", ru: "Russian", en: "English", und: "undetermined" };

/** The key to the marks: each type's colour and underline, and the unresolved-date cue. */
export function legend(): string {
  const keys = [...Object.values(TYPE_STYLES), OTHER]
    .map((s) => `<span class="key ${typeClass(s === OTHER ? "other" : s.label)}">${esc(s.label)}</span>`)
    .join("");
  return `<div class="legend" aria-label="legend">Mentions: ${keys}<span class="key unresolved">unresolved date</span>` +
    ` · hover or focus a mark for its value; click a deal card or a field to see its evidence</div>`;
}

/** A stretch of text and the deals whose evidence covers it ("" for none). */
interface Stretch extends Span {
  deals: string;
}

/** A span widened so that it does not cut a mention: its ends moved out to the edges of any mention they fall in. */
function widened(span: Span, mentions: readonly Mention[]): Span {
  let { start, end } = span;
  for (const m of mentions) {
    if (m.start < start && start < m.end) start = m.start;
    if (m.start < end && end < m.end) end = m.end;
  }
  return { start, end };
}

/**
 * The text cut into stretches at every evidence boundary, each with the deals that cover it, so
 * that evidence wraps whole mentions and the deals' evidence may overlap.
 */
function stretches(text: string, result: ExtractionResult): Stretch[] {
  const spans = result.deals.map((d) => d.evidence.map((s) => widened(s, result.mentions)));
  const cuts = new Set([0, text.length]);
  for (const list of spans) for (const s of list) cuts.add(Math.max(0, Math.min(text.length, s.start))).add(Math.max(0, Math.min(text.length, s.end)));
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Stretch[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const deals = spans.flatMap((list, d) => (list.some((s) => s.start <= start && end <= s.end) ? [d] : [])).join(" ");
    const last = out[out.length - 1];
    if (last && last.deals === deals) last.end = end;
    else out.push({ start, end, deals });
  }
  return out;
}

function mark(docId: string, i: number, m: Mention): string {
  const described = `${m.type}: ${mentionValue(m)}`;
  const cls = `m ${typeClass(m.type)}${isUnresolved(m) ? " unresolved" : ""}`;
  // The title is the value on hover, on focus (css.ts shows it) and to a screen reader (its description).
  return `<mark${attrs({ class: cls, id: `${docId}-m${i}`, tabindex: 0, title: described })}>`;
}

/** The text as HTML: marks for mentions (in order, not overlapping), inside evidence wrappers. */
function markedText(docId: string, text: string, result: ExtractionResult): string {
  const mentions = result.mentions;
  let html = "";
  let next = 0; // the next mention to place
  for (const s of stretches(text, result)) {
    let at = s.start;
    let inner = "";
    while (next < mentions.length && mentions[next]!.start < s.end) {
      const m = mentions[next]!;
      if (m.start < at) { // overlaps the mention before it: the contract rules this out; left as text
        next++;
        continue;
      }
      inner += esc(text.slice(at, m.start)) + mark(docId, next, m) + esc(text.slice(m.start, m.end)) + "</mark>";
      at = m.end;
      next++;
    }
    inner += esc(text.slice(at, s.end));
    html += s.deals === "" ? inner : `<span class="ev"${attrs({ "data-deals": s.deals })}>${inner}</span>`;
  }
  return html;
}

function metaLine(result: ExtractionResult): string {
  const lang = result.language;
  const unresolvedMentions = result.mentions.filter(isUnresolved).map((m) => m.text);
  const unresolved = [...(result.unresolved ?? []), ...unresolvedMentions];
  const parts = [
    `<b>language</b> ${esc(LANGUAGES[lang.code] ?? lang.code)} (${esc(lang.code)}, confidence ${esc(lang.confidence.toFixed(2))})`,
    `<b>reference date</b> ${result.referenceDate === null ? `<span class="none">none</span>` : esc(result.referenceDate)}`,
    `<b>mentions</b> ${result.mentions.length}`,
    `<b>deals</b> ${result.deals.length}`,
  ];
  if (unresolved.length > 0) {
    parts.push(`<span class="unresolved-list"><b>unresolved relative dates</b> ${unresolved.map((u) => `“${esc(u)}”`).join(", ")}</span>`);
  }
  return `<p class="meta">${parts.join(" · ")}</p>`;
}

/** One document's section; `n` numbers the documents of the page (element ids). */
export function documentSection(n: number, doc: ReviewedDocument): string {
  const docId = `d${n}`;
  const { result } = doc;
  const cards = result.deals.map((deal, i) => dealCard(i, deal, result.mentions)).join("\n");
  return `<section class="doc"${attrs({ id: docId, "aria-label": doc.label })}>
<header><h2>${esc(doc.label)}</h2>${metaLine(result)}</header>
<div class="text"${attrs({ lang: result.language.code === "und" ? null : result.language.code })}>${markedText(docId, doc.text, result)}</div>
<aside class="deals" aria-label="deals">${cards === "" ? `<p class="none">no deals</p>` : cards}</aside>
</section>`;
}

/** A document that could not be read or extracted: its label and the reason, in its place. */
export function errorSection(label: string, error: string): string {
  return `<section class="doc-error"><h2>${esc(label)}</h2><p class="error">${esc(error)}</p></section>`;
}
