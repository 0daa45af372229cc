export { extract } from "./extract.js";
export { detectLanguage, detectSentenceLanguages, type LanguageSpan } from "./language.js";
export type * from "./types.js";
export type { Recognizer, RecognizerContext } from "./recognizers/types.js";
export { registeredPatterns } from "./regex.js";
