/**
 * Kazakh head words of organization names and the case endings of names.
 * A Kazakh name puts its head last: "Сыртқы істер министрлігі", "Түркістан облысы
 * әкімдігі", "«VEGA Power» компаниясы". Heads are listed in the form they take inside a
 * name (with the 3rd-person possessive: "министрлігі"); case forms are generated from
 * POSSESSIVE_CASE_ENDINGS ("министрлігінің", "әкімдігіне", "зауытын").
 */

/** Heads that make a phrase with a proper name before them a state body or institution. */
export const KK_INSTITUTION_HEADS: readonly string[] = [
  "министрлігі", "әкімдігі", "елшілігі", "консулдығы", "бас консулдығы", "басқармасы", "комитеті", "агенттігі",
  "университеті", "орталығы", "үкіметі", "кеңесі", "ұйымы", "институты", "академиясы", "одағы", "партиясы",
  "прокуратурасы", "департаменті", "инспекциясы", "палатасы", "қауымдастығы", "бірлестігі", "соты", "комиссиясы",
  "конфедерациясы", "федерациясы", "ассоциациясы", "қоғамы", "телерадиокешені", "баспасөз қызметі",
  "мәслихаты", "әкімшілігі", "ассамблеясы", "бюросы", "биржасы", "театры", "мұражайы", "кітапханасы",
  "ауруханасы", "колледжі", "зауыты", "фабрикасы", "комбинаты", "кәсіпорны", "қоры", "банкі", "корпорациясы",
  "холдингі", "концерні", "өкілдігі", "сауда үйі", "қорғаны", "клубы", "мекемесі", "гвардиясы", "музейі", "думасы",
  "қызметі", "армиясы", "шипажайы", "емханасы", "санаторийі",
];

/**
 * Heads that also name someone's work ("Президенттің қызметі", "компанияның қызметі"): a body only after a lower-case
 * word of its remit ("Мемлекеттік күзет қызметі", "өңірлік коммуникациялар қызметі").
 */
export const KK_REMIT_HEADS: readonly string[] = ["қызметі"];

/**
 * A person's post right before a head of KK_REMIT_HEADS: "қызметі" is then the post held ("вице-министрі қызметін атқарды",
 * "министрі қызметіне тағайындалды"), no body. Lower case; the word before the head ends with one.
 */
export const KK_POSTS_BEFORE_REMIT: readonly string[] = [
  "министрі", "директоры", "төрағасы", "басшысы", "әкімі", "орынбасары", "хатшысы", "бастығы", "меңгерушісі", "президенті",
  "кеңесшісі", "көмекшісі",
];

/**
 * Its people or its leadership after a quoted name, in the possessive: the name is an organization's («Сусервис»
 * қызметкерлері, «Алтынтау» басшылығы, «Барыс» өкілдері), as the employees of a film or a programme are none.
 * A case ending of KK_POSSESSIVE_CASE_ENDINGS may follow ("басшылығының").
 */
export const KK_STAFF_AFTER: readonly string[] = [
  "қызметкерлері", "қызметкері", "жұмыскерлері", "жұмысшылары", "басшылығы", "басшысы", "директоры", "бас директоры",
  "акционерлері", "акционері", "өкілдері", "өкілі", "мамандары", "төрағасы", "басқарма төрағасы", "иесі", "салымшылары",
  "мүшелері", "мүшесі",
  // its head, founders, spokesmen ("«Зеленстрой» президенті", «Kaspi» негізін қалаушы)
  "президенті", "вице-президенті", "вице-президенттері", "басшысының орынбасары", "төрағасының орынбасары",
  "директорының орынбасары", "негізін қалаушы", "негізін қалаушысы", "негізін қалаушылары", "тең иесі", "баспасөз хатшысы",
  // its customers and, for a medium, its journalists
  "клиенттері", "клиенті", "абоненттері", "журналисі", "журналистері", "тілшісі", "тілшілері", "сарапшылары",
];

