/**
 * Script cues for language detection. Data only; the engine is src/language.ts.
 */

/** Cyrillic letters used by Kazakh and not by Russian: one of them is decisive. */
export const KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

/** Letters used by Russian and not by Kazakh's standard orthography (none are decisive alone). */
export const RUSSIAN_ONLY_LETTERS = "";

/** Frequent Kazakh words written without the Kazakh-only letters. */
export const KAZAKH_FUNCTION_WORDS = [
  "мен", "бен", "пен", "және", "деп", "бойынша", "жылы", "жылдың", "болып", "бұл", "осы",
  "оның", "біз", "сол", "үшін", "арқылы", "туралы", "дейін", "кейін", "жоба", "облысы",
  "облысының", "ауданы", "тарта", "астам", "шамамен", "мың", "жыл", "жылға", "жылдары",
  "болады", "болды", "еді", "ма", "ме", "па", "пе", "ба", "бе", "да", "де", "та", "те",
];

/** Frequent Russian words that do not occur in Kazakh. */
export const RUSSIAN_FUNCTION_WORDS = [
  "и", "в", "во", "на", "с", "со", "по", "для", "что", "это", "как", "не", "от", "из", "за",
  "года", "году", "который", "которые", "также", "был", "была", "были", "будет", "его", "ее",
  "их", "он", "она", "они", "при", "о", "об", "к", "ко", "у", "до", "после", "между",
];

/** Frequent English function words: Latin text with several of them is English. */
export const ENGLISH_FUNCTION_WORDS = [
  "the", "of", "and", "in", "to", "a", "an", "is", "are", "was", "were", "for", "with", "on",
  "by", "at", "from", "that", "this", "as", "it", "its", "be", "has", "have", "will", "which",
  "said", "million", "billion", "year", "company", "project", "plant", "agreement",
];
