/**
 * Russian head words of organization names. A Russian name puts its head first and a
 * genitive phrase after it ("Министерство иностранных дел Республики Казахстан",
 * "Посольство РК в КНР"), or capitalized adjectives before it ("Сианьская
 * промышленно-инвестиционная корпорация"). Case forms are generated from the head's
 * ending class (RU_ENDING_CLASSES): "посольств|о" → "посольства", "посольством"…
 */
export type RuEndingClass = "m" | "o" | "ie" | "a" | "ia";

/** Singular case endings by class; the first is the nominative. */
export const RU_ENDING_CLASSES: Readonly<Record<RuEndingClass, readonly string[]>> = {
  m: ["", "а", "у", "ом", "е"],
  o: ["о", "а", "у", "ом", "е"],
  ie: ["ие", "ия", "ию", "ием", "ии"],
  a: ["а", "ы", "и", "у", "ой", "ою", "е"],
  ia: ["ия", "ии", "ию", "ией"],
};

export interface RuHead {
  /** Nominative singular, lower case. */
  word: string;
  gender: "m" | "f" | "n";
  /** Heads after which "в <Place>" belongs to the name ("Посольство РК в КНР"). */
  diplomatic?: boolean;
  /**
   * Common words ("центр", "совет", "банк") that need a capitalized adjective or a quoted
   * name to be an organization: "центр Алматы" is a place, "Национальный банк" is a name.
   */
  loose?: boolean;
  /**
   * A state body that its head alone names, in lower case too: "полиция задержала", "внесло в
   * парламент", "распоряжение правительства" refer to one body, as its full name would.
   */
  bare?: boolean;
  /** A body named in lower case by its head and a genitive remit: "министерство здравоохранения" (not "министерство" alone). */
  remit?: boolean;
  /**
   * An acronym head ("НПЗ": нефтеперерабатывающий завод): a head only in capitals, and kept in capitals in the
   * name ("на Павлодарском НПЗ" → "Павлодарский НПЗ"); a case ending after it is in lower case ("ГОКе").
   */
  acronym?: boolean;
}

/** Heads of state bodies and institutions (companies are found by quotes and legal forms). */
export const RU_INSTITUTION_HEADS: readonly RuHead[] = [
  { word: "министерство", gender: "n", remit: true }, { word: "посольство", gender: "n", diplomatic: true },
  { word: "консульство", gender: "n", diplomatic: true }, { word: "генконсульство", gender: "n", diplomatic: true },
  { word: "представительство", gender: "n", diplomatic: true }, { word: "торгпредство", gender: "n", diplomatic: true },
  { word: "управление", gender: "n" }, { word: "комитет", gender: "m" }, { word: "агентство", gender: "n" },
  { word: "университет", gender: "m" }, { word: "центр", gender: "m", loose: true }, { word: "департамент", gender: "m" },
  { word: "акимат", gender: "m" }, { word: "правительство", gender: "n", bare: true }, { word: "служба", gender: "f", loose: true },
  { word: "фонд", gender: "m", loose: true }, { word: "банк", gender: "m", loose: true }, { word: "корпорация", gender: "f" },
  { word: "институт", gender: "m" }, { word: "академия", gender: "f" }, { word: "совет", gender: "m", loose: true },
  { word: "палата", gender: "f", loose: true }, { word: "суд", gender: "m", loose: true }, { word: "прокуратура", gender: "f", bare: true },
  { word: "инспекция", gender: "f" }, { word: "комиссия", gender: "f", loose: true }, { word: "ассоциация", gender: "f", loose: true },
  { word: "партия", gender: "f", loose: true }, { word: "администрация", gender: "f" },
  { word: "мэрия", gender: "f", bare: true }, { word: "дума", gender: "f" }, { word: "ведомство", gender: "n", loose: true },
  { word: "ассамблея", gender: "f" }, { word: "конфедерация", gender: "f" },
  { word: "общество", gender: "n", loose: true }, { word: "организация", gender: "f", loose: true }, { word: "объединение", gender: "n", loose: true },
  { word: "холдинг", gender: "m", loose: true }, { word: "концерн", gender: "m", loose: true }, { word: "завод", gender: "m", loose: true },
  { word: "комбинат", gender: "m", loose: true }, { word: "фабрика", gender: "f", loose: true }, { word: "театр", gender: "m", loose: true },
  { word: "музей", gender: "m", loose: true }, { word: "оркестр", gender: "m", loose: true }, { word: "колледж", gender: "m", loose: true },
  { word: "училище", gender: "n", loose: true }, { word: "лицей", gender: "m", loose: true }, { word: "больница", gender: "f", loose: true },
  { word: "клиника", gender: "f", loose: true }, { word: "поликлиника", gender: "f", loose: true }, { word: "санаторий", gender: "m", loose: true }, { word: "биржа", gender: "f", loose: true }, { word: "собрание", gender: "n", loose: true },
  { word: "маслихат", gender: "m" }, { word: "парламент", gender: "m", bare: true }, { word: "сенат", gender: "m", loose: true },
  { word: "движение", gender: "n", loose: true }, { word: "бюро", gender: "n", loose: true }, { word: "трибунал", gender: "m", loose: true },
  { word: "полиция", gender: "f", bare: true }, { word: "кабмин", gender: "m", bare: true },
  // armed bodies and broadcasters named by an adjective ("Национальная гвардия", "Народно-освободительная армия Китая",
  // "Центральное телевидение"); loose: "армия" alone is none
  { word: "гвардия", gender: "f", loose: true }, { word: "армия", gender: "f", loose: true }, { word: "телевидение", gender: "n", loose: true },
  // unions, congresses and federations of members ("Союз машиностроителей Казахстана", "Евразийский экономический
  // союз", "Федерация профсоюзов"); a country's name of this shape is none (RU_COUNTRY_HEAD_NAMES)
  { word: "союз", gender: "m", loose: true }, { word: "конгресс", gender: "m", loose: true }, { word: "федерация", gender: "f", loose: true },
  // plants named as companies are ("Павлодарский НПЗ", "Соколовско-Сарбайский ГОК"): refineries, gas processing
  // plants, mining and processing, mining and metallurgical combines; loose, so a capitalized adjective is needed
  // ("новый НПЗ" is none). Power stations are left out: "Экибастузская ГРЭС-3" is as often the plant being built.
  { word: "нпз", gender: "m", loose: true, acronym: true }, { word: "гпз", gender: "m", loose: true, acronym: true },
  { word: "гок", gender: "m", loose: true, acronym: true }, { word: "гмк", gender: "m", loose: true, acronym: true },
];

