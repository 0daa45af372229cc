/**
 * The capacity recognizer stage: power, energy, mass (per period), volume, area, length, TEU and
 * products per year, converted exactly to the contract's canonical units.
 *
 * How it reads: it scans for unit keywords only (patterns/capacity.common.ts UNIT_TRIGGER, built from
 * lexicons/units.ts), and for each one reads the figure that ends just before it (a bounded window
 * before the unit, with the language's `before` pattern anchored at the window's end), then the rate,
 * commodity and qualifier right after the unit with sticky patterns. Work per unit keyword is bounded,
 * so the cost is linear in the text.
 *
 * What is not a capacity:
 * - a count with no unit (projects, jobs, people, "бес контейнер"), percentages and multiples: no unit
 *   keyword for them exists in the lexicon;
 * - products counted with no rate ("10 мың көлік"): a product count is a capacity only per period
 *   ("жылына 10 мың көлік" → units/year);
 * - a speed: a length followed by "/h" ("км/сағ", "км/ч"), preceded by a speed word ("сағатына",
 *   "скоростью") or followed by "per hour";
 * - the one-letter abbreviations ("т", "м") anywhere but right after a figure, and never in "т.б.", "т.е.".
 *
 * The length rule. A length is a capacity when it measures something built or planned (a railway,
 * road, pipeline, power line: "836 шақырым темір жол"), not when it locates a place ("в 30 км от
 * города", "қаладан 30 шақырым жерде"). With lexicon cue words (CAPACITY_WORDS in lexicons/units.ts):
 * 1. a length is rejected when a locating word follows it ("жерде", "қашықтықта", "от", "from",
 *    "away"), when the word just before the figure is in a from-case ("қаладан 30 шақырым"), or when a
 *    speed or distance word stands just before it ("жылдамдығы", "расстоянии", "distance of");
 * 2. a length in kilometres is otherwise kept: in news about projects a bare length measures the thing
 *    built (a road, a line, a pipeline), and the cue words of rule 1 are how a location is written;
 * 3. a length in metres (mostly heights, depths and distances) is kept only when a built-object cue
 *    ("жол", "құбыр", "дорога", "трубопровод", "pipeline", "long") stands within a few words of it.
 */
import { GENERIC_PRODUCT_STEMS } from "../../lexicons/commodities.js";
import {
  APPROX_SUFFIXES, CAPACITY_WORDS, type BaseUnit, type CapacityWords, type Period, type UnitEntry,
} from "../../lexicons/units.js";
import { UNIT_TRIGGER, type CapacityPatterns } from "../../patterns/capacity.common.js";
import { CAPACITY_EN } from "../../patterns/capacity.en.js";
import { CAPACITY_KK } from "../../patterns/capacity.kk.js";
import { ABBREVIATED_ONLY, numberWords, PLURAL_MULTIPLIERS, VAGUE_QUANTITIES } from "../../patterns/number.js";
import { CAPACITY_RU } from "../../patterns/capacity.ru.js";
import { QUALIFIERS_INSIDE } from "../../lexicons/qualifiers.js";
import { commodityName, commodityOfFolded, fold, lookupUnit, wordValue } from "../capacity/lookup.js";
import { FIGURE_STARTS, NUMBERISH, plainFigureEnd, runStarts } from "../capacity/figure-run.js";
import { adjacentWordRange, numberStyle, parseNumber, type NumberStyle } from "../numbers.js";
import { lazy, registerPattern } from "../regex.js";
import { groupIndices, plainFigureGroups, readAfterGroups, readFigureGroups, type FigureGroups } from "../capacity/groups.js";
import { rateFactor, rateUnit, shiftDecimal, timesExact } from "../capacity/units.js";
import { saysNoOutput } from "../capacity/not-output.js";
import { endsWithAny } from "../organizations/chars.js";
import { ReusedList } from "../reused-list.js";
import { isSpaceCode } from "../word-start.js";
import type { CapacityAsWritten, CapacityMention, Qualifier, SupportedLanguage, WrittenPeriod } from "../types.js";
import type { Recognizer, RecognizerContext } from "./types.js";

