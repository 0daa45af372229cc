/**
 * Kazakhstan's regions, their districts and major cities, in Kazakh, Russian and English, mapped to
 * the contract's region names. Names are stems: patterns/region.*.ts add the region and district
 * words ("облысы", "области", "ауданында", "районе", "Region", "district") and the case endings
 * (lexicons below), so every case form is found from one entry.
 *
 * - `kk`: the Kazakh name as written before "облысы" / "ауданы" (it does not inflect there).
 * - `ru`: the Russian adjective stem before "область" / "район" ("Актюбинск" → "Актюбинской области").
 * - `en`: the English name before "Region" / "district".
 * Cities: `kk` and `en` names take case endings; `ru` is the nominative, inflected by its ending class.
 * A district name that exists in several regions (Есильский, Жамбылский, Абайский…) is left out.
 */
import type { RegionName } from "../src/types.js";

export interface PlaceNames {
  kk: string[];
  ru: string[];
  en: string[];
}

export interface RegionEntry {
  region: RegionName;
  /**
   * Russian adjective stems of a city name that point to the city ("Шымкентского завода", "Экибастузская ГРЭС-3",
   * "Павлодарский НПЗ"). A region's own adjective is one only where no city or district elsewhere shares it: not
   * "Алматинск" (the city or the region), "Жамбылск", "Абайск" (districts of other regions), "Уральск",
   * "Петропавловск" (Russian names too).
   */
  cityAdjectives?: string[];
  /** The region itself (empty for the three cities of republican status). */
  names: PlaceNames;
  districts: PlaceNames[];
  cities: PlaceNames[];
}

const p = (kk: string | string[], ru: string | string[], en: string | string[]): PlaceNames => ({
  kk: typeof kk === "string" ? [kk] : kk,
  ru: typeof ru === "string" ? [ru] : ru,
  en: typeof en === "string" ? [en] : en,
});

