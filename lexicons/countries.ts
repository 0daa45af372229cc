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
      // Chinese provinces and their administrative words
      "провинци", "шэньси", "шэнси", "шаньси", "шэнь", "синьцзян", "шыңжаң", "цзянсу", "сиань", "шанхай", "пекин",
      "бейжің", "гуандун", "чжэцзян", "шаньдун", "ганьсу", "хэнань", "хубэй", "сычуань", "чунцин", "тяньцзинь",
      "beijing", "shanghai", "jiangsu", "xinjiang", "shaanxi", "shanxi", "shandong", "guangdong", "zhejiang", "sichuan",
      "hubei", "henan", "gansu", "tianjin", "chongqing", "harbin", "shenzhen", "guangzhou",
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
  { country: "RU", stems: ["ресей", "российск", "россии", "россия", "russian", "рф"] },
  { country: "US", stems: ["американ", "сша", "ақш", "american"] },
  { country: "TR", stems: ["түрік", "турецк", "turkish"] },
  { country: "KR", stems: ["корей", "оңтүстік корея", "korean"] },
  { country: "JP", stems: ["жапон", "япон", "japanese"] },
  { country: "DE", stems: ["герман", "немец", "german"] },
  { country: "UZ", stems: ["өзбек", "узбек", "uzbek"] },
];

/** Country of a news site by its top-level domain ("Zakon.kz" → KZ). */
export const DOMAIN_COUNTRIES: Readonly<Record<string, string>> = { kz: "KZ", ru: "RU", cn: "CN", uz: "UZ", kg: "KG" };
