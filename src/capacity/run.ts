/**
 * The run of words right after a capacity's unit (readRun): the rate word that may close it ("тонн конденсата в
 * сутки"), the commodity among its words, and the word readers it uses (wordAfter, lowerSlice).
 */
import { GENERIC_PRODUCT_STEMS } from "../../lexicons/commodities.js";
import { CAPACITY_WORDS, type BaseUnit, type CapacityWords, type Period } from "../../lexicons/units.js";
import type { CapacityPatterns } from "../../patterns/capacity.common.js";
import { numberWords } from "../../patterns/number.js";
import { commodityOfFolded, fold, wordValue } from "./lookup.js";
import { lazy, registerPattern } from "../regex.js";
import { isSpaceCode } from "../word-start.js";

/**
 * Bases whose figure a rate word after a few words still turns into a rate (t/year, m3/year, units/year; an area per
 * period is none: "500 тыс. квадратных метров плитки в год" is output, not land).
 */
export const RUN_BASES: ReadonlySet<BaseUnit> = new Set<BaseUnit>(["t", "m3", "units", "ha"]);
/**
 * At most this many words between a unit and a rate word ("тонн масличных культур ежегодно", "tonnes of rolled aluminium
 * products per year", "тонн алюминиевого проката и фольги в год": a product named in three words and a link).
 */
const RUN_WORDS = 5;
const GENERIC_STEMS = lazy(() => GENERIC_PRODUCT_STEMS.map(fold));

/** What a word of the run is (bits): it ends the run, it links a unit and its commodity, it ends the commodity. */
const CLAUSE = 1;
const LINK = 2;
const COMMODITY_END = 4;

/** The word lists of the run, per language, folded once. */
interface RunWords {
  /** Lower-case word → CLAUSE | LINK | COMMODITY_END bits (number words are CLAUSE: they end the run too). */
  kinds: ReadonlyMap<string, number>;
  hasLinks: boolean;
  unitEndings: ReadonlySet<string> | null;
  /** First characters of the rate words, in both cases: the rate pattern is tried only there. */
  rateFirst: ReadonlySet<string>;
  /** The words that let counts of products share a rate word (capacity/shared-rate.ts). */
  sharedLinks: ReadonlySet<string>;
}
/** Each language's run words, built on its first capacity scan, not at import (~1.5 ms of import CPU). */
export const RUN_LISTS = new Map<CapacityWords, () => RunWords>(
  Object.values(CAPACITY_WORDS).map((w) => [w, lazy((): RunWords => {
    const kinds = new Map<string, number>();
    const mark = (words: Iterable<string>, bit: number) => { for (const x of words) kinds.set(x, (kinds.get(x) ?? 0) | bit); };
    mark(numberWords().keys(), CLAUSE);
    mark(w.clauseWords.map(fold), CLAUSE);
    mark(w.commodityLinks.flatMap((l) => fold(l).split(" ")), LINK);
    mark(w.commodityEndWords.map(fold), COMMODITY_END);
    return {
      kinds,
      hasLinks: w.commodityLinks.length > 0,
      unitEndings: w.runUnitEndings ? new Set(w.runUnitEndings) : null,
      rateFirst: new Set(Object.keys(w.rates).flatMap((r) => [r[0]!.toLowerCase(), r[0]!.toUpperCase()])),
      sharedLinks: new Set(w.sharedRateLinks),
    };
  })]),
);

/**
 * N.slice(start, end) in lower case; a word with no capital (most words in a run) is not copied
 * through toLowerCase, which costs several times the slice for Cyrillic. Basic Latin and Cyrillic
 * capitals are told by code; any other character beyond them takes toLowerCase.
 */
function lowerSlice(N: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = N.charCodeAt(i);
    const upper = c < 0x80 ? c >= 65 && c <= 90
      : c < 0x0400 || c > 0x04ff ? true // not read by code: take the general way
      : c < 0x0430 ? true
      : c < 0x0460 ? false
      : c >= 0x04c0 && c <= 0x04cf ? c === 0x04c0 || (c & 1) === 1
      : (c & 1) === 0;
    if (upper) return N.slice(start, end).toLowerCase();
  }
  return N.slice(start, end);
}

const LETTER_CHAR = registerPattern("capacity.letter", /^\p{L}$/u);

/** Whether the code unit at `i` is a letter (ASCII and Cyrillic read by code, others by \p{L}). */
function isLetterAt(N: string, i: number): boolean {
  const c = N.charCodeAt(i);
  if (c < 0x80) return ((c | 32) >= 97 && (c | 32) <= 122);
  if (c >= 0x0400 && c <= 0x052f) return c < 0x0482 || c > 0x0489;
  return LETTER_CHAR.test(N[i]!);
}

/**
 * The end of the word that follows white space at `i` (letters with inner hyphens, at most 41
 * characters, followed by no letter, digit or hyphen), or -1: what a sticky
 * `\s+(\p{L}[\p{L}-]{0,40})(?![\p{L}\p{N}-])` finds, read by code (the regex cost ~0.3 µs a word).
 */
