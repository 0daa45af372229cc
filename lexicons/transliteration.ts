/**
 * Letters and spelling folds for organization keys (src/organizations/keys.ts): the same company
 * written in Kazakh or Russian Cyrillic and in Latin letters must meet. Keys compare, never display.
 *
 * 1. Cyrillic to Latin: the Kazakh Latin alphabet of 2021 for Kazakh letters and a simplified
 *    BGN/PCGN romanization for the Russian ones (CYRILLIC_TO_LATIN), plain ASCII. A Chinese name
 *    in Cyrillic (the Palladius system: "Хуадянь", "Цзянсу") is read back to pinyin syllable by
 *    syllable (PALLADIUS), when the name looks Chinese (PALLADIUS_MARKERS).
 * 2. Latin letters of the Kazakh, Turkish and pinyin alphabets to ASCII (LATIN_LETTERS).
 * 3. A phonetic skeleton (SKELETON_FOLDS, then WORD_VARIANTS) on both sides, so that the spelling
 *    habits of the three languages meet.
 */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "i", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "ts", ч: "ch", ш: "sh",
  щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "iu", я: "ia",
  // Kazakh letters
  ә: "a", ғ: "g", қ: "k", ң: "n", ө: "o", ұ: "u", ү: "u", һ: "h", і: "i",
};

/**
 * Palladius syllables (Russian spelling of Mandarin) and their pinyin, for Chinese names in Cyrillic.
 * Longest first at each position; a syllable is read only where the whole word splits into them.
 */
