/**
 * Kazakh words for dates: year and period nouns with their endings, ordinals (for years
 * and days written in words, quarters and halves), relative words and modifier
 * postpositions. Patterns in patterns/date.kk.ts build on these; the date recognizer
 * looks the matched words up here.
 */
import type { DateModifier } from "../src/types.js";
import type { NumericDateWords, OffsetUnit, RelativeWord } from "../src/dates/types.js";

/** "жыл" (year) and its endings: жылы, жылға, жылғы, жылдың, жылдан, жылдар, жылдары… */
export const KK_YEAR_WORD = "жыл";
export const KK_YEAR_ENDINGS: readonly string[] = [
  "ы", "ға", "ғы", "дың", "ды", "да", "дан", "ына", "ында", "ының", "мен",
  "дар", "дары", "дарда", "дардың", "дарға", "дардан", "дарында", "дарындағы", "дардағы", "дарғы",
];
/** Plural endings only: a range of years ("2025-2028 жылдар аралығында"). */
export const KK_YEAR_PLURAL_ENDINGS: readonly string[] = KK_YEAR_ENDINGS.filter((e) => e.startsWith("дар"));
/** Abbreviation of "жыл" after a figure ("2025 ж.", "2025-2028 жж."). */
export const KK_YEAR_ABBREVIATIONS: readonly string[] = ["жж.", "ж."];
/** A range written "2025 жылдан 2028 жылға дейін". */
export const KK_YEAR_FROM_FORMS: readonly string[] = ["жылдан"];
export const KK_YEAR_TO_FORMS: readonly string[] = ["жылға дейін", "жылға шейін", "жылдар аралығында", "жылға"];
/**
 * Verbs of moving a date right after "X жылдан Y жылға" (stems): a date moved from one year to another, two years, no
 * range ("2026 жылдан 2028 жылға ауыстырылды", "шегерілді").
 */
export const KK_YEAR_MOVE_VERBS: readonly string[] = ["ауыстырыл", "шегеріл", "көшіріл", "кейінге қалдырыл", "кейінге шегеріл"];
/** Genitive/adjectival forms that let a year govern a month, day or quarter: "2025 жылғы 10 мамыр". */
export const KK_YEAR_GOVERNING_ENDINGS: readonly string[] = ["ғы", "дың"];
/**
 * Forms of the year noun after which a yearless day, month or period continues the same
 * date ("екі мың жиырмасыншы жылдың бірінші қаңтарынан", "1965 жылы 4 мамырда").
 */
export const KK_YEAR_LEADING_ENDINGS: readonly string[] = ["ғы", "дың", "ы"];

/** Endings that follow a figure written as an ordinal: "2025-інші", "11-ші", "20-сыншы". */
export const KK_ORDINAL_DIGIT_ENDINGS: readonly string[] = [
  "інші", "ыншы", "нші", "ншы", "сыншы", "сінші", "ші", "шы",
];
/** Endings after a day figure governed by a month: "мамырдың 11-і", "11-інде", "11-нен бастап". */
export const KK_DAY_DIGIT_ENDINGS: readonly string[] = [
  "і", "ы", "сі", "сы", "інде", "ында", "нде", "нда", "сінде", "сында", "інен", "ынан", "нен", "нан",
  "іне", "ына", "не", "на", "сіне", "сына", "сінен", "сынан",
];
/**
 * A month's genitive before its day: "мамырдың 11-і", and after a year's genitive the possessive genitive
 * ("2025 жылдың наурызының 5-інде", "шілдесінің").
 */
export const KK_MONTH_GENITIVE_ENDINGS: readonly string[] = ["ның", "нің", "дың", "дің", "тың", "тің", "ының", "інің", "сының", "сінің"];

/**
 * A day in words after a month in the genitive takes the possessive ending, then a case: "наурыздың жиырма
 * бірінде" (on 21 March), "мамырдың оны" (10 May), "қыркүйектің бірінен бастап". Each cardinal a day can end in,
 * with its possessive form (the ending follows the word's last sound: "екі" → "екісі", "он" → "оны").
 */
