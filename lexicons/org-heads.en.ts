/** English head words of organization names: "Ministry of Foreign Affairs", "Kazakh Invest Fund". */

/** Heads that come first and take an "of" phrase: "Ministry of Energy of Kazakhstan". */
export const EN_HEADS_BEFORE_OF: readonly string[] = [
  "Ministry", "Embassy", "Consulate", "Consulate General", "Bank", "University", "Institute", "Academy", "Bureau", "Society",
  "Government", "Committee", "Agency", "Council", "Commission", "Department", "Office", "Fund", "Chamber",
  "Union", "Association", "Federation", "Administration", "Akimat", "Parliament", "Senate", "Court",
  "People's Government", "Development Bank", "National Bank", "Export-Import Bank", "Federation",
  // armed bodies: "the Armed Forces of Kazakhstan"
  "Armed Forces",
];

/**
 * The industry words that end company names in the languages of Kazakhstan's other partners, written in Latin in any
 * text: Turkish ("Çalık Enerji", "Kolin İnşaat", "Rönesans Endüstri Tesisleri"), German ("Müller Maschinenbau"), Polish
 * ("Łódź Chemia"), Italian ("Rossi Impianti"), Spanish and French.
 */
const FOREIGN_COMPANY_HEADS: readonly string[] = [
  "Enerji", "İnşaat", "Insaat", "Yatırım", "Yatırımları", "Sanayi", "Endüstri", "Tesisleri", "Madencilik", "Çimento",
  "Tekstil", "Gıda", "Lojistik", "Otomotiv", "Kimya", "Holding", "Makina", "Taahhüt",
  "Maschinenbau", "Anlagenbau", "Energie", "Technik", "Werke", "Chemie", "Batterien", "Logistik", "Stahl", "Zement", "Gruppe",
  "Chemia", "Budownictwo", "Energetyka", "Impianti", "Costruzioni", "Energia", "Ingegneria", "Construcciones", "Energía",
];

/**
 * Heads before "of" that also take capitalized words before them as part of the name: "Cyberspace Administration of
 * China", "General Administration of Customs of China", "National Development and Reform Commission of China".
 */
export const EN_HEADS_OF_WITH_MODIFIERS: readonly string[] = ["Administration", "Commission", "Committee", "Agency", "Bureau", "Authority",
  // courts and chambers named with their city or rank first ("London Court of International Arbitration", "Supreme Court of
  // Kazakhstan", "Stockholm Chamber of Commerce", "Paris Court of Appeal")
  "Court", "Chamber"];

/** Heads that end a capitalized name: "Halyk Bank", "Kazakh Invest Fund", "Astana Development Corporation". */
export const EN_HEADS_AFTER: readonly string[] = [
  "Ministry", "Bank", "Fund", "University", "Institute", "Academy", "Committee", "Agency", "Council", "Commission",
  "Holding", "Holdings", "Company", "Airlines", "Airways", "Railways", "Petroleum", "Mining", "Minerals", "Metals",
  "Motors", "Steel", "Cement", "Chemicals", "Pharmaceuticals", "Logistics", "Industries", "Partners", "Investments",
  "Resources", "Technologies", "Telecom", "Operating", "Construction", "Engineering", "Renewables", "Akimat",
  "Embassy", "Exchange", "Association", "Federation", "Union", "Party", "Society", "Bureau",
  // courts and arbitration bodies ("Almaty City Court", "Singapore International Arbitration Centre")
  "Court", "Tribunal",
  // armed bodies: "the National Guard", "the People's Liberation Army", "the Armed Forces"
  "Guard", "Army", "Forces",
  // pipeline operators and consortia named so ("Asia Gas Pipeline", "Caspian Pipeline Consortium")
  "Pipeline", "Consortium",
  // industry nouns that end company names: "Harbin Electric", "Sany Heavy Industry", "COSCO Shipping"
  "Electric", "Energy", "Power", "Industry", "Chemical", "Food", "Foods", "Textile", "Textiles", "Agro", "Wind",
  "Solar", "Shipping", "Ports", "Copper", "Gold", "Oil", "Gas", "Machinery", "Automotive", "Auto", "Tourism", "Railway",
  // finance houses named so ("Halyk Finance", "Jusan Invest", "BCC Invest", "Centras Capital")
  "Finance", "Invest", "Capital",
  "Electronics", "Pharma", "Pharmaceutical", "Metallurgy", "Aluminium", "Aluminum", "Coal", "Cargo",
  // services and finance that end company names ("COSCO Shipping Lines", "Fitch Ratings", "Ping An Insurance")
  "Lines", "Ratings", "Insurance", "Securities", "Ventures", "Systems", "Solutions",
  // developers and hotel chains ("Eagle Hills Properties", "Tianshan Resorts"), glass makers ("Xinyi Glass"), and the
  // Kazakh words of company names in Latin ("Ertis Kapital", "Alatau Qurylys")
  "Properties", "Resorts", "Hotels", "Glass", "Kapital", "Qurylys",
  // hospitals and clinics, which the contract counts as organizations ("Mayo Clinic", "Seoul National University Hospital")
  "Hospital", "Clinic",
  ...FOREIGN_COMPANY_HEADS,
];