/** How far before a unit keyword the figure (with its rate and qualifier words) may start. */
const WINDOW_BEFORE = 160;
/**
 * How far the `before` pattern looks behind where it is tried: one character (a word or number start) and a
 * multiplier word of up to four ("(?<=млрд|…)"); with a margin (test/capacity-window.test.ts checks the patterns
 * against it).
 */
export const BEFORE_LOOK_BEHIND = 8;
/** How far around a length a built-object cue may stand. */
const CUE_BEFORE = 60;
const CUE_AFTER = 40;
/** How far back a generic product word ("өнім") looks for the commodity it stands for. */
const COMMODITY_LOOKBACK = 300;

/** Each language's patterns, built on the stage's first text in that language. */
const PATTERNS: Record<SupportedLanguage, () => CapacityPatterns> = { kk: CAPACITY_KK, ru: CAPACITY_RU, en: CAPACITY_EN };

/** The multiplier word that ends a figure ("2 млн" → "млн"), if any. */
function trailingMultiplier(surface: string): string | undefined {
  const last = surface.trim().split(/\s+/).pop()!.toLowerCase();
  const word = last.replace(/^[\d.,]+/, "").replace(/\.$/, ""); // "тыс." as "тыс"
  return word && numberWords().get(word)?.kind === "multiplier" ? word : undefined;
}

/** Value of a figure; in a range "1,5-2 млн" the first figure borrows the second one's multiplier. */
function readFigure(style: NumberStyle | undefined, surface: string, partner?: string): number | null {
  if (partner && !trailingMultiplier(surface)) {
    const mult = trailingMultiplier(partner);
    if (mult) return parseNumber(`${surface.trim()} ${mult}`, style);
  }
  return parseNumber(surface.trim(), style);
}

/** The last word of a figure: what `trim().split(/\s+/).pop()` gives, without the regex split. */
function lastWordOf(s: string): string {
  let end = s.length;
  while (end > 0 && isSpaceCode(s.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpaceCode(s.charCodeAt(start - 1))) start--;
  return s.slice(start, end);
}

function sentenceStart(text: string, from: number, limit: number): number {
  for (let i = from - 1; i > limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) return i + 1;
    if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32) return i + 2; // ". " "! " "? "
  }
  return limit;
}

// ---------------------------------------------------------------- the stage

