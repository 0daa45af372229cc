/**
 * Russian dates: "2025 году", "10 мая 2025 года", "в 2025–2027 годах", "с 2025 по 2028 год",
 * "к концу 2025 года", "во втором квартале", "первое полугодие", "в мае", "в прошлом году",
 * "сегодня", "1990-е годы". Modifier words ("к концу", "с", "до") are in the span; a bare
 * "в"/"на" is not, so no rule starts with one.
 */
import {
  RU_DAY_DIGIT_ENDINGS, RU_DECADE_ENDINGS, RU_HALF_FORMS, RU_HALF_YEAR_FORMS, RU_MONTH_NOUN_FORMS,
  RU_PERIOD_ORDINALS, RU_PRE_MODIFIERS, RU_QUARTER_FORMS, RU_RANGE_AND, RU_RANGE_BETWEEN, RU_RANGE_FROM,
  RU_RANGE_TO, RU_RELATIVE_DAY_WORDS, RU_RELATIVE_MONTH_ADJECTIVES, RU_RELATIVE_YEAR_ADJECTIVES,
  RU_RELATIVE_YEAR_PHRASES, RU_YEAR_ADJECTIVE_STEMS, RU_YEAR_ADJECTIVE_WORDS, RU_SHORT_YEAR_DATIVE, RU_YEAR_ABBREVIATIONS, RU_YEAR_DIGIT_ENDINGS, RU_YEAR_FORMS,
  RU_CENTURY_DIGIT_ENDINGS, RU_CENTURY_FORMS, RU_SEASONS, RU_CURRENT_YEAR, RU_CURRENT_YEAR_MODIFIERS,
  RU_CENTURY_WORDS, RU_COUNT_WORDS, RU_DECADE_WORDS, RU_ENVIRONMENT_GENITIVE_ENDINGS, RU_OFFSET_AGO, RU_OFFSET_DIRECTIONS,
  RU_OFFSET_FROM_EVENT, RU_OFFSET_IN, RU_OFFSET_UNITS, RU_OFFSET_UNITS_ALONE, RU_RELATIVE_CENTURY, RU_WEEKDAY_MODIFIERS,
  RU_WEEKDAYS, RU_NUMERIC_DATE_WORDS, RU_DAY_ORDINALS, RU_DAY_TENS, RU_YEAR_ORDINALS, RU_YEAR_TENS, RU_YEAR_THOUSAND_PHRASES,
  RU_YEAR_THOUSANDS, RU_LAST_PERIOD_WORDS,
} from "../lexicons/dates.ru.js";
import { RU_ELIDED_YEAR_JOINERS, RU_DAYS_OF_MONTH_NOUNS, RU_DECADE_GENITIVE_ENDINGS, RU_YEAR_KIND_STEMS, RU_MONTHS_COUNTED, RU_SHORT_YEAR_FORMS, RU_SHORT_YEAR_NOT_BEFORE, RU_OFFSET_COMPARED, RU_OFFSET_EARLIER_LATER, RU_OFFSET_INSTRUMENTAL_UNITS, RU_OFFSET_INSTRUMENTAL_UNITS_ALONE, RU_DAY_CONJUNCTIONS, RU_PARTS_OF_DAY, RU_RANGE_JOIN, RU_WEEKDAY_GENITIVES, RU_RELATIVE_SEASON_ADJECTIVES, RU_RELATIVE_WEEK_ADJECTIVES, RU_SEASON_ADVERBS, RU_SEASON_RELATIVE_STEMS, RU_WEEK_FORMS } from "../lexicons/dates.ru.js";
import { ROMAN_PERIOD_NUMERALS, RU_MONTH_ABBREVIATIONS, RU_MONTH_ABBREVIATIONS_DOTLESS, RU_MONTH_FORMS } from "../lexicons/months.js";
import { alternation, escapeRegExp, lazy, NUMBER_START, WORD_END } from "../src/regex.js";
import { trie } from "./number.js";
import type { DateGrammar } from "../src/dates/types.js";
import {
  captured, coordinatedDayRules, lastPeriodWords, unpaired, dayDigits, kindedTrigger, rangeWord, lookup, needing, pretested, startingAt, NO_WORD_AFTER, numericDateRules, ROMAN, rule, SECOND_YEAR, stemOf, words, yearDigits,
  YEAR_FIGURE, YEAR_FIGURE_DIGITS,
  WORD_START,
} from "./date.shared.js";

/** The endings a year figure may take: a year's, and the dative ("к 2030-му году", "к 30-му году"). */
const SHORT_YEAR_ENDINGS = [...RU_YEAR_DIGIT_ENDINGS, RU_SHORT_YEAR_DATIVE];
const yearEnding = `(?:-?(?:${alternation(SHORT_YEAR_ENDINGS)})${WORD_END})?`;
/**
 * What a two-digit year before its noun contains ("91-м году"): two digits not inside a number, at most a hyphen and
 * an ending, spaces, the noun.
 */