export const KK_DAY_POSSESSIVES: Readonly<Record<string, string>> = {
  бір: "бірі", екі: "екісі", үш: "үші", төрт: "төрті", бес: "бесі", алты: "алтысы", жеті: "жетісі", сегіз: "сегізі",
  тоғыз: "тоғызы", он: "оны", жиырма: "жиырмасы", отыз: "отызы",
};
/** Case endings after a possessive day (front after "і", back after "ы"): locative, ablative, dative, accusative, genitive. */
export const KK_DAY_POSSESSIVE_CASES: Readonly<Record<"front" | "back", readonly string[]>> = {
  front: ["", "нде", "нен", "не", "н", "нің"],
  back: ["", "нда", "нан", "на", "н", "ның"],
};
/** Possessive days that also read "one of" (a pronoun: "наурыздың бірі" is one of the Nauryz …): not after an ambiguous month. */
export const KK_DAY_POSSESSIVE_PRONOUNS: readonly string[] = ["бір"];

/** "ай" (month) after a month name: "мамыр айында", "қазан айының". */
export const KK_MONTH_WORD_FORMS: readonly string[] = [
  "ай", "айы", "айында", "айының", "айына", "айынан", "айындағы", "айда", "айдың",
  // plural, after a range or list of months: "қаңтар – мамыр айларында"
  "айлары", "айларында", "айларының", "айларына", "айларынан", "айларындағы",
];

/** Words of a year's last quarter or half, read only after the year ("2025 жылдың соңғы тоқсанында"). */
export const KK_LAST_PERIOD_WORDS: readonly string[] = ["соңғы"];
/** Quarter noun "тоқсан" with its endings (the same word is also 90, so it must follow an ordinal). */
export const KK_QUARTER_FORMS: readonly string[] = [
  "тоқсан", "тоқсанда", "тоқсанның", "тоқсанға", "тоқсаннан", "тоқсандағы", "тоқсаны", "тоқсанында",
  "тоқсанының", "тоқсанына", "тоқсанынан", "тоқсанындағы", "тоқсанымен", "тоқсанмен",
];
/** Half-year noun with its endings (also written in two words). */
export const KK_HALF_FORMS: readonly string[] = [
  "жартыжылдық", "жартыжылдықта", "жартыжылдықтың", "жартыжылдыққа", "жартыжылдықтан", "жартыжылдықтағы",
  "жартыжылдығы", "жартыжылдығында", "жартыжылдығының", "жартыжылдығына", "жартыжылдығынан",
  "жартыжылдықпен", "жартыжылдығындағы",
];
/**
 * "жартысы" (half of something) with its endings: a half-year only after a year in the genitive
 * ("2026 жылдың екінші жартысында", "өткен жылдың бірінші жартысы"); "қаражаттың жартысы" is no date.
 */
export const KK_HALF_OF_FORMS: readonly string[] = [
  "жартысы", "жартысында", "жартысының", "жартысына", "жартысынан", "жартысындағы",
];

/** Cardinal number words that may open a number written in words (years, days). */
export const KK_CARDINALS: Readonly<Record<string, number>> = {
  бір: 1, екі: 2, үш: 3, төрт: 4, бес: 5, алты: 6, жеті: 7, сегіз: 8, тоғыз: 9,
  он: 10, жиырма: 20, отыз: 30, қырық: 40, елу: 50, алпыс: 60, жетпіс: 70, сексен: 80, тоқсан: 90,
  жүз: 100, мың: 1000,
};
/** Ordinal number words: the last word of a year or day in words ("екі мың жиырма бесінші"). */
export const KK_ORDINALS: Readonly<Record<string, number>> = {
  бірінші: 1, екінші: 2, үшінші: 3, төртінші: 4, бесінші: 5, алтыншы: 6, жетінші: 7, сегізінші: 8,
  тоғызыншы: 9, оныншы: 10, жиырмасыншы: 20, отызыншы: 30, қырқыншы: 40, елуінші: 50,
  алпысыншы: 60, жетпісінші: 70, сексенінші: 80, тоқсаныншы: 90, жүзінші: 100, мыңыншы: 1000,
};
/** Ordinals usable for a quarter or half ("алғашқы жартыжылдық" = the first half). */
export const KK_PERIOD_ORDINALS: Readonly<Record<string, number>> = {
  бірінші: 1, екінші: 2, үшінші: 3, төртінші: 4, алғашқы: 1,
};