/**
 * Heads of a state's own bodies abroad and at home, named by their field or their country alone: "the Energy Ministry",
 * "the Foreign Ministry", "the Chinese Embassy", "the Kazakh Consulate". Before one of them a field or a nationality
 * (EN_GENERIC_MODIFIERS) names the body, where before a company head it only describes ("Green Energy").
 */
export const EN_STATE_BODY_HEADS: readonly string[] = ["Ministry", "Embassy", "Consulate"];

/**
 * Heads of bodies whose name may pair two fields with "and" right before them: "National Development and Reform
 * Commission", "State Property and Privatization Committee", "Energy and Housing Department", "Settlement and Financial
 * Center". Such an "and" joins two words of one name, not two names.
 */
export const EN_PAIRED_FIELD_HEADS: readonly string[] = [
  "Commission", "Committee", "Agency", "Council", "Department", "Center", "Centre", "Bureau", "Service", "Inspectorate",
];

/**
 * Possessives that are words of a name, not its owner ("People's Bank of China", "People's Liberation Army", "Workers'
 * Party"): an owner's possessive is cut off the front of a name ("Saudi Arabia's ACWA Power"), these are not.
 */
/** The endings of a possessive, straight and curly apostrophe ("China's", "Kazakhstan’s"); each two characters long. */
export const EN_POSSESSIVE_ENDINGS: readonly string[] = ["'s", "’s"];

/**
 * Words a company's fuller name adds after its short form besides LATIN_ORGANIZATION_WORDS ("China Power" and "China Power
 * International Holding" are one party), as "Интернешнл", "Глобал" among CYRILLIC_COMPANY_WORDS.
 */
/**
 * The last words of a local subsidiary's Latin name ("Hanwha Qcells Kazakhstan", "Samsung C&T Kazakhstan", "Sany Central
 * Asia"): a run of several words ending in one, before a verb of business in Cyrillic text, is a company (a person's name
 * ends in none).
 */
export const LATIN_SUBSIDIARY_TAILS: readonly string[] = ["Kazakhstan", "Qazaqstan", "KZ", "Asia", "Eurasia"];

export const EN_NAME_EXTENSION_WORDS: readonly string[] = ["International", "Global", "Overseas",
  // Turkish company words ("Çalık Enerji" and "Çalık Enerji Sanayi ve Ticaret": "Industry and Trade")
  "Sanayi", "ve", "Ticaret", "Sanayii", "İnşaat", "Taahhüt"];
/**
 * Legal forms that a known short name's fuller form reads as words of its name ("CNPC International Group Corp": the name
 * goes on over "Group" and stops at "Corp", which the legal-form source cuts off).
 */
export const EN_NAME_LEGAL_WORDS: readonly string[] = ["Group"];

export const EN_NAME_POSSESSIVES: readonly string[] = ["People's", "Workers'", "Women's", "Children's", "Veterans'", "Farmers'"];

/**
 * Words that describe an industry rather than name a company: a run made only of these before its
 * head ("Green Energy", "Heavy Industry", "Oil and Gas") is a generic phrase.
 */
