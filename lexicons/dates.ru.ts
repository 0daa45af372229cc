/**
 * Russian words for dates: the year noun and its abbreviations, quarter and half-year
 * nouns, ordinals in every case, relative words and modifier prepositions. Patterns in
 * patterns/date.ru.ts build on these; the date recognizer looks matched words up here.
 */
import type { DateModifier } from "../src/types.js";
import type { RelativeWord } from "../src/dates/types.js";

/** "год" in every case and number, and the abbreviations "г.", "гг.". */
export const RU_YEAR_FORMS: readonly string[] = [
  "год", "года", "году", "годом", "годе", "годы", "годов", "годах", "годам", "годами",
];
export const RU_YEAR_ABBREVIATIONS: readonly string[] = ["гг.", "г.", "гг", "г"];
/** Endings after a year figure: "2025-го", "2025-м", "2020-х", "1990-е". */
export const RU_YEAR_DIGIT_ENDINGS: readonly string[] = ["го", "м", "й", "ом"];
/** Endings after a day figure: "1-го мая", "10-е". */
export const RU_DAY_DIGIT_ENDINGS: readonly string[] = ["го", "е", "ое", "м"];
/** Endings of a decade: "1990-е годы", "2000-х годов". */
export const RU_DECADE_ENDINGS: readonly string[] = ["е", "х", "ые", "ых", "ым", "ыми"];

export const RU_QUARTER_FORMS: readonly string[] = [
  "квартал", "квартала", "квартале", "кварталу", "кварталом", "кварталы", "кварталах", "кв.",
];
export const RU_HALF_YEAR_FORMS: readonly string[] = [
  "полугодие", "полугодия", "полугодии", "полугодию", "полугодием", "полугодиях",
];
/** "половина" of a year: read as a half only when a year follows ("во второй половине 2025 года"). */
export const RU_HALF_FORMS: readonly string[] = ["половина", "половины", "половине", "половину", "половиной"];

/** Ordinals 1–4 in every case and gender (quarters, halves). */
export const RU_PERIOD_ORDINALS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      [1, "перв", ["ый", "ого", "ому", "ом", "ая", "ой", "ую", "ое", "ые", "ых"]],
      [2, "втор", ["ой", "ого", "ому", "ом", "ая", "ую", "ое", "ые", "ых"]],
      [3, "трет", ["ий", "ьего", "ьему", "ьем", "ья", "ьей", "ью", "ье", "ьи", "ьих"]],
      [4, "четверт", ["ый", "ого", "ому", "ом", "ая", "ой", "ую", "ое", "ые", "ых"]],
      [4, "четвёрт", ["ый", "ого", "ому", "ом", "ая", "ой", "ую", "ое", "ые", "ых"]],
    ] as const
  ).flatMap(([n, stem, endings]) => endings.map((e) => [stem + e, n] as const)),
);