export const REGIONS: readonly RegionEntry[] = [
  {
    region: "Abai Region", names: p("Абай", "Абайск", ["Abai", "Abay"]), cityAdjectives: ["Семейск"],
    districts: [
      p("Аягөз", "Аягозск", "Ayagoz"), p("Бесқарағай", "Бескарагайск", "Beskaragay"),
      p("Бородулиха", "Бородулихинск", "Borodulikha"), p("Жарма", "Жарминск", "Zharma"),
      p("Көкпекті", "Кокпектинск", "Kokpekty"), p("Үржар", "Урджарск", "Urzhar"), p("Мақаншы", "Маканчинск", "Makanshy"),
      p("Ақсуат", "Аксуатск", "Aksuat"), p("Жаңасемей", "Жанасемейск", "Zhanasemey"),
    ],
    cities: [p("Ақтоғай", "Актогай", ["Aktogay", "Aktogai"]), 
      p("Семей", "Семей", ["Semey", "Semei"]), p("Курчатов", "Курчатов", "Kurchatov"), p("Аягөз", "Аягоз", "Ayagoz"),
    ],
  },
  {
    region: "Akmola Region", names: p("Ақмола", "Акмолинск", "Akmola"), cityAdjectives: ["Кокшетауск"],
    districts: [
      p("Ақкөл", "Аккольск", "Akkol"), p("Аршалы", "Аршалынск", "Arshaly"), p("Астрахан", "Астраханск", "Astrakhan"),
      p("Атбасар", "Атбасарск", "Atbasar"), p("Буланды", "Буландынск", "Bulandy"), p("Бурабай", "Бурабайск", "Burabay"),
      p("Егіндікөл", "Егиндыкольск", "Egindykol"), p("Ерейментау", "Ерейментауск", "Ereymentau"),
      p("Жақсы", "Жаксынск", "Zhaksy"), p("Жарқайың", "Жаркаинск", "Zharkain"), p("Зеренді", "Зерендинск", "Zerendi"),
      p("Қорғалжын", "Коргалжынск", "Korgalzhyn"), p("Сандықтау", "Сандыктауск", "Sandyktau"),
      p("Целиноград", "Целиноградск", "Tselinograd"), p("Шортанды", "Шортандинск", "Shortandy"),
    ],
    cities: [
      p("Көкшетау", "Кокшетау", "Kokshetau"), p(["Степногор", "Степногорск"], "Степногорск", "Stepnogorsk"), p("Щучинск", "Щучинск", "Shchuchinsk"),
      p("Қосшы", "Косшы", "Kosshy"), p("Бурабай", "Бурабай", "Burabay"),
    ],
  },
  {
    region: "Aktobe Region", names: p("Ақтөбе", "Актюбинск", ["Aktobe", "Aqtobe"]), cityAdjectives: ["Актюбинск"],
    districts: [
      p("Әйтеке би", "Айтекебийск", "Aiteke Bi"), p("Алға", "Алгинск", "Alga"), p("Байғанин", "Байганинск", "Baiganin"),
      p("Ырғыз", "Иргизск", "Irgiz"), p("Қарғалы", "Каргалинск", "Kargaly"), p("Мәртөк", "Мартукск", "Martuk"),
      p("Мұғалжар", "Мугалжарск", "Mugalzhar"), p("Темір", "Темирск", "Temir"), p("Ойыл", "Уилск", "Uil"),
      p("Қобда", "Хобдинск", "Khobda"), p("Хромтау", "Хромтауск", "Khromtau"), p("Шалқар", "Шалкарск", "Shalkar"),
    ],
    cities: [
      p(["Ақтөбе", "Актобе"], "Актобе", ["Aktobe", "Aqtobe"]), p("Қандыағаш", "Кандыагаш", "Kandyagash"),
      p("Хромтау", "Хромтау", "Khromtau"),
    ],
  },
  {
    region: "Almaty Region", names: p("Алматы", "Алматинск", "Almaty"),
    districts: [
      p("Балқаш", "Балхашск", "Balkhash"), p("Еңбекшіқазақ", "Енбекшиказахск", "Enbekshikazakh"), p("Іле", "Илийск", "Ili"),
      p("Қарасай", "Карасайск", ["Karasai", "Karasay"]), p("Кеген", "Кегенск", "Kegen"), p("Райымбек", "Райымбекск", "Raiymbek"),
      p("Талғар", "Талгарск", "Talgar"), p("Ұйғыр", "Уйгурск", "Uigur"),
    ],
    cities: [
      p("Қонаев", "Конаев", ["Konaev", "Konayev"]), p("Қапшағай", ["Капшагай", "Капчагай"], ["Kapshagay", "Kapchagay", "Kapshagai", "Qapshagai"]), p("Талғар", "Талгар", "Talgar"),
      p("Есік", "Есик", "Yesik"), p("Қаскелең", "Каскелен", "Kaskelen"),
    ],
  },
  {
    region: "Atyrau Region", names: p("Атырау", "Атырауск", "Atyrau"), cityAdjectives: ["Атырауск"],
    districts: [
      p("Жылыой", "Жылыойск", "Zhylyoi"), p("Индер", "Индерск", "Inder"), p("Исатай", "Исатайск", "Isatai"),
      p("Қызылқоға", "Кзылкогинск", "Kyzylkoga"), p("Құрманғазы", "Курмангазинск", "Kurmangazy"),
      p("Мақат", "Макатск", "Makat"), p("Махамбет", "Махамбетск", "Makhambet"),
    ],
    cities: [p("Қарабатан", "Карабатан", "Karabatan"), p("Атырау", "Атырау", "Atyrau"), p("Құлсары", "Кульсары", "Kulsary"),
      // the oil fields news places projects at (not the Kazakh "Теңіз", which is also "sea")
      p([], "Тенгиз", "Tengiz"), p("Қашаған", "Кашаган", "Kashagan")],
  },
  {
    region: "East Kazakhstan Region", names: p("Шығыс Қазақстан", "Восточно-Казахстанск", "East Kazakhstan"), cityAdjectives: ["Усть-Каменогорск", "Риддерск"],
    districts: [
      p("Глубокое", "Глубоковск", "Glubokoye"), p("Зайсан", "Зайсанск", "Zaisan"), p("Катонқарағай", "Катон-Карагайск", "Katon-Karagay"),
      p("Күршім", "Курчумск", "Kurchum"), p("Самар", "Самарск", "Samar"), p("Тарбағатай", "Тарбагатайск", "Tarbagatai"),
      p("Ұлан", "Уланск", "Ulan"), p("Шемонаиха", "Шемонаихинск", "Shemonaikha"), p("Марқакөл", "Маркакольск", "Markakol"),
    ],
    cities: [p("Зайсан", "Зайсан", ["Zaisan", "Zaysan"]), p("Зырян", "Зыряновск", "Zyryanovsk"), p("Өскемен", "Усть-Каменогорск", ["Oskemen", "Ust-Kamenogorsk"]), p("Риддер", "Риддер", "Ridder")],
  },
  {
    region: "Jambyl Region", names: p("Жамбыл", "Жамбылск", ["Jambyl", "Zhambyl"]), cityAdjectives: ["Таразск"],
    districts: [
      p(["Бәйзақ", "Байзақ"], "Байзакск", "Baizak"), p("Жуалы", "Жуалынск", "Zhualy"), p("Қордай", "Кордайск", "Korday"),
      p("Меркі", "Меркенск", "Merki"), p("Мойынқұм", "Мойынкумск", "Moiynkum"), p("Сарысу", "Сарысуск", "Sarysu"),
      p("Талас", "Таласск", "Talas"), p("Шу", "Шуск", "Shu"), p("Тұрар Рысқұлов", "Рыскуловск", "Ryskulov"),
    ],
    cities: [p("Қаратау", "Каратау", "Karatau"), p("Қордай", "Кордай", ["Kordai", "Korday"]), p("Шу", "Шу", "Shu"), p("Мерке", "Мерке", "Merke"), p("Тараз", "Тараз", "Taraz"), p("Жаңатас", "Жанатас", "Zhanatas")],
  },
  {
    region: "Jetisu Region", names: p("Жетісу", ["Жетысуск", "Жетисуск"], ["Jetisu", "Zhetysu"]), cityAdjectives: ["Талдыкорганск"],
    districts: [
      p("Ақсу", "Аксуск", "Aksu"), p("Алакөл", "Алакольск", "Alakol"), p("Ескелді", "Ескельдинск", "Eskeldi"),
      p("Қаратал", "Каратальск", "Karatal"), p("Кербұлақ", "Кербулакск", "Kerbulak"), p("Көксу", "Коксуск", "Koksu"),
      p("Панфилов", "Панфиловск", "Panfilov"), p("Сарқан", "Саркандск", "Sarkand"),
    ],
    cities: [p("Үштөбе", "Уштобе", "Ushtobe"), 
      p("Талдықорған", "Талдыкорган", "Taldykorgan"), p("Текелі", "Текели", "Tekeli"), p("Жаркент", "Жаркент", "Zharkent"),
      p("Үшарал", "Ушарал", "Usharal"),
      // border crossings, dry ports and railway stations on the Chinese border
      p(["Қорғас", "Қорғос", "Хоргос"], "Хоргос", ["Khorgos", "Khorgas", "Qorgas"]), p("Алтынкөл", ["Алтынколь", "Алтынкол"], "Altynkol"),
      // the border station Dostyk is in Alakol District, Jetisu Region since 2022 (Almaty Region before)
      p("Достық", "Достык", ["Dostyk", "Dostyq"]),
    ],
  },
  {
    region: "Karaganda Region", names: p("Қарағанды", "Карагандинск", ["Karaganda", "Karagandy", "Qaraghandy"]), cityAdjectives: ["Карагандинск", "Темиртауск"],
    districts: [
      p("Бұқар жырау", "Бухар-Жырауск", "Bukhar-Zhyrau"), p("Қарқаралы", "Каркаралинск", "Karkaraly"),
      p("Нұра", "Нуринск", "Nura"), p("Осакаров", "Осакаровск", "Osakarov"), p("Шет", "Шетск", "Shet"),
    ],
    cities: [p("Қарқаралы", "Каркаралинск", "Karkaralinsk"), 
      p("Қарағанды", "Караганда", ["Karaganda", "Karagandy"]), p("Теміртау", "Темиртау", "Temirtau"),
      p("Балқаш", "Балхаш", "Balkhash"), p("Саран", "Сарань", "Saran"), p("Шахтинск", "Шахтинск", "Shakhtinsk"),
    ],
  },
  {
    region: "Kostanay Region", names: p("Қостанай", "Костанайск", ["Kostanay", "Kostanai"]), cityAdjectives: ["Костанайск", "Рудненск"],
    districts: [
      p("Алтынсарин", "Алтынсаринск", "Altynsarin"), p("Амангелді", "Амангельдинск", "Amangeldi"),
      p("Әулиекөл", "Аулиекольск", "Auliekol"), p("Денисов", "Денисовск", "Denisov"), p("Жангелді", "Джангельдинск", "Zhangeldi"),
      p("Жітіқара", "Житикаринск", "Zhitikara"), p("Қамысты", "Камыстинск", "Kamysty"), p("Қарабалық", "Карабалыкск", "Karabalyk"),
      p("Қарасу", "Карасуск", "Karasu"), p("Меңдіқара", "Мендыкаринск", "Mendykara"), p("Наурызым", "Наурзумск", "Naurzum"),
      p("Сарыкөл", "Сарыкольск", "Sarykol"), p("Ұзынкөл", "Узункольск", "Uzunkol"), p("Федоров", "Федоровск", "Fedorov"),
    ],
    cities: [p("Затобол", "Затобольск", "Zatobolsk"), 
      p("Қостанай", "Костанай", ["Kostanay", "Kostanai"]), p("Рудный", "Рудный", "Rudny"), p("Лисаковск", "Лисаковск", "Lisakovsk"),
      p("Арқалық", "Аркалык", "Arkalyk"), p("Жітіқара", "Житикара", "Zhitikara"),
    ],
  },
  {
    region: "Kyzylorda Region", names: p("Қызылорда", "Кызылординск", "Kyzylorda"), cityAdjectives: ["Кызылординск"],
    districts: [
      p("Арал", "Аральск", "Aral"), p("Жалағаш", "Жалагашск", "Zhalagash"), p("Жаңақорған", "Жанакорганск", "Zhanakorgan"),
      p("Қазалы", "Казалинск", "Kazaly"), p("Қармақшы", "Кармакшинск", "Karmakshy"), p("Сырдария", "Сырдарьинск", "Syrdarya"),
      p("Шиелі", "Шиелийск", "Shieli"),
    ],
    cities: [p("Қызылорда", "Кызылорда", "Kyzylorda"), p("Байқоңыр", "Байконур", ["Baikonur", "Baikonyr"]), p("Арал", "Аральск", "Aralsk")],
  },
  {
    region: "Mangystau Region", names: p("Маңғыстау", ["Мангистауск", "Мангыстауск"], ["Mangystau", "Mangistau"]), cityAdjectives: ["Актауск", "Мангистауск"],
    districts: [
      p("Бейнеу", "Бейнеуск", "Beineu"), p("Қарақия", "Каракиянск", "Karakiya"), p("Мұнайлы", "Мунайлинск", "Munaily"),
      p("Түпқараған", "Тупкараганск", "Tupkaragan"),
    ],
    cities: [p("Бейнеу", "Бейнеу", "Beineu"), 
      p("Ақтау", "Актау", ["Aktau", "Aqtau"]), p("Жаңаөзен", "Жанаозен", "Zhanaozen"), p("Құрық", "Курык", "Kuryk"),
      p("Форт-Шевченко", "Форт-Шевченко", "Fort-Shevchenko"),
      // the region named alone, as news often does ("in Mangystau", "в Мангистау")
      p("Маңғыстау", ["Мангистау", "Мангыстау"], ["Mangystau", "Mangistau"]),
    ],
  },
  {
    region: "North Kazakhstan Region", names: p("Солтүстік Қазақстан", "Северо-Казахстанск", "North Kazakhstan"),
    districts: [
      p("Айыртау", "Айыртауск", "Aiyrtau"), p("Ақжар", "Акжарск", "Akzhar"), p("Аққайың", "Аккайынск", "Akkayin"),
      p("Қызылжар", "Кызылжарск", "Kyzylzhar"), p("Мамлют", "Мамлютск", "Mamlyut"), p("Тайынша", "Тайыншинск", "Tayinsha"),
      p("Тимирязев", "Тимирязевск", "Timiryazev"), p("Уәлиханов", "Уалихановск", "Ualikhanov"),
    ],
    cities: [p("Петропавл", "Петропавловск", ["Petropavl", "Petropavlovsk"])],
  },
  {
    region: "Pavlodar Region", names: p("Павлодар", "Павлодарск", "Pavlodar"), cityAdjectives: ["Павлодарск", "Экибастузск"],
    districts: [
      p("Баянауыл", "Баянаульск", "Bayanaul"), p("Железин", "Железинск", "Zhelezin"), p("Ертіс", "Иртышск", "Irtysh"),
      p("Тереңкөл", "Теренкольск", "Terenkol"), p("Май", "Майск", "May"), p("Успен", "Успенск", "Uspen"),
      p("Шарбақты", "Щербактинск", "Sharbakty"), p("Аққулы", "Аккулинск", "Akkuly"),
    ],
    cities: [p("Павлодар", "Павлодар", "Pavlodar"), p("Екібастұз", "Экибастуз", "Ekibastuz"), p("Ақсу", "Аксу", "Aksu")],
  },
  {
    region: "Turkistan Region", names: p(["Түркістан", "Оңтүстік Қазақстан"], ["Туркестанск", "Южно-Казахстанск"], ["Turkistan", "Turkestan", "South Kazakhstan"]), cityAdjectives: ["Туркестанск", "Кентауск"],
    districts: [
      p("Бәйдібек", "Байдибекск", "Baidibek"), p("Қазығұрт", "Казыгуртск", "Kazygurt"), p("Мақтаарал", "Мактааральск", "Maktaaral"),
      p("Ордабасы", "Ордабасинск", "Ordabasy"), p("Отырар", "Отрарск", "Otrar"), p("Сайрам", "Сайрамск", "Sairam"),
      p("Сарыағаш", "Сарыагашск", "Saryagash"), p("Созақ", "Созакск", "Sozak"), p("Төле би", "Толебийск", "Tole Bi"),
      p("Түлкібас", "Тюлькубасск", "Tulkibas"), p("Шардара", "Шардаринск", "Shardara"), p("Келес", "Келесск", "Keles"),
      p("Жетісай", "Жетысайск", "Zhetysai"), p("Сауран", "Сауранск", "Sauran"),
    ],
    cities: [p("Сайрам", "Сайрам", "Sairam"), p("Шардара", "Шардара", "Shardara"), p("Мақтаарал", "Мактаарал", "Maktaaral"), p("Дарбаза", "Дарбаза", "Darbaza"), 
      p("Түркістан", "Туркестан", ["Turkistan", "Turkestan"]), p("Кентау", "Кентау", "Kentau"), p("Арыс", "Арысь", "Arys"),
      p("Сарыағаш", "Сарыагаш", "Saryagash"), p("Жетісай", "Жетысай", "Zhetysai"), p("Ленгер", "Ленгер", "Lenger"),
    ],
  },
  {
    region: "Ulytau Region", names: p("Ұлытау", "Улытауск", "Ulytau"), cityAdjectives: ["Жезказганск", "Сатпаевск"],
    districts: [p("Жаңаарқа", "Жанааркинск", "Zhanaarka")],
    cities: [p("Жезқазған", "Жезказган", "Zhezkazgan"), p("Сәтбаев", ["Сатпаев", "Сатбаев"], ["Satpayev", "Satbayev"]), p("Ұлытау", "Улытау", "Ulytau"), p("Қаражал", "Каражал", "Karazhal")],
  },
  {
    region: "West Kazakhstan Region", names: p("Батыс Қазақстан", "Западно-Казахстанск", "West Kazakhstan"),
    districts: [
      p("Ақжайық", "Акжаикск", "Akzhaik"), p("Бөкей орда", "Бокейординск", "Bokeyorda"), p("Бөрлі", "Бурлинск", "Burlin"),
      p("Жаңақала", "Жангалинск", "Zhangala"), p("Жәнібек", "Жанибекск", "Zhanibek"), p("Бәйтерек", "Байтерекск", "Baiterek"),
      p("Казталов", "Казталовск", "Kaztalov"), p("Қаратөбе", "Каратобинск", "Karatobe"), p("Сырым", "Сырымск", "Syrym"),
      p("Тасқала", "Таскалинск", "Taskala"), p("Теректі", "Теректинск", "Terekty"), p("Шыңғырлау", "Чингирлауск", "Chingirlau"),
    ],
    cities: [p("Орал", "Уральск", ["Oral", "Uralsk"]), p("Ақсай", "Аксай", "Aksai"), p("Қарашығанақ", "Карачаганак", "Karachaganak")],
  },
  {
    region: "Astana", names: p([], [], []), cityAdjectives: ["Астанинск"],
    districts: [p("Сарыарқа", "Сарыаркинск", "Saryarka"), p("Байқоңыр", "Байконурск", "Baikonur")],
    cities: [p(["Астана", "Нұр-Сұлтан"], ["Астана", "Нур-Султан"], ["Astana", "Nur-Sultan"])],
  },
  {
    region: "Almaty", names: p([], [], []),
    districts: [
      p("Алмалы", "Алмалинск", "Almaly"), p("Әуезов", "Ауэзовск", "Auezov"), p("Бостандық", "Бостандыкск", "Bostandyk"),
      p("Медеу", "Медеуск", "Medeu"), p("Наурызбай", "Наурызбайск", "Nauryzbay"), p("Түрксіб", "Турксибск", "Turksib"),
      p("Алатау", "Алатауск", "Alatau"),
    ],
    cities: [p("Алматы", ["Алматы", "Алма-Ата"], ["Almaty", "Alma-Ata"])],
  },
  {
    region: "Shymkent", names: p([], [], []), cityAdjectives: ["Шымкентск"],
    districts: [p("Әл-Фараби", "Аль-Фарабийск", "Al-Farabi"), p("Еңбекші", "Енбекшинск", "Enbekshi"), p("Тұран", "Туранск", "Turan"), p("Қаратау", "Каратауск", "Karatau")],
    cities: [p("Шымкент", "Шымкент", "Shymkent")],
  },
];