export const EN_GENERIC_MODIFIERS: readonly string[] = [
  "Green", "Clean", "Renewable", "Alternative", "Nuclear", "Solar", "Wind", "Heavy", "Light", "Chemical", "Global",
  "International", "National", "State", "Foreign", "Local", "Regional", "New", "Modern", "Digital", "Smart",
  "Electric", "Agricultural", "Food", "Mining", "Oil", "Gas", "Steel", "Copper", "Metal", "Textile", "Power",
  "Energy", "Industrial", "Processing", "Manufacturing", "Chinese", "Kazakh", "Kazakhstani", "Russian", "Central",
  "Asian", "European", "World", "Private", "Public", "Small", "Large", "Major", "Domestic", "Coal", "Gold", "Auto",
];

/** Words that make a Latin run in Cyrillic text a company name without a head word ("YTO Cargo Airlines"). */
export const LATIN_ORGANIZATION_WORDS: readonly string[] = [
  "Airlines", "Airways", "Aviation", "Bank", "Capital", "Center", "Centre", "Chemical", "Chemicals", "Company",
  "Construction", "Development", "Electric", "Energy", "Engineering", "Fund", "Gas", "Group", "Holding", "Holdings",
  "Industries", "Industry", "Investment", "Investments", "Logistics", "Machinery", "Metals", "Mining", "Minerals",
  "Motors", "Oil", "Operating", "Petroleum", "Pharma", "Power", "Resources", "Renewables", "Solar", "Steel",
  "Technologies", "Technology", "Telecom", "Trading", "Corporation", "Corp", "Ltd", "LLP", "LLC", "JSC", "Inc",
  "Cement", "Textile", "Agro", "Foods", "Logistic", "Partners", "Ventures", "Systems", "Solutions", "Materials",
  // services, finance and other industries ("COSCO Shipping Lines", "Fitch Ratings", "Ping An Insurance")
  "Shipping", "Lines", "Ports", "Ratings", "Insurance", "Securities", "Finance", "Financial", "Pharmaceutical", "Pharmaceuticals",
  "Petrochemical", "Automotive", "Enterprises", "Manufacturing", "Electronics", "Communications", "Railways",
  // "Sany Heavy Industry", "Hyundai Heavy Industries": the short name alone is the same company
  "Heavy",
  ...FOREIGN_COMPANY_HEADS,
];

/** Capitalized words that do not start a name in English running text. */
export const EN_STOP_WORDS: readonly string[] = [
  "The", "A", "An", "In", "On", "At", "By", "With", "And", "Or", "But", "For", "From", "To", "Of", "As", "This",
  "That", "These", "Those", "It", "Its", "Their", "His", "Her", "Our", "Both", "Under", "After", "Before", "Also",
  "While", "When", "According", "Meanwhile", "Last", "Next", "Earlier", "Chinese", "Kazakh", "Kazakhstani",
  "Russian", "Mr", "Mrs", "Ms", "Dr", "President", "Minister", "Prime", "Deputy", "Chairman", "CEO", "Head",
  "Ambassador", "Akim", "Governor", "Mayor", "Premier", "Vice", "However", "Today", "Yesterday", "Since", "During", "Through",
];

/** Words that make a Latin capitalized sequence an event, facility or place, not an organization. */
export const NON_ORGANIZATION_WORDS: readonly string[] = [
  "Forum", "FORUM", "Summit", "SUMMIT", "Expo", "EXPO", "Week", "Festival", "Conference", "Congress", "Exhibition",
  "Fair", "Award", "Awards", "Cup", "Championship", "Games", "Olympics", "Zone", "ZONE", "Park", "Port", "Terminal",
  "Airport", "Station", "Street", "Avenue", "Project", "Programme", "Program", "Initiative", "Road", "Belt",
  "Region", "Province", "City", "River", "Lake", "Mountains", "Day", "Plaza", "Tower", "Hall", "Arena", "Stadium",
  "Declaration", "Agreement", "Memorandum", "Strategy", "Plan", "Act", "Law", "Prize", "Show", "Tour",
];

