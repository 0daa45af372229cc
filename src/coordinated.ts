/**
 * Coordinated figures: figures joined before a sum or a capacity that share the multiplier, currency and unit written
 * once after the last ("100 и 200 млн долларов", "50 and 100 MW", "12, 18 и 24 метра", "100 және 200 МВт"). The
 * recognizers read the last figure with its unit; each figure before it is a mention of its own, of the same unit
 * and scale (the contract counts every sum with a currency and every capacity with a unit), marked `coordinated`.
 *
 * Only plain figures in digits are read ("1,5 и 2 млрд"): no figure with a space inside ("1 500"), none after a
 * number sign ("№ 1 и 2"), none that is already part of a mention (a year, a count read otherwise). The words that
 * join them are lexicon data (FIGURE_COORDINATORS of lexicons/numbers.*.ts); commas join more before the word.
 *
 * Cost: a bounded look back from each money or capacity mention's start (a few words), so linear in the mentions.
 */
import { ENGLISH_FIGURE_COORDINATORS, ENGLISH_FIGURE_RANGE_WORDS } from "../lexicons/numbers.en.js";
import { KAZAKH_FIGURE_COORDINATORS, KAZAKH_FIGURE_RANGE_WORDS } from "../lexicons/numbers.kk.js";
import { RUSSIAN_FIGURE_COORDINATORS, RUSSIAN_FIGURE_RANGE_WORDS } from "../lexicons/numbers.ru.js";
import { numberStyle, parseNumber } from "./numbers.js";
import type { CapacityMention, LanguageCode, Mention, MoneyMention } from "./types.js";
import { isDigitCode, isLetterCode, isSpaceCode } from "./word-start.js";
import { wordAfter } from "./organizations/chars.js";
import { NO_WORDS, wordBefore } from "./deals/word-before.js";

interface Words {
  coordinators: ReadonlySet<string>;
  /** Words that make the figures one range: before the first ("между", "between") or after the mention ("аралығында"). */
  rangeBefore: ReadonlySet<string>;
  rangeAfter: ReadonlySet<string>;
}
const words = (coordinators: readonly string[], range: { before: readonly string[]; after: readonly string[] }): Words =>
  ({ coordinators: new Set(coordinators), rangeBefore: new Set(range.before), rangeAfter: new Set(range.after) });
const WORDS: Readonly<Record<string, Words>> = {
  en: words(ENGLISH_FIGURE_COORDINATORS, ENGLISH_FIGURE_RANGE_WORDS),
  ru: words(RUSSIAN_FIGURE_COORDINATORS, RUSSIAN_FIGURE_RANGE_WORDS),
  kk: words(KAZAKH_FIGURE_COORDINATORS, KAZAKH_FIGURE_RANGE_WORDS),
};

/** The most figures joined before the last (a list of capacities: "5, 10, 20 и 50 МВт"). */
const MAX_FIGURES = 8;
/** The longest figure read ("1000000,75"). */
const MAX_FIGURE = 16;
/** The longest joining word. */
const MAX_WORD = 12;

const isFigureMark = (c: number): boolean => c === 44 || c === 46;

/** The start of a plain figure in digits ending at `end` (digits, with "," or "." between them), else -1. */
function figureStart(text: string, end: number): number {
  if (end <= 0 || !isDigitCode(text.charCodeAt(end - 1))) return -1;
  let i = end;
  while (i > 0 && end - i < MAX_FIGURE && (isDigitCode(text.charCodeAt(i - 1)) || isFigureMark(text.charCodeAt(i - 1)))) i--;
  while (i < end && isFigureMark(text.charCodeAt(i))) i++;
  if (i > 0) {
    const c = text.charCodeAt(i - 1);
    // (no figure inside a word, a number, a range or a code: "A380", "2-3", "№1")
    if (isLetterCode(c) || isDigitCode(c) || c === 45 || c === 0x2013 || c === 0x2116 || c === 35 || c === 47) return -1;
    // (nor a group of a number written with spaces, "1 500", nor one after a number sign, "№ 1 и 2")
    if (isSpaceCode(c) && i > 1) {
      const b = text.charCodeAt(i - 2);
      if (isDigitCode(b) || b === 0x2116 || b === 35) return -1;
    }
  }
  return i;
}

/** `at` moved back over white space; -1 when there is none. */
function spacesBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i === at ? -1 : i;
}