/** Heads of places rather than bodies before a quoted name ("торговый центр «…»", "театр «…»"). */
export const RU_FACILITY_HEADS: readonly string[] = ["центр", "театр", "музей", "больница", "клиника", "биржа"];

/** Head words before a quoted name: компания «…», банк «…», ТОО «…» is a legal form instead. */
export const RU_QUOTE_HEADS: readonly RuHead[] = [
  ...RU_INSTITUTION_HEADS.filter((h) => !RU_FACILITY_HEADS.includes(h.word)),
  { word: "компания", gender: "f" }, { word: "авиакомпания", gender: "f" }, { word: "группа", gender: "f" },
  { word: "предприятие", gender: "n" }, { word: "газета", gender: "f" }, { word: "журнал", gender: "m" },
  { word: "издание", gender: "n" }, { word: "телеканал", gender: "m" }, { word: "радиостанция", gender: "f" },
  { word: "портал", gender: "m" }, { word: "клуб", gender: "m" }, { word: "оператор", gender: "m" },
  { word: "производитель", gender: "m" }, { word: "товарищество", gender: "n" }, { word: "гостиница", gender: "f" },
  { word: "отель", gender: "m" }, { word: "консорциум", gender: "m" }, { word: "фирма", gender: "f" },
  { word: "кооператив", gender: "m" }, { word: "ретейлер", gender: "m" }, { word: "застройщик", gender: "m" },
  { word: "медиахолдинг", gender: "m" }, { word: "госкорпорация", gender: "f" }, { word: "нацкомпания", gender: "f" },
  { word: "агрохолдинг", gender: "m" }, { word: "стартап", gender: "m" }, { word: "студия", gender: "f" },
];

/**
 * Abbreviated heads before a quoted name (written in capitals, not inflected): a club, an agency, a
 * broadcaster, a state enterprise or institution: "ФК «Кайрат»", "ГТРК «Алтай»", "РГП «Казгидромет»".
 * The quoted name is the organization's name, as after a spelled-out head.
 */
