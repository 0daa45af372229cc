/**
 * Russian words for dates: the year noun and its abbreviations, quarter and half-year
 * nouns, ordinals in every case, relative words and modifier prepositions. Patterns in
 * patterns/date.ru.ts build on these; the date recognizer looks matched words up here.
 */
import type { DateModifier } from "../src/types.js";
import type { NumericDateWords, OffsetUnit, RelativeWord } from "../src/dates/types.js";

/** "год" in every case and number, and the abbreviations "г.", "гг.". */
export const RU_YEAR_FORMS: readonly string[] = [
  "год", "года", "году", "годом", "годе", "годы", "годов", "годах", "годам", "годами",
];
export const RU_YEAR_ABBREVIATIONS: readonly string[] = ["гг.", "г.", "гг", "г"];
/** Endings after a year figure: "2025-го", "2025-м", "2020-х", "1990-е". */
export const RU_YEAR_DIGIT_ENDINGS: readonly string[] = ["го", "м", "й", "ом"];
/** The dative ending a year figure may also take before its noun: "к 2030-му году", "к 30-му году". */
export const RU_SHORT_YEAR_DATIVE = "му";
/** Endings after a day figure: "1-го мая", "10-е". */
export const RU_DAY_DIGIT_ENDINGS: readonly string[] = ["го", "е", "ое", "м"];
/** Endings of a decade: "1990-е годы", "2000-х годов". */
export const RU_DECADE_ENDINGS: readonly string[] = ["е", "х", "ые", "ых", "ым", "ыми"];
/** The genitive of a decade ("в конце 90-х", "с начала 80-ых"), read without the year noun after a modifier. */
export const RU_DECADE_GENITIVE_ENDINGS: readonly string[] = ["х", "ых"];
/** Nouns of the days of a month after a decade-like figure: "с 10-х чисел" is no decade. */
export const RU_DAYS_OF_MONTH_NOUNS: readonly string[] = ["чисел", "числа", "числах", "числам"];

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

/**
 * Words of a year's last quarter, read only with the year after ("в последнем квартале 2025 года", "в заключительном
 * квартале прошлого года").
 */
export const RU_LAST_PERIOD_WORDS: readonly string[] = [
  "последний", "последнего", "последнем", "последнему", "последним",
  "заключительный", "заключительного", "заключительном", "заключительному", "заключительным",
];
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
/**
 * Adjectives of a relative year, a date by themselves ("прошлогоднего форума", "на позапрошлогодней выставке"): last year,
 * the year before. Every case form.
 */
const YEAR_ADJECTIVE_ENDINGS = ["ий", "его", "ем", "ему", "им", "яя", "ей", "юю", "ее", "ие", "их", "ими"];
export const RU_YEAR_ADJECTIVE_WORDS: Readonly<Record<string, RelativeWord>> = {
  ...forms(YEAR_ADJECTIVE_ENDINGS.map((e) => "прошлогодн" + e), { offset: -1 }),
  ...forms(YEAR_ADJECTIVE_ENDINGS.map((e) => "позапрошлогодн" + e), { offset: -2 }),
};
/** The stems of RU_YEAR_ADJECTIVE_WORDS, which the date stage's pre-test looks for. */
export const RU_YEAR_ADJECTIVE_STEMS: readonly string[] = ["прошлогодн", "позапрошлогодн"];
/** Whole phrases that name a year by itself. */
export const RU_RELATIVE_YEAR_PHRASES: Readonly<Record<string, RelativeWord>> = {
  "годом ранее": { offset: -1, fromPrevious: true },
  "годом позже": { offset: 1, fromPrevious: true },
  "годом позднее": { offset: 1, fromPrevious: true },
  "год спустя": { offset: 1, fromPrevious: true },
  "год назад": { offset: -1 },
};
/**
 * A part of the year before a bare "года" (no figure, no adjective): the current year, the part
 * read from the modifier ("до конца года" → end, as "до конца 2025 года"; "с начала года" → since).
 */
