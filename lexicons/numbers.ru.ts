/**
 * Russian number words in every case and gender, and the multipliers with their
 * abbreviations. Each entry lists the forms of one word; "ё" forms are added by the
 * pattern builder.
 */
import type { NumberWordKind } from "./numbers.kk.js";

export interface RussianNumberWord {
  forms: readonly string[];
  value: number;
  kind: NumberWordKind;
}

const unit = (value: number, ...forms: string[]): RussianNumberWord => ({ forms, value, kind: "unit" });
const mult = (value: number, ...forms: string[]): RussianNumberWord => ({ forms, value, kind: "multiplier" });

export const RUSSIAN_NUMBER_WORDS: readonly RussianNumberWord[] = [
  { forms: ["ноль", "нуль", "ноля", "нуля", "нолю", "нулю"], value: 0, kind: "zero" },
  unit(1, "один", "одна", "одно", "одного", "одной", "одному", "одну", "одним", "одном", "одною"),
  unit(2, "два", "две", "двух", "двум", "двумя"),
  unit(3, "три", "трех", "трём", "трем", "тремя", "трёх"),
  unit(4, "четыре", "четырех", "четырёх", "четырем", "четырём", "четырьмя"),
  unit(5, "пять", "пяти", "пятью"),
  unit(6, "шесть", "шести", "шестью"),
  unit(7, "семь", "семи", "семью"),
  unit(8, "восемь", "восьми", "восемью", "восьмью"),
  unit(9, "девять", "девяти", "девятью"),
  unit(10, "десять", "десяти", "десятью"),
  unit(11, "одиннадцать", "одиннадцати", "одиннадцатью"),
  unit(12, "двенадцать", "двенадцати", "двенадцатью"),
  unit(13, "тринадцать", "тринадцати", "тринадцатью"),
  unit(14, "четырнадцать", "четырнадцати", "четырнадцатью"),
  unit(15, "пятнадцать", "пятнадцати", "пятнадцатью"),
  unit(16, "шестнадцать", "шестнадцати", "шестнадцатью"),
  unit(17, "семнадцать", "семнадцати", "семнадцатью"),
  unit(18, "восемнадцать", "восемнадцати", "восемнадцатью"),
  unit(19, "девятнадцать", "девятнадцати", "девятнадцатью"),
  unit(20, "двадцать", "двадцати", "двадцатью"),
  unit(30, "тридцать", "тридцати", "тридцатью"),
  unit(40, "сорок", "сорока"),
  unit(50, "пятьдесят", "пятидесяти", "пятьюдесятью"),
  unit(60, "шестьдесят", "шестидесяти", "шестьюдесятью"),
  unit(70, "семьдесят", "семидесяти", "семьюдесятью"),
  unit(80, "восемьдесят", "восьмидесяти", "восемьюдесятью"),
  unit(90, "девяносто", "девяноста"),
  unit(100, "сто", "ста"),
  unit(200, "двести", "двухсот", "двумстам", "двумястами", "двухстах"),
  unit(300, "триста", "трехсот", "трёхсот", "тремстам", "тремястами", "трехстах", "трёхстах"),
  unit(400, "четыреста", "четырехсот", "четырёхсот", "четыремстам", "четырьмястами", "четырехстах", "четырёхстах"),
  unit(500, "пятьсот", "пятисот", "пятистам", "пятьюстами", "пятистах"),
  unit(600, "шестьсот", "шестисот", "шестистам", "шестьюстами", "шестистах"),
  unit(700, "семьсот", "семисот", "семистам", "семьюстами", "семистах"),
  unit(800, "восемьсот", "восьмисот", "восьмистам", "восьмьюстами", "восемьюстами", "восьмистах"),
  unit(900, "девятьсот", "девятисот", "девятистам", "девятьюстами", "девятистах"),
  { forms: ["полтора", "полторы", "полутора"], value: 1.5, kind: "fraction" },
  { forms: ["четверть", "четверти"], value: 0.25, kind: "fraction" },
  // "два с половиной миллиарда": a half added to the figure before it ("с" joins them, RUSSIAN_NUMBER_JOINERS)
  { forms: ["половиной"], value: 0.5, kind: "half" },
  // "полмиллиарда долларов": half a multiplier, written as one word (or hyphenated), and its oblique case forms
  // ("около полумиллиарда долларов", "свыше полумиллиона тонн")
  mult(5e5, "полмиллиона", "пол-миллиона", "полумиллиона", "полумиллиону", "полумиллионом", "полумиллионе"),
  mult(5e8, "полмиллиарда", "пол-миллиарда", "полумиллиарда", "полумиллиарду", "полумиллиардом", "полумиллиарде"),
  mult(5e11, "полтриллиона", "пол-триллиона", "полутриллиона", "полутриллиону", "полутриллионом", "полутриллионе"),
  mult(1e3, "тысяча", "тысячи", "тысяч", "тысяче", "тысячу", "тысячей", "тысячею", "тысячам", "тысячами", "тысячах"),
  mult(1e6, "миллион", "миллиона", "миллионов", "миллиону", "миллионом", "миллионе", "миллионы", "миллионам", "миллионами", "миллионах"),
  mult(1e9, "миллиард", "миллиарда", "миллиардов", "миллиарду", "миллиардом", "миллиарде", "миллиарды", "миллиардам", "миллиардами", "миллиардах"),
  mult(1e12, "триллион", "триллиона", "триллионов", "триллиону", "триллионом", "триллионе", "триллионы", "триллионам", "триллионами", "триллионах"),
];