export const RU_ABBREVIATED_QUOTE_HEADS: readonly string[] = [
  "ФК", "ХК", "БК", "ВК", "ИА", "МИА", "РИА", "ТРК", "ГТРК", "РГТРК", "ТК", "ТД", "НПО", "НИИ", "ОФ", "ОО", "ЧУ",
  "РГП", "ГКП", "ГККП", "КГКП", "РГКП", "КГП", "КГУ", "ГУ", "РГУ", "КХ", "ПК",
  // the end of a state enterprise's form "ГКП на ПХВ" ("on the right of economic management") right before the name
  "ПХВ",
  // non-profit and other forms: autonomous non-profit, non-profit partnership, union of legal entities, public
  // associations, microfinance, non-profit JSC, individual entrepreneur, agricultural cooperative
  "АНО", "НП", "ОЮЛ", "РОО", "МОО", "МФО", "НАО", "ИП", "СПК",
];

/**
 * Plural forms of company heads before quoted names ("компаний «Алатау» и «Береке»", "группа компаний «Алатау»",
 * "между банками «X» и «Y»"): the quoted names after them are organizations, as after a singular head.
 */
export const RU_PLURAL_QUOTE_HEADS: readonly string[] = [
  "компаний", "компаниям", "компаниями", "компаниях", "предприятий", "предприятиям", "предприятиями", "предприятиях",
  "банков", "банкам", "банками", "банках", "фирм", "фирмам", "фирмами", "товариществ", "холдингов", "корпораций",
  "ГК",
];

/**
 * Its people or its leadership before a quoted name, which they govern in the genitive: the name is an
 * organization's ("сотрудники «Водоканала»", "руководство «Алтынтау»", "акционеры «Кселла»"), as a film's or a
 * programme's people are named otherwise. Every case form, lower case (as `wordBefore` reads the word).
 */
export const RU_STAFF_BEFORE: readonly string[] = [
  "сотрудник", "сотрудника", "сотруднику", "сотрудником", "сотрудники", "сотрудников", "сотрудникам", "сотрудниками", "сотрудниках",
  "работники", "работников", "работникам", "работниками",
  "руководство", "руководства", "руководству", "руководством",
  "руководитель", "руководителя", "руководителю", "руководителем", "руководители", "руководителей",
  "директор", "директора", "директору", "директором", "гендиректор", "гендиректора", "гендиректору", "гендиректором",
  "акционер", "акционера", "акционеры", "акционеров", "акционерам", "акционерами",
  "правление", "правления", "правлению", "правлением",
  "представитель", "представителя", "представителю", "представителем", "представители", "представителей", "представителям",
  "владелец", "владельца", "владельцы", "владельцев", "вкладчики", "вкладчиков", "менеджмент", "менеджмента",
  // its head, founders, spokesmen, managers ("глава «Зеленстроя»", "основатель «Яндекса»", "пресс-секретарь «Газпрома»"; the
  // word before is read in letters, so "вице-президент", "топ-менеджер", "пресс-секретарь" end in a word listed)
  "глава", "главы", "главе", "главой", "замглавы",
  "президент", "президента", "президенту", "президентом", "президенты", "президентов",
  "председатель", "председателя", "председателю", "председателем", "зампред", "зампреда", "зампредседателя",
  "замдиректора", "замгендиректора", "замруководителя",
  "основатель", "основателя", "основателю", "основателем", "основатели", "основателей",
  "сооснователь", "сооснователя", "сооснователем", "совладелец", "совладельца", "совладельцем", "совладельцы", "совладельцев",
  "менеджер", "менеджера", "менеджеры", "менеджеров", "секретарь", "секретаря", "секретарю", "секретарем", "секретарём",
  // its customers and, for a medium, its journalists ("клиенты «Каспи»", "журналист «Медузы»")
  "клиент", "клиента", "клиенты", "клиентов", "клиентам", "клиентами", "абоненты", "абонентов", "абонентам",
  "журналист", "журналиста", "журналисту", "журналистом", "журналисты", "журналистов", "журналистам",
  "корреспондент", "корреспондента", "корреспонденту", "корреспондентом", "корреспонденты", "корреспондентов",
  "аналитики", "аналитиков", "аналитикам", "аналитиками",
];

/**
 * Adjectives of a country right before a quoted name, in the feminine, which agree with the company they leave unsaid
 * ("китайская «Синьцзян Ляньфэн» приступила", "казахстанской «Кселл»", "с российской «Альфой»"): the name is a
 * company's. Stems; RU_NATIONALITY_FEMININE_ENDINGS gives their case forms (nominative, oblique, accusative). The
 * masculine is left out: "китайский «Шёлковый путь»", "российский «Спутник»" name programmes and products.
 */