/**
 * Verbs after an acronym no list knows that make it a body that acts or reports: "ПКОП хабарлады", "НКОК салады".
 * The first word after the acronym, lower case.
 */
export const KK_ACRONYM_VERBS_AFTER: readonly string[] = [
  "хабарлады", "мәлімдеді", "жариялады", "салады", "салмақ", "салды", "жоспарлап", "инвестициялайды", "инвестициялады",
  "бөлді", "бөледі", "ашты", "ашады", "сатып", "өндіреді", "шығарады", "жеткізеді", "иеленді", "басқарады", "жүргізеді",
];

/** Heads written without the possessive after an adjectival name ("Ұлттық банк", "Еуразиялық экономикалық одақ"). */
export const KK_BARE_HEADS: readonly string[] = [
  "банк", "одақ", "агенттік", "кеңес", "бюро", "ұйым", "академия", "университет", "институт", "комиссия",
  "комитет", "партия", "корпорация", "қор", "сот", "прокуратура", "ассамблея", "музей", "гвардия", "дума", "армия",
  "орталық", "альянс",
];

/** Heads written after a quoted name: «VEGA Power» компаниясы, «Weinan Jianguo» қонақүйі. */
export const KK_QUOTE_HEADS: readonly string[] = [
  ...KK_INSTITUTION_HEADS,
  "компаниясы", "компаниялары", "корпорациялары", "авиакомпаниясы", "әуекомпаниясы", "серіктестігі",
  "серіктестіктері", "кәсіпорындары", "тобы", "консорциумы", "қонақүйі", "емханасы", "газеті", "газеттері",
  "телеарнасы", "арнасы", "порталы", "басылымы", "агенттігінің", "зауыттары", "ұлттық компаниясы",
  "ұлттық холдингі", "ұлттық басқарушы холдингі", "кооперативі", "шаруа қожалығы", "банкі", "банктері",
  "жауапкершілігі шектеулі серіктестігі", "акционерлік қоғамы", "мектебі", "фирмасы", "операторы",
  "жеке кәсіпкері", "мейрамханасы", "дүкені", "сауда орталығы", "медициналық орталығы", "клиникасы",
  // ensembles, teams, military units, networks
  "ансамблі", "ансамбльдері", "командасы", "қолбасшылығы", "бөлімшесі", "желісі",
  // a company noun without the possessive, as spoken ("«Самға» авиакомпания", "«Алтын» компания")
  "компания", "авиакомпания", "әуекомпания",
];

/**
 * Abbreviated heads after a quoted name (capitals, not inflected but after a hyphen): non-profit JSC, individual
 * entrepreneur, farm, state enterprises (republican, communal, treasury), communal institution, union of legal
 * entities, production cooperative, public fund: «…» КЕАҚ, «…» ЖК, «…» РМК-ның.
 */
export const KK_ABBREVIATED_QUOTE_HEADS: readonly string[] = [
  "КЕАҚ", "ЖК", "ШҚ", "РМК", "КМК", "МКҚК", "КММ", "ЗТБ", "ӨК", "ҚҚ",
  // state enterprises and institutions: municipal enterprise, republican treasury enterprise, state institution,
  // republican institution, and "on the right of economic management" before the form («…» ШЖҚ МКК)
  "МКК", "РМҚК", "ММ", "РММ", "ШЖҚ",
];

/**
 * Stems of Kazakh nouns that name a work, a programme or an event after its quoted title ("«Жусан» операциясы",
 * "«Нұрлы жер» бағдарламасы", "«Болашақ» жобасы"): such a quoted text is no organization, even a known name
 * (RU_TITLE_STEMS: the Russian nouns, which stand before the quote).
 */
export const KK_TITLE_STEMS: readonly string[] = [
  // ("акциясы", a campaign; not "акциялары", a company's shares: "«Halyk Bank» акциялары 1,8 пайызға қымбаттады")
  "операция", "бағдарлама", "жоба", "фильм", "кітаб", "кітап", "байқау", "фестивал", "акциясы", "конкурс", "спектакл",
  "альбом", "телехикая", "роман", "форум", "марафон", "челлендж", "рейд", "конгрес", "саммит", "көрме", "конференция",
];

