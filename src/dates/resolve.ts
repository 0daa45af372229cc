/**
 * Turns the named groups of a date match into calendar parts, and the parts into an ISO
 * value once the context (reference date, the date mentioned before) is known.
 * Calendar checks and arithmetic go through date-fns (./calendar.ts).
 */
import { addCalendarDays, addCalendarMonths, isCalendarDay, isoWeekday } from "./calendar.js";
import { countedSeason, seasonIndex, weekdayOffset, weekdayOnDay } from "./counted.js";
import type { ReferenceDate } from "../reference-date.js";
import type { DateAnchor, DateModifier } from "../types.js";
import { LAST_PERIOD, type DateParts, type DateVocabulary, type RelativeWord } from "./types.js";

/**
 * The named groups of one date match (its prefix's, overridden by its own), every group of the
 * convention in ./types.ts present (undefined when it took no part): all matches share one object
 * shape, so reading the groups costs a fixed-offset load each instead of a look-up on one of many
 * small shapes.
 */
export class DateGroups {
  y: string | undefined = undefined;
  y2: string | undefined = undefined;
  yw: string | undefined = undefined;
  y2w: string | undefined = undefined;
  y2s: string | undefined = undefined;
  m: string | undefined = undefined;
  m2: string | undefined = undefined;
  mn: string | undefined = undefined;
  mn2: string | undefined = undefined;
  mp: string | undefined = undefined;
  mw: string | undefined = undefined;
  /** The number of months from January: "за 9 месяцев 2025 года", "the first nine months of 2025". */
  mcnt: string | undefined = undefined;
  d: string | undefined = undefined;
  d2: string | undefined = undefined;
  dw: string | undefined = undefined;
  d2w: string | undefined = undefined;
  dec: string | undefined = undefined;
  dec2: string | undefined = undefined;
  decw: string | undefined = undefined;
  cent: string | undefined = undefined;
  centw: string | undefined = undefined;
  relC: string | undefined = undefined;
  season: string | undefined = undefined;
  q: string | undefined = undefined;
  h: string | undefined = undefined;
  relY: string | undefined = undefined;
  relM: string | undefined = undefined;
  relD: string | undefined = undefined;
  relQ: string | undefined = undefined;
  relH: string | undefined = undefined;
  relW: string | undefined = undefined;
  relS: string | undefined = undefined;
  pre: string | undefined = undefined;
  post: string | undefined = undefined;
  gov: string | undefined = undefined;
  cnt: string | undefined = undefined;
  cntw: string | undefined = undefined;
  unit: string | undefined = undefined;
  unit1: string | undefined = undefined;
  dir: string | undefined = undefined;
  ago: string | undefined = undefined;
  ys: string | undefined = undefined;
  ctxA: string | undefined = undefined;
  ctxB: string | undefined = undefined;
  wd: string | undefined = undefined;
  wdRel: string | undefined = undefined;
  wdDay: string | undefined = undefined;
  wdIn: string | undefined = undefined;
  wdAt: string | undefined = undefined;
}
/** The group names DateGroups holds. */
export const DATE_GROUP_NAMES: ReadonlySet<string> = new Set(Object.keys(new DateGroups()));
type Groups = DateGroups;

/** Lower case, white space runs as one space; remembered, as the same few words recur. */
const KEYS = new Map<string, string>();
function key(s: string): string {
  let k = KEYS.get(s);
  if (k === undefined) {
    k = s.toLowerCase().replace(/\s+/g, " ");
    if (KEYS.size >= 4096) KEYS.clear();
    KEYS.set(s, k);
  }
  return k;
}

/** A number written in words: units add, a hundred multiplies what is pending, a thousand closes a group. */
export function numberFromWords(text: string, words: ReadonlyMap<string, number>): number | undefined {
  let total = 0;
  let pending = 0;
  for (const token of key(text).split(" ")) {
    const v = words.get(token);
    if (v === undefined) return undefined;
    if (v === 1000) {
      total += (pending || 1) * 1000;
      pending = 0;
    } else if (v === 100) {
      pending = (pending || 1) * 100;
    } else {
      pending += v;
    }
  }
  return total + pending;
}