export const RU_NATIONALITY_STEMS: readonly string[] = [
  "китайск", "казахстанск", "казахск", "российск", "американск", "японск", "корейск", "южнокорейск", "турецк", "немецк",
  "британск", "французск", "итальянск", "индийск", "узбекск", "узбекистанск", "кыргызск", "киргизск", "канадск",
  "австрийск", "швейцарск", "нидерландск", "голландск", "испанск", "польск", "чешск", "бельгийск", "шведск", "финск",
  "норвежск", "датск", "австралийск", "саудовск", "катарск", "иранск", "азербайджанск", "белорусск", "украинск",
  "сингапурск", "малайзийск", "тайваньск", "гонконгск", "израильск", "эмиратск", "оманск", "кувейтск", "венгерск",
];
export const RU_NATIONALITY_FEMININE_ENDINGS: readonly string[] = ["ая", "ой", "ую"];

/**
 * Nouns after which an acronym no list knows names an organization, besides RU_STAFF_BEFORE: a company, bank, party,
 * movement or channel ("компании МНКТ", "партии ХДС", "канала RTVI"), or its members ("члену ХДС", "лидер НДОА").
 * Every case form, lower case.
 */
export const RU_ACRONYM_NOUNS_BEFORE: readonly string[] = [
  "компания", "компании", "компанию", "компанией", "банк", "банка", "банку", "банком", "банке",
  "партия", "партии", "партию", "партией", "движение", "движения", "движению", "движением", "движении",
  "группировка", "группировки", "группировку", "группировкой", "холдинг", "холдинга", "холдингу", "холдингом", "холдинге",
  "концерн", "концерна", "концерну", "концерном", "концерне", "оператор", "оператора", "оператору", "оператором",
  "канал", "канала", "каналу", "каналом", "канале", "телеканал", "телеканала", "телеканалу", "телеканалом", "телеканале",
  "член", "члена", "члену", "членом", "члены", "членов", "членам", "лидер", "лидера", "лидеру", "лидером", "лидеры", "лидеров",
];

/**
 * Verbs after an acronym no list knows that make it a body that acts or reports: "НКОК сообщил", "ПКОП построит",
 * "МНКТ ведет разработку". Past forms take "а", "о", "и" after them (RU_VERB_PAST_ENDINGS).
 */
export const RU_ACRONYM_VERBS_AFTER = {
  past: [
    "сообщил", "заявил", "подписал", "объявил", "запустил", "построил", "выделил", "получил", "приобрел", "приобрёл",
    "направил", "инвестировал", "открыл", "начал", "завершил", "опубликовал", "отчитался", "выпустил", "увеличил",
    "сократил", "продал", "купил", "вложил", "разработал", "реализовал", "ввел", "ввёл", "заключил", "провел", "провёл",
  ],
  present: [
    "сообщает", "заявляет", "планирует", "планируют", "намерен", "намерена", "намерено", "намерены", "построит", "строит",
    "инвестирует", "вложит", "реализует", "ведет", "ведёт", "выпустит", "откроет", "запустит", "получит", "продает",
    "продаёт", "добывает", "производит", "владеет", "контролирует", "разрабатывает", "поставляет", "выделит",
  ],
  pastEndings: ["", "а", "о", "и"],
} as const;

/** Genitive plurals with no ending ("иностранных дел"), which the ending test cannot see. */
export const RU_GENITIVE_WORDS: readonly string[] = [
  "дел", "наук", "сил", "войск", "дорог", "путей", "связей", "отношений", "ресурсов", "народов", "государств",
  "искусств", "технологий", "инвестиций", "коммуникаций", "чрезвычайных", "ситуаций", "мер", "лиц", "дружбы",
  "общин", "недр", "услуг", "стран", "граждан", "программ", "систем", "школ", "палат", "отрасли",
];

/** Endings of a lower-case word that continues a name after its head (genitive and the like). */
export const RU_TAIL_ENDINGS: readonly string[] = [
  "ого", "его", "ой", "ей", "ых", "их", "ии", "ия", "ов", "ев", "а", "я", "ы", "и",
  // the genitive plural of nouns in -ние, -тие, -ствие, -ция ("Ассоциация предприятий", "Союз объединений",
  // "Совет организаций"): no adjective's nominative ends so ("-ий" alone would take "последний")
  "ений", "аний", "ятий", "ствий", "ций",
];
/**
 * Nominative adjective endings: after "и", such a word starts a new noun phrase ("… и китайская
 * компания"), not a genitive continuing the name ("… и минеральных ресурсов").
 */
