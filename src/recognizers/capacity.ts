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
import {
  APPROX_SUFFIXES, CAPACITY_WORDS, type BaseUnit, type CapacityWords, type Period, type UnitEntry,
} from "../../lexicons/units.js";
import { UNIT_TRIGGER, type CapacityPatterns } from "../../patterns/capacity.common.js";
import { CAPACITY_EN } from "../../patterns/capacity.en.js";
import { CAPACITY_KK } from "../../patterns/capacity.kk.js";
import { ABBREVIATED_ONLY, numberWords, PLURAL_MULTIPLIERS, VAGUE_QUANTITIES } from "../../patterns/number.js";
import { CAPACITY_RU } from "../../patterns/capacity.ru.js";
import { QUALIFIERS_INSIDE } from "../../lexicons/qualifiers.js";
import { commodityName, lookupUnit, wordValue } from "../capacity/lookup.js";
import { FIGURE_STARTS, NUMBERISH, plainFigureEnd, runStarts } from "../capacity/figure-run.js";
import { adjacentWordRange, numberStyle, parseNumber, type NumberStyle } from "../numbers.js";
import { groupIndices, plainFigureGroups, readAfterGroups, readFigureGroups, type FigureGroups } from "../capacity/groups.js";
import { rateFactor, rateUnit, shiftDecimal, timesExact } from "../capacity/units.js";
import { saysNoOutput } from "../capacity/not-output.js";
import { ablativeEnds, joinedRange, unopenedRangeHigh, yearOpensRange } from "../capacity/ranges.js";
import { figureFollows, rateNear, readRun, RUN_BASES, RUN_LISTS } from "../capacity/run.js";
import { linksCounts, shareProductRates, type RatedCount, type UnratedCount } from "../capacity/shared-rate.js";
import { endsWithAny } from "../organizations/chars.js";
import { ReusedList } from "../reused-list.js";
import { isSpaceCode } from "../word-start.js";
import { changeAfter, changeBefore } from "../change-to.js";
import { QUALIFIER_PREDICATES_AFTER } from "../../lexicons/qualifiers.js";
import type { CapacityAsWritten, CapacityMention, Qualifier, SupportedLanguage, WrittenPeriod } from "../types.js";
import type { Recognizer, RecognizerContext } from "./types.js";

/** QUALIFIER_PREDICATES_AFTER: qualifiers after the unit that stay out of the span. */
const PREDICATES_AFTER: ReadonlySet<string> = new Set(QUALIFIER_PREDICATES_AFTER);
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
/** The number style of English text. */
const ENGLISH_STYLE = numberStyle("en");

