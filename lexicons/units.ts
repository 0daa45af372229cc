/**
 * Capacity units in Kazakh, Russian and English: every spelling and case form, with the
 * canonical unit of the contract and the exact power-of-ten conversion to it
 * (value in the canonical unit = number × 10^pow10; 500 кВт → 500 × 10^-3 MW = 0.5 MW).
 *
 * `stems` take any case ending (тонна, тоннаға, тоннадан, тонн, тоннами; мегаваттық);
 * `forms` are abbreviations or fixed phrases that end where they end (МВт, км, га, т),
 * optionally followed by a Kazakh suffix after a hyphen ("МВт-тық", "км-ге").
 * Matching is case-insensitive; a space inside a form matches any run of white space.
 */

import { KAZAKH_FIGURE_CASE_ENDINGS } from "./numbers.kk.js";
import { QUALIFIERS_INSIDE } from "./qualifiers.js";

/** Canonical units before a rate word turns them into t/year, t/day, m3/year, units/year. */
export type BaseUnit = "MW" | "MWh" | "t" | "m3" | "ha" | "km" | "TEU" | "units";

export interface UnitEntry {
  unit: BaseUnit;
  /** value in `unit` = number × 10^pow10 */
  pow10: number;
  /** Words that take case endings. */
  stems?: readonly string[];
  /** Abbreviations and fixed forms (no ending, or an ending after a hyphen). */
  forms?: readonly string[];
  /**
   * Only directly after a digit figure or a multiplier word ("500 т", "500 тыс. т"),
   * never before ".X." ("т.б.", "т.е."). Set for one-letter abbreviations.
   */
  afterNumberOnly?: boolean;
  /** Lengths in metres mostly give heights and depths: counted only with a built-object cue. */
  needsBuiltCue?: boolean;
  /** A rate is part of the unit itself ("т/год", "mtpa"). */
  rate?: "year" | "day";
}

/** "кВт·ч" and its look-alikes: every separator people put between the power and the hour. */
const HOUR_SEPARATORS = ["·", "∙", "⋅", "•", "*", "-", "/", " ", ""];
function perHour(powers: readonly string[], hours: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of powers) for (const s of HOUR_SEPARATORS) for (const h of hours) out.push(p + s + h);
  return out;
}
const HOURS = ["ч", "час", "сағ", "h"];

/** Per-period spellings glued to a unit: "т/год", "т/сут", "м3/год", "t/y". */
function perPeriod(units: readonly string[], periods: readonly string[]): string[] {
  const out: string[] = [];
  for (const u of units) for (const p of periods) out.push(`${u}/${p}`, `${u} / ${p}`);
  return out;
}
const YEAR_SLASH = ["год", "г", "г.", "жыл", "year", "yr", "y", "a", "annum"];
const DAY_SLASH = ["сут", "сут.", "сутки", "тәулік", "day", "d"];
const TONNE_ABBR = ["т", "тонн", "тонна", "t", "tonnes", "tons"];
const CUBIC_ABBR = ["м3", "м³", "куб. м", "куб.м", "m3", "m³"];