const SHORT_YEAR_PRETEST = (noun: string): string =>
  String.raw`${NUMBER_START}\d\d[^\s\d]{0,${1 + Math.max(...SHORT_YEAR_ENDINGS.map((e) => e.length))}}\s{1,3}${escapeRegExp(noun)}`;
const dayEnding = `(?:-?(?:${alternation(RU_DAY_DIGIT_ENDINGS)})${WORD_END})?`;
const monthNames = [...Object.keys(RU_MONTH_FORMS)];
/** Prepositional month forms ("мае", "апреле") name a month even without a year or modifier. */
const prepositionalMonths = monthNames.filter((m) => m.endsWith("е"));
/** Month stems for the trigger ("январ"); a stem too short to be rare ("ма") gives its forms instead. */
const monthTriggers = [...new Set(Object.values(RU_MONTH_FORMS))].flatMap((n) => {
  const forms = monthNames.filter((f) => RU_MONTH_FORMS[f] === n);
  const stem = stemOf(forms);
  return stem.length >= 3 ? [stem] : forms;
});
const relativeYearGenitive = Object.keys(RU_RELATIVE_YEAR_ADJECTIVES).filter((w) => /(ого|его)( же)?$/.test(w));

/**
 * A day of the month in words: an ordinal of 1–20 or 30, after "двадцать" or "тридцать" for 21–29 and 31 ("двадцать
 * пятого", "тридцать первое"). A sum over 31 ("тридцать пятого") is no day, and the resolver drops the date.
 */
const dayInWords = String.raw`(?:(?:${alternation(Object.keys(RU_DAY_TENS))})\s{1,3})?(?:${alternation(Object.keys(RU_DAY_ORDINALS))})`;

/**
 * A year in words: its thousands and hundreds, a ten, and the ordinal that ends it ("две тысячи двадцать пятом",
 * "тысяча девятьсот девяносто первого"), or the ordinal of 2000 alone ("двухтысячного"); an ordinal alone ("пятом
 * году") is no year.
 */
const yearOrdinals = Object.keys(RU_YEAR_ORDINALS).filter((w) => RU_YEAR_ORDINALS[w]! < 1000);
const yearThousandth = Object.keys(RU_YEAR_ORDINALS).filter((w) => RU_YEAR_ORDINALS[w] === 2000);
const yearInWords = String.raw`(?:${alternation(RU_YEAR_THOUSAND_PHRASES)})\s+(?:(?:${alternation(Object.keys(RU_YEAR_TENS))})\s+)?(?:${alternation(yearOrdinals)})|${alternation(yearThousandth)}`;

const countTens = Object.keys(RU_COUNT_WORDS).filter((w) => RU_COUNT_WORDS[w]! >= 20 && RU_COUNT_WORDS[w]! % 10 === 0 && RU_COUNT_WORDS[w]! < 100);
const countUnits = Object.keys(RU_COUNT_WORDS).filter((w) => RU_COUNT_WORDS[w]! < 10);

/** The rules' named parts, built with the grammar (not at import: their word alternations took a few ms there). */
const PARTS = lazy(() => ({
  pre: `(?:${captured("pre", Object.keys(RU_PRE_MODIFIERS))}\\s+)?`,
  year: `${yearDigits("y")}${yearEnding}`,
  year2: `${yearDigits("y2")}${yearEnding}`,
  yearWords: String.raw`${WORD_START}(?<yw>${yearInWords})${WORD_END}`,
  // год in any form, or г./гг. (with or without the dot, glued or not)
  yearNoun: String.raw`\s*(?:${words(RU_YEAR_FORMS)}|(?:${alternation(RU_YEAR_ABBREVIATIONS)})(?![\p{L}\p{N}]))`,
  day: String.raw`(?:${dayDigits("d")}${dayEnding}|${WORD_START}(?<dw>${dayInWords})${WORD_END})`,
  day2: String.raw`(?:${dayDigits("d2")}${dayEnding}|${WORD_START}(?<d2w>${dayInWords})${WORD_END})`,
  month: `${WORD_START}(?<m>${alternation([...monthNames, ...Object.keys(RU_MONTH_ABBREVIATIONS)])})${WORD_END}`,
  month2: captured("m2", monthNames),
  monthPrepositional: captured("mp", prepositionalMonths),
  relYearGenitive: `${captured("relY", relativeYearGenitive)}\\s+года${WORD_END}`,
  period: String.raw`(?:${ROMAN}|${NUMBER_START}[1-4](?:-?(?:й|м|го|ом))?${WORD_END}|${words(Object.keys(RU_PERIOD_ORDINALS))})`,
  quarterNoun: `(?:${alternation(RU_QUARTER_FORMS)})(?![\\p{L}\\p{N}])`,
  from: words(RU_RANGE_FROM),
  to: words(RU_RANGE_TO),
  between: words(RU_RANGE_BETWEEN),
  and: words(RU_RANGE_AND),
  // an offset's count: digits (not part of a longer number) or up to two number words
  count: String.raw`(?: ${NUMBER_START}(?<cnt>\d{1,3})(?![\p{N}]|[.,]\p{N}) | ${WORD_START}(?<cntw>(?:${alternation(countTens)})(?:\s{1,3}(?:${alternation(countUnits)}))?|${alternation(Object.keys(RU_COUNT_WORDS))})${WORD_END} )`,
  offsetUnit: captured("unit", Object.keys(RU_OFFSET_UNITS)),
  // a unit that names its count ("год назад", "через неделю"), in a group of its own
  offsetUnitAlone: captured("unit1", RU_OFFSET_UNITS_ALONE),
  // "XX века", "двадцатого века", "прошлого века"
  centuryTail: String.raw`(?: (?<cent>${WORD_START}(?=[XVI])X{0,2}(?:IX|IV|V?I{0,3})${WORD_END} | ${NUMBER_START}[12]?\d(?:-?(?:${alternation(RU_CENTURY_DIGIT_ENDINGS)}))?${WORD_END} ) | ${captured("centw", Object.keys(RU_CENTURY_WORDS))} | ${captured("relC", Object.keys(RU_RELATIVE_CENTURY))} ) \s+ ${words(RU_CENTURY_FORMS)}`,
}));