export const RU_NOMINATIVE_ADJECTIVE_ENDINGS: readonly string[] = ["ая", "яя", "ое", "ее", "ые", "ие", "ый"];
/** Endings that stop a name tail: verbs and short adverbs ("сообщили", "заявила"). */
export const RU_VERB_ENDINGS: readonly string[] = [
  "ли", "ла", "ло", "ть", "ться", "лся", "лась", "лись", "ет", "ит", "ут", "ют", "ат", "ят", "ся", "ив", "ав",
];
/**
 * Genitive singular endings of nouns in "-ля" ("торговля" → "торговли", "земля" → "земли") that
 * RU_VERB_ENDINGS would read as a past plural ("-ли"): a consonant before "ли" that no past plural
 * has there (past plurals have a vowel, or "шли", "сли", "зли", "кли", "гли", "рли", "хли").
 */
export const RU_GENITIVE_NOUN_ENDINGS: readonly string[] = ["вли", "мли", "бли", "пли"];
/**
 * Company heads whose own name may follow unquoted in Cyrillic ("китайская корпорация Хуадянь"):
 * the name is the capitalized words after the head; the head and a nationality adjective before
 * it describe it and stay out of the name (as with «…» after a head).
 */
export const RU_COMPANY_HEAD_WORDS: readonly string[] = ["корпорация", "госкорпорация", "холдинг", "концерн"];
/**
 * A plant's head and its owner's noun in the genitive after it ("завод компании «Казэлектромаш»", "комбината корпорации
 * «…»"): the plant of that company, whose name is the organization, not "завод компании …".
 */
export const RU_PLANT_HEAD_WORDS: readonly string[] = ["завод", "комбинат", "фабрика"];
export const RU_OWNER_GENITIVES: readonly string[] = ["компании", "корпорации", "госкорпорации", "холдинга", "концерна", "группы"];
/**
 * Stems of ordinal and sequence adjectives ("Второй", "Следующая"): opening a sentence, such a word
 * is capitalized only there and counts the head ("Второй завод компания возведет …"), it names nothing.
 * The word is a stem plus an adjective ending of at most three letters.
 */
export const RU_ORDINAL_STEMS: readonly string[] = [
  "перв", "втор", "трет", "четвёрт", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят",
  "следующ", "последн", "очередн",
];
/**
 * A local government body named by its unit alone in lower case, after the unit's name came earlier in
 * the text: "акимат области", "областной акимат", "маслихатом района". The heads (as in RU_INSTITUTION_HEADS), the
 * units in the genitive after the head, the stems of the units' adjectives before it.
 */
export const RU_LOCAL_BODY = {
  heads: ["акимат", "маслихат"],
  units: ["области", "района", "города"],
  adjectiveStems: ["областн", "районн", "городск"],
} as const;
/** Prepositions inside a name: "Комитет по делам…", "Агентство при Президенте", "Посольство РК в КНР". */
/**
 * Words inside a name after its head: the remit ("по"), the body it is attached to ("при"), a diplomatic post's place
 * ("в"), "и" between genitives, and the word before the person a body is named after ("имени": "университет имени
 * Л. Н. Гумилева", whose initials belong to the name).
 */
export const RU_NAME_PREPOSITIONS = { topic: ["по"], attached: ["при"], place: ["в", "во"], and: ["и"], eponym: ["имени"] } as const;

/** Adjective endings (any case) of a word before a head. */
export const RU_ADJECTIVE_ENDINGS: readonly string[] = [
  "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ую", "юю", "ых",
  "их", "ей", "ыми", "ими",
];

/** Oblique adjective ending → nominative, by the head's gender (hard stems; "к/г/х/ж/ш/ч/щ" stems take "ий"). */
export const RU_ADJECTIVE_NOMINATIVE: Readonly<Record<"m" | "f" | "n", Readonly<Record<string, string>>>> = {
  f: { "ой": "ая", "ей": "яя", "ую": "ая", "юю": "яя", "ая": "ая", "яя": "яя" },
  m: { "ого": "ый", "ому": "ый", "ым": "ый", "ом": "ый", "его": "ий", "ему": "ий", "им": "ий", "ем": "ий", "ый": "ый", "ий": "ий", "ой": "ой" },
  n: { "ого": "ое", "ому": "ое", "ым": "ое", "ом": "ое", "его": "ее", "ему": "ее", "им": "ее", "ем": "ее", "ое": "ое", "ее": "ее" },
};
/**
 * Stems (lower case) whose masculine adjective is stressed on its ending, "-ой" ("делового совета" → "Деловой совет",
 * "Областного акимата" → "Областной акимат"), not "-ый" or "-ий": the ending alone cannot tell.
 */
