/**
 * Kazakh dates: "2025 жылы", "2025-2028 жылдар аралығында", "2025 жылғы 10 мамыр",
 * "он бірінші мамыр", "екі мың жиырма бесінші жылы", "мамыр айында", "II тоқсанның",
 * "алғашқы жартыжылдықтың", "2025 жылдың соңына дейін", "биыл", "өткен жылы", "бүгін".
 * Modifiers are postpositions here, so they follow the date and stay in its span.
 */
import {
  KK_CARDINALS, KK_CURRENT_YEAR, KK_CURRENT_YEAR_FORMS, KK_CURRENT_YEAR_MODIFIERS, KK_DAY_DIGIT_ENDINGS, KK_HALF_FORMS, KK_HALF_OF_FORMS,
  KK_MONTH_WORD_FORMS, KK_ORDINAL_DIGIT_ENDINGS, KK_ORDINALS, KK_PERIOD_ORDINALS, KK_POST_MODIFIERS, KK_DATIVE_POST_MODIFIERS, KK_DATIVE_ENDINGS, KK_ABLATIVE_POST_MODIFIERS, KK_ABLATIVE_ENDINGS, KK_LAST_PERIOD_WORDS,
  KK_QUARTER_FORMS, KK_RELATIVE_DAY_ADJECTIVE_ENDINGS, KK_RELATIVE_DAY_ENDINGS, KK_RELATIVE_DAY_WORDS, KK_RELATIVE_MONTH_ADJECTIVES,
  KK_RELATIVE_YEAR_ADJECTIVES, KK_RELATIVE_YEAR_ENDINGS, KK_YEAR_WORDS_BEFORE_MONTH, KK_MONTHS_NOT_AFTER_YEAR_WORD, KK_RELATIVE_YEAR_WORD_ENDINGS, KK_RELATIVE_YEAR_WORDS, KK_YEAR_ABBREVIATIONS,
  KK_YEAR_ENDINGS, KK_YEAR_FROM_FORMS, KK_YEAR_GOVERNING_ENDINGS, KK_YEAR_LEADING_ENDINGS, KK_YEAR_PLURAL_ENDINGS, KK_YEAR_TO_FORMS,
  KK_VAGUE_AFTER_DAY_ADJECTIVE, KK_YEAR_WORD, KK_NUMERIC_DATE_WORDS, KK_DAY_CONJUNCTIONS,
  KK_DAY_POSSESSIVES, KK_DAY_POSSESSIVE_CASES, KK_DAY_POSSESSIVE_PRONOUNS, KK_MONTH_GENITIVE_ENDINGS,
  KK_MONTH_LIST_CONJUNCTIONS,
} from "../lexicons/dates.kk.js";
import { KK_YEAR_KIND_WORDS, KK_YEAR_MOVE_VERBS } from "../lexicons/dates.kk.js";
import { KK_MONTHS_COUNTED, KK_RANGE_AND, KK_RANGE_BETWEEN, KK_RANGE_FROM_ENDINGS, KK_RELATIVE_SEASON_ADJECTIVES, KK_SEASON_LOCATIVES, KK_SEASON_STEMS, KK_SEASON_RELATIVE_WORDS, KK_THIS_SEASON_WORDS, KK_WEEK_FORMS, KK_YEAR_DIGIT_CASE_ENDINGS } from "../lexicons/dates.kk.js";
import {
  KK_CENTURY_FORMS, KK_CENTURY_WORDS, KK_DECADE_WORDS, KK_DECADE_YEAR_FORMS, KK_OFFSET_AGO, KK_OFFSET_AGO_ENDINGS,
  KK_OFFSET_DIRECTIONS, KK_OFFSET_LATER, KK_OFFSET_UNITS_AGO, KK_OFFSET_UNITS_LATER, KK_RELATIVE_CENTURY,
  KK_RELATIVE_DAY_CASE_ENDINGS, KK_RELATIVE_DAY_CASE_WORDS, KK_SEASONS, KK_WEEKDAY_DAY_WORDS, KK_WEEKDAY_ENDINGS,
  KK_WEEKDAY_MODIFIERS, KK_WEEKDAYS, KK_WEEKDAYS_AMBIGUOUS,
} from "../lexicons/dates.kk.js";
import { KK_MONTH_ENDINGS, KK_MONTHS, KK_MONTHS_AMBIGUOUS, ROMAN_PERIOD_NUMERALS } from "../lexicons/months.js";
import { alternation, lazy, NUMBER_START, WORD_END } from "../src/regex.js";
import type { DateGrammar } from "../src/dates/types.js";
import {
  capitalizable, captured, coordinatedDayRules, lastPeriodWords, unpaired, dayDigits, forms, kindedTrigger, lookup, needing, startingAt, NO_WORD_AFTER, numericDateRules, ROMAN, rule, SECOND_YEAR, stemOf,
  pretested, rangeFrom, rangeWord, stemWithEndings, words, yearDigits, YEAR_FIGURE,
  WORD_START,
} from "./date.shared.js";

const ordinalDigitEnding = `(?:-?(?:${alternation(KK_ORDINAL_DIGIT_ENDINGS)}))?`;
/**
 * A two-digit year with an ordinal ending before the year noun ("91-інші жыл"): a figure for the trigger (no
 * `u` flag); the noun is left to the scan, as "жылдар" is itself a trigger (decades).
 */
