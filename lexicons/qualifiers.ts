/**
 * Words that make a figure approximate or a bound, per language and side, with the
 * contract's qualifier: "over" (астам, более), "under" (до, дейін), "approx" (шамамен,
 * около), "at_least" (кемінде, не менее). Used by money and capacity patterns.
 */
import type { Qualifier } from "../src/types.js";

export type QualifierWords = Readonly<Record<string, Qualifier>>;

/** Before the figure: "шамамен 3000 теңге", "не менее 1,5 трлн", "more than $5 million". */
export const QUALIFIERS_BEFORE: Readonly<Record<"kk" | "ru" | "en", QualifierWords>> = {
  kk: {
    "шамамен": "approx",
    "шамасы": "approx",
    "кемінде": "at_least",
    "кемі": "at_least",
    "ең кемі": "at_least",
    "ең аз дегенде": "at_least",
    "кем дегенде": "at_least",
  },
  ru: {
    "более": "over",
    "более чем": "over",
    "больше": "over",
    "свыше": "over",
    "превышает": "over",
    "превысил": "over",
    "превысила": "over",
    "превысило": "over",
    "превысили": "over",
    "превысит": "over",
    "превысят": "over",
    // with the preposition a verb of cost or growth governs ("оценивается примерно в 25 млн", "почти на 60 млрд")
    "примерно в": "approx",
    "примерно на": "approx",
    "почти в": "approx",
    "почти на": "approx",
    "приблизительно в": "approx",
    "ориентировочно в": "approx",
    "более чем в": "over",
    "более чем на": "over",
    "свыше чем на": "over",
    "не менее чем в": "at_least",
    "около": "approx",
    "порядка": "approx",
    "почти": "approx",
    "примерно": "approx",
    "приблизительно": "approx",
    "ориентировочно": "approx",
    "в районе": "approx",
    "в пределах": "under",
    "не больше": "under",
    "не больше чем": "under",
    "не свыше": "under",
    "не меньше": "at_least",
    "не меньше чем": "at_least",
    "не менее": "at_least",
    "не менее чем": "at_least",
    "как минимум": "at_least",
    "минимум": "at_least",
    "не более": "under",
    "не более чем": "under",
    "менее": "under",
    "менее чем": "under",
    "меньше": "under",
    "до": "under",
    "максимум": "under",
  },
  en: {
    "over": "over",
    "more than": "over",
    "in excess of": "over",
    // a verb of exceeding right before the sum, as Russian "превысил" ("exports topped 80 billion dollars")
    "exceeded": "over",
    "exceeds": "over",
    "exceed": "over",
    "topped": "over",
    "tops": "over",
    "surpassed": "over",
    "surpasses": "over",
    "upwards of": "over",
    // a price held above or below a level ("if oil stays above $70 a barrel", "loans below $1 million")
    "above": "over",
    "below": "under",
    "about": "approx",
    "around": "approx",
    "approximately": "approx",
    "roughly": "approx",
    // (not "estimated at": a cost stated, as "оценивается в")
    "an estimated": "approx",
    "nearly": "approx",
    "almost": "approx",
    "some": "approx",
    "up to": "under",
    "less than": "under",
    "under": "under",
    "at most": "under",
    "no more than": "under",
    "not more than": "under",
    "a maximum of": "under",
    "a minimum of": "at_least",
    "at least": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
  },
};

/** After the currency word: "теңгеден астам", "долларға дейін", "теңге шамасында", "с лишним". */
export const QUALIFIERS_AFTER: Readonly<Record<"kk" | "ru" | "en", QualifierWords>> = {
  kk: {
    "астам": "over",
    "асатын": "over",
    "асады": "over",
    // finite forms of "ас-" (exceed) after the ablative: "доллардан асты", "теңгеден асқан", "асып түсті"
    "асты": "over",
    "асқан": "over",
    "асып": "over",
    "асып түсті": "over",
    "асып кетті": "over",
    "аса": "over",
    "артық": "over",
    "жуық": "approx",
    // "approached" as the clause's predicate ("62 млрд долларға жуықтады"): out of the span (QUALIFIER_PREDICATES_AFTER)
    "жуықтады": "approx",
    "жуықтайды": "approx",
    "жуықтап": "approx",
    "шамасында": "approx",
    "шамасы": "approx",
    "шамалы": "approx",
    "тарта": "approx",
    "дейін": "under",
    "шейін": "under",
    "кем емес": "at_least",
    // "40 млн доллардан кем болмайды" (will be no less than)
    "кем болмайды": "at_least",
    "кем болмауы": "at_least",
    "кем": "under",
  },
  ru: {
    "с лишним": "over",
    "с небольшим": "over",
  },
  en: {
    "or more": "at_least",
    "plus": "over",
  },
};

/**
 * Between a figure in a case form and its multiplier or currency: "400-ге жуық миллион доллар"
 * (close to 400 million dollars), "3 млрд-тан астам теңге", "500 мыңнан артық доллар". The
 * figure takes the dative before "жуық"/"тарта" and the ablative before the others.
 */
export const QUALIFIERS_INSIDE: Readonly<Record<"kk" | "ru" | "en", QualifierWords>> = {
  kk: {
    "жуық": "approx",
    "тарта": "approx",
    "астам": "over",
    "артық": "over",
    "аса": "over",
    "кем емес": "at_least",
    "кем": "under",
  },
  ru: {},
  en: {},
};

