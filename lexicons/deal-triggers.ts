/**
 * The words deal assembly reads, per language: document kinds, project and facility nouns,
 * construction, signing and launch verbs, date-role cues, and the cues that mark statistics,
 * totals, first stages, a new deal, an anaphor or a package.
 *
 * Each entry is a stem: it matches at a word start and may be followed by any letters
 * ("меморандум" finds "меморандумдарға"). An entry starting with "=" must be the whole word.
 * Spaces inside an entry match any white space. The longest entry wins, so a plural stem
 * ("жобалар") or a blocker in `ignore` ("договорённост") beats a shorter one ("жоба", "договор").
 *
 * Each language's cues are in deal-cues.kk.ts, deal-cues.ru.ts and deal-cues.en.ts.
 */
import { EN_DEAL_CUES } from "./deal-cues.en.js";
import { KK_DEAL_CUES } from "./deal-cues.kk.js";
import { RU_DEAL_CUES } from "./deal-cues.ru.js";

export type { CueCategory, CueLexicon } from "./cue-categories.js";
import type { CueLexicon } from "./cue-categories.js";

export const DEAL_CUES: Readonly<Record<"kk" | "ru" | "en", CueLexicon>> = { kk: KK_DEAL_CUES, ru: RU_DEAL_CUES, en: EN_DEAL_CUES };

/**
 * The party references of PARTY_REFERENCES that name the open deal's own parties: both of them ("тараптар", "стороны",
 * "the parties"), or the one just named, a tender's winner ("С ним заключен договор", "signed with the winner"). Lower
 * case, as written. A document they sign after their talks, a tender won or a project with no figure is that deal's.
 */
const BOTH_PARTIES_BY_LANGUAGE = {
  kk: ["тараптар", "екі тарап", "екі компания", "серіктестер", "онымен", "жеңімпазбен"],
  ru: ["стороны", "обе стороны", "партнеры", "партнёры", "с ним", "с ней", "с победителем"],
  en: ["the parties", "the two sides", "both sides", "the sides", "the partners", "the two partners", "the two companies", "both companies",
    "the winner"],
} as const;
export const BOTH_PARTIES_REFERENCES: readonly string[] = Object.values(BOTH_PARTIES_BY_LANGUAGE).flat();

/**
 * The party references of PARTY_REFERENCES that name the buyer of a stake or a company (lower case, as written): after a
 * purchase, the buyer's party, whoever the sentence before named (the seller: "Акцияларды X қоры сатады. Сатып алушы …").
 */
const BUYERS_BY_LANGUAGE = {
  kk: ["сатып алушы", "жаңа иесі", "жаңа меншік иесі", "жаңа акционер"],
  ru: ["покупатель", "новый владелец", "новые владельцы", "новый собственник", "новые собственники", "новый акционер", "новые акционеры"],
  en: ["the buyer", "the new owner", "the new owners", "the acquirer", "the purchaser", "the new shareholder", "the new shareholders"],
} as const;
export const BUYER_REFERENCES: readonly string[] = Object.values(BUYERS_BY_LANGUAGE).flat();
/** A language's words of both parties and of the buyer as whole-word entries of PARTY_REFERENCES. */
const referenceEntries = (lang: "kk" | "ru" | "en"): string[] =>
  [...BOTH_PARTIES_BY_LANGUAGE[lang], ...BUYERS_BY_LANGUAGE[lang]].map((w) => "=" + w);

/**
 * A party named generically ("компания", "компаниясы", "the company", "инвестор"; the parties of a deal of two:
 * "the two companies", "стороны", "тараптар"): a second object built by "the company" right after a deal is that
 * deal's party's (src/deals/assemble.ts, secondObject). Read only in
 * such a sentence, not in the document-wide cue scan. Entries as in DEAL_CUES; `ignore` blocks plurals
 * ("компаниялар", "компаниям": several companies are not the deal's party); `other` right before the noun
 * (at most two words before it) makes it another party ("басқа қытайлық компания", "другая компания").
 */
export const PARTY_REFERENCES: Readonly<Record<"kk" | "ru" | "en", {
  partyRef: readonly string[]; ignore: readonly string[]; other: readonly string[];
}>> = {
  kk: {
    partyRef: ["компания", "инвестор", "корпорация", "холдинг", ...referenceEntries("kk")],
    ignore: ["компаниялар", "инвесторлар", "корпорациялар", "холдингтер"],
    other: ["=басқа", "=өзге", "тағы бір"],
  },
  ru: {
    partyRef: ["компани", "инвестор", "корпораци", "холдинг", ...referenceEntries("ru")],
    ignore: ["компаниям", "компаниях", "инвесторы", "инвесторов", "инвесторам", "инвесторами", "корпорациям", "корпорациях",
      "холдинги", "холдингов", "холдингам", "холдингах"],
    other: ["=другая", "=другой", "=другую", "=другие", "=другого", "еще одн", "ещё одн", "=иная", "=иной"],
  },
  en: {
    partyRef: ["=the company", "=the investor", "=the corporation", "=the firm", "=the group", "=the holding", "=the fund", ...referenceEntries("en")],
    ignore: ["the companies", "the investors"], other: ["=another", "=other"],
  },
};

/**
 * A subject pronoun opening a sentence that stands for the company the sentence before named ("Universal Energy has
 * worked in Kazakhstan since 2015. It signed an agreement with …", "… Она подписала соглашение с …"): a party reference
 * there, as "the company" is, when the word after it is an act of the company's: not a form of "be" (`notBefore`: "It is
 * planned", "It will be built": the object, or no one), and in Russian a verb of the third person (`verbEndings`: the
 * feminine of "компания" in the past, "подписала", or the present and future, "планирует", "построит"; `verbs`: other
 * forms). Lower case, whole words. Not Kazakh: "Ол" is as often the official who spoke.
 */