/** Adjectives before "году/года/год" ("в прошлом году", "этого года", "на следующий год"). */
export const RU_RELATIVE_YEAR_ADJECTIVES: Readonly<Record<string, RelativeWord>> = {
  ...forms(["этом", "этого", "этот", "текущем", "текущего", "текущий", "нынешнем", "нынешнего", "нынешний",
    "сем", "сего"], { offset: 0 }),
  ...forms(["прошлом", "прошлого", "прошлый", "минувшем", "минувшего", "минувший", "прошедшем", "прошедшего",
    "прошедший"], { offset: -1 }),
  ...forms(["позапрошлом", "позапрошлого", "позапрошлый"], { offset: -2 }),
  ...forms(["следующем", "следующего", "следующий", "будущем", "будущего", "будущий", "наступающем",
    "наступающего", "наступающий", "грядущем", "грядущего"], { offset: 1 }),
  ...forms(["предыдущем", "предыдущего", "предыдущий"], { offset: -1, fromPrevious: true }),
  ...forms(["том же", "того же", "тот же", "этом же", "этого же"], { offset: 0, fromPrevious: true }),
};
/** Whole phrases that name a year by itself. */
export const RU_RELATIVE_YEAR_PHRASES: Readonly<Record<string, RelativeWord>> = {
  "годом ранее": { offset: -1, fromPrevious: true },
  "годом позже": { offset: 1, fromPrevious: true },
  "годом позднее": { offset: 1, fromPrevious: true },
  "год спустя": { offset: 1, fromPrevious: true },
  "год назад": { offset: -1 },
};
/** Adjectives before "месяце/месяца". */
export const RU_RELATIVE_MONTH_ADJECTIVES: Readonly<Record<string, RelativeWord>> = {
  ...forms(["этом", "этого", "текущем", "текущего"], { offset: 0 }),
  ...forms(["прошлом", "прошлого", "минувшем", "минувшего"], { offset: -1 }),
  ...forms(["следующем", "следующего"], { offset: 1 }),
};
export const RU_MONTH_NOUN_FORMS: readonly string[] = ["месяце", "месяца", "месяц"];
export const RU_RELATIVE_DAY_WORDS: Readonly<Record<string, RelativeWord>> = {
  сегодня: { offset: 0 },
  вчера: { offset: -1 },
  завтра: { offset: 1 },
  позавчера: { offset: -2 },
  послезавтра: { offset: 2 },
};

/**
 * Words before a date and the modifier each gives ("" = in the span, no modifier).
 * A bare "в"/"на" is not a modifier and stays out of the span.
 */
export const RU_PRE_MODIFIERS: Readonly<Record<string, DateModifier | "">> = {
  ...forms(["к концу", "до конца", "в конце", "на конец", "конец", "конца", "концу"], "end"),
  ...forms(["в начале", "к началу", "начало", "начала", "начале"], "start"),
  ...forms(["с начала", "со начала"], "since"),
  ...forms(["в середине", "к середине", "до середины", "середина", "середины", "середине"], "mid"),
  ...forms(["с", "со", "начиная с", "начиная со", "начиная от"], "since"),
  ...forms(["до", "вплоть до", "не позднее", "не позже", "к"], "until"),
  ...forms(["накануне", "до начала"], "before"),
  ...forms(["после", "не ранее", "позднее", "позже"], "after"),
  ...forms(["в течение", "в период", "в ходе", "по состоянию на"], ""),
};
/** Words that open and close a range: "с 2025 по 2028 год", "от 2025 до 2028". */
export const RU_RANGE_FROM: readonly string[] = ["с", "со", "от", "начиная с"];
export const RU_RANGE_TO: readonly string[] = ["по", "до"];
export const RU_RANGE_BETWEEN: readonly string[] = ["между"];
export const RU_RANGE_AND: readonly string[] = ["и"];

function forms<V>(words: readonly string[], value: V): Record<string, V> {
  return Object.fromEntries(words.map((w) => [w, value]));
}

/**
 * Season words (any case form, "весной" too) → the first month of the season. With a year a
 * season is a month range: spring 2019 → "2019-03/2019-05", winter 2019 → "2018-12/2019-02"
 * (the winter that ends in that year: "зимой 2019 года" mostly means its January and February).
 */
export const RU_SEASONS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(["весной", "весна", "весны", "весну", "весне"].map((w) => [w, 3])),
  ...Object.fromEntries(["летом", "лето", "лета", "лету", "лете"].map((w) => [w, 6])),
  ...Object.fromEntries(["осенью", "осень", "осени"].map((w) => [w, 9])),
  ...Object.fromEntries(["зимой", "зима", "зимы", "зиму", "зиме"].map((w) => [w, 12])),
};
/** Forms of "век" after a century numeral ("XIX век", "в XX веке", "XVIII века"). */
export const RU_CENTURY_FORMS: readonly string[] = ["век", "века", "веке", "веку", "веком", "веков", "веках"];
/** Endings after a century figure: "19-й век", "20-го века". */
export const RU_CENTURY_DIGIT_ENDINGS: readonly string[] = ["й", "го", "м", "ом"];