/**
 * Relative words. `year` words stand alone ("биыл", "былтыр"); `yearAdjectives` need the
 * year noun after them ("өткен жылы", "алдыңғы жылмен"); `monthAdjectives` need "ай"
 * ("осы айда"); `day` words are the day itself ("бүгін", "кеше", "ертең").
 */
export const KK_RELATIVE_YEAR_WORDS: Readonly<Record<string, RelativeWord>> = {
  биыл: { offset: 0 },
  былтыр: { offset: -1 },
};
/**
 * Case endings of "биыл"/"былтыр" ("биылдың өзінде", "былтырдан бері") and the adjective
 * "-ғы" ("биылғы жоспар" = this year's plan: it names the year, like "бүгінгі" names the day).
 */
export const KK_RELATIVE_YEAR_WORD_ENDINGS: readonly string[] = ["дан", "нан", "ға", "дың", "ғы"];
/**
 * Relative years that name a month's year with no year noun, one date with it ("биылғы наурызда", "былтырғы қазанда"):
 * keys of the two tables above. The adverbs "биыл", "былтыр" stay dates of their own before a month ("былтыр тамыз
 * айында" is two, as KazNERD marks them).
 */
export const KK_YEAR_WORDS_BEFORE_MONTH: readonly string[] = ["биылғы", "былтырғы"];
/** Months that are no month after such an adjective alone: "биылғы маусымда" is this year's season. */
export const KK_MONTHS_NOT_AFTER_YEAR_WORD: readonly string[] = ["маусым"];
export const KK_RELATIVE_YEAR_ADJECTIVES: Readonly<Record<string, RelativeWord>> = {
  осы: { offset: 0 },
  ағымдағы: { offset: 0 },
  үстіміздегі: { offset: 0 },
  биылғы: { offset: 0 },
  өткен: { offset: -1 },
  былтырғы: { offset: -1 },
  келесі: { offset: 1 },
  келер: { offset: 1 },
  // "алдағы жылы" = next year (the plural "алдағы жылдары", the coming years, is vague: no year ending reads it)
  алдағы: { offset: 1 },
  // the year before the one just mentioned: "былтыр … алдыңғы жылмен салыстырғанда"
  алдыңғы: { offset: -1, fromPrevious: true },
};
export const KK_RELATIVE_MONTH_ADJECTIVES: Readonly<Record<string, RelativeWord>> = {
  осы: { offset: 0 },
  ағымдағы: { offset: 0 },
  өткен: { offset: -1 },
  келесі: { offset: 1 },
  алдағы: { offset: 1 },
};
export const KK_RELATIVE_DAY_WORDS: Readonly<Record<string, RelativeWord>> = {
  бүгін: { offset: 0 },
  кеше: { offset: -1 },
  ертең: { offset: 1 },
  бүрсігүні: { offset: 2 },
};
/**
 * The adjective of a day word: "бүгінгі кездесу" (today's meeting), "кешегі", "ертеңгі".
 * It names the day, except before the nouns below, where "бүгінгі таңда", "бүгінгі күні",
 * "бүгінгі күнге дейін" mean "nowadays" / "to this day" (vague, like "бүгінде").
 */
export const KK_RELATIVE_DAY_ADJECTIVE_ENDINGS: readonly string[] = ["гі", "ғы"];
export const KK_VAGUE_AFTER_DAY_ADJECTIVE: readonly string[] = ["таң", "күн"];
/** Case endings a day word takes before a postposition: "бүгінге дейін", "кешеден бастап". */
export const KK_RELATIVE_DAY_ENDINGS: readonly string[] = ["ге", "нен", "ден", "ке"];