export const RU_CURRENT_YEAR_MODIFIERS: readonly string[] = [
  "до конца", "к концу", "в конце", "на конец", "в начале", "к началу", "с начала", "со начала",
  "в середине", "к середине", "до середины",
];
export const RU_CURRENT_YEAR: Readonly<Record<string, RelativeWord>> = { года: { offset: 0 } };
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
  // from today on ("на сегодняшний день", as of now, and "до сегодняшнего дня", to this day, stay vague)
  "с сегодняшнего дня": { offset: 0 },
  // the day after the date mentioned before ("30 июня … на следующий день"): as "спустя день"
  "на следующий день": { offset: 1, fromPrevious: true },
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
/**
 * Words between a year written without its noun and a year written with it, which the first shares ("перенесен с 2026 на
 * 2028 год", "в 2024 и 2025 годах"): the first is a year of its own (no range: "по" and "до" join one, RU_RANGE_TO).
 */
export const RU_ELIDED_YEAR_JOINERS: readonly string[] = ["на", "и", "или"];

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

/** Count words of an offset ("два года назад", "через три дня", "одну неделю назад"); tokens add up. */
export const RU_COUNT_WORDS: Readonly<Record<string, number>> = {
  один: 1, одну: 1, одна: 1, одно: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7,
  восемь: 8, девять: 9, десять: 10, одиннадцать: 11, двенадцать: 12, тринадцать: 13, четырнадцать: 14,
  пятнадцать: 15, шестнадцать: 16, семнадцать: 17, восемнадцать: 18, девятнадцать: 19, двадцать: 20,
  тридцать: 30, сорок: 40, пятьдесят: 50, шестьдесят: 60, семьдесят: 70, восемьдесят: 80, девяносто: 90,
  сто: 100,
  // instrumental, before a unit in the instrumental ("двумя неделями ранее")
  двумя: 2, тремя: 3, четырьмя: 4, пятью: 5, шестью: 6, семью: 7, восемью: 8, девятью: 9, десятью: 10,
  // genitive, after "по итогам" ("по итогам девяти месяцев 2025 года")
  двух: 2, трех: 3, трёх: 3, четырех: 4, четырёх: 4, пяти: 5, шести: 6, семи: 7, восьми: 8, девяти: 9, десяти: 10,
  одиннадцати: 11, двенадцати: 12,
};

/** The months of a period counted from January, before its year: "за 9 месяцев 2025 года", "первые шесть месяцев". */
export const RU_MONTHS_COUNTED = { first: ["первые", "первых"], month: ["месяцев", "месяца"] } as const;
/**
 * Calendar unit words after a count (or alone: "год назад", "через месяц"); a week is 7 days,
 * "полгода" six months. "день"/"сутки" alone after "через" also means "every other day", so a
 * day needs a count (see the pattern).
 */
/**
 * An offset from the date told before, the unit in the instrumental: "двумя неделями ранее", "тремя годами
 * позже", "неделей раньше" (a singular unit names its count); the direction words after it.
 */
const RU_OFFSET_INSTRUMENTAL: Readonly<Record<string, OffsetUnit>> = {
  годами: { unit: "year", size: 1 }, месяцами: { unit: "month", size: 1 }, неделями: { unit: "day", size: 7 },
  днями: { unit: "day", size: 1 }, сутками: { unit: "day", size: 1 },
  годом: { unit: "year", size: 1 }, месяцем: { unit: "month", size: 1 }, неделей: { unit: "day", size: 7 },
  днём: { unit: "day", size: 1 }, днем: { unit: "day", size: 1 },
};
export const RU_OFFSET_INSTRUMENTAL_UNITS: readonly string[] = ["годами", "месяцами", "неделями", "днями", "сутками"];
export const RU_OFFSET_INSTRUMENTAL_UNITS_ALONE: readonly string[] = ["годом", "месяцем", "неделей", "днём", "днем"];
export const RU_OFFSET_EARLIER_LATER: readonly string[] = ["ранее", "раньше", "позже", "позднее"];
/** After them a comparison, not a point: "двумя годами раньше срока", "неделей позже, чем планировалось". */
export const RU_OFFSET_COMPARED: readonly string[] = ["чем", "срока", "запланированного", "намеченного", "положенного", "графика"];
export const RU_OFFSET_UNITS: Readonly<Record<string, OffsetUnit>> = {
  ...forms(["год", "года", "лет"], { unit: "year", size: 1 } as OffsetUnit),
  ...forms(["полгода"], { unit: "month", size: 6 } as OffsetUnit),
  ...forms(["месяц", "месяца", "месяцев"], { unit: "month", size: 1 } as OffsetUnit),
  ...forms(["неделю", "недели", "недель"], { unit: "day", size: 7 } as OffsetUnit),
  ...forms(["день", "дня", "дней", "сутки", "суток"], { unit: "day", size: 1 } as OffsetUnit),
  ...RU_OFFSET_INSTRUMENTAL,
};
/** Units that stand without a count ("год назад", "через неделю"). */
export const RU_OFFSET_UNITS_ALONE: readonly string[] = ["год", "полгода", "месяц", "неделю"];
/**
 * Directions: "назад"/"тому назад" after the count (past), "через" before it (future), "спустя"
 * either side: it counts from the event told before ("Спустя два года завод закрыли"), so it is
 * resolved from the year named earlier in the text, from the reference date when none is, and
 * not at all before "после" ("спустя два года после аварии": from an event, no date).
 */
