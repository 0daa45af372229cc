/**
 * Kazakh number words and the case endings they (and currency/unit nouns) take.
 * Words are stored as stem + a named ending class; patterns expand them with
 * `kazakhForms()` (patterns/number.ts), so "миллион" also matches "миллионға",
 * "миллионнан", "миллионның", "миллионы", "миллиондай"… without listing forms by hand.
 */

/**
 * Ending class = vowel harmony (back: а о ұ ы; front: ә е ө ү і) × the stem's last sound,
 * which decides the first consonant of each suffix:
 * - vowel: теңге-ге, теңге-ден, теңге-нің, теңге-сі
 * - sonorant (л р й у): доллар-ға, доллар-дан, доллар-дың, доллар-ы
 * - nasal (м н ң): миллион-ға, миллион-нан, миллион-ның, миллион-ы
 * - sibilant (з ж): жүз-ге, жүз-ден, жүз-дің, жүз-бен
 * - voiceless (п т к қ с ш, and final д): миллиард-қа, миллиард-тан, миллиард-тың
 */
export type KazakhEndingClass =
  | "back.vowel" | "front.vowel"
  | "back.sonorant" | "front.sonorant"
  | "back.nasal" | "front.nasal"
  | "back.sibilant" | "front.sibilant"
  | "back.voiceless" | "front.voiceless";

/** Case, similative (-дай "about"), adjectival (-лық), possessive (-ы) and possessive + case endings. */
export const KAZAKH_ENDINGS: Readonly<Record<KazakhEndingClass, readonly string[]>> = {
  "back.vowel": ["ға", "дан", "ның", "ны", "да", "дай", "лық", "мен", "сы", "сын", "сына", "сынан", "сының", "сында", "сымен", "лар"],
  "front.vowel": ["ге", "ден", "нің", "ні", "де", "дей", "лік", "мен", "сі", "сін", "сіне", "сінен", "сінің", "сінде", "сімен", "лер"],
  "back.sonorant": ["ға", "дан", "дың", "ды", "да", "дай", "лық", "мен", "ы", "ын", "ына", "ынан", "ының", "ында", "ымен", "лар"],
  "front.sonorant": ["ге", "ден", "дің", "ді", "де", "дей", "лік", "мен", "і", "ін", "іне", "інен", "інің", "інде", "імен", "лер"],
  "back.nasal": ["ға", "нан", "ның", "ды", "да", "дай", "дық", "мен", "ы", "ын", "ына", "ынан", "ының", "ында", "ымен", "дар"],
  "front.nasal": ["ге", "нен", "нің", "ді", "де", "дей", "дік", "мен", "і", "ін", "іне", "інен", "інің", "інде", "імен", "дер"],
  "back.sibilant": ["ға", "дан", "дың", "ды", "да", "дай", "дық", "бен", "ы", "ын", "ына", "ынан", "ының", "ында", "ымен", "дар"],
  "front.sibilant": ["ге", "ден", "дің", "ді", "де", "дей", "дік", "бен", "і", "ін", "іне", "інен", "інің", "інде", "імен", "дер"],
  "back.voiceless": ["қа", "тан", "тың", "ты", "та", "тай", "тық", "пен", "ы", "ын", "ына", "ынан", "ының", "ында", "ымен", "тар"],
  "front.voiceless": ["ке", "тен", "тің", "ті", "те", "тей", "тік", "пен", "і", "ін", "іне", "інен", "інің", "інде", "імен", "тер"],
};

/** Similative endings ("теңгедей" = about … tenge): they make a figure approximate. */
export const KAZAKH_APPROX_ENDINGS: readonly string[] = ["дай", "дей", "тай", "тей"];

/** How a number word combines with the words around it (see src/numbers.ts). */
export type NumberWordKind =
  | "unit"        // adds its value: бір, екі, он, жиырма, двести, twenty
  | "hundred"     // multiplies the pending group: жүз, hundred
  | "multiplier"  // closes the group: мың, миллион, млрд, thousand
  | "half"        // adds one half to the pending group: жарым ("үш жарым миллиард")
  | "fraction"    // a value below one that starts a group: жарты, четверть
  | "zero";       // only before a decimal point or inside a fraction: "нөл бүтін оннан бес", "zero point five"

export interface KazakhNumberWord {
  stem: string;
  class: KazakhEndingClass;
  value: number;
  kind: NumberWordKind;
}

