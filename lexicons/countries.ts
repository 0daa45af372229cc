/**
 * Country cue words: a word starting with one of these stems (case-insensitive) in an
 * organization's name or just before it tells its country ("қытайлық компания",
 * "китайской компанией", "Chinese company", "Түркістан облысы әкімдігі").
 */
export interface CountryCue {
  /** Word stems, lower case; a word matches when it starts with the stem. */
  stems: readonly string[];
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export const COUNTRY_CUES: readonly CountryCue[] = [
  {
    country: "CN",
    stems: [
      "қытай", "қхр", "китай", "кнр", "chinese", "china", "prc",
      // "China" transliterated in a name ("Чайна Петрокемикал")
      "чайна",
      // the case forms of "Китай" that do not start with "китай" ("Минфин Китая", "компании из Китая")
      "китая", "китаю", "китаем", "китае",
      // Chinese provinces and their administrative words
      "провинци", "шэньси", "шэнси", "шаньси", "шэнь", "синьцзян", "шыңжаң", "цзянсу", "сиань", "шанхай", "пекин",
      "бейжің", "гуандун", "чжэцзян", "шаньдун", "ганьсу", "хэнань", "хубэй", "сычуань", "чунцин", "тяньцзинь",
      "beijing", "shanghai", "jiangsu", "xinjiang", "shaanxi", "shanxi", "shandong", "guangdong", "zhejiang", "sichuan",
      "hubei", "henan", "gansu", "tianjin", "chongqing", "harbin", "shenzhen", "guangzhou",
      // the other provinces and the large cities that name Chinese companies ("Qingdao City Construction …")
      "hebei", "hunan", "jiangxi", "fujian", "yunnan", "guizhou", "anhui", "heilongjiang", "jilin", "liaoning", "ningxia",
      "qinghai", "hainan", "guangxi", "qingdao", "wuhan", "chengdu", "nanjing", "hangzhou", "urumqi", "dalian",
      "shenyang", "zhengzhou", "xiamen", "ningbo", "хэбэй", "хунань", "цзянси", "фуцзянь", "юньнань", "гуйчжоу",
      "аньхой", "хэйлунцзян", "цзилинь", "ляонин", "нинся", "цинхай", "хайнань", "гуанси", "циндао", "ухань", "чэнду",
      "нанкин", "ханчжоу", "урумчи", "үрімжі", "далянь", "шэньян", "чжэнчжоу", "сямэнь", "нинбо",
      // industrial cities that name Chinese groups ("«Цзиньчуань» тобы", "Baoji Titanium", "Вэйфан Сельхозтехника")
      "цзиньчуань", "jinchuan", "баоцзи", "baoji", "баотоу", "baotou", "ланьчжоу", "lanzhou", "сучжоу", "suzhou",
      "таншань", "tangshan", "вэйфан", "weifang", "яньтай", "yantai", "карамай", "karamay", "шицзячжуан", "shijiazhuang",
      // China's autonomous region of Inner Mongolia, which names its groups ("Inner Mongolia Yitai", "Ішкі Моңғолия"): the
      // cue read at its first word, before the MN stem of its second
      "inner mongolia", "внутренняя монгол", "внутренней монгол", "внутреннюю монгол", "ішкі моңғол",
    ],
  },
  {
    country: "KZ",
    stems: [
      "қазақстан", "казахстан", "казахск", "қазақ", "kazakh", "akimat", "aktobe", "almaty", "astana", "shymkent", "atyrau", "mangystau", "қр", "рк", "облыс", "област", "әкімдіг", "акимат",
      "астана", "алматы", "шымкент", "ақтөбе", "актюбин", "актоб", "атырау", "маңғыстау", "мангистау", "түркістан",
      "туркестан", "қарағанды", "караганд", "павлодар", "қостанай", "костанай", "жамбыл", "қызылорда", "кызылорд",
    ],
  },
  {
    country: "RU",
    stems: [
      "ресей", "российск", "россии", "россия", "russian", "рф",
      // Russia's regions that Kazakhstan's news names most (the border and Volga regions, Siberia, the capitals), in
      // Russian and Kazakh: before the KZ cue "област"/"облыс" in a name, they give "Правительство Оренбургской
      // области", "Омбы облысының әкімдігі" their country. ("Уральск", "Петропавловск" are Kazakhstan's; "Қорған"
      // and "курган" are also common words; "самарск", not "самар": Samarkand.)
      "оренбург", "омск", "новосибирск", "челябинск", "курганск", "тюмен", "астрахан", "саратов", "волгоград",
      "самарск", "свердловск", "екатеринбург", "томск", "кемеров", "иркутск", "красноярск", "алтайского края",
      "московск", "подмосков", "ленинградск", "петербург", "курск", "белгород", "воронеж", "ростовск", "краснодар",
      "нижегород", "татарстан", "башкортостан", "башкир", "ульяновск", "пензенск", "пермск", "уфимск", "казанск",
      "орынбор", "омбы", "новосібір", "челябі", "түмен", "мәскеу",
    ],
  },
  { country: "US", stems: ["американ", "сша", "ақш", "american"] },
  // before TR: "түрікмен" starts with TR's "түрік", and the first cue of this list that matches a word wins
  { country: "TM", stems: ["туркмен", "түрікмен", "turkmen"] },
  { country: "TR", stems: ["түрік", "түркия", "турецк", "турци", "turkish", "türkiye", "turkey"] },
  // ("южнокорейская", the compound adjective, and "из Южной Кореи")
  // (Kazakh "кореялық", "Корея Республикасының": the Republic of Korea, the South; the North is "КХДР")
  { country: "KR", stems: ["корей", "южнокорей", "южной коре", "оңтүстік корея", "кореялық", "кореяның", "корея республика", "korean",
    "south korea", "korea"] },
  // (not English "Hong Kong": "Hong Kong-listed" names an exchange, not a nationality)
  { country: "HK", stems: ["гонконг"] },
  { country: "TW", stems: ["тайван", "taiwan"] },
  { country: "JP", stems: ["жапон", "япон", "japanese"] },
  // (Kazakh "неміс", the ethnonym: "Неміс X компаниясы", "Немістің X компаниясы")
  { country: "DE", stems: ["герман", "немец", "неміс", "german"] },
  { country: "UZ", stems: ["өзбек", "узбек", "uzbek"] },
  // Kazakhstan's other partners. Kazakh adjectives add -лық/-дық to the country ("итальяндық", "канадалық"),
  // which the stems cover. Left out as stems: "сауд" (Kazakh "сауда", trade), "қатар" (Kazakh "row, among"),
  // "дания" ("Данияр"), "uk" ("Ukraine"), "georgia" (the US state).
  { country: "FR", stems: ["франц", "french", "france"] },
  { country: "IT", stems: ["итальян", "итали", "italian", "italy"] },
  { country: "GB", stems: ["британ", "великобритан", "ұлыбритан", "англий", "ағылшын", "british", "britain"] },
  { country: "NL", stems: ["нидерланд", "голланд", "dutch", "netherland"] },
  { country: "CH", stems: ["швейцар", "swiss", "switzerland"] },
  { country: "CA", stems: ["канад", "canad"] },
  { country: "AU", stems: ["австрал", "australia"] },
  { country: "AT", stems: ["австри", "austria"] },
  { country: "ES", stems: ["испан", "spanish", "spain"] },
  { country: "SA", stems: ["саудов", "сауд арабия", "saudi"] },
  { country: "AE", stems: ["эмират", "оаэ", "баә", "әмірлік", "emirat", "uae"] },
  { country: "QA", stems: ["катарск", "катарлық", "qatar"] },
  { country: "IN", stems: ["индийск", "индия", "үнді", "indian", "india"] },
  { country: "IR", stems: ["иран", "iran"] },
  // (Kazakh writes "әзірбайжан" and "әзербайжан")
  { country: "AZ", stems: ["азербайдж", "әзірбайжан", "әзербайжан", "azerbaijan", "azeri"] },
  { country: "KG", stems: ["кыргыз", "киргиз", "қырғыз", "kyrgyz"] },
  { country: "TJ", stems: ["таджик", "тәжік", "tajik"] },
  { country: "BY", stems: ["белорус", "беларус", "belarus"] },
  { country: "UA", stems: ["украин", "ukrain"] },
  { country: "PL", stems: ["польск", "польша", "поляк", "polish", "poland"] },
  { country: "CZ", stems: ["чешск", "чехия", "czech"] },
  { country: "HU", stems: ["венгер", "венгр", "hungar"] },
  { country: "SG", stems: ["сингапур", "singapor"] },
  { country: "MY", stems: ["малайз", "malaysia"] },
  { country: "IL", stems: ["израил", "israel"] },
  { country: "EG", stems: ["египет", "египт", "egypt"] },
  { country: "MN", stems: ["монгол", "моңғол", "mongol"] },
  { country: "PK", stems: ["пакистан", "pakistan"] },
  { country: "SE", stems: ["швед", "swedish", "sweden"] },
  { country: "NO", stems: ["норвеж", "norweg", "norway"] },
  { country: "FI", stems: ["финск", "финлянд", "finnish", "finland"] },
  { country: "DK", stems: ["датск", "даниялық", "danish", "denmark"] },
  { country: "BE", stems: ["бельги", "belgi"] },
  { country: "VN", stems: ["вьетнам", "vietnam"] },
  { country: "ID", stems: ["индонез", "indonesia"] },
  { country: "BR", stems: ["бразил", "brazil"] },
];

/** Country of a news site by its top-level domain ("Zakon.kz" → KZ). */
/**
 * Endings of a country's adjective (Russian adjective endings, Kazakh -лық/-дық/-тық): with a country stem of
 * COUNTRY_CUES, "китайская", "турецкой", "қытайлық", "итальяндық".
 */
/** Stems of COUNTRY_CUES that name an administrative unit or body, not a country: no nationality adjective starts so. */
export const NON_NATIONALITY_STEMS: readonly string[] = ["провинци", "облыс", "област", "әкімдіг", "акимат", "қр", "рк"];

export const NATIONALITY_ADJECTIVE_ENDINGS: readonly string[] = [
  "ая", "ой", "ую", "ий", "ого", "ому", "им", "ым", "ом", "ые", "ых", "ими", "ыми",
  "лық", "лік", "дық", "дік", "тық", "тік",
];

export const DOMAIN_COUNTRIES: Readonly<Record<string, string>> = { kz: "KZ", ru: "RU", cn: "CN", uz: "UZ", kg: "KG" };

/**
 * Countries written after the name of a body that several countries name alike ("МИД РК", "Минфин России", "Верховный
 * суд Республики Казахстан"; lexicons/organizations.ts `countryAfter`): the genitive names and abbreviations, and the
 * country each names.
 */
export const COUNTRY_QUALIFIERS_AFTER: Readonly<Record<string, string>> = {
  "РК": "KZ", "Республики Казахстан": "KZ", "Казахстана": "KZ",
  "РФ": "RU", "России": "RU", "Российской Федерации": "RU",
  "КНР": "CN", "Китая": "CN", "Китайской Народной Республики": "CN",
  "США": "US",
  "Узбекистана": "UZ", "Республики Узбекистан": "UZ",
  "Кыргызстана": "KG", "Киргизии": "KG", "Кыргызской Республики": "KG",
  "Таджикистана": "TJ", "Республики Таджикистан": "TJ",
  "Туркменистана": "TM",
  "Беларуси": "BY", "Белоруссии": "BY", "Республики Беларусь": "BY",
  "Украины": "UA", "Азербайджана": "AZ", "Ирана": "IR", "Японии": "JP", "Германии": "DE", "Франции": "FR",
  "Италии": "IT", "Великобритании": "GB", "Канады": "CA", "Монголии": "MN",
};

/**
 * Latin abbreviations of countries, as whole words and case-sensitive ("US company Wabtec", "the US Embassy", "UK-based"):
 * a country cue like the stems above, which match any case and so cannot hold them ("us", "uk").
 */
export const LATIN_COUNTRY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  US: "US", USA: "US", UK: "GB", PRC: "CN", UAE: "AE",
};

/**
 * Words of origin between a name and the country it comes from ("компания «Альфа» из Китая", "Beta Group from
 * China", "Kalyon Enerji of Turkey"): the country after them is the name's (src/organizations/country.ts). Lower case.
 */
export const ORIGIN_WORDS_AFTER_NAME: readonly string[] = ["из", "from", "of"];

/**
 * Country names of several words whose last word is also a company's known name ("United Arab Emirates": the airline
 * "Emirates"; lexicons/organizations.ts): inside the country's name it is no organization.
 */
export const COUNTRY_NAMES_ENDING_IN_A_NAME: readonly string[] = [
  "United Arab Emirates", "Объединённые Арабские Эмираты", "Объединенные Арабские Эмираты", "Объединённых Арабских Эмиратов",
  "Объединенных Арабских Эмиратов",
];