const SHORT_YEAR_FIGURE = String.raw`\d\d-?(?:${alternation(KK_ORDINAL_DIGIT_ENDINGS)})(?=\s{1,3}${KK_YEAR_WORD})`;
const cardinalsOf = (test: (v: number) => boolean) =>
  alternation(Object.entries(KK_CARDINALS).filter(([, v]) => test(v)).map(([k]) => k));
const units = cardinalsOf((v) => v < 10);
const tensWords = cardinalsOf((v) => v >= 10 && v < 100);
const hundred = cardinalsOf((v) => v === 100);
const thousand = cardinalsOf((v) => v === 1000);
const thousandth = alternation(Object.entries(KK_ORDINALS).filter(([, v]) => v === 1000).map(([k]) => k));
const ordinal = alternation(Object.keys(KK_ORDINALS));
const tens = alternation(Object.entries(KK_CARDINALS).filter(([, v]) => v >= 10 && v <= 30).map(([k]) => k));
const dayOrdinals = Object.entries(KK_ORDINALS).filter(([, v]) => v <= 10 || v === 20 || v === 30).map(([k]) => k);
const unambiguousMonths = Object.keys(KK_MONTHS).filter((m) => !KK_MONTHS_AMBIGUOUS.includes(m));

/** A day cardinal's possessive forms with their case endings ("бірі", "бірінде", "жиырмасынан"), each with its value. */
const DAY_POSSESSIVE_ENTRIES = Object.entries(KK_DAY_POSSESSIVES).flatMap(([cardinal, possessive]) =>
  KK_DAY_POSSESSIVE_CASES[possessive.endsWith("ы") ? "back" : "front"].map((ending) => ({ form: possessive + ending, cardinal, value: KK_CARDINALS[cardinal]! })));
const DAY_POSSESSIVE_FORMS: Readonly<Record<string, number>> = Object.fromEntries(DAY_POSSESSIVE_ENTRIES.map((e) => [e.form, e.value]));
/** The possessive forms of the cardinals that `test` keeps. */
const dayPossessivesOf = (test: (cardinal: string, value: number) => boolean) =>
  alternation(DAY_POSSESSIVE_ENTRIES.filter((e) => test(e.cardinal, e.value)).map((e) => e.form));
/**
 * A day in words after a month in the genitive, its last word possessive: "жиырма бірінде", "он екісінен", "оны",
 * "жиырмасы", "отыз бірі" (`dw`; the resolver reads the forms through DAY_POSSESSIVE_FORMS). `pronoun` keeps the
 * forms that also read "one of" (KK_DAY_POSSESSIVE_PRONOUNS) when they stand alone.
 */
function dayPossessive(pronoun: boolean): string {
  const alone = (c: string) => pronoun || !KK_DAY_POSSESSIVE_PRONOUNS.includes(c);
  const units = dayPossessivesOf((_c, v) => v < 10);
  // ten and twenty before any unit, thirty only before one
  return String.raw`${WORD_START}(?<dw>(?:${cardinalsOf((v) => v === 10 || v === 20)})\s+(?:${units}) | (?:${cardinalsOf((v) => v === 30)})\s+(?:${dayPossessivesOf((_c, v) => v === 1)})
    | ${dayPossessivesOf((c, v) => v >= 10 || alone(c))})${WORD_END}`;
}

/** Any month in any case form, captured by no group (for the look-arounds of a list). */
const MONTH_ANY = String.raw`${WORD_START}(?:${alternation(Object.keys(KK_MONTHS))})(?:${alternation(KK_MONTH_ENDINGS)})?${WORD_END}`;
/** What joins two months of a list: a comma or a conjunction (blanks bounded, as the look-arounds read them at every try). */
const LIST_JOINT = String.raw`(?:\s{0,3},\s{0,3}|\s{1,3}(?:${alternation(KK_MONTH_LIST_CONJUNCTIONS)})\s{1,3})`;

const countUnits = cardinalsOf((v) => v < 10);
const countTens = cardinalsOf((v) => v >= 10 && v < 100);
/** A decade before "жылдары": "90", "90-шы", "тоқсаныншы". */
const decadeNumber = String.raw`(?: ${NUMBER_START}(?<dec2>[1-9]0|00)(?:-?(?:${alternation(KK_ORDINAL_DIGIT_ENDINGS)}))? | ${captured("decw", Object.keys(KK_DECADE_WORDS))} )`;
const weekdaysPlain = Object.keys(KK_WEEKDAYS).filter((w) => !KK_WEEKDAYS_AMBIGUOUS.includes(w));

