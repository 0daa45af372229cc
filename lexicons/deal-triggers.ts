/**
 * The words deal assembly reads, per language: document kinds, project and facility nouns,
 * construction, signing and launch verbs, date-role cues, and the cues that mark statistics,
 * totals, first stages, a new deal, an anaphor or a package.
 *
 * Each entry is a stem: it matches at a word start and may be followed by any letters
 * ("меморандум" finds "меморандумдарға"). An entry starting with "=" must be the whole word.
 * Spaces inside an entry match any white space. The longest entry wins, so a plural stem
 * ("жобалар") or a blocker in `ignore` ("договорённост") beats a shorter one ("жоба", "договор").
 */

export type CueCategory =
  // document kinds (the deal's `kind`)
  | "memorandum" | "agreement" | "framework_agreement" | "contract" | "protocol"
  /** a project noun */
  | "project"
  /** a plural project or document noun: the text speaks of several */
  | "plural"
  /** a facility: plant, station, factory, hotel… (a trigger together with a figure or a verb) */
  | "facility"
  /** construction, implementation, modernization */
  | "build"
  /** expanding: a trigger together with a facility ("зауытын кеңейтеді") */
  | "expand"
  /** opening: a trigger together with a facility ("откроет завод", "зауыт ашады", "will open a plant") */
  | "open"
  /** signing verbs and nouns */
  | "sign"
  /** launch / commissioning */
  | "launch"
  /** date roles */
  | "start" | "completion"
  /** the head of a capacity ("қуаты", "мощностью"): lets a sentence with no trigger add a capacity */
  | "measure"
  /** national or regional statistics, targets, FDI totals: such a sentence is not about a deal */
  | "statistic"
  /**
   * an investment volume ("объем инвестиций"): a statistic, unless the sentence right after a deal
   * speaks of one project ("Объем инвестиций составит 120 млн долларов")
   */
  | "volume"
  /** realized, in the past ("іске асырылды", "реализовали", "implemented"): projects counted so are a tally */
  | "done"
  /** a total over several deals ("общая стоимость", "жалпы құны") */
  | "total"
  /** a first stage: its sum is not the deal's amount */
  | "stage"
  /**
   * "еще один", "тағы бір", "another", "meanwhile": a new deal starts; also "в частности", "in particular":
   * an item detailed after a package that carried no party (the package and its total go)
   */
  | "another"
  /**
   * "separately", "отдельно", "бұдан бөлек": what follows is a deal of its own, not an item of the package
   * before it (the package keeps its total)
   */
  | "apart"
  /** "также", "сондай-ақ", "also": with a newly signed document, a new deal starts */
  | "also"
  /** ordinals ("первому", "екінші"): a new deal when a project or document noun follows */
  | "ordinal"
  /** "осы жоба", "этот проект", "құжат", "the plant": points back to the deal being described */
  | "anaphor"
  /**
   * a bare document noun ("құжатқа", "документ", "the document"): signed, it is the document kind named
   * before in the deal ("Меморандум предусматривает … Документ подписан" → memorandum)
   */
  | "document"
  /**
   * "бірлесіп", "совместно с", "jointly with": a partner named with the deal being described
   * ("Жоба «X» компаниясымен бірлесіп жүзеге асырылады") joins it
   */
  | "jointly"
  /**
   * an event right after an organization's name ("the Kazakhstan-China Business Council meeting", "заседании …",
   * "отырысында"): the organization is where the deal was signed, not a party
   */
  | "venue"
  /** "бірқатар", "несколько": several, when a project or document noun follows */
  | "several"
  /**
   * buying or selling ("acquire", "приобрет", "сатып ал"): with a `stake` word in the same sentence, a stake changes
   * hands, an agreement ("agreed to buy a 49% stake in X for $310 million", "приобретет 30% акций")
   */
  | "transfer"
  /** a stake or shares in a company ("stake", "доля", "пакет акций", "үлес"): see `transfer` */
  | "stake"
  /**
   * the present state ("currently", "сейчас", "қазір"): a capacity said so, with no construction or launch word, is what
   * stands today, not what a deal that has its capacity already builds ("Сейчас мощность завода составляет 6 млн тонн")
   */
  | "current"
  /** a meeting's talk ("талқыланды", "обсудили", "discussed"): with a figure or an object, the deal of the company met before */
  | "discuss"
  /** support ("қолдайды", "поддержит", "will support"): state bodies that support a deal, with no figure, are not its parties */
  | "support"
  /**
   * supplying the equipment or building as the contractor ("Оборудование поставила китайская компания X", "The equipment
   * was supplied by X", "Мердігер ретінде «X» компаниясы таңдалды"): the company named so right after the deal, with no
   * figure, is its party
   */
  | "supply"
  /**
   * the deal's history ("Ранее …", "Напомним, …", "The deal follows a memorandum signed in 2023", "Бұған дейін …"): a
   * document signed then is an earlier one, whose date and kind are not the deal's
   */
  | "earlier"
  /**
   * a word for any deal ("deal", "сделка", "мәміле"), also listed as an agreement: a document of a specific kind
   * signed later in the deal ("signed a contract") is its kind
   */
  | "generic"
  /** nationality adjectives before a party */
  | "china" | "kazakhstan"
  /** blockers: longer words that must not be read as a shorter trigger */
  | "ignore";

export type CueLexicon = Partial<Record<CueCategory, readonly string[]>>;

/** Case forms of the Kazakh past participle of a launch that speak of one to come ("іске қосылғаннан кейін"): not done. */
const KK_LAUNCH_TO_COME = [
  "іске қосылғанн", "іске қосылғанға", "іске қосылғанда", "пайдалануға берілгенн", "пайдалануға берілгенге", "пайдалануға берілгенде",
];
/** Past passive forms of a launch in Russian ("были введены"): a launch, its completion, and done. */
const RU_LAUNCHED = ["был введен", "была введена", "было введено", "были введены", "был запущен", "была запущена", "были запущены"];
/**
 * Serial output, which a plant's launch starts ("стартовало серийное производство тракторов", "serial production of cars
 * began"): a launch and its completion, as "запуск" is.
 */