/** After-words that close a range ("50000-нан 100000 теңгеге дейін") rather than bound it. */
export const RANGE_CLOSING_WORDS: readonly string[] = ["дейін", "шейін"];

/**
 * Stems of verbs and nouns of change right before an "up to" word ("выросла до 1,56 млрд долларов", "увеличится до 60
 * тыс. автомобилей", "will expand capacity up to 500 MW"): the figure is where the change ends, no upper bound (no
 * "under" qualifier). Lower case; the word before the qualifier starts with one.
 */
export const CHANGE_BEFORE_UP_TO: readonly string[] = [
  "вырос", "вырас", "увелич", "возрос", "возраст", "повыс", "подня", "подним", "сниз", "сократ", "уменьш", "упал", "упад",
  "довед", "довест", "довод", "расшир", "нарастит", "нарастя", "нараща", "повыш", "сниж", "подорожа", "подешев", "удорож",
  "удешев", "урез",
  "rose", "rise", "risen", "increas", "expand", "raise", "raising", "boost", "grow", "grew", "lift", "cut", "reduc", "fell", "fall",
];

/**
 * Words of approximation between a word of change and its "up to" word ("вырастет примерно до 100 тыс. тонн", "will grow
 * to roughly …"): the figure is where the change ends, about (the "approx" qualifier). Lower case, whole words.
 */
export const APPROX_BEFORE_UP_TO: readonly string[] = ["примерно", "приблизительно", "ориентировочно", "около", "roughly", "approximately", "about"];

/**
 * What may stand between a word of change and its "up to" word: its object ("довести товарооборот до 10 млрд долларов"),
 * one word; or its measure, a preposition, a figure and a percent sign, and a dash for the verb left out ("вырос на 23% –
 * до 612 млн долларов", "rose by 23% – to …"). The prepositions, lower case.
 */
export const CHANGE_BY_WORDS: readonly string[] = ["на", "by"];

/**
 * Kazakh verbs of change right after a figure closed by "дейін" ("592,10 теңгеге дейін арзандады", "115 млрд теңгеге дейін
 * өсті"): the figure is where the change ends, no upper bound, as CHANGE_BEFORE_UP_TO before a Russian "до". Lower case,
 * whole words.
 */
export const CHANGE_AFTER_UP_TO: readonly string[] = [
  "өсті", "өседі", "өсіп", "артты", "артады", "артып", "ұлғайды", "ұлғаяды", "ұлғайып", "көтерілді", "көтеріледі", "көтеріліп",
  "төмендеді", "төмендейді", "төмендеп", "азайды", "азаяды", "азайып", "қысқарды", "қысқарады", "қысқарып", "арзандады",
  "арзандайды", "арзандап", "қымбаттады", "қымбаттайды", "қымбаттап", "түсті", "түседі", "жетті", "жетеді",
  // the causatives and their passives ("150 МВт-қа дейін ұлғайтылады", "80 мың тоннаға дейін арттырылды", "… дейін жеткізеді")
  "арттырды", "арттырады", "арттырылды", "арттырылады", "арттырмақ", "ұлғайтты", "ұлғайтады", "ұлғайтылды", "ұлғайтылады",
  "ұлғайтпақ", "көбейтеді", "көбейтті", "көбейді", "көбейеді", "жеткізеді", "жеткізді", "жеткізілді", "жеткізіледі",
  "төмендетеді", "төмендетті", "азайтады", "азайтты", "қысқартады", "қысқартты",
];

/**
 * A date between a word of change and its "up to" word ("выросла в 2024 году до 612 млрд тенге", "rose in 2024 to up
 * to …"): a preposition of time, a year in digits and, after it, one of the year words. Lower case.
 */
export const CHANGE_DATE_BEFORE: readonly string[] = ["в", "к", "in", "by"];
export const CHANGE_DATE_AFTER: readonly string[] = ["году", "г."];

/**
 * Qualifier words after a figure that are the clause's predicate, not a modifier of the figure ("12 миллиард долларынан
 * асты", "теңгеден асады", "асып түсті"; the participle "асатын" is a modifier): they give the qualifier, and the
 * mention's span ends before them, as the annotation of Kazakh news leaves them out. Lower case; each is also a key of
 * QUALIFIERS_AFTER and of the capacity words' qualifiersAfter.
 */
export const QUALIFIER_PREDICATES_AFTER: readonly string[] = ["асады", "асты", "асқан", "асып", "асып түсті", "асып кетті", "жуықтады", "жуықтайды", "жуықтап"];

/**
 * Qualifier words after the currency that compare only after its ablative ("5 млрд теңгеден артық", more than 5 billion);
 * after the nominative they say "extra" ("айына 3 200 теңге артық төлейді", pays 3,200 tenge more): no qualifier, and out
 * of the span. With the ablative endings that license them. Lower case.
 */
export const QUALIFIERS_AFTER_ABLATIVE_ONLY: { words: readonly string[]; endings: readonly string[] } = {
  words: ["артық"],
  endings: ["дан", "ден", "тан", "тен", "нан", "нен"],
};