export const RU_OFFSET_AGO: readonly string[] = ["назад", "тому назад"];
export const RU_OFFSET_IN: readonly string[] = ["через", "спустя"];
export const RU_OFFSET_DIRECTIONS: Readonly<Record<string, RelativeWord>> = {
  назад: { offset: -1 }, "тому назад": { offset: -1 }, через: { offset: 1 }, спустя: { offset: 1, fromPrevious: true },
  ранее: { offset: -1, fromPrevious: true }, раньше: { offset: -1, fromPrevious: true },
  позже: { offset: 1, fromPrevious: true }, позднее: { offset: 1, fromPrevious: true },
};
/** After "через/спустя N лет": an event follows ("после аварии"), so the offset is not from a date. */
export const RU_OFFSET_FROM_EVENT: readonly string[] = ["после"];

/** Weekday names in their case forms (nominative, accusative, genitive, dative, prepositional, instrumental). */
export const RU_WEEKDAYS: Readonly<Record<string, number>> = {
  ...forms(["понедельник", "понедельника", "понедельнику", "понедельнике", "понедельником"], 1),
  ...forms(["вторник", "вторника", "вторнику", "вторнике", "вторником"], 2),
  ...forms(["среда", "среду", "среды", "среде", "средой"], 3),
  ...forms(["четверг", "четверга", "четвергу", "четверге", "четвергом"], 4),
  ...forms(["пятница", "пятницу", "пятницы", "пятнице", "пятницей"], 5),
  ...forms(["суббота", "субботу", "субботы", "субботе", "субботой"], 6),
  ...forms(["воскресенье", "воскресенья", "воскресенью", "воскресеньем"], 7),
};
/**
 * A weekday in the genitive after a part of the day or a clock time names that day ("утром понедельника",
 * "к вечеру пятницы", "на 17:00 понедельника"): the genitive forms, and the words before them.
 */
export const RU_WEEKDAY_GENITIVES: readonly string[] = ["понедельника", "вторника", "среды", "четверга", "пятницы", "субботы", "воскресенья"];
export const RU_PARTS_OF_DAY: readonly string[] = [
  "утра", "утром", "утру", "утро", "вечера", "вечером", "вечеру", "вечер", "ночи", "ночью", "дня", "днём", "днем",
  "полудня", "полудню", "полдень",
];
/** Adjectives before a weekday: the previous one, the next one, this one (the nearest). */
export const RU_WEEKDAY_MODIFIERS: Readonly<Record<string, number>> = {
  ...adjectiveForms(["прошл", "минувш", "прошедш"], -1),
  ...adjectiveForms(["следующ", "будущ", "ближайш"], 1),
  ...forms(["этот", "эту", "это", "этого", "этой", "этом", "этому"], 0),
};
function adjectiveForms(stems: readonly string[], value: number): Record<string, number> {
  const endings = ["ий", "ый", "ую", "ее", "ое", "его", "ого", "ей", "ой", "ем", "ом", "ему", "ому"];
  return Object.fromEntries(stems.flatMap((s) => endings.map((e) => [s + e, value])));
}
/**
 * "среду" after "в" is also "into the environment" ("в среду обитания", "в среду молодёжи"): not a
 * weekday before a genitive noun with one of these endings.
 */