function yearOf(digits: string | undefined, inWords: string | undefined, vocab: DateVocabulary): number | undefined | null {
  if (digits !== undefined) return Number(digits);
  if (inWords === undefined) return undefined;
  const n = numberFromWords(inWords, vocab.numberWords);
  return n !== undefined && n >= 1800 && n < 2200 ? n : null;
}

function dayOf(digits: string | undefined, inWords: string | undefined, vocab: DateVocabulary): number | undefined | null {
  if (digits !== undefined) return Number(digits);
  if (inWords === undefined) return undefined;
  const n = numberFromWords(inWords, vocab.numberWords);
  return n !== undefined && n >= 1 && n <= 31 ? n : null;
}

function periodOf(token: string | undefined, vocab: DateVocabulary, max: number): number | undefined | null {
  if (token === undefined) return undefined;
  const digit = /\d/.exec(token);
  const n = digit ? Number(digit[0]) : vocab.periodOrdinals.get(key(token));
  if (n === LAST_PERIOD) return max;
  return n !== undefined && n >= 1 && n <= max ? n : null;
}

function monthOf(name: string | undefined, number: string | undefined, vocab: DateVocabulary): number | undefined {
  if (number !== undefined) return Number(number);
  return name === undefined ? undefined : vocab.months.get(key(name));
}

const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

/** A century numeral in Roman (Latin letters) or Arabic digits; null when it is none (0, > 21). */
function centuryOf(token: string | undefined): number | undefined | null {
  if (token === undefined) return undefined;
  let n = 0;
  const digits = /^\d+/.exec(token);
  if (digits) {
    n = Number(digits[0]);
  } else {
    const letters = token.toUpperCase();
    for (let i = 0; i < letters.length; i++) {
      const v = ROMAN_DIGITS[letters[i]!] ?? 0;
      const next = ROMAN_DIGITS[letters[i + 1] ?? ""] ?? 0;
      n += v < next ? -v : v;
    }
  }
  return n >= 1 && n <= 21 ? n : null;
}

/**
 * A year written in two digits ("31.10.74", "в 91-м году", "91-інші жылы"): 50–99 are 1950–1999, 00–49
 * 2000–2049, the pivot of X.509 UTCTime (RFC 5280): news names plans up to mid-century ("к 30-му году")
 * more often than the first half of the last one.
 */
export function fullYearOf(token: string): number {
  const n = Number(token);
  return n >= 50 ? 1900 + n : 2000 + n;
}

/** The first year of a decade written in two digits: 30–90 are the 1900s' decades, 00 and 10 the 2000s'. */
function shortDecadeOf(token: string): number {
  const n = Number(token);
  return n >= 30 ? 1900 + n : 2000 + n;
}

/** The groups of offsets, weekdays, centuries and decades in words: read only for rules that have them. */
export const WIDE_GROUPS: readonly string[] = ["centw", "relC", "dec2", "decw", "unit", "unit1", "wd"];

/**
 * The parts a match names; null when a word cannot be read (e.g. an ordinal below 1800 read as a year).
 * `wide`: the rule has one of WIDE_GROUPS (most matches are plain years, months and relative
 * words; not reading the other groups keeps the look-ups on the many shapes of `g` few).
 */
/** The most years a range whose end is written in two digits spans ("2026-28", a plan of a few years). */
const TWO_DIGIT_SPAN = 15;

