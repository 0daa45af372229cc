/**
 * Cues for language detection (kk | ru | en). Data only; the engine is src/language.ts.
 *
 * The engine reads words, lower-cased. Function words count whatever their case; letter
 * and ending cues count on words that do not start with a capital (capitalised words are
 * mostly names: a Kazakh place name in a Russian sentence, a Russian surname in a Kazakh one).
 * Each list is written for the language, not for any test sentence.
 */

/** Cyrillic letters used by Kazakh and not by Russian. */
export const KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

/**
 * Frequent Kazakh words written without the Kazakh-only letters (words with them are
 * caught by the letters). Words that are also Russian words ("он", "да", "не", "те", "та")
 * are left out on purpose.
 */
export const KAZAKH_FUNCTION_WORDS = [
  // postpositions, conjunctions, particles
  "мен", "бен", "пен", "және", "деп", "деген", "бойынша", "бойы", "арқылы", "туралы", "үшін",
  "дейін", "кейін", "бері", "соң", "сияқты", "бірге", "тарта", "астам", "шамамен", "жуық",
  "ал", "бірақ", "сондай", "сонымен", "сонда", "әрі", "тек", "ғана", "тағы", "ма", "ме", "ба",
  "бе", "па", "пе", "ше", "ретте", "ретінде", "арасында", "алдында", "кезде", "кезінде",
  // pronouns and demonstratives
  "бұл", "осы", "сол", "ол", "оны", "оның", "оған", "олар", "оларды", "біз", "біздің", "мұнда",
  "сонда", "барлық", "әр", "өз", "өзі",
  // frequent verbs and predicates
  "бар", "жоқ", "емес", "еді", "болып", "болды", "болады", "болатын", "болса", "бола", "болған",
  "керек", "жатыр", "отыр", "тұр", "алады", "береді", "салады", "жасады", "айтты", "атты",
  // time and quantity words frequent in news
  "жыл", "жылы", "жылға", "жылдың", "жылдан", "жылдары", "жылдың", "биыл", "былтыр", "ай", "айы",
  "айда", "наурыз", "мамыр", "маусым", "тамыз", "бес", "алты", "жиырма", "отыз", "елу", "алпыс",
  "сексен", "мың", "жаста",
  // news vocabulary
  "жоба", "жобасы", "облыс", "облысы", "облысының", "облысында", "ауданы", "ауданында", "ауыл",
  "қала", "қаласы", "сала", "саласы", "жер", "жаңа", "жалпы", "аса",
];

/** Frequent Russian words that do not occur in Kazakh. */
export const RUSSIAN_FUNCTION_WORDS = [
  // prepositions and conjunctions
  "и", "в", "во", "на", "с", "со", "по", "для", "от", "из", "за", "при", "о", "об", "обо", "к",
  "ко", "у", "до", "после", "между", "через", "над", "под", "без", "про", "около", "свыше",
  "более", "менее", "против", "среди", "а", "но", "или", "что", "чтобы", "как", "также", "тоже",
  "если", "когда", "где", "же", "ли", "бы", "уже", "только", "еще", "ещё", "так", "даже",
  // pronouns
  "это", "этот", "эта", "эти", "этого", "этой", "этом", "том", "тем", "того", "чем", "его", "ее",
  "её", "их", "она", "оно", "они", "который", "которая", "которое", "которые", "которых",
  "которым", "котором", "все", "всё", "всех", "свой", "своих", "своей",
  // verbs and news words
  "был", "была", "было", "были", "будет", "будут", "есть", "года", "году", "годы", "лет",
  "время", "сообщает", "сообщил", "сообщила", "заявил", "отметил", "рамках", "год",
  // adverbs and pronouns frequent in news
  "пока", "сейчас", "вчера", "сегодня", "завтра", "здесь", "там", "тут", "почти", "лишь",
  "именно", "снова", "затем", "потом", "кроме", "вместе", "очень", "всего", "может", "можно",
  "нужно", "надо", "сам", "сама", "себя", "него", "нее", "ней", "нем", "им", "ему", "ей",
  "мы", "вы", "нас", "вас", "нам", "вам", "наш", "наша", "наши", "ваш",
];

/**
 * Kazakh word endings that Russian words (not starting with a capital) practically never
 * have: person endings, converbs, participles, plural with a case, ablative, ordinals.
 */
export const KAZAKH_ENDINGS = [
  "мын", "мыз", "сыз", "быз", "пыз", "ымыз",
  "ып", "еп",
  "атын", "йтын", "етін", "йтін", "атыны",
  "айды", "ейді", "ады", "еді", "йды",
  "ген", "кен",
  "бен", "пен",
  "дан", "ден", "тан", "тен", "нан", "нен",
  "ында", "інде", "нда", "нде",
  "ларды", "лерді", "дарды", "тарды", "ларда", "лерде", "дарда", "тарда", "ларын", "лерін",
  "дарын", "тарын", "лардан", "ларымен",
  "ясы", "ысы", "уы", "уі",
  "ншы", "нші",
];

/** Russian word endings that Kazakh words practically never have. */
export const RUSSIAN_ENDINGS = [
  "ого", "его", "ому", "ему", "ыми", "ими",
  "ться", "тся", "лся", "лась", "лись", "ть",
  "ение", "ения", "ении", "ением", "анию", "ость", "ости",
  "ской", "ского", "ских", "ском", "скую", "ская", "ский",
  "ами", "ями", "ах", "ях", "ов", "ев",
  "ые", "ние", "тие", "кие", "гие", "хие", "ое", "ый", "ий", "ой", "ая", "ую", "юю",
  "или", "али", "ила", "ало", "ило", "ела", "ели", "ил", "ел", "ован", "ирован",
  "ает", "яет", "ует", "ают", "яют", "уют", "еет",
  "ции", "цию", "цией",
  "ено", "ены", "лось",
];

/** Frequent English words: Latin-script text with some of them is English. */
export const ENGLISH_FUNCTION_WORDS = [
  "the", "of", "and", "in", "to", "a", "an", "is", "are", "was", "were", "be", "been", "for",
  "with", "on", "by", "at", "from", "that", "this", "these", "as", "it", "its", "has", "have",
  "had", "will", "would", "which", "who", "not", "or", "but", "into", "over", "than", "their",
  "they", "he", "she", "we", "our", "also", "about", "after", "between", "under", "up",
  "said", "says", "million", "billion", "year", "company", "project", "plant", "agreement",
];

/**
 * Frequent English news words, for headlines in Title Case that have no function word
 * ("China Sign Solar Deal"). They count like function words (weakly when capitalised).
 */
export const ENGLISH_NEWS_WORDS = [
  "deal", "deals", "sign", "signs", "signed", "build", "builds", "launch", "launches", "open",
  "opens", "talks", "trade", "export", "exports", "import", "imports", "record", "high", "growth",
  "price", "prices", "market", "solar", "wind", "power", "oil", "gas", "bank", "investment",
  "investments", "investor", "investors", "government", "minister", "ministry", "president",
  "region", "regional", "new", "national", "international", "farm", "farmers", "wheat", "grain",
  "weather", "forecast", "team", "wins", "win", "hit", "hits", "first", "percent", "tonnes",
  "jobs", "construction", "agreements", "memorandum", "cooperation", "projects", "companies",
  "firm", "firms", "plans", "visit", "meets", "meeting", "summit", "forum", "signing",
];

/** English word endings (for lower-case Latin words). */
export const ENGLISH_ENDINGS = ["tion", "ing", "ed", "ment", "ness", "ity", "ly", "ies", "ship"];