/**
 * English names of regions that stand for their region with no "region" or "oblast" after them ("in East Kazakhstan",
 * "in Zhetysu"): compass names and names no city bears.
 */
export const EN_BARE_REGION_NAMES: Readonly<Record<string, RegionName>> = {
  "Zhetysu": "Jetisu Region", "Jetisu": "Jetisu Region",
};

/**
 * Compass names of regions with no "region" after them ("in East Kazakhstan"): the region, but they may also name a part
 * of the country ("the largest in North Kazakhstan"), so they weigh less than a region or city named (dealRegion).
 */
export const EN_COMPASS_REGION_NAMES: Readonly<Record<string, RegionName>> = {
  "East Kazakhstan": "East Kazakhstan Region", "North Kazakhstan": "North Kazakhstan Region", "West Kazakhstan": "West Kazakhstan Region",
};

/**
 * Kazakh compass names of regions that stand for their region with no "облысы" after them, in any case form
 * ("Шығыс Қазақстанда", "Батыс Қазақстандағы", "Солтүстік Қазақстанға"), as EN_COMPASS_REGION_NAMES. (Not "Оңтүстік
 * Қазақстан": since 2018 it is Turkistan Region, and the old name now also means the south of the country.)
 */
export const KK_BARE_REGION_NAMES: Readonly<Record<string, RegionName>> = {
  "Шығыс Қазақстан": "East Kazakhstan Region", "Батыс Қазақстан": "West Kazakhstan Region", "Солтүстік Қазақстан": "North Kazakhstan Region",
};

