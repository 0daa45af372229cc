/**
 * Kazakh dates: "2025 жылы", "2025-2028 жылдар аралығында", "2025 жылғы 10 мамыр",
 * "он бірінші мамыр", "екі мың жиырма бесінші жылы", "мамыр айында", "II тоқсанның",
 * "алғашқы жартыжылдықтың", "2025 жылдың соңына дейін", "биыл", "өткен жылы", "бүгін".
 * Modifiers are postpositions here, so they follow the date and stay in its span.
 */
import {
  KK_CARDINALS, KK_CURRENT_YEAR, KK_CURRENT_YEAR_FORMS, KK_CURRENT_YEAR_MODIFIERS, KK_DAY_DIGIT_ENDINGS, KK_HALF_FORMS,
  KK_MONTH_WORD_FORMS, KK_ORDINAL_DIGIT_ENDINGS, KK_ORDINALS, KK_PERIOD_ORDINALS, KK_POST_MODIFIERS,
  KK_QUARTER_FORMS, KK_RELATIVE_DAY_ADJECTIVE_ENDINGS, KK_RELATIVE_DAY_ENDINGS, KK_RELATIVE_DAY_WORDS, KK_RELATIVE_MONTH_ADJECTIVES,
  KK_RELATIVE_YEAR_ADJECTIVES, KK_RELATIVE_YEAR_ENDINGS, KK_RELATIVE_YEAR_WORD_ENDINGS, KK_RELATIVE_YEAR_WORDS, KK_YEAR_ABBREVIATIONS,
  KK_YEAR_ENDINGS, KK_YEAR_FROM_FORMS, KK_YEAR_GOVERNING_ENDINGS, KK_YEAR_LEADING_ENDINGS, KK_YEAR_PLURAL_ENDINGS, KK_YEAR_TO_FORMS,
  KK_VAGUE_AFTER_DAY_ADJECTIVE, KK_YEAR_WORD,
} from "../lexicons/dates.kk.js";
import { KK_SEASONS } from "../lexicons/dates.kk.js";
import { KK_MONTH_ENDINGS, KK_MONTHS, KK_MONTHS_AMBIGUOUS, ROMAN_PERIOD_NUMERALS } from "../lexicons/months.js";
import { alternation, NUMBER_START, WORD_END } from "../src/regex.js";
import type { DateGrammar } from "../src/dates/types.js";
import {
  capitalizable, captured, containing, dayDigits, forms, kindedTrigger, lookup, needing, startingAt, NO_WORD_AFTER, numericDateRules, ROMAN, rule,
  stemWithEndings, words, yearDigits, YEAR_FIGURE,
  WORD_START,
} from "./date.shared.js";

const ordinalDigitEnding = `(?:-?(?:${alternation(KK_ORDINAL_DIGIT_ENDINGS)}))?`;
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

const parts = {
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
  yearTo: String.raw`(?:\s+|-)(?:${alternation(KK_YEAR_TO_FORMS)})${WORD_END}`,
  post: `(?:\\s+${captured("post", Object.keys(KK_POST_MODIFIERS))})?`,
  month: stemWithEndings("m", Object.keys(KK_MONTHS), KK_MONTH_ENDINGS),
  monthPlain: stemWithEndings("m", unambiguousMonths, KK_MONTH_ENDINGS),
  monthAmbiguous: stemWithEndings("m", KK_MONTHS_AMBIGUOUS, KK_MONTH_ENDINGS),
  monthWord: `(?:\\s+${words(KK_MONTH_WORD_FORMS)})`,
  day: String.raw`(?:${dayDigits("d")}${ordinalDigitEnding}(?:\s*-\s*${dayDigits("d2")}${ordinalDigitEnding})?|${WORD_START}(?<dw>(?:(?:${tens})\s+)?(?:${alternation(dayOrdinals)}))${WORD_END})`,
  dayAfterMonth: String.raw`${dayDigits("d")}-?(?:${alternation(KK_DAY_DIGIT_ENDINGS)})${WORD_END}`,
  monthGenitive: String.raw`${WORD_START}(?<m>${alternation(Object.keys(KK_MONTHS))})(?:дың|дің|тың|тің|ның|нің)${WORD_END}`,
  relYearAdj: `${captured("relY", Object.keys(KK_RELATIVE_YEAR_ADJECTIVES))}\\s+${KK_YEAR_WORD}(?:(?<gov>${alternation(KK_YEAR_LEADING_ENDINGS)})${WORD_END}|(?:${alternation(KK_RELATIVE_YEAR_ENDINGS)})?${WORD_END})`,
  relYearOf: `${captured("relY", Object.keys(KK_RELATIVE_YEAR_ADJECTIVES))}\\s+${KK_YEAR_WORD}(?:${alternation(KK_YEAR_GOVERNING_ENDINGS)})\\s+`,
  period: String.raw`(?<PERIOD>${ROMAN}|${WORD_START}[1-4]${ordinalDigitEnding}|${WORD_START}(?:${alternation(Object.keys(KK_PERIOD_ORDINALS))})${WORD_END})`,
  quarterNoun: forms(KK_QUARTER_FORMS),
  halfNoun: forms(KK_HALF_FORMS),
};