export const PALLADIUS: Readonly<Record<string, string>> = {
  а: "a", ай: "ai", ань: "an", ан: "ang", ао: "ao",
  ба: "ba", бай: "bai", бань: "ban", бан: "bang", бао: "bao", бэй: "bei", бэнь: "ben", бэн: "beng", би: "bi", бянь: "bian", бяо: "biao", бе: "bie", бинь: "bin", бин: "bing", бо: "bo", бу: "bu",
  ца: "ca", цай: "cai", цань: "can", цан: "cang", цао: "cao", цэ: "ce", цэнь: "cen", цэн: "ceng", ча: "cha", чай: "chai", чань: "chan", чан: "chang", чао: "chao", чэ: "che", чэнь: "chen", чэн: "cheng", чи: "chi", чун: "chong", чоу: "chou", чу: "chu", чуань: "chuan", чуан: "chuang", чуй: "chui", чунь: "chun", чо: "chuo", цы: "ci", цун: "cong", цоу: "cou", цу: "cu", цуань: "cuan", цуй: "cui", цунь: "cun", цо: "cuo",
  да: "da", дай: "dai", дань: "dan", дан: "dang", дао: "dao", дэ: "de", дэн: "deng", ди: "di", дянь: "dian", дяо: "diao", де: "die", дин: "ding", дю: "diu", дун: "dong", доу: "dou", ду: "du", дуань: "duan", дуй: "dui", дунь: "dun", до: "duo",
  э: "e", энь: "en", эр: "er",
  фа: "fa", фань: "fan", фан: "fang", фэй: "fei", фэнь: "fen", фэн: "feng", фо: "fo", фоу: "fou", фу: "fu",
  га: "ga", гай: "gai", гань: "gan", ган: "gang", гао: "gao", гэ: "ge", гэй: "gei", гэнь: "gen", гэн: "geng", гун: "gong", гоу: "gou", гу: "gu", гуа: "gua", гуай: "guai", гуань: "guan", гуан: "guang", гуй: "gui", гунь: "gun", го: "guo",
  ха: "ha", хай: "hai", хань: "han", хан: "hang", хао: "hao", хэ: "he", хэй: "hei", хэнь: "hen", хэн: "heng", хун: "hong", хоу: "hou", ху: "hu", хуа: "hua", хуай: "huai", хуань: "huan", хуан: "huang", хуэй: "hui", хунь: "hun", хо: "huo",
  цзи: "ji", цзя: "jia", цзянь: "jian", цзян: "jiang", цзяо: "jiao", цзе: "jie", цзинь: "jin", цзин: "jing", цзюн: "jiong", цзю: "jiu", цзюй: "ju", цзюань: "juan", цзюэ: "jue", цзюнь: "jun",
  ка: "ka", кай: "kai", кань: "kan", кан: "kang", као: "kao", кэ: "ke", кэнь: "ken", кэн: "keng", кун: "kong", коу: "kou", ку: "ku", куа: "kua", куай: "kuai", куань: "kuan", куан: "kuang", куй: "kui", кунь: "kun", ко: "kuo",
  ла: "la", лай: "lai", лань: "lan", лан: "lang", лао: "lao", лэ: "le", лэй: "lei", лэн: "leng", ли: "li", лянь: "lian", лян: "liang", ляо: "liao", ле: "lie", линь: "lin", лин: "ling", лю: "liu", лун: "long", лоу: "lou", лу: "lu", люй: "lü", луань: "luan", люэ: "lüe", лунь: "lun", ло: "luo",
  ма: "ma", май: "mai", мань: "man", ман: "mang", мао: "mao", мэй: "mei", мэнь: "men", мэн: "meng", ми: "mi", мянь: "mian", мяо: "miao", ме: "mie", минь: "min", мин: "ming", мю: "miu", мо: "mo", моу: "mou", му: "mu",
  на: "na", най: "nai", нань: "nan", нан: "nang", нао: "nao", нэ: "ne", нэй: "nei", нэнь: "nen", нэн: "neng", ни: "ni", нянь: "nian", нян: "niang", няо: "niao", не: "nie", нинь: "nin", нин: "ning", ню: "niu", нун: "nong", ноу: "nou", ну: "nu", нюй: "nü", нуань: "nuan", нюэ: "nüe", но: "nuo",
  оу: "ou",
  па: "pa", пай: "pai", пань: "pan", пан: "pang", пао: "pao", пэй: "pei", пэнь: "pen", пэн: "peng", пи: "pi", пянь: "pian", пяо: "piao", пе: "pie", пинь: "pin", пин: "ping", по: "po", поу: "pou", пу: "pu",
  ци: "qi", ця: "qia", цянь: "qian", цян: "qiang", цяо: "qiao", це: "qie", цинь: "qin", цин: "qing", цюн: "qiong", цю: "qiu", цюй: "qu", цюань: "quan", цюэ: "que", цюнь: "qun",
  жань: "ran", жан: "rang", жао: "rao", жэ: "re", жэнь: "ren", жэн: "reng", жи: "ri", жун: "rong", жоу: "rou", жу: "ru", жуань: "ruan", жуй: "rui", жунь: "run", жо: "ruo",
  са: "sa", сай: "sai", сань: "san", сан: "sang", сао: "sao", сэ: "se", сэнь: "sen", сэн: "seng", ша: "sha", шай: "shai", шань: "shan", шан: "shang", шао: "shao", шэ: "she", шэнь: "shen", шэн: "sheng", ши: "shi", шоу: "shou", шу: "shu", шуа: "shua", шуай: "shuai", шуань: "shuan", шуан: "shuang", шуй: "shui", шунь: "shun", шо: "shuo", сы: "si", сун: "song", соу: "sou", су: "su", суань: "suan", суй: "sui", сунь: "sun", со: "suo",
  та: "ta", тай: "tai", тань: "tan", тан: "tang", тао: "tao", тэ: "te", тэн: "teng", ти: "ti", тянь: "tian", тяо: "tiao", те: "tie", тин: "ting", тун: "tong", тоу: "tou", ту: "tu", туань: "tuan", туй: "tui", тунь: "tun", то: "tuo",
  ва: "wa", вай: "wai", вань: "wan", ван: "wang", вэй: "wei", вэнь: "wen", вэн: "weng", во: "wo", у: "wu",
  си: "xi", ся: "xia", сянь: "xian", сян: "xiang", сяо: "xiao", се: "xie", синь: "xin", син: "xing", сюн: "xiong", сю: "xiu", сюй: "xu", сюань: "xuan", сюэ: "xue", сюнь: "xun",
  я: "ya", ян: "yang", яо: "yao", е: "ye", и: "yi", инь: "yin", ин: "ying", юн: "yong", ю: "you", юй: "yu", юань: "yuan", юэ: "yue", юнь: "yun",
  цза: "za", цзай: "zai", цзань: "zan", цзан: "zang", цзао: "zao", цзэ: "ze", цзэй: "zei", цзэнь: "zen", цзэн: "zeng", чжа: "zha", чжай: "zhai", чжань: "zhan", чжан: "zhang", чжао: "zhao", чжэ: "zhe", чжэнь: "zhen", чжэн: "zheng", чжи: "zhi", чжун: "zhong", чжоу: "zhou", чжу: "zhu", чжуа: "zhua", чжуай: "zhuai", чжуань: "zhuan", чжуан: "zhuang", чжуй: "zhui", чжунь: "zhun", чжо: "zhuo", цзы: "zi", цзун: "zong", цзоу: "zou", цзу: "zu", цзуань: "zuan", цзуй: "zui", цзунь: "zun", цзо: "zuo",
};