export const UNITS: readonly UnitEntry[] = [
  // ---- power → MW
  { unit: "MW", pow10: -3, stems: ["киловатт", "киловат", "kilowatt"], forms: ["кВт", "kW"] },
  { unit: "MW", pow10: 0, stems: ["мегаватт", "мегават", "megawatt"], forms: ["МВт", "MW", "MWe", "MWp", "MWac", "MWdc", "МВт(э)"] },
  { unit: "MW", pow10: 3, stems: ["гигаватт", "гигават", "gigawatt"], forms: ["ГВт", "GW"] },
  // ---- energy → MWh
  {
    unit: "MWh", pow10: -3,
    stems: ["киловатт-сағат", "киловатт сағат", "киловатт-час", "kilowatt-hour", "kilowatt hour"],
    forms: [...perHour(["кВт"], HOURS), "kWh"],
  },
  {
    unit: "MWh", pow10: 0,
    stems: ["мегаватт-сағат", "мегаватт сағат", "мегаватт-час", "megawatt-hour", "megawatt hour"],
    forms: [...perHour(["МВт"], HOURS), "MWh"],
  },
  {
    unit: "MWh", pow10: 3,
    stems: ["гигаватт-сағат", "гигаватт сағат", "гигаватт-час", "gigawatt-hour", "gigawatt hour"],
    forms: [...perHour(["ГВт"], HOURS), "GWh"],
  },
  {
    unit: "MWh", pow10: 6,
    stems: ["тераватт-сағат", "тераватт-час", "terawatt-hour"],
    forms: [...perHour(["ТВт"], HOURS), "TWh"],
  },
  // ---- mass → t
  { unit: "t", pow10: 0, stems: ["тонн", "tonne", "metric ton"], forms: ["ton", "tons"] },
  { unit: "t", pow10: 0, forms: ["т", "t"], afterNumberOnly: true },
  { unit: "t", pow10: 3, stems: ["килотонн", "kilotonne", "kiloton"], forms: ["кт", "kt"], afterNumberOnly: true },
  // (not "Mt": matched without case, it would be "mt", which English commodity news writes for metric tonnes)
  { unit: "t", pow10: 3, forms: ["ktpa", "ktpy"], rate: "year" },
  { unit: "t", pow10: 0, forms: perPeriod(TONNE_ABBR, YEAR_SLASH), rate: "year" },
  { unit: "t", pow10: 0, forms: perPeriod(TONNE_ABBR, DAY_SLASH), rate: "day" },
  { unit: "t", pow10: 0, forms: ["tpa", "tpy"], rate: "year" },
  { unit: "t", pow10: 0, forms: ["tpd"], rate: "day" },
  { unit: "t", pow10: 6, forms: ["mtpa", "Mtpa", "млн т/год"], rate: "year" },
  // ---- volume → m3
  {
    unit: "m3", pow10: 0,
    stems: [
      // "метр текше": the spoken Kazakh order, unit before "cube" ("1100 метр текше қар")
      "текше метр", "метр текше", "текше м", "кубометр", "куб", "кубических метр", "кубического метр", "кубический метр",
      "куб метр", "cubic metre", "cubic meter",
    ],
    forms: CUBIC_ABBR,
  },
  { unit: "m3", pow10: 9, forms: ["bcm", "BCM"] },
  { unit: "m3", pow10: 0, forms: perPeriod(CUBIC_ABBR, YEAR_SLASH), rate: "year" },
  // ---- area → ha
  { unit: "ha", pow10: 0, stems: ["гектар", "hectare"], forms: ["га", "ha"] },
  {
    unit: "ha", pow10: -4,
    stems: ["шаршы метр", "квадратных метр", "квадратного метр", "квадратный метр", "кв. метр", "кв.метр", "square metre", "square meter"],
    forms: ["кв. м", "кв.м", "м²", "м2", "sq m", "sq. m", "m²", "m2"],
  },
  {
    unit: "ha", pow10: 2,
    stems: ["шаршы шақырым", "шаршы километр", "квадратных километр", "квадратного километр", "квадратный километр", "square kilometre", "square kilometer"],
    forms: ["кв. км", "кв.км", "км²", "км2", "sq km", "sq. km", "km²", "km2"],
  },
  // ---- length → km
  { unit: "km", pow10: 0, stems: ["шақырым", "километр", "kilometre", "kilometer"], forms: ["км", "km"] },
  { unit: "km", pow10: -3, stems: ["метр", "metre", "meter"], forms: ["м", "m"], afterNumberOnly: true, needsBuiltCue: true },
  // ---- containers → TEU
  {
    unit: "TEU", pow10: 0,
    stems: ["жиырма футтық эквивалент", "twenty-foot equivalent unit"],
    // (and the Kazakh "жиырма футтық эквивалент" abbreviated: "жылына 250 мың ЖФЭ")
    forms: ["TEU", "ДФЭ", "ТЕU", "TEUs", "ЖФЭ"],
  },
];