export function readParts(g: Groups, vocab: DateVocabulary, wide = true): DateParts | null {
  const year = g.ys !== undefined ? fullYearOf(g.ys) : yearOf(g.y, g.yw, vocab);
  let year2 = yearOf(g.y2, g.y2w, vocab);
  // "2018/19", "2026-28": the second year in two digits is a later year of the first's century, at most
  // TWO_DIGIT_SPAN on (else no date)
  if (g.y2s !== undefined && year !== undefined && year !== null) {
    year2 = year - (year % 100) + Number(g.y2s);
    if (year2 <= year || year2 > year + TWO_DIGIT_SPAN) return null;
  }
  const century = wide && g.centw !== undefined ? vocab.centuryWords?.get(key(g.centw)) ?? null : centuryOf(g.cent);
  if (century === null) return null;
  const day = dayOf(g.d, g.dw, vocab);
  const day2 = dayOf(g.d2, g.d2w, vocab);
  const quarter = periodOf(g.q, vocab, 4);
  const half = periodOf(g.h, vocab, 2);
  if (year === null || year2 === null || day === null || day2 === null || quarter === null || half === null) {
    return null;
  }
  const parts: DateParts = {
    year, year2, day, day2, quarter, half,
    month: monthOf(g.m ?? g.mp, g.mn, vocab),
    month2: monthOf(g.m2, g.mn2, vocab),
  };
  // "за 9 месяцев 2025 года": January to the ninth month
  if (g.mcnt !== undefined) {
    const n = /^\d+$/.test(g.mcnt) ? Number(g.mcnt) : numberFromWords(g.mcnt, vocab.countWords ?? vocab.numberWords);
    if (n === undefined || n < 2 || n > 12) return null;
    parts.month = 1;
    parts.month2 = n;
  }
  // "from the 1st to the 20th of June": the one month belongs to both days
  if (parts.month === undefined && parts.day !== undefined) parts.month = parts.month2;
  if (!plausible(parts)) return null;
  if (g.dec !== undefined) parts.decade = Number(g.dec);
  if (wide) {
    if (!readWide(g, vocab, parts, century)) return null;
  } else if (century !== undefined) {
    parts.century = century;
  }
  if (g.season !== undefined) {
    const season = vocab.seasons?.get(key(g.season));
    if (season === undefined) return null;
    parts.season = season;
  }
  if (g.gov !== undefined) parts.leads = true;
  if (g.relY !== undefined) parts.relativeYear = vocab.relativeYear.get(key(g.relY));
  if (g.relM !== undefined) parts.relativeMonth = vocab.relativeMonth.get(key(g.relM));
  if (g.relD !== undefined) parts.relativeDay = vocab.relativeDay.get(key(g.relD));
  if (g.relQ !== undefined) parts.relativeQuarter = vocab.relativeMonth.get(key(g.relQ));
  if (g.relH !== undefined) parts.relativeHalf = vocab.relativeMonth.get(key(g.relH));
  if (g.relW !== undefined) parts.relativeWeek = vocab.relativeMonth.get(key(g.relW));
  if (g.relS !== undefined) {
    parts.relativeSeason = vocab.relativeSeason?.get(key(g.relS));
    if (!parts.relativeSeason || parts.season === undefined) return null;
  }
  // a day or month counted from the date told before ("на следующий день") is resolved with the other
  // such offsets (resolveWide), not from the reference date when a date was told before
  if (parts.relativeDay?.fromPrevious || parts.relativeMonth?.fromPrevious) parts.wide = true;
  // "on the 19th": a day with no month is a day of the reference month (or of the month named with it)
  if (parts.day !== undefined && parts.month === undefined && parts.weekday === undefined && !parts.relativeMonth) {
    parts.relativeMonth = THIS_MONTH;
  }
  const modifierText = g.post ?? g.pre;
  if (modifierText !== undefined) {
    const modifier = vocab.modifiers.get(key(modifierText));
    // "from 3 to 10 March": a range with both ends is not "since" its start
    const bothEnds = (modifier === "since" || modifier === "until") && (parts.day2 !== undefined || parts.year2 !== undefined);
    if (modifier && !bothEnds) parts.modifier = modifier as DateModifier;
  }
  return parts;
}

const THIS_MONTH: RelativeWord = { offset: 0 };

/** Reads the WIDE_GROUPS into `parts`; false when a word cannot be read. */
function readWide(g: Groups, vocab: DateVocabulary, parts: DateParts, century: number | undefined): boolean {
  if (g.relC !== undefined) {
    const rel = vocab.relativeCentury?.get(key(g.relC));
    if (!rel) return false;
    parts.centuryOffset = rel.offset;
  }
  // a two-digit decade or a decade word: in the century named with it, else its usual century
  const shortDecade = g.dec2 !== undefined ? shortDecadeOf(g.dec2) : g.decw !== undefined ? vocab.decadeWords?.get(key(g.decw)) ?? null : undefined;
  if (shortDecade === null) return false;
  if (shortDecade !== undefined) {
    if (century !== undefined) parts.decade = (century - 1) * 100 + (shortDecade % 100);
    else if (parts.centuryOffset !== undefined) parts.decadeOfCentury = shortDecade % 100;
    else parts.decade = shortDecade;
  } else if (century !== undefined) {
    parts.century = century;
  }
  if ((g.unit ?? g.unit1) !== undefined && !readOffset(g, vocab, parts)) return false;
  if (g.wd !== undefined) {
    const weekday = vocab.weekdays?.get(key(g.wd));
    if (weekday === undefined) return false;
    parts.weekday = weekday;
    parts.weekdayDirection = g.wdRel !== undefined ? vocab.weekdayModifiers?.get(key(g.wdRel)) ?? 0 : 0;
  }
  if (parts.weekday !== undefined || parts.centuryOffset !== undefined || parts.relativeYear?.fromPrevious
    || parts.relativeMonth?.fromPrevious || parts.relativeDay?.fromPrevious) parts.wide = true;
  return true;
}