/** The year noun alone before a modifier: "жыл соңына дейін" = by the end of this year. */
export const KK_CURRENT_YEAR_FORMS: readonly string[] = ["жыл", "жылдың"];
export const KK_CURRENT_YEAR: Readonly<Record<string, RelativeWord>> = { жыл: { offset: 0 }, жылдың: { offset: 0 } };
/** Endings of the year noun after a relative adjective (not the plural: "алдағы жылдары" is vague). */
export const KK_RELATIVE_YEAR_ENDINGS: readonly string[] = [
  "ы", "да", "ға", "дың", "ды", "мен", "ғы", "дан", "ғымен", "ғыдан", "ғыға", "ғыдай", "ғының",
];

/**
 * Postpositions after a date, and the modifier each gives ("" = in the span, no modifier).
 * "2025 жылдың соңына дейін" → end; "2030 жылға дейін" → until; "2025 жылдан бастап" → since.
 */
export const KK_POST_MODIFIERS: Readonly<Record<string, DateModifier | "">> = {
  "соңына дейін": "end",
  "соңына таман": "end",
  "соңына қарай": "end",
  "соңында": "end",
  "соңына": "end",
  "аяғына дейін": "end",
  "аяғында": "end",
  "аяғына": "end",
  "басында": "start",
  "басынан бастап": "since",
  "басынан бері": "since",
  "басынан": "since",
  "ортасында": "mid",
  "ортасына дейін": "mid",
  "ортасына қарай": "mid",
  "ортасына таман": "mid",
  "басына қарай": "start",
  "аяғына қарай": "end",
  "дейін": "until",
  "шейін": "until",
  // adjectival forms before a noun ("2030 жылға дейінгі кезең", "2020 жылдан бергі")
  "дейінгі": "until",
  "шейінгі": "until",
  "кейін": "after",
  "соң": "after",
  "қарсаңында": "before",
  "аралығында": "",
  "аралығындағы": "",
  "аралығы": "",
  "ішінде": "",
};
/**
 * Postpositions that are modifiers only after a date in the dative ("2030 жылға қарай": by 2030; "2025 жылдан қарай",
 * after the ablative, is "from 2025 on"), and the dative endings they need (the last letters of the word before).
 */
export const KK_DATIVE_POST_MODIFIERS: Readonly<Record<string, DateModifier>> = { "қарай": "until" };
export const KK_DATIVE_ENDINGS: readonly string[] = ["ға", "ге", "қа", "ке", "на", "не"];
/**
 * Postpositions that are "since" only after a date in the ablative ("2025 жылдан бастап", "2020 жылдан бергі", "11-нен
 * бастап") or after the year's abbreviation ("01.01.2026 ж. бастап"); after another case "бастап" is the converb of a
 * verb that begins ("Құрылысты 2026 жылдың соңында бастап, 2029 жылы аяқтау …": starting the works then), no modifier.
 */
export const KK_ABLATIVE_POST_MODIFIERS: Readonly<Record<string, DateModifier>> = { "бастап": "since", "бері": "since", "бергі": "since" };
export const KK_ABLATIVE_ENDINGS: readonly string[] = ["дан", "ден", "тан", "тен", "нан", "нен", "ж."];
/** Only these postpositions may follow "жыл" alone (the current year). */
export const KK_CURRENT_YEAR_MODIFIERS: readonly string[] = [
  "соңына дейін", "соңына таман", "соңында", "аяғына дейін", "аяғында", "басынан бастап", "басынан бері",
  "басынан", "басында", "ортасында",
];

/**
 * Season words in their case forms → the season's first month, after "2024 жылдың" / "2024 жылғы"
 * ("2024 жылдың күзінде" → "2024-09/2024-11"; winter: the one ending in the year).
 */