/**
 * Products counted per period: "жылына 10 мың автокөлік", "50 тыс. автомобилей в год",
 * "100,000 vehicles per year" → units/year. Only with a rate word (a count alone is not capacity).
 */
export const PRODUCT_STEMS: readonly string[] = [
  // kk
  "автокөлік", "көлік", "автомобиль", "трактор", "комбайн", "автобус", "вагон", "локомотив", "дана", "шина",
  "бөтелке", "жұп аяқ киім",
  // medicines and medical goods ("жылына 60 млн қаптама", "шприц", "доза")
  "қаптама", "қорап", "шприц", "доза", "құты", "ампула",
  "аккумулятор", "қозғалтқыш", "трансформатор", "тоңазытқыш", "экскаватор", "бульдозер", "электробус", "электромобиль",
  // ru
  "автомобил", "машин", "тракторов", "комбайнов", "автобусов", "вагонов", "локомотивов", "единиц", "штук", "шт",
  "шин", "грузовиков", "аккумуляторов", "двигателей", "трансформаторов", "холодильников", "экскаваторов", "бульдозеров",
  "погрузчиков", "электробусов", "электромобилей",
  // packaged goods and footwear counted a year ("250 миллионов бутылок в год", "30 млн мешков", "5 млн пар обуви")
  "бутылок", "мешков", "пар обуви", "упаковок", "банок", "коробок",
  // medicines and medical goods ("1 млрд шприцев в год", "30 млн доз", "флаконов", "ампул")
  "шприцев", "доз", "флаконов", "ампул", "таблеток",
  // the kind of vehicle before it ("100 тыс. легковых автомобилей")
  "легковых автомобил", "грузовых автомобил", "легковых машин", "грузовых машин",
  "грузовых вагонов", "пассажирских вагонов", "полувагонов", "вагонов-цистерн", "карьерных самосвалов", "самосвалов",
  // en
  "vehicles", "cars", "tractors", "buses", "wagons", "locomotives", "units", "tires", "tyres", "trucks", "batteries",
  "engines", "transformers", "refrigerators", "excavators", "bulldozers", "loaders", "combines", "combine harvesters",
  "bottles", "bags", "pairs of shoes", "cans", "packs",
  // medicines and medical goods counted a year ("80 million packages of medicines per year", "1.2 billion syringes")
  "packages", "boxes", "syringes", "doses", "vials", "ampoules", "tablets",
  // the kind of vehicle before it ("3,000 electric buses a year")
  "electric buses", "electric vehicles", "electric cars", "passenger cars", "passenger vehicles", "commercial vehicles",
  "electric trucks", "machines", "pieces of equipment",
  "freight wagons", "passenger wagons", "grain wagons", "tank wagons", "hopper wagons", "railcars", "freight cars",
  "dump trucks", "mining trucks", "heavy trucks", "city buses",
  // kk machines ("жылына 1500 машина", "техника бірлігі")
  "машина", "техника бірліг",
  // "көлік" before a vowel of its ending: "жүк көлігін", "5 мың автокөлігі"
  "көліг", "автокөліг", "жүк көлік", "жүк көліг", "жеңіл көлік", "жеңіл көліг",
  // the kind of wagon before it ("жылына 300 жүк вагоны")
  "жүк вагон", "жолаушылар вагон",
];

/** Kazakh approximative endings on the unit word: "тоннадай" = "about … tonnes". */
/**
 * The figures of one unit a price is given per ("за 1 кВт·ч", "бір киловатт-сағатқа", "per one tonne"): beside a sum, such
 * a capacity is no size (src/price-denominators.ts). Lower case, the mention's first word.
 */
