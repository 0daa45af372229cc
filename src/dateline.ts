import { DATELINE, TITLE_DATELINE, WIRE_DASH, WIRE_DATELINE } from "../patterns/dateline.js";
import { placeKey, type RegionPattern } from "../patterns/region.common.js";
import { REGION_EN } from "../patterns/region.en.js";
import { REGION_KK } from "../patterns/region.kk.js";
import { REGION_RU } from "../patterns/region.ru.js";
import type { Sentence } from "./segment.js";

export interface Dateline {
  /** The ISO date it carries ("2025-10-09", "2025-05"). */
  iso: string;
  /** Offset just after the date: the body starts here. */
  end: number;
}

/** Reads a leading dateline, if the text has one. */
export function readDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  return { iso: m[1]!, end: m.index + m[0].length };
}

/**
 * Where the date of a news agency's dateline may stand (see patterns/dateline.ts WIRE_DATELINE): start and end pairs,
 * in text order, one per paragraph that opens with one (none for most texts).
 */
export function wireDatelines(text: string): number[] {
  // every match ends in a dash and a blank (see WIRE_DATELINE), which nine texts in ten lack. Speed: the pattern
  // tried its cities and agencies at every paragraph start, 2.7% of extract() over the bench mix (profiled)
  if (!WIRE_DASH.test(text)) return NONE;
  let out: number[] | null = null;
  WIRE_DATELINE.lastIndex = 0;
  for (let m = WIRE_DATELINE.exec(text); m; m = WIRE_DATELINE.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    (out ??= []).push(start, start + m[1]!.length);
  }
  return out ?? NONE;
}

const NONE: number[] = [];

/** At most this many words in a place written in capitals at a dateline ("УСТЬ-КАМЕНОГОРСК", "SAN FRANCISCO"). */
const CAPITALS_WORDS = 3;

/**
 * A place written in capitals opening the text from `from` and ending at a dot or comma, as agencies write their datelines
 * ("ӨСКЕМЕН. ҚазАқпарат –", "ПАВЛОДАР. КАЗИНФОРМ –", "ALMATY, Oct 15 (Reuters) -"): where it starts and its words in title
 * case ("Өскемен", "Усть-Каменогорск"), of the same length, for the place patterns, which read names capitalized; else null.
 */
export function capitalsDateline(text: string, from: number): { start: number; title: string } | null {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0x0d)) i++;
  const start = i;
  let words = 0;
  for (;;) {
    const wordStart = i;
    while (i < text.length && (isCapital(text[i]!) || (text[i] === "-" && i > wordStart && isCapital(text[i + 1] ?? "")))) i++;
    if (i - wordStart < 2) return null;
    words++;
    const c = text[i];
    if (c === "." || c === ",") break;
    if (c !== " " || words === CAPITALS_WORDS) return null;
    i++;
  }
  const caps = text.slice(start, i);
  return { start, title: caps.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, l: string) => sep + l.toUpperCase()) };
}

/** A letter that is a capital (has a lower-case form of its own). */
function isCapital(c: string): boolean {
  return c.toLowerCase() !== c;
}

/**
 * Where a dateline in title case that opens a paragraph at `at` ends (the offset of its period: "Павлодар. Kursiv – …",
 * "Павлодар, 12 наурыз. «X» ЖШС …"; see patterns/dateline.ts TITLE_DATELINE), or -1. Segmentation goes on past it, so
 * that the lead stays next to the headline.
 */
export function titleDatelineEnd(text: string, at: number): number {
  TITLE_DATELINE.lastIndex = at;
  const m = TITLE_DATELINE.exec(text);
  return m === null || !namesCity(m[1]!) ? -1 : at + m[0].length;
}

/** Each language's place patterns (built on first use), whose lookups know the cities by name. */
const PLACES: readonly (() => RegionPattern)[] = [REGION_KK, REGION_RU, REGION_EN];

/** Whether a word (or words) names a city of Kazakhstan as the place patterns know it ("Павлодар", "Ақтау", "Aktau"). */
function namesCity(words: string): boolean {
  const key = placeKey("city", words);
  return PLACES.some((p) => p().lookup.has(key));
}

/**
 * The title-case datelines opening the sentences' paragraphs (see titleDatelineEnd): start and end pairs, in text order
 * (none for most texts). The date in one is when the news was filed, its place where (a seat of government says
 * nothing of a project's place: DATELINE_SEATS).
 */
export function titleDatelines(text: string, sentences: readonly Sentence[]): number[] {
  let out: number[] | null = null;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (k > 0 && sentences[k - 1]!.paragraph === s.paragraph) continue;
    const end = titleDatelineEnd(text, s.start);
    if (end >= 0 && end < s.end - 1) (out ??= []).push(s.start, end);
  }
  return out ?? NONE;
}

/** Whether a span lies inside one of `pairs` (start and end pairs, few: one per dateline). */
export function insidePairs(pairs: readonly number[], h: { start: number; end: number }): boolean {
  for (let k = 0; k < pairs.length; k += 2) if (pairs[k]! <= h.start && h.end <= pairs[k + 1]!) return true;
  return false;
}