export const KK_SEASONS: Readonly<Record<string, number>> = {
  // locative, possessive, dative, genitive, ablative, with the possessive too (not "қысқа", which is also "short")
  ...Object.fromEntries(["көктемінде", "көктемде", "көктемі", "көктем", "көктемге", "көктемнің", "көктемнен", "көктемінен", "көктеміне"].map((w) => [w, 3])),
  ...Object.fromEntries(["жазында", "жазда", "жазы", "жазға", "жаздың", "жаздан", "жазынан", "жазына"].map((w) => [w, 6])),
  ...Object.fromEntries(["күзінде", "күзде", "күзі", "күз", "күзге", "күздің", "күзден", "күзінен", "күзіне"].map((w) => [w, 9])),
  ...Object.fromEntries(["қысында", "қыста", "қысы", "қыс", "қыстың", "қыстан", "қысынан", "қысына"].map((w) => [w, 12])),
};

/**
 * Calendar unit words of an offset from the reference date: the bare noun before "бұрын"
 * ("2 жыл бұрын", "бір ай бұрын", "үш жұма бұрын"), the ablative before "кейін"/"соң"
 * ("5 жылдан кейін", "бір айдан соң"). A week ("апта", "жұма" after a count) is 7 days.
 */
export const KK_OFFSET_UNITS_AGO: Readonly<Record<string, OffsetUnit>> = {
  жыл: { unit: "year", size: 1 }, ай: { unit: "month", size: 1 }, апта: { unit: "day", size: 7 },
  жұма: { unit: "day", size: 7 }, күн: { unit: "day", size: 1 }, тәулік: { unit: "day", size: 1 },
};
export const KK_OFFSET_UNITS_LATER: Readonly<Record<string, OffsetUnit>> = {
  жылдан: { unit: "year", size: 1 }, айдан: { unit: "month", size: 1 }, аптадан: { unit: "day", size: 7 },
  жұмадан: { unit: "day", size: 7 }, күннен: { unit: "day", size: 1 }, тәуліктен: { unit: "day", size: 1 },
};
/** "бұрын" (ago; "бұрынғы": of … ago) and "кейін"/"соң" (later), counted from the reference date. */
export const KK_OFFSET_AGO: readonly string[] = ["бұрын"];
export const KK_OFFSET_AGO_ENDINGS: readonly string[] = ["ғы"];
export const KK_OFFSET_LATER: readonly string[] = ["кейін", "соң"];
export const KK_OFFSET_DIRECTIONS: Readonly<Record<string, RelativeWord>> = {
  бұрын: { offset: -1 }, кейін: { offset: 1 }, соң: { offset: 1 },
};

/**
 * Weekday names. "жұма" is also "week" and a name, so it is a weekday only with "күні" or a
 * modifier ("өткен жұмада"); the others also in the locative alone ("бейсенбіде").
 */
export const KK_WEEKDAYS: Readonly<Record<string, number>> = {
  дүйсенбі: 1, сейсенбі: 2, сәрсенбі: 3, бейсенбі: 4, жұма: 5, сенбі: 6, жексенбі: 7,
};
export const KK_WEEKDAYS_AMBIGUOUS: readonly string[] = ["жұма"];
/** Case endings of a weekday: locative (бейсенбіде), ablative (дүйсенбіден бастап), dative (жұмаға дейін). */
export const KK_WEEKDAY_ENDINGS: readonly string[] = ["де", "да", "ден", "дан", "ге", "ға"];
/** "X күні", "X күнгі" after a weekday name. */
export const KK_WEEKDAY_DAY_WORDS: readonly string[] = ["күні", "күнгі"];
/** "өткен" the previous one, "келесі"/"келер"/"алдағы" the next one ("осы жұмада" is "this week": left out). */
export const KK_WEEKDAY_MODIFIERS: Readonly<Record<string, number>> = {
  өткен: -1, келесі: 1, келер: 1, алдағы: 1,
};

