/**
 * English dates: "in 2025", "May 2025", "10 May 2025", "May 10, 2025", "2025-2028",
 * "from 2025 to 2028", "Q2 2025", "the second quarter of 2025", "first half of 2025",
 * "by the end of 2025", "since May 10", "last year", "today". Case-sensitive, so that
 * the verb "may" is no month; modifier words get their capitalized form too.
 */
import {
  EN_DAY_SUFFIXES, EN_HALF_WORDS, EN_MONTH_NOUNS, EN_PERIOD_ORDINALS, EN_PRE_MODIFIERS, EN_QUARTER_WORDS,
  EN_RANGE_AND, EN_RANGE_FROM, EN_RANGE_TO, EN_RELATIVE_DAY_WORDS, EN_RELATIVE_MONTH_ADJECTIVES, EN_RELATIVE_YEAR_ADJECTIVES,
  EN_RELATIVE_YEAR_PHRASES, EN_THE_YEAR, EN_YEAR_PREPOSITIONS, EN_CURRENT_YEAR, EN_CURRENT_YEAR_MODIFIER_KINDS, EN_YEAR_END, EN_YEAR_END_BEFORE, EN_YEAR_END_MODIFIERS, EN_NUMERIC_DATE_WORDS,
} from "../lexicons/dates.en.js";
import { EN_MONTHS_COUNTED, EN_SHORT_YEAR_BEFORE, EN_OFFSET_EARLIER_LATER, EN_DAY_CONJUNCTIONS, EN_DAY_OF_MONTH_BEFORE, EN_DAY_ORDINALS, EN_RANGE_JOIN } from "../lexicons/dates.en.js";
import { EN_DAY_ORDINAL_WORDS, EN_DAY_TENS, EN_LAST_PERIOD_WORDS, EN_SEASON_KIND_WORDS, EN_YEAR_KIND_WORDS } from "../lexicons/dates.en.js";
import {
  EN_CENTURY_WORDS, EN_COUNT_WORDS, EN_DECADE_MODIFIERS, EN_DECADE_WORDS, EN_OFFSET_DIRECTIONS, EN_OFFSET_UNITS, EN_OFFSET_UNITS_IN,
  EN_RELATIVE_CENTURY, EN_RELATIVE_SEASON_WORDS, EN_SEASONS, EN_WEEKDAY_MODIFIERS, EN_WEEKDAY_NAMES_BEFORE, EN_WEEKDAYS,
} from "../lexicons/dates.en.js";
import { EN_MONTHS, ROMAN_PERIOD_NUMERALS } from "../lexicons/months.js";
import { alternation, lazy, NUMBER_START, registerPattern, WORD_END } from "../src/regex.js";
import type { DateGrammar } from "../src/dates/types.js";
import {
  captured, coordinatedDayRules, lastPeriodWords, dayDigits, kindedTrigger, rangeWord, lookup, needing, startingAt, NO_WORD_AFTER, numericDateRules, rule, SECOND_YEAR, words, yearDigits, YEAR_FIGURE,
  WORD_START,
} from "./date.shared.js";

/** Each phrase as written and with a capital first letter (sentence start). */
function withCapitals(list: Iterable<string>): string[] {
  return [...list].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
}
const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

const countTens = withCapitals(Object.keys(EN_COUNT_WORDS).filter((w) => EN_COUNT_WORDS[w]! >= 20));
const countUnits = Object.keys(EN_COUNT_WORDS).filter((w) => EN_COUNT_WORDS[w]! < 10 && w.length > 2);
const monthNames = Object.keys(EN_MONTHS).map(capitalize);
const periodWords = Object.keys(EN_PERIOD_ORDINALS).filter((w) => !/^[qh]\d$|^\d[qh]$/.test(w));