/**
 * Letter sequences of Palladius spelling that Russian and Kazakh words hardly have ("цз", "чж",
 * "нь", "эй", "ао", "уа"…). A name is read as Chinese only when one of its words splits wholly into
 * Palladius syllables and holds one of these: "Хуадянь" is, "Сайлау" (сай+ла+у) is not.
 */
/** The sign that separates two Palladius syllables before a vowel ("Минъян": Mingyang), read as nothing. */
export const PALLADIUS_SEPARATOR = "ъ";

export const PALLADIUS_MARKERS = /цз|чж|нь|эй|эн|ао|оу|уа|уэ|юэ|юй|яо|ся|сю|ци|ця|цю|цы|ун(?![аеёиоуыэюя])/u;

/** Latin letters outside ASCII to ASCII: Kazakh Latin of 2021 and Turkish ("Qazaqstan temir joly", "Şymkent"). */
export const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ş: "sh", ç: "ch", ğ: "g", ñ: "n", ı: "i", ä: "a", ö: "o", ü: "u", ū: "u", ý: "i", é: "e", ß: "ss",
  // letters of their own that no decomposition bares (Polish, Scandinavian, Croatian): "Łódź" meets "Lodz"
  ł: "l", ø: "o", æ: "ae", œ: "oe", đ: "d",
};

/**
 * The phonetic skeleton: applied in order to the lower-case ASCII key, repeated until nothing
 * changes (after doubled letters are made single), so that "Kazakhstan", "Казахстан" (kazahstan),
 * "Qazaqstan", "Jetisu" and "Жетісу" (zhetisu), "Stroy" and "Строй" (stroi), "Zhongtian" and
 * "Чжунтянь" meet. Each fold merges spellings of one sound:
 * - shch (щ) → sh; dzh, dj (дж) → j; zh (ж) → j (Kazakh Latin j, pinyin zh)
 * - kh (х in BGN) → h (х in Kazakh Latin and pinyin); q (қ in Kazakh Latin) → k; gh (ғ: "Ghalam") → g
 * - x → ks (Exxon / Эксон; pinyin x meets the Palladius reading, which gives x too)
 * - ph → f; ck → k; w → v (в); ts (ц) → c (pinyin c); then c → s before e and i, else k (ch kept):
 *   "Cement" / "Цемент", "Electric" / "Электрик", "Cosco" / "Коско"
 * - y → i (ы, й, and "ya/ia", "yu/iu": я → ia, ю → iu)
 * - g before e and i → j ("Energy" / "Энерджи"; Russian and pinyin ge, gi fold the same on both sides)
 * - ng before a consonant or at the end → n (Palladius "ан" is pinyin "ang": "Шанхай" / "Shanghai"),
 *   before gh → g, so that "Shanghai" keeps its h
 * Soft and hard signs are dropped by CYRILLIC_TO_LATIN.
 */
export const SKELETON_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/shch/g, "sh"], [/dzh|dj/g, "j"], [/zh/g, "j"], [/kh/g, "h"], [/q/g, "k"], [/ng(?![aeiouy])/g, "n"], [/gh/g, "g"],
  [/x/g, "ks"], [/ph/g, "f"], [/ck/g, "k"], [/w/g, "v"], [/ts/g, "c"], [/y/g, "i"], [/g(?=[ei])/g, "j"], [/c(?=[ei])/g, "s"], [/c(?!h)/g, "k"],
];

/**
 * Words that one language spells with other sounds, in skeleton form: the Kazakh "Қазақ(стан)"
 * (kazak) is the Russian and English "Казах(стан)", "Kazakh(stan)" (kazah).
 */
export const WORD_VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/kazak/g, "kazah"],
];

/**
 * Words left out of keys besides the legal forms: words that join parts of a name ("Road and Bridge"
 * = "Road & Bridge") and the generic word "company" that one article writes and another drops
 * ("Sinopec Co." = "Sinopec", "Алтын компаниясы" = "Алтын"; "Corporation" is a legal form already).
 */
export const KEY_DROPPED_WORDS: readonly string[] = [
  "and", "&", "и", "және", "мен", "Co", "Co.", "Company", "компания", "компаниясы", "корпорация", "корпорациясы",
];

/**
 * Kazakh case endings dropped from the end of a name in keys ("Альфа Стройдың" → "Альфа Строй"):
 * after a hyphen every ending of lexicons/org-heads.kk.ts; without one only these, which hold a
 * letter and a sound no Kazakh, Russian or Latin nominative ends in (the genitive: the dative
 * "-ға", "-қа" is not, "Сарыарқа" ends so).
 */
export const KEY_KAZAKH_ENDINGS: readonly string[] = ["ның", "нің", "дың", "дің", "тың", "тің"];