export const RU_STRESSED_ADJECTIVE_STEMS: readonly string[] = [
  "делов", "основн", "миров", "городск", "заводск", "морск", "молод", "больш", "передов", "трудов", "головн", "областн",
  "окружн", "страхов", "цифров", "пищев", "грузов", "теплов", "полев",
];
/** Stem-final letters after which a masculine adjective ends in "ий" ("Московский"), not "ый". */
export const RU_SOFT_ADJECTIVE_STEMS = "кгхжшчщ";
/** Masculine nominative endings: hard stems, soft stems (RU_SOFT_ADJECTIVE_STEMS), stems stressed on the ending (RU_STRESSED_ADJECTIVE_STEMS). */
export const RU_MASCULINE_HARD_SOFT = { hard: "ый", soft: "ий", stressed: "ой" } as const;

/**
 * Endings of a surname (lower case): a capitalized word before a capitalized one that ends so is a person's first name
 * after a body's name, none of it ("Мариинского театра Анна Яковлева", "департамента Минобрнауки Сергей Кравцов").
 */
/**
 * Posts a person holds in a body, before the body's name (every case form, lower case, read in letters: "прима-балерина"
 * is "балерина"): after "депутат Законодательного собрания …", a first name and a surname are the person's. Besides
 * RU_STAFF_BEFORE.
 */
export const RU_POSTS_BEFORE_BODY: readonly string[] = [
  "депутат", "депутата", "депутату", "депутатом", "министр", "министра", "министру", "министром", "замминистра",
  "судья", "судьи", "судье", "судьей", "посол", "посла", "послу", "послом", "сенатор", "сенатора", "сенатором",
  "аким", "акима", "акиму", "акимом", "советник", "советника", "советником", "эксперт", "эксперта", "экспертом",
  "начальник", "начальника", "начальником", "заместитель", "заместителя", "заместителем", "сотрудница", "сотрудницы",
  "балерина", "балерины", "артист", "артиста", "артистка", "солист", "солиста", "солистка", "профессор", "профессора",
];

export const RU_SURNAME_ENDINGS: readonly string[] = [
  "ов", "ев", "ёв", "ова", "ева", "ёва", "ову", "еву", "овым", "евым", "овой", "евой", "ин", "ина", "ину", "иным", "иной",
];

/** Adverbs of time, which start no name and end a body's remit after "по" ("правительства по борьбе с пандемией утром"). */
export const RU_TIME_ADVERBS: readonly string[] = [
  "весной", "летом", "осенью", "зимой", "сегодня", "вчера", "завтра", "сейчас", "теперь", "ранее", "тогда", "затем", "позже",
  "утром", "днем", "днём", "вечером", "ночью", "накануне", "впервые", "уже", "еще", "ещё",
];

/**
 * Sentence openers that are not part of a name even when capitalized: prepositions and conjunctions,
 * the demonstrative "этот" in every case, and adverbs of time ("Этой весной завод открыли", "Сегодня
 * комбинат…": the head stands alone).
 */
export const RU_STOP_WORDS: readonly string[] = [
  "в", "во", "на", "по", "с", "со", "к", "ко", "о", "об", "от", "до", "за", "из", "у", "и", "а", "но", "как", "также",
  "это", "этот", "эта", "эти", "этого", "этой", "этому", "этим", "этом", "эту", "этих", "этими",
  "при", "для", "между", "новый", "новая", "новое", "главный", "каждый",
  // a facility's state, no name's word ("Действующий опреснительный завод в Актау работает с 2022 года")
  "действующий", "действующая", "действующее", "строящийся", "строящаяся", "строящееся", "существующий", "существующая",
  "существующее", "старый", "старая", "старое", "прежний", "прежняя", "единственный", "единственная", "крупнейший", "крупнейшая",
  ...RU_TIME_ADVERBS,
];