/**
 * Russian compass adjectives (stems) that with the country's name after them stand for their region ("в Восточном
 * Казахстане", "Северного Казахстана"), as EN_COMPASS_REGION_NAMES; the country's name and its case endings follow.
 */
export const RU_BARE_REGION_STEMS: Readonly<Record<string, RegionName>> = {
  "Восточн": "East Kazakhstan Region", "Западн": "West Kazakhstan Region", "Северн": "North Kazakhstan Region",
};
export const RU_BARE_REGION_NOUN = { stem: "Казахстан", endings: ["", "а", "у", "е", "ом"] } as const;

/** Region abbreviations written as one word (ВКО, БҚО …). */
export const REGION_ABBREVIATIONS: Readonly<Record<string, RegionName>> = {
  "ВКО": "East Kazakhstan Region", "ШҚО": "East Kazakhstan Region", "ЗКО": "West Kazakhstan Region",
  "БҚО": "West Kazakhstan Region", "СКО": "North Kazakhstan Region", "СҚО": "North Kazakhstan Region",
  "ЮКО": "Turkistan Region", "ОҚО": "Turkistan Region", "WKO": "West Kazakhstan Region", "EKO": "East Kazakhstan Region",
};

/** The words for "region" and "district" and the endings they take, per language. */
export const REGION_WORDS = {
  kk: { region: ["облыс"], district: ["аудан"] },
  ru: { region: ["област"], district: ["район"] },
  en: { region: ["Region", "region", "Oblast", "oblast", "Province", "province"], district: ["District", "district"] },
} as const;