/**
 * Facility words of NON_ORGANIZATION_WORDS that a company's own name may hold ("… Inland Port",
 * "Altynkol East Terminal LLP", "China Road and Bridge Corporation"): accepted when a company head
 * word names the run (компания «…», «…» компаниясы) or a legal form ends it.
 */
export const COMPANY_FACILITY_WORDS: readonly string[] = ["Port", "Terminal", "Airport", "Park", "Station", "Plaza", "Tower", "Road",
  // the operators of economic zones, and companies named after a lake or river ("Khorgos Free Zone Development Group",
  // "Aktau Special Economic Zone JSC", "Qinghai Salt Lake Co., Ltd", "Hubei River Energy Co., Ltd")
  "Zone", "ZONE", "Lake", "River"];

/** Short upper-case Latin tokens that are not organizations on their own (codes, units, numerals). */
export const NON_ORGANIZATION_TOKENS: readonly string[] = [
  "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XX", "XXI", "USD", "EUR", "KZT", "CNY",
  "RUB", "GDP", "IT", "AI", "CEO", "VIP", "PR", "MW", "GW", "kW", "kWh", "MWh", "TEU", "SUV", "LNG", "LPG", "PE",
  "PP", "PVC", "EV", "OK", "TV", "RU", "KZ", "EN", "CN", "UK", "US", "USA", "EU", "PRC", "ID", "SMS", "GPS", "DNA",
  "COVID", "HIV", "PDF", "FAQ", "NB", "PS", "vs", "km", "kg", "mm", "cm", "B", "G", "S", "M", "L", "XL",
  // kinds of deal, vehicle and figure, not a name ("The JV plans to produce …", "the SPV will own …")
  "JV", "SPV", "MOU", "MoU", "FDI", "IPO", "EPC", "PPP", "SME", "SMEs", "PPA", "FID", "ESG", "CO2", "EBITDA", "CAPEX",
];

/**
 * Last parts of a hyphenated descriptor before a name ("Hong Kong-listed GDS Holdings", "Shanghai-based
 * Alpha Energy", "State-owned China Coal"): the descriptor and the words before it stay out of the name.
 */
/**
 * Industry words that a company's name joins with "and" ("Engineering and Construction", "Import and Export", "Mining
 * and Metals"): "and" between two of them, the second ending the run (or before a head or form only), joins one name.
 */
export const EN_INDUSTRY_PAIR_WORDS: readonly string[] = [
  "Engineering", "Construction", "Technology", "Technologies", "Development", "Trading", "Trade", "Investment",
  "Investments", "Industry", "Industries", "Services", "Logistics", "Mining", "Metals", "Metallurgy", "Energy", "Power",
  "Resources", "Chemical", "Chemicals", "Manufacturing", "Machinery", "Equipment", "Science", "Research", "Design",
  "Consulting", "Exploration", "Production", "Import", "Export", "Finance", "Commerce", "Materials", "Minerals",
  "Transport", "Communications", "Telecommunications", "Petrochemical", "Petrochemicals", "Infrastructure",
];

export const EN_DESCRIPTOR_SUFFIXES: readonly string[] = [
  "listed", "based", "headquartered", "registered", "owned", "controlled", "backed", "funded", "run",
];

/**
 * A company's organs and officers before "of" and its name: "Chairman of the Board of Huaxin Cement
 * Co Ltd" names Huaxin Cement, not "Board of Huaxin Cement".
 */
/**
 * Titles whose "of" names a field, not a body: "Minister of Industry and Construction X", "Deputy Minister of Energy":
 * the words after "of" are no organization's name (the ministry's is "Ministry of …").
 */
export const EN_FIELD_TITLES: readonly string[] = ["Minister", "minister", "Ministers", "Commissioner", "commissioner"];

export const EN_ROLES_BEFORE_OF: readonly string[] = [
  "Board", "Chairman", "Chairwoman", "Chair", "President", "Director", "Directors", "Head", "CEO", "Shareholders",
  "Management", "Member", "Members", "Founder", "Owner", "Vice-President", "Vice-Chairman", "Secretary",
];