/** Ending class of a Russian word by its last letters (consonant-final words are masculine "m"). */
export const RU_CLASS_BY_ENDING: readonly (readonly [string, RuEndingClass])[] = [
  ["ия", "ia"], ["ие", "ie"], ["а", "a"], ["о", "o"],
];
/** Final letters that take no generated case forms (soft sign, short i, other vowels). */
export const RU_UNINFLECTED_FINALS = "ьйяеиыуюэё";

/** Words joining two quoted names that share one head: компании «A» и «B». */
export const RU_CONNECTORS: readonly string[] = ["и", "а также"];

/**
 * Plural genitives of organization nouns: after "и" (with an adjective or not) they are other bodies, no words of the name
 * before ("Азиатского банка инфраструктурных инвестиций и крупных компаний", "банка развития и ведущих университетов").
 */
export const RU_ORGANIZATION_PLURALS: readonly string[] = [
  "компаний", "банков", "университетов", "вузов", "организаций", "фондов", "корпораций", "предприятий", "инвесторов",
  "институтов", "холдингов", "ассоциаций", "министерств", "ведомств",
];
/** Plural adjective endings of the genitive ("крупных", "ведущих"). */
export const RU_PLURAL_GENITIVE_ADJECTIVE_ENDINGS: readonly string[] = ["ых", "их"];

/** A word before a head that makes it part of a set phrase, not a name ("под управлением", "под руководством"). */
export const RU_HEAD_BLOCKERS: readonly string[] = ["под"];

/**
 * A kind of money named with a body's head, not a body: "призовой фонд", "жилищный фонд", "уставный фонд" (lower case,
 * the stems as they stand inside a name phrase; a named fund has other words: "Фонд развития предпринимательства «Даму»").
 */
export const RU_NOT_BODY_PHRASES: readonly string[] = [
  "призовой фонд", "призового фонд", "призовым фонд", "призовом фонд", "жилищный фонд", "жилищного фонд", "жилищным фонд",
  "уставный фонд", "уставного фонд", "резервный фонд", "резервного фонд", "наградной фонд", "премиальный фонд",
];
/** Endings of nouns that look like adjectives ("Решением", "руководством"). */
export const RU_NON_ADJECTIVE_ENDINGS: readonly string[] = ["ием", "ством", "ьем", "ьём", "нием"];
/**
 * Words after which an indeclinable proper name belongs to the name phrase
 * ("Республики Казахстан", "провинции Шэньси", "города Сиань").
 */
/** Countries whose names have a head's shape (capitalized adjectives and a head word): places, not bodies. */
export const RU_COUNTRY_HEAD_NAMES: readonly string[] = ["Российская Федерация", "Швейцарская Конфедерация", "Советский Союз"];

export const RU_APPOSITION_WORDS: readonly string[] = [
  "республики", "провинции", "области", "города", "района", "округа", "края", "штата", "королевства", "государства",
];

/**
 * Capital abbreviations that are not organizations (countries, terms), in Russian and Kazakh: an
 * abbreviation in brackets after a name is its alias ("… (НДОА)") unless it is one of these ("… (РК)").
 */
export const NON_ORGANIZATION_ABBREVIATIONS: readonly string[] = [
  "РК", "РФ", "КНР", "США", "СССР", "ФРГ", "ОАЭ", "БАӘ", "КХДР", "ОАР", "КНДР", "ЮАР", "ВВП", "НДС", "ҚР", "ҚХР", "АҚШ", "ЖІӨ", "ҚҚС", "МВт", "ГВт",
  // the media, Kazakhstan's regions, plants and zones, terms
  "СМИ", "БАҚ", "ВКО", "СКО", "ЗКО", "ЮКО", "ШҚО", "СҚО", "БҚО", "ОҚО", "АЭС", "ГЭС", "ТЭЦ", "ТЭС", "ГРЭС", "ВЭС", "СЭС",
  "ЖЭС", "ЖЭО", "СЭЗ", "ОЭЗ", "ИЖС", "ЧС", "ДТП", "ВИЧ", "СПИД", "ЕНТ", "ЕГЭ", "ЖКХ", "ИИ", "ПО", "ТВ", "ДНК", "ПЦР", "КТ",
  "МРТ", "ОРВИ", "КВИ", "МСБ", "ГЧП", "ПИИ", "НДПИ", "КПН", "ИПН", "ВИЭ", "ЛЭП", "АПК", "ЖК", "ТРЦ", "ТЦ", "БЦ", "КПП",
  // "on the right of economic management", part of a state enterprise's form (ГКП на ПХВ, ШЖҚ МКК)
  "ПХВ", "ШЖҚ",
  // a joint venture named by its kind, not its name ("СП построит завод", "БК")
  "СП", "БК",
];