export const KAZAKH_NUMBER_WORDS: readonly KazakhNumberWord[] = [
  { stem: "нөл", class: "front.sonorant", value: 0, kind: "zero" },
  { stem: "бір", class: "front.sonorant", value: 1, kind: "unit" },
  { stem: "екі", class: "front.vowel", value: 2, kind: "unit" },
  { stem: "үш", class: "front.voiceless", value: 3, kind: "unit" },
  { stem: "төрт", class: "front.voiceless", value: 4, kind: "unit" },
  { stem: "бес", class: "front.voiceless", value: 5, kind: "unit" },
  { stem: "алты", class: "back.vowel", value: 6, kind: "unit" },
  { stem: "жеті", class: "front.vowel", value: 7, kind: "unit" },
  { stem: "сегіз", class: "front.sibilant", value: 8, kind: "unit" },
  { stem: "тоғыз", class: "back.sibilant", value: 9, kind: "unit" },
  { stem: "он", class: "back.nasal", value: 10, kind: "unit" },
  { stem: "жиырма", class: "back.vowel", value: 20, kind: "unit" },
  { stem: "отыз", class: "back.sibilant", value: 30, kind: "unit" },
  { stem: "қырық", class: "back.voiceless", value: 40, kind: "unit" },
  { stem: "елу", class: "front.sonorant", value: 50, kind: "unit" },
  { stem: "алпыс", class: "back.voiceless", value: 60, kind: "unit" },
  { stem: "жетпіс", class: "front.voiceless", value: 70, kind: "unit" },
  { stem: "сексен", class: "front.nasal", value: 80, kind: "unit" },
  { stem: "тоқсан", class: "back.nasal", value: 90, kind: "unit" },
  { stem: "жүз", class: "front.sibilant", value: 100, kind: "hundred" },
  { stem: "мың", class: "back.nasal", value: 1e3, kind: "multiplier" },
  { stem: "миллион", class: "back.nasal", value: 1e6, kind: "multiplier" },
  { stem: "миллиард", class: "back.voiceless", value: 1e9, kind: "multiplier" },
  { stem: "триллион", class: "back.nasal", value: 1e12, kind: "multiplier" },
  { stem: "жарым", class: "back.nasal", value: 0.5, kind: "half" },
  { stem: "жарты", class: "back.vowel", value: 0.5, kind: "fraction" },
];

/** Abbreviated multipliers ("млн", "млрд."); the dot is optional in the patterns. */
export const KAZAKH_MULTIPLIER_ABBREVIATIONS: Readonly<Record<string, number>> = {
  "мың": 1e3,
  "млн": 1e6,
  "млрд": 1e9,
  "трлн": 1e12,
};

/**
 * Decimal fractions in words: "бір бүтін оннан сегіз" = 1.8, "бүтін жүзден" = hundredths.
 * `point` starts the fraction, `denominators` give its scale.
 */
export const KAZAKH_DECIMAL_POINT = "бүтін";
export const KAZAKH_DECIMAL_DENOMINATORS: Readonly<Record<string, number>> = {
  "оннан": 10,
  "жүзден": 100,
  "мыңнан": 1000,
};

/**
 * Spoken decimal particles: "бір де сегіз миллиард" = 1.8, "он алты да тоғыз" = 16.9;
 * the digits after the particle are the fraction.
 */
export const KAZAKH_DECIMAL_PARTICLES: readonly string[] = ["да", "де", "та", "те"];

/** Words that join the two ends of a range: "үш пен бес доллар". */
export const KAZAKH_RANGE_WORDS: readonly string[] = ["мен", "бен", "пен"];

/**
 * Case endings written after a hyphen on a figure in digits or an abbreviation, before a
 * qualifier word: dative "400-ге жуық", "200 млн-ға жуық"; ablative "3 млрд-тан астам".
 */
export const KAZAKH_FIGURE_CASE_ENDINGS: readonly string[] = [
  "ға", "ге", "қа", "ке", "на", "не", "а", "е", "я",
  "дан", "ден", "тан", "тен", "нан", "нен",
];

/**
 * Words of an unknown count before a multiplier: "бірнеше миллиард теңге" (several billion) is no sum,
 * though "миллиард теңге" alone is one billion.
 */
export const KAZAKH_VAGUE_QUANTITIES: readonly string[] = ["бірнеше", "ондаған", "жүздеген", "мыңдаған", "көптеген"];

/**
 * Words that join two figures sharing the multiplier and unit written after the second ("100 және 200 МВт"): the first is
 * a figure of that unit too (src/coordinated.ts). A comma may join more before them ("12, 18 и 24").
 */
export const KAZAKH_FIGURE_COORDINATORS: readonly string[] = ["және"];
/** Words before the first of such figures or after the last that make them one range instead ("между 10 и 20", "5 және 10 млрд теңге аралығында"). */
export const KAZAKH_FIGURE_RANGE_WORDS: { readonly before: readonly string[]; readonly after: readonly string[] } = { before: [], after: ["аралығында", "аралығындағы", "аралығы"] };