/**
 * Date context before a month, day or period: "2025 жылғы", "өткен жылдың". (A year in
 * words is read only as a date of its own: before a month it would make the backward
 * prefix search costly.)
 */
const yearPrefix = `(?:{{year}}{{yearOf}}|{{relYearOf}})`;

/** What may stand before a month: a year ("2025 жылғы"), a day ("10", "он бірінші"), or both. */
const MONTH_PREFIX = { template: String.raw`${yearPrefix}? (?: {{day}} (?:\s+|-) )?` };

export const DATE_GRAMMAR_KK: DateGrammar = {
  ...kindedTrigger("kk", {
    month: Object.keys(KK_MONTHS),
    // before yearWord: "биылғы жыл" is an adjective with the year noun, not "биыл"
    yearAdjective: Object.keys(KK_RELATIVE_YEAR_ADJECTIVES).map((w) => `${w} ${KK_YEAR_WORD}`),
    yearWord: Object.keys(KK_RELATIVE_YEAR_WORDS),
    monthAdjective: Object.keys(KK_RELATIVE_MONTH_ADJECTIVES).map((w) => `${w} ай`),
    day: Object.keys(KK_RELATIVE_DAY_WORDS),
    quarter: KK_QUARTER_FORMS.slice(0, 1),
    half: KK_HALF_FORMS.slice(0, 1).map((w) => w.slice(0, -1)),
    thousand: Object.entries(KK_CARDINALS).filter(([, v]) => v === 1000).map(([w]) => w),
    currentYear: KK_CURRENT_YEAR_FORMS.flatMap((y) => KK_CURRENT_YEAR_MODIFIERS.map((m) => `${y} ${m.split(" ")[0]!}`)),
  }),
  rules: [
    ...numericDateRules("kk", true),
    // 2025-2028 жылдар аралығында; 2025-2028 жж.; a bare "2025-2028" before punctuation
    ...startingAt([YEAR_FIGURE], rule("kk.yearRange", String.raw`{{year}} \s*-\s* {{year2}} (?: {{yearNounPlural}} {{post}} | ${NO_WORD_AFTER} )`, parts)),
    // 2025 жылдан 2028 жылға дейін
    ...startingAt([YEAR_FIGURE], rule("kk.yearFromTo", String.raw`{{year}} {{yearFrom}} {{year2}} {{yearTo}}`, parts)),
    // 2010-жылдары, 1990 жылдарда: a round year with the plural year noun is its decade
    ...startingAt([YEAR_FIGURE], rule(
      "kk.decade",
      String.raw`${NUMBER_START}(?<dec>(?:1[89]|20)\d0) (?:\s+|-) ${KK_YEAR_WORD}(?:${alternation(KK_YEAR_PLURAL_ENDINGS)})${WORD_END} {{post}}`,
      parts,
    )),
    // 2025 жылы, 2025-інші жылға дейін, екі мың жиырма бесінші жылы, 2025 жылдың соңына дейін
    // (the year noun or its abbreviation is in every match: a window of bare number words is not scanned)
    ...containing([KK_YEAR_WORD, ...KK_YEAR_ABBREVIATIONS], ...startingAt([YEAR_FIGURE], ...needing([YEAR_FIGURE, "thousand"], rule(
      "kk.year",
      String.raw`(?: {{year}} | {{yearWords}} ) {{yearNoun}} {{post}}`,
      parts,
    )))),
    // 2024 жылдың күзінде, 2025 жылғы көктемде
    ...startingAt([YEAR_FIGURE], rule("kk.season", String.raw`{{year}}{{yearOf}} ${captured("season", Object.keys(KK_SEASONS))} {{post}}`, parts)),
    // «FORUM — 2025»: a bare year only before punctuation or the end of the text
    ...startingAt([YEAR_FIGURE], rule("kk.yearBare", String.raw`${yearDigits("y")} ${NO_WORD_AFTER}`, parts)),
    // [2025 жылғы] [10] мамыр[да] [айы]; он бірінші мамыр; 10-12 мамыр; 2025 жылдың мамыр айында
    ...startingAt(["month"], rule("kk.month", String.raw`{{monthPlain}} {{monthWord}}? {{post}}`, parts, undefined, MONTH_PREFIX)),
    // қазан / наурыз / маусым are months only with a year or a day before or "ай" after
    ...startingAt(["month"], rule(
      "kk.monthAmbiguous",
      String.raw`{{monthAmbiguous}} (?<mw>{{monthWord}})? {{post}}`,
      parts,
      undefined,
      MONTH_PREFIX,
      ["y", "yw", "relY", "d", "dw", "mw"],
    )),
    // мамырдың 11-і, қыркүйектің 1-інен бастап
    ...startingAt(["month"], rule("kk.monthDay", String.raw`{{monthGenitive}} \s+ {{dayAfterMonth}} {{post}}`, parts)),
    // [2025 жылдың] II тоқсанында
    ...startingAt(["quarter"], rule("kk.quarter", String.raw`{{quarterNoun}} {{post}}`, parts, undefined, {
      template: String.raw`${yearPrefix}? ${parts.period.replace("PERIOD", "q")} (?:\s+|-)`,
      required: true,
    })),
    // [2025 жылдың] бірінші жартыжылдығында, алғашқы жартыжылдықтың
    ...startingAt(["half"], rule("kk.half", String.raw`{{halfNoun}} {{post}}`, parts, undefined, {
      template: String.raw`${yearPrefix}? ${parts.period.replace("PERIOD", "h")} (?:\s+|-)`,
      required: true,
    })),
    // биыл, былтыр, былтырдан бері
    ...startingAt(["yearWord", "yearAdjective"], rule(
      "kk.relYear",
      String.raw`${WORD_START}(?<relY>${alternation(Object.keys(KK_RELATIVE_YEAR_WORDS))})(?:${alternation(KK_RELATIVE_YEAR_WORD_ENDINGS)})?${WORD_END} {{post}}`,
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
    // бүгін, кеше, ертең, бүгінге дейін (not бүгінде "nowadays")
    ...startingAt(["day"], rule(
      "kk.relDay",
      String.raw`${WORD_START}(?<relD>${alternation(Object.keys(KK_RELATIVE_DAY_WORDS))})(?:(?:${alternation(KK_RELATIVE_DAY_ENDINGS)})(?=\s+(?:дейін|шейін|бастап|бері)))?${WORD_END} {{post}}`,
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
    // жыл соңына дейін, жыл басынан бері: the current year
    ...startingAt(["currentYear"], rule(
      "kk.currentYear",
      String.raw`${captured("relY", KK_CURRENT_YEAR_FORMS)} \s+ (?<post>${alternation(KK_CURRENT_YEAR_MODIFIERS)})${WORD_END}`,
      parts,
    )),
  ],
  vocabulary: {
    seasons: lookup(KK_SEASONS),
    months: lookup(KK_MONTHS),
    numberWords: lookup(KK_CARDINALS, KK_ORDINALS),
    periodOrdinals: lookup(KK_PERIOD_ORDINALS, ROMAN_PERIOD_NUMERALS),
    relativeYear: lookup(KK_RELATIVE_YEAR_WORDS, KK_RELATIVE_YEAR_ADJECTIVES, KK_CURRENT_YEAR),
    relativeMonth: lookup(KK_RELATIVE_MONTH_ADJECTIVES),
    relativeDay: lookup(KK_RELATIVE_DAY_WORDS),
    modifiers: lookup(KK_POST_MODIFIERS),
  },
};
