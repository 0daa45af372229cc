/**
 * What a language gives the date recognizer: patterns whose named groups follow one
 * convention (below), and the vocabulary that turns the matched words into numbers.
 *
 * Named groups (all optional; a pattern uses the ones it needs):
 * - `y`, `y2`: a year in digits (start and end of a range); `yw`, `y2w`: a year in words
 * - `m`, `m2`: a month name (any case form listed in `months`); `mn`, `mn2`: a month number; `mcnt`: a count of
 *   months from January ("за 9 месяцев": January to September);
 *   `mp`: a month name that names a month by its form alone (a Russian prepositional form); `mw`: the word "month"
 * - `d`, `d2`: a day in digits; `dw`, `d2w`: a day in words
 * - `dec`: the first year of a decade ("the 1990s"); `dec2`: the same in two digits ("90-е годы": 30–90 are
 *   the 1930s–1990s, 00 and 10 the 2000s and 2010s)
 * - `cent`: a century (Roman or digits: "XIX", "19-й") → "1801/1900"
 * - `season`: a season word (looked up in `seasons`) before a year → a month range
 * - `y2s`: the last two digits of the year after `y` ("2018/19", a season across two years)
 * - `q`: a quarter ("II", "2", an ordinal word); `h`: a half-year ordinal
 * - `relY`, `relM`, `relD`: a relative word for a year, month or day ("last", "this", "today"); `relQ`, `relH`:
 *   one for a quarter or half-year, `relW` for a calendar week, looked up among the month's (`relativeMonth`);
 *   `relS`: one for a season (`relativeSeason`: "last summer", "прошлым летом", "өткен жазда")
 * - `pre`, `post`: modifier words before or after the date ("by the end of", a postposition)
 * - `gov`: the year is in a form that leads into the next date (genitive or adjectival): a
 *   yearless day, month or period right after it is part of the same date
 * - `cnt` / `cntw`: a count in digits or words, `unit`: a calendar unit word (`offsetUnits`; `unit1`: one
 *   that stands without a count), `dir`: a
 *   direction word (`offsetDirections`): a point given as an offset ("2 года назад", "in three days")
 * - `wd`: a weekday name (`weekdays`), `wdRel`: its modifier (`weekdayModifiers`: last, next)
 * - `ys`: a year in two digits ("31.10.74", "в 91-м году"): 50–99 are 1950–1999, 00–49 are 2000–2049
 * - `ctxB`, `ctxA`: empty groups, set when a word before or the text after makes a day.month figure
 *   with no year ("15.02") a date (`NumericDateWords`)
 * - `decw`: a decade in words (`decadeWords`: "девяностые"), `centw`: a century ordinal in words
 *   (`centuryWords`), `relC`: a relative century word (`relativeCentury`: "прошлого века")
 */
import type { DateModifier } from "../types.js";

/** A relative word: an offset from the reference date, or from the date mentioned just before. */
export interface RelativeWord {
  offset: number;
  /** Counts from the previous date in the text ("the year before that"), else from the reference date. */
  fromPrevious?: boolean;
}

/** The value of a period word that names a year's last quarter or half ("the final quarter", "последнем квартале"). */
export const LAST_PERIOD = -1;