/** The figures joined before `m` (start and end of each, last first), read from its start back. */
function joinedBefore(text: string, m: Mention, words: Words): Array<[number, number]> {
  // the joining word
  const wordEnd = spacesBefore(text, m.start);
  if (wordEnd < 0) return [];
  let w = wordEnd;
  while (w > 0 && wordEnd - w <= MAX_WORD && isLetterCode(text.charCodeAt(w - 1))) w--;
  if (w === wordEnd || !words.coordinators.has(text.slice(w, wordEnd).toLowerCase())) return [];
  const end = spacesBefore(text, w);
  if (end < 0) return [];
  const out: Array<[number, number]> = [];
  let figureEnd = end;
  for (;;) {
    const start = figureStart(text, figureEnd);
    if (start < 0) break;
    out.push([start, figureEnd]);
    if (out.length === MAX_FIGURES) break;
    // a comma before it joins one more ("12, 18 и 24")
    let k = start;
    while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
    if (k === 0 || text.charCodeAt(k - 1) !== 44) break;
    k--;
    while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
    figureEnd = k;
  }
  // (one range, not figures of their own: "между 10 и 20 млн", "5 және 10 млрд теңге аралығында")
  if (out.length > 0 && (words.rangeBefore.has(wordBefore(text, out[out.length - 1]![0], 0, NO_WORDS, 0) ?? "") ||
    words.rangeAfter.has(wordAfter(text, m.end)))) return [];
  return out;
}

/** The plain figure a mention's text opens with ("200" of "200 млн долларов"), if it is one and nothing joins it on. */
function openingFigure(m: Mention): string | null {
  const t = m.text;
  let i = 0;
  while (i < t.length && i < MAX_FIGURE && (isDigitCode(t.charCodeAt(i)) || isFigureMark(t.charCodeAt(i)))) i++;
  if (i === 0 || !isDigitCode(t.charCodeAt(0)) || !isDigitCode(t.charCodeAt(i - 1))) return null;
  // (not a number written with spaces: "1 500 тонн")
  if (i < t.length - 1 && isSpaceCode(t.charCodeAt(i)) && isDigitCode(t.charCodeAt(i + 1))) return null;
  return t.slice(0, i);
}

/** A number scaled as `of` scales `figure`, kept to the digits a double holds (0.012, not 0.012000000000000002). */
const scaled = (x: number, of: number, figure: number): number => Number(((x * of) / figure).toPrecision(12));

/** How far before a figure a mention that covers it may start (the longest mention is far shorter). */
const COVER_REACH = 400;

/**
 * Whether [start, end) meets a mention before the one at `at` in the list (sorted by start): read back from `at`, to the
 * first that starts COVER_REACH characters before it (bounded: no scan of the whole list per figure).
 */
function taken(mentions: readonly Mention[], at: number, start: number, end: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const o = mentions[k]!;
    if (o.start < end && start < o.end) return true;
    if (o.start < start - COVER_REACH) break;
  }
  return false;
}

/** The mentions with the coordinated figures before each sum or capacity added, in text order. */
export function withCoordinatedFigures(text: string, mentions: Mention[], language: LanguageCode): Mention[] {
  const words = WORDS[language];
  if (words === undefined) return mentions;
  const style = numberStyle(language);
  let added: Mention[] | null = null;
  for (let at = 0; at < mentions.length; at++) {
    const m = mentions[at]!;
    if (m.type !== "money" && m.type !== "capacity") continue;
    if (m.type === "money" ? m.amountMax !== undefined || m.amountExact !== undefined : m.valueMax !== undefined || m.asWritten !== undefined) continue;
    const opening = openingFigure(m);
    if (opening === null) continue;
    const figure = parseNumber(opening, style);
    if (figure === null || figure === 0) continue;
    for (const [start, end] of joinedBefore(text, m, words)) {
      if (taken(mentions, at, start, end)) break;
      const x = parseNumber(text.slice(start, end), style);
      if (x === null) break;
      const base = { start, end, text: text.slice(start, end) };
      let c: MoneyMention | CapacityMention;
      if (m.type === "money") c = { type: "money", ...base, amount: scaled(x, m.amount, figure), currency: m.currency };
      else {
        c = { type: "capacity", ...base, value: scaled(x, m.value, figure), unit: m.unit };
        if (m.commodity !== undefined) c.commodity = m.commodity;
      }
      c.coordinated = true;
      (added ??= []).push(c);
    }
  }
  if (added === null) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