export const PRONOUN_SUBJECTS: Readonly<Record<"kk" | "ru" | "en", {
  pronouns: readonly string[]; notBefore: readonly string[]; verbEndings: readonly string[] | null; verbs: readonly string[];
}>> = {
  kk: { pronouns: [], notBefore: [], verbEndings: null, verbs: [] },
  ru: {
    pronouns: ["она"], notBefore: ["будет", "была", "стала", "станет", "является", "считается", "расположена", "находится"],
    verbEndings: ["ла", "ет", "ит", "ют", "ят"], verbs: ["намерена", "готова", "также", "уже", "вновь", "тоже"],
  },
  en: {
    pronouns: ["it"],
    notBefore: ["is", "was", "will be", "would be", "has been", "had been", "should be", "must be", "may be", "could be",
      "seems", "appears", "takes", "took", "means", "remains", "costs", "cost", "will cost", "covers", "includes", "comprises"],
    verbEndings: null, verbs: [],
  },
};

/**
 * Words before a document noun that point back to the deal just told ("Тиісті келісімге облыс әкімдігі мен X қол қойды",
 * "Соответствующее соглашение подписали …", "The relevant agreement was signed by …"): its document, signed by its
 * counterparts, not a new one. Lower-case stems.
 */
export const DOCUMENT_BACK_REFERENCES: readonly string[] = ["тиісті", "соответствующ", "relevant", "respective", "corresponding"];

/**
 * Demonstratives that open a sentence speaking of what was just told ("Бұл облыстағы ең ірі жоба …", "Это крупнейший
 * проект …", "This is the largest project …"): a superlative after them classes that deal, it opens no new item. Lower
 * case, whole words.
 */
export const DEMONSTRATIVE_OPENERS: readonly string[] = ["бұл", "это", "этот", "эта", "this is", "this will be", "it is", "it will be"];

/** Words between a number and a noun that make the number an amount, not a count ("$40 million project"). */
export const MULTIPLIER_WORDS: readonly string[] = [
  "млн", "млрд", "трлн", "тыс", "мың", "миллион", "миллиард", "триллион", "тысяч", "million", "billion", "trillion", "thousand",
  "mln", "bn", "доллар", "теңге", "тенге", "юан", "dollar", "tenge", "yuan",
];

/**
 * Words of a facility's kind that may stand between a count and the facility noun ("15 солнечных электростанций", "3
 * wind farms", "екі күн электр станциясы"): the figures of such a sentence are several objects'. Lower-case stems.
 */
export const FACILITY_KIND_STEMS: readonly string[] = [
  "солнечн", "ветров", "угольн", "газов", "тепл", "гидро", "новых", "крупн", "промышленн",
  "күн", "жел", "су", "көмір", "газ", "жаңа", "ірі",
  "solar", "wind", "coal", "gas", "hydro", "thermal", "new", "large", "industrial",
];

/**
 * Plural suffixes right after a facility noun's stem that make it several objects ("Қазақстанда 2030 жылға дейін … жел
 * электр станцияларын салу көзделген", "дата-орталықтар"): their figures are no one deal's. Only where the plural is
 * unambiguous and no article marks the deal's own objects (Kazakh); none for Russian and English.
 */
export const FACILITY_PLURAL_SUFFIXES: Readonly<Record<"kk" | "ru" | "en", readonly string[]>> = {
  kk: ["лар", "лер", "дар", "дер", "тар", "тер"], ru: [], en: [],
};