function recognizeIn(context: RecognizerContext, lang: SupportedLanguage): CapacityMention[] {
  const { normalized: N, text, bodyStart } = context;
  const p = PATTERNS[lang]();
  const words: CapacityWords = CAPACITY_WORDS[lang];
  const numberish = NUMBERISH[lang]();
  const style = numberStyle(context.language);
  const out = MENTIONS;
  out.clear();
  const ix = groupIndices(p);
  const trigger = UNIT_TRIGGER(); // not re-entrant: one scan at a time (compiling a copy per call cost more than the scan)
  trigger.lastIndex = Math.max(0, bodyStart - 1);
  let lastEnd = bodyStart;
  let m: RegExpExecArray | null;
  while ((m = trigger.exec(N))) {
    const unitStart = m.index + 1; // the trigger starts with the character before the unit
    const unitEnd = m.index + m[0].length;
    const hit = lookupUnit(N.slice(unitStart, unitEnd));
    if (!hit) continue;
    const windowStart = Math.max(lastEnd, unitStart - WINDOW_BEFORE);
    const count = runStarts(N, windowStart, unitStart, numberish, lastEnd);
    if (count === 0) continue; // no figure before the unit: the window is not read
    const starts = FIGURE_STARTS;
    // the part of the window the figure pattern reads: from the run's first word, with the characters its
    // look-behinds read before it (speed: one lower-case copy of the run per unit, not of WINDOW_BEFORE characters)
    const readFrom = Math.max(windowStart, starts[0]! - BEFORE_LOOK_BEHIND);
    // a plain number right before the unit is read without the pattern (plainFigureEnd)
    const plainEnd = count === 1 ? plainFigureEnd(N, starts[0]!, unitStart, readFrom) : -1;
    let g: FigureGroups;
    let start: number;
    if (plainEnd >= 0) {
      g = plainFigureGroups(N.slice(starts[0]!, plainEnd));
      start = starts[0]!;
    } else {
      const raw = N.slice(readFrom, unitStart);
      const lower = raw.toLowerCase();
      const window = lower.length === raw.length ? lower : raw; // lower case keeps offsets in Cyrillic and Latin
      let b: RegExpExecArray | null = null;
      for (let k = 0; k < count; k++) {
        p.before.lastIndex = starts[k]! - readFrom;
        if ((b = p.before.exec(window))) break;
      }
      if (!b) continue;
      g = readFigureGroups(ix, b);
      start = readFrom + b.index;
    }
    // "400-ге жуық мың тонна": the multiplier after the inside qualifier belongs to the figure
    const numText = g.mult !== undefined ? `${g.num} ${g.mult}` : g.num!;
    // a lone multiplier after a figure it could not take is no figure
    if (bareMultiplierIsWrong(g.mid !== undefined ? g.num! : numText, N, start, bodyStart)) continue;
    // "мыңнан астам тонна": a multiplier with an ending and no figure is none (as for money)
    if (g.mid !== undefined && isMultiplierWord(g.num!)) continue;
    // "бес алты мың тонна": two neighbouring figures with no joiner are a range, as "бес-алты"
    const adjacent = g.num2 === undefined && g.mult === undefined && parseNumber(numText, style) === null ? adjacentWordRange(numText) : null;
    if (adjacent) {
      g.num = adjacent.lo;
      g.num2 = adjacent.hi;
    }
    const value1 = readFigure(style, adjacent ? adjacent.lo : numText, g.num2);
    if (value1 === null) continue;
    const value2 = g.num2 ? readFigure(style, g.num2) : null;

    // (an empty `after` reads as none: where nothing can open one, it is not run; a list of capacities ran it at
    // every unit for a match array and a groups object each)
    p.afterOpens.lastIndex = unitEnd;
    p.after.lastIndex = unitEnd;
    const a = p.afterOpens.test(N) ? p.after.exec(N) : null;
    const ag = readAfterGroups(ix, a);
    let end = a ? unitEnd + a[0].length : unitEnd;
    // "500 тонн зерна ежегодно 300 тонн": a rate word before another figure is that figure's
    if (ag.rate !== undefined && figureFollows(N, end)) {
      end = unitEnd;
      ag.rate = ag.qual = undefined;
    }

    const entry = hit.entry;
    const base: BaseUnit = entry ? entry.unit : "units";
    let rate: Period | undefined = entry?.rate ?? wordValue(words.rates, g.rate) ?? wordValue(words.rates, ag.rate);
    // "3 тыс. тонн конденсата в сутки", "тонна минералды тыңайтқыш": the words after a mass, volume or product count
    const unitEndings = RUN_LISTS.get(words)!().unitEndings;
    const runs = RUN_BASES.has(base) && !ag.commodity && !ag.generic && (!unitEndings || unitEndings.has(hit.ending));
    const run = runs && rate === undefined && rateNear(p, N, end) ? readRun(p, N, text, end, words, true) : null;
    if (run?.rate) {
      rate = run.rate;
      end = run.end;
    }
    rate ??= contextRate(p, N, start, words);
    const unit = rateUnit(base, rate);
    if (!unit) continue;

    // lengths: the rule at the top of this file
    if (base === "km" && !isBuiltLength(p, N, start, end, entry!, windowStart)) continue;
    // a mass of emissions or a reduction ("сократит выбросы CO2 на 170 тыс. тонн в год") is no output
    if (base === "t" && saysNoOutput(N, start, end, windowStart, words)) continue;

    let qualifier: Qualifier | undefined =
      wordValue(words.qualifiersBefore, g.qual) ?? wordValue(words.qualifiersAfter, ag.qual) ?? wordValue(words.qualifiersAfter, run?.qual);
    if (g.num2 && ag.qual && wordValue(words.qualifiersAfter, ag.qual) === "under") qualifier = undefined;
    // Kazakh "-дай/-дей" on the unit or on the figure's last word: "тоннадай", "мыңдай тонна"
    if (!qualifier && g.approx) qualifier = "approx";
    if (!qualifier && g.mid !== undefined) qualifier = wordValue(words.insideQualifiers ?? {}, g.mid);
    if (!qualifier && (endsWithAny(hit.ending, APPROX_SUFFIXES) || endsWithAny(lastWordForSuffixes(g.num2 ?? numText), APPROX_SUFFIXES))) {
      qualifier = "approx";
    }

    let commodity = ag.commodity ? commodityName(ag.commodity) : run?.commodity;
    if (!commodity && run?.generic) commodity = commodityBefore(p, N, start, bodyStart);
    if (!commodity && !run?.rate) {
      commodity = ag.generic ? commodityBefore(p, N, start, bodyStart) : commodityAfter(p, N, end, start, bodyStart);
      // "жылына 50 мың тонна минералды тыңайтқыш": a known commodity a few words after the unit
      if (!commodity && runs && !run && !ag.generic && !stickyTest(p.genericAfter, N, end)) {
        commodity = readRun(p, N, text, end, words, false)?.commodity;
      }
    }
    // "завод по производству полиэтилена мощностью 1,25 млн тонн": what a plant of that tonnage or volume makes
    if (!commodity && FRAMED_UNITS.has(unit)) commodity = framedCommodity(p, N, start, bodyStart);

    const pow = entry ? entry.pow10 : 0;
    const factor = rateFactor(unit, rate);
    const mention: CapacityMention = {
      type: "capacity",
      start,
      end,
      text: text.slice(start, end),
      value: shiftDecimal(value1, pow),
      unit,
    };
    if (value2 !== null) {
      // valueMax is an upper bound: a fall ("с 300 до 150 МВт") is stored low to high and flagged
      const max = shiftDecimal(value2, pow);
      if (max < mention.value) {
        mention.valueMax = mention.value;
        mention.value = max;
        mention.descending = true;
      } else mention.valueMax = max;
    }
    if (factor !== 1) {
      // "10 тыс. тонн в месяц": 120,000 t/year, and what was written
      const written: CapacityAsWritten = { value: mention.value, per: rate as WrittenPeriod };
      if (mention.valueMax !== undefined) { written.valueMax = mention.valueMax; mention.valueMax = timesExact(mention.valueMax, factor); }
      mention.value = timesExact(mention.value, factor);
      mention.asWritten = written;
    }
    if (qualifier) mention.qualifier = qualifier;
    if (commodity) mention.commodity = commodity;
    out.push(mention);
    lastEnd = end;
    if (end > trigger.lastIndex) trigger.lastIndex = end;
  }
  return out.take();
}