/** The rules' named parts, built with the grammar (not at import: their word alternations took a few ms there). */
const PARTS = lazy(() => ({
  // an offset's count: digits (not part of a longer number) or number words ("жиырма бес")
  count: String.raw`(?: ${NUMBER_START}(?<cnt>\d{1,3})(?![\p{N}]|[.,]\p{N}) | ${WORD_START}(?<cntw>(?:${countTens})(?:\s{1,3}(?:${countUnits}))?|${countUnits}|${hundred})${WORD_END} )`,
  // a weekday's case ending, or "күні" after it, then a postposition
  weekdayTail: String.raw`(?: (?:${alternation(KK_WEEKDAY_ENDINGS)})${WORD_END} | \s+ (?<wdDay>${alternation(KK_WEEKDAY_DAY_WORDS)})${WORD_END} )`,
  weekdayPrefix: String.raw`(?: ${WORD_START}(?<wdRel>${alternation(Object.keys(KK_WEEKDAY_MODIFIERS))}) \s{1,3} )?`,
  // "өткен ғасырдың 90-жылдары", "ХХ ғасырдың елуінші жылдарында"
  decadeTail: String.raw`${decadeNumber} (?:\s+|-) (?:${alternation(KK_DECADE_YEAR_FORMS)})${WORD_END}`,
  decadeNumber,
  // a year in digits, optionally with an ordinal ending: 2025, 2025-інші, 2020-сыншы
  year: `${yearDigits("y")}${ordinalDigitEnding}`,
  year2: `${yearDigits("y2")}${ordinalDigitEnding}`,
  // a year in words ending in an ordinal: екі мың жиырма бесінші
  // [бір|екі] мың [тоғыз жүз] [тоқсан] бірінші; екі мыңыншы — one slot per order of magnitude
  yearWords: String.raw`${WORD_START}(?<yw>(?:(?:${units})\s+)?(?:${thousand}\s+(?:(?:(?:${units})\s+)?${hundred}\s+)?(?:(?:${tensWords})\s+)?(?:${ordinal})|${thousandth}))${WORD_END}`,
  // the year noun in any form, or its abbreviation, after a hyphen or a space
  // the year noun in a form that can govern a following day, month or period is marked `gov`
  yearNoun: String.raw`(?:\s+|-)(?:${KK_YEAR_WORD}(?<gov>${alternation(KK_YEAR_LEADING_ENDINGS)})${WORD_END}|${KK_YEAR_WORD}(?:${alternation(KK_YEAR_ENDINGS)})?${WORD_END}|(?:${alternation(KK_YEAR_ABBREVIATIONS)}))`,
  yearNounPlural: String.raw`(?:\s+|-)(?:${KK_YEAR_WORD}(?:${alternation(KK_YEAR_PLURAL_ENDINGS)})${WORD_END}|(?:${alternation(KK_YEAR_ABBREVIATIONS)}))`,
  // "жылғы"/"жылдың": the year governs what follows
  yearOf: String.raw`(?:\s+|-)${KK_YEAR_WORD}(?:${alternation(KK_YEAR_GOVERNING_ENDINGS)})\s+`,
  yearFrom: String.raw`(?:\s+|-)(?:${alternation(KK_YEAR_FROM_FORMS)})\s+`,
  // (not before a verb of moving a date: "2026 жылдан 2028 жылға ауыстырылды" is two years, KK_YEAR_MOVE_VERBS)
  yearTo: String.raw`(?:\s+|-)(?:${alternation(KK_YEAR_TO_FORMS)})${WORD_END}(?!\s+(?:${alternation(KK_YEAR_MOVE_VERBS)}))`,
  // a postposition after the date; one that needs the dative, only after a dative ending ("жылға қарай")
  // (the blanks before it bounded: an unbounded run, backtracked with the look-behind read over it at each step, was
  // quadratic in a run of blanks after a date)
  post: String.raw`(?:\s{1,3}${WORD_START}(?<post>${alternation(Object.keys(KK_POST_MODIFIERS))}|(?<=(?:${alternation(KK_DATIVE_ENDINGS)})\s{1,3})(?:${alternation(Object.keys(KK_DATIVE_POST_MODIFIERS))})|(?<=(?:${alternation(KK_ABLATIVE_ENDINGS)})\s{1,3})(?:${alternation(Object.keys(KK_ABLATIVE_POST_MODIFIERS))}))${WORD_END})?`,
  month: stemWithEndings("m", Object.keys(KK_MONTHS), KK_MONTH_ENDINGS),
  monthPlain: stemWithEndings("m", unambiguousMonths, KK_MONTH_ENDINGS),
  // the second month of a range, in any case form ("қаңтар-наурызда")
  month2: stemWithEndings("m2", Object.keys(KK_MONTHS), KK_MONTH_ENDINGS),
  // the first month of a range, bare
  monthBare: `${WORD_START}(?<m>${alternation(Object.keys(KK_MONTHS))})`,
  monthAmbiguous: stemWithEndings("m", KK_MONTHS_AMBIGUOUS, KK_MONTH_ENDINGS),
  monthWord: `(?:\\s+${words(KK_MONTH_WORD_FORMS)})`,
  // a month of a list: another month before it or after it, with a comma or a conjunction between
  monthListed: String.raw`(?: (?<=${MONTH_ANY}${LIST_JOINT}) | (?=${MONTH_ANY}${LIST_JOINT}${MONTH_ANY}) )`,
  day: String.raw`(?:${dayDigits("d")}${ordinalDigitEnding}(?:\s*-\s*${dayDigits("d2")}${ordinalDigitEnding})?|${WORD_START}(?<dw>(?:(?:${tens})\s+)?(?:${alternation(dayOrdinals)}))${WORD_END})`,
  dayAfterMonth: String.raw`${dayDigits("d")}-?(?:${alternation(KK_DAY_DIGIT_ENDINGS)})${WORD_END}`,
  monthGenitive: String.raw`${WORD_START}(?<m>${alternation(Object.keys(KK_MONTHS))})(?:${alternation(KK_MONTH_GENITIVE_ENDINGS)})${WORD_END}`,
  monthGenitivePlain: String.raw`${WORD_START}(?<m>${alternation(unambiguousMonths)})(?:${alternation(KK_MONTH_GENITIVE_ENDINGS)})${WORD_END}`,
  monthGenitiveAmbiguous: String.raw`${WORD_START}(?<m>${alternation(KK_MONTHS_AMBIGUOUS)})(?:${alternation(KK_MONTH_GENITIVE_ENDINGS)})${WORD_END}`,
  dayPossessive: dayPossessive(true),
  dayPossessiveNotPronoun: dayPossessive(false),
  relYearAdj: `${captured("relY", Object.keys(KK_RELATIVE_YEAR_ADJECTIVES))}\\s+${KK_YEAR_WORD}(?:(?<gov>${alternation(KK_YEAR_LEADING_ENDINGS)})${WORD_END}|(?:${alternation(KK_RELATIVE_YEAR_ENDINGS)})?${WORD_END})`,
  relYearOf: `${captured("relY", Object.keys(KK_RELATIVE_YEAR_ADJECTIVES))}\\s+${KK_YEAR_WORD}(?:${alternation(KK_YEAR_GOVERNING_ENDINGS)})\\s+`,
  // before a month: the year noun in a leading form ("2025 жылы қазанда"), a relative year with it ("өткен жылы
  // наурызда") or a relative year's adjective alone ("биылғы наурызда"; not "өткен наурызда", the last March)
  yearLead: String.raw`(?:\s+|-)${KK_YEAR_WORD}(?:${alternation(KK_YEAR_LEADING_ENDINGS)})\s+`,
  relYearLead: String.raw`${WORD_START}(?<relY>(?:${alternation(Object.keys(KK_RELATIVE_YEAR_ADJECTIVES))})(?=\s+${KK_YEAR_WORD})|${alternation(KK_YEAR_WORDS_BEFORE_MONTH)})(?:\s+${KK_YEAR_WORD}(?:${alternation(KK_YEAR_LEADING_ENDINGS)}))?\s+`,
  period: String.raw`(?<PERIOD>${ROMAN}|${WORD_START}[1-4]${ordinalDigitEnding}|${WORD_START}(?:${alternation(Object.keys(KK_PERIOD_ORDINALS))})${WORD_END})`,
  quarterNoun: forms(KK_QUARTER_FORMS),
  halfNoun: forms(KK_HALF_FORMS),
  halfOfNoun: forms(KK_HALF_OF_FORMS),
}));