/** "ғасыр" (century) in its case forms: "XX ғасырда", "өткен ғасырдың". */
export const KK_CENTURY_FORMS: readonly string[] = [
  "ғасыр", "ғасырда", "ғасырдың", "ғасырға", "ғасырдан", "ғасыры", "ғасырында", "ғасырының", "ғасырдағы",
  "ғасырынан", "ғасырына",
];
/** Century ordinals in words ("жиырмасыншы ғасыр"). */
export const KK_CENTURY_WORDS: Readonly<Record<string, number>> = {
  "он бесінші": 15, "он алтыншы": 16, "он жетінші": 17, "он сегізінші": 18, "он тоғызыншы": 19,
  жиырмасыншы: 20, "жиырма бірінші": 21,
  // Roman numerals typed with the Cyrillic letters Х and І
  хvііі: 18, хіх: 19, хх: 20, ххі: 21,
};
/** "өткен ғасыр" (the last century), "осы ғасыр": counted from the reference date. */
export const KK_RELATIVE_CENTURY: Readonly<Record<string, RelativeWord>> = {
  өткен: { offset: -1 }, осы: { offset: 0 }, ағымдағы: { offset: 0 },
};
/**
 * Decade ordinals before "жылдары" ("тоқсаныншы жылдары", "өткен ғасырдың елуінші жылдары") →
 * the decade's first year when no century is named: the 1920s–1990s.
 */
export const KK_DECADE_WORDS: Readonly<Record<string, number>> = {
  жиырмасыншы: 1920, отызыншы: 1930, қырқыншы: 1940, елуінші: 1950, алпысыншы: 1960, жетпісінші: 1970,
  сексенінші: 1980, тоқсаныншы: 1990,
};
/** The year noun's plural forms after a decade ("90-жылдары", "елуінші жылдарда"). */
export const KK_DECADE_YEAR_FORMS: readonly string[] = [
  "жылдары", "жылдарда", "жылдардың", "жылдарында", "жылдарындағы", "жылдардағы", "жылдардан", "жылдарға",
];

/**
 * Case forms of "ертең"/"кеше" that name the day by themselves ("ертеңге қалдырылды", "ертеңнен
 * бастап", "кешеден бері"); "бүгін" takes them only before a postposition (see KK_RELATIVE_DAY_ENDINGS).
 */
export const KK_RELATIVE_DAY_CASE_WORDS: readonly string[] = ["ертең", "кеше"];
export const KK_RELATIVE_DAY_CASE_ENDINGS: readonly string[] = ["ге", "нен", "ден"];

/**
 * Ablative endings ("мамырдан", "жылдан", "10-нан"): a date in this case opens a range that a date
 * with "дейін" closes ("10 мамырдан 15 мамырға дейін").
 */
export const KK_RANGE_FROM_ENDINGS: readonly string[] = ["дан", "ден", "тан", "тен", "нан", "нен"];

/** "X мен Y аралығында" (between X and Y): the words between the two dates, and the word that closes the second. */
export const KK_RANGE_AND: readonly string[] = ["мен", "пен", "бен"];
export const KK_RANGE_BETWEEN: readonly string[] = ["аралығында", "аралығындағы", "аралығы"];

/**
 * Seasons in the locative ("көктемде": in spring) or the genitive ("қыстың күндері", "биылғы қыстың"), a date without a
 * year; not after "өткен", "келесі".
 */
export const KK_SEASON_LOCATIVES: readonly string[] = ["көктемде", "жазда", "күзде", "қыста", "көктемнің", "жаздың", "күздің", "қыстың"];
/**
 * "осы" before a season (not winter, which "осы қыста" may name either side of a new year): the season of the reference
 * year ("осы күзде", "осы көктемнің соңында"), as "this spring".
 */