/**
 * An offset from the reference date ("2 года назад", "in three days") as a relative year, month or
 * day (a week is 7 days); false when a word cannot be read. A count is required unless the unit
 * word stands for one ("год назад", "a year ago" carry their count as "a"/no word).
 */
function readOffset(g: Groups, vocab: DateVocabulary, parts: DateParts): boolean {
  const unit = vocab.offsetUnits?.get(key((g.unit ?? g.unit1)!));
  const direction = vocab.offsetDirections?.get(key(g.dir ?? ""));
  if (!unit || !direction) return false;
  const n = g.cnt !== undefined ? Number(g.cnt) : g.cntw !== undefined ? numberFromWords(g.cntw, vocab.countWords ?? vocab.numberWords) : 1;
  if (n === undefined || !Number.isInteger(n) || n < 1 || n > 1000) return false;
  const rel = { offset: direction.offset * n * unit.size, ...(direction.fromPrevious ? { fromPrevious: true } : {}) };
  if (unit.unit === "year") parts.relativeYear = rel;
  else if (unit.unit === "month") parts.relativeMonth = rel;
  else parts.relativeDay = rel;
  return true;
}

/** A day that no calendar has (31 April; 30 February; 29 February of a common year) is no date. */
function plausible(p: DateParts): boolean {
  return dayExists(p.year, p.month, p.day) && dayExists(p.year, p.month2 ?? p.month, p.day2);
}
function dayExists(year: number | undefined, month: number | undefined, day: number | undefined): boolean {
  // a leap year when the year is not known yet
  return month === undefined || day === undefined || isCalendarDay(year ?? 2024, month, day);
}

/** Whether the parts name no year of their own (a day, month, quarter or half alone). */
export function yearless(p: DateParts): boolean {
  return p.year === undefined && p.year2 === undefined && p.decade === undefined && !p.relativeYear
    && !p.relativeMonth && !p.relativeDay && !p.relativeQuarter && !p.relativeHalf && !p.relativeWeek && !p.relativeSeason
    && (p.month !== undefined || p.quarter !== undefined || p.half !== undefined || p.season !== undefined);
}

/** "in 2025" + "on 15 March" written as one phrase: one date, the year from the first, the rest from the second. */
export function joinParts(year: DateParts, rest: DateParts): DateParts {
  const joined: DateParts = { ...rest, year: year.year, relativeYear: year.relativeYear };
  if (!rest.modifier && year.modifier) joined.modifier = year.modifier;
  return joined;
}

export interface ResolveContext {
  reference: ReferenceDate | null;
  /** Year of the nearest date before this one in the text. */
  previousYear: number | null;
  /** Whether that date is in the same sentence. */
  previousInSentence?: boolean;
  /**
   * The tense of a bare weekday's clause, −1 or +1 (src/dates/tense.ts), where the parts have none of their own. (Passed
   * here, not set on a copy of the parts: a spread copy of every weekday's parts took the date stage on a text of weekdays
   * from 22 to 220–300 ms per 380 KB, its new object shapes slowing anchorOf and the loop that reads them.)
   */
  weekdayTense?: number;
}

