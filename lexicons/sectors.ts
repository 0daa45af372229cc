/**
 * Sector keywords, per sector and language. Entries are stems as in lexicons/deal-triggers.ts
 * (prefix match, "=" for a whole word). Deal assembly counts them in a deal's sentences;
 * a capacity in MW or MWh makes a deal an energy deal.
 */
import type { Sector } from "../src/types.js";

export const SECTOR_KEYWORDS: Readonly<Partial<Record<Sector, Readonly<Record<"kk" | "ru" | "en", readonly string[]>>>>> = {
  energy: {
    kk: ["энергетика", "электр станция", "электрстанция", "жел электр", "күн электр", "=ЖЭС", "=КЭС", "=ЖЭО", "=ГРЭС", "=МАЭС",
      // hydropower and heat and power plants ("су электр станциясы", "жылу электр орталығы")
      "су электр", "жылу электр", "электр станса", "электр энергия", "энергия", "бу-газ", "жаңартылатын энергия", "жел паркі", "энергоблок", "қосалқы станс", "электр беру желі", "электр желі", "=АЭС", "атом электр", "атом энергетика",
      // the station named by its source alone ("жел станциясы", "күн станциясын") and the Russian abbreviations Kazakh text uses
      "жел станция", "күн станция", "су станция", "=ГЭС", "=СЭС", "=ВЭС", "=ТЭЦ"],
    ru: ["энергетик", "электростанци", "ветроэлектростанци", "ветростанци", "ветропарк", "=ВЭС", "=СЭС", "=ГЭС", "=ТЭЦ", "=ТЭС", "=ГРЭС", "энергоблок", "электроэнерги", "возобновляем", "солнечной электро", "парогазов", "энергии", "подстанци", "=ЛЭП", "электропередач", "электросет", "энергосет", "=АЭС", "атомной электростанц", "атомная электростанц", "атомную электростанц", "атомной энергетик", "гидроэлектростанц", "гидроэнерг"],
    en: ["energy", "power plant", "power station", "wind farm", "solar", "renewable", "electricity", "=power", "wind power", "hydropower", "substation", "transmission line", "power grid", "national grid", "electricity grid", "electric grid", "power lines", "nuclear power", "=NPP", "hydroelectric",
      // plants named by their Russian abbreviations in English text ("Ekibastuz GRES-3", "Almaty CHP-2")
      "=GRES", "=TPP", "=CHP", "=HPP", "thermal power", "combined heat and power"],
  },
  oil_gas: {
    kk: ["=мұнай", "мұнайды", "мұнайдың", "мұнай өңдеу", "газ өңдеу", "газ құбыры", "мұнай құбыры", "газ химия", "газ-химия", "газхимия"],
    ru: ["нефт", "газопровод", "нефтепровод", "нефтеперераб", "газоперераб", "=НПЗ", "=ГПЗ", "газового месторожд", "газохим", "газовый завод", "газового завода"],
    en: ["=oil", "refinery", "gas processing", "pipeline", "oilfield", "=upstream", "natural gas", "gas plant", "gas chemical", "gas-chemical", "gas chemistry"],
  },
  petrochemicals: {
    kk: ["полиэтилен", "полипропилен", "пропилен", "мұнай-химия", "мұнай химия", "бутадиен", "пластик", "тыңайтқыш",
      // the chemical industry, the nearest sector of the contract's list ("каустикалық сода", "метанол")
      "химия өнеркәсіб", "химиялық өнім", "химия зауыт", "химиялық зауыт", "каустикалық", "кальцийленген сода", "метанол", "аммиак",
      "күкірт қышқыл", "=ПВХ", "поливинилхлорид", "полимер", "битум"],
    ru: ["полиэтилен", "полипропилен", "пропилен", "нефтехим", "бутадиен", "пластик", "полимер", "удобрени",
      "химическ", "каустическ", "кальцинированн", "метанол", "аммиак", "=ПВХ", "поливинилхлорид", "хлор-щелоч", "серной кислот",
      "серную кислот", "серная кислот",
      // bitumen from oil residue ("завод по производству битума", "битумный завод")
      "битум",
      // paints and coatings ("лакокрасочных материалов")
      "лакокрасочн"],
    en: ["polyethylene", "polypropylene", "propylene", "petrochemical", "butadiene", "polymer", "plastics", "fertilizer", "fertiliser",
      "chemical", "caustic soda", "soda ash", "methanol", "ammonia", "=PVC", "polyvinyl chloride", "chlor-alkali", "sulfuric acid",
      "sulphuric acid"],
  },
  mining: {
    kk: ["=мыс", "мыстың", "мысты", "мыс кен", "кен орн", "=шахта", "=шахтасы", "=шахтасын", "=шахтаны", "=шахтада", "=шахтасында", "=ТКБК", "тау-кен байыту комбинат", "кен байыту", "тау-кен", "кеніш", "=алтын", "алтын кен", "вольфрам", "литий", "көмір", "байыту фабрика", "=уран", "уран өнді",
      // other ores and metals mined ("хром кені", "мырыш-қорғасын кен орны")
      "хром", "марганец", "мырыш", "қорғасын", "никель", "темір кен", "боксит", "фосфорит", "сирек металл", "сирек кездесетін металл",
      // minerals mined ("асбест комбинаты", "барит", "вермикулит")
      "асбест", "барит", "вермикулит", "флюорит"],
    ru: ["медн", "=медь", "=меди", "месторождени", "горнодобыва", "горнорудн", "рудн", "=руды", "=руда",
      // iron ore pellets made at the mine ("фабрика окомкования", "окатышей")
      "окатыш", "окомков",
      // a coal or ore mine ("модернизация шахты"; whole words: not "Шахтинск")
      "=шахта", "=шахту", "=шахты", "=шахте", "=шахтой", "=шахт", "золот", "вольфрам", "литий", "лития", "уголь", "угля", "угольн", "обогатительн", "=ГОК", "=ГОКа", "=ГОКе", "=уран", "урана", "уранов",
      // other ores and metals mined ("хромовых концентратов", "свинцово-цинковое месторождение")
      "хром", "марган", "цинк", "свинц", "никел", "железной руд", "железную руд", "железная руд", "железорудн", "боксит", "фосфорит", "редкоземельн", "редких металл",
      "асбест", "барит", "вермикулит", "флюорит"],
    en: ["copper", "mining", "=mine", "=ore", "iron ore pellet", "pelletizing", "pelletising", "=gold", "tungsten", "lithium", "=coal", "deposit", "concentrator", "beneficiation", "uranium",
      "chromite", "chrome ore", "manganese", "=zinc", "nickel", "iron ore", "bauxite", "phosphate", "rare earth", "asbestos", "barite", "fluorite"],
  },
  metallurgy: {
    kk: [
      // "болат" (steel) as whole words: the stem would match "болатын" ("which will be"), common in any sentence
      "=болат", "=болаттың", "=болатты", "=болатқа", "=болатта", "=болаттан", "=болатпен", "болат балқыт", "болат құю",
      // (casting of metal, not "құю" alone: "су құю" is water bottling)
      "металлург", "ферроқорытпа", "феррокорытпа", "ферросилиц", "феррохром", "алюмини", "металл құю", "шойын құю", "құйма",
    ],
    ru: ["=сталь", "легированн", "сталелитейн", "сталеплавил", "металлург", "ферросплав", "ферросилиц", "феррохром", "силикомарган", "чугун", "прокат", "алюмини",
      // rolled metal and rebar ("завод по выпуску металлопроката", "арматуры")
      "металлопрокат", "арматур",
      // steel structures made ("завод металлоконструкций")
      "металлоконструкци",
      // every ferroalloy ("ферросиликомарганца", "ферромарганец")
      "ферро",
      // steel in another case only in a phrase ("стали" alone is also "became")
      "выплавк", "выпуск стали", "выпуска стали", "производство стали", "производства стали", "производству стали", "тонн стали",
      "стальн", "трубопрокат",
      // stainless steel ("завод по производству нержавеющей стали": an adjective between the phrase's words)
      "нержавеющ"],
    en: ["=steel", "stainless", "metallurg", "ferroalloy", "ferrosilicon", "ferrochrom", "smelter", "aluminium", "aluminum", "=iron", "rolling mill", "ferro"],
  },
  manufacturing: {
    kk: ["машина жасау", "автомобиль", "электромобиль", "жабдық өндір", "экскаватор", "бульдозер", "техника шығар", "құрастыр", "жарықтандыру", "күн панель", "кабель", "=шина", "аккумулятор", "жиһаз", "=қағаз", "қағаз өндір", "картон", "вагон", "локомотив", "трамвай", "автобус", "қозғалтқыш",
      // farm machinery ("трактор зауыты", "комбайн құрастыру"), electrical equipment ("Кентау Трансформатор")
      "трактор", "комбайн", "трансформатор"],
    ru: ["машиностро", "автомобил", "электромобил", "автозавод", "сборк", "оборудовани", "трансформатор", "вагон", "трактор", "станкостро", "электроник", "спецтехник", "экскаватор", "бульдозер", "кабельн", "шинн", "=шин", "аккумулятор", "мебел", "бумаж", "картон", "локомотив", "трамва", "автобус", "двигател", "комбайн"],
    en: ["manufactur", "assembly", "machinery", "vehicle", "equipment", "electronics", "=transformer", "=transformers", "=cars", "tractor", "=truck", "=trucks", "excavator", "bulldozer", "=cable", "=cables", "=tire", "=tires", "=tyre", "=tyres", "=battery", "=batteries", "furniture", "=paper", "paper mill", "cardboard", "locomotive", "=wagons", "railcar", "=tram", "=trams", "=bus", "=buses", "=engine", "=engines", "combine harvester"],
  },
  construction_materials: {
    kk: ["керамикалық плитка", "плитка", "қиыршық тас", "щебень", "цемент", "клинкер", "кірпіш", "бетон", "асфальтбетон", "асфальт-бетон", "асфальт зауыт", "құрылыс материал", "травертин", "әйнек", "=шыны", "шыны зауыт", "гипс",
      // aerated concrete blocks and dry building mixes ("газоблок зауыты", "құрғақ қоспалар зауыты")
      "газоблок", "құрғақ қоспа", "құрылыс қоспа"],
    ru: ["керамическ", "плитк", "=щебень", "=щебня", "щебеночн", "цемент", "клинкер", "кирпич", "бетон", "асфальтобетон", "асфальтов", "строительных материал", "стройматериал", "гипс", "травертин", "стекольн", "=стекло", "=стекла",
      // glass containers ("завод по производству стеклотары"), aerated concrete blocks, dry building mixes
      "стеклотар", "газоблок", "газобетон", "сухих смесей", "сухие смеси", "сухих строительных смесей"],
    en: ["ceramic tile", "=tiles", "crushed stone", "solar glass", "cement", "clinker", "=brick", "=bricks", "concrete", "building material", "construction material", "=glass", "gypsum",
      "dry mix", "dry-mix", "drywall"],
  },
  agriculture: {
    kk: ["ауыл шаруашылығ", "ауылшаруашылық", "агро", "егін", "мал шаруашылығ", "жылыжай", "шаруа", "дақыл", "көкөніс", "жеміс", "астық", "элеватор", "бидай", "құс фабрика", "майлы дақыл", "бордақылау", "балық шаруашылығ", "балық өсір", "жүгері"],
    ru: ["сельск хозяйств", "сельского хозяйств", "сельское хозяйств", "сельскохозяйств", "сельхоз", "агро", "тепличн", "теплиц", "животновод", "растениевод", "зерн", "овощ", "элеватор", "пшениц", "птицефабрик", "масличн", "откормочн", "фидлот", "рыбовод", "аквакультур", "рыбное хозяйств", "рыбного хозяйств", "кукуруз"],
    en: ["agricultur", "agro", "farming", "greenhouse", "livestock", "=crop", "=crops", "=grain", "elevator", "=wheat", "oilseed", "poultry", "feedlot", "fish farm", "aquaculture", "fish farming", "=corn", "=maize",
      // orchards and fruit grown ("an apple orchard", "intensive gardens")
      "orchard", "horticultur", "=fruit", "=apples"],
  },
  food: {
    kk: ["сүт ұнтағ", "мал сою", "соя", "тамақ өнеркәсіб", "азық-түлік", "=ұн", "ұн өндір", "сүт өңдеу", "=сүт", "сүт зауыт", "сүт өнім", "ет өңдеу", "мақсары майы", "кондитер", "ет комбинат", "=қант",
      // meat and milk processed, cheese, vegetable oil ("ет өңдейтін кешен", "ірімшік зауыты", "күнбағыс майын өндіретін")
      "ет өңдейтін", "сүт өңдейтін", "ірімшік", "күнбағыс май", "өсімдік май",
      // animal feed made, food industry as the classifications have it ("жем зауыты", "құрама жем")
      "жем зауыт", "құрама жем", "мал азығ",
      // water bottled, juice, fish processed ("ауыз су құю зауыты", "шырын", "балық өңдеу")
      "су құю", "ауыз су", "минералды су", "шырын", "балық өңдеу", "балық өңдейтін",
      // bread, pasta, sausages ("нан зауыты", "макарон фабрикасы", "шұжық цехы")
      "нан зауыт", "нан пісір", "наубайхана", "макарон", "шұжық"],
    ru: ["сухого молока", "сухое молоко", "убойн", "соев", "пищев", "мясоперераб", "молочн", "=мука", "=муки", "мукомол", "кондитер", "продовольств", "масложир", "мясокомбинат", "маслоэкстракцион", "сахарн", "=сахар", "=сахара",
      "сыродел", "сыровар", "подсолнечного масла", "растительного масла", "томатной пасты", "томатную пасту", "рыбоперераб",
      "хлебозавод", "хлебобулоч", "макарон", "колбас",
      // animal feed made ("комбикормовый завод")
      "комбикорм"],
    en: ["milk powder", "milk processing", "slaughterhouse", "abattoir", "soybean", "rapeseed crushing", "=food", "dairy", "meat processing", "=flour", "confectioner", "beverage", "oilseed processing", "oilseed crushing", "meat plant", "=sugar",
      "beef processing", "meatpacking", "meat packing", "fish processing", "tomato paste", "=cheese", "sunflower oil", "vegetable oil",
      // juice and fruit processed, dried or stored ("a juice concentrate plant", "a fruit storage facility", "a drying line")
      "=juice", "=juices", "fruit processing", "fruit storage", "vegetable storage", "dried fruit", "fruit drying", "=cannery", "canned",
      // animal feed made ("a feed mill", "compound feed")
      "feed mill", "compound feed", "animal feed"],
  },
  textiles: {
    kk: ["текстиль", "тоқыма", "=мата", "матасын", "матаны", "джинс", "=ілмек", "тігін", "мақта-мата", "мақта өңде", "мақтаны өңде", "мақта тазала", "=жүн", "жүн өңде", "тері өңде", "былғары",
      "талшық", "талшығ"],
    ru: ["текстил", "ткан", "трикотаж", "швейн", "джинс", "пряж", "хлопчатобумаж", "хлопкоперераб", "переработке хлопк", "переработки хлопк", "шерст", "кожевен", "=кожи", "изделий из кож",
      // fibres ("вискозного волокна", "полиэфирных волокон")
      "волокн", "=волокон"],
    en: ["textile", "fabric", "garment", "=yarn", "denim", "apparel", "cotton processing", "cotton ginning", "=wool", "leather",
      "fiber", "fibre"],
  },
  logistics: {
    kk: ["логистика", "логистикалық", "=хаб", "=хабы", "=хабтың", "=хабын", "құрғақ порт", "терминал", "транзит", "контейнер", "қойма",
      "тарату орталығ"],
    ru: ["логистик", "терминал", "сухой порт", "сухого порт", "транзит", "контейнер", "склад", "хаб",
      // a wholesale distribution centre ("оптово-распределительный центр", "распределительного центра"; not the
      // "распределительные сети" of power)
      "распределительный центр", "распределительного центр", "распределительном центр", "распределительным центр"],
    en: ["logistic", "terminal", "dry port", "warehouse", "=hub", "container", "distribution centre", "distribution center"],
  },
  transport: {
    kk: ["темір жол", "теміржол", "автожол", "авиакомпания", "әуе рейс", "көлік", "әуежай", "вагон", "=көпір", "көпірі", "көпірін", "=тасжол", "айналма жол", "екінші жол", "екінші жолдар",
      "тас жол", "автомобиль жол"],
    ru: ["железн дорог", "железнодорожн", "вторых путей", "вторые пути", "вторых путях", "второго пути", "второй путь", "вторым путем", "автомагистрал", "авиакомпани", "авиарейс", "аэропорт", "автодорог", "=дорога", "=дороги", "=дорогу", "=дорог", "=мост", "=моста", "=мосту", "транспортн развязк", "объездн",
      // a motor road named in full (its adjective is no car's: "автомобильную дорогу"), a highway ("трассу Алматы – Бишкек")
      "автомобильная дорог", "автомобильной дорог", "автомобильную дорог", "автомобильные дорог", "автомобильных дорог",
      "=трасса", "=трассу", "=трассы", "=трассе", "=трассой"],
    en: ["railway", "railroad", "highway", "airline", "airport", "=rail", "=road", "=roads", "=bridge", "motorway", "expressway", "bypass road", "ring road", "second track", "second tracks", "rail line", "railway line"],
  },
  healthcare: {
    kk: ["денсаулық сақтау", "аурухана", "емхана", "медицина", "медициналық", "фармацевт", "дәрі-дәрмек", "инфузиялық", "вакцина", "шприц", "инсулин"],
    ru: ["здравоохранени", "больниц", "клиник", "медицин", "фармацевт", "лекарств", "госпитал",
      // medicines by their form ("инфузионных растворов", "infusion solutions", "вакцин")
      "инфузион", "вакцин", "=шприц", "шприцев", "инсулин"],
    en: ["health", "hospital", "clinic", "medical", "pharmaceutic", "medicine", "infusion", "vaccine", "syringe", "insulin"],
  },
  education: {
    kk: ["білім беру", "мектеп", "университет", "колледж", "оқу орталығ"],
    ru: ["образовани", "школ", "университет", "колледж", "учебн центр"],
    en: ["education", "school", "university", "college", "training centre", "training center"],
  },
  tourism: {
    kk: ["туризм", "туристік", "қонақ үй", "қонақүй", "аквапарк", "курорт", "демалыс орн"],
    ru: ["туризм", "туристическ", "гостиниц", "гостинич", "отел", "аквапарк", "курорт"],
    en: ["touris", "hotel", "resort", "water park", "aquapark"],
  },
  it: {
    kk: ["цифрлық", "цифрландыру", "дата-орталық", "деректер орталығ", "бағдарламалық",
      // telecommunications, the nearest sector of the contract's list (information and communication)
      "телеком", "=5G", "=4G", "ұялы байланыс", "байланыс желі", "талшықты-оптикалық", "талшықты оптикалық", "кең жолақты",
      // its equipment is no manufacturing ("телекоммуникациялық жабдық")
      "телекоммуникациялық жабдық", "байланыс жабдығ"],
    ru: ["цифров", "дата-центр", "центр обработки данных", "программн", "информационн технолог",
      "телеком", "=5G", "=4G", "сотовой связ", "мобильной связ", "сетей связи", "сети связи", "волоконно-оптическ", "оптоволок", "=ВОЛС", "широкополосн",
      "телекоммуникационное оборудован", "телекоммуникационного оборудован", "оборудование связи", "оборудования связи",
      "оборудование для сетей связи", "оборудования для сетей связи"],
    en: ["data center", "data centre", "software", "digital",
      "telecom", "=5G", "=4G", "mobile network", "broadband",
      // a fibre-optic line or network (not textile fibre; a plant that makes the cable is manufacturing, an object)
      "fibre-optic", "fiber-optic", "fibre optic", "fiber optic",
      "5G equipment", "4G equipment", "telecom equipment", "telecommunications equipment", "network equipment"],
  },
  finance: {
    kk: ["=банк", "банкі", "қаржы орталығ", "лизинг", "несиелік желі", "кредиттік желі"],
    ru: ["=банк", "банковск", "финансов центр", "лизинг", "кредитную линию", "кредитной линии", "кредитная линия"],
    en: ["=bank", "=banking", "financial centre", "financial center", "leasing", "credit line", "line of credit"],
  },
  // projects of no sector above: waste processing, water supply and treatment, sports facilities
  other: {
    kk: ["қалдықтарды өңде", "қалдық өңде", "қоқыс өңде", "қоқыс зауыт", "сумен жабдықта", "су тазарту", "тазарту құрылыс", "спорт кешен", "стадион", "тұщыландыр", "тұщыт", "=қалдықтар", "=қалдықтарды", "=қалдықтарын", "=қалдықтардың"],
    ru: ["переработка отход", "переработке отход", "переработки отход", "переработку отход", "мусороперерабатыва", "мусоросортировоч", "полигон тбо", "водоснабжени", "водоочистн", "очистных сооружени", "очистные сооружени", "спортивный комплекс", "спортивного комплекс", "спортивном комплекс", "спорткомплекс", "стадион", "опреснени", "опреснительн",
      "=отходов", "=отходы", "=отходами", "=отходам", "=отходах"],
    en: ["waste recycling", "waste processing", "waste management", "recycling plant", "water supply", "water treatment", "wastewater", "sports complex", "stadium", "desalination", "=waste", "=wastes",
      // water and sewage pipes, no oil or gas ("a 96-km water pipeline", "a sewage pipeline")
      "water pipeline", "water pipelines", "sewage pipeline", "sewer pipeline", "irrigation pipeline", "=sewage", "=sewerage"],
  },
  real_estate: {
    kk: ["тұрғын үй", "тұрғын кешен", "сауда орталығ", "сауда-ойын-сауық", "бизнес-орталық"],
    ru: ["жилой комплекс", "жилого комплекс", "жиль", "недвижимост", "торгового центр", "торговый центр", "торгово-развлекательн", "бизнес-центр"],
    en: ["housing", "real estate", "residential", "shopping mall", "shopping center", "shopping centre", "business center", "business centre"],
  },
};