const RU_SERIAL_OUTPUT = [
  "серийное производств", "серийного производств", "серийный выпуск", "серийного выпуск", "серийную сборк", "серийная сборк",
  // output begun ("ТОО «X» начало сборку автомобилей", "приступило к выпуску")
  "начал сборку", "начала сборку", "начало сборку", "начали сборку", "начал выпуск", "начала выпуск", "начало выпуск", "начали выпуск",
  "приступил к сборке", "приступила к сборке", "приступило к сборке", "приступили к сборке", "приступил к выпуску", "приступила к выпуску",
  "приступило к выпуску", "приступили к выпуску",
];
const EN_SERIAL_OUTPUT = ["serial production", "series production", "mass production", "started assembling", "began assembling", "started assembly",
  "began assembly", "has started production", "started production", "began production"];
const KK_SERIAL_OUTPUT = ["сериялық өндір", "сериялық шығар", "сериялық құрастыр",
  // output begun ("«X» ЖШС … көліктерін құрастыра бастады", "өнім шығаруды бастады")
  "құрастыра бастад", "құрастыруды бастад", "шығара бастад", "шығаруды бастад", "өндіре бастад", "өндіруді бастад"];
/** Past forms of a launch in English ("was commissioned"): a launch, its completion, and done. */
const EN_LAUNCHED = ["was commissioned", "has been commissioned", "have been commissioned", "was put into operation"];
/** Future forms of a launch in English ("will be commissioned"): a launch and its completion, longer than done's. */
const EN_TO_LAUNCH = ["will be commissioned", "to be commissioned", "will be launched", "to be launched"];