/**
 * What every kk.year match contains: the year noun or its abbreviation (all start with the noun)
 * after the last character of a year figure, of its ordinal ending or of an ordinal word.
 */
const YEAR_BEFORE_NOUN = String.raw`[\d${[...new Set([...Object.keys(KK_ORDINALS), ...KK_ORDINAL_DIGIT_ENDINGS].map((w) => w.slice(-1)))].join("")}](?:\s+|-)(?:${alternation([KK_YEAR_WORD, ...KK_YEAR_ABBREVIATIONS])})`;

/**
 * Date context before a month, day or period: "2025 жылғы", "өткен жылдың". (A year in
 * words is read only as a date of its own: before a month it would make the backward
 * prefix search costly.)
 */
const yearPrefix = `(?:{{year}}{{yearOf}}|{{relYearOf}})`;

/**
 * What may stand before a month: a year ("2025 жылғы", "2025 жылы", "өткен жылы", "биылғы"), a day ("10", "он
 * бірінші"), or both ("өткен жылы қазанда" is October of last year).
 */
const MONTH_PREFIX = { template: String.raw`(?:{{year}}{{yearLead}}|{{relYearLead}})? (?: {{day}} (?:\s+|-) )?` };

/** A weekday in a case form or with "күні", an optional modifier before it ("өткен") and a postposition after. */
function weekdayRule(name: string, names: readonly string[], requireAny?: readonly string[]) {
  return startingAt(["weekday"], rule(
    name,
    String.raw`${WORD_START}(?<wd>${alternation(names)}) {{weekdayTail}} {{post}}`,
    PARTS(),
    undefined,
    { template: String.raw`{{weekdayPrefix}}` },
    requireAny,
  ));
}