/**
 * Heads of Kazakhstan's own state bodies: a Kazakh name with one of them and no country cue is Kazakhstan's ("Ұлттық
 * экономика министрлігі", "Инвестициялар комитеті"; a foreign one is named with its country: "Қытайдың Сауда
 * министрлігі"). Not embassies and consulates, which stand for another country, nor bodies that any country has under
 * the same name and Kazakh news names abroad ("үкіметі", "парламенті").
 */
export const KK_DOMESTIC_STATE_HEADS: readonly string[] = [
  "министрлігі", "комитеті", "агенттігі", "әкімдігі", "мәслихаты", "басқармасы", "департаменті", "инспекциясы",
];
/**
 * Word stems that make a name with a KK_DOMESTIC_STATE_HEADS head no body of Kazakhstan's own: an international or
 * interstate one ("Халықаралық авиация комитеті", "Еуразиялық экономикалық комиссиясы") or a party's (a Chinese city's
 * "қалалық партия комитеті").
 */
export const KK_NOT_DOMESTIC_STEMS: readonly string[] = ["халықаралық", "еуразиялық", "біріккен ұлттар", "партия"];

/** Case endings after a head in the possessive ("министрлігі" + "нің"); "" is the nominative. */
export const KK_POSSESSIVE_CASE_ENDINGS: readonly string[] = [
  "", "н", "нің", "ның", "не", "на", "ні", "ны", "нде", "нда", "нен", "нан", "мен", "ндегі", "ндағы", "нше", "нша",
];

/**
 * Case endings of a bare stem (a name like "Ақорда", "ҚазМұнайГаз", "Үкімет"):
 * optional possessive then optional case. Harmony is not checked: the stem is specific.
 */
export const KK_POSSESSIVE = ["ы", "і", "сы", "сі"] as const;
export const KK_CASE_ENDINGS: readonly string[] = [
  "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "а", "е", "ны", "ні", "ды", "ді",
  "ты", "ті", "н", "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен",
  "пен", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "ша", "ше",
];

/**
 * Words that end a name phrase when going left from a head: pronouns, adverbs,
 * conjunctions and postpositions (also when capitalized at a sentence start).
 */
export const KK_PHRASE_STOP_WORDS: readonly string[] = [
  "бұл", "осы", "сол", "ол", "олар", "ал", "енді", "бүгін", "кеше", "биыл", "былтыр", "сондай-ақ", "сонымен",
  "мұнда", "онда", "қазір", "алайда", "дегенмен", "жалпы", "мен", "бен", "пен", "де", "да", "тек", "әрі", "яғни",
  "себебі", "өйткені", "бірақ", "мысалы", "сондықтан", "осылайша", "сөйтіп", "әрине", "үшін", "туралы", "бойынша", "арқылы", "кейін", "дейін",
  "соң", "бірге", "қарай", "сайын", "фото", "сондай", "ақ", "немесе", "бас", "жаңа", "барлық", "бір", "әр",
  "кейбір", "көптеген", "бірқатар", "тиісті", "аталған", "жергілікті",
  // a company's own body, no name of its own ("Директорлар кеңесі", "Бақылау кеңесі" of a company)
  "директорлар", "бақылау",
  // personal pronouns and time adverbs and adjectives: "Сіз университеттің …", "Қазіргі қорда …"
  "сіз", "біз", "сен", "сіздер", "біздер", "сендер", "ертең", "қазіргі", "биылғы", "бүгінгі", "кешегі",
  "былтырғы", "ертеңгі", "алдағы", "соңғы",
  // "first", "initial": "Алғашқы партиясы 2026 жылы жеткізіледі" (a batch, no political party)
  "алғашқы", "бастапқы",
  // possessive pronouns: "Біздің аудандық музейге …"
  "менің", "сенің", "сіздің", "біздің", "сендердің", "сіздердің", "біздердің", "оның", "олардың",
  // "our country('s)", as news writes before a national body: "Еліміздің Денсаулық сақтау министрлігі"
  "еліміздің", "еліміз", "елдің", "мемлекетіміздің",
];