/**
 * A country's envoys: after one of them and "to", "in", "of" or "from", a country or place and the capitalized words
 * after it are an envoy's post and name ("Kazakh Ambassador to China Shakhrat Nuryshev"), not a company. Lower case.
 */
export const EN_ENVOY_TITLES: readonly string[] = ["ambassador", "envoy", "consul", "consul-general", "general", "attaché", "attache", "representative"];
/** The prepositions between an envoy's title and the country of the post (EN_ENVOY_TITLES). */
export const EN_ENVOY_PREPOSITIONS: readonly string[] = ["to", "in", "of", "from"];

/** Lower-case words allowed inside an English or Latin-script name ("Bank of China", "Ministry of Trade and Integration"). */
export const LATIN_NAME_CONNECTORS: readonly string[] = [
  "of", "and", "&", "for", "de", "the",
  // Turkish "and" between the fields of a company name ("Çalık Enerji Sanayi ve Ticaret A.Ş.": Industry and Trade)
  "ve",
];
/**
 * Other small words inside an organization's own name in a Latin-script language, written in brackets after its Russian or
 * Kazakh name ("Rassemblement pour le Mali", "Banco do Brasil", "Deutsche Gesellschaft für Internationale Zusammenarbeit").
 */
export const ORIGINAL_NAME_CONNECTORS: readonly string[] = ["pour", "le", "la", "les", "du", "des", "do", "da", "di", "del", "y", "et", "und", "für", "van", "von", "in"];
/**
 * Prepositions inside a name ("Ministry of Trade and Integration"): after one of them, "and"
 * joins the name's own words; elsewhere "and" between capitalized words joins two names.
 */
export const LATIN_NAME_PREPOSITIONS: readonly string[] = ["of", "for", "de"];
/**
 * Name prepositions that, before a place, say what a loan is for rather than a word of the name ("a loan agreement with
 * China Exim Bank for Almaty ring road"; not "European Bank for Reconstruction and Development").
 */
export const LATIN_PURPOSE_PREPOSITIONS: readonly string[] = ["for"];
/** Words joining two quoted names that share one head. */
export const EN_CONNECTORS: readonly string[] = ["and"];
/**
 * Words before a pair of names joined by "and" that make them two ("an agreement between Jiangsu Green Agro and Ordabasy
 * Agro LLP"): lower case, the word right before the first name.
 */
export const PAIR_OPENERS: readonly string[] = ["between"];
/**
 * Articles that open a noun phrase: after a capitalized word one starts a new phrase ("On Monday the
 * Ministry of Energy"), after "and" a second name ("Halyk Bank and the Ministry of Finance").
 */
export const LATIN_ARTICLES: readonly string[] = ["the"];

/**
 * Determiners before a legal form that make it a common noun, the company just named ("the JSC's shareholders",
 * "Shares of the LLP fell"): no name ends or starts with that form. In lower case: the word before is read lowered.
 */
export const EN_DETERMINERS_BEFORE_FORM: readonly string[] = ["the", "this", "that", "its", "their", "a", "an"];

/**
 * Heads of local administrations whose names hold a place word of NON_ORGANIZATION_WORDS
 * ("Pavlodar Region Akimat"); also read in lower case after a capitalized place ("the Almaty
 * Region akimat's press service").
 */
export const EN_PLACE_HEADS: readonly string[] = ["Akimat", "Maslikhat"];
/**
 * A ministry named by its field in lower case, as English news does ("the energy ministry said", "Kazakhstan's finance
 * ministry"): the fields, and the head.
 */
export const EN_LOWER_MINISTRY = {
  head: "ministry",
  fields: [
    "energy", "finance", "economy", "foreign", "industry", "agriculture", "health", "defence", "defense", "transport",
    "justice", "education", "ecology", "trade", "interior", "emergencies", "culture", "labour", "labor", "investment",
  ],
} as const;
/** The word between a local administration's head and its place: "the akimat of Pavlodar Region". */
export const EN_PLACE_HEAD_LINK = "of";
/** Place words allowed in the name before a head of EN_PLACE_HEADS. */
export const EN_PLACE_WORDS: readonly string[] = ["Region", "Province", "City", "District", "Oblast"];
/** Lower-case place words that end an "of" phrase of a head ("Akimat of Pavlodar region"). */
export const EN_LOWER_PLACE_WORDS: readonly string[] = ["region", "oblast", "district", "province", "city"];
/** Adjectives of a place unit before a local administration's lower-case head ("the Turkistan regional akimat"). */
export const EN_LOWER_PLACE_ADJECTIVES: readonly string[] = ["regional", "municipal"];