export const RU_ENVIRONMENT_GENITIVE_ENDINGS: readonly string[] = ["ия", "ов", "ей", "ых", "их", "жи", "ти"];

/**
 * Decade words ("девяностые годы", "в девяностых") → the decade's first year when no century is
 * named with it: the 1920s–1990s ("двадцатые годы" is the 1920s, as in history writing), "нулевые" the 2000s.
 */
export const RU_DECADE_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [["нулев", 2000], ["двадцат", 1920], ["тридцат", 1930], ["сороков", 1940], ["пятидесят", 1950],
      ["шестидесят", 1960], ["семидесят", 1970], ["восьмидесят", 1980], ["девяност", 1990]] as const
  ).flatMap(([stem, n]) => ["ые", "ых", "ым", "ыми"].map((e) => [stem + e, n] as const)),
);
/**
 * Ordinal stems of the days and years written in words, with their declension: "hard" (первый, пятое), "stressed"
 * (второй, шестое) or "soft" (третий, третье). RU_DAY_ORDINALS and RU_YEAR_ORDINALS take their case forms from it.
 */
const RU_ORDINAL_STEMS: ReadonlyArray<readonly [number, string, "hard" | "stressed" | "soft"]> = [
  [1, "перв", "hard"], [2, "втор", "stressed"], [3, "трет", "soft"], [4, "четверт", "hard"], [4, "четвёрт", "hard"],
  [5, "пят", "hard"], [6, "шест", "stressed"], [7, "седьм", "stressed"], [8, "восьм", "stressed"], [9, "девят", "hard"],
  [10, "десят", "hard"], [11, "одиннадцат", "hard"], [12, "двенадцат", "hard"], [13, "тринадцат", "hard"],
  [14, "четырнадцат", "hard"], [15, "пятнадцат", "hard"], [16, "шестнадцат", "hard"], [17, "семнадцат", "hard"],
  [18, "восемнадцат", "hard"], [19, "девятнадцат", "hard"], [20, "двадцат", "hard"], [30, "тридцат", "hard"],
  [40, "сороков", "stressed"], [50, "пятидесят", "hard"], [60, "шестидесят", "hard"], [70, "семидесят", "hard"],
  [80, "восьмидесят", "hard"], [90, "девяност", "hard"], [2000, "двухтысячн", "hard"],
];

/** The case forms of the stems of RU_ORDINAL_STEMS that `keep` passes, each ending list by declension. */
function ordinalForms(keep: (n: number) => boolean, endings: Record<"hard" | "stressed" | "soft", readonly string[]>): Record<string, number> {
  return Object.fromEntries(RU_ORDINAL_STEMS.filter(([n]) => keep(n)).flatMap(([n, stem, kind]) => endings[kind].map((e) => [stem + e, n] as const)));
}

/**
 * Days of the month as ordinal words before a month name ("первого сентября", "двадцать пятое декабря", "к тридцатому
 * апреля"): the neuter nominative, the genitive and the dative of 1–20 and 30; 21–29 and 31 are "двадцать"/"тридцать"
 * (RU_DAY_TENS) before one of 1–9. Not the instrumental: "с Первым мая" greets a holiday, where "с" is no "since".
 */
export const RU_DAY_ORDINALS: Readonly<Record<string, number>> = ordinalForms((n) => n <= 20 || n === 30, {
  hard: ["ое", "ого", "ому"], stressed: ["ое", "ого", "ому"], soft: ["ье", "ьего", "ьему"],
});
/**
 * The tens of a number in words (RU_COUNT_WORDS' 20–90): before a day's ordinal only двадцать and тридцать ("двадцать
 * пятого", "тридцать первое"), before a year's all of them.
 */