export interface DateVocabulary {
  /** Month name forms (lower case) → 1..12. */
  readonly months: ReadonlyMap<string, number>;
  /** Number words (lower case) for years and days written in words → value; 100 and 1000 multiply. */
  readonly numberWords: ReadonlyMap<string, number>;
  /** Quarter/half ordinals and Roman numerals (lower case) → 1..4, or LAST_PERIOD for a word of the last one ("final"). */
  readonly periodOrdinals: ReadonlyMap<string, number>;
  readonly relativeYear: ReadonlyMap<string, RelativeWord>;
  readonly relativeMonth: ReadonlyMap<string, RelativeWord>;
  readonly relativeDay: ReadonlyMap<string, RelativeWord>;
  /** Modifier phrases (lower case, single spaces) → modifier; "" = part of the span, no modifier. */
  readonly modifiers: ReadonlyMap<string, DateModifier | "">;
  /** Season words (lower case) → the season's first month (3, 6, 9 or 12). */
  readonly seasons?: ReadonlyMap<string, number>;
  /** Count words for offsets ("два", "үш", "three") → value; tokens add up ("двадцать пять"). */
  readonly countWords?: ReadonlyMap<string, number>;
  /** Calendar unit words of an offset ("года", "күн", "weeks") → unit and size (a week: 7 days). */
  readonly offsetUnits?: ReadonlyMap<string, OffsetUnit>;
  /** Direction words of an offset ("назад" −1, "через" +1); `fromPrevious`: counts from the date told before. */
  readonly offsetDirections?: ReadonlyMap<string, RelativeWord>;
  /** Weekday names in their case forms → 1 (Monday) … 7 (Sunday). */
  readonly weekdays?: ReadonlyMap<string, number>;
  /** Words before a weekday → −1 (the previous one), +1 (the next one), 0 (the nearest). */
  readonly weekdayModifiers?: ReadonlyMap<string, number>;
  /** Decade words ("девяностые") → the decade's first year when no century is named (1990). */
  readonly decadeWords?: ReadonlyMap<string, number>;
  /** Century ordinals in words ("двадцатого") → the century (20). */
  readonly centuryWords?: ReadonlyMap<string, number>;
  /** Relative century words ("прошлого") → offset from the reference date's century. */
  readonly relativeCentury?: ReadonlyMap<string, RelativeWord>;
  /** Words before a season that count it from the reference date's ("last" −1, "next" +1: see `relativeSeason` in DateParts). */
  readonly relativeSeason?: ReadonlyMap<string, RelativeWord>;
}

/**
 * The words around a day.month figure with no year ("15.02") or with a two-digit year ("31.10.74")
 * that tell a date from a decimal, a clause number, a version or a time (patterns/date.shared.ts).
 */
export interface NumericDateWords {
  /** Words right before the figure that make it no date: a clause ("ст.", "п."), a version, a time ("в 10.05"). */
  readonly notAfter: readonly string[];
  /** Words right before a day.month that make it a date ("от 15.02", "on 15.02"), kept out of the span. */
  readonly before: readonly string[];
  /** Words right after a day.month that make it a date ("15.02 күні"), kept out of the span. */
  readonly after: readonly string[];
  /**
   * Whether a day.month before punctuation or the end of the text is a date (not in English, which
   * writes decimals with a dot), and whether a Latin word before one makes it none ("iOS 15.02").
   */
  readonly beforePunctuation: boolean;
  /** Whole words (an optional dot after) that make a figure before them a quantity: "млн", "га", "%". */
  readonly quantityWords: readonly string[];
  /** Stems (any ending) that make a figure before them a quantity: "миллион", "тонн", "доллар". */
  readonly quantityStems: readonly string[];
  /** The year noun that may follow a whole numeric date, in its span ("01.01.2026 года", "31.12.2025 г."). */
  readonly yearWordsAfter?: readonly string[];
}

/** A calendar unit of an offset: "года" → year × 1, "недели" → day × 7, "полгода" → month × 6. */
export interface OffsetUnit {
  unit: "year" | "month" | "day";
  size: number;
}

export interface DateRule {
  /** For debugging and tests: which rule found a date. */
  readonly name: string;
  /** A registered global pattern with the named groups above; it starts on a trigger word or figure. */
  readonly pattern: RegExp;
  /**
   * Words that may stand before the match ("by the end of", a leading year, a day before a month):
   * a registered pattern ending in `$`, tried on the text just before the match. Keeping
   * them out of `pattern` lets every pattern start on something rare, which is what makes
   * the scan fast.
   */
  readonly prefix?: RegExp;
  /**
   * `prefix` read backwards as a sticky look-behind at the match start, capturing the prefix in
   * group 1: an empty capture means no prefix, and `prefix` itself is not run.
   */
  readonly prefixProbe?: RegExp;
  /** The match counts only with its prefix. */
  readonly prefixRequired?: boolean;
  /** The match counts only when one of these groups took part (in it or in its prefix). */
  readonly requireAny?: readonly string[];
  /**
   * Something every match contains (e.g. the year noun): a window scanned for the rule is
   * first tested with this cheap pattern, and skipped without it.
   */
  readonly mustContain?: RegExp;
  /**
   * Trigger kinds (see `DateGrammar.triggerKinds`) one of which every match of this rule
   * contains: the rule runs only in windows opened by such a trigger. Absent: every window.
   */
  readonly needs?: readonly string[];
  /**
   * Of `needs`, the kinds whose trigger word is where every match of this rule begins; with
   * `sticky` (the pattern with the `y` flag), such a window tries the rule only at those
   * trigger words instead of scanning the whole window.
   */
  readonly startsAt?: readonly string[];
  readonly sticky?: RegExp;
}