/**
 * The first word of a Chinese company's name without a legal form or head ("China Meheco",
 * "Sichuan Road and Bridge", "Xinjiang Tianrun Dairy"): "China", "Sino", a province or a large city.
 */
export const EN_CHINESE_NAME_STARTS: readonly string[] = [
  "China", "Sino",
  "Anhui", "Fujian", "Gansu", "Guangdong", "Guangxi", "Guizhou", "Hainan", "Hebei", "Heilongjiang", "Henan", "Hubei",
  "Hunan", "Jiangsu", "Jiangxi", "Jilin", "Liaoning", "Ningxia", "Qinghai", "Shaanxi", "Shandong", "Shanxi",
  "Sichuan", "Xinjiang", "Yunnan", "Zhejiang",
  "Beijing", "Shanghai", "Tianjin", "Chongqing", "Shenzhen", "Guangzhou", "Wuhan", "Chengdu", "Hangzhou", "Nanjing",
  "Qingdao", "Urumqi", "Harbin", "Dalian", "Xiamen", "Suzhou", "Ningbo", "Zhengzhou", "Changsha", "Lanzhou",
  "Kunming", "Hefei", "Jinan", "Taiyuan", "Yinchuan", "Xining", "Hohhot", "Baotou", "Tangshan", "Weifang", "Yantai",
  "Wuxi", "Xuzhou", "Luoyang", "Shijiazhuang", "Fuzhou", "Nanchang", "Nanning", "Guiyang", "Karamay", "Horgos",
];

/**
 * Words after a Chinese place that make the phrase a place, an event or a relation, not a company
 * ("Sichuan Province", "Xinjiang Uygur Autonomous Region", "China Kazakhstan relations"); the words
 * of NON_ORGANIZATION_WORDS and EN_STOP_WORDS count too.
 */
export const EN_CHINESE_NAME_STOPS: readonly string[] = [
  "Autonomous", "Municipality", "County", "District", "Uygur", "Uyghur", "Kazakhstan", "Russia", "Central", "Asia",
  "Europe", "Eurasia", "Time", "Cooperation", "Co-operation", "Organisation", "Organization",
  // tournaments named after a Chinese place ("China Open", "Wuhan Open", "Shanghai Masters")
  "Open", "Masters", "Marathon",
];

/**
 * Lower-case company nouns after a known short name and one capitalized word, which make the two words a company's name
 * ("Xinhua Glass group", "Sinopec Engineering company"; src/organizations/sources/gazetteer.ts).
 */
export const EN_LOWER_COMPANY_NOUNS: readonly string[] = ["group", "company", "corporation", "holding", "firm", "subsidiary"];
/**
 * Words after a known short name and one capitalized word that make the two a company of their own, as a verb of business
 * does: a verb of saying or estimating, and the company's analysts ("Halyk Finance said", "Kaspi Research estimates",
 * "Halyk Finance analysts expect"). Lower case, whole words.
 */
export const EN_SPEAKING_AFTER_NAME: readonly string[] = [
  "said", "says", "reported", "reports", "estimates", "estimated", "expects", "forecasts", "noted", "announced", "analysts",
  "economists", "strategists", "experts",
];

/** Words right before an all-capital name that make it a company: "Chinese company TBEA", "state-owned CNPC" (the word before: "owned"). */
export const EN_ACRONYM_HEADS_BEFORE: readonly string[] = [
  "company", "firm", "corporation", "group", "giant", "operator", "producer", "manufacturer", "maker", "contractor",
  "developer", "investor", "conglomerate", "holding", "subsidiary", "owned", "partner", "bank", "insurer",
];

/**
 * Nouns that name a company right after them when a nationality word stands before them ("Polish company
 * Azoty", "Turkish firm Kalyon", "Chinese battery maker Gotion"): the capitalized words after the noun are the
 * company's name, whatever they are.
 */
