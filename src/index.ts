export { extract } from "./extract.js";
export { detectLanguage, detectSentenceLanguages, type LanguageSpan } from "./language.js";
export type * from "./types.js";
export type { Recognizer, RecognizerContext } from "./recognizers/types.js";
export { registeredPatterns } from "./regex.js";
export { mergeDeals, ProjectMerger, type IdentifiedResult } from "./projects/merge.js";
export { runMerge, type MergeRunOptions, type MergeRunSummary } from "./projects/stream.js";
export type { ProjectRecord, Conflict, ConflictValue } from "./projects/records.js";
export type { DealRef } from "./projects/view.js";