/** Number words before a project or document noun ("екі зауыттың", "четыре меморандума", "two projects"). */
export const COUNT_WORDS: Readonly<Record<"kk" | "ru" | "en", Readonly<Record<string, number>>>> = {
  kk: { "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10 },
  ru: {
    "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2, "три": 3, "трех": 3, "трёх": 3, "тремя": 3, "четыре": 4,
    "четырех": 4, "четырёх": 4, "четырьмя": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
    "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
  },
  en: { "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10 },
};

/**
 * Words for jobs. After a count: "65 новых рабочих мест", "8 250 тұрақты жұмыс орны", "300 jobs" (adjectives, nouns).
 * People employed: a count, a people noun, at most one word, then an employing verb ("350 адам жұмыспен
 * қамтылады", "800 человек будут трудоустроены", "600 people will be employed"), or an employing verb,
 * an optional approximation, the count and a people noun ("трудоустроят около 800 человек", "employ 600 people").
 * Every entry is a stem (letters may follow).
 */
/**
 * Number words that alone count jobs only vaguely ("тысячи рабочих мест", "мыңдаған жұмыс орны", "thousands of jobs"):
 * a count in words that is one of these is none (src/deals/jobs-words.ts).
 */
export const VAGUE_COUNT_WORDS: readonly string[] = [
  "тысячи", "тысяч", "сотни", "сотен", "десятки", "десятков", "миллионы", "мыңдаған", "жүздеген", "ондаған",
  "миллиондаған", "thousands", "hundreds", "dozens", "tens", "millions",
];

/**
 * Such a word in the genitive singular after a word that governs it ("более тысячи рабочих мест", "около тысячи"): one
 * thousand, not thousands. The words before it (lower case) and the words with their value.
 */
export const ONE_UNIT_COUNT: { before: readonly string[]; words: Readonly<Record<string, number>> } = {
  before: ["более", "около", "свыше", "порядка", "почти", "менее", "до", "не менее", "не более", "примерно", "приблизительно"],
  words: { "тысячи": 1000, "сотни": 100 },
};

export const JOBS_WORDS: Readonly<Record<"kk" | "ru" | "en", {
  adjectives: readonly string[]; nouns: readonly string[];
  people: readonly string[]; employedAfter: readonly string[]; employBefore: readonly string[]; approx: readonly string[];
  /** Stems of "thousand" after a count ("3 тыс.", "5 мыңнан", "2 thousand"): the count is in thousands. */
  thousands: readonly string[];
  /** Words after a count that make it a lower bound or an approximation ("5 мыңнан астам адам", "400-ге жуық"); the count is read as written. */
  overAfter: readonly string[];
  /** Case endings after a count's digits before a word of overAfter ("500-ден астам", "400-ге жуық"), with or without a hyphen. */
  countEndings: readonly string[];
  /** Adjectives of jobs that last only while the plant is built: another count of the sentence is the deal's. */
  temporary: readonly string[];
  /**
   * Phrases of the building period right before or after a count ("1 500 jobs during construction", "на период
   * строительства будет создано 1200 рабочих мест"): the count is of temporary jobs, as with an adjective.
   */
  temporaryContext: readonly string[];
  /** "and" between two counts that share the jobs noun: "500 постоянных и 1000 временных рабочих мест". */
  and: readonly string[];
  /**
   * Adjectives of lasting jobs that stand for the whole jobs phrase after another count of jobs, the noun left out:
   * "1200 временных рабочих мест, 800 – постоянных", "…, оның ішінде 800 тұрақты", "…, 400 of them permanent".
   */
  lasting: readonly string[];
  /** Words between such a count and its adjective, besides a dash ("400 of them permanent"). */
  lastingLinks: readonly string[];
  /**
   * The jobs noun before its count, then a colon or a dash, as a project's passport lists it ("Количество рабочих мест –
   * 120", "рабочих мест: 50", "жұмыс орны – 120", "jobs: 300"). Lower case; the count ends its clause or takes a people noun.
   */
  nounsBeforeCount: readonly string[];
  /**
   * Verbs of creating between such a noun and its count, the count ending the clause ("Постоянных рабочих мест будет
   * создано 750", "рабочих мест планируется создать около 300"). Lower case.
   */
  createdBeforeCount: readonly string[];
}>> = {
  kk: {
    // (the people's kind too, two words at most before the noun: "300 жоғары білікті маман", "300 қазақстандық инженер")
    adjectives: ["жаңа", "тұрақты", "уақытша", "қосымша", "жергілікті", "білікті", "жоғары", "қазақстандық", "отандық", "шетелдік"],
    nouns: ["жұмыс орн"],
    // (and professions: "1200 медицина қызметкері жұмыспен қамтылады", "150 мұғалім жұмысқа қабылданады", "300 IT-маман")
    people: ["адам", "қызметкер", "жұмысшы", "маман", "тұрғын", "медицина қызметкер", "мұғалім", "дәрігер", "инженер", "оқытушы",
      "IT-маман", "IT маман", "ІТ-маман", "ІТ маман"],
    employedAfter: ["жұмыспен қамт", "жұмысқа орналас", "жұмысқа алын", "жұмысқа тарт", "жұмыс орнымен қамт", "жұмыс істей", "жұмысқа қабылдан"],
    employBefore: [], approx: [],
    thousands: ["мың"], overAfter: ["астам", "аса", "артық", "жуық", "дейін"], countEndings: ["ден", "дан", "тен", "тан", "нен", "нан", "ге", "ға", "ке", "қа"],
    temporary: ["уақытша"], temporaryContext: ["құрылыс кезінде", "құрылыс барысында", "құрылыс кезеңінде"], and: ["және"],
    lasting: ["тұрақты"], lastingLinks: [],
    nounsBeforeCount: ["жұмыс орны", "жұмыс орындары", "жұмыс орындарының саны", "жаңа жұмыс орындары", "тұрақты жұмыс орындары"],
    // (Kazakh puts the verb last: "150 жұмыс орны ашылады")
    createdBeforeCount: [],
  },
  ru: {
    adjectives: ["новых", "постоянных", "временных", "дополнительных", "высокооплачиваемых", "высокотехнологичных",
      "квалифицированных", "высококвалифицированных",
      // the instrumental after "с" ("завод … с 90 новыми рабочими местами")
      "новыми", "постоянными", "временными", "дополнительными"],
    nouns: ["рабочих мест", "рабочие места", "рабочего места", "рабочее место", "рабочими местами"],
    people: ["человек", "сотрудник", "работник", "специалист", "местных жител", "жител"],
    employedAfter: ["трудоустро", "получат работу", "получит работу", "будут обеспечены работой", "будет обеспечено работой"],
    employBefore: [
      "трудоустро", "обеспечит работой", "обеспечат работой", "обеспечены работой", "обеспечено работой", "работу получат",
      "работу получит", "рабочие места получат", "наймет", "наймут", "нанять", "будут работать", "будет работать",
      "будут трудиться", "будет занято", "будут заняты", "будет задействовано", "будут задействованы",
      // the object first ("Работой обеспечены 150 жителей района")
      "работой обеспечены", "работой обеспечено", "работой будут обеспечены", "работой будет обеспечено", "работой обеспечат",
      "работой обеспечит",
    ],
    approx: ["около", "более", "свыше", "до", "порядка", "не менее", "почти", "примерно", "свыше чем"],
    thousands: ["тыс", "тысяч"], overAfter: [], countEndings: [],
    temporary: ["временных"],
    temporaryContext: ["на период строительства", "в период строительства", "на время строительства", "в ходе строительства", "на этапе строительства",
      "во время строительства", "на стадии строительства"],
    and: ["и"], lasting: ["постоянных", "постоянные"], lastingLinks: [],
    nounsBeforeCount: [
      "рабочих мест", "рабочие места", "количество рабочих мест", "число рабочих мест", "новых рабочих мест", "постоянных рабочих мест",
    ],
    createdBeforeCount: [
      "будет создано", "будут созданы", "будет создан", "создадут", "создаст", "создано", "созданы", "планируется создать",
      "предполагается создать", "будет открыто", "будут открыты", "откроют", "появится", "появятся",
    ],
  },
  en: {
    adjectives: ["new", "permanent", "temporary", "direct", "local", "high-tech", "high-paying", "well-paid", "skilled", "qualified",
      "full-time", "additional"],
    // (lasting staff counted as jobs: "The plant will have 65 permanent staff")
    nouns: ["jobs", "job", "workplaces", "positions", "permanent staff", "permanent employees", "permanent workers", "full-time staff",
      "full-time employees", "full-time workers"],
    people: ["people", "workers", "employees", "local residents", "specialists", "staff"],
    employedAfter: ["be employed", "be hired", "get jobs", "find jobs", "find work", "will work", "will be working", "are to work"],
    employBefore: ["employ", "hire", "jobs for", "employment for", "work for"],
    approx: ["about", "around", "over", "more than", "up to", "nearly", "some", "approximately", "at least", "almost"],
    thousands: ["thousand"], overAfter: [], countEndings: [],
    temporary: ["temporary"], and: ["and"],
    // (and the peak of the building's workforce: "Construction employed up to 800 workers at its peak")
    temporaryContext: ["during construction", "during the construction", "in the construction phase", "at the construction stage",
      "at the construction phase", "at the stage of construction", "at its peak", "at the peak", "at peak"],
    lasting: ["permanent"], lastingLinks: ["of them"],
    nounsBeforeCount: ["jobs", "new jobs", "permanent jobs", "number of jobs"],
    // (English puts the count first: "will create 500 jobs")
    createdBeforeCount: [],
  },
};

/** Heads of state-body names (matched in an organization's name, any language, lower case). */
export const STATE_BODY_STEMS: readonly string[] = [
  "әкімдіг", "әкімшіліг", "министрлі", "басқармас", "департамент", "комитет", "елшіліг", "консулдығ", "үкімет", "ақорда",
  "парламент", "мәжіліс", "сенат", "акимат", "администраци", "министерств", "управлени", "посольств", "консульств",
  "правительств", "ведомств", "народное правительство", "народного правительства", "партия", "партийн", "парткомитет",
  "ministry", "department", "committee", "embassy", "consulate", "government", "akimat", "administration", "municipal",
  "people's government", "parliament", "senate", "mazhilis", "majilis", "партия комитет", "достық қоғам", "дружбы", "friendship",
  // local councils and the other bodies the organization recognizer names by their head alone
  "маслихат", "мәслихат", "maslikhat", "мэри", "кабмин", "кабинет министров", "прокуратур", "полици", "city hall",
  // state agencies ("Агентство по атомной энергии", "Атом энергиясы агенттігі", "the Atomic Energy Agency"; a news
  // agency is a medium, read first)
  "агентств", "агенттіг", "agency",
];

/**
 * Lenders by name: a bank ("Bank of China", "Исламский банк развития", "Қытай Даму Банкі", "Эксимбанк"; matched in an
 * organization's name, lower case), or a development bank known by its abbreviation (LENDER_ABBREVIATIONS, the whole
 * name). Named with a share of the deal's sum, a lender is a party of the deal, its share none (counterparts.ts).
 */
export const LENDER_NAME_STEMS: readonly string[] = ["bank", "банк"];
export const LENDER_ABBREVIATIONS: readonly string[] = [
  "EBRD", "ADB", "AIIB", "EDB", "IsDB", "IFC", "DBK", "ЕБРР", "ЕАБР", "АБР", "АБИИ", "ИБР", "БРК", "МФК", "ЕҚДБ", "ЕДБ", "АДБ", "ҚДБ",
];

/**
 * Case endings of the comitative ("«X» ЖШС-мен бірге", "компаниясымен бірлесіп"): a name in it before a word of working
 * together is the partner, not the sentence's subject (counterparts.ts).
 */
export const COMITATIVE_ENDINGS: readonly string[] = ["мен", "бен", "пен"];

/**
 * Facility words for any object (cue keys as lexicons/deal-cues.*.ts write them: "предприяти", "кәсіпорын", "facility"):
 * after a deal of a facility, such a word names the deal's own object ("Предприятие будет выпускать 150 наименований"), as
 * its head alone does (frame.ts ownFacility).
 */
export const GENERIC_FACILITY_KEYS: readonly string[] = ["предприяти", "кәсіпорын", "facility", "enterprise"];

/** Stock exchanges known by a short code, matched as a whole name (lower case): no party, as MEDIA_STEMS. */
export const EXCHANGE_NAMES: readonly string[] = ["kase", "aix", "astana international exchange", "aifc", "мфца", "ахқо"];

/** Media outlets (and stock exchanges) are not parties (matched in an organization's name, lower case). */
export const MEDIA_STEMS: readonly string[] = [
  ".kz", "kazinform", "казинформ", "қазинформ", "tengrinews", "zakon", "newsroom", "хабар", "khabar", "sputnik",
  "тасс", "tass", "xinhua", "синьхуа", "синхуа", "reuters", "interfax", "интерфакс", "kursiv", "курсив", "forbes",
  "egemen", "егемен", "inbusiness", "bloomberg", "caravan", "караван",
  "риа новост", "ria novost", "ведомости", "vedomosti", "коммерсант", "kommersant", "известия", "izvestia", "cgtn", "cctv",
  "china daily", "global times", "people's daily", "жэньминь жибао", "казправда", "казахстанская правда", "astana times",
  "қазақпарат", "казахпарат", "eurasianet", "intellinews", "caspian news", "trend news",
  // stock exchanges, where a listed company's filing is published ("в сообщении компании на Шанхайской фондовой бирже")
  "фондовая бирж", "фондовой бирж", "фондовую бирж", "stock exchange", "қор биржа",
  // the exchanges where a project's bonds are listed, and the financial centre they belong to ("placed bonds on KASE",
  // "AIX-те облигациялар орналастырды", "Астана халықаралық қаржы орталығының биржасында")
  "international exchange", "биржа", "бирже", "биржи", "халықаралық қаржы орталығ", "международного финансового центра",
  "международный финансовый центр", "international financial centre", "international financial center",
];

/**
 * A price of one unit, or a sum spent so far, is no deal's amount ("a bid of 22.5 tenge per kWh for a wind farm costing
 * $120 million", "22,5 тенге за кВт·ч", "киловатт-сағаты үшін 22,5 теңге", "with $320 million invested so far"). Lower
 * case: right after the sum (UNIT_PRICE_AFTER) or right before it (UNIT_PRICE_BEFORE).
 */
export const UNIT_PRICE_AFTER: readonly string[] = [
  // (not "per year": a sum spent each year is still the deal's)
  "per kwh", "per kilowatt", "per mwh", "per megawatt", "per tonne", "per ton", "per barrel", "per cubic", "per unit", "per square",
  "per hectare", "per share", "per litre", "per liter", "per kilogram", "per kg", "per head", "a tonne", "a ton ", "a barrel", "a kilowatt", "a kwh", "a mwh", "/kwh", "/mwh", "/t ", "/tonne", "/bbl",
  "invested so far", "spent so far", "so far", "to date",
  "за тонну", "за 1 ", "за квт", "за киловатт", "за мвт", "за баррель", "за кубометр", "за куб", "за тысячу", "за единицу",
  "за штуку", "за литр", "за килограмм", "за гектар", "за квадратный", "/т ", "/квт",
  "бағамен", "бағасымен", "тарифпен",
  // a tariff per unit of power or energy written with a slash, in any language ("2,9 млн теңге/МВт·ай", "/МВт*мес", "/mw")
  "/мвт", "/гвт", "/mw", "/gw", "/kw",
];
export const UNIT_PRICE_BEFORE: readonly string[] = [
  "price of", "prices of", "tariff of", "bid of", "prices fell to", "prices rose to", "price fell to", "price rose to",
  "по цене", "ценой", "тарифом", "тариф в", "уже вложено", "уже освоено", "уже инвестировано",
  "сағаты үшін", "тоннасы үшін", "тоннасына", "литрі үшін", "текше метрі үшін",
  // "бір литрге 235 теңге" (for one litre), "килограмына 310 теңге"
  "бір литрге", "литріне", "бір килограмға", "бір келіге", "килограмына", "бір тоннаға", "бір текше метрге", "текше метріне",
  // a tariff per kilowatt-hour and the price of one tonne ("киловатт-сағатына 21,5 теңге", "бір тоннасы 28 мың теңгеден")
  "киловатт-сағатына", "киловатт сағатына", "квт·сағ үшін", "квт/сағ үшін", "бір тоннасы", "бір литрі", "бір килограмы",
];

/**
 * The first words of a sentence that tells the price of one unit of a plant's product ("Бір автобустың құны шамамен 95
 * миллион теңге", "Стоимость одного автобуса – 95 млн тенге", "Each bus will cost about $200,000"): its sums are no
 * deal's amount. Lower case, whole words; not before "of", "из", a Kazakh "бірі" ("One of the largest …").
 */
export const UNIT_PRICE_OPENERS: readonly string[] = [
  "стоимость одного", "стоимость одной", "цена одного", "цена одной", "каждый", "каждая", "каждое",
  "each", "the price of one", "the cost of one", "the price of each", "the cost of each",
];
/** Words after such an opener that make it one of many, not one unit ("Each of the plants …", "Каждый из …"). Lower case. */
export const UNIT_PRICE_NOT_BEFORE: readonly string[] = ["of", "из"];

/**
 * The Kazakh openers of such a sentence, which count only before a noun in the genitive ("Бір автобустың құны …", "Әр
 * вагонның бағасы …"; not "Бір мезгілде …", at the same time), and the genitive endings.
 */
export const UNIT_PRICE_OPENERS_GENITIVE: { words: readonly string[]; endings: readonly string[] } = {
  words: ["бір", "әр", "әрбір"],
  endings: ["ның", "нің", "дың", "дің", "тың", "тің"],
};

/**
 * Words right before a place that make it where something was said, not where a project is ("said at a briefing in
 * Astana that X will build …", "сообщил на брифинге в Астане"). Lower case, the words that end right before the place.
 */
export const SPEECH_PLACE_BEFORE: readonly string[] = [
  "briefing in", "press conference in", "news conference in", "told reporters in", "told journalists in", "speaking in", "said in",
  "журналистам в", "журналистам во",
  "на брифинге в", "на пресс-конференции в", "на брифинге во", "заявил в", "сообщил в", "сообщила в", "сообщили в",
];

/**
 * Words that place the deal's object right before a place ("будет построен в Кызылординской области", "разместится в
 * Жамбылской области", "will be built in the Kyzylorda Region") or right after it, in Kazakh ("Қызылорда облысында
 * салынады"): that place is where the object stands, over a venue of signing named as often ("подписано в Алматы").
 * Lower case; the words before end right before the place, those after start right after it.
 */
export const OBJECT_PLACE_BEFORE: readonly string[] = [
  "будет построен в", "будет построена в", "будет построено в", "будут построены в", "будет возведен в", "будет возведена в",
  "построят в", "разместится в", "разместятся в", "будет размещен в", "будет размещена в", "расположится в", "будет расположен в",
  "будет расположена в", "будет расположено в", "расположен в", "расположена в", "расположено в", "появится в",
  "will be built in", "will be located in", "to be built in", "will be constructed in", "is located in", "will be sited in",
];
export const OBJECT_PLACE_AFTER: readonly string[] = ["салынады", "орналасады", "салынатын", "орналасқан", "орналасатын"];

/**
 * Nouns right after a town's name that make it the name of another thing, a deposit or a village of that name elsewhere
 * ("Жаңатас мыс кен орнында" in East Kazakhstan, "Шымкент ауылында" in Pavlodar Region, "the Zhanatas deposit",
 * "Жанатасское месторождение"): such a place weighs a quarter, as a place in a quoted name (dealRegion). Lower case, any
 * word between the name and the noun but one (a metal: "мыс", "copper").
 */
export const NAMED_OBJECT_AFTER_PLACE: readonly string[] = [
  "кен орн", "кенорн", "ауыл", "деревн", "села", "селе", "село", "месторождени", "рудник", "deposit", "field", "village", "mine",
];

/**
 * Words of a date that says when something stood so ("as of October", "по состоянию на 1 октября", "на сегодня", "2026
 * жылғы 1 қазандағы жағдай бойынша"): such a date is no date role of a deal. Lower case: those that open the date's span
 * or stand right before it (`before`), and those right after it (`after`).
 */
export const STATUS_DATE_WORDS: { before: readonly string[]; after: readonly string[] } = {
  before: ["as of", "as at", "по состоянию на", "на сегодня", "на сегодняшний день", "на текущий момент"],
  after: ["жағдай бойынша", "жағдайы бойынша"],
};

/**
 * Capitals of partner countries: Astana named beside one of them stands for the government ("Astana and Beijing have
 * signed an agreement", "Астана и Пекин договорились", "Астана мен Бейжің"), no project's place. The joining words
 * between them (lower case).
 */
export const PARTNER_CAPITALS: readonly string[] = [
  "Beijing", "Пекин", "Пекином", "Пекина", "Бейжің", "Бейжіңмен", "Moscow", "Москва", "Москвой", "Мәскеу", "Washington", "Вашингтон",
  "Tashkent", "Ташкент", "Ташкентом", "Bishkek", "Бишкек", "Бишкеком", "Ankara", "Анкара", "Анкарой", "Seoul", "Сеул",
  "Tokyo", "Токио", "Brussels", "Брюссель",
];
export const CAPITAL_JOINERS: readonly string[] = ["and", "и", "мен", "пен", "бен", "с"];

/**
 * Words that open a range of figures, never a change of one ("мощностью от 100 до 250 МВт", "between 100 and 200 MW"):
 * with a word of growth, a range "с 100 до 250", "from 6 to 12 million" is a change and its end the new figure. Lower
 * case.
 */
export const RANGE_ONLY_OPENERS: readonly string[] = ["от", "between"];
/**
 * Words that open the old figure of a change told after the new one ("lifting throughput to 12 million tonnes a year from
 * 7 million tonnes", "увеличит мощность до 12 млн тонн с 7 млн тонн"): that figure is what stands, not what is built.
 * Lower case.
 */
export const CHANGE_FROM_OPENERS: readonly string[] = ["from", "с", "со"];

/**
 * Words that may follow a media stem in a media outlet's name ("Xinhua News Agency", "Khabar Media Group", "Интерфакс-
 * Казахстан"): another capitalized word after it names a company that only begins like an agency ("Синьхуа Металл",
 * "Xinhua Metals"). Lower case.
 */
export const MEDIA_NAME_WORDS: readonly string[] = [
  "news", "agency", "media", "group", "tv", "radio", "online", "daily", "times", "post", "service", "kazakhstan", "qazaqstan",
  "international", "агентство", "агенттігі", "медиа", "тв", "радио", "казахстан", "қазақстан", "новости", "жаңалықтары",
];

/**
 * Blocs and unions of states, named in passing ("The European Union and China remain …", "Еуропалық одақ"):
 * never a party of a deal. Names as the organization recognizer reports them (nominative), compared whole,
 * case and quotes aside.
 */
export const BLOC_NAMES: readonly string[] = [
  "European Union", "EU", "Eurasian Economic Union", "EAEU", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization",
  "SCO", "BRICS", "ASEAN", "CIS", "United Nations", "UN",
  "Европейский союз", "Евросоюз", "ЕС", "Евразийский экономический союз", "ЕАЭС", "Шанхайская организация сотрудничества", "ШОС",
  "БРИКС", "АСЕАН", "СНГ", "ООН", "Организация Объединенных Наций", "Организация Объединённых Наций",
  "Еуропалық одақ", "Еуропа одағы", "Еуразиялық экономикалық одақ", "ЕАЭО", "Шанхай ынтымақтастық ұйымы", "ШЫҰ", "ТМД", "БҰҰ",
  "Біріккен Ұлттар Ұйымы",
];

/**
 * Words that open a part of the sum just named, after a comma ("…, из них 20 млн вложит ТОО «Y»", "…, of which Y
 * will provide $5 million", "…, оның ішінде 5 млрд теңгені «Y» салады"): the sentence is one deal, not two clauses
 * of a deal each (src/deals/clauses.ts).
 */
export const CLAUSE_PART_WORDS: readonly string[] = [
  "of which", "including", "of that", "with", "из них", "из которых", "в том числе", "в т.ч.", "оның ішінде", "соның ішінде",
  "олардың ішінде", "оның",
  // a relative clause on the document just named: "…, under which Y will invest $15 million"
  "under which", "whereby", "by which", "according to which", "по которому", "по которой", "согласно которому",
  "согласно которой", "в рамках которого", "в рамках которой", "соған сәйкес", "оған сәйкес",
];

/**
 * Words that may stand between a venue word and the organization after it, whose event it is ("at the meeting of the
 * Kazakhstan-China Business Council"; in Russian the genitive needs none: "на заседании … делового совета"). Lower case.
 */
export const VENUE_OF: readonly string[] = ["of", "of the"];

/**
 * The labels of an item's fields, as investment portfolios list them, each field a short sentence of its own after the
 * item's heading ("1. Строительство завода … . Инвестор: ТОО «X». Стоимость: 96,5 млрд тенге. Мощность: …", "Инвестор –
 * «X» ЖШС. Құны – 31,5 млрд теңге.", "Investor: X LLP. Cost: $62 million. Jobs: 240."): a sentence that opens with one,
 * then a colon or a dash, goes on with its item's sentence (src/deals/item-fields.ts). Lower case.
 */
export const ITEM_FIELD_LABELS: Readonly<Record<"kk" | "ru" | "en", readonly string[]>> = {
  ru: ["инвестор", "инвесторы", "инициатор", "партнер", "партнёр", "партнеры", "партнёры", "стоимость", "стоимость проекта",
    "сумма инвестиций", "объем инвестиций", "объём инвестиций", "инвестиции", "мощность", "производственная мощность",
    "рабочие места", "количество рабочих мест", "новые рабочие места", "срок реализации", "сроки реализации",
    "период реализации", "ввод в эксплуатацию", "срок ввода", "год ввода", "место реализации", "местоположение",
    "отрасль", "статус", "продукция"],
  kk: ["инвестор", "инвесторы", "бастамашы", "серіктес", "серіктесі", "құны", "жобаның құны", "инвестиция көлемі",
    "инвестиция", "қуаты", "жобалық қуаты", "өндірістік қуаты", "жұмыс орны", "жұмыс орындары", "жұмыс орындарының саны",
    "мерзімі", "іске асыру мерзімі", "іске асырылу мерзімі", "іске қосу", "іске қосылу мерзімі", "орналасқан жері",
    "саласы", "мәртебесі", "өнімі"],
  en: ["investor", "investors", "initiator", "partner", "partners", "cost", "project cost", "investment", "investments",
    "investment volume", "capacity", "design capacity", "jobs", "new jobs", "employment", "timeline", "implementation period",
    "implementation", "commissioning", "launch", "completion", "location", "site", "sector", "industry", "status", "products"],
};

/**
 * Words that name the role of a deal's investor, partner or borrower in a sentence of its own ("Инвестором выступила
 * компания «X»", "Жобаның инвесторы – «X» ЖШС", "The investor is X", "Партнером выступила китайская X", "Заемщиком
 * выступит АО «X»"): right after a concrete deal, the organization it names is the deal's party whether or not its
 * country is known (src/deals/assemble.ts). Lower case, found anywhere in the sentence.
 */
export const INVESTOR_ROLE: readonly string[] = [
  "партнером выступ", "партнёром выступ", "партнером по проекту выступ", "партнёром по проекту выступ",
  "заемщиком выступ", "заёмщиком выступ", "the partner is", "the borrower is", "жобаның серіктесі", "қарыз алушы",
  "инвестором выступ", "инвестором проекта выступ", "инвестором является", "инвестор проекта", "инвестором стал",
  "инвесторы –", "инвесторы -", "инвесторы болып", "инвестор ретінде", "жобаның инвесторы", "инвесторы:",
  "the investor is", "the investor was", "the investor in the project is", "the project's investor is",
  // the general contractor, the financier and the shareholders named so ("Генеральный подрядчик – X", "финансирование
  // обеспечивает Банк Китая", "Акционерами проектной компании являются …", "The EPC contractor is X")
  "генеральный подрядчик", "генеральным подрядчиком", "генподрядчик", "подрядчиком выступ", "подрядчиком проекта",
  "финансирование обеспечива", "финансирование предоставля", "акционерами являются", "акционерами проектной компании",
  "акционерами компании являются", "акционерами компании выступают", "учредителями компании являются", "учредителями компании выступают",
  "учредителями являются", "учредителями выступают", "акционерами выступают",
  "акционеры проекта", "бас мердігер", "жобаның мердігері", "мердігері –", "жобаны қаржыландыр", "акционерлері –",
  "general contractor", "epc contractor", "the contractor is", "financing is provided by", "the shareholders are",
  // the role after the name ("China's X Co. is the partner", "X is the investor")
  "is the partner", "is the investor", "is the project's partner", "is the project's investor",
  // the role as a passport lists it, a dash or a colon before the name ("Серіктес – қытайлық X компаниясы", "Несие алушы –
  // «X» ЖШС", "Партнер – китайская X", "Investor: X")
  ...["серіктес", "серіктесі", "инвестор", "мердігер", "несие алушы", "партнер", "партнёр", "партнеры", "партнёры", "инвестор",
    "подрядчик", "заемщик", "заёмщик", "partner", "investor", "contractor", "borrower"].flatMap((role) => [" –", " -", " —", ":"].map((dash) => role + dash)),
];

/**
 * The owners of the project company, named with their shares ("Кәсіпорынның 100 пайыз үлесі X компаниясына тиесілі",
 * "51% принадлежит китайской X", "is owned 55% by X and 45% by Y"): an investor's role, as INVESTOR_ROLE's, in a sentence
 * that also holds one of OWNER_SHARES (without a share, "Samruk-Energy is wholly owned by Samruk-Kazyna" names a party's
 * parent, no party). Lower case.
 */
export const OWNER_ROLE: readonly string[] = ["тиесілі", "принадлежит", "принадлежат", "is owned", "are owned", "owned by"];
export const OWNER_SHARES: readonly string[] = ["%", "процент", "пайыз", "per cent", "percent"];

/**
 * Conjunctions that join two objects of one sentence, each with its own organization and sum, when the second object's
 * facility is named after the conjunction ("завод ТОО «X» стоимостью 90 млрд тенге и текстильная фабрика ТОО «Y»
 * стоимостью 15 млрд тенге") or, in Kazakh, where the head noun ends its phrase, the first object's before it («X»
 * ЖШС-нің құны 90 млрд теңге болатын цемент зауыты және «Y» ЖШС-нің …): the sentence is read as its two clauses
 * (src/deals/clauses.ts). Lower case, whole words.
 */
/**
 * Contrastive conjunctions after a comma that open a clause of its own ("X won 500 MW in Akmola region, while Y secured
 * a 200 MW plot …", "…, а ТОО «Y» построит …", "…, ал «Y» ЖШС … салады"): like a semicolon, a break between two deals
 * when each side names its own company and object (src/deals/clauses.ts). Lower case, whole words.
 */
export const CLAUSE_CONTRAST: Readonly<Record<"kk" | "ru" | "en", readonly string[]>> = {
  kk: ["ал"],
  ru: ["а", "тогда как", "в то время как"],
  // (", and" too, before a clause that names its own company and object: "X LLP is building a hotel in Almaty, and Y LLP has
  // opened a concrete plant …")
  en: ["while", "whereas", "and meanwhile", "and"],
};

export const CLAUSE_AND: Readonly<Record<"kk" | "ru" | "en", { words: readonly string[]; facility: "before" | "after" }>> = {
  kk: { words: ["және", "сондай-ақ"], facility: "before" },
  ru: { words: ["и", "а также"], facility: "after" },
  en: { words: ["and", "as well as"], facility: "after" },
};

/**
 * "Between", which names a document's own parties: before them ("соглашение между X и Y", "an agreement between X and
 * Y") or after them ("X пен Y арасындағы келісім"). A sentence that lists documents each between its own parties is
 * read as its clauses (src/deals/clauses.ts): "соглашение между X и Y о …, а также меморандум между Z и W о …".
 * Lower case, whole words.
 */
export const CLAUSE_BETWEEN: Readonly<{ before: readonly string[]; after: readonly string[] }> = {
  before: ["между", "between"],
  after: ["арасында", "арасындағы"],
};

/**
 * Words that open one item of a package just named, after a comma ("Signed 11 agreements worth $2.4 billion, including a
 * $600 million cement plant to be built by Huaxin", "…, в том числе …", "…, оның ішінде …"): when the package names no
 * party and the item has its own party and sum, the item is a deal of its own (src/deals/clauses.ts), as the sentence
 * after a package is ("В частности, …").
 */
export const CLAUSE_ITEM_WORDS: readonly string[] = [
  "including", "among them", "in particular", "в том числе", "в частности", "среди них", "оның ішінде", "соның ішінде",
  "атап айтқанда", "олардың ішінде",
];

/**
 * A relative clause after a deal's party that names its partner: ", which bid in a consortium with X,", ", which partnered
 * with X,", ", которое в консорциуме с X …,". The pronouns that open the clause (right after a comma) and the words that
 * name the partner inside it. Lower case. Kazakh says it with a participle and "X-пен бірлесіп", read elsewhere.
 */
export const RELATIVE_PARTNER_CLAUSES: Readonly<Record<"ru" | "en", { pronouns: readonly string[]; with: readonly string[] }>> = {
  ru: { pronouns: ["которое", "который", "которая", "которые"], with: ["с", "со"] },
  en: { pronouns: ["which", "who", "that"], with: ["with"] },
};

/**
 * Words after a span of two years that make it one season ("the 2027-2028 season", "к зимнему сезону 2026–2027 годов",
 * "2027-2028 жылдардағы маусымда"): a resort's opening then is in the first year, no building period (src/deals/frame.ts).
 * Lower case, read at the start of the 24 characters after the date or the 16 before it.
 */
export const SEASON_SPAN_WORDS: readonly string[] = ["season", "winter season", "ski season", "сезон", "маусым"];
