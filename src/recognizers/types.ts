import type { LanguageCode, Mention, MentionType, SupportedLanguage } from "../types.js";
import type { ReferenceDate } from "../reference-date.js";

/** What every recognizer sees: the whole input and what the pipeline knows about it. */
export interface RecognizerContext {
  /** The input exactly as given; mention offsets index into it. */
  readonly text: string;
  /**
   * Same length as `text`, with look-alike characters folded (no-break and thin spaces
   * to a space, dashes to "-", "ё" kept) so patterns need fewer variants. Offsets are shared.
   */
  readonly normalized: string;
  /** Offset where the body starts (after a dateline); nothing before it is a mention. */
  readonly bodyStart: number;
  /** The document's language (`und` when it could not be told). */
  readonly language: LanguageCode;
  /** Resolves relative dates; null when neither the option nor a dateline gave one. */
  readonly referenceDate: ReferenceDate | null;
}

/**
 * One pipeline stage: finds mentions of one dimension. Stages are independent; the
 * pipeline runs every stage whose `languages` include the document's language (all of
 * them for `und`), then resolves overlaps once.
 */
export interface Recognizer {
  /** Unique, e.g. "money" or "date.kk". */
  readonly name: string;
  readonly type: MentionType;
  /** Document languages this stage runs for. */
  readonly languages: readonly SupportedLanguage[];
  /** Higher wins an overlap between mentions of equal length (default 0). */
  readonly priority?: number;
  recognize(context: RecognizerContext): Mention[];
}