export interface ResolvedDate {
  value: string;
  relative: boolean;
  /** The year it names (the start of a range), for the dates after it. */
  year: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const ym = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
const ymd = (y: number, m: number, d: number) => `${ym(y, m)}-${pad(d)}`;

/** A relative date that neither the reference date nor an earlier date in the text resolves. */
export const UNRESOLVED = "unresolved";

/**
 * Weekdays, relative centuries and offsets counted from an earlier date (parts marked `wide`);
 * undefined: resolved as any other relative date.
 */
function resolveWide(p: DateParts, ref: ReferenceDate | null, ctx: ResolveContext): ResolvedDate | typeof UNRESOLVED | null | undefined {
  // a month or day counted from an earlier date ("спустя два дня", "двумя неделями ранее"): only the
  // year of that date is known, so no value (a mention all the same, as every relative date); with no
  // earlier date it counts from the reference date
  if ((p.relativeDay?.fromPrevious || p.relativeMonth?.fromPrevious) && ctx.previousYear !== null) return UNRESOLVED;
  if (p.weekday !== undefined) {
    if (!ref || ref.day === undefined || ref.month === undefined) return UNRESOLVED;
    if (p.day !== undefined) {
      const date = weekdayOnDay(ref.year, ref.month, ref.day, p.weekday, p.day);
      return date ? { value: ymd(date.year, date.month, date.day), relative: true, year: date.year } : null;
    }
    const from = isoWeekday(ref.year, ref.month, ref.day);
    const date = addCalendarDays(ref.year, ref.month, ref.day, weekdayOffset(from, p.weekday, p.weekdayDirection ?? 0, p.weekdayTense ?? ctx.weekdayTense ?? 0));
    return { value: ymd(date.year, date.month, date.day), relative: true, year: date.year };
  }
  if (p.centuryOffset !== undefined) {
    if (!ref) return UNRESOLVED;
    const century = Math.floor((ref.year - 1) / 100) + 1 + p.centuryOffset;
    if (p.decadeOfCentury !== undefined) {
      const decade = (century - 1) * 100 + p.decadeOfCentury;
      return { value: `${pad(decade, 4)}/${pad(decade + 9, 4)}`, relative: true, year: decade };
    }
    const first = (century - 1) * 100 + 1;
    return { value: `${pad(first, 4)}/${pad(first + 99, 4)}`, relative: true, year: first };
  }
  return undefined;
}

/**
 * The ISO value of the parts in context; UNRESOLVED when it is relative and cannot be told
 * without guessing (no reference date, no earlier year); null when it names no calendar date.
 */
export function resolveParts(p: DateParts, ctx: ResolveContext): ResolvedDate | typeof UNRESOLVED | null {
  const ref = ctx.reference;
  if (p.wide) {
    const wide = resolveWide(p, ref, ctx);
    if (wide !== undefined) return wide;
  }
  if (p.relativeDay) {
    if (!ref || ref.month === undefined) return UNRESOLVED;
    if (ref.day === undefined) {
      return p.relativeDay.offset === 0 ? { value: ym(ref.year, ref.month), relative: true, year: ref.year } : UNRESOLVED;
    }
    const date = addCalendarDays(ref.year, ref.month, ref.day, p.relativeDay.offset);
    return { value: ymd(date.year, date.month, date.day), relative: true, year: date.year };
  }
  if (p.relativeMonth) {
    if (!ref || ref.month === undefined) return UNRESOLVED;
    const date = addCalendarMonths(ref.year, ref.month, p.relativeMonth.offset);
    // "on the 19th (of last month)": that day of the month
    if (p.day !== undefined) {
      return isCalendarDay(date.year, date.month, p.day) ? { value: ymd(date.year, date.month, p.day), relative: true, year: date.year } : null;
    }
    return { value: ym(date.year, date.month), relative: true, year: date.year };
  }
  if (p.relativeWeek) {
    // Monday to Sunday of the reference day's week, moved by whole weeks
    if (!ref || ref.month === undefined || ref.day === undefined) return UNRESOLVED;
    const monday = addCalendarDays(ref.year, ref.month, ref.day, 1 - isoWeekday(ref.year, ref.month, ref.day) + 7 * p.relativeWeek.offset);
    const sunday = addCalendarDays(monday.year, monday.month, monday.day, 6);
    return { value: `${ymd(monday.year, monday.month, monday.day)}/${ymd(sunday.year, sunday.month, sunday.day)}`, relative: true, year: monday.year };
  }
  if (p.relativeSeason && p.season !== undefined) {
    if (!ref || ref.month === undefined) return UNRESOLVED;
    const index = countedSeason(seasonIndex(ref.year, ref.month), p.season / 3 - 1, p.relativeSeason.offset);
    const year = Math.floor(index / 4);
    const first = 3 + 3 * (index - year * 4);
    // winter is named by the year it ends in (as "зимой 2025 года")
    if (first === 12) return { value: `${ym(year, 12)}/${ym(year + 1, 2)}`, relative: true, year: year + 1 };
    return { value: `${ym(year, first)}/${ym(year, first + 2)}`, relative: true, year };
  }
  // a quarter or half counted from the reference date's: periods numbered from year 0
  const period = p.relativeQuarter ? [4, "Q", p.relativeQuarter] as const : p.relativeHalf ? [2, "H", p.relativeHalf] as const : undefined;
  if (period) {
    if (!ref || ref.month === undefined) return UNRESOLVED;
    const [perYear, letter, rel] = period;
    const index = ref.year * perYear + Math.floor(((ref.month - 1) * perYear) / 12) + rel.offset;
    const year = Math.floor(index / perYear);
    return { value: `${pad(year, 4)}-${letter}${index - year * perYear + 1}`, relative: true, year };
  }
  if (p.decade !== undefined) return { value: `${p.decade}/${p.decade + 9}`, relative: false, year: p.decade };
  if (p.century !== undefined) {
    const first = (p.century - 1) * 100 + 1;
    return { value: `${pad(first, 4)}/${pad(first + 99, 4)}`, relative: false, year: first };
  }

  let year = p.year;
  let relative = false;
  if (year === undefined && p.relativeYear) {
    const base = p.relativeYear.fromPrevious ? (ctx.previousYear ?? ref?.year) : ref?.year;
    if (base === undefined) return UNRESOLVED;
    year = base + p.relativeYear.offset;
    relative = true;
  }
  if (year === undefined) {
    // A quarter or half belongs to the year being talked about; a day or month to the year
    // named earlier in the same sentence, else to the reference year (a news item's
    // "May 10" is this year's), else to the year named before.
    const fromText = ctx.previousYear ?? undefined;
    const period = p.quarter !== undefined || p.half !== undefined || p.season !== undefined;
    year = period || ctx.previousInSentence ? (fromText ?? ref?.year) : (ref?.year ?? fromText);
    if (year === undefined) return UNRESOLVED;
    relative = true;
  }
  const value = isoValue(p, year);
  return value === null ? null : { value, relative, year };
}

function isoValue(p: DateParts, year: number): string | null {
  if (p.year2 !== undefined && p.month !== undefined && p.month2 !== undefined) {
    // a range across years, each end with its month (and day): "с 10 декабря 2024 по 15 января 2025 года"
    const start = isoValue({ month: p.month, day: p.day }, year);
    const end = isoValue({ month: p.month2, day: p.day2 }, p.year2);
    return start !== null && end !== null && p.year2 > year && p.year2 - year < 100 ? `${start}/${end}` : null;
  }
  // a winter named by the two years it spans ("winter 2024/25", "зимой 2024-2025 годов"): December to February;
  // another season with two years ("летом 2024-2025 годов": each summer) is the years
  if (p.season === 12 && p.year2 === year + 1) return `${ym(year, 12)}/${ym(p.year2, 2)}`;
  if (p.year2 !== undefined) return p.year2 > year && p.year2 - year < 100 ? `${year}/${p.year2}` : null;
  if (p.quarter !== undefined) return `${pad(year, 4)}-Q${p.quarter}`;
  // a season with its year: three months; winter is the one that ends in the year named
  if (p.season !== undefined) {
    return p.season === 12 ? `${ym(year - 1, 12)}/${ym(year, 2)}` : `${ym(year, p.season)}/${ym(year, p.season + 2)}`;
  }
  if (p.half !== undefined) return `${pad(year, 4)}-H${p.half}`;
  if (p.month === undefined) return p.day === undefined ? pad(year, 4) : null;
  if (p.day === undefined) {
    if (p.month2 === undefined) return ym(year, p.month);
    return p.month2 > p.month ? `${ym(year, p.month)}/${ym(year, p.month2)}` : null;
  }
  const start = calendarDay(year, p.month, p.day);
  if (start === null || p.day2 === undefined) return start;
  const end = calendarDay(year, p.month2 ?? p.month, p.day2);
  if (end === null) return null;
  return end > start ? `${start}/${end}` : null;
}

/**
 * A day's ISO value ("2025-05-10"), or null for no calendar day (31 February). Speed: remembered by the day, as
 * both steps are pure and a text names the same days again and again; the calendar test builds a Date. A list of
 * dates ("May 1, 2000, May 2, 2001, …") spent a tenth of the date stage here.
 */
function calendarDay(year: number, month: number, day: number): string | null {
  // (a key of its own for each month 1-12 and day 1-31; other values are not remembered)
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && Number.isInteger(year))) {
    return isCalendarDay(year, month, day) ? ymd(year, month, day) : null;
  }
  const key = year * 10000 + month * 100 + day;
  let value = CALENDAR_DAYS.get(key);
  if (value === undefined) {
    value = isCalendarDay(year, month, day) ? ymd(year, month, day) : null;
    if (CALENDAR_DAYS.size >= CALENDAR_DAYS_SIZE) CALENDAR_DAYS.clear();
    CALENDAR_DAYS.set(key, value);
  }
  return value;
}
const CALENDAR_DAYS = new Map<number, string | null>();
const CALENDAR_DAYS_SIZE = 4096;

