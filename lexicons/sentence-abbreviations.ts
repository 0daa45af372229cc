/**
 * Abbreviations that end in a period, for sentence segmentation (src/segment.ts).
 * Entries are written without the final period and compared in lower case.
 */

/**
 * Never end a sentence: titles, "т.е." and the like are always followed by more of the sentence.
 * A single capital letter with a period (an initial, "Н. Шакиров") is handled by the segmenter.
 */
export const NON_FINAL_ABBREVIATIONS: readonly string[] = [
  // Russian
  "т.е", "т. е", "им", "ул", "просп", "проф", "акад", "доц", "г-н", "г-жа", "напр", "тел", "обл", "р-н", "пос",
  "рис", "табл", "англ", "рус", "каз", "кит", "оз", "соч",
  // Kazakh
  "көш", "ауд", "мыс",
  // English
  "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "e.g", "i.e", "approx", "jan", "feb", "mar", "apr", "jun",
  "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "dept", "gov", "sen", "rep", "u.s", "u.k",
  // the first halves of legal forms ("Vento Nord Pte. Ltd.", "Sdn. Bhd.")
  "pte", "sdn",
];

/**
 * Number multipliers: "27 млрд. АҚШ долларын" goes on, "… 220 млн. Проект …" does not. After one of
 * these the sentence goes on when the next word is a currency (CURRENCY_AFTER_MULTIPLIER) or lower case.
 */
export const MULTIPLIER_ABBREVIATIONS: readonly string[] = [
  "млн", "млрд", "трлн", "тыс", "мың", "млн.", "mln", "bn", "mn", "thous", "трл", "миллиард", "миллион",
];

/** Word starts that continue a sentence after a multiplier abbreviation (currencies written upper case). */
export const CURRENCY_AFTER_MULTIPLIER: readonly string[] = [
  "АҚШ", "США", "USD", "US", "EUR", "KZT", "CNY", "RUB", "ЕО", "ЕС", "юан", "Юан", "Доллар", "Евро", "Теңге", "Тенге",
];

/**
 * "г." is "год" after a number ("в 2025 г. Компания …" may end a sentence) but "город" before a
 * name ("в г. Актобе"): these end a sentence only right after a number.
 */
export const AFTER_NUMBER_ABBREVIATIONS: readonly string[] = ["г", "гг", "ж", "жж"];

/**
 * Legal-form abbreviations with a period that an abbreviation in brackets may follow within the
 * sentence: "China Energy Engineering Co. (CEEC) will build …" is one sentence.
 */
export const LEGAL_FORM_ABBREVIATIONS: readonly string[] = ["co", "ltd", "inc", "corp"];