export const DEAL_CUES: Readonly<Record<"kk" | "ru" | "en", CueLexicon>> = {
  kk: {
    memorandum: ["меморандум", "өзара түсіністік туралы меморандум", "меморандумдар"],
    agreement: ["келісім", "келісімдер", "мәміле"],
    generic: ["мәміле"],
    framework_agreement: ["негіздемелік келісім", "рамалық келісім"],
    contract: ["келісімшарт", "келісім-шарт", "келісімшарттар"],
    protocol: ["хаттама"],
    project: [
      "жоба", "инвестжоба", "жобалар", "инвестжобалар", "осы жобалар", "бұл жобалар", "осы жоба", "бұл жоба", "аталған жоба",
      // (also `jointly`: the longest entry wins, so the project noun in it is listed with it)
      "жобаның серіктес", "жоба серіктес",
      // a joint venture set up is a project ("бірлескен кәсіпорын құрды")
      "бірлескен кәсіпорын",
    ],
    plural: ["жобалар", "инвестжобалар", "осы жобалар", "бұл жобалар", "меморандумдар", "келісімдер", "келісімшарттар"],
    facility: [
      "зауыт", "фабрика", "станция", "электр станция", "электрстанция", "=ЖЭС", "=КЭС", "=ЖЭО", "кешен", "қондырғы",
      "кен орны", "кен орнын", "кеніш", "комбинат", "терминал", "қойма", "қонақ үй", "қонақүй", "кәсіпорын", "цех", "дата-орталық", "деректер орталығ", "элеватор",
      "=хаб", "=хабы", "=хабтың", "=хабын", "=хабқа",
      // an oil refinery ("Шымкент МӨЗ-ін жаңғырту")
      "=МӨЗ",
    ],
    build: [
      "салу", "салын", "салад", "салмақ", "салып", "салат", "құрылыс", "іске асыр", "жүзеге асыр", "жүзеге ас", "жаңғырт", "қолға алын",
      "қолға алмақ", "қолға ал", "инвестициялық шешім", "өндірісін ашу", "іске асырылды", "іске асырылып", "іске асырып", "жүзеге асты", "жүзеге асырылды",
      // investing in something to come (present-future and intent forms; a past "инвестициялады" is often a statistic)
      "инвестициялайды", "инвестицияламақ", "инвестициялауды жоспарла", "инвестиция салмақ", "инвестиция салады",
      // setting up or localizing a production ("өндірісін жолға қояды", "өндірісін локализациялайды")
      "жолға қо", "локализ",
    ],
    done: [
      "іске асырылды", "іске асырылып", "іске асырып", "жүзеге асты", "жүзеге асырылды", "іске қосылды", "пайдалануға берілді",
      // the past participle ("өткен жылы … екі күн электр станциясы іске қосылған"), not its case forms of a launch to
      // come ("іске қосылғаннан кейін", "іске қосылғанға дейін", "іске қосылғанда": KK_LAUNCH_TO_COME, longer)
      "іске қосылған", "пайдалануға берілген", "іске асырылған",
    ],
    // (also built, in the past: "зауыт салды", "«X» ЖШС салған зауыт"; like expanding, a trigger only beside a facility,
    // as "салу" also puts forward: "ұсыныстарды ортаға салды", "долларды салды")
    expand: ["кеңейт", "ұлғайт", "салды", "салған"],
    open: ["=ашады", "=ашпақ", "=ашу", "=ашуды", "=ашуға", "=ашылады", "=ашылуы", "=ашылмақ", "=ашылды", "=ашты", "=ашқан"],
    sign: ["қол қой", "қол қою"],
    // (a past launch is also `done`: the longest entry wins, so it is listed in both)
    launch: ["іске қос", "пайдалануға бер", "пайдалануға беріл", "іске қосылды", "пайдалануға берілді", "іске қосылған", "пайдалануға берілген", ...KK_LAUNCH_TO_COME,
      ...KK_SERIAL_OUTPUT],
    start: ["бастал", "басталу", "бастай", "бастады", "=бастау", "бастауға", "бастауды", "бастауын", "бастамақ", "іргетасы қаланады", "іргетасын қала"],
    measure: [
      "қуаты", "қуатын", "қуатымен", "өнімділіг", "өндірістік қуат", "өңдей", "өңдейтін", "өндіреді", "өндіретін", "шығарад",
      "шығаратын", "өткізу қабілет",
      // the passive ("тәулігіне 60 тонна сүт өндіріледі")
      "өндіріледі", "өндірілетін", "шығарылады", "шығарылатын", "өңделеді", "өңделетін",
    ],
    completion: [
      "іске қос", "пайдалануға бер", "пайдалануға беріл", "аяқта", "толық қуат", "жобалық қуат", "жұмысын бастайды", "жұмыс істей бастайды", "өндірісті бастайды", "өнім шығаруды бастайды", "өнім шығара бастайды", "өндіріс басталады", "=ашылады", "=ашылуы", "=ашылмақ",
      "іске қосылды", "пайдалануға берілді", "іске қосылған", "пайдалануға берілген", ...KK_LAUNCH_TO_COME, ...KK_SERIAL_OUTPUT,
      // the first output of a plant or field dates its completion
      "алғашқы өнім", "алғашқы мұнай", "алғашқы газ",
    ],
    statistic: [
      "жылдың қорытындысы", "айдың қорытындысы", "тоқсанның қорытындысы", "жартыжылдықтың қорытындысы",
      "құрылғаннан бастап", "тікелей шетелдік инвестиция", "шетелдік тікелей инвестиция", "жалпы көлемі", "индикатор",
      "тауар айналым", "сауда айналым", "көрсеткіш", "жеткізуді көзде", "жеткізу көзде", "жоспар артығымен",
      "жыл басынан бері", "жылдың басынан бері", "басынан бері",
      // investment attracted, in the past, is a region's or a country's tally ("облысқа 400 млрд теңге инвестиция
      // тартылды"; "тартылады", to come, may be one enterprise's, and "тартылған инвестиция" a package's)
      "инвестиция тартылды", "инвестициялар тартылды",
      // (the participle as the predicate, "… 2,4 млрд доллар тікелей инвестиция тартылған", the same tally; any direct
      // investment is a country's)
      "инвестиция тартылған", "инвестициялар тартылған", "тікелей инвестиция",
      // a localization level, a target share of the product ("локализация деңгейі 2028 жылға қарай 50 пайызға жетеді")
      "локализация деңгей", "локализациялау деңгей", "оқшаулау деңгей",
      // what a running business sold or earned, not what it invests
      "өнім өткізді", "өнімін өткізді", "өнім өткізілді", "өнім өткізу көлемі", "таза пайда", "таза табыс",
    ],
    total: ["жалпы құны", "жалпы сомасы", "жиынтық құны", "барлығы", "жалпы қуат", "жиынтық қуат"],
    // the investment in the deal, said apart from it ("Инвестиция көлемі 35 млрд теңгені құрайды")
    volume: ["инвестиция көлемі", "инвестициялар көлемі", "инвестицияның көлемі", "салынатын инвестиция көлемі"],
    stage: ["алғашқы кезең", "бірінші кезең", "бастапқы кезең"],
    another: [
      "тағы бір", "тағы да бір", "бұл арада", "атап айтқанда", "соның ішінде", "соның бірі",
      // the largest items of a package ("Ең ірі жобалардың бірі …", "Олардың ішінде …")
      "ең ірі", "ірілерінің бірі", "олардың ішінде", "олардың бірі", "солардың бірі", "солардың ішінде",
    ],
    also: ["сондай-ақ", "сонымен қатар", "бұдан бөлек", "бұдан басқа", "сонымен бірге"],
    apart: ["бұдан бөлек", "бұдан басқа"],
    ordinal: [
      "=бірінші", "=екінші", "=үшінші", "=төртінші", "=бесінші", "=алғашқы", "=біріншісі", "=екіншісі", "=үшіншісі",
      "=төртіншісі", "=бесіншісі",
    ],
    anaphor: [
      "осы жоба", "бұл жоба", "аталған жоба", "осы зауыт", "бұл зауыт", "аталған зауыт", "=құжат", "=құжатқа", "=құжатта",
      "=құжатпен", "=құжаттың", "=құжатты", "осы құжат", "аталған құжат",
    ],
    document: [
      "=құжат", "=құжатқа", "=құжатта", "=құжатпен", "=құжаттың", "=құжатты", "=құжаты", "=құжатына", "=құжатын",
      "=құжаттар", "=құжаттарға", "=құжаттарды", "=құжаттардың", "=құжаттарына", "осы құжат", "аталған құжат",
    ],
    several: ["=бірқатар", "=бірнеше"],
    // (its contractor is working with it too: "бас мердігері – X")
    earlier: ["бұған дейін", "=бұрынырақ", "еске сала кетейік"],
    // (and its contractor named so: "Мердігер ретінде «X» компаниясы таңдалды")
    supply: ["жабдық жеткізуші", "жабдықты жеткіз", "жабдығын жеткіз", "жабдықтарын жеткіз", "жабдықтарды жеткіз", "жабдықпен қамтамасыз",
      "мердігер ретінде", "бас мердігер", "жобаның мердігері", "құрылыс мердігері"],
    discuss: ["талқыла"],
    support: ["қолдай", "қолдау көрсет"],
    current: ["=қазір", "қазіргі таңда", "қазіргі уақытта", "қазіргі кезде", "=бүгінде"],
    transfer: ["сатып ал", "=сатады", "=сатты", "=сатпақ", "=сатқан", "=сату", "=сатуы", "=сатуға"],
    // (the object forms: "акциялары құлады", shares fell, is no stake changing hands)
    stake: ["үлесін", "үлесінің", "үлесі", "=акцияларын", "=акциясын", "акциялар пакет", "акция пакет"],
    jointly: ["бірлесіп", "бірлесе",
      // the project's partner named so ("Жобаның серіктесі – қытайлық X компаниясы")
      "жобаның серіктес", "жоба серіктес", "серіктесі ретінде", "=серіктестікте", "әріптестікте", "мердігер",
      // a lender's share of the deal ("қалғаны – «ҚДБ» АҚ-ның қарыз қаражаты")
      "қарыз қаражат", "несие қаражат", "кредиттік қаражат", "қарыз есебінен", "несие есебінен"],
    venue: ["отырыс", "=форумы", "=форумында", "=саммиті", "=саммитінде", "=сессиясы", "=сессиясында"],
    china: ["қытайлық", "=қытай", "=қытайдың", "=ҚХР"],
    kazakhstan: ["қазақстандық", "отандық"],
    ignore: ["келіссөз", "салалар", "салас", "сала", "салада", "салаға", "жобалау"],
  },
  ru: {
    memorandum: ["меморандум", "меморандумов", "меморандумы", "меморандумам", "меморандумами", "меморандумах"],
    // a deal ("сделка") closed is an agreement
    agreement: ["соглашени", "соглашений", "соглашениям", "соглашениями", "соглашениях", "сделк"],
    generic: ["сделк"],
    framework_agreement: [
      "рамочное соглашени", "рамочного соглашени", "рамочному соглашени", "рамочным соглашени", "рамочном соглашени",
      "рамочные соглашени", "рамочных соглашени",
    ],
    contract: ["контракт", "договор", "контрактов", "договоров"],
    protocol: ["протокол"],
    project: ["проект", "инвестпроект", "этот проект", "этого проект", "данный проект", "данного проект", "проекты", "проектов", "проектам", "проектами", "проектах", "инвестпроектов", "инвестпроекты",
      // (also `jointly`: the longest entry wins, so the project noun in it is listed with it)
      "партнером проекта", "партнёром проекта", "партнер проекта", "партнёр проекта",
      // a joint venture set up is a project, as in English ("создадут совместное предприятие по переработке …", "СП")
      "совместное предприятие", "совместного предприятия", "совместному предприятию", "совместным предприятием",
      "совместном предприятии", "=СП"],
    plural: [
      "проекты", "проектов", "проектам", "проектами", "проектах", "инвестпроектов", "инвестпроекты",
      "меморандумов", "меморандумы", "меморандумам", "меморандумами", "меморандумах",
      "соглашений", "соглашениям", "соглашениями", "соглашениях", "контрактов", "договоров",
    ],
    facility: [
      "завод", "фабрик", "станци", "электростанци", "ветроэлектростанци", "ветростанци", "=ВЭС", "=СЭС", "=ГЭС", "=ТЭЦ",
      "=ТЭС", "комбинат", "комплекс", "месторождени", "рудник", "терминал", "гостиниц", "отел", "предприяти", "цех",
      "установк", "энергоблок", "центр обработки данных", "дата-центр", "элеватор", "склад",
      // an oil refinery, a gas processing plant ("модернизация Шымкентского НПЗ")
      "=НПЗ", "=ГПЗ",
    ],
    build: [
      "строительств", "строит", "построит", "постро", "возвед", "реализаци", "реализу", "модерниз", "реконструкц", "разработк",
      "реализовал", "реализован", "инвестиционное решение", "инвестиционного решения",
      // to come, not done: the longest entry wins over done's "реализован"
      "будет реализован", "будут реализован", "может быть реализован", "планируется реализовать",
      // investing in something to come (future and intent forms; a past "инвестировал" is often a statistic)
      "=инвестирует", "=инвестируют", "=инвестировать", "=вложит", "=вложат", "=вложить", "=намерена вложить",
      // setting up or localizing a production ("наладит производство", "локализует выпуск", "организует производство")
      "локализ", "налад", "налажива", "организует производств", "организуют производств", "организовать производств",
    ],
    done: [
      "реализовал", "реализован", "введено в эксплуатацию", "введены в эксплуатацию", "запущено", "запущены", ...RU_LAUNCHED,
    ],
    expand: ["расшир", "увеличи"],
    open: [
      "=откроет", "=откроют", "=открыть", "=откроется", "=откроются", "=открытие", "=будет открыт", "=будет открыто", "=будет открыта",
      // opened, as "opened" and "ашты" are
      "=открыл", "=открыла", "=открыло", "=открыли",
    ],
    sign: ["подписа", "подпиш", "заключил", "заключен", "заключени", "заключа"],
    // (a past launch is also `done`: the longest entry wins, so it is listed in both)
    launch: [
      "ввод", "введен", "запуск", "запущ", "запуст", "эксплуатаци", "введено в эксплуатацию", "введены в эксплуатацию", "запущено", "запущены",
      ...RU_LAUNCHED, ...RU_SERIAL_OUTPUT,
    ],
    start: ["начн", "начал", "старт", "начат", "приступ",
      // laying the foundation or the capsule ("церемония закладки капсулы", "заложили первый камень")
      "закладк", "заложил", "заложен", "первый камень", "первого камня"],
    measure: ["мощност", "производительност", "перерабатыва", "производить", "производит", "выпускать", "выпуска", "пропускн", "переработк",
      // output as the subject ("Производство мяса птицы увеличится до 40 тыс. тонн в год")
      "=производство", "=выпуск",
      // power generated a year ("будет вырабатывать 350 млн кВт·ч")
      "вырабатыва", "выработ", "генерир"],
    completion: [
      "ввод", "введен", "эксплуатаци", "заверш", "сдач", "запуск", "запущ", "запуст", "проектную мощность",
      "введено в эксплуатацию", "введены в эксплуатацию", "запущено", "запущены", ...RU_LAUNCHED, ...RU_SERIAL_OUTPUT,
      "проектной мощност", "начнет работу", "начнёт работу", "начнет работать", "начнёт работать", "=заработает", "=откроется",
      // the start of output ("начнет выпуск", "производство начнется")
      "начнет выпуск", "начнёт выпуск", "начнет производство", "начнёт производство", "начнется выпуск", "начнётся выпуск",
      "начнется производство", "начнётся производство", "производство начнется", "производство начнётся", "выпуск начнется", "выпуск начнётся", "=откроют", "=будет открыт", "=будет открыто", "=будет открыта", "=открытие",
      // the first output of a plant or field dates its completion
      "первая нефть", "первую нефть", "первой нефти", "первый газ", "первого газа", "первая продукция", "первую продукцию",
      "первой продукции", "первая электроэнерги", "первую электроэнерги",
    ],
    statistic: [
      "за последние", "с начала года", "с начала текущего года", "с момента образования", "с момента создания",
      "по итогам год", "по итогам полугоди", "по итогам квартал", "по итогам первого", "по итогам прошлого",
      "прямых иностранных инвестиций", "прямые иностранные инвестиции",
      "общий объем", "общий объём", "товарооборот", "должна привлечь", "должен привлечь", "должны привлечь",
      "показател", "индикатор", "целевой показател",
      // a localization level, a target share of the product ("Уровень локализации … к 2028 году планируется довести до 50%")
      "уровень локализации", "уровня локализации", "уровнем локализации", "доля локализации", "долю локализации",
      // investment attracted into a region or a country is its tally ("в область привлечено 400 млрд тенге инвестиций")
      "привлечено инвестиций", "привлечены инвестиции", "привлечено иностранных инвестиций",
      "в регион привлечено", "в область привлечено", "в регион привлечены", "в область привлечены", "в регион было привлечено",
      "в область было привлечено", "в страну привлечено", "в республику привлечено",
      // what a running business sold or earned, not what it invests
      "реализовано продукци", "реализовал продукци", "реализовала продукци", "реализовало продукци", "реализовали продукци",
      "произведено продукци", "выпущено продукци", "было произведено", "было выпущено", "объем производства", "объём производства", "объем продаж", "объём продаж",
      "выручк", "чистая прибыль", "чистую прибыль", "чистой прибыли",
    ],
    volume: [
      "объем инвестиций", "объём инвестиций", "общий объем инвестиций", "общий объём инвестиций", "общий объем вложений",
      "общий объём вложений", "объем вложений", "объём вложений",
    ],
    total: ["общая стоимость", "общей стоимост", "общую стоимость", "общая сумма", "общей сумм", "общую сумм", "суммарн", "в общей сложности", "итого", "=всего",
      "общая мощность", "общей мощност", "общую мощность", "совокупн",
      // the whole after a stage's sum ("в первую очередь составит 90 млн долларов, общий – 300 млн долларов")
      "=общий", "=общая", "=общий объем", "=общий объём"],
    stage: ["первый этап", "первом этапе", "первого этапа", "первой очереди", "первая очередь", "на первом этапе",
      "первую очередь", "первая фаза", "первой фазы", "первую фазу", "первой фазе"],
    another: [
      "еще один", "ещё один", "еще одн", "ещё одн", "еще одного", "ещё одного", "тем временем", "=между тем", "в частности", "в том числе",
      "одним из них", "один из них", "одно из них", "одна из них", "одно из которых", "один из которых", "одним из которых",
      // the largest items of a package ("Среди крупнейших …", "Самый крупный проект …")
      "среди крупнейших", "в числе крупнейших", "среди них", "самый крупный", "самым крупным", "одним из крупнейших", "один из крупнейших",
      // the largest items of a package listed after it ("Наиболее крупные из них:", "Крупнейшие из них –")
      "наиболее крупные", "наиболее крупных", "крупнейшие из них", "самые крупные",
    ],
    also: ["=также", "кроме того", "помимо этого", "помимо того", "наряду с этим"],
    apart: ["=отдельно", "кроме того", "помимо этого", "помимо того"],
    ordinal: [
      "=первый", "=первому", "=первого", "=первом", "=первая", "=второй", "=второму", "=второго", "=втором", "=вторая",
      "=третий", "=третьему", "=третьего", "=третьем", "=третья", "=четвертый", "=четвертому", "=четвертого", "=четвертом",
      "=четвёртый", "=четвёртому", "=пятый", "=пятому", "=первое", "=второе", "=третье", "=четвертое", "=четвёртое",
      "=пятое",
    ],
    anaphor: [
      "этот проект", "этого проект", "этому проект", "этим проект", "данный проект", "данного проект", "данному проект",
      "данном проект", "этот завод", "данный завод", "=документ", "=документа", "=документу", "=документом", "=документе",
      "этот документ", "данный документ",
    ],
    document: [
      "=документ", "=документа", "=документу", "=документом", "=документе", "=документы", "=документов", "=документам",
      "этот документ", "данный документ",
    ],
    several: ["=несколько", "=ряд", "=ряда"],
    // (co-financing the deal's object is working with it too: "софинансирует проект")
    earlier: ["=ранее", "=напомним", "=прежде"],
    supply: [
      "оборудование поставил", "оборудование поставила", "оборудование поставило", "оборудование поставят", "оборудование поставит",
      "поставщик оборудован", "поставщиком оборудован", "поставил оборудован", "поставила оборудован", "поставило оборудован",
      "поставит оборудован", "поставку оборудован", "поставке оборудован",
      // its contractor named so ("Генподрядчиком выступает китайская X", "Подрядчиком выбрана …")
      "генподрядчиком", "генеральным подрядчиком", "подрядчиком выступ", "подрядчиком выбран", "подрядчиком стал", "подрядчиком станет",
    ],
    discuss: ["обсудил", "обсуждал", "обсуждени", "обсужден"],
    support: ["поддерж"],
    current: ["=сейчас", "в настоящее время", "на сегодняшний день", "на данный момент", "на текущий момент"],
    // (verbs and the sale of a stake: "продаж" alone is also sales, "доля продаж")
    transfer: [
      "приобрет", "приобрел", "приобрёл", "покупк", "=купит", "=купила", "=купило", "=купил", "=купили", "=купить", "выкуп", "поглощ",
      "=продаст", "=продала", "=продало", "=продал", "=продали", "=продать", "=продает", "=продаёт",
      "продажа доли", "продажу доли", "продаже доли", "продажи доли", "продажа акций", "продажу акций", "продаже акций", "продажи акций",
    ],
    stake: [
      // (the genitive of a quantity of shares, "30% акций", "покупка акций"; not "акции упали", shares fell)
      "=доля", "=долю", "=доли", "=долей", "=долями", "пакет акций", "пакета акций", "=акций", "уставного капитала",
      "продажа доли", "продажу доли", "продаже доли", "продажи доли", "продажа акций", "продажу акций", "продаже акций", "продажи акций",
    ],
    jointly: ["совместно с", "в партнерстве с", "в партнёрстве с", "в сотрудничестве с",
      // the project's partner named so ("Партнером проекта выступает китайская компания X")
      "партнером проекта", "партнёром проекта", "партнером выступ", "партнёром выступ", "партнер проекта", "партнёр проекта", "софинансир", "подрядчик", "генподрядчик", "субподрядчик",
      // a lender's share of the deal ("остальное – заемные средства АО «БРК»")
      "заемные средства", "заёмные средства", "заемных средств", "заёмных средств", "кредитные средства", "кредитных средств"],
    venue: ["заседани", "=форума", "=форуме", "=саммита", "=саммите", "=сессии"],
    china: ["китайск", "=КНР", "=Китая", "=Китаем"],
    kazakhstan: ["казахстанск", "отечественн"],
    ignore: ["договоренност", "договорённост", "договорил", "договорят", "договорит", "проектн", "строительных материал", "строительные материал", "строительным материал", "станционн"],
  },
  en: {
    memorandum: ["memorandum", "=MoU", "=MoUs", "=MOU", "memoranda", "=the memorandum"],
    // "signed a $2 billion deal": a deal signed is an agreement
    agreement: ["agreement", "agreements", "=the agreement", "=deal", "=deals", "=the deal"],
    generic: ["=deal", "=deals", "=the deal"],
    framework_agreement: ["framework agreement"],
    // (whole words: "contractor" names a party, not the document)
    contract: ["=contract", "=contracts", "=the contract"],
    protocol: ["protocol"],
    // a joint venture set up is a project ("will set up a joint venture", "the JV will produce …")
    project: ["project", "projects", "=this project", "=the project", "joint venture", "=JV",
      // (also `jointly`, as the Russian)
      "partner in the project", "the project's partner", "partner of the project"],
    plural: ["projects", "memoranda", "=MoUs", "agreements", "contracts", "=deals"],
    facility: ["plant", "power plant", "power station", "factory", "station", "=mill", "refinery", "complex", "terminal", "hotel", "=mine", "smelter", "facility", "wind farm", "solar farm", "data center", "data centre", "warehouse",
      "=the plant", "=this plant", "=the facility", "=the factory",
      "shopping center", "shopping centre", "shopping mall", "business center", "business centre",
    ],
    build: [
      "construct", "=build", "=builds", "=building", "=built", "implement", "moderniz", "modernis", "=develop", "=develops",
      "=developing", "implemented", "investment decision",
      // laying the foundation is building ("laid the foundation stone of a … center")
      "laid the foundation", "foundation stone", "groundbreaking",
      // to come, not done: the longest entry wins over done's "implemented"
      "will be implemented", "to be implemented", "would be implemented",
      // investing in something to come ("will invest", "plans to invest", "invests"); a past "invested" is often a statistic
      "=invest", "=invests",
      // setting up or localizing a production ("will localize the production of cars", "set up production")
      "localiz", "localis", "set up production", "establish production", "set up the production", "establish the production",
    ],
    done: ["implemented", "were launched", "were commissioned", "were put into operation", ...EN_LAUNCHED],
    expand: ["=expand", "=expands", "=expanding", "=expanded", "=upgrade", "=upgrades"],
    open: ["=open", "=opens", "=opening", "=opened", "=will open", "=to open", "=will be opened", "=to be opened"],
    sign: ["=sign", "=signs", "=signed", "=signing", "=inked"],
    // (a past launch is also `done`: the longest entry wins, so it is listed in both)
    launch: [
      "launch", "commission", "put into operation", "come online", "=opens", "=opened", "were launched", "were commissioned", "were put into operation",
      ...EN_LAUNCHED, ...EN_TO_LAUNCH, ...EN_SERIAL_OUTPUT,
    ],
    start: ["=start", "=starts", "=started", "=begin", "=begins", "=began", "commence", "groundbreaking",
      "laid the foundation", "foundation stone", "first stone", "time capsule"],
    measure: ["capacity", "=output", "=produce", "=produces", "=producing", "=process", "=processes", "=processing", "=handle", "=handles", "=handling",
      // power generated a year ("will generate 500 GWh of electricity per year")
      "=generate", "=generates", "=generating"],
    completion: [
      "complet", "commission", "put into operation", "come online", "=operational", "launch", "=to open", "=to be opened",
      "were launched", "were commissioned", "were put into operation", ...EN_LAUNCHED, ...EN_TO_LAUNCH, ...EN_SERIAL_OUTPUT,
      "=will open", "=will be opened", "=opens", "=opening",
      "=finish", "=finishes", "=finished", "=ends", "=ended", // "construction starts in 2026 and ends in 2028" (not "=end": "by the end of")
      "design capacity", "full capacity",
      // starting to operate is being completed ("is expected to start operations in 2027")
      "start operations", "begin operations", "commence operations", "start operating", "begin operating",
      "go online", "goes online", "due online", "brought online", "come on stream", "due on stream",
      "start production", "begin production", "commence production", "start producing", "begin producing",
      // production as the subject ("Production is expected to start in late 2026")
      "production will start", "production will begin", "production is expected to start", "production is expected to begin",
      "production is scheduled to start", "production is scheduled to begin", "production is due to start",
      "production is planned to start", "operations will start", "operations will begin", "operations are expected to start",
      // the first output of a plant or field dates its completion
      "first power", "first oil", "first gas", "first production", "first output",
    ],
    statistic: [
      "over the past", "in the past", "since the beginning", "foreign direct investment", "=FDI", "trade turnover",
      "=target", "=targets", "indicator", "must attract", "aims to attract", "should attract",
      // a localization level, a target share of the product ("The localization level will reach 50% by 2028")
      "localization level", "localisation level", "level of localization", "level of localisation", "localization rate", "localisation rate",
      // investment a region or a country attracted is its tally ("In 2024, the region attracted 400 billion tenge")
      "region attracted", "regions attracted", "oblast attracted", "province attracted", "country attracted",
      "region has attracted", "oblast has attracted", "country has attracted", "Kazakhstan attracted", "Kazakhstan has attracted",
      "attracted to the region", "attracted into the region",
      "attracted to the country", "attracted into the economy", "attracted to the economy",
      // what a running business sold or earned, not what it invests
      "products worth", "sold products", "net profit", "=revenue", "=revenues", "sales of",
    ],
    volume: [
      "investment volume", "volume of investment", "total investment", "total investments",
    ],
    total: ["total", "=combined", "overall", "in total", "altogether"],
    stage: ["first phase", "first stage", "phase one", "initial phase", "first tranche"],
    another: [
      "another", "one more", "=meanwhile", "separately", "in particular", "among them", "among those", "one of them",
      "the largest deal", "the biggest deal", "=the largest,", "=the biggest,", "the largest agreement", "the biggest agreement", "in a separate deal",
      "under a separate agreement",
      // the largest items of a package ("Among the largest, …", "The biggest of them …")
      "among the largest", "among the biggest", "among the major", "the largest of them", "the biggest of them",
      "one of the largest", "one of the biggest",
    ],
    also: ["=also", "in addition", "=besides", "=additionally"],
    apart: ["separately", "in addition", "=besides", "=additionally"],
    ordinal: ["=first", "=second", "=third", "=fourth", "=fifth"],
    anaphor: [
      "=this project", "=the project", "=the plant", "=this plant", "=the facility", "=the factory", "=the document",
      "=the smelter", "=the complex", "=the cluster", "=the hub", "=the mill", "=the station", "=the wind farm", "=the data centre",
      "=the data center",
      "=the agreement", "=the memorandum", "=the contract", "=the company", "=the deal", "=this deal",
    ],
    document: ["=document", "=documents", "=the document", "=the documents"],
    several: ["=several", "a number of", "a series of"],
    earlier: ["=earlier", "=previously", "follows a", "follows the", "following a", "builds on a", "builds on the"],
    supply: [
      "supplied the equipment", "supplies the equipment", "supply the equipment", "supplied equipment", "equipment supplier",
      "supplier of equipment", "equipment was supplied", "equipment is supplied", "equipment will be supplied", "equipment is being supplied",
      // its contractor named so ("The EPC contractor is China's X", "X was chosen as the general contractor")
      "the contractor is", "as the contractor", "as general contractor", "as the general contractor", "the general contractor is",
      "EPC contractor", "the EPC contractor",
    ],
    discuss: ["=discussed", "=discuss", "=discussing", "discussion"],
    support: ["=support", "=supports", "=supported", "=supporting", "=backs", "=backed"],
    current: ["=currently", "at present", "=presently", "at the moment"],
    transfer: [
      "=acquire", "=acquires", "=acquired", "=acquiring", "acquisition", "=buy", "=buys", "=bought", "=buying", "=purchase",
      "=purchases", "=purchased", "=sell", "=sells", "=sold", "=selling", "=sale", "takeover", "=take over", "=takes over",
    ],
    // (not "shares": "shares fell after the acquisition" is no stake changing hands)
    stake: ["=stake", "=stakes", "=equity", "controlling interest"],
    jointly: ["jointly with", "together with", "in partnership with", "in cooperation with",
      // the project's partner named so ("The project's partner is China's X", "X is the partner in the project")
      "partner in the project", "the project's partner", "partner of the project", "the partner is", "co-financ", "cofinanc", "co-fund", "contractor", "subcontractor",
      // a lender's share of the deal ("the rest is a loan from the Development Bank of Kazakhstan")
      "borrowed funds", "a loan from", "loan from the", "debt financing from"],
    venue: ["=meeting", "=forum", "=summit", "=session", "=plenary"],
    china: ["chinese", "=China's", "=PRC"],
    kazakhstan: ["kazakhstani", "=Kazakh", "domestic"],
    ignore: ["developer", "development bank", "projection", "constructive", "signal", "signific",
      // "total" as a verb ("Investment will total $450 million"): the amount of the one deal, not a total over several
      "will total", "would total", "to total", "totalled", "totaled", "totals", "totalling", "totaling"],
  },
};

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
    partyRef: ["компания", "инвестор", "корпорация", "=екі компания", "=тараптар", "=екі тарап"], ignore: ["компаниялар", "инвесторлар", "корпорациялар"],
    other: ["=басқа", "=өзге", "тағы бір"],
  },
  ru: {
    partyRef: ["компани", "инвестор", "корпораци", "=стороны", "=обе стороны"],
    ignore: ["компаниям", "компаниях", "инвесторы", "инвесторов", "инвесторам", "инвесторами", "корпорациям", "корпорациях"],
    other: ["=другая", "=другой", "=другую", "=другие", "=другого", "еще одн", "ещё одн", "=иная", "=иной"],
  },
  en: {
    partyRef: ["=the company", "=the investor", "=the corporation", "=the firm", "=the group", "=the two companies", "=both companies",
      "=the parties", "=the two sides", "=both sides"],
    ignore: ["the companies", "the investors"], other: ["=another", "=other"],
  },
};

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
}>> = {
  kk: {
    adjectives: ["жаңа", "тұрақты", "уақытша", "қосымша", "жергілікті"], nouns: ["жұмыс орн"],
    people: ["адам", "қызметкер", "жұмысшы", "маман", "тұрғын"],
    employedAfter: ["жұмыспен қамт", "жұмысқа орналас", "жұмысқа алын", "жұмысқа тарт", "жұмыс орнымен қамт", "жұмыс істей"],
    employBefore: [], approx: [],
    thousands: ["мың"], overAfter: ["астам", "аса", "артық", "жуық"], countEndings: ["ден", "дан", "тен", "тан", "нен", "нан", "ге", "ға", "ке", "қа"],
    temporary: ["уақытша"], temporaryContext: ["құрылыс кезінде", "құрылыс барысында", "құрылыс кезеңінде"], and: ["және"],
    lasting: ["тұрақты"], lastingLinks: [],
    nounsBeforeCount: ["жұмыс орны", "жұмыс орындары", "жұмыс орындарының саны", "жаңа жұмыс орындары", "тұрақты жұмыс орындары"],
  },
  ru: {
    adjectives: ["новых", "постоянных", "временных", "дополнительных", "высокооплачиваемых"],
    nouns: ["рабочих мест", "рабочие места", "рабочего места", "рабочее место"],
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
    temporaryContext: ["на период строительства", "в период строительства", "на время строительства", "в ходе строительства", "на этапе строительства"],
    and: ["и"], lasting: ["постоянных", "постоянные"], lastingLinks: [],
    nounsBeforeCount: [
      "рабочих мест", "рабочие места", "количество рабочих мест", "число рабочих мест", "новых рабочих мест", "постоянных рабочих мест",
    ],
  },
  en: {
    adjectives: ["new", "permanent", "temporary", "direct", "local"], nouns: ["jobs", "job", "workplaces", "positions"],
    people: ["people", "workers", "employees", "local residents", "specialists", "staff"],
    employedAfter: ["be employed", "be hired", "get jobs", "find jobs", "find work"],
    employBefore: ["employ", "hire", "jobs for", "employment for", "work for"],
    approx: ["about", "around", "over", "more than", "up to", "nearly", "some", "approximately", "at least", "almost"],
    thousands: ["thousand"], overAfter: [], countEndings: [],
    temporary: ["temporary"], temporaryContext: ["during construction", "during the construction", "in the construction phase"], and: ["and"],
    lasting: ["permanent"], lastingLinks: ["of them"],
    nounsBeforeCount: ["jobs", "new jobs", "permanent jobs", "number of jobs"],
  },
};