/** The rules' named parts, built with the grammar (not at import: their word alternations took a few ms there). */
const PARTS = lazy(() => ({
  pre: `(?:${captured("pre", withCapitals(Object.keys(EN_PRE_MODIFIERS)))}[\\s-]+)?`,
  preRequired: `${captured("pre", withCapitals(Object.keys(EN_PRE_MODIFIERS)))}[\\s-]+`,
  year: yearDigits("y"),
  year2: yearDigits("y2"),
  // "Sept." and "Sep" both ("June." keeps its full stop out)
  month: `${WORD_START}(?<m>${alternation(monthNames)})(?:(?<=\\.)|${WORD_END})`,
  month2: `${WORD_START}(?<m2>${alternation(monthNames)})(?:(?<=\\.)|${WORD_END})`,
  day: `${dayDigits("d")}(?:${alternation(EN_DAY_SUFFIXES)})?${WORD_END}`,
  day2: `${dayDigits("d2")}(?:${alternation(EN_DAY_SUFFIXES)})?${WORD_END}`,
  // a day in words ("fifth", "twenty-first", "twenty first"), not a part of a compound ("first-quarter", "thirty-fifth")
  dayWord: String.raw`(?<![\p{L}\p{N}-])(?<dw>(?:(?:${alternation(withCapitals(Object.keys(EN_DAY_TENS)))})\s{1,3})?(?:${alternation(withCapitals(Object.keys(EN_DAY_ORDINAL_WORDS)))}))(?![\p{L}\p{N}-])`,
  // "the 19th" with no month after it ("the 19th of March" is a day and month)
  dayOfMonth: String.raw`the \s{1,3} ${dayDigits("d")}(?:${alternation(EN_DAY_SUFFIXES)})${WORD_END} (?! \s+ (?:of \s+)? (?:${alternation(monthNames)})${WORD_END})`,
  relYearOf: `${captured("relY", withCapitals(Object.keys(EN_RELATIVE_YEAR_ADJECTIVES)))}\\s+year${WORD_END}`,
  // "of the year" is the year being talked about
  relYearOfThe: `${captured("relY", withCapitals([...Object.keys(EN_RELATIVE_YEAR_ADJECTIVES), ...Object.keys(EN_THE_YEAR)]))}\\s+year${WORD_END}`,
  quarterNoun: words(EN_QUARTER_WORDS),
  halfNoun: words(EN_HALF_WORDS),
  periodWord: captured("PERIOD", withCapitals(periodWords)),
  // an offset's count: digits, number words ("twenty five"), "a"/"an"
  count: String.raw`(?: ${NUMBER_START}(?<cnt>\d{1,3})(?![\p{N}]|[.,]\p{N}) | ${WORD_START}(?<cntw>(?:${alternation(countTens)})(?:[\s-]{1,3}(?:${alternation(countUnits)}))?|${alternation(withCapitals(Object.keys(EN_COUNT_WORDS)))})${WORD_END} )`,
  offsetUnit: captured("unit", Object.keys(EN_OFFSET_UNITS)),
  from: words(withCapitals(EN_RANGE_FROM)),
  to: words(EN_RANGE_TO),
  rangeTo: words(EN_RANGE_JOIN),
}));

/** English is matched case-sensitively ("may" is a verb, "May" a month). */
const EN = "gux";
/** A modifier before the date ("by the end of", "since"), read as a prefix of the match. */
const PRE = { template: String.raw`{{pre}}` };

/** What may follow a quarter or half: ", 2025", "of 2025", "of next year", "of the year". */
const ofYear = String.raw`(?: (?: ,? \s+ | \s+ of \s+ ) (?: {{year}} | {{relYearOfThe}} ) )`;

/**
 * A two-digit year after an apostrophe ("'91", not "'90s"), and a decade of two digits ("90s", "'90s", not inside
 * "1990s", whose year figure the trigger finds first): figures for the trigger.
 */