export const RU_YEAR_TENS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(RU_COUNT_WORDS).filter(([, n]) => n >= 20 && n < 100 && n % 10 === 0),
);
export const RU_DAY_TENS: Readonly<Record<string, number>> = Object.fromEntries(Object.entries(RU_YEAR_TENS).filter(([, n]) => n <= 30));
/**
 * A year in words before the year noun ("в две тысячи двадцать пятом году", "тысяча девятьсот девяносто первого года",
 * "двухтысячного года"): the thousands and hundreds (RU_YEAR_THOUSANDS), a ten ("двадцать", RU_YEAR_TENS) and the
 * ordinal that ends it in the case the noun takes (RU_YEAR_ORDINALS: 1–19 and the tens, nominative, genitive,
 * prepositional, dative, instrumental), or the ordinal of 2000 alone. The words' values add up ("две" × "тысячи").
 */
export const RU_YEAR_THOUSANDS: Readonly<Record<string, number>> = {
  "две": 2, "тысячи": 1000, "тысяча": 1000, "девятьсот": 900, "восемьсот": 800,
};
/** The phrases a year in words starts with: its thousands and hundreds (their values in RU_YEAR_THOUSANDS). */
export const RU_YEAR_THOUSAND_PHRASES: readonly string[] = ["две тысячи", "тысяча девятьсот", "тысяча восемьсот"];
export const RU_YEAR_ORDINALS: Readonly<Record<string, number>> = ordinalForms((n) => n < 20 || n % 10 === 0, {
  hard: ["ый", "ого", "ом", "ому", "ым"], stressed: ["ой", "ого", "ом", "ому", "ым"], soft: ["ий", "ьего", "ьем", "ьему", "ьим"],
});
/** Century ordinals in words before "век" ("двадцатого века", "в девятнадцатом веке"). */
export const RU_CENTURY_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [["пятнадцат", 15], ["шестнадцат", 16], ["семнадцат", 17], ["восемнадцат", 18], ["девятнадцат", 19],
      ["двадцат", 20], ["двадцать перв", 21]] as const
  ).flatMap(([stem, n]) => ["ый", "ого", "ом", "ому", "ым"].map((e) => [stem + e, n] as const)),
);
/** "прошлого века", "в прошлом веке", "позапрошлого века", "нынешнего века": from the reference date. */
export const RU_RELATIVE_CENTURY: Readonly<Record<string, RelativeWord>> = {
  ...forms(["прошлый", "прошлого", "прошлом", "прошлому", "минувшего", "минувшем"], { offset: -1 }),
  ...forms(["позапрошлый", "позапрошлого", "позапрошлом"], { offset: -2 }),
  ...forms(["нынешнего", "нынешнем", "текущего", "текущем", "этого", "этом", "нашего", "нашем"], { offset: 0 }),
};

/** Words between the two ends of a range of dates written in full ("с 13 июля по 15 июля"). */
export const RU_RANGE_JOIN: readonly string[] = ["по"];

/** Seasons as adverbs ("весной": in spring), a date without a year; not after a relative adjective ("прошлым летом"). */
export const RU_SEASON_ADVERBS: readonly string[] = ["весной", "летом", "осенью", "зимой"];
export const RU_SEASON_RELATIVE_STEMS: readonly string[] = ["прошл", "следующ", "минувш", "будущ", "позапрошл"];
/**
 * Those stems' forms before a season ("прошлым летом", "прошлой зимой", "с прошлого лета", "следующей весной"):
 * the season counted from the reference date's (see EN_RELATIVE_SEASON_WORDS).
 */
export const RU_RELATIVE_SEASON_ADJECTIVES: Readonly<Record<string, RelativeWord>> = Object.fromEntries(
  ([["прошл", -1], ["минувш", -1], ["позапрошл", -2], ["следующ", 1], ["будущ", 1]] as const).flatMap(([stem, offset]) => {
    const soft = stem.endsWith("щ") || stem.endsWith("ш");
    const endings = soft ? ["ей", "им", "его", "ее", "ую", "ая", "ем"] : ["ой", "ым", "ого", "ое", "ую", "ая", "ом"];
    return endings.map((e) => [stem + e, { offset }] as const);
  }),
);