/**
 * The cities agencies file national news from (the seat of government; Almaty, where Reuters, Interfax-Kazakhstan and the
 * business press sit): a dateline in capitals naming one ("АСТАНА. KAZINFORM –", "ALMATY, Oct 15 (Reuters) -") says where
 * the news was filed, not where a project is. A regional dateline ("ПАВЛОДАР. КАЗИНФОРМ –") places it.
 */
export const DATELINE_SEATS: readonly RegionName[] = ["Astana", "Almaty"];

/**
 * Russian city ending classes, by the nominative's last letter: "Астана" → Астаны, Астане, Астану,
 * Астаной; "Шымкент" → Шымкента, Шымкенте, Шымкентом; "Костанай" → Костаная, Костанае;
 * "Сарань" → Сарани; names in -е, -у, -ы, -о do not decline ("Актобе", "Атырау", "Алматы").
 */
export const RU_CITY_ENDINGS = {
  a: ["а", "ы", "е", "у", "ой", "ою"],
  consonant: ["", "а", "у", "е", "ом"],
  short: ["й", "я", "ю", "е", "ем"],
  soft: ["ь", "и", "ью"],
  adjective: ["ый", "ого", "ому", "ом", "ым"],
} as const;

/** Russian adjective endings of "-ская область" / "-ский район" in every case. */
export const RU_ADJECTIVE_ENDINGS = ["ая", "ой", "ую", "ою", "ий", "ого", "ому", "им", "ом", "ие", "их", "ими"] as const;

/**
 * The vowel Kazakh puts between a Russian name's final consonants and its case ending ("Степногорскіде", "Лисаковскінің",
 * "Щучинскіге"): optional before KK_CASE_ENDINGS.
 */
export const KK_EPENTHETIC_VOWELS: readonly string[] = ["і", "ы"];

/** Kazakh case endings a city name may take ("Шымкентте", "Астанадағы", "Ақтөбеге"), longest first by the pattern. */
export const KK_CASE_ENDINGS: readonly string[] = [
  "да", "де", "та", "те", "нда", "нде", "ға", "ге", "қа", "ке", "на", "не", "ның", "нің", "дың", "дің", "тың", "тің",
  "ны", "ні", "ды", "ді", "ты", "ті", "н", "нан", "нен", "дан", "ден", "тан", "тен", "мен", "бен", "пен",
  "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "лық", "лік", "дық", "дік", "тық", "тік",
];