const SHORT_YEAR_FIGURE = String.raw`['’]\d\d(?![\d'’A-Za-z])|(?<![\d'’])['’]?[1-9]0['’]?s(?![\dA-Za-z])`;
/** "the" and an optional modifier of EN_DECADE_MODIFIERS before a decade named without its century. */
const THE_DECADE = String.raw`(?<=${WORD_START}(?:the|The)\s(?:(?:${alternation(EN_DECADE_MODIFIERS)})(?:-|\s))?)`;

/** Between the two days of a range: a dash, or a range word between blanks ("to", "through"). */
const DAY_RANGE_JOIN = String.raw`(?: \s*-\s* | \s{1,3} {{rangeTo}} \s{1,3} )`;

/** Built on the date stage's first en text, not at import (its rules and tries cost tens of ms of CPU). */
export const DATE_GRAMMAR_EN = lazy((): DateGrammar => {
  const parts = PARTS();
  return {
  ...kindedTrigger("en", {
    month: withCapitals(Object.keys(EN_MONTHS).map(capitalize)),
    quarter: EN_QUARTER_WORDS,
    half: EN_HALF_WORDS,
    monthNoun: EN_MONTH_NOUNS,
    day: Object.keys(EN_RELATIVE_DAY_WORDS),
    year: ["year"],
    season: Object.keys(EN_SEASONS),
    ago: ["ago"],
    // "years"/"months" are found as the kinds "year"/"monthNoun" (a word extending an earlier kind's)
    offsetIn: EN_OFFSET_UNITS_IN,
    weekday: Object.keys(EN_WEEKDAYS),
    dayOrdinal: EN_DAY_ORDINALS,
    earlierLater: EN_OFFSET_EARLIER_LATER,
    century: ["century"],
    decadeWord: Object.keys(EN_DECADE_WORDS),
    code: Object.keys(EN_PERIOD_ORDINALS).filter((w) => /^[qh]\d$|^\d[qh]$/.test(w)).map((w) => w.toUpperCase()),
  }, SHORT_YEAR_FIGURE),
  rules: [
    ...numericDateRules("en", EN_NUMERIC_DATE_WORDS, true, { ...PRE, parts }),
    // 17 and 21 April, April 17 and 21: a day takes the month of the other
    ...coordinatedDayRules("en", {
      day: `(?:${alternation(EN_DAY_SUFFIXES)})?`, rangeOpeners: withCapitals(EN_RANGE_FROM), conjunctions: EN_DAY_CONJUNCTIONS, month: parts.month, year: parts.year,
      monthFirst: parts.month,
    }),
    // 2025-2028, 2025–2028 (dashes are folded to "-")
    ...startingAt([YEAR_FIGURE], rule("en.yearRange", String.raw`{{year}} \s*-\s* (?: (?<y2s>\d\d)(?![\p{N}]|[-.,/]\p{N}) | {{year2}} ) (?:\s+ ${words(["years"])})?`, parts, EN)),
    // 2014 to 2018, 2014 through 2018 (before punctuation or "years": "1990 to 2000 tonnes" is no range)
    ...startingAt([YEAR_FIGURE], rule(
      "en.yearTo",
      String.raw`{{year}} \s+ {{rangeTo}} \s+ {{year2}} (?: \s+ ${words(["years"])} | ${NO_WORD_AFTER} )`,
      parts,
      EN,
    )),
    // from 2025 to 2028, between 2025 and 2028
    ...needing([YEAR_FIGURE], rule("en.yearFromTo", String.raw`{{from}} \s+ {{year}} \s+ {{to}} \s+ {{year2}}`, parts, EN)),
    // by the end of 2025, since 2020, in early 2026
    ...startingAt([YEAR_FIGURE], rule("en.yearModified", String.raw`{{year}}`, parts, EN, {
      template: String.raw`{{preRequired}} (?:the \s+ year \s+)?`,
      required: true, probe: true,
    })),
    // in 2025, of 2025, the year 2025: the preposition stays out of the span
    ...startingAt([YEAR_FIGURE], rule(
      "en.yearAfterPreposition",
      String.raw`(?<=${WORD_START}(?:${alternation(EN_YEAR_PREPOSITIONS)})\s)${yearDigits("y")}`,
      parts,
      EN,
    )),
    // the 2025 fiscal year, the 2024/25 marketing year: a kind of year between the year and "year"
    ...startingAt([YEAR_FIGURE], rule("en.yearKind", String.raw`{{year}} ${SECOND_YEAR} \s{1,3} ${words(EN_YEAR_KIND_WORDS)} \s{1,3} year${WORD_END}`, parts, EN, PRE)),
    // the 2027 heating season, the 2026 tourist season: a year by its season (a season over two years is a range of its own)
    ...startingAt([YEAR_FIGURE], rule("en.yearSeason", String.raw`{{year}} \s{1,3} ${words(EN_SEASON_KIND_WORDS)} \s{1,3} season${WORD_END}`, parts, EN, PRE)),
    // the 1990s, in the 2010s
    ...startingAt([YEAR_FIGURE], rule("en.decade", String.raw`${NUMBER_START}(?<dec>(?:1[89]|20)\d0)'?s${WORD_END}`, parts, EN, PRE)),
    // the 2018/19 season, 2018/2019
    ...startingAt([YEAR_FIGURE], rule(
      "en.yearSlash",
      String.raw`{{year}} / (?: (?<y2s>\d\d)(?![\p{N}]|[.,/]\p{N}) | {{year2}} )`,
      parts,
      EN,
    )),
    // spring 2025, in the summer of 2024, the winter of 2024/25 (a winter across two years)
    // the spring of next year, the autumn of last year
    ...startingAt(["season"], rule("en.season", String.raw`${captured("season", Object.keys(EN_SEASONS))} (?: (?:\s+ of)? \s+ {{year}} ${SECOND_YEAR} | \s+ of \s+ {{relYearOf}} )`, parts, EN)),
    // this spring, this summer: the season of the reference year (not "the this …"); "last"/"next" and winter are
    // left out: said in June, "last spring" and "next summer" name either of two years, "this winter" either of two
    ...needing(["season"], rule(
      "en.seasonThis",
      String.raw`(?<!${WORD_START}the\s) ${WORD_START} ${captured("relY", withCapitals(["this"]))} \s+ ${captured("season", Object.keys(EN_SEASONS).filter((k) => k.toLowerCase() !== "winter"))} ${WORD_END}`,
      parts,
      EN,
    )),
    // last summer, next spring, this past winter: the season counted from the reference date's (not "the next …")
    ...needing(["season"], rule(
      "en.seasonRel",
      String.raw`(?<!${WORD_START}[Tt]he\s) ${WORD_START} ${captured("relS", Object.keys(EN_RELATIVE_SEASON_WORDS))} \s+ ${captured("season", Object.keys(EN_SEASONS))} ${WORD_END}`,
      parts,
      EN,
      PRE,
    )),
    // in spring, in the summer: the season of the year talked about ("in the fall of prices" is none)
    ...startingAt(["season"], rule(
      "en.seasonAlone",
      String.raw`(?<=${WORD_START}(?:in|In|during|During)\s(?:the\s)?) ${captured("season", Object.keys(EN_SEASONS))} (?!\s+of${WORD_END}|\s*\d)${WORD_END}`,
      parts,
      EN,
    )),
    ...startingAt([YEAR_FIGURE], rule("en.yearBare", String.raw`${yearDigits("y")} ${NO_WORD_AFTER}`, parts, EN)),
    // the first nine months of 2025, the first 6 months of this year: January to the ninth (sixth) month
    ...needing(["year", YEAR_FIGURE], rule(
      "en.monthsCounted",
      String.raw`${WORD_START} (?: ${alternation(withCapitals(EN_MONTHS_COUNTED.first))} ) \s+ (?<mcnt> \d{1,2}(?![\p{N}]|[.,]\p{N}) | (?:${alternation(Object.keys(EN_COUNT_WORDS).filter((w) => EN_COUNT_WORDS[w]! >= 2 && EN_COUNT_WORDS[w]! <= 12))})${WORD_END} ) \s+ (?: ${alternation(EN_MONTHS_COUNTED.month)} ) \s+ of \s+ (?: {{year}} | {{relYearOf}} )`,
      parts,
      EN,
    )),
    // January-March 2025, January–March, 2025, January-September: a range of months of one year (with no year, of the
    // year the reference date gives: nine-month and half-year reports write none)
    ...startingAt(["month"], rule("en.monthRange", String.raw`{{month}} \s*[-–]\s* {{month2}} (?: ,? \s+ {{year}} )?`, parts, EN, PRE)),
    // from March to August, between March and August (2025): the same range with range words
    ...startingAt(["month"], rule(
      "en.monthToMonth",
      String.raw`{{month}} \s+ (?: {{rangeTo}} | {{to}} ) \s+ {{month2}} (?: ,? \s+ {{year}} )?`,
      parts, EN, { template: String.raw`${WORD_START}{{from}} \s+`, required: true },
    )),
    // May 2025, May 10, 2025, early May 2025, May 10
    // (a day in words after the month: "May fifth, 2025", "on May first."; without a year only before punctuation, as
    // "In June first shipments …" and "In March the third unit …" name no day)
    // (a range of days: "May 10-12", "August 17 to 19", "from August 17 through 19")
    ...startingAt(["month"], rule("en.monthDayYear", String.raw`{{month}} (?: \s+ (?: {{day}} (?: ${DAY_RANGE_JOIN} {{day2}} )? | {{dayWord}} ) ,? )? \s+ {{year}}`, parts, EN, PRE)),
    ...startingAt(["month"], rule("en.monthDay", String.raw`{{month}} \s+ (?: {{day}} (?: ${DAY_RANGE_JOIN} {{day2}} )? | {{dayWord}} (?= [ \t]* (?: [.,;:!?)] | $ ) ) )`, parts, EN, PRE)),
    // 10 May 2025, 10th of May, 10-12 May (the day is a required prefix)
    ...startingAt(["month"], rule("en.dayMonth", String.raw`{{month}} (?: ,? \s+ {{year}} )?`, parts, EN, {
      // (a day in words before the month with "of": "the fifth of March")
      template: String.raw`{{pre}} (?: {{day}} (?: (?: \s*-\s* | \s+ {{rangeTo}} \s+ ) {{day2}} )? (?:\s+ of)? | {{dayWord}} \s+ of ) \s+`,
      required: true, probe: true,
    })),
    // since June, by the end of March; in May (the "in" stays out of the span)
    ...startingAt(["month"], rule("en.monthModified", String.raw`{{month}} (?:\s+ of \s+ {{relYearOf}})?`, parts, EN, { ...PRE, required: true, probe: true })),
    ...startingAt(["month"], rule(
      "en.monthIn",
      String.raw`(?<=${WORD_START}(?:in|In|during|During)\s) {{month}} (?:\s+ of \s+ {{relYearOf}})?`,
      parts,
      EN,
    )),
    // Q2 2025, Q2, 2Q 2025, H1 2025
    // (and with a two-digit year glued, as analysts write it: after the digit-first code or an apostrophe, "3Q25",
    // "1H26", "Q4'25"; not "Q325")
    rule("en.quarterCode", String.raw`${WORD_START}(?<q>Q[1-4]|[1-4]Q) (?: (?: (?<=\dQ) | ['’] ) (?<ys>\d\d)${WORD_END} | ${WORD_END} (?:\s+ (?:of \s+)? {{year}})? )`, parts, EN, PRE),
    rule("en.halfCode", String.raw`${WORD_START}(?<h>H[12]|[12]H) (?: (?: (?<=\dH) | ['’] ) (?<ys>\d\d)${WORD_END} | ${WORD_END} (?:\s+ (?:of \s+)? {{year}})? )`, parts, EN, PRE),
    // the second quarter of 2025, second quarter, first half of 2025, the first half of the year
    ...startingAt(["quarter"], rule("en.quarter", String.raw`{{quarterNoun}} ${ofYear}?`, parts, EN, {
      template: String.raw`{{pre}} ${parts.periodWord.replace("PERIOD", "q")} \s+`,
      required: true,
    })),
    // the final quarter of 2025, the latter half of the year: the year's last (with the year after only: "last quarter"
    // alone is the one before)
    ...startingAt(["quarter"], rule("en.quarterLast", String.raw`{{quarterNoun}} ${ofYear}`, parts, EN, {
      template: String.raw`{{pre}} ${captured("q", withCapitals(EN_LAST_PERIOD_WORDS))} \s+`,
      required: true,
    })),
    ...startingAt(["half"], rule("en.halfLast", String.raw`{{halfNoun}} ${ofYear}`, parts, EN, {
      template: String.raw`{{pre}} ${captured("h", withCapitals(EN_LAST_PERIOD_WORDS))} \s+`,
      required: true,
    })),
    ...startingAt(["half"], rule("en.half", String.raw`{{halfNoun}} ${ofYear}`, parts, EN, {
      template: String.raw`{{pre}} ${parts.periodWord.replace("PERIOD", "h")} \s+`,
      required: true,
    })),
    // this year, last year, the previous year, a year earlier
    ...needing(["year"], rule("en.relYear", String.raw`{{relYearOf}}`, parts, EN, PRE)),
    // by the end of the year, at the start of the year: the current year (not "the year-long", "the year's")
    ...needing(["year"], rule(
      "en.currentYear",
      String.raw`${captured("pre", withCapitals(Object.keys(EN_PRE_MODIFIERS).filter((w) => w.endsWith(" of") && EN_CURRENT_YEAR_MODIFIER_KINDS.includes(EN_PRE_MODIFIERS[w]!))))}
        \s+ ${captured("relY", Object.keys(EN_CURRENT_YEAR))} (?![-'’])`,
      parts,
      EN,
    )),
    // by year-end, at year end: the current year's end ("by year-end 2026" is the modifier before a year; not "year-end
    // results", a kind of report)
    ...needing(["year"], rule(
      "en.yearEnd",
      String.raw`(?<pre> ${WORD_START} (?:${alternation(withCapitals(EN_YEAR_END_BEFORE))}) \s+ ${captured("relY", Object.keys(EN_YEAR_END))})
        (?![-\s]*\p{N}) (?!\s+(?:results|report|accounts|bonus|figures|statements?)${WORD_END})`,
      parts,
      EN,
    )),
    ...needing(["year"], rule("en.relYearPhrase", captured("relY", withCapitals(Object.keys(EN_RELATIVE_YEAR_PHRASES))), parts, EN)),
    // this week, last week: a calendar week ("week" is found as an offset unit)
    ...startingAt(["offsetIn"], rule("en.relWeek", String.raw`week${WORD_END}`, parts, EN, {
      template: String.raw`{{pre}} ${captured("relW", withCapitals(Object.keys(EN_RELATIVE_MONTH_ADJECTIVES)))} \s+`,
      required: true,
    })),
    // next half, this half (of the year): not "this half of the plant", "the last half hour"
    ...startingAt(["half"], rule("en.relHalf", String.raw`{{halfNoun}} (?![-\s]+(?:of|a|an|the|hour|hours|century|dozen|\p{N})${WORD_END})(?!-)`, parts, EN, {
      template: String.raw`{{pre}} ${captured("relH", withCapitals(Object.keys(EN_RELATIVE_MONTH_ADJECTIVES)))} \s+`,
      required: true,
    })),
    // next quarter, this quarter, last quarter
    ...startingAt(["quarter"], rule("en.relQuarter", String.raw`{{quarterNoun}}`, parts, EN, {
      template: String.raw`{{pre}} ${captured("relQ", withCapitals(Object.keys(EN_RELATIVE_MONTH_ADJECTIVES)))} \s+`,
      required: true,
    })),
    ...needing(["monthNoun"], rule(
      "en.relMonth",
      String.raw`${captured("relM", withCapitals(Object.keys(EN_RELATIVE_MONTH_ADJECTIVES)))} \s+ ${words(EN_MONTH_NOUNS)}`,
      parts,
      EN,
      PRE,
    )),
    // two years ago, a year ago, 3 days ago ("a few years ago" is vague: no count)
    ...startingAt(["ago"], rule("en.offsetAgo", String.raw`(?<dir>ago)${WORD_END}`, parts, EN, {
      template: String.raw`{{count}} \s{1,3} {{offsetUnit}} \s{1,3}`,
      required: true, probe: true,
    })),
    // in '91, since '98, the class of '05: a two-digit year (50–99 the 1900s, 00–49 the 2000s, as "31.10.74")
    ...startingAt([YEAR_FIGURE], rule(
      "en.shortYear",
      String.raw`(?: (?<ctxB>) (?<=${WORD_START}(?:${alternation(EN_SHORT_YEAR_BEFORE)})\s{1,3}) | ) ['’](?<ys>\d\d)${WORD_END}(?!['’])`,
      parts,
      EN,
      PRE,
      ["ctxB", "pre"],
    )),
    // two years later, three days earlier: counted from the date told before ("later than" compares)
    ...startingAt(["earlierLater"], rule("en.offsetEarlierLater", String.raw`${captured("dir", EN_OFFSET_EARLIER_LATER)}${WORD_END} (?!\s+than${WORD_END})`, parts, EN, {
      template: String.raw`{{count}} \s{1,3} {{offsetUnit}} \s{1,3}`,
      required: true, probe: true,
    })),
    // in three days, in two weeks; in two years' time, two years from now
    ...startingAt(["offsetIn"], rule("en.offsetIn", String.raw`${captured("unit", EN_OFFSET_UNITS_IN)}`, parts, EN, {
      template: String.raw`${WORD_START}(?<dir>in|In) \s{1,3} {{count}} \s{1,3}`,
      required: true, probe: true,
    })),
    ...startingAt(["year", "monthNoun", "offsetIn"], rule(
      "en.offsetInTime",
      String.raw`${WORD_START}(?<unit>years|months|weeks|days|year|month|week|day) (?: (?:'s?)? \s+ time${WORD_END} | \s+ (?<dir>from \s+ now)${WORD_END} )`,
      parts,
      EN,
      { template: String.raw`(?: ${WORD_START}(?<dir>in|In) \s{1,3} )? {{count}} \s{1,3}`, required: true, probe: true },
    )),
    // on Thursday, last Friday, next Monday, Friday, June 21 (merged with the date); Tuesday the 19th
    ...startingAt(["weekday"], rule(
      "en.weekday",
      String.raw`(?<!(?:${alternation(EN_WEEKDAY_NAMES_BEFORE)})\s)${captured("wd", Object.keys(EN_WEEKDAYS))} (?: ,? \s{1,3} {{dayOfMonth}} )?`,
      parts,
      EN,
      { template: String.raw`{{pre}} (?: ${WORD_START}(?<wdRel>${alternation(Object.keys(EN_WEEKDAY_MODIFIERS))}) \s{1,3} )?` },
    )),
    // on the 19th, since the 19th, on the 19th of last month: a day of the reference month (or of the
    // month named after it); "the 19th floor" is none
    ...startingAt(["dayOrdinal"], rule(
      "en.dayOfMonth",
      String.raw`(?: (?<ctxB>) (?<=${WORD_START}(?:${alternation(EN_DAY_OF_MONTH_BEFORE)})\s{1,3}the\s{1,3}) | )
        ${dayDigits("d")}(?:${alternation(EN_DAY_SUFFIXES)})${WORD_END}
        (?: \s+ of \s+ the \s+ month${WORD_END} | \s+ of \s+ ${captured("relM", withCapitals(Object.keys(EN_RELATIVE_MONTH_ADJECTIVES)))} \s+ month${WORD_END} | ${NO_WORD_AFTER} )`,
      parts,
      EN,
      { template: String.raw`{{preRequired}} the \s{1,3}` },
      ["ctxB", "pre"],
    )),
    // the 20th century, the twentieth century, the last century
    ...needing(["century"], rule(
      "en.century",
      String.raw`(?: ${NUMBER_START}(?<cent>[12]?\d)(?:st|nd|rd|th) | ${captured("centw", withCapitals(Object.keys(EN_CENTURY_WORDS)))}
        | ${captured("relC", withCapitals(Object.keys(EN_RELATIVE_CENTURY)))} ) \s+ century${WORD_END}`,
      parts,
      EN,
      PRE,
    )),
    // the nineties, the late nineties (the modifier read by the prefix)
    ...startingAt(["decadeWord"], rule("en.decadeWord", String.raw`${THE_DECADE}${captured("decw", Object.keys(EN_DECADE_WORDS))}`, parts, EN, PRE)),
    // the 90s, the '90s, the mid-90s: 30-90 of the 1900s, 10 and 20 of the 2000s (as the Kazakh decades; not "his 90s", an age)
    ...startingAt([YEAR_FIGURE], rule("en.decadeShort", String.raw`${THE_DECADE}['’]?(?<dec2>[1-9]0)['’]?s${WORD_END}`, parts, EN, PRE)),
    ...startingAt(["day"], rule("en.relDay", captured("relD", withCapitals(Object.keys(EN_RELATIVE_DAY_WORDS))), parts, EN, PRE)),
  ],
  rangeWord: rangeWord("en", EN_RANGE_JOIN),
  rangeAnd: rangeWord("en.and", EN_RANGE_AND),
  rangeBetweenFirst: registerPattern("date.en.rangeBetweenFirst", /^between\s/iu),
  vocabulary: {
    months: lookup(EN_MONTHS),
    numberWords: lookup(EN_DAY_ORDINAL_WORDS, EN_DAY_TENS),
    periodOrdinals: lookup(EN_PERIOD_ORDINALS, ROMAN_PERIOD_NUMERALS, lastPeriodWords(EN_LAST_PERIOD_WORDS)),
    relativeYear: lookup(EN_RELATIVE_YEAR_ADJECTIVES, EN_RELATIVE_YEAR_PHRASES, EN_THE_YEAR, EN_CURRENT_YEAR, EN_YEAR_END),
    relativeMonth: lookup(EN_RELATIVE_MONTH_ADJECTIVES),
    relativeSeason: lookup(EN_RELATIVE_SEASON_WORDS),
    relativeDay: lookup(EN_RELATIVE_DAY_WORDS),
    modifiers: lookup(EN_PRE_MODIFIERS, EN_YEAR_END_MODIFIERS),
    seasons: lookup(EN_SEASONS),
    countWords: lookup(EN_COUNT_WORDS),
    offsetUnits: lookup(EN_OFFSET_UNITS),
    offsetDirections: lookup(EN_OFFSET_DIRECTIONS),
    weekdays: lookup(EN_WEEKDAYS),
    weekdayModifiers: lookup(EN_WEEKDAY_MODIFIERS),
    decadeWords: lookup(EN_DECADE_WORDS),
    centuryWords: lookup(EN_CENTURY_WORDS),
    relativeCentury: lookup(EN_RELATIVE_CENTURY),
  },
  };
});