export interface DateGrammar {
  /**
   * Words or characters every date of this language contains (a digit, a month stem, a
   * relative word…): rules run only in short windows around them, never over the whole text.
   */
  readonly trigger: RegExp;
  /** The kind of trigger word each capture group of `trigger` finds (group 1 first), for `DateRule.needs`. */
  readonly triggerKinds?: readonly string[];
  /**
   * When `trigger` has one group only (year figures: kind 0), the kind index of each word it
   * finds, as written in the lists (a space in a word matches any run of spaces and tabs).
   */
  readonly triggerWords?: ReadonlyMap<string, number>;
  readonly rules: readonly DateRule[];
  readonly vocabulary: DateVocabulary;
  /**
   * Two dates that make one range: `rangeWord` matches the whole text between a date that opens one
   * ("from …", "с …") and the next ("to", "по"); `rangeFrom` matches the end of a date whose case opens
   * a range (Kazakh ablative "мамырдан") when the next closes it ("15 мамырға дейін"). A dash between
   * two dates needs no words. See joinRanges in src/recognizers/date.ts.
   */
  readonly rangeWord?: RegExp;
  readonly rangeFrom?: RegExp;
  /**
   * "X мен Y аралығында": `rangeAnd` matches the whole gap, `rangeBetween` the end of the second date's text;
   * "between X and Y": `rangeBetweenFirst` matches the start of the first date's text (with `rangeAnd`).
   */
  readonly rangeAnd?: RegExp;
  readonly rangeBetween?: RegExp;
  readonly rangeBetweenFirst?: RegExp;
}

/** The calendar parts one match names, before context fills in what is missing. */
export interface DateParts {
  year?: number;
  year2?: number;
  month?: number;
  month2?: number;
  day?: number;
  day2?: number;
  quarter?: number;
  half?: number;
  /** First year of a decade ("1990s" → 1990). */
  decade?: number;
  /** A century ("XIX век" → 19). */
  century?: number;
  /** First month of a season (3, 6, 9, 12) named with the year. */
  season?: number;
  relativeYear?: RelativeWord;
  relativeMonth?: RelativeWord;
  relativeDay?: RelativeWord;
  /** A quarter or half-year counted from the reference date's ("в следующем квартале", "this half"). */
  relativeQuarter?: RelativeWord;
  relativeHalf?: RelativeWord;
  /** A calendar week (Monday to Sunday) counted from the reference date's ("на прошлой неделе", "this week"). */
  relativeWeek?: RelativeWord;
  /**
   * The season `season` counted from the reference date's season: −1 the last one of that name before it ("last
   * summer" said in October is that year's, said in June the year before's), +1 the next one after it.
   */
  relativeSeason?: RelativeWord;
  modifier?: DateModifier;
  /** The year leads into a yearless date right after it (group `gov`). */
  leads?: boolean;
  /** A weekday, 1 (Monday) … 7 (Sunday), resolved from the reference date. */
  weekday?: number;
  /** −1: the last such day before the reference date, +1: the next after it, 0: the nearest (−3…+3 days). */
  weekdayDirection?: number;
  /** With weekdayDirection 0: −1 a past clause (on or before the reference day), +1 a future one (on or after it). */
  weekdayTense?: number;
  /** A century counted from the reference date's ("прошлого века": −1). */
  centuryOffset?: number;
  /** The decade (0, 10 … 90) within a century named relatively ("90-е годы прошлого века"). */
  decadeOfCentury?: number;
  /** Set when a weekday, a relative century or an offset from an earlier date is among the parts. */
  wide?: boolean;
}