/** Built on the date stage's first kk text, not at import (its rules and tries cost tens of ms of CPU). */
export const DATE_GRAMMAR_KK = lazy((): DateGrammar => {
  const parts = PARTS();
  return {
  ...kindedTrigger("kk", {
    month: Object.keys(KK_MONTHS),
    // before yearWord: "биылғы жыл" is an adjective with the year noun, not "биыл"
    yearAdjective: Object.keys(KK_RELATIVE_YEAR_ADJECTIVES).map((w) => `${w} ${KK_YEAR_WORD}`),
    yearWord: Object.keys(KK_RELATIVE_YEAR_WORDS),
    monthAdjective: Object.keys(KK_RELATIVE_MONTH_ADJECTIVES).map((w) => `${w} ай`),
    // "өткен жаз…", "келесі көктем…": the adjective with the season's stem
    seasonAdjective: Object.keys(KK_RELATIVE_SEASON_ADJECTIVES).flatMap((w) => KK_SEASON_STEMS.map((s) => `${w} ${s}`)),
    day: Object.keys(KK_RELATIVE_DAY_WORDS),
    quarter: KK_QUARTER_FORMS.slice(0, 1),
    half: KK_HALF_FORMS.slice(0, 1).map((w) => w.slice(0, -1)),
    halfOf: [stemOf(KK_HALF_OF_FORMS)],
    thousand: Object.entries(KK_CARDINALS).filter(([, v]) => v === 1000).map(([w]) => w),
    // the unit with its direction word ("жыл бұрын", "айдан кейін"): the direction words alone are common
    offsetAgo: Object.keys(KK_OFFSET_UNITS_AGO).flatMap((u) => KK_OFFSET_AGO.map((d) => `${u} ${d}`)),
    offsetLater: Object.keys(KK_OFFSET_UNITS_LATER).flatMap((u) => KK_OFFSET_LATER.map((d) => `${u} ${d}`)),
    weekday: Object.keys(KK_WEEKDAYS),
    season: KK_SEASON_LOCATIVES,
    week: KK_WEEK_FORMS,
    century: [KK_CENTURY_FORMS[0]!],
    // the plural year noun every decade has ("90-жылдары", "тоқсаныншы жылдары")
    decadeWord: [stemOf(KK_DECADE_YEAR_FORMS)],
    currentYear: KK_CURRENT_YEAR_FORMS.flatMap((y) => KK_CURRENT_YEAR_MODIFIERS.map((m) => `${y} ${m.split(" ")[0]!}`)),
  }, SHORT_YEAR_FIGURE),
  rules: [
    ...numericDateRules("kk", KK_NUMERIC_DATE_WORDS, false, { parts, after: "{{post}}" }),
    // 17 және 21 сәуірде: the first day takes the later month
    ...coordinatedDayRules("kk", { day: ordinalDigitEnding, rangeOpeners: [], conjunctions: KK_DAY_CONJUNCTIONS, month: parts.month, year: yearDigits("y") }),
    // 2025-2028 жылдар аралығында; 2025-2028 жж.; a bare "2025-2028" before punctuation
    ...startingAt([YEAR_FIGURE], rule("kk.yearRange", String.raw`{{year}} \s*-\s* (?: (?<y2s>\d\d)(?![\p{N}]|[-.,/]\p{N}) | {{year2}} ) (?: {{yearNounPlural}} {{post}} | ${NO_WORD_AFTER} )`, parts)),
    // 2025 жылдан 2028 жылға дейін
    ...startingAt([YEAR_FIGURE], rule("kk.yearFromTo", String.raw`{{year}} {{yearFrom}} {{year2}} {{yearTo}}`, parts)),
    // 2010-жылдары, 1990 жылдарда: a round year with the plural year noun is its decade
    ...startingAt([YEAR_FIGURE], rule(
      "kk.decade",
      String.raw`${NUMBER_START}(?<dec>(?:1[89]|20)\d0) (?:\s+|-) ${KK_YEAR_WORD}(?:${alternation(KK_YEAR_PLURAL_ENDINGS)})${WORD_END} {{post}}`,
      parts,
    )),
    // 2025 жылы, 2025-інші жылға дейін, екі мың жиырма бесінші жылы, 2025 жылдың соңына дейін
    // (the year noun or its abbreviation after a figure, its ordinal ending or an ordinal word is in every
    // match: a window of bare number words is not scanned)
    ...pretested(YEAR_BEFORE_NOUN, "iu", ...startingAt([YEAR_FIGURE], ...needing([YEAR_FIGURE, "thousand"], rule(
      "kk.year",
      String.raw`(?: {{year}} | {{yearWords}} ) {{yearNoun}} {{post}}`,
      parts,
    )))),
    // 91-інші жылы, 23-інші жылға дейін: a two-digit year with an ordinal ending (30–99 the 1900s, 00–29
    // the 2000s, as "31.10.74"); not a decade ("90-ыншы жылдары") nor a bare count ("20 жыл")
    ...startingAt([YEAR_FIGURE], rule(
      "kk.shortYear",
      String.raw`${NUMBER_START}(?<ys>\d\d)-?(?:${alternation(KK_ORDINAL_DIGIT_ENDINGS)}) (?!(?:\s+|-)${KK_YEAR_WORD}дар) {{yearNoun}} {{post}}`,
      parts,
    )),
    // 2025 қаржы жылында, 2024-2025 оқу жылы: a kind of year between the year and its noun
    ...startingAt([YEAR_FIGURE], rule("kk.yearKind", String.raw`{{year}} ${SECOND_YEAR} \s{1,3} ${words(KK_YEAR_KIND_WORDS)} {{yearNoun}} {{post}}`, parts)),
    // 2024 жылдың күзінде, 2025 жылғы көктемде, 2024-2025 жылғы қыста (a winter across two years)
    ...startingAt([YEAR_FIGURE], rule("kk.season", String.raw`{{year}} ${SECOND_YEAR} {{yearOf}} ${captured("season", Object.keys(KK_SEASONS))} {{post}}`, parts)),
    // 2025 жылдың 9 айында, өткен жылдың алғашқы алты айында: January to the ninth (sixth) month
    // (the month word after the count and a space is in every match: a window without one is not scanned)
    ...pretested(String.raw`\s(?:${alternation(KK_MONTHS_COUNTED.month)})`, "iu", ...needing([YEAR_FIGURE, "yearAdjective"], rule(
      "kk.monthsCounted",
      String.raw`(?: {{year}}{{yearOf}} | {{relYearOf}} ) (?: ${alternation(KK_MONTHS_COUNTED.first)} \s+ )? (?<mcnt> \d{1,2}(?![\p{N}]|[.,]\p{N}) | (?:${alternation(Object.keys(KK_CARDINALS).filter((w) => KK_CARDINALS[w]! >= 2 && KK_CARDINALS[w]! <= 9))})${WORD_END} ) \s+ (?: ${alternation(KK_MONTHS_COUNTED.month)} )${WORD_END} {{post}}`,
      parts,
    ))),
    // келесі жылдың көктемінде, өткен жылғы күзде: a season of a relative year
    ...startingAt(["yearAdjective"], rule("kk.seasonRelYear", String.raw`{{relYearOf}} ${captured("season", Object.keys(KK_SEASONS))} {{post}}`, parts)),
    // өткен жазда, келесі көктемге дейін: the season counted from the reference date's
    ...startingAt(["seasonAdjective"], rule(
      "kk.seasonRel",
      String.raw`${captured("relS", Object.keys(KK_RELATIVE_SEASON_ADJECTIVES))} \s+ ${captured("season", Object.keys(KK_SEASONS))} {{post}}`,
      parts,
    )),
    // көктемде, жазда: the season of the year talked about (not "өткен жазда")
    ...startingAt(["season"], rule(
      "kk.seasonAlone",
      String.raw`(?<!${WORD_START}(?:${alternation(KK_SEASON_RELATIVE_WORDS)})\s{1,3}) ${captured("season", KK_SEASON_LOCATIVES)} {{post}}`,
      parts,
    )),
    // осы күзде, осы көктемнің соңында: the season of the reference year (not winter: see KK_THIS_SEASON_WORDS)
    ...needing(["season"], rule(
      "kk.seasonThis",
      String.raw`${WORD_START}${captured("relY", KK_THIS_SEASON_WORDS)} \s{1,3} ${captured("season", Object.keys(KK_SEASONS).filter((w) => KK_SEASONS[w] !== 12))} {{post}}`,
      parts,
    )),
    // 2017-де, 2030-ға дейін: a year in digits with its case ending after a hyphen
    ...startingAt([YEAR_FIGURE], rule("kk.yearCase", String.raw`${yearDigits("y")} - (?:${alternation(KK_YEAR_DIGIT_CASE_ENDINGS)}) ${WORD_END} {{post}}`, parts)),
    // «FORUM — 2025»: a bare year only before punctuation or the end of the text
    ...startingAt([YEAR_FIGURE], rule("kk.yearBare", String.raw`${yearDigits("y")} ${NO_WORD_AFTER}`, parts)),
    // [2025 жылғы] қаңтар-наурызда, қазан – желтоқсан айларында: a range of months (a month beside another is no
    // other word: "қазан" too)
    ...startingAt(["month"], rule("kk.monthRange", String.raw`{{monthBare}} \s*[-–]\s* {{month2}} {{monthWord}}? {{post}}`, parts, undefined, { template: yearPrefix + "?" })),
    // [2025 жылғы] [10] мамыр[да] [айы]; он бірінші мамыр; 10-12 мамыр; 2025 жылдың мамыр айында
    ...startingAt(["month"], rule("kk.month", String.raw`{{monthPlain}} {{monthWord}}? {{post}}`, parts, undefined, MONTH_PREFIX)),
    // қазан / наурыз / маусым are months only with a year or a day before or "ай" after
    ...startingAt(["month"], rule(
      "kk.monthAmbiguous",
      // (not a season after a year's adjective alone: "биылғы маусымда", KK_MONTHS_NOT_AFTER_YEAR_WORD)
      String.raw`(?!(?<=(?:${alternation(KK_YEAR_WORDS_BEFORE_MONTH)})\s{1,3})(?:${alternation(KK_MONTHS_NOT_AFTER_YEAR_WORD)})) {{monthAmbiguous}} (?<mw>{{monthWord}})? {{post}}`,
      parts,
      undefined,
      MONTH_PREFIX,
      ["y", "yw", "relY", "d", "dw", "mw"],
    )),
    // қаңтар, наурыз, маусым және тамыз айларында; қаңтар мен наурызда: an ambiguous month in a list of months
    ...startingAt(["month"], rule("kk.monthListed", String.raw`{{monthListed}} {{monthAmbiguous}} {{monthWord}}? {{post}}`, parts)),
    // 15 наурыз 2025 жыл, 1 қыркүйек 2026 ж.: a day, the month bare, then the year (as datelines and forms write it);
    // the year noun or punctuation after the year ("5 қазан 2000 тонна" is no date)
    ...startingAt(["month"], rule("kk.dayMonthYear", String.raw`{{monthBare}} \s+ {{year}} (?: {{yearNoun}} {{post}} | ${NO_WORD_AFTER} )`, parts, undefined, {
      template: String.raw`{{day}} (?:\s+|-)`,
      required: true,
    })),
    // [2024 жылғы] мамырдың 11-і, қыркүйектің 1-інен бастап
    ...startingAt(["month"], rule("kk.monthDay", String.raw`{{monthGenitive}} \s+ {{dayAfterMonth}} {{post}}`, parts, undefined, { template: yearPrefix + "?" })),
    // наурыздың жиырма бірінде, мамырдың оны, қыркүйектің бірінен бастап: a day in words, possessive (after "қазан",
    // "наурыз", "маусым" not "бірі" alone: "наурыздың бірі" is also one of the Nauryz …)
    ...startingAt(["month"], rule("kk.monthDayWords", String.raw`{{monthGenitivePlain}} \s+ {{dayPossessive}} {{post}}`, parts, undefined, { template: yearPrefix + "?" })),
    ...startingAt(["month"], rule("kk.monthDayWordsAmbiguous", String.raw`{{monthGenitiveAmbiguous}} \s+ {{dayPossessiveNotPronoun}} {{post}}`, parts, undefined, { template: yearPrefix + "?" })),
    // [2025 жылдың] II тоқсанында
    ...startingAt(["quarter"], rule("kk.quarter", String.raw`{{quarterNoun}} {{post}}`, parts, undefined, {
      template: String.raw`${yearPrefix}? ${parts.period.replace("PERIOD", "q")} (?:\s+|-)`,
      required: true,
    })),
    // 2025 жылдың соңғы тоқсанында: the year's last quarter (the year required)
    ...startingAt(["quarter"], rule("kk.quarterLast", String.raw`{{quarterNoun}} {{post}}`, parts, undefined, {
      template: String.raw`${yearPrefix} ${captured("q", KK_LAST_PERIOD_WORDS)} \s+`,
      required: true,
    })),
    // осы аптада, өткен аптаның: a calendar week
    ...startingAt(["week"], rule("kk.relWeek", String.raw`${words(KK_WEEK_FORMS)} {{post}}`, parts, undefined, {
      template: String.raw`${captured("relW", Object.keys(KK_RELATIVE_MONTH_ADJECTIVES))} \s+`,
      required: true,
    })),
    // келесі тоқсанда, өткен тоқсанның, осы тоқсанда
    ...startingAt(["quarter"], rule("kk.relQuarter", String.raw`{{quarterNoun}} {{post}}`, parts, undefined, {
      template: String.raw`${captured("relQ", Object.keys(KK_RELATIVE_MONTH_ADJECTIVES))} \s+`,
      required: true,
    })),
    // келесі жартыжылдықта, өткен жартыжылдықтың, осы жартыжылдықта
    ...startingAt(["half"], rule("kk.relHalf", String.raw`{{halfNoun}} {{post}}`, parts, undefined, {
      template: String.raw`${captured("relH", Object.keys(KK_RELATIVE_MONTH_ADJECTIVES))} \s+`,
      required: true,
    })),
    // [2025 жылдың] бірінші жартыжылдығында, алғашқы жартыжылдықтың
    ...startingAt(["half"], rule("kk.half", String.raw`{{halfNoun}} {{post}}`, parts, undefined, {
      template: String.raw`${yearPrefix}? ${parts.period.replace("PERIOD", "h")} (?:\s+|-)`,
      required: true,
    })),
    // 2026 жылдың екінші жартысында, өткен жылдың бірінші жартысы: "жартысы" (half of) only after a year
    ...startingAt(["halfOf"], rule("kk.halfOf", String.raw`{{halfOfNoun}} {{post}}`, parts, undefined, {
      template: String.raw`${yearPrefix} ${parts.period.replace("PERIOD", "h")} \s+`,
      required: true,
    })),
    // биыл, былтыр, былтырдан бері; "биылғы"/"биылдың" lead into a period after them ("биылғы 1-інші тоқсанда")
    ...startingAt(["yearWord", "yearAdjective"], rule(
      "kk.relYear",
      String.raw`${WORD_START}(?<relY>${alternation(Object.keys(KK_RELATIVE_YEAR_WORDS))})(?:(?<gov>${alternation(KK_YEAR_GOVERNING_ENDINGS)})|${alternation(KK_RELATIVE_YEAR_WORD_ENDINGS)})?${WORD_END} {{post}}`,
      parts,
    )),
    // өткен жылы, келесі жылға, алдыңғы жылмен, ағымдағы жылдың соңына дейін
    ...startingAt(["yearAdjective"], rule("kk.relYearAdj", String.raw`{{relYearAdj}} {{post}}`, parts)),
    // осы айда, өткен айдың
    ...startingAt(["monthAdjective"], rule(
      "kk.relMonth",
      String.raw`${captured("relM", Object.keys(KK_RELATIVE_MONTH_ADJECTIVES))} \s+ (?:ай|айда|айы|айдың|айға|айдан)${WORD_END} {{post}}`,
      parts,
    )),
    // бүгін, кеше, ертең, бүгінге дейін (not бүгінде "nowadays", nor "бүгін-ертең" "any day now")
    ...startingAt(["day"], rule(
      "kk.relDay",
      String.raw`${unpaired(Object.keys(KK_RELATIVE_DAY_WORDS), String.raw`${WORD_START}(?<relD>${alternation(Object.keys(KK_RELATIVE_DAY_WORDS))})(?:(?:${alternation(KK_RELATIVE_DAY_ENDINGS)})(?=\s+(?:дейін|шейін|бастап|бері)))?${WORD_END}`)} {{post}}`,
      parts,
    )),
    // бүгінгі кездесу (today's meeting), кешегі; not бүгінгі таңда (nowadays) nor before a
    // name ("бүгінгі Қазақстан" = present-day Kazakhstan): case-sensitive, to see the capital
    ...startingAt(["day"], rule(
      "kk.relDayAdjective",
      String.raw`${WORD_START}(?<relD>${capitalizable(Object.keys(KK_RELATIVE_DAY_WORDS))})(?:${alternation(KK_RELATIVE_DAY_ADJECTIVE_ENDINGS)})(?!\s+(?:${alternation(KK_VAGUE_AFTER_DAY_ADJECTIVE)}))(?!\s+\p{Lu})${WORD_END}`,
      parts,
      "gux",
    )),
    // ертеңге (қалдырылды), ертеңнен бастап, кешеден бері
    ...startingAt(["day"], rule(
      "kk.relDayCase",
      String.raw`${WORD_START}(?<relD>${alternation(KK_RELATIVE_DAY_CASE_WORDS)})(?:${alternation(KK_RELATIVE_DAY_CASE_ENDINGS)})${WORD_END} {{post}}`,
      parts,
    )),
    // 2 жыл бұрын, он жыл бұрын, бір ай бұрын, 3 күн бұрын, үш жұма бұрын (a count is needed:
    // "бірнеше жыл бұрын" is vague); "бұрынғы" (of … ago) too
    ...startingAt(["offsetAgo"], rule(
      "kk.offsetAgo",
      String.raw`${captured("unit", Object.keys(KK_OFFSET_UNITS_AGO))} \s+ (?<dir>${alternation(KK_OFFSET_AGO)})(?:${alternation(KK_OFFSET_AGO_ENDINGS)})?${WORD_END}`,
      parts,
      undefined,
      { template: String.raw`{{count}} \s{1,3}`, required: true, probe: true },
    )),
    // 5 жылдан кейін, бір айдан соң, 3 күннен кейін
    ...startingAt(["offsetLater"], rule(
      "kk.offsetLater",
      String.raw`${captured("unit", Object.keys(KK_OFFSET_UNITS_LATER))} \s+ (?<dir>${alternation(KK_OFFSET_LATER)})${WORD_END}`,
      parts,
      undefined,
      { template: String.raw`{{count}} \s{1,3}`, required: true, probe: true },
    )),
    // бейсенбіде, сейсенбі күні, өткен сенбіде, дүйсенбіден бастап
    ...weekdayRule("kk.weekday", weekdaysPlain),
    // жұма (also "week", a name): with "күні" or a modifier ("өткен жұмада")
    ...weekdayRule("kk.weekdayAmbiguous", KK_WEEKDAYS_AMBIGUOUS, ["wdRel", "wdDay"]),
    // XX ғасырда, 20-шы ғасырдың, жиырмасыншы ғасырда, өткен ғасырда, өткен ғасырдың 90-жылдары
    // (the numeral or word before "ғасыр" is the required prefix: the rule is tried at "ғасыр" only)
    ...startingAt(["century"], rule(
      "kk.century",
      String.raw`${forms(KK_CENTURY_FORMS)} (?: \s+ {{decadeTail}} )? {{post}}`,
      parts,
      undefined,
      {
        template: String.raw`(?: (?<cent>${WORD_START}(?=[XVI])X{0,2}(?:IX|IV|V?I{0,3})${WORD_END} | ${NUMBER_START}[12]?\d${ordinalDigitEnding}${WORD_END} )
          | ${captured("centw", Object.keys(KK_CENTURY_WORDS))} | ${captured("relC", Object.keys(KK_RELATIVE_CENTURY))} ) (?:\s{1,3}|-)`,
        required: true,
        probe: true,
      },
    )),
    // 90-жылдары, тоқсаныншы жылдары: a decade with no century named (the 1930s–1990s, 00/10 the 2000s)
    ...startingAt(["decadeWord"], rule(
      "kk.decadeShort",
      String.raw`(?:${alternation(KK_DECADE_YEAR_FORMS)})${WORD_END} {{post}}`,
      parts,
      undefined,
      { template: String.raw`{{decadeNumber}} (?:\s{1,3}|-)`, required: true, probe: true },
    )),
    // жыл соңына дейін, жыл басынан бері: the current year
    ...startingAt(["currentYear"], rule(
      "kk.currentYear",
      String.raw`${captured("relY", KK_CURRENT_YEAR_FORMS)} \s+ (?<post>${alternation(KK_CURRENT_YEAR_MODIFIERS)})${WORD_END}`,
      parts,
    )),
  ],
  rangeFrom: rangeFrom("kk", KK_RANGE_FROM_ENDINGS),
  rangeAnd: rangeWord("kk", KK_RANGE_AND),
  rangeBetween: rangeFrom("kk.between", KK_RANGE_BETWEEN),
  vocabulary: {
    seasons: lookup(KK_SEASONS),
    months: lookup(KK_MONTHS),
    numberWords: lookup(KK_CARDINALS, KK_ORDINALS, DAY_POSSESSIVE_FORMS),
    periodOrdinals: lookup(KK_PERIOD_ORDINALS, ROMAN_PERIOD_NUMERALS, lastPeriodWords(KK_LAST_PERIOD_WORDS)),
    relativeYear: lookup(KK_RELATIVE_YEAR_WORDS, KK_RELATIVE_YEAR_ADJECTIVES, KK_CURRENT_YEAR),
    relativeMonth: lookup(KK_RELATIVE_MONTH_ADJECTIVES),
    relativeSeason: lookup(KK_RELATIVE_SEASON_ADJECTIVES),
    relativeDay: lookup(KK_RELATIVE_DAY_WORDS),
    modifiers: lookup(KK_POST_MODIFIERS, KK_DATIVE_POST_MODIFIERS, KK_ABLATIVE_POST_MODIFIERS),
    countWords: lookup(KK_CARDINALS),
    offsetUnits: lookup(KK_OFFSET_UNITS_AGO, KK_OFFSET_UNITS_LATER),
    offsetDirections: lookup(KK_OFFSET_DIRECTIONS),
    weekdays: lookup(KK_WEEKDAYS),
    weekdayModifiers: lookup(KK_WEEKDAY_MODIFIERS),
    decadeWords: lookup(KK_DECADE_WORDS),
    centuryWords: lookup(KK_CENTURY_WORDS),
    relativeCentury: lookup(KK_RELATIVE_CENTURY),
  },
  };
});