/**
 * The mentions of the text being read: a list kept from text to text, copied out at the end at its exact length.
 * Speed: a list of capacities has 25,000 mentions per 200 KB; an array grown by pushing reallocates itself, and past
 * 16,000 elements each copy is a large object of its own, on fresh pages.
 */
const MENTIONS = new ReusedList<CapacityMention>();

/**
 * The last word of a figure (lower case, as lastWordOf gives it) when it could end with one of APPROX_SUFFIXES, else
 * "" (speed: a figure of digits, the usual one, is not copied and lower-cased to be compared with Kazakh endings).
 */
function lastWordForSuffixes(figure: string): string {
  let end = figure.length;
  while (end > 0 && isSpaceCode(figure.charCodeAt(end - 1))) end--;
  return end > 0 && APPROX_LAST_CHARS.has(figure[end - 1]!.toLowerCase()) ? lastWordOf(figure).toLowerCase() : "";
}
const APPROX_LAST_CHARS: ReadonlySet<string> = new Set(APPROX_SUFFIXES.map((s) => s[s.length - 1]!));

/**
 * Bases whose figure a rate word after a few words still turns into a rate (t/year, m3/year, units/year; an area per
 * period is none: "500 тыс. квадратных метров плитки в год" is output, not land).
 */
const RUN_BASES: ReadonlySet<BaseUnit> = new Set<BaseUnit>(["t", "m3", "units", "ha"]);
/** At most this many words between a unit and a rate word ("тонн масличных культур ежегодно"). */
const RUN_WORDS = 3;
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
}
/** Each language's run words, built on its first capacity scan, not at import (~1.5 ms of import CPU). */
const RUN_LISTS = new Map<CapacityWords, () => RunWords>(
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
function wordAfter(N: string, i: number): number {
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
function readRun(p: CapacityPatterns, N: string, text: string, from: number, w: CapacityWords, wantRate: boolean): Run | null {
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
function rateNear(p: CapacityPatterns, N: string, at: number): boolean {
  return p.rateSearch.test(N.slice(at, at + RUN_REACH));
}

function stickyTest(re: RegExp, N: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(N);
}

/** The first position at or after `i` that is no white space. */
function nextNonSpace(N: string, i: number): number {
  while (i < N.length && isSpaceCode(N.charCodeAt(i))) i++;
  return i;
}

/** Whether a figure (a digit, or a number word) starts after the white space at `at`. */
function figureFollows(N: string, at: number): boolean {
  const c = N.charCodeAt(nextNonSpace(N, at));
  if (c >= 48 && c <= 57) return true;
  const end = wordAfter(N, at);
  return end >= 0 && numberWords().has(N.slice(nextNonSpace(N, at), end).toLowerCase());
}

/**
 * A figure that is one multiplier word: "мың тонна" alone is a thousand tonnes, but an
 * abbreviation alone ("тыс. тонн") is no figure, nor is a multiplier right after a token with
 * a digit that the figure could not take ("400-ге жуық мың тонна", "5) млн тонн").
 */
function isMultiplierWord(figure: string): boolean {
  const first = figure.charCodeAt(0);
  if (first >= 48 && first <= 57) return false; // digits: most figures
  const word = figure.trim().toLowerCase().replace(/\.$/, "");
  return !word.includes(" ") && numberWords().get(word)?.kind === "multiplier";
}

function bareMultiplierIsWrong(figure: string, N: string, start: number, floor: number): boolean {
  if (!isMultiplierWord(figure)) return false;
  const word = figure.trim().toLowerCase().replace(/\.$/, "");
  // "десятки тысяч тонн", "several million tonnes", "тысяч тонн" alone: a count unknown (as for money)
  if (ABBREVIATED_ONLY.has(word) || PLURAL_MULTIPLIERS.has(word)) return true;
  let i = start;
  // digits count in the token just before, or the one before a qualifier word ("400-ге жуық"); a word of an
  // unknown count in any of the three words before ("a quarter of a million tonnes", as money reads it)
  let adjacent = true;
  for (let n = 0; n < 3; n++) {
    while (i > floor && isSpaceCode(N.charCodeAt(i - 1))) i--;
    const end = i;
    while (i > floor && !isSpaceCode(N.charCodeAt(i - 1))) i--;
    if (i >= end) return false;
    for (let k = i; adjacent && k < end; k++) {
      const c = N.charCodeAt(k);
      if (c >= 48 && c <= 57) return true;
    }
    const before = N.slice(i, end).toLowerCase();
    if (VAGUE_QUANTITIES.has(before)) return true;
    if (!INSIDE_QUALIFIERS.has(before)) adjacent = false;
  }
  return false;
}

/** Qualifier words between a figure in a case form and its multiplier ("400-ге жуық мың"). */
const INSIDE_QUALIFIERS: ReadonlySet<string> = new Set(Object.values(QUALIFIERS_INSIDE).flatMap((t) => Object.keys(t)));


function contextRate(p: CapacityPatterns, N: string, start: number, words: CapacityWords): Period | undefined {
  const from = Math.max(0, start - 40);
  if (!mayEndInWord(N, from, start)) return undefined;
  const c = p.rateContext.exec(N.slice(from, start));
  return c ? wordValue(words.rateContext, c[1]) : undefined;
}

/**
 * False when N[from, to) cannot end as rateContext's matches do (a letter, then blanks, a dash or colon and blanks at
 * most): its last character before them is an ASCII one that is no letter. Speed: in a list of capacities ("100 MW,
 * 200 MW, …") the text before every figure ends in a comma, and the rate word was searched for in its 40 characters.
 */
function mayEndInWord(N: string, from: number, to: number): boolean {
  let k = to - 1;
  while (k >= from && isSpaceCode(N.charCodeAt(k))) k--;
  if (k >= from && (N.charCodeAt(k) === 45 /* - */ || N.charCodeAt(k) === 58 /* : */)) {
    k--;
    while (k >= from && isSpaceCode(N.charCodeAt(k))) k--;
  }
  if (k < from) return false;
  const c = N.charCodeAt(k);
  return c >= 0x80 || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

function isBuiltLength(p: CapacityPatterns, N: string, start: number, end: number, entry: UnitEntry, floor: number): boolean {
  const before = N.slice(Math.max(floor - WINDOW_BEFORE, start - 40, 0), start);
  if (p.speedBefore.test(before)) return false;
  if (p.locatingBefore && p.locatingBefore.test(before)) return false;
  p.locatingAfter.lastIndex = end;
  if (p.locatingAfter.test(N)) return false;
  if (entry.needsBuiltCue) return p.builtCue.test(N.slice(Math.max(0, start - CUE_BEFORE), end + CUE_AFTER));
  return true;
}

function commodityAfter(p: CapacityPatterns, N: string, end: number, start: number, bodyStart: number): string | undefined {
  p.commodityAfter.lastIndex = end;
  const c = p.commodityAfter.exec(N);
  if (c) return commodityName(c[1]!);
  p.genericAfter.lastIndex = end;
  if (!p.genericAfter.test(N)) return undefined;
  return commodityBefore(p, N, start, bodyStart);
}

/** Units whose figure a commodity before a capacity frame word measures (not power, area, length or count). */
const FRAMED_UNITS: ReadonlySet<string> = new Set(["t", "t/day", "t/year", "m3", "m3/year"]);
/** How far before a span the commodity of a capacity frame word is looked for (four words and the frame). */
const FRAME_LOOKBACK = 120;

/** The commodity a few words before a capacity frame word that ends right before the span, in its sentence. */
function framedCommodity(p: CapacityPatterns, N: string, start: number, bodyStart: number): string | undefined {
  // Speed: the pattern (a commodity tree tried at each of up to 120 positions) runs only when a frame word ends the
  // blanks before the span; run on every tonnage, a Kazakh list of them ("5 мың тонна, " × n) cost 2.9x news per MB
  let end = start;
  while (end > 0 && isSpaceCode(N.charCodeAt(end - 1))) end--;
  // (the last letters compared first: frame words end in lower case, and most tonnages have none before them)
  const last = N.charCodeAt(end - 1);
  if (!p.frames.some((f) => f.charCodeAt(f.length - 1) === last && end >= f.length && N.slice(end - f.length, end).toLowerCase() === f)) return undefined;
  const from = sentenceStart(N, start, Math.max(bodyStart, start - FRAME_LOOKBACK));
  // the commodity nearest the frame word: "газохимического комплекса по производству полиэтилена мощностью" makes
  // polyethylene (the first match, "газ…", names the industry). The window is FRAME_LOOKBACK long and each retry
  // starts past the match before, so at most a few tries.
  let window = N.slice(from, start);
  let found: string | undefined;
  for (let m = p.frameCommodity.exec(window); m; m = p.frameCommodity.exec(window)) {
    found = m[1]!;
    window = window.slice(m.index + m[1]!.length);
  }
  return found !== undefined ? commodityName(found) : undefined;
}

/** "… полиэтилен шығаратын зауыт … жылына … тонна өнім": the product named earlier in the sentence. */
function commodityBefore(p: CapacityPatterns, N: string, start: number, bodyStart: number): string | undefined {
  const from = sentenceStart(N, start, Math.max(bodyStart, start - COMMODITY_LOOKBACK));
  const region = N.slice(from, start);
  p.commodity.lastIndex = 0;
  let last: string | undefined;
  let k: RegExpExecArray | null;
  while ((k = p.commodity.exec(region))) last = k[0];
  return last ? commodityName(last) : undefined;
}

export const capacityRecognizer: Recognizer = {
  name: "capacity",
  type: "capacity",
  languages: ["kk", "ru", "en"],
  recognize: (context) => recognizeIn(context, context.language === "und" ? "kk" : context.language),
};
