import { DATELINE, WIRE_DASH, WIRE_DATELINE } from "../patterns/dateline.js";

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