/**
 * Nationality adjectives that stand bare before a company's name ("Korean Daewon Chemical is considering …", "a memorandum
 * with Polish Agro Rolnik LLP"): the country, no word of the name, when two words or more of the name follow ("Korean
 * Air", "Turkish Airlines" keep theirs). "Chinese", "Kazakh" and "Russian" are EN_STOP_WORDS, always left out.
 */
export const EN_BARE_DEMONYMS: readonly string[] = [
  "Korean", "Japanese", "Turkish", "German", "Polish", "Italian", "French", "Spanish", "British", "American", "Indian",
  "Uzbek", "Kyrgyz", "Tajik", "Turkmen", "Emirati", "Saudi", "Qatari", "Kuwaiti", "Iranian", "Austrian", "Swiss", "Dutch",
  "Czech", "Hungarian", "Belarusian", "Ukrainian", "Azerbaijani", "Georgian", "Mongolian", "Singaporean", "Malaysian",
  "Indonesian", "Vietnamese", "Thai", "Canadian", "Australian", "Swedish", "Finnish", "Norwegian", "Danish", "Belgian",
  "Israeli", "Egyptian", "Pakistani", "Taiwanese", "Slovak", "Romanian", "Bulgarian", "Serbian", "Croatian", "Greek",
];
/** Words before a nationality of EN_BARE_DEMONYMS that make one nationality of two ("South Korean", "North Korean"). */
export const EN_DEMONYM_PREFIXES: readonly string[] = ["South", "North"];
/**
 * Heads of bilateral bodies, whose hyphenated pair of nationalities is a word of the name ("Kazakh-Korean Business
 * Council", "Kazakhstan-German Chamber of Commerce"), not a joint venture's description.
 */
export const EN_BILATERAL_HEADS: readonly string[] = ["Council", "Chamber", "Association", "Commission", "Committee", "Forum", "University",
  "Fund", "Society", "Club", "Institute"];
/** The nationalities besides EN_BARE_DEMONYMS that a hyphenated pair before a joint venture's name holds ("Korean-Kazakh"). */
export const EN_PAIR_DEMONYMS: readonly string[] = ["Kazakh", "Kazakhstani", "Chinese", "Russian"];
export const EN_NATIONAL_DESCRIPTORS: readonly string[] = [
  "company", "firm", "corporation", "giant", "operator", "producer", "manufacturer", "maker", "automaker", "carmaker",
  "contractor", "developer", "investor", "conglomerate", "miner", "insurer", "lender", "bank", "supplier", "exporter",
  "trader", "retailer", "startup", "shipbuilder", "airline", "carrier", "utility", "holding",
  // makers written as one word ("Kazakh steelmaker Temirtau Profil", "Chinese truckmaker Shacman")
  "steelmaker", "chipmaker", "drugmaker", "glassmaker", "truckmaker", "busmaker", "papermaker", "toolmaker",
];
/** Lower-case words that may stand between the nationality word and the noun: "Chinese battery maker", "Turkish state-owned company". */
export const EN_DESCRIPTOR_MODIFIER_MAX = 2;

/**
 * Countries whose possessive owns a company named right after it ("Kostanay Trucks LLP and China's
 * Sinotruk will build …"): the name is one or two capitalized words before a verb of business
 * (EN_BUSINESS_VERBS), and takes the country.
 */
export const EN_OWNER_COUNTRIES: Readonly<Record<string, string>> = {
  China: "CN", Kazakhstan: "KZ", Russia: "RU", Turkey: "TR", Türkiye: "TR", Germany: "DE", France: "FR", Italy: "IT",
  Spain: "ES", Britain: "GB", Japan: "JP", "South Korea": "KR", Korea: "KR", India: "IN", Pakistan: "PK", Iran: "IR",
  "Saudi Arabia": "SA", Qatar: "QA", Kuwait: "KW", Oman: "OM", Uzbekistan: "UZ", Kyrgyzstan: "KG", Turkmenistan: "TM",
  Azerbaijan: "AZ", Mongolia: "MN", Belarus: "BY", Poland: "PL", Hungary: "HU", Austria: "AT", Switzerland: "CH",
  Singapore: "SG", Malaysia: "MY", Indonesia: "ID", Egypt: "EG", Israel: "IL", America: "US",
  "Hong Kong": "HK", "United States": "US", "United Kingdom": "GB", "Abu Dhabi": "AE", Netherlands: "NL", Czechia: "CZ",
};