/**
 * What is built, named as an object ("мыс балқыту зауыты", "завод по производству карбамида",
 * "copper smelter", "data centre"): such a phrase decides the deal's sector before the capacity unit
 * and the other keywords of its sentences (src/deals/attributes.ts, dealSector). Stems as above; the
 * longer phrase wins over a keyword inside it ("copper smelter" over "copper").
 */
export const OBJECT_SECTORS: Readonly<Partial<Record<Sector, Readonly<Record<"kk" | "ru" | "en", readonly string[]>>>>> = {
  // a refinery or a gas processing plant, wherever it stands ("газоперерабатывающий завод на месторождении")
  oil_gas: {
    kk: ["мұнай өңдеу зауыт", "газ өңдеу зауыт", "=МӨЗ", "мұнай өңдейтін зауыт", "газ өңдейтін зауыт",
      // an oil or gas field developed ("мұнай кен орнын игеру"; "кен орны" alone is an ore deposit, mining)
      "мұнай кен орн", "газ кен орн", "мұнай-газ кен орн", "мұнай және газ кен орн", "газ конденсат кен орн", "газконденсат кен орн",
      // coal made into gas: gas production, whatever the coal it burns (the coal is a feedstock, not mined there)
      "көмірді газдандыру", "көмір газдандыру", "көмірді газға айналдыр"],
    ru: ["газоперерабатывающ", "нефтеперерабатывающ", "=НПЗ", "=ГПЗ", "газификации угля", "газификация угля", "газификацию угля",
      "синтетического природного газа", "синтетический природный газ",
      // an oil or gas field developed (not the ore deposits "месторождение" alone names, mining)
      "нефтяного месторожд", "нефтяном месторожд", "нефтяное месторожд", "нефтегазового месторожд", "нефтегазовое месторожд",
      "нефтегазовом месторожд", "газоконденсатн", "газового месторожд", "газовое месторожд", "газовом месторожд"],
    en: ["refinery", "gas processing plant", "oil processing plant", "coal gasification", "coal-to-gas", "synthetic natural gas",
      "oil field", "gas field", "oil and gas field", "gas condensate field"],
  },
  // a glass or a cement works, whatever else the text names (its equipment, its supplier's name)
  construction_materials: {
    kk: ["шыны зауыт", "шыны ыдыс", "әйнек зауыт", "цемент зауыт", "кірпіш зауыт"],
    ru: ["стекольного завод", "стекольный завод", "стекольном завод", "стеклотар", "производству стекла", "производства стекла",
      "цементного завод", "цементный завод", "цементном завод", "кирпичного завод", "кирпичный завод"],
    en: ["glass plant", "glass factory", "glass container", "cement plant", "cement factory", "brick factory", "brick plant"],
  },
  petrochemicals: {
    kk: ["карбамид", "тыңайтқыш зауыт", "тыңайтқыш шығар", "полиэтилен зауыт", "полиэтилен өндір", "полипропилен зауыт", "полипропилен өндір",
      "полиэтилен шығар", "полипропилен шығар", "мұнай-химия кешен", "көмір химия", "көмірхимия",
      // pipes of a polymer ("полиэтилен құбыр")
      "полиэтилен құбыр", "пластик құбыр", "полимер құбыр"],
    ru: ["карбамид", "минеральных удобрени", "азотных удобрени", "производству удобрени", "производства удобрени",
      // any object that produces a polymer ("завод", "проект", "комплекс по производству полиэтилена"; a gas chemical
      // complex with no product named stays oil_gas, SECTOR_KEYWORDS)
      "по производству полиэтилен", "по производству полипропилен", "производства полиэтилен", "производства полипропилен",
      "углехимическ", "углехими",
      // pipes of a polymer, not of steel ("завод полиэтиленовых труб")
      "полиэтиленовых труб", "полиэтиленовые труб", "пластиковых труб", "пластиковые труб", "полимерных труб", "полимерные труб"],
    en: ["urea", "fertilizer plant", "fertiliser plant", "polyethylene plant", "polypropylene plant", "production of polyethylene",
      "production of polypropylene", "petrochemical complex", "petrochemical plant",
      // coal chemistry, the chemical industry's nearest sector ("a coal-to-chemicals complex")
      "coal chemical", "coal-chemical", "coal-to-chemicals", "coal-to-olefins",
      // pipes of a polymer, not of steel ("a polyethylene pipe plant", "plastic pipe")
      "polyethylene pipe", "plastic pipe", "=PVC pipe", "polymer pipe", "HDPE pipe"],
  },
  metallurgy: {
    kk: ["балқыту зауыт", "мыс балқыт", "мыс сым", "мыс катанка", "мыс өнім", "катодты мыс", "мыс катод", "алюминий зауыт", "алюминий шығар", "электролиз зауыт", "болат балқыт", "ферроқорытпа зауыт",
      "болат құбыр", "құбыр зауыт", "кремний зауыт", "кремний өндір", "кремний шығар", "металл конструкция", "металлоконструкция"],
    ru: ["медеплавил", "алюминиевого завод", "алюминиевый завод", "алюминиевом завод", "электролизн", "медной катанк", "медную катанк",
      "медной проволок", "медную проволок", "катодной меди",
      "медного проката", "медной продукци", "выпуску алюмини", "производству алюмини", "производству ферросилиц", "производства ферросилиц",
      // a pipe plant ("завод по производству стальных труб", "трубный завод")
      "стальных труб", "трубного завод", "трубный завод", "трубном завод",
      // metallurgical silicon
      "производству кремни", "производства кремни", "металлургического кремни", "кремниевого завод", "кремниевый завод"],
    en: ["smelter", "aluminium plant", "aluminum plant", "steel plant", "steel mill", "copper rod", "copper wire", "cathode copper", "copper cathode plant", "steel pipe",
      "steel structure", "metal structure",
      "pipe plant", "pipe mill", "silicon plant", "silicon smelter", "metallurgical silicon"],
  },
  food: {
    kk: ["астықты терең өңде", "астықты өңде", "астық өңдеу", "майлы дақылдарды өңде", "майлы дақыл өңде", "ұн тарту", "соя өңде", "сояны өңде",
      // corn processing (starch, syrups, feed)
      "жүгері өңде", "жүгеріні өңде", "жүгеріні терең өңде", "бидайды терең өңде", "бидайды өңде", "бидай өңде", "глютен"],
    ru: ["переработке зерн", "переработки зерн", "переработку зерн", "переработка зерн", "маслоэкстракцион", "переработке масличн",
      "переработке сои", "переработки сои", "переработку сои", "переработке соевых", "переработки соевых",
      "переработки масличн", "переработку масличн", "мукомольн",
      "переработке кукуруз", "переработки кукуруз", "переработку кукуруз", "переработка кукуруз",
      // wheat deep processing (gluten, starch)
      "переработке пшениц", "переработки пшениц", "переработку пшениц", "переработка пшениц", "глютен", "клейковин"],
    en: ["corn processing", "maize processing", "processing of corn", "processing of maize", "grain processing", "wheat processing",
      "processing of wheat", "gluten", "oilseed processing", "oilseed crushing", "flour mill", "deep processing of grain", "processing of grain",
      "soybean processing", "processing of soybeans", "soybean crushing"],
  },
  textiles: {
    kk: ["иіру фабрика", "мақта иіру", "текстиль кластер", "тоқыма кластер", "мақта-тоқыма", "мақта кластер", "тоқыма фабрика", "тігін фабрика"],
    ru: ["хлопкопрядильн", "прядильн", "текстильного кластер", "текстильный кластер", "хлопково-текстильн", "хлопкового кластер", "хлопковый кластер", "швейной фабрик", "швейную фабрик"],
    en: ["textile cluster", "cotton cluster", "cotton and textile", "garment factory", "textile plant", "textile factory",
      // spinning cotton into yarn ("a cotton mill", "a spinning mill")
      "cotton mill", "spinning mill", "cotton spinning"],
  },
  logistics: {
    kk: ["астық терминал", "контейнер терминал", "логистикалық хаб", "көлік-логистикалық", "логистикалық орталық", "логистикалық кешен", "құрғақ порт"],
    ru: ["зерновой терминал", "зернового терминал", "зерновом терминал", "перевалочн", "контейнерного терминал", "контейнерный терминал",
      "логистического хаб", "логистический хаб", "логистическом хаб", "транспортно-логистическ", "логистического центр", "логистический центр",
      "логистического терминал", "логистический терминал"],
    en: ["logistics hub", "logistics centre", "logistics center", "logistics terminal", "dry port",
      // a terminal that handles a commodity is logistics, not the commodity's sector ("a grain terminal", "a
      // transshipment terminal", "зерновой терминал", "астық терминалы")
      "grain terminal", "transshipment terminal", "container terminal", "oil terminal", "freight terminal"],
  },
  // medicines made: the product's sector, not manufacturing ("production of infusion solutions", "фармацевтический завод")
  healthcare: {
    kk: ["инфузиялық ерітінді", "фармацевтика зауыт", "фармацевтикалық зауыт", "дәрі-дәрмек шығар", "дәрі-дәрмек өндір", "вакцина шығар", "вакцина өндір"],
    ru: ["инфузионных раствор", "фармацевтического завод", "фармацевтический завод", "фармацевтическом завод", "производству лекарств",
      "производства лекарств", "производству вакцин", "производства вакцин"],
    en: ["infusion solution", "pharmaceutical plant", "pharmaceutical factory", "drug plant", "vaccine plant", "production of medicines"],
  },
  it: {
    kk: ["деректер орталығ", "дата-орталық", "дата орталық", "деректерді өңдеу орталығ", "майнинг"],
    ru: ["центра обработки данных", "центр обработки данных", "центров обработки данных", "дата-центр", "дата центр", "=ЦОД", "=ЦОДа",
      // crypto mining is computing, not mining
      "майнинг", "криптоферм"],
    en: ["data centre", "data center", "crypto mining", "cryptocurrency mining", "crypto-mining", "bitcoin mining", "mining farm"],
  },
  manufacturing: {
    kk: ["күн панельдерін шығар", "автомобиль шығар", "автомобиль зауыт", "автокөлік шығар", "автокөлік зауыт", "автокөлік құрастыр",
      "поликремний", "көлік құрастыр", "көліктерін құрастыр", "көліктер құрастыр", "көлігін құрастыр", "көліктерін шығар", "көліктер шығар",
      "көліктерін өндір",
      // batteries, whose capacity is written in GWh ("20 GWh of batteries a year"): made, not generated
      "аккумулятор зауыт", "аккумулятор шығар", "аккумулятор өндір", "құрамдас бөлшек", "бөлшектерін шығар", "бөлшектерін өндір"],
    ru: ["производству солнечных панел", "производства солнечных панел", "автомобильного завод", "автомобильный завод",
      "аккумуляторного завод", "аккумуляторный завод", "производству аккумулятор", "производства аккумулятор", "производство аккумулятор",
      "литий-ионн", "аккумуляторных ячеек", "аккумуляторные ячейки",
      "производству комплектующих", "производства комплектующих", "производство комплектующих", "выпуску комплектующих",
      "кабельного завод", "кабельный завод", "производству кабел", "производства кабел", "поликремни", "кремниевых пластин",
      // farm machinery made ("завод сельхозтехники"), not farming
      "сельхозтехник", "сельскохозяйственной техник", "сельскохозяйственную техник", "сельскохозяйственная техник",
      // battery materials and jewellery made from a metal, not its mining ("прекурсоров", "ювелирный завод")
      "прекурсор", "катодных материал", "ювелирн"],
    en: ["solar panel factory", "solar panel plant", "car plant", "car factory", "automobile plant", "battery plant", "battery factory",
      "gigafactory", "battery cells", "of batteries", "cell plant", "cell factory", "lithium-ion", "lithium ion",
      // parts made for another industry ("wind turbine components", "комплектующих для ветроустановок")
      "turbine components", "production of components", "component plant", "components plant",
      // a plant that makes cable, fibre-optic too
      "cable plant", "cable factory",
      // battery materials and jewellery made from a metal, not its mining ("nickel-cobalt precursor", "a gold jewellery factory")
      "precursor", "cathode material", "battery material", "jewellery", "jewelry",
      // farm machinery made, not farming ("an agricultural machinery plant")
      "agricultural machinery", "farm machinery", "agricultural equipment",
      // solar-grade silicon and wafers, the solar panel's chain ("a polysilicon plant")
      "polysilicon", "silicon wafer"],
  },
  // a plant that processes waste, whatever plant's waste it is ("ЖЭО-ның күл-қож қалдықтарын өңдейтін зауыт")
  other: {
    kk: ["қалдықтарын өңдейтін", "қалдықтарды өңдейтін", "қалдық өңдейтін", "қоқыс өңдейтін", "қалдықтарды қайта өңде"],
    ru: ["мусороперерабатывающ", "отходоперерабатывающ", "по переработке отходов", "по переработке твердых бытовых отходов",
      "по переработке твёрдых бытовых отходов", "по переработке ТБО"],
    en: ["waste processing plant", "waste recycling plant", "waste processing facility", "recycling plant"],
  },
};