export function wordAfter(N: string, i: number): number {
  const from = i;
  while (i < N.length && isSpaceCode(N.charCodeAt(i))) i++;
  if (i === from || i === N.length || !isLetterAt(N, i)) return -1;
  const start = i++;
  while (i < N.length && i - start <= 41 && (N.charCodeAt(i) === 45 || isLetterAt(N, i))) i++;
  if (i - start > 41) return -1;
  if (i < N.length) {
    const c = N.charCodeAt(i);
    if (c === 45 || (c >= 48 && c <= 57) || isLetterAt(N, i)) return -1;
    if (c >= 0x80 && !isSpaceCode(c) && DIGIT_CHAR.test(N[i]!)) return -1;
  }
  return i;
}
const DIGIT_CHAR = registerPattern("capacity.digit", /^\p{N}$/u);

interface Run {
  /** A rate word that closes the run ("в сутки", "per year"), with where the span then ends. */
  rate?: Period;
  end: number;
  qual?: string;
  /** A known commodity among the words, or the words themselves when a rate closes them. */
  commodity?: string;
  /** A generic product word ("продукции") among them: the commodity is named earlier. */
  generic?: boolean;
}

/** Word starts, ends and lower-case words of the run being read (at most RUN_WORDS; the stage is not re-entrant). */
const RUN_STARTS = new Int32Array(RUN_WORDS);
const RUN_STOPS = new Int32Array(RUN_WORDS);
const RUN_LOWER: string[] = new Array<string>(RUN_WORDS).fill("");

/**
 * The short run of words right after a unit: at most RUN_WORDS words of letters, each after
 * white space only, so the run never crosses a comma or other mark, a digit, a number word, or a
 * clause word (conjunctions and relative words: lexicons/units.ts `clauseWords`). A verb may
 * stand in it: a rate word after it still measures the same figure ("тонн производят в сутки").
 *
 * - When `wantRate`, a rate word after one of those words closes the run: "3 тыс. тонн
 *   конденсата в сутки" → t/day, "50 тыс. тонн масличных культур ежегодно", "500,000 tonnes of
 *   pipes per year". The span then runs to the rate word, and the words before it up to the first
 *   preposition (`commodityEndWords`) are the commodity, free text as written ("конденсата",
 *   "масличных культур"); in a language with link words ("of") only after such a word. A rate
 *   word right before another figure is that figure's, not this one's.
 * - A known commodity word anywhere in the run is the commodity, by its lexicon name ("жылына
 *   50 мың тонна минералды тыңайтқыш" → тыңайтқыш).
 *
 * The work is bounded by RUN_WORDS sticky tests: linear in the text.
 */
export function readRun(p: CapacityPatterns, N: string, text: string, from: number, w: CapacityWords, wantRate: boolean): Run | null {
  const lists = RUN_LISTS.get(w)!();
  let count = 0;
  let i = from;
  let r: RegExpExecArray | null = null;
  for (;;) {
    if (wantRate && count > 0 && lists.rateFirst.has(N[nextNonSpace(N, i)] ?? "")) {
      p.rateAt.lastIndex = i;
      r = p.rateAt.exec(N);
      if (r && !figureFollows(N, i + r[0].length)) break;
      r = null;
    }
    if (count === RUN_WORDS) break;
    const end = wordAfter(N, i);
    if (end < 0) break;
    const start = nextNonSpace(N, i);
    const word = lowerSlice(N, start, end);
    if ((lists.kinds.get(word) ?? 0) & CLAUSE) break;
    RUN_STARTS[count] = start;
    RUN_STOPS[count] = end;
    RUN_LOWER[count++] = word;
    i = end;
  }
  if (count === 0) return null;
  const run: Run = { end: i };
  // the commodity part: up to the first preposition, without a leading link word ("of")
  let first = 0;
  while (first < count && (lists.kinds.get(RUN_LOWER[first]!) ?? 0) & LINK) first++;
  let last = first;
  while (last < count && !((lists.kinds.get(RUN_LOWER[last]!) ?? 0) & COMMODITY_END)) last++;
  for (let k = first; k < last && !run.commodity; k++) {
    const word = RUN_LOWER[k]!;
    for (const g of GENERIC_STEMS()) if (word.startsWith(g)) run.generic = true;
    run.commodity = commodityOfFolded(word);
  }
  if (r) {
    run.rate = wordValue(w.rates, r[1]);
    run.end = i + r[0].length;
    if (r[2] !== undefined) run.qual = r[2];
    if (!run.commodity && !run.generic && last > first && (!lists.hasLinks || first > 0)) {
      run.commodity = text.slice(RUN_STARTS[first]!, RUN_STOPS[last - 1]!);
    }
  }
  return run;
}

/** How far after a unit a rate word closing the run may end (RUN_WORDS words and the rate). */
const RUN_REACH = 120;

/** Whether a rate word stands shortly after `at`: the run is read for a rate only then (rate words are rare). */
export function rateNear(p: CapacityPatterns, N: string, at: number): boolean {
  return p.rateSearch.test(N.slice(at, at + RUN_REACH));
}

/** The first position at or after `i` that is no white space. */
function nextNonSpace(N: string, i: number): number {
  while (i < N.length && isSpaceCode(N.charCodeAt(i))) i++;
  return i;
}

/** Whether a figure (a digit, or a number word) starts after the white space at `at`. */
export function figureFollows(N: string, at: number): boolean {
  const c = N.charCodeAt(nextNonSpace(N, at));
  if (c >= 48 && c <= 57) return true;
  const end = wordAfter(N, at);
  return end >= 0 && numberWords().has(N.slice(nextNonSpace(N, at), end).toLowerCase());
}