/** Heads of state-body names (matched in an organization's name, any language, lower case). */
export const STATE_BODY_STEMS: readonly string[] = [
  "әкімдіг", "әкімшіліг", "министрлі", "басқармас", "департамент", "комитет", "елшіліг", "консулдығ", "үкімет", "ақорда",
  "парламент", "мәжіліс", "сенат", "акимат", "администраци", "министерств", "управлени", "посольств", "консульств",
  "правительств", "ведомств", "народное правительство", "народного правительства", "партия", "партийн", "парткомитет",
  "ministry", "department", "committee", "embassy", "consulate", "government", "akimat", "administration", "municipal",
  "people's government", "партия комитет", "достық қоғам", "дружбы", "friendship",
  // local councils and the other bodies the organization recognizer names by their head alone
  "маслихат", "мәслихат", "maslikhat", "мэри", "кабмин", "кабинет министров", "прокуратур", "полици", "city hall",
  // state agencies ("Агентство по атомной энергии", "Атом энергиясы агенттігі", "the Atomic Energy Agency"; a news
  // agency is a medium, read first)
  "агентств", "агенттіг", "agency",
];

/** Media outlets are not parties (matched in an organization's name, lower case). */
export const MEDIA_STEMS: readonly string[] = [
  ".kz", "kazinform", "казинформ", "қазинформ", "tengrinews", "zakon", "newsroom", "хабар", "khabar", "sputnik",
  "тасс", "tass", "xinhua", "синьхуа", "синхуа", "reuters", "interfax", "интерфакс", "kursiv", "курсив", "forbes",
  "egemen", "егемен", "inbusiness", "bloomberg", "caravan", "караван",
  "риа новост", "ria novost", "ведомости", "vedomosti", "коммерсант", "kommersant", "известия", "izvestia", "cgtn", "cctv",
  "china daily", "global times", "people's daily", "жэньминь жибао", "казправда", "казахстанская правда", "astana times",
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
 * Words that name the investor's role in a sentence of its own ("Инвестором выступила компания «X»", "Жобаның
 * инвесторы – «X» ЖШС", "The investor is X"): right after a deal with no party, the organization it names is the
 * deal's party whether or not its country is known (src/deals/assemble.ts). Lower case, found anywhere in the sentence.
 */
export const INVESTOR_ROLE: readonly string[] = [
  "инвестором выступ", "инвестором проекта выступ", "инвестором является", "инвестор проекта", "инвестором стал",
  "инвесторы –", "инвесторы -", "инвесторы болып", "инвестор ретінде", "жобаның инвесторы", "инвесторы:",
  "the investor is", "the investor was", "the investor in the project is", "the project's investor is",
];

/**
 * Conjunctions that join two objects of one sentence, each with its own organization and sum, when the second object's
 * facility is named after the conjunction ("завод ТОО «X» стоимостью 90 млрд тенге и текстильная фабрика ТОО «Y»
 * стоимостью 15 млрд тенге") or, in Kazakh, where the head noun ends its phrase, the first object's before it («X»
 * ЖШС-нің құны 90 млрд теңге болатын цемент зауыты және «Y» ЖШС-нің …): the sentence is read as its two clauses
 * (src/deals/clauses.ts). Lower case, whole words.
 */
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
 * Words that make a state body the reporter of what the sentence says, not a party to it: before the body ("по
 * данным акимата", "как сообщает пресс-служба акимата", "according to the Ministry of Energy") or after it
 * ("Облыс әкімдігінің баспасөз қызметінің хабарлауынша", "әкімдіктің мәліметінше"). Lower case; a phrase matches
 * the words right before or right after the body's name (spaces between).
 */
export const REPORTER_BEFORE: readonly string[] = [
  "по данным", "по информации", "по сообщению", "пресс-служба", "пресс-службы", "пресс-службе", "как сообщили в",
  "сообщили в", "according to", "according to the", "the press service of", "press service of",

  // "…, деп хабарлады облыс әкімдігі"
  "деп хабарлады", "деп мәлімдеді",
  // a verb of saying after the comma that ends what the body reports ("…, сообщило Министерство энергетики", "…,
  // говорится в сообщении министерства")
  ", сообщило", ", сообщил", ", сообщила", ", сообщили", ", сообщает", ", сообщают", ", заявило", ", заявил", ", заявила",
  ", заявили", ", отметили в", ", уточнили в", ", говорится в сообщении", ", говорится в пресс-релизе",
];
/**
 * Before the exchange or regulator a company files with, which publishes what the company reports ("according to a
 * statement filed with the Shenzhen Stock Exchange", "в сообщении на бирже"): a source, whatever the organization.
 */
export const FILED_WITH_BEFORE: readonly string[] = [
  "filed with the", "filed with", "filing with the", "filing with", "filing to the", "disclosure to the", "disclosed to the",
  "published on the website of the", "сообщении на сайте", "сообщении на бирже", "раскрытии информации на",
];
/**
 * Words right before an organization that make it the deal's facilitator, not its party: the investment agency, the
 * akimat or the embassy that helped ("Соглашение подписано при содействии Kazakh Invest", "with the assistance of the
 * Kazakh Embassy"). Financing is no facilitation ("при финансовой поддержке" names a lender, a party). Lower case.
 */
export const FACILITATOR_BEFORE: readonly string[] = [
  "при содействии", "при посредничестве", "при поддержке", "при организационной поддержке",
  "with the assistance of the", "with the assistance of", "with the support of the", "with the support of", "facilitated by the",
  "facilitated by", "with the mediation of the", "with the mediation of",
];
/** The same after the organization, in Kazakh ("Kazakh Invest-тің қолдауымен", "әкімдіктің жәрдемдесуімен"). Lower case. */
export const FACILITATOR_AFTER: readonly string[] = ["қолдауымен", "жәрдемдесуімен", "көмегімен", "делдалдығымен", "ықпалымен"];
export const REPORTER_AFTER: readonly string[] = [
  "баспасөз қызмет", "хабарлауынша", "хабарлағандай", "мәліметінше", "мәліметі бойынша", "деректерінше",
  "деректері бойынша", "press service", "пресс-служба",
];
/**
 * Verbs of saying after a state body that stands after a comma, at the end of what it reports ("…, the energy ministry
 * said", "…, министерство сообщило"): the body reports it.
 */
/**
 * Verbs of saying right before a date (stems, lower case), with at most a preposition between ("the ministry said on
 * Tuesday that …", "министерство сообщило во вторник, что …"): the date is the report's, not a signing's, whatever
 * signing word follows. The words that may stand between, and an addressee after the verb ("told reporters on Monday").
 * The same verbs after a state body, before REPORTED_CLAUSE_OPENERS, make it the source of what it reports.
 */
export const REPORTING_VERBS_BEFORE_DATE: readonly string[] = [
  "said", "announced", "reported", "stated", "told", "noted",
  "сообщил", "заявил", "рассказал", "отметил", "сообщает", "заявляет",
];
export const WORDS_BETWEEN_REPORT_AND_DATE: readonly string[] = ["on", "in", "во", "в", "reporters", "journalists", "журналистам"];
/**
 * What opens the clause a body reports after its verb of saying (REPORTING_VERBS_BEFORE_DATE): "Минэнерго РК сообщило,
 * что ТОО «X» завершило …", "the ministry said that X Co. will …". Lower case, after the verb's ending and spaces.
 */
export const REPORTED_CLAUSE_OPENERS: readonly string[] = [", что", "that", ", that", ":"];
export const REPORTER_AFTER_COMMA: readonly string[] = ["said", "says", "reported", "announced", "told", "сообщил", "сообщает", "заявил"];
/**
 * What stands right before such a body: the comma, with or without an article ("…, the energy ministry said"); up to
 * REPORTER_WORDS_AFTER_COMMA words may stand between it and the body ("…, the Kazakh Ministry of Energy reported").
 */
export const REPORTER_COMMA_BEFORE: readonly string[] = [",", ", the"];
export const REPORTER_WORDS_AFTER_COMMA = 2;