/** Words that may stand inside a name but not at its start ("Білім және ғылым министрлігі"). */
export const KK_INNER_ONLY_WORDS: readonly string[] = ["және"];

/**
 * Endings that show a lower-case word is not part of a name when going left from a head:
 * verb forms, participles, converbs, the locative, dative, ablative and instrumental cases,
 * the plural accusative ("материалдарын"). The attributive locative "-дағы", the genitive and
 * a plural instrumental ("мемлекеттермен достық қоғамы") are allowed (KK_NAME_ENDINGS).
 */
export const KK_NON_NAME_ENDINGS: readonly string[] = [
  "ған", "ген", "қан", "кен", "ды", "ді", "ты", "ті", "ып", "іп", "йды", "йді", "ады", "еді", "атын", "етін",
  "йтын", "йтін", "уда", "уде", "да", "де", "та", "те", "ға", "ге", "қа", "ке", "дан", "ден", "тан", "тен",
  "нан", "нен", "мақ", "мек", "бақ", "бек", "пақ", "пек", "мен", "бен", "пен", "ларын", "лерін", "дарын",
  "дерін", "тарын", "терін",
];
/**
 * The same for a capitalized word (a place or a proper name): only the locative, dative and
 * ablative after a vowel or voiced consonant count, since "Қазақстан", "Алматы", "Қарағанды"
 * end in letters that look like case endings.
 */
export const KK_CAPITALIZED_NON_NAME_ENDINGS: readonly string[] = [
  "да", "де", "та", "те", "ға", "ге", "қа", "ке", "дан", "ден", "нан", "нен", "мен", "бен", "пен",
];
/** Exceptions to the lists above: endings inside names ("Республикасындағы", "әкімінің"). */
export const KK_NAME_ENDINGS: readonly string[] = [
  "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "ның", "нің", "дың", "дің", "тың", "тің",
  "лармен", "лермен", "дармен", "дермен", "тармен", "термен",
];

/**
 * Whole words (lower case) inside names whose end looks like a case ending of KK_NON_NAME_ENDINGS
 * or KK_CAPITALIZED_NON_NAME_ENDINGS but is part of the word: "сауда" (trade: "Сауда және
 * интеграция министрлігі"), "орда"; or a case form that ministries' names keep ("Еңбек және
 * халықты әлеуметтік қорғау министрлігі").
 */
export const KK_NAME_WORDS_LIKE_ENDINGS: readonly string[] = ["сауда", "орда", "халықты"];

/**
 * Postpositions inside official names that take a word in the dative before them: "Сыбайлас жемқорлыққа қарсы іс-қимыл
 * агенттігі" (the Anti-Corruption Agency); and those dative endings. The dative word is part of the name there.
 */
export const KK_DATIVE_POSTPOSITIONS: readonly string[] = ["қарсы"];
export const KK_DATIVE_ENDINGS: readonly string[] = ["ға", "ге", "қа", "ке", "на", "не"];
/** The conjunction before the last item of a remit listed with commas inside a name ("А, Б және В министрлігі"). */
export const KK_LIST_AND = "және";

/**
 * Words of a company's trade between its quoted name and its head: «Алтын» тау-кен компаниясы, «Цзяннань»
 * машина жасау корпорациясы (at most two of them; whole words, lower case).
 */