/** Whether the unit at [start, end) is an English word in lower-case Latin letters ("tonnes", "hectares"; not "MW"). */
function englishUnitWord(N: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  for (let i = start; i < end; i++) {
    const c = N.charCodeAt(i);
    if (i > start && !(c >= 0x61 && c <= 0x7a)) return false;
    if (i === start && !((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))) return false;
  }
  return true;
}

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
  // counts of products that may share a rate word (capacity/shared-rate.ts)
  const links = RUN_LISTS.get(words)!().sharedLinks;
  const unrated: UnratedCount[] = [];
  let rated: RatedCount | null = null;
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
    let numText = g.mult !== undefined ? `${g.num} ${g.mult}` : g.num!;
    // a lone multiplier after a figure it could not take is no figure
    if (bareMultiplierIsWrong(g.mid !== undefined ? g.num! : numText, N, start, bodyStart)) continue;
    // "мыңнан астам тонна": a multiplier with an ending and no figure is none (as for money)
    if (g.mid !== undefined && isMultiplierWord(g.num!)) continue;
    // "бес алты мың тонна": two neighbouring figures with no joiner are a range, as "бес-алты"; "250 мыңнан 500 мың
    // тоннаға дейін": the first figure's ablative opens one
    const unread = g.num2 === undefined && g.mult === undefined && parseNumber(numText, style) === null;
    const adjacent = unread ? adjacentWordRange(numText) ?? ablativeEnds(numText, words) : null;
    if (adjacent) {
      g.num = adjacent.lo;
      g.num2 = adjacent.hi;
    }
    // "rose in 2025 to 56,500 TEU": a year after a preposition of time is the change's date; the figure starts after it
    // (the high end found as written: in words read from a lower-case copy it may not be, and the range stays)
    // "100 and 200 MW": two figures coordinated, no range without "between" (the first is read by coordinated.ts)
    const highAt = g.num2 === undefined || adjacent ? -1
      : yearOpensRange(N, start, g.num!, words) ? N.indexOf(g.num2, start + g.num!.length)
      : unopenedRangeHigh(N, start, unitStart, g.num!, g.num2, words);
    if (highAt >= 0) {
      start = highAt;
      g.num = numText = g.num2!;
      g.num2 = undefined;
      g.qual = undefined;
    }
    // (a figure before an English unit word in a Kazakh or Russian text, an English quote's, is written the English way:
    // "60,000 tonnes" is sixty thousand)
    const figureStyle = style !== ENGLISH_STYLE && englishUnitWord(N, unitStart, unitEnd) ? ENGLISH_STYLE : style;
    const value1 = readFigure(figureStyle, adjacent ? adjacent.lo : numText, g.num2);
    if (value1 === null) continue;
    const value2 = g.num2 ? readFigure(figureStyle, g.num2) : null;

    // (an empty `after` reads as none: where nothing can open one, it is not run; a list of capacities ran it at
    // every unit for a match array and a groups object each)
    p.afterOpens.lastIndex = unitEnd;
    p.after.lastIndex = unitEnd;
    const a = p.afterOpens.test(N) ? p.after.exec(N) : null;
    const ag = readAfterGroups(ix, a);
    let end = a ? unitEnd + a[0].length : unitEnd;
    // a predicate gives its qualifier from outside the span ("40 мың тоннадан | асты"): the qualifier ends `after`
    if (ag.qual !== undefined && PREDICATES_AFTER.has(ag.qual.toLowerCase())) {
      end -= ag.qual.length;
      while (end > unitEnd && isSpaceCode(N.charCodeAt(end - 1))) end--;
    }
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
    // "жылына 3 мың трактор және 500 комбайн": the rate of the count right before
    if (base === "units" && rate === undefined && rated && linksCounts(N, rated.end, start, links)) rate = rated.rate;
    const unit = rateUnit(base, rate);
    if (!unit) {
      // "3,000 tractors and 500 combines a year": kept for the rate of a count right after it
      if (base === "units" && rate === undefined && value2 === null) {
        // (only a chain of linked counts is kept)
        if (unrated.length > 0 && !linksCounts(N, unrated[unrated.length - 1]!.end, start, links)) unrated.length = 0;
        unrated.push({ start, end, value: shiftDecimal(value1, entry ? entry.pow10 : 0) });
      }
      continue;
    }

    // lengths: the rule at the top of this file
    if (base === "km" && !isBuiltLength(p, N, start, end, entry!, windowStart)) continue;
    // a mass of emissions or a reduction ("сократит выбросы CO2 на 170 тыс. тонн в год") is no output
    if (base === "t" && saysNoOutput(N, start, end, windowStart, words)) continue;

    let qualifier: Qualifier | undefined =
      wordValue(words.qualifiersBefore, g.qual) ?? wordValue(words.qualifiersAfter, ag.qual) ?? wordValue(words.qualifiersAfter, run?.qual);
    if (g.num2 && ag.qual && wordValue(words.qualifiersAfter, ag.qual) === "under") qualifier = undefined;
    // "увеличится до 60 тыс. автомобилей в год": where a change ends, no upper bound (src/change-to.ts)
    // (or before one, in Kazakh: "150 МВт-қа дейін ұлғайтылады")
    if (qualifier === "under" && (g.qual !== undefined || ag.qual !== undefined)) {
      const change = changeAfter(text, end) ? "to" : changeBefore(text, start);
      if (change !== null) qualifier = change === "approx" ? "approx" : undefined;
    }
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
    // "с 250 тысяч тонн до 500 тысяч тонн в год": the two ends of one range
    const prev = out.last();
    const range = prev ? joinedRange(prev, mention, N, text, words) : null;
    if (base === "units" && rate !== undefined) {
      if (!range) pushSharing(out, unrated, mention, N, text, links, rate);
      else out.replaceLast(range);
      rated = { end, rate };
    } else if (range) out.replaceLast(range); else out.push(mention);
    lastEnd = end;
    if (end > trigger.lastIndex) trigger.lastIndex = end;
  }
  const list = out.take();
  if (list.length > 1) shareProductRates(N, list, links);
  return list;
}

/**
 * Pushes a rated count of products, and before it the unrated counts right before it that share its rate ("3,000
 * tractors and 500 combines a year": 3,000 units a year too), each joined to the next by a link; `unrated` is emptied.
 */
function pushSharing(
  out: ReusedList<CapacityMention>, unrated: UnratedCount[], mention: CapacityMention, N: string, text: string,
  links: ReadonlySet<string>, rate: Period,
): void {
  let k = unrated.length;
  let next = mention.start;
  while (k > 0 && linksCounts(N, unrated[k - 1]!.end, next, links)) next = unrated[--k]!.start;
  const last = out.last();
  const factor = rateFactor(mention.unit, rate);
  for (let i = k; i < unrated.length; i++) {
    const u = unrated[i]!;
    if (last && u.start < last.end) continue;
    const shared: CapacityMention = { type: "capacity", start: u.start, end: u.end, text: text.slice(u.start, u.end), value: timesExact(u.value, factor), unit: mention.unit };
    if (factor !== 1) shared.asWritten = { value: u.value, per: rate as WrittenPeriod };
    out.push(shared);
  }
  unrated.length = 0;
  out.push(mention);
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

function stickyTest(re: RegExp, N: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(N);
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