/**
 * Products of a capacity (its `commodity`, lexicons/commodities.ts) that decide the sector after an object phrase and
 * before the capacity unit: a chemical product is made by a chemical plant, whatever the project calls itself ("газ-химия
 * кешені … жылына 500 мың тонна полиэтилен"). Only products of one sector: ore, grain or gas may be mined, milled or
 * processed.
 */
export const SECTOR_BY_COMMODITY: Readonly<Record<string, Sector>> = {
  "полиэтилен": "petrochemicals", "полипропилен": "petrochemicals", "тыңайтқыш": "petrochemicals", "карбамид": "petrochemicals",
  "метанол": "petrochemicals", "аммиак": "petrochemicals", "удобрения": "petrochemicals", "polyethylene": "petrochemicals",
  "polypropylene": "petrochemicals", "fertilizer": "petrochemicals", "urea": "petrochemicals", "methanol": "petrochemicals",
  "ammonia": "petrochemicals",
  "клинкер": "construction_materials", "цемент": "construction_materials", "шыны": "construction_materials",
  "стекло": "construction_materials", "cement": "construction_materials", "clinker": "construction_materials",
  "glass": "construction_materials",
  "ферросилиций": "metallurgy", "ферроқорытпа": "metallurgy", "ферросплавы": "metallurgy", "ferrosilicon": "metallurgy",
  "ferroalloys": "metallurgy",
};

/** Capacity units that decide the sector on their own. */
export const SECTOR_BY_UNIT: Readonly<Record<string, keyof typeof SECTOR_KEYWORDS>> = { MW: "energy", MWh: "energy" };