/** The calendar parts an anchor and the parts name alike. */
const CALENDAR_FIELDS = ["month", "day", "month2", "day2", "quarter", "half", "season"] as const;

/**
 * What a relative date is relative to (see `DateAnchor`), from its parts: the reference-date unit
 * and offset, the calendar parts named without a year, a weekday. Undefined for a date that names
 * its own year.
 */
export function anchorOf(p: DateParts, weekdayTense = 0): DateAnchor | undefined {
  const a: DateAnchor = {};
  const rel = p.relativeDay ? ["day", p.relativeDay] as const : p.relativeMonth ? ["month", p.relativeMonth] as const
    : p.relativeQuarter ? ["quarter", p.relativeQuarter] as const : p.relativeHalf ? ["half", p.relativeHalf] as const
    : p.relativeWeek ? ["week", p.relativeWeek] as const : p.relativeSeason ? ["season", p.relativeSeason] as const
    : p.relativeYear && p.year === undefined ? ["year", p.relativeYear] as const : undefined;
  if (rel) {
    a.unit = rel[0];
    a.offset = rel[1].offset;
    if (rel[1].fromPrevious) a.fromPrevious = true;
  } else if (p.centuryOffset !== undefined) {
    a.unit = "century";
    a.offset = p.centuryOffset;
    if (p.decadeOfCentury !== undefined) a.decade = p.decadeOfCentury;
  } else if (p.year !== undefined || p.decade !== undefined || p.century !== undefined) {
    return undefined;
  }
  for (const k of CALENDAR_FIELDS) if (p[k] !== undefined) a[k] = p[k];
  // "10–15 мая": the one month is the range's
  if (a.month2 === a.month) delete a.month2;
  if (p.weekday !== undefined) {
    a.weekday = p.weekday;
    a.direction = p.weekdayDirection ?? 0;
    const tense = p.weekdayTense ?? weekdayTense;
    if (tense) a.tense = tense < 0 ? "past" : "future";
  }
  return Object.keys(a).length > 0 ? a : undefined;
}