/**
 * Pre-tests of the rules scanned over whole windows (see `pretested`), each something every match
 * contains: a range word before a year or day figure ("по 2028", "до 15"); the first letter of the
 * year noun, which every form and abbreviation starts with; the last letter of a relative year
 * adjective before the noun.
 */
const RANGE_TO_YEAR = String.raw`\s(?:${alternation([...RU_RANGE_TO, ...RU_RANGE_AND])})\s+${YEAR_FIGURE_DIGITS}`;
/**
 * The first four letters of every day in words: the pre-test's stand-in for them (a prefix tree of a few letters after
 * each "и", "по", "до"; the words' whole alternation there slowed Russian news by 9%, bench:ab).
 */
const DAY_WORD_STARTS = trie(new Set(Object.keys({ ...RU_DAY_ORDINALS, ...RU_DAY_TENS }).map((w) => w.slice(0, 4))));
const RANGE_TO_DAY = String.raw`\s(?:${alternation([...RU_RANGE_TO, ...RU_RANGE_AND])})\s+(?:\d|${DAY_WORD_STARTS})`;
const YEAR_NOUN_START = "г";
/** The year noun forms after a relative adjective ("прошлом году", "этого года"). */
const RELATIVE_YEAR_NOUNS = ["году", "года", "год"];
for (const w of [...RU_YEAR_FORMS, ...RU_YEAR_ABBREVIATIONS]) {
  if (!w.startsWith(YEAR_NOUN_START)) throw new Error(`kzdeals: the ru year noun pre-tests need "${w}" to start with ${YEAR_NOUN_START}`);
}
for (const w of Object.keys(RU_RELATIVE_YEAR_ADJECTIVES)) {
  if (!/[а-яё]$/iu.test(w)) throw new Error(`kzdeals: the ru.relYear pre-test needs "${w}" to end in a Cyrillic letter`);
}

/** A modifier before the date ("к концу", "с"), read as a prefix of the match. */
/** "в пятницу и субботу": the "в" of the first weekday of a pair serves the second too (a lookbehind). */
const WEEKDAY_AND = String.raw`${WORD_START}в(?:о)?\s(?:${alternation(Object.keys(RU_WEEKDAYS))})\s(?:и|или)\s`;
const PRE = { template: String.raw`{{pre}}` };
/** A weekday in the genitive after a part of the day or a clock time ("утром понедельника", "17:00 понедельника"). */
const AFTER_PART_OF_DAY = String.raw`(?<=${WORD_START}(?:${alternation(RU_PARTS_OF_DAY)})\s|(?<![\p{N}:.])[012]?\d[:.][0-5]\d\s)(?=(?:${alternation(RU_WEEKDAY_GENITIVES)})${WORD_END})`;

/** What may follow a month, quarter or half: a year in digits or "прошлого года". */
const yearAfter = String.raw`(?: \s+ {{year}} (?:{{yearNoun}})? | \s+ {{relYearGenitive}} )`;

/** A two-digit decade in the genitive ("90-х"): a figure of the trigger scan, for ru.decadeShortModified. */
const SHORT_DECADE_FIGURE = String.raw`(?<![0-9])(?:[3-9]0|[01]0)-?(?:${alternation(RU_DECADE_GENITIVE_ENDINGS)})(?![0-9A-Za-zА-Яа-яЁё])`;

