/**
 * Items of a list whose fields are sentences of their own: an investment portfolio lists each project as a heading and
 * its fields ("1. Строительство завода ферросилиция. Инвестор: ТОО «X». Стоимость: 96,5 млрд тенге.", "1. Soybean
 * crushing plant. Investor: Tobol Agro LLP. Cost: KZT 48.5 bn."). Read sentence by sentence, the heading had no party
 * and the fields no trigger, and the items ran together; read as one sentence, as the portfolios that write an item on
 * one line are, each item is a deal of its own.
 */
import { ITEM_FIELD_LABELS } from "../../lexicons/deal-triggers.js";
import type { LanguageCode } from "../types.js";
import { segment, type Sentence } from "../segment.js";
import { isSpaceCode } from "../word-start.js";
import { LIST_BULLETS, LIST_DASHES, numbered } from "./sentence-shape.js";

/** What follows a field's label: a colon or a dash (a list item's dashes, sentence-shape.ts). */
const FIELD_MARKS = ":" + LIST_DASHES;
/** A field's label is no longer than this (the longest in ITEM_FIELD_LABELS, with room for a space before its mark). */
const LABEL_REACH = 40;

const LABELS: Record<"kk" | "ru" | "en", ReadonlySet<string>> = {
  kk: new Set(ITEM_FIELD_LABELS.kk), ru: new Set(ITEM_FIELD_LABELS.ru), en: new Set(ITEM_FIELD_LABELS.en),
};
const ALL_LABELS: ReadonlySet<string> = new Set([...LABELS.kk, ...LABELS.ru, ...LABELS.en]);

/** Whether the sentence at `start` opens with a field's label and its colon or dash ("Инвестор: …", "Құны – …"). */
function opensWithField(text: string, start: number, end: number, labels: ReadonlySet<string>): boolean {
  const limit = Math.min(end, start + LABEL_REACH);
  for (let i = start; i < limit; i++) {
    if (!FIELD_MARKS.includes(text[i]!)) continue;
    // (a dash needs a space before it: "Қызылорда-Жезқазған" is no label)
    if (text[i] !== ":" && !isSpaceCode(text.charCodeAt(i - 1))) continue;
    return labels.has(text.slice(start, i).trim().toLowerCase());
  }
  return false;
}

/** Whether the sentence at `start` opens an item: its number ("1.", "2)") or a bullet. */
function opensItem(text: string, start: number): boolean {
  return numbered(text, start) || (LIST_BULLETS.includes(text[start]!) && isSpaceCode(text.charCodeAt(start + 1)));
}

/**
 * The sentences with each item's field sentences joined to the sentence before them, when the item opens its line
 * with a number or a bullet and the fields follow it on the same line. Renumbered; the list itself when nothing joins.
 */
export function joinItemFields(text: string, sentences: readonly Sentence[], language: LanguageCode): readonly Sentence[] {
  const labels = language === "und" ? ALL_LABELS : LABELS[language];
  let out: Sentence[] | null = null;
  let item = false;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const prev = k > 0 ? sentences[k - 1]! : null;
    const field = item && prev !== null && prev.paragraph === s.paragraph && opensWithField(text, s.start, s.end, labels);
    if (!field) item = (prev === null || prev.paragraph !== s.paragraph) ? opensItem(text, s.start) : item;
    if (field) {
      if (out === null) out = sentences.slice(0, k).map((x) => ({ ...x }));
      out[out.length - 1]!.end = s.end;
    } else if (out !== null) {
      out.push({ ...s, index: out.length });
    }
  }
  return out ?? sentences;
}

/** The document's sentences from `from` on (src/segment.ts), each item's field sentences joined to it. */
export function itemSentences(text: string, from: number, language: LanguageCode): readonly Sentence[] {
  return joinItemFields(text, segment(text, from).sentences, language);
}
