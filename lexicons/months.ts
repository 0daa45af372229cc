/**
 * Month names in Kazakh, Russian and English. Each language gives the stems (or whole
 * words) with their month number and the endings that may follow them; patterns build
 * `stem + ending?` and the recognizer looks the stem up in `*_MONTHS`.
 */

/** Kazakh month names (nominative); the case endings below attach to them. */
export const KK_MONTHS: Readonly<Record<string, number>> = {
  қаңтар: 1,
  ақпан: 2,
  наурыз: 3,
  сәуір: 4,
  мамыр: 5,
  маусым: 6,
  шілде: 7,
  тамыз: 8,
  қыркүйек: 9,
  // к → г before a vowel ending: қыркүйегі, қыркүйегінде
  қыркүйег: 9,
  қазан: 10,
  қараша: 11,
  желтоқсан: 12,
};

/**
 * Kazakh months that are also ordinary words or names (Казань, Наурыз the holiday,
 * маусым "season"):
 * read as a month only next to a day, a year or the word "ай".
 */
export const KK_MONTHS_AMBIGUOUS: readonly string[] = ["қазан", "наурыз", "маусым"];

/**
 * Case and possessive endings of a Kazakh month name, both vowel harmonies (an ending
 * that cannot occur on a given stem does no harm): мамырда, мамырдың, мамырға,
 * мамырдан, мамыры, мамырында, мамырынан, шілдеде, қазанның, қыркүйекте…
 */
export const KK_MONTH_ENDINGS: readonly string[] = [
  // locative, genitive, dative, ablative
  "да", "де", "та", "те", "нда", "нде",
  "дың", "дің", "тың", "тің", "ның", "нің",
  "ға", "ге", "қа", "ке", "на", "не",
  "дан", "ден", "тан", "тен", "нан", "нен",
  // possessive (3rd person) and its cases
  "ы", "і", "сы", "сі",
  "ында", "інде", "сында", "сінде",
  "ының", "інің", "сының", "сінің",
  "ына", "іне", "сына", "сіне",
  "ынан", "інен", "сынан", "сінен",
  // adjectival "…ғы/гі" (мамырдағы)
  "дағы", "дегі", "тағы", "тегі",
];

/** Russian month stems with the endings each takes (январь, января, январе, январём…). */
export const RU_MONTH_FORMS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      ["январ", 1, ["ь", "я", "е", "ю", "ём", "ем"]],
      ["феврал", 2, ["ь", "я", "е", "ю", "ём", "ем"]],
      ["март", 3, ["", "а", "е", "у", "ом"]],
      ["апрел", 4, ["ь", "я", "е", "ю", "ем"]],
      ["ма", 5, ["й", "я", "е", "ю", "ем", "ём"]],
      ["июн", 6, ["ь", "я", "е", "ю", "ем"]],
      ["июл", 7, ["ь", "я", "е", "ю", "ем"]],
      ["август", 8, ["", "а", "е", "у", "ом"]],
      ["сентябр", 9, ["ь", "я", "е", "ю", "ём", "ем"]],
      ["октябр", 10, ["ь", "я", "е", "ю", "ём", "ем"]],
      ["ноябр", 11, ["ь", "я", "е", "ю", "ём", "ем"]],
      ["декабр", 12, ["ь", "я", "е", "ю", "ём", "ем"]],
    ] as const
  ).flatMap(([stem, n, endings]) => endings.map((e) => [stem + e, n] as const)),
);

/** Abbreviated Russian month names as written in dates ("10 сент. 2025"). */
export const RU_MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  "янв.": 1, "фев.": 2, "февр.": 2, "апр.": 4, "авг.": 8, "сент.": 9, "сен.": 9,
  "окт.": 10, "нояб.": 11, "дек.": 12,
};

/** English month names and their usual abbreviations (with or without the dot). */
export const EN_MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  "jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9, "sept.": 9,
  "oct.": 10, "nov.": 11, "dec.": 12,
};

/**
 * Roman numerals for quarters and halves ("II тоқсан", "III квартал"), in Latin letters
 * and with the Kazakh Cyrillic "І" that texts often use instead; keys are lower case.
 */
export const ROMAN_PERIOD_NUMERALS: Readonly<Record<string, number>> = {
  i: 1, ii: 2, iii: 3, iv: 4,
  "і": 1, "іі": 2, "ііі": 3, "іv": 4,
};

/** The same abbreviations without their dot ("1 авг", "3 янв 2020"): read only after a day. */
export const RU_MONTH_ABBREVIATIONS_DOTLESS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(RU_MONTH_ABBREVIATIONS).map(([k, v]) => [k.replace(/\.$/, ""), v]),
);