/**
 * The word that joins a name to its country after a legal form, which then is a word of the name ("Aluminum
 * Corporation of China", "Radio Corporation of America"; src/organizations/sources/latin-legal.ts).
 */
export const EN_NAME_COUNTRY_LINK = "of";

/**
 * Words inside a name that give it an eponym, the calque of "имени" and "атындағы" ("Ekibastuz GRES-1 named after Bulat
 * Nurzhanov LLP"): the name goes on before them, up to EN_EPONYM_NAME_WORDS capitalized words or words with a digit.
 */
export const EN_EPONYM_LINK = "named after";
export const EN_EPONYM_NAME_WORDS = 4;
/**
 * The forms that are such words of a name ("Corporation of China"); after any other ("Rossi Impianti S.p.A. of Italy",
 * "X GmbH from Germany") the country is where the company is from, no word of its name.
 */
export const EN_FORMS_BEFORE_COUNTRY: readonly string[] = ["Corporation", "CORPORATION", "Corp", "Company", "Group", "GROUP"];

/**
 * Verbs of business right after an all-capital name that make it a company ("TBEA will build",
 * "QZRT signed", "XYZ plans to invest").
 */
export const EN_BUSINESS_VERBS: readonly string[] = [
  "will build", "will construct", "will invest", "will supply", "will launch", "will open", "will finance",
  "plans to", "intends to", "is building", "is constructing", "has signed", "signed", "builds", "invests", "invested",
  "acquired", "owns", "operates", "produces", "supplies", "agreed to", "won the", "is investing",
  "started building", "began building", "started construction", "began construction", "opened", "launched", "built", "has built",
  "commissioned", "has commissioned", "will produce", "will develop", "will expand", "will modernize", "will modernise",
  "is expanding", "will set up", "has set up", "set up",
  // purchases ("Korea's Lotte Wellfood will buy 75% of …", "X has agreed to acquire …")
  "will buy", "will acquire", "has bought", "has acquired", "bought", "is buying", "is acquiring", "will purchase", "has purchased",
  "has agreed",
];

/**
 * Endings of Kazakh and Russian surnames written in Latin ("Zhumangarin", "Nurlanov", "Sultanuly"), each with the shortest
 * word it ends a surname in: a run of capitalized words ending in one before a verb of business is a person ("Serik
 * Zhumangarin signed …"), no company. "in" and "ina" only in words of seven letters or more (a Chinese syllable ends a
 * company's name: "Zhong Jin").
 */
export const EN_SURNAME_ENDINGS: Readonly<Record<string, number>> = {
  ov: 5, ev: 5, ova: 6, eva: 6, uly: 6, kyzy: 7, enko: 7, in: 7, ina: 7,
};

/**
 * Capitalized words that open a sentence's subject but no company's name unknown by shape ("East Kazakhstan will …",
 * "Foreign Investors plan to …"; src/organizations/sources/shapes.en.ts subjectNames). A known or legal-form name that
 * starts with one ("East Hope Group") is read by the other sources.
 */
export const EN_NOT_SUBJECT_NAME_STARTS: readonly string[] = [
  "East", "West", "North", "South", "Central", "Northern", "Southern", "Eastern", "Western", "Foreign", "Local", "Private",
  "Public", "Several", "Many", "Other", "Some", "All", "Each", "Most", "Two", "Three", "Four", "Five", "Both", "Such",
];

/** Passive participles whose agent after "by" is a company ("will be built by Xinyi Glass"; shapes.en.ts agentNames). */
export const EN_AGENT_VERBS: readonly string[] = [
  "built", "constructed", "operated", "implemented", "developed", "financed", "supplied", "owned", "acquired", "commissioned",
  "carried out", "run",
];