export const KK_HEAD_MODIFIERS: readonly string[] = [
  "тау-кен", "кен", "құрылыс", "машина жасау", "мұнай-газ", "мұнай", "газ", "энергетикалық", "энергетика",
  "көлік", "көлік-логистикалық", "логистикалық", "сауда", "инвестициялық", "қаржы", "қаржылық", "металлургиялық",
  "химиялық", "фармацевтикалық", "телекоммуникациялық", "өндірістік", "агроөнеркәсіптік", "агро", "халықаралық",
  "мемлекеттік", "жеке", "ірі", "қытайлық", "түрік",
];

/**
 * Words that describe what a body does, between its quoted name and its head (at most three, lower case): adjectives
 * ("республикалық мемлекеттік кәсіпорны", "инновациялық орталығы"), plural nouns ("балалар ансамблі"), verbal nouns
 * and their objects ("қызмет көрсету орталығы", "кәсіпкерлікті қолдау қоры"). A noun in the possessive
 * ("бағдарламасы") or a postposition ("бойынша") is none: the quoted name is that noun's, not the body's.
 */
export const KK_DESCRIPTIVE_ENDINGS: readonly string[] = [
  "лық", "лік", "дық", "дік", "тық", "тік", "лар", "лер", "дар", "дер", "тар", "тер",
];
/** Words of such a description that no ending shows (bare nouns and adjectives). */
export const KK_DESCRIPTIVE_WORDS: readonly string[] = [
  "арнайы", "ғылыми", "қосымша", "білім", "қызмет", "би", "орман", "мәдени", "әскери", "ұлттық", "жалпы", "қоғамдық",
  // a compound noun of a trade ("орман шаруашылығы", "ауыл шаруашылығы": forestry, farming)
  "ауыл", "су", "шаруашылығы",
  // the kind of a members' partnership or cooperative ("«Зейнеткер» саяжай серіктестігі": a dacha partnership)
  "саяжай", "тұтыну", "пәтер", "иелері",
  // nationality words ("неміс фирмасы"; "германиялық" has its ending)
  "неміс", "қытай", "орыс", "ағылшын", "корей", "жапон", "француз", "итальян", "үнді", "араб",
];

/**
 * Lower-case words that link two capitalized parts of one name ("Әл-Фараби атындағы Қазақ ұлттық университеті",
 * "Президент жанындағы Мемлекеттік басқару академиясы", "Индустрия және Инфрақұрылымдық даму министрлігі"). Any
 * other lower-case word before a capitalized one ends what comes before it: "Ресей тарапы Еуразиялық экономикалық
 * комиссиясы", "2017 жылы Жоғары Еуразиялық кеңес" name the commission and the council alone.
 */
export const KK_NAME_LINK_WORDS: readonly string[] = ["атындағы", "жанындағы", "қарамағындағы", "және"];
/** The link word after the person a body is named after: the person's initials before the surname belong to the name ("Л.Н. Гумилев атындағы"). */
export const KK_EPONYM_LINK = "атындағы";

/** Words joining two quoted names that share one head: «A» және «B» компаниялары. */
export const KK_CONNECTORS: readonly string[] = ["және", "мен", "бен", "пен"];

/**
 * Endings of a verbal noun ("Кездесу", "Жинау"): such a word at a sentence start, before a
 * capitalized name, opens the sentence and is not part of the name.
 */
export const KK_VERBAL_NOUN_ENDINGS: readonly string[] = ["у", "ю"];

/**
 * Accusative endings: a word in the accusative at a sentence start, before a capitalized name, is the object of the
 * sentence ("Жобаны Қазақстанның Даму банкі қаржыландырады"), not part of the name; places that end so ("Алматы")
 * are names (KK_NAME_WORDS).
 */
export const KK_ACCUSATIVE_ENDINGS: readonly string[] = ["ны", "ні", "ды", "ді", "ты", "ті"];

/**
 * Heads of plants (stems): after a place in the attributive locative and common nouns only, such a phrase describes a
 * plant ("Шу ауданындағы қант зауыты"), where a body's head makes a name ("Еуропадағы … ұйымы").
 */
export const KK_PLANT_HEAD_STEMS: readonly string[] = ["зауыт", "фабрика", "комбинат", "кешен", "цех"];