/** Joins words inside one number: "два с половиной" (the reader skips it, as English "and"). */
export const RUSSIAN_NUMBER_JOINERS: readonly string[] = ["с"];

/**
 * The decimal point in words: "одна целая пять десятых миллиарда" = 1.5 billion, "три целых двадцать пять сотых"
 * = 3.25. The words after the point are the fraction's numerator; the denominator word after them gives its scale
 * (RUSSIAN_DECIMAL_DENOMINATORS); with none, its digits decide ("одна целая пять" = 1.5, as Kazakh "да").
 */
export const RUSSIAN_DECIMAL_POINTS: readonly string[] = ["целая", "целых", "целой", "целую", "целыми"];
/** The denominator after a decimal fraction's numerator, in its case forms: "пять десятых", "двадцать пять сотых". */
export const RUSSIAN_DECIMAL_DENOMINATORS: Readonly<Record<string, number>> = Object.fromEntries([
  ...["десятая", "десятых", "десятой", "десятую", "десятыми"].map((f) => [f, 10] as const),
  ...["сотая", "сотых", "сотой", "сотую", "сотыми"].map((f) => [f, 100] as const),
  ...["тысячная", "тысячных", "тысячной", "тысячную", "тысячными"].map((f) => [f, 1000] as const),
]);

/** Abbreviated multipliers ("тыс.", "млн", "млрд."); the dot is optional in the patterns. */
export const RUSSIAN_MULTIPLIER_ABBREVIATIONS: Readonly<Record<string, number>> = {
  "тыс": 1e3,
  "млн": 1e6,
  "млрд": 1e9,
  "трлн": 1e12,
};

/**
 * Words that open and close a range: "от 10 до 20 млн", "с 5 до 7 млрд" (a change from one value
 * to another is read as a range too: the start is `amount`, the final value `amountMax`).
 */
export const RUSSIAN_RANGE_FROM: readonly string[] = ["от", "с", "со"];
/** Openers that mean nothing without the range's other end ("вместе с 5 млрд тенге"): kept out of a lone figure's span. */
export const RUSSIAN_RANGE_FROM_ONLY: readonly string[] = ["с", "со"];
export const RUSSIAN_RANGE_TO: readonly string[] = ["до"];
/** An opener and the word that closes a range only after it: "между 10 и 20 млн долларов". */
export const RUSSIAN_RANGE_PAIRS: readonly (readonly [string, string])[] = [["между", "и"]];

/**
 * Words of an unknown count before a multiplier ("несколько миллиардов", "сотни тысяч"), and the plural
 * forms a multiplier takes only after a count: alone, such a multiplier is no sum ("миллиард долларов" is one).
 */
export const RUSSIAN_VAGUE_QUANTITIES: readonly string[] = [
  "несколько", "нескольких", "нескольким", "несколькими", "сотни", "сотен", "сотням", "сотнями", "десятки",
  "десятков", "десяткам", "десятками", "много", "многих", "многие", "многим", "многими",
];
export const RUSSIAN_PLURAL_MULTIPLIERS: readonly string[] = [
  "тысяч", "тысячам", "тысячами", "тысячах", "миллионов", "миллионам", "миллионами", "миллионах",
  "миллиардов", "миллиардам", "миллиардами", "миллиардах", "триллионов", "триллионам", "триллионами", "триллионах",
];

/**
 * Words that join two figures sharing the multiplier and unit written after the second ("100 и 200 млн долларов", "12, 18 и 24 метра"): the first is
 * a figure of that unit too (src/coordinated.ts). A comma may join more before them ("12, 18 и 24").
 */
export const RUSSIAN_FIGURE_COORDINATORS: readonly string[] = ["и"];
/** Words before the first of such figures or after the last that make them one range instead ("между 10 и 20", "5 және 10 млрд теңге аралығында"). */
export const RUSSIAN_FIGURE_RANGE_WORDS: { readonly before: readonly string[]; readonly after: readonly string[] } = { before: ["между", "от"], after: [] };