export const PRICE_DENOMINATOR_FIGURES: readonly string[] = ["1", "бір", "один", "одна", "одну", "одного", "one"];
/**
 * The words between a sum and such a unit that make the unit its denominator ("18,5 тенге за 1 кВт·ч", "1 кВт·сағ үшін
 * 19,9 теңге", "$0.05 per one kWh"), and the Kazakh dative a unit takes when nothing stands between ("бір
 * киловатт-сағатқа 18,5 теңге"). Not "мощностью 1 ГВт стоимостью 1,5 млрд долларов": a size beside a cost.
 */
export const PRICE_DENOMINATOR_LINKS: readonly string[] = ["за", "үшін", "per", "for", "each"];
export const PRICE_DENOMINATOR_CASE_ENDINGS: readonly string[] = ["ға", "ге", "қа", "ке"];

export const APPROX_SUFFIXES: readonly string[] = ["дай", "дей", "тай", "тей"];

/**
 * The period of a rate. The contract's units are per year and per day (t/day for mass only): a rate per month or quarter
 * is read per year, one per hour per day (mass) or per year (volume), see src/recognizers/capacity.ts (rateUnit).
 */
export type Period = "year" | "day" | "month" | "quarter" | "hour";
export type QualifierCode = "over" | "under" | "approx" | "at_least";

/** The words around a capacity figure, per language. Spaces match any white space. */
export interface CapacityWords {
  /** Rate words that may stand before the figure or after the unit, inside the span. */
  rates: Readonly<Record<string, Period>>;
  /** Adjectives a little before the figure that make it a rate without being in the span. */
  rateContext: Readonly<Record<string, Period>>;
  /** Qualifiers before the figure. */
  qualifiersBefore: Readonly<Record<string, QualifierCode>>;
  /** Qualifiers after the unit. */
  qualifiersAfter: Readonly<Record<string, QualifierCode>>;
  /** Words between a unit and its commodity ("tonnes of oil"). */
  commodityLinks: readonly string[];
  /** Words that join a second commodity to the first before a rate ("тонн томатов и огурцов в год", "tonnes of tomatoes and cucumbers a year"). */
  commodityAnd?: readonly string[];
  /** Prepositions of a short phrase after the commodity before a rate ("tonnes of copper in concentrate per year", "тонн меди в концентрате в год"). */
  commodityTail?: readonly string[];
  /** Stems of built or planned things whose length is a capacity (road, railway, pipeline, line). */
  builtCues: readonly string[];
  /** Words right after a length that make it a location or distance ("жерде", "от", "from"). */
  locatingAfter: readonly string[];
  /** Words just before a figure that make it a speed or distance ("сағатына", "скоростью"). */
  speedOrDistanceBefore: readonly string[];
  /** Endings of the word just before a length that make it a distance from a place ("қаладан 30 шақырым"). */
  locatingBeforeEndings?: readonly string[];
  /** Case endings glued to the first figure of a range ("80-нен 60 шақырымға дейін"). */
  rangeFromEndings?: readonly string[];
  /** Case endings of the second figure of a change ("3 млн тоннадан 5 млн тоннаға артады"): its end, as "дейін" is. */
  rangeToEndings?: readonly string[];
  /** Words between the two figures of a range ("от 10 до 20", "10 to 20"), and before the first. */
  rangeBetween?: readonly string[];
  rangeOpeners?: readonly string[];
  /**
   * Of `rangeBetween`, the words that join a range with no opener before the first figure ("10 to 20 MW"); the others
   * need one ("between 10 and 20 MW"), else the two figures are coordinated, each a capacity of the unit ("100 and 200
   * MW": src/coordinated.ts). Absent: every word of `rangeBetween` joins a range alone.
   */
  rangeBetweenAlone?: readonly string[];
  /**
   * Prepositions of time right before a figure that is a year: such a first figure of a range is the date of a change,
   * not its low end ("rose in 2025 to 56,500 TEU", "вырос в 2025 до 56 500 TEU").
   */
  yearBefore?: readonly string[];
  /** Approximative endings glued to a figure in digits ("500-дей тонна"). */
  figureApproxEndings?: readonly string[];
  /**
   * Words that end the short run of words read between a unit and a later rate word
   * ("3 тыс. тонн конденсата в сутки"): conjunctions and relative words, which start another
   * clause ("500 тонн и 300 тонн в год", "tonnes, which …").
   */
  clauseWords: readonly string[];
  /**
   * Words joining two counts of products that share one rate word ("3,000 tractors and 500 combines a year", "жылына
   * 3 мың трактор және 500 комбайн"): a count with no rate of its own takes its neighbour's. Lower case.
   */
  sharedRateLinks: readonly string[];
  /**
   * Words after a rate word that make it the time of a comparison, no rate ("from 1.6 million tonnes a year earlier",
   * "70,000 tonnes a year ago"). Lower case.
   */
  notRateAfter?: readonly string[];
  /**
   * Words of an addition between a rate word and its figure ("жылына тағы 80 мың тонна", "жылына қосымша 30 мың тонна"):
   * the figure keeps its rate. Lower case.
   */
  additiveAfterRate?: readonly string[];
  /**
   * Endings a unit stem may carry for that run to be read, when the language limits them: a
   * Kazakh unit in a case form closes its phrase ("60000 тоннаға арналған"), only the bare
   * unit is followed by its commodity ("тонна мұнай"). Absent: any ending.
   */
  runUnitEndings?: readonly string[];
  /** Qualifiers between a figure in a case form and its multiplier ("400-ге жуық мың тонна"), and those case endings. */
  insideQualifiers?: Readonly<Record<string, QualifierCode>>;
  figureCaseEndings?: readonly string[];
  /** Prepositions that end the commodity in that run ("тонн конденсата из Казахстана в сутки"). */
  commodityEndWords: readonly string[];
  /**
   * Words right before a figure that name it a plant's capacity ("мощностью", "қуаты", "capacity of"): a commodity a
   * few words before them is what the plant makes ("завод по производству полиэтилена мощностью 1,25 млн тонн").
   */
  capacityFrames: readonly string[];
  /**
   * Stems that make a mass an emission or a reduction, not what a plant makes ("сократит выбросы CO2 на 170 тыс. тонн
   * в год", "reduce CO2 emissions by 200,000 tonnes"): read, lower case, in the figure's clause before it (`before`)
   * and right after the unit and its rate (`after`: a Kazakh verb ends its clause, "… тоннаға азайтады").
   */
  notOutput: { before: readonly string[]; after: readonly string[] };
}