/** The parts an anchor stands for (the inverse of `anchorOf`). */
export function partsOfAnchor(a: DateAnchor): DateParts {
  const p: DateParts = {};
  const rel = a.offset !== undefined ? { offset: a.offset, ...(a.fromPrevious ? { fromPrevious: true } : {}) } : undefined;
  if (a.unit === "day") p.relativeDay = rel;
  else if (a.unit === "month") p.relativeMonth = rel;
  else if (a.unit === "year") p.relativeYear = rel;
  else if (a.unit === "quarter") p.relativeQuarter = rel;
  else if (a.unit === "half") p.relativeHalf = rel;
  else if (a.unit === "week") p.relativeWeek = rel;
  else if (a.unit === "season") p.relativeSeason = rel;
  else if (a.unit === "century") {
    p.centuryOffset = a.offset;
    if (a.decade !== undefined) p.decadeOfCentury = a.decade;
  }
  for (const k of CALENDAR_FIELDS) if (a[k] !== undefined) p[k] = a[k];
  if (a.weekday !== undefined) {
    p.weekday = a.weekday;
    p.weekdayDirection = a.direction ?? 0;
    if (a.tense) p.weekdayTense = a.tense === "past" ? -1 : 1;
  }
  if (p.weekday !== undefined || p.centuryOffset !== undefined || a.fromPrevious) p.wide = true;
  return p;
}