export const KK_THIS_SEASON_WORDS: readonly string[] = ["осы"];
/** Case endings a year in digits takes after a hyphen ("2017-де", "2020-ға дейін", "2025-тің"). */
export const KK_YEAR_DIGIT_CASE_ENDINGS: readonly string[] = [
  "да", "де", "та", "те", "ға", "ге", "қа", "ке", "дан", "ден", "тан", "тен", "нан", "нен", "ның", "нің", "дың", "дің", "тың", "тің",
];
export const KK_SEASON_RELATIVE_WORDS: readonly string[] = ["өткен", "келесі", "алдағы"];
/** The seasons' stems, which every form of KK_SEASONS starts with. */
export const KK_SEASON_STEMS: readonly string[] = ["көктем", "жаз", "күз", "қыс"];
/** Those words before a season ("өткен жазда", "келесі көктемде"): the season counted from the reference date's. */
export const KK_RELATIVE_SEASON_ADJECTIVES: Readonly<Record<string, RelativeWord>> = {
  өткен: { offset: -1 }, келесі: { offset: 1 }, келер: { offset: 1 }, алдағы: { offset: 1 },
};

/** Forms of "апта" (week) after a relative adjective ("осы аптада", "өткен аптаның", "келесі аптада"). */
export const KK_WEEK_FORMS: readonly string[] = ["аптада", "аптаның", "аптасында", "аптаға", "аптадағы"];

/**
 * Around a day.month figure with no year ("15.02") or a two-digit year ("31.10.74"): a clause or
 * version number, a time after "сағат" and a quantity ("15.02 га", "2.05 млн") are no dates;
 * "15.02 күні", "15.02-де" are (see `NumericDateWords`).
 */
export const KK_NUMERIC_DATE_WORDS: NumericDateWords = {
  notAfter: [
    "бап", "бабы", "бабының", "бабына", "бабында", "тармақ", "тармағы", "тармағының", "тармағында", "бөлім", "бөлімі",
    "бөлімінің", "нұсқа", "нұсқасы", "№", "сағат", "сағ.", "ст.", "п.",
  ],
  before: [],
  after: ["күні", "күнгі", "күннен", "күнге", "күнінен", "күніне"],
  beforePunctuation: true,
  yearWordsAfter: ["ж.", "жылдан", "жылға", "жылы", "жылғы"],
  quantityWords: ["мың", "млн", "млрд", "трлн", "т", "кг", "га", "км", "м", "сағ", "мин", "сек", "%", "тг", "тнг", "есе"],
  quantityStems: [
    "миллион", "миллиард", "триллион", "пайыз", "процент", "балл", "тонна", "гектар", "шақырым", "километр", "метр",
    "доллар", "теңге", "тенге", "рубль", "еуро", "юан", "сағат", "минут", "секунд", "градус", "ұпай",
  ],
};

/**
 * Words that join the months of a list ("қаңтар, наурыз және маусым айларында", "қаңтар мен наурызда"): a month
 * that is also another word (KK_MONTHS_AMBIGUOUS) is a month beside another one.
 */
export const KK_MONTH_LIST_CONJUNCTIONS: readonly string[] = ["және", "немесе", "мен", "бен", "пен"];

/** Words between two days of one month ("17 и 21 апреля"): the first day takes the later month. */
export const KK_DAY_CONJUNCTIONS: readonly string[] = ["және", "немесе"];

/** The months of a period counted from January, after its year: "2025 жылдың 9 айында", "алғашқы алты айында". */
export const KK_MONTHS_COUNTED = { first: ["алғашқы"], month: ["айында", "айда", "айы", "айының", "айына", "айындағы"] } as const;

/** The kinds of year between a year and its noun ("2025 қаржы жылында", "2024-2025 оқу жылы"). */
export const KK_YEAR_KIND_WORDS: readonly string[] = ["қаржы", "оқу", "маркетингтік", "бюджеттік", "күнтізбелік", "есепті"];

/** Words that put a clause in the past or the future, which decides a bare weekday (see EN_TENSE_WORDS in dates.en.ts). */
export const KK_TENSE_WORDS: { past: readonly string[]; future: readonly string[] } = {
  past: ["қойды", "қойылды", "өтті", "болды", "хабарлады", "мәлімдеді", "айтты", "кездесті", "ашылды", "қосылды", "өткізді",
    "барды", "мақұлдады", "бекітті", "ратификациялады"],
  future: ["қояды", "қойылады", "өтеді", "өткізіледі", "ашылады", "жоспарлануда", "жоспарланған", "жоспарланып", "қосылады"],
};