/** Attributive locative endings: "Қытайдағы" (in China) names where a body sits, not whose it is. */
export const KK_LOCATIVE_ATTRIBUTIVE: readonly string[] = ["дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі"];

/**
 * Genitive endings: a capitalized word in the genitive before a company name is its owner or
 * country ("Қытайдың Хуадянь корпорациясы", "Қытайдың KazBeef ЖШС"), not a word of the name.
 */
export const KK_GENITIVE_ENDINGS: readonly string[] = ["ның", "нің", "дың", "дің", "тың", "тің"];

/**
 * Case endings that end a name written with no hyphen before them and are no end of a word Chinese in Cyrillic
 * ("Хэнань Юйтун Бастың", "… Баспен"): the genitive and the instrumental.
 */
export const KK_NAME_CASE_ENDINGS: readonly string[] = [...KK_GENITIVE_ENDINGS, "мен", "бен", "пен"];

/** Company heads (lower case) whose names do not start with an owner in the genitive (see KK_GENITIVE_ENDINGS). */
export const KK_COMPANY_HEADS: readonly string[] = [
  "корпорациясы", "корпорация", "компаниясы", "холдингі", "концерні", "тобы", "серіктестігі",
];

/**
 * Heads that after one sentence-opening common noun name a stock or reserve, not a fund: "Астық
 * қоры жеткілікті" (the grain stock), "Су қоры азайды" (the water reserve). A fund's name has more
 * words, or the bare head after an adjective ("Ұлттық қор").
 */
export const KK_STOCK_HEADS: readonly string[] = ["қоры"];

/**
 * Heads that also name a place: "орталығы" is a city's centre or a region's capital after a word in
 * the genitive ("Астана қаласының орталығында"), an administrative unit ("облыс орталығынан") or a
 * modifier of KK_PLACE_SENSE_MODIFIERS ("индустриялық орталығы"); otherwise a body ("Назарбаев орталығы").
 */
export const KK_PLACE_HEADS: readonly string[] = ["орталығы"];

/** Administrative units (lower case) whose centre is a place: "облыс орталығы", "аудан орталығы". */
export const KK_ADMINISTRATIVE_UNITS: readonly string[] = [
  "облыс", "облысы", "аудан", "ауданы", "қала", "қаласы", "ауыл", "ауылы", "кент", "өңір", "өңірі",
];

/**
 * A local government body named by its unit alone, lower case, after the unit's name came earlier in
 * the text: "облыс әкімдігі мен «Самұрық-Энерго» АҚ" is the regional akimat. Unit words (lower case)
 * and the heads (as in KK_INSTITUTION_HEADS) they make a body with.
 */
export const KK_LOCAL_BODY_UNITS: readonly string[] = ["облыс", "облыстық", "аудан", "аудандық", "қала", "қалалық"];
export const KK_LOCAL_BODY_HEADS: readonly string[] = ["әкімдігі", "мәслихаты"];

/** Modifiers before "орталығы" that make it a hub, not a body: "индустриялық орталығы". */
export const KK_PLACE_SENSE_MODIFIERS: readonly string[] = ["индустриялық", "өнеркәсіптік", "әкімшілік", "логистикалық"];

/**
 * Facilities named with a body's head (lower case, the head as in KK_INSTITUTION_HEADS): a heat and
 * power plant, "Екібастұз жылу электр орталығы", is a plant, not an organization; so is a concentrator or processing
 * plant ("Кен байыту фабрикасы").
 */
export const KK_FACILITY_PHRASES: readonly string[] = ["жылу электр орталығы", "электр орталығы", "байыту фабрикасы", "өңдеу фабрикасы"];

/** Plural endings: a plural noun before a numbered body ("Дәрігерлер №7 емханасында") is no word of its name. */
export const KK_PLURAL_ENDINGS: readonly string[] = ["лар", "лер", "дар", "дер", "тар", "тер"];