export const CAPACITY_WORDS: Readonly<Record<"kk" | "ru" | "en", CapacityWords>> = {
  kk: {
    rates: {
      "жылына": "year", "жыл сайын": "year", "тәулігіне": "day", "күніне": "day", "тәулікте": "day",
      "айына": "month", "ай сайын": "month", "тоқсанына": "quarter", "сағатына": "hour", "сағат сайын": "hour",
    },
    rateContext: { "жылдық": "year", "тәуліктік": "day", "күндік": "day", "айлық": "month", "сағаттық": "hour" },
    qualifiersBefore: {
      "шамамен": "approx", "шамасы": "approx", "шамалы": "approx", "кемінде": "at_least", "кемі": "at_least",
      "кем дегенде": "at_least", "ең кемі": "at_least", "ең көп дегенде": "under", "ең көбі": "under",
    },
    qualifiersAfter: {
      "астам": "over", "астамы": "over", "астамын": "over", "аса": "over", "асатын": "over", "асады": "over", "асты": "over", "асқан": "over",
      "асып": "over", "асып түсті": "over", "асып кетті": "over", "артық": "over", "дейін": "under", "жуық": "approx",
      "жуықтады": "approx", "жуықтайды": "approx", "жуықтап": "approx",
      "шамасында": "approx", "шамасы": "approx", "кем емес": "at_least", "кем": "under", "кемірек": "under",
    },
    commodityLinks: [],
    commodityAnd: ["мен", "пен", "бен", "және"],
    builtCues: [
      "жол", "теміржол", "темір жол", "автожол", "тасжол", "тас жол", "құбыр", "желі", "магистраль", "көпір",
      "канал", "арна", "ұзындығы", "ұзындық", "ұзақтығы", "учаске", "бөлік", "трасса", "жолақ", "туннель",
    ],
    locatingAfter: ["жерде", "жерден", "жердегі", "қашықтықта", "қашықтықтағы", "жатқан", "орналасқан", "қашықта", "алыс"],
    speedOrDistanceBefore: ["сағатына", "секундына", "жылдамдығы", "жылдамдық", "жылдамдықпен", "қашықтық", "қашықтығы", "арақашықтық",
      "арақашықтығы"],
    locatingBeforeEndings: ["дан", "ден", "тан", "тен", "нан", "нен"],
    rangeFromEndings: ["дан", "ден", "тан", "тен", "нан", "нен"],
    rangeToEndings: ["ға", "ге", "қа", "ке", "на", "не"],
    figureApproxEndings: ["дай", "дей", "тай", "тей"],
    clauseWords: ["және", "мен", "бен", "пен", "немесе", "бірақ", "ал", "яғни", "әрі", "сондай-ақ", "оның", "ол"],
    sharedRateLinks: ["және", "әрі", "сондай-ақ", "мен", "бен", "пен"],
    commodityEndWords: ["үшін", "арқылы", "бойынша", "сияқты", "дейін", "астам", "жуық"],
    capacityFrames: ["қуаты", "қуатымен", "қуатты", "өнімділігі", "өнімділігімен"],
    additiveAfterRate: ["тағы", "қосымша"],
    notOutput: { before: ["шығарынд", "co2", "со2", "көмірқышқыл", "парниктік газ"], after: ["азайт", "қысқарт", "төменде"] },
    runUnitEndings: ["", "а"],
    insideQualifiers: QUALIFIERS_INSIDE.kk,
    figureCaseEndings: KAZAKH_FIGURE_CASE_ENDINGS,
  },
  ru: {
    rates: {
      "в год": "year", "ежегодно": "year", "за год": "year", "в сутки": "day", "в день": "day", "ежесуточно": "day",
      "в сут.": "day", "в месяц": "month", "ежемесячно": "month", "в квартал": "quarter", "ежеквартально": "quarter",
      "в час": "hour", "ежечасно": "hour",
    },
    rateContext: {
      "годовой": "year", "годовая": "year", "годовую": "year", "годовым": "year", "годового": "year",
      "суточной": "day", "суточная": "day", "суточную": "day",
    },
    qualifiersBefore: {
      "более": "over", "более чем": "over", "свыше": "over", "больше": "over", "около": "approx", "порядка": "approx",
      "почти": "approx", "примерно": "approx", "приблизительно": "approx", "до": "under", "менее": "under",
      "не более": "under", "не менее": "at_least", "не меньше": "at_least", "как минимум": "at_least",
      "в районе": "approx", "ориентировочно": "approx", "не больше": "under", "в пределах": "under", "максимум": "under",
    },
    qualifiersAfter: { "и более": "at_least", "с лишним": "over" },
    commodityLinks: [],
    commodityAnd: ["и"],
    commodityTail: ["в", "для", "из"],
    builtCues: [
      "дорог", "автодорог", "железн", "трасс", "трубопровод", "газопровод", "нефтепровод", "водовод", "ЛЭП",
      "линии", "линия", "линию", "магистрал", "мост", "канал", "протяженност", "длин", "участк", "участок",
      "путь", "пути", "тоннел", "полос", "сети", "сеть",
    ],
    locatingAfter: ["от", "к северу", "к югу", "к востоку", "к западу", "севернее", "южнее", "восточнее", "западнее", "в час", "в секунду"],
    speedOrDistanceBefore: ["скоростью", "скорость", "скорости", "расстоянии", "расстояние", "в час", "видимость", "видимости"],
    rangeBetween: ["до"],
    rangeOpeners: ["от", "с", "со"],
    yearBefore: ["в", "к"],
    clauseWords: ["и", "а", "но", "или", "либо", "что", "который", "которые", "которая", "которых", "также", "затем", "а также", "то есть"],
    sharedRateLinks: ["и", "а также"],
    commodityEndWords: ["из", "для", "на", "с", "со", "от", "по", "в", "во", "к", "ко", "до", "при", "через", "более", "около"],
    capacityFrames: ["мощностью", "мощность", "производительностью", "производительность", "мощностями"],
    notOutput: { before: ["выброс", "co2", "со2", "парниковых газ", "парниковые газ", "углекисл", "сократ", "сокращ", "сниз", "снижен"], after: [] },
  },
  en: {
    rates: {
      "per year": "year", "a year": "year", "per annum": "year", "annually": "year", "each year": "year",
      "every year": "year", "/year": "year", "/yr": "year", "/y": "year", "per day": "day", "a day": "day", "each day": "day",
      "/day": "day", "daily": "day", "per month": "month", "a month": "month", "monthly": "month", "/month": "month",
      "per quarter": "quarter", "quarterly": "quarter", "per hour": "hour", "an hour": "hour", "/hour": "hour", "/h": "hour",
      // in a compound adjective, hyphenated after the unit: "a 50,000-tonne-per-year plant", "500-tonne-a-day"
      "per-year": "year", "a-year": "year", "per-annum": "year", "per-day": "day", "a-day": "day", "per-month": "month",
      "a-month": "month", "per-hour": "hour", "an-hour": "hour",
    },
    rateContext: { "annual": "year", "yearly": "year", "daily": "day", "monthly": "month", "hourly": "hour" },
    qualifiersBefore: {
      "over": "over", "more than": "over", "above": "over", "in excess of": "over", "about": "approx",
      "around": "approx", "approximately": "approx", "nearly": "approx", "almost": "approx", "roughly": "approx",
      "some": "approx", "up to": "under", "less than": "under", "under": "under", "at least": "at_least",
      "at most": "under", "no more than": "under", "not more than": "under", "no less than": "at_least", "not less than": "at_least",
    },
    qualifiersAfter: { "or more": "at_least", "plus": "over" },
    commodityLinks: ["of", "of the"],
    commodityAnd: ["and"],
    commodityTail: ["in", "for", "from"],
    builtCues: [
      "road", "railway", "railroad", "rail", "pipeline", "line", "highway", "motorway", "track", "bridge", "canal",
      "tunnel", "long", "length", "section", "stretch", "corridor", "grid",
    ],
    locatingAfter: ["from", "away", "north", "south", "east", "west", "outside", "off", "per hour", "an hour", "per second", "a second"],
    speedOrDistanceBefore: ["speed of", "speeds of", "distance of", "per hour", "an hour", "visibility", "visibility of"],
    rangeBetween: ["to", "and"],
    rangeOpeners: ["from", "between"],
    rangeBetweenAlone: ["to"],
    yearBefore: ["in", "by"],
    clauseWords: ["and", "or", "but", "which", "that", "while", "whereas", "than"],
    sharedRateLinks: ["and", "as well as", "plus"],
    notRateAfter: ["earlier", "ago", "before", "previously", "prior", "later"],
    commodityEndWords: ["to", "from", "for", "in", "at", "by", "with", "on", "into", "via", "over", "under"],
    capacityFrames: ["capacity of", "output of", "producing", "to produce", "will produce"],
    notOutput: { before: ["emission", "co2", "carbon dioxide", "greenhouse gas", "reduc", "cut "], after: [] },
  },
};

/** After a length and a slash these make a speed ("км/сағ", "км/ч", "km/h"): not a capacity. */
export const SPEED_SLASH: readonly string[] = ["сағ", "сағат", "ч", "час", "h", "hr", "с", "сек", "s"];

/**
 * After a one-letter abbreviation ("т") these make it a Russian or Kazakh abbreviation
 * like "т.б.", "т.е.", "т.д.", "т.ч.", not a unit: a dot, an optional space, one or two letters, a dot.
 */
export const ABBREVIATION_DOT_LETTERS = 2;