/** Built on the date stage's first ru text, not at import (its rules and tries cost tens of ms of CPU). */
export const DATE_GRAMMAR_RU = lazy((): DateGrammar => {
  const parts = PARTS();
  return {
  ...kindedTrigger("ru", {
    month: [...monthTriggers, ...Object.keys(RU_MONTH_ABBREVIATIONS)],
    quarter: ["квартал", "кв."],
    half: [stemOf(RU_HALF_YEAR_FORMS), stemOf(RU_HALF_FORMS)],
    yearNoun: [stemOf(RU_YEAR_FORMS)],
    monthNoun: [stemOf(RU_MONTH_NOUN_FORMS)],
    day: Object.keys(RU_RELATIVE_DAY_WORDS),
    century: [stemOf(RU_CENTURY_FORMS)],
    season: Object.keys(RU_SEASONS),
    offsetAgo: RU_OFFSET_AGO.filter((w) => !w.includes(" ")),
    offsetIn: RU_OFFSET_IN,
    offsetInstrumental: [...RU_OFFSET_INSTRUMENTAL_UNITS, ...RU_OFFSET_INSTRUMENTAL_UNITS_ALONE],
    weekday: Object.keys(RU_WEEKDAYS),
    decadeWord: Object.keys(RU_DECADE_WORDS),
    monthAbbreviation: Object.keys(RU_MONTH_ABBREVIATIONS_DOTLESS),
    week: RU_WEEK_FORMS,
    thousand: ["тысяч", "двухтысячн"],
    yearAdjective: RU_YEAR_ADJECTIVE_STEMS,
  }, SHORT_DECADE_FIGURE),
  rules: [
    ...numericDateRules("ru", RU_NUMERIC_DATE_WORDS, false, { ...PRE, parts }),
    // 17 и 21 апреля: the first day takes the later month
    ...coordinatedDayRules("ru", { day: dayEnding, rangeOpeners: RU_RANGE_BETWEEN, conjunctions: RU_DAY_CONJUNCTIONS, month: parts.month, year: parts.year }),
    // 2025–2027 годы, в 2025-2027 гг.; a bare "2025-2027" before punctuation
    ...startingAt([YEAR_FIGURE], rule("ru.yearRange", String.raw`{{year}} \s*-\s* (?: (?<y2s>\d\d)(?![\p{N}]|[-.,/]\p{N}) | {{year2}} ) (?: {{yearNoun}} | ${NO_WORD_AFTER} )`, parts)),
    // с 2025 по 2028 год, от 2025 до 2030 года, между 2025 и 2028 годами
    ...pretested(RANGE_TO_YEAR, "iu", ...needing([YEAR_FIGURE], rule(
      "ru.yearFromTo",
      String.raw`(?: {{from}} | {{between}} ) \s+ {{year}} (?:{{yearNoun}})? \s+ (?: {{to}} | {{and}} ) \s+ {{year2}} (?:{{yearNoun}})?`,
      parts,
    ))),
    // 2025 году, к концу 2025 года, с 2025 г., 2025-м году
    ...startingAt([YEAR_FIGURE], rule("ru.year", String.raw`{{year}} {{yearNoun}}`, parts, undefined, PRE)),
    // в две тысячи двадцать пятом году, тысяча девятьсот девяносто первого года, с двухтысячного года
    ...needing(["thousand"], rule("ru.yearWords", String.raw`{{yearWords}} {{yearNoun}}`, parts, undefined, PRE)),
    // в 91-м году, к 30-му году, с 20-го года: a two-digit year (30–99 the 1900s, 00–29 the 2000s, as
    // "31.10.74") after its preposition; not "на 20-м году жизни"
    // (two digits, their ending and the noun are in every match: a window without them is not scanned)
    ...needing(["yearNoun"], ...Object.entries(RU_SHORT_YEAR_FORMS).flatMap(([noun, prepositions]) => pretested(SHORT_YEAR_PRETEST(noun), "iu", rule(
      `ru.shortYear.${noun}`,
      String.raw`(?<=${WORD_START}(?:${alternation(prepositions)})\s{1,3}) ${NUMBER_START}(?<ys>\d\d)(?:-?(?:${alternation(RU_YEAR_DIGIT_ENDINGS)}|${RU_SHORT_YEAR_DATIVE}))?
        \s{1,3} ${noun}${WORD_END} (?!\s+(?:${alternation(RU_SHORT_YEAR_NOT_BEFORE)})(?![\p{L}\p{N}]))`,
      parts,
      undefined,
      PRE,
    )))),
    // «… — 2025», до 2030.: a year with no noun only before punctuation ("до 2000 человек" is no date)
    // (or with a year's ending after a hyphen, before any word: "в 2024-м", "к 2030-му выйдет", "с 2025-го")
    ...startingAt([YEAR_FIGURE], rule("ru.yearBare", String.raw`${yearDigits("y")} (?: -(?:${alternation(SHORT_YEAR_ENDINGS)})${WORD_END} | ${NO_WORD_AFTER} )`, parts, undefined, PRE)),
    // с 2026 на 2028 год, в 2024 и 2025 годах: a year that shares the noun of the year after it (no modifier: "с" there
    // is where a date moved from, not since)
    ...startingAt([YEAR_FIGURE], rule(
      "ru.yearElided",
      String.raw`${yearDigits("y")} (?= \s+ (?:${alternation(RU_ELIDED_YEAR_JOINERS)}) \s+ ${YEAR_FIGURE_DIGITS}(?![\p{N}]) {{yearNoun}} )`,
      parts,
    )),
    // (за) 9 месяцев 2025 года, первые шесть месяцев текущего года: January to the ninth (sixth) month
    // (the month word after the count and a space is in every match: a window without one is not scanned)
    ...pretested(String.raw`\s(?:${alternation(RU_MONTHS_COUNTED.month)})`, "iu", ...needing(["yearNoun", YEAR_FIGURE], rule(
      "ru.monthsCounted",
      String.raw`(?: ${alternation(RU_MONTHS_COUNTED.first)} \s+ )? ${WORD_START}(?<mcnt> \d{1,2}(?![\p{N}]|[.,]\p{N}) | (?:${alternation(Object.keys(RU_COUNT_WORDS).filter((w) => RU_COUNT_WORDS[w]! >= 2 && RU_COUNT_WORDS[w]! <= 12))})${WORD_END} ) \s+ (?: ${alternation(RU_MONTHS_COUNTED.month)} ) ${yearAfter}`,
      parts,
    ))),
    // январь–сентябрь 2025 г., за январь-июнь 2025 года: a range of months of one year
    // (with no year, of the year the reference date gives: "за январь–сентябрь", as reports of the year write it)
    ...startingAt(["month"], rule("ru.monthRange", String.raw`{{month}} \s*[-–]\s* {{month2}} ${yearAfter}?`, parts, undefined, PRE)),
    // с марта по август (2025 года), с января до июня: the same range with range words
    ...startingAt(["month"], rule(
      "ru.monthToMonth",
      String.raw`{{month}} \s+ {{to}} \s+ {{month2}} ${yearAfter}?`,
      parts, undefined, { template: String.raw`${WORD_START}{{from}} \s+`, required: true },
    )),
    // 10 мая 2025 года, с 10 мая, 15-17 сентября 2025 г., 1-го мая, мае 2025 года, в начале апреля,
    // мая прошлого года, (в) мае: a month with a day, a year, a modifier or in the prepositional case
    ...startingAt(["month"], rule(
      "ru.month",
      String.raw`(?: {{monthPrepositional}} | {{month}} ) ${yearAfter}?`,
      parts,
      undefined,
      { template: String.raw`{{pre}} (?: {{day}} (?: \s*-\s* {{day2}} )? \s+ )?` },
      ["d", "dw", "y", "relY", "pre", "mp"],
    )),
    // с 10 апреля по 15 мая 2025 года; с 10 по 15 мая; между 3 и 10 мая
    ...pretested(RANGE_TO_DAY, "iu", ...needing(["month"], rule(
      "ru.dayRange",
      String.raw`(?: {{from}} | {{between}} ) \s+ {{day}} (?: \s+ {{month}} )? \s+ (?: {{to}} | {{and}} ) \s+ {{day2}} \s+ {{month2}} ${yearAfter}?`,
      parts,
    ))),
    // во втором квартале 2025 года, III квартал, 2-м квартале текущего года
    ...startingAt(["quarter"], rule("ru.quarter", String.raw`{{quarterNoun}} ${yearAfter}?`, parts, undefined, {
      template: String.raw`{{pre}} (?<q>{{period}}) \s+`,
      required: true,
    })),
    // в последнем квартале 2025 года, в заключительном квартале прошлого года: the year's last (the year required)
    ...startingAt(["quarter"], rule("ru.quarterLast", String.raw`{{quarterNoun}} ${yearAfter}`, parts, undefined, {
      template: String.raw`{{pre}} ${captured("q", RU_LAST_PERIOD_WORDS)} \s+`,
      required: true,
    })),
    // первое полугодие 2025 года
    ...startingAt(["half"], rule("ru.halfYear", String.raw`${words(RU_HALF_YEAR_FORMS)} ${yearAfter}?`, parts, undefined, {
      template: String.raw`{{pre}} (?<h>{{period}}) \s+`,
      required: true,
    })),
    // во второй половине 2025 года (a year must follow: "второй половине дня" is no date)
    ...startingAt(["half"], rule("ru.half", String.raw`${words(RU_HALF_FORMS)} ${yearAfter}`, parts, undefined, {
      template: String.raw`{{pre}} (?<h>{{period}}) \s+`,
      required: true,
    })),
    // 1990-е годы, 2000-х годов
    ...startingAt([YEAR_FIGURE], rule(
      "ru.decade",
      String.raw`${NUMBER_START}(?<dec>(?:1[89]|20)\d0)-?(?:${alternation(RU_DECADE_ENDINGS)})${WORD_END} (?:{{yearNoun}})?`,
      parts,
      undefined,
      PRE,
    )),
    // 90-е годы, 90-х годов (two-digit decades, the year noun required)
    ...pretested(String.raw`0-?(?:${alternation(RU_DECADE_ENDINGS)})\s*${YEAR_NOUN_START}`, "iu", ...needing(["yearNoun"], rule(
      "ru.decadeShort",
      String.raw`${NUMBER_START}(?<dec2>[3-9]0|[01]0)-?(?:${alternation(RU_DECADE_ENDINGS)})${WORD_END} {{yearNoun}} (?: \s+ {{centuryTail}} )?`,
      parts,
      undefined,
      PRE,
    ))),
    // в 2025 финансовом году, 2024/2025 учебного года: a kind of year between the year and its noun
    ...startingAt([YEAR_FIGURE], rule(
      "ru.yearKind",
      String.raw`{{year}} ${SECOND_YEAR} \s{1,3} (?:${alternation(RU_YEAR_KIND_STEMS)})\p{L}{0,4} {{yearNoun}}`,
      parts,
      undefined,
      PRE,
    )),
    // в конце 90-х, с начала 80-х: a two-digit decade in the genitive with no year noun, after a modifier of its part
    // or of a bound ("с 10-х чисел" is the days of a month)
    ...startingAt([YEAR_FIGURE], rule(
      "ru.decadeShortModified",
      String.raw`${NUMBER_START}(?<dec2>[3-9]0|[01]0)-?(?:${alternation(RU_DECADE_GENITIVE_ENDINGS)})${WORD_END} (?!\s+${words(RU_DAYS_OF_MONTH_NOUNS)})`,
      parts,
      undefined,
      { ...PRE, required: true, probe: true },
    )),
    // в 1592 году, в 988 г.: a year before 1800 only with the year noun
    ...pretested(String.raw`${NUMBER_START}(?:1[0-7]\d\d|[1-9]\d\d)(?!\d)\s*${YEAR_NOUN_START}`, "iu", ...needing(["yearNoun"], rule(
      "ru.yearEarly",
      String.raw`${NUMBER_START}(?<y>1[0-7]\d\d|[1-9]\d\d)(?![\p{N}]|[.,]\p{N}) {{yearNoun}}`,
      parts,
      undefined,
      PRE,
    ))),
    // сезон 2018/19, 2018/2019 годов: a season across two years
    ...startingAt([YEAR_FIGURE], rule(
      "ru.yearSlash",
      String.raw`{{year}} / (?: (?<y2s>\d\d)(?![\p{N}]|[.,/]\p{N}) | ${yearDigits("y2")} ) (?:{{yearNoun}})?`,
      parts,
    )),
    // XIX век, в начале XX века, 19-го века
    ...needing(["century"], rule(
      "ru.century",
      String.raw`(?<cent> ${WORD_START}(?=[XVI])X{0,2}(?:IX|IV|V?I{0,3})${WORD_END} | ${NUMBER_START}[12]?\d(?![\p{N}]) ) (?:-?(?:${alternation(RU_CENTURY_DIGIT_ENDINGS)})${WORD_END})? \s+ ${words(RU_CENTURY_FORMS)}`,
      parts,
      undefined,
      PRE,
    )),
    // девяностые годы, в девяностые годы двадцатого века (the year noun required: "двадцатых чисел")
    ...startingAt(["decadeWord"], rule(
      "ru.decadeWord",
      String.raw`${captured("decw", Object.keys(RU_DECADE_WORDS))} {{yearNoun}} (?: \s+ {{centuryTail}} )?`,
      parts,
      undefined,
      PRE,
    )),
    // в двадцатом веке, прошлого века, в XX веке (the last also by ru.century)
    ...needing(["century"], rule("ru.centuryWord", String.raw`{{centuryTail}}`, parts, undefined, PRE)),
    // весной 2019 года, летом прошлого года, осень 2025 г., зимой 2024/25 (a winter across two years)
    ...startingAt(["season"], rule("ru.season", String.raw`${captured("season", Object.keys(RU_SEASONS))} (?: \s+ {{year}} ${SECOND_YEAR} (?:{{yearNoun}})? | \s+ {{relYearGenitive}} )`, parts)),
    // прошлым летом, с прошлой осени, следующей весной: the season counted from the reference date's
    ...needing(["season"], rule(
      "ru.seasonRel",
      String.raw`${captured("relS", Object.keys(RU_RELATIVE_SEASON_ADJECTIVES))} \s+ ${captured("season", Object.keys(RU_SEASONS))} ${WORD_END}`,
      parts,
      undefined,
      PRE,
    )),
    // весной, летом: the season of the year talked about (not "прошлым летом")
    ...startingAt(["season"], rule(
      "ru.seasonAlone",
      String.raw`(?<!${WORD_START}(?:${alternation(RU_SEASON_RELATIVE_STEMS)})\p{L}{0,4}\s{1,3}) ${captured("season", RU_SEASON_ADVERBS)}`,
      parts,
    )),
    // в прошлом году, этого года, на следующий год, с начала текущего года
    ...pretested(String.raw`[а-яё]\s+${stemOf(RELATIVE_YEAR_NOUNS)}`, "iu", ...needing(["yearNoun"], rule(
      "ru.relYear",
      String.raw`${captured("relY", Object.keys(RU_RELATIVE_YEAR_ADJECTIVES))} \s+ ${words(RELATIVE_YEAR_NOUNS)}`,
      parts,
      undefined,
      PRE,
    ))),
    // до конца года, в начале года, с начала года: the current year (a bare "года" after a part of the year)
    ...pretested(String.raw`(?:конц|начал|середин)\p{L}{1,2}\s+года`, "iu", ...needing(["yearNoun"], rule(
      "ru.currentYear",
      String.raw`${captured("pre", RU_CURRENT_YEAR_MODIFIERS)} \s+ ${captured("relY", Object.keys(RU_CURRENT_YEAR))}`,
      parts,
    ))),
    ...startingAt(["yearNoun"], rule("ru.relYearPhrase", String.raw`${captured("relY", Object.keys(RU_RELATIVE_YEAR_PHRASES))}`, parts)),
    // прошлогоднего форума, на позапрошлогодней выставке: a year by its adjective
    ...startingAt(["yearAdjective"], rule("ru.yearAdjective", String.raw`${captured("relY", Object.keys(RU_YEAR_ADJECTIVE_WORDS))}`, parts)),
    // в следующем квартале, текущего квартала, в этом полугодии (the month's adjectives: the same forms)
    ...startingAt(["quarter"], rule("ru.relQuarter", String.raw`{{quarterNoun}}`, parts, undefined, {
      template: String.raw`{{pre}} ${captured("relQ", Object.keys(RU_RELATIVE_MONTH_ADJECTIVES))} \s+`,
      required: true,
    })),
    ...startingAt(["half"], rule("ru.relHalf", words(RU_HALF_YEAR_FORMS), parts, undefined, {
      template: String.raw`{{pre}} ${captured("relH", Object.keys(RU_RELATIVE_MONTH_ADJECTIVES))} \s+`,
      required: true,
    })),
    // на этой неделе, прошлой недели: a calendar week
    ...startingAt(["week"], rule("ru.relWeek", words(RU_WEEK_FORMS), parts, undefined, {
      template: String.raw`{{pre}} ${captured("relW", Object.keys(RU_RELATIVE_WEEK_ADJECTIVES))} \s+`,
      required: true,
    })),
    // в этом месяце, прошлого месяца
    ...needing(["monthNoun"], rule(
      "ru.relMonth",
      String.raw`${captured("relM", Object.keys(RU_RELATIVE_MONTH_ADJECTIVES))} \s+ ${words(RU_MONTH_NOUN_FORMS)}`,
      parts,
      undefined,
      PRE,
    )),
    // 2 года назад, два месяца назад, три года тому назад, год назад, неделю назад (a count is
    // needed unless the unit names it: "несколько лет назад" is vague)
    ...startingAt(["offsetAgo"], rule("ru.offsetAgo", String.raw`(?<dir>назад)${WORD_END}`, parts, undefined, {
      template: String.raw`(?: {{count}} \s{1,3} {{offsetUnit}} | {{offsetUnitAlone}} ) \s{1,3} (?<ago>тому \s{1,3})?`,
      required: true, probe: true,
    })),
    // через год, через три дня, спустя два года (not before "после": counted from an event)
    ...startingAt(["offsetIn"], rule(
      "ru.offsetIn",
      String.raw`(?<dir>${alternation(RU_OFFSET_IN)}) \s+ (?: {{count}} \s+ {{offsetUnit}} | {{offsetUnitAlone}} ) (?!\s+(?:${alternation(RU_OFFSET_FROM_EVENT)})${WORD_END})`,
      parts,
    )),
    // два года спустя
    ...startingAt(["offsetIn"], rule(
      "ru.offsetAfter",
      String.raw`(?<dir>спустя)${WORD_END} (?!\s+(?:${alternation(RU_OFFSET_FROM_EVENT)})${WORD_END})`,
      parts,
      undefined,
      { template: String.raw`(?: {{count}} \s{1,3} {{offsetUnit}} | {{offsetUnitAlone}} ) \s{1,3}`, required: true, probe: true },
    )),
    // двумя неделями ранее, тремя годами позже, неделей раньше: counted from the date told before
    ...startingAt(["offsetInstrumental", "yearNoun", "monthNoun", "week"], rule(
      "ru.offsetEarlierLater",
      String.raw`(?: ${captured("unit", RU_OFFSET_INSTRUMENTAL_UNITS)} | ${captured("unit1", RU_OFFSET_INSTRUMENTAL_UNITS_ALONE)} )
        \s{1,3} ${captured("dir", RU_OFFSET_EARLIER_LATER)} (?![\s,]+(?:${alternation(RU_OFFSET_COMPARED)})${WORD_END})`,
      parts,
      undefined,
      { template: String.raw`{{count}} \s{1,3}`, probe: true },
      ["cnt", "cntw", "unit1"],
    )),
    // в четверг, во вторник, (в пятницу и) субботу, в прошлую пятницу, в следующий понедельник, с понедельника, пятница, 21 июня:
    // after "в"/"во" (out of the span), a modifier, a range word, or before a date with a day (merged with it)
    ...startingAt(["weekday"], rule(
      "ru.weekday",
      String.raw`(?: (?<wdIn>) (?: (?<=${WORD_START}в(?:о)?\s|${WEEKDAY_AND}) | ${AFTER_PART_OF_DAY} ) | ) ${captured("wd", Object.keys(RU_WEEKDAYS))}
        (?!(?<=сред[уы])\s+\p{Ll}+(?:${alternation(RU_ENVIRONMENT_GENITIVE_ENDINGS)})${WORD_END})
        (?: (?<wdAt>)(?=,?\s+\d) | )`,
      parts,
      undefined,
      { template: String.raw`(?: ${WORD_START}(?<wdRel>${alternation(Object.keys(RU_WEEKDAY_MODIFIERS))}) \s{1,3} | {{pre}} )` },
      ["wdIn", "wdRel", "pre", "wdAt"],
    )),
    // 1 авг, 3 янв 2020: an abbreviation without its dot only after a day
    ...startingAt(["monthAbbreviation"], rule(
      "ru.monthAbbreviation",
      String.raw`${captured("m", Object.keys(RU_MONTH_ABBREVIATIONS_DOTLESS))} ${yearAfter}?`,
      parts,
      undefined,
      { template: String.raw`{{pre}} {{day}} \s+`, required: true },
    )),
    // сен 2012, авг 2019 г.: an abbreviation without its dot, before a year
    ...startingAt(["monthAbbreviation"], rule(
      "ru.monthAbbreviationYear",
      String.raw`${captured("m", Object.keys(RU_MONTH_ABBREVIATIONS_DOTLESS))} \s+ {{year}} (?:{{yearNoun}})?`,
      parts,
      undefined,
      PRE,
    )),
    // В.1928г: a year glued to a dot after a word
    ...startingAt([YEAR_FIGURE], rule("ru.yearAfterDot", String.raw`(?<=\p{L}\.)(?<y>(?:1[89]|2[01])\d\d) {{yearNoun}}`, parts)),
    // сегодня, вчера, завтра
    // сегодня, вчера (not "не сегодня-завтра", any day now)
    ...startingAt(["day"], rule("ru.relDay", unpaired(Object.keys(RU_RELATIVE_DAY_WORDS), captured("relD", Object.keys(RU_RELATIVE_DAY_WORDS))), parts)),
  ],
  rangeWord: rangeWord("ru", RU_RANGE_JOIN),
  vocabulary: {
    months: lookup(RU_MONTH_FORMS, RU_MONTH_ABBREVIATIONS, RU_MONTH_ABBREVIATIONS_DOTLESS),
    numberWords: lookup(RU_DAY_ORDINALS, RU_DAY_TENS, RU_YEAR_THOUSANDS, RU_YEAR_TENS, RU_YEAR_ORDINALS),
    periodOrdinals: lookup(RU_PERIOD_ORDINALS, ROMAN_PERIOD_NUMERALS, lastPeriodWords(RU_LAST_PERIOD_WORDS)),
    relativeYear: lookup(RU_RELATIVE_YEAR_ADJECTIVES, RU_RELATIVE_YEAR_PHRASES, RU_YEAR_ADJECTIVE_WORDS, RU_CURRENT_YEAR),
    relativeMonth: lookup(RU_RELATIVE_MONTH_ADJECTIVES, RU_RELATIVE_WEEK_ADJECTIVES),
    relativeSeason: lookup(RU_RELATIVE_SEASON_ADJECTIVES),
    relativeDay: lookup(RU_RELATIVE_DAY_WORDS),
    modifiers: lookup(RU_PRE_MODIFIERS),
    seasons: lookup(RU_SEASONS),
    countWords: lookup(RU_COUNT_WORDS),
    offsetUnits: lookup(RU_OFFSET_UNITS),
    offsetDirections: lookup(RU_OFFSET_DIRECTIONS),
    weekdays: lookup(RU_WEEKDAYS),
    weekdayModifiers: lookup(RU_WEEKDAY_MODIFIERS),
    decadeWords: lookup(RU_DECADE_WORDS),
    centuryWords: lookup(RU_CENTURY_WORDS),
    relativeCentury: lookup(RU_RELATIVE_CENTURY),
  },
  };
});