/**
 * Stems of nouns that name a work or an event before its quoted title ("фильм «Последний завод»", "проект
 * «Новый банк»"): such a quoted text is no organization even when it ends with a head.
 */
export const RU_TITLE_STEMS: readonly string[] = [
  "фильм", "кинофильм", "мультфильм", "сериал", "песн", "книг", "роман", "повест", "пьес", "спектакл", "альбом",
  "картин", "программ", "передач", "проект", "операци", "выставк", "конкурс", "фестивал", "акци", "кампани",
  // a power station named as a project ("солнечной электростанции "Qyzylorda Solar"", "ВЭС «Ereymentau Wind»"); not a
  // plant ("завод «Кастинг»" is often its company's)
  "электростанц", "станци", "ветростанц", "ветропарк", "сэс", "вэс", "гэс", "тэц", "грэс",
];

/**
 * Company words borrowed from English, written in Cyrillic in Kazakh and Russian names: a quoted name of two or
 * more words with one of them capitalized is a company's with no head or legal form beside it («Астана Моторс»,
 * «Каспий Ойл», «Береке Инвест»).
 */
export const CYRILLIC_COMPANY_WORDS: readonly string[] = [
  "Моторс", "Энерджи", "Энержи", "Ойл", "Майнинг", "Инвест", "Инвестмент", "Инвестментс", "Групп", "Груп", "Холдинг",
  "Холдингс", "Трейд", "Трейдинг", "Сервис", "Сервисез", "Констракшн", "Девелопмент", "Технолоджи", "Технолоджис",
  "Текнолоджи", "Пауэр", "Стил", "Металс", "Ресорсиз", "Ресорсез", "Логистик", "Логистикс", "Петролеум", "Кэпитал",
  "Финанс", "Индастриз", "Солюшнс", "Инжиниринг", "Системс", "Корпорейшн", "Компани", "Интернешнл", "Интернэшнл",
  "Глобал", "Агро", "Фарм", "Кемикал", "Кемикалс", "Электрик", "Пропертиз",
  // and the Russian ones such names are made of just as often («Альфа Строй», «Павлодар Энерго», «Көркем Телеком»)
  "Телеком", "Строй", "Транс", "Энерго", "Медиа", "Терминал", "Снаб",
];

/**
 * The first word of a Chinese company's name in Cyrillic, with no legal form, quote or company word of its own
 * ("Хэнань Юйтун Бас построит …", "Ганьсу Цилянь Металлургия"): a province or a large city, in the Russian (Palladius)
 * spelling Kazakh media use as well, and the Kazakh spellings that differ ("Шыңжаң", "Бейжің", "Үрімші"). The words
 * after it must read as Mandarin (src/organizations/sources/chinese-cyrillic.ts). As EN_CHINESE_NAME_STARTS.
 */
export const CYRILLIC_CHINESE_NAME_STARTS: readonly string[] = [
  "Аньхой", "Фуцзянь", "Ганьсу", "Гуандун", "Гуанси", "Гуйчжоу", "Хайнань", "Хэбэй", "Хэйлунцзян", "Хэнань", "Хубэй",
  "Хунань", "Цзянсу", "Цзянси", "Цзилинь", "Ляонин", "Нинся", "Цинхай", "Шэньси", "Шаньдун", "Шаньси", "Сычуань",
  "Синьцзян", "Юньнань", "Чжэцзян",
  "Пекин", "Шанхай", "Тяньцзинь", "Чунцин", "Шэньчжэнь", "Гуанчжоу", "Ухань", "Чэнду", "Ханчжоу", "Нанкин", "Циндао",
  "Урумчи", "Харбин", "Далянь", "Сямэнь", "Сучжоу", "Нинбо", "Чжэнчжоу", "Чанша", "Ланьчжоу", "Куньмин", "Хэфэй",
  "Цзинань", "Тайюань", "Иньчуань", "Синин", "Баотоу", "Таншань", "Вэйфан", "Яньтай", "Уси", "Сюйчжоу", "Лоян",
  "Шицзячжуан", "Фучжоу", "Наньчан", "Наньнин", "Гуйян", "Карамай", "Хоргос",
  // Kazakh spellings
  "Шыңжаң", "Бейжің", "Үрімші", "Қорғас",
];