/** Adjectives of a calendar week ("на этой неделе", "прошлой недели"), read as the month's (`relativeMonth`). */
export const RU_RELATIVE_WEEK_ADJECTIVES: Readonly<Record<string, RelativeWord>> = {
  этой: { offset: 0 }, текущей: { offset: 0 }, прошлой: { offset: -1 }, минувшей: { offset: -1 }, следующей: { offset: 1 },
};
/** Forms of "неделя" after such an adjective. */
export const RU_WEEK_FORMS: readonly string[] = ["неделе", "недели", "неделю"];

/**
 * Around a day.month figure with no year ("15.02") or a two-digit year ("31.10.74"): a clause or
 * version number, a time after "в" ("в 10.05") and a quantity ("15.02 га", "2.05 млн") are no dates;
 * "от 15.02" and "с 01.03 по 15.03" are (see `NumericDateWords`).
 */
export const RU_NUMERIC_DATE_WORDS: NumericDateWords = {
  notAfter: [
    "ст.", "ст", "статья", "статьи", "статье", "статью", "статьей", "п.", "пп.", "пункт", "пункта", "пункте", "подпункт",
    "подпункта", "ч.", "часть", "части", "гл.", "глава", "главы", "главе", "раздел", "раздела", "разделе", "рис.", "табл.",
    "версия", "версии", "версию", "№", "в", "во", "около",
  ],
  before: ["по", "от"],
  after: [],
  beforePunctuation: true,
  yearWordsAfter: ["года", "г.", "г"],
  quantityWords: ["тыс", "млн", "млрд", "трлн", "т", "кг", "га", "км", "м", "ч", "мин", "сек", "раз", "раза", "%", "руб", "долл", "тг", "тнг", "куб"],
  quantityStems: [
    "тысяч", "миллион", "миллиард", "триллион", "процент", "балл", "пункт", "тонн", "гектар", "километр", "метр", "доллар",
    "рубл", "тенге", "евро", "юан", "час", "минут", "секунд", "градус", "очк",
  ],
};

/** Words between two days of one month ("17 и 21 апреля"): the first day takes the later month. */
export const RU_DAY_CONJUNCTIONS: readonly string[] = ["и", "или"];

/**
 * A two-digit year ("в 91-м году", "к 30-му году", "с 20-го года"): the preposition and the year noun
 * form that go together, and the words after the noun that make it a year of something else
 * ("на 20-м году жизни", "в 20 году нашей эры").
 */
export const RU_SHORT_YEAR_FORMS: Readonly<Record<string, readonly string[]>> = {
  году: ["в", "во", "к"],
  года: ["с", "со", "до", "после"],
};
export const RU_SHORT_YEAR_NOT_BEFORE: readonly string[] = [
  "жизни", "своей", "существования", "службы", "работы", "обучения", "правления", "нашей", "до", "н.",
];

/** Stems of the kinds of year between a year and its noun ("в 2025 финансовом году", "2024/2025 учебного года"). */
export const RU_YEAR_KIND_STEMS: readonly string[] = ["финансов", "отчетн", "отчётн", "бюджетн", "календарн", "учебн", "маркетингов", "налогов"];

/** Words that put a clause in the past or the future, which decides a bare weekday (see EN_TENSE_WORDS). */
export const RU_TENSE_WORDS: { past: readonly string[]; future: readonly string[] } = {
  past: ["подписали", "подписал", "подписала", "подписало", "подписано", "подписан", "подписаны", "подписана", "состоялось",
    "состоялся", "состоялась", "состоялись", "прошел", "прошёл", "прошла", "прошло", "прошли", "сообщил", "сообщила", "сообщило",
    "сообщили", "заявил", "заявила", "заявили", "было", "был", "была", "были", "провел", "провёл", "провела", "провели", "открыли",
    "открыл", "открыла", "запустили", "посетил", "посетила", "встретился", "встретились", "одобрил", "одобрило", "утвердил",
    "одобрила", "одобрили", "утвердила", "утвердили", "ратифицировал", "ратифицировала", "ратифицировали", "ратифицировано"],
  future: ["будет", "будут", "состоится", "пройдет", "пройдёт", "подпишут", "подпишет", "планируется", "запланирован",
    "запланировано", "запланирована", "намечен", "намечено", "намечена", "проведут", "откроют", "откроется"],
};
