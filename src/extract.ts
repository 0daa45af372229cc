/**
 * The pipeline: validation → dateline → language → normalization → recognizers →
 * overlap resolution → organization keys → deal assembly → US dollars → result.
 */
import { readDateline } from "./dateline.js";
import { assembleDeals } from "./deals/assemble.js";
import { withUsd } from "./deals/usd.js";
import { withKeys, withPartyKeys } from "./organizations/keyed.js";
import { detectLanguage } from "./language.js";
import { normalizeText } from "./normalize.js";
import { validateOptions, validateText } from "./options.js";
import { resolveOverlaps, type Candidate } from "./overlaps.js";
import { RECOGNIZERS } from "./recognizers/index.js";
import type { Recognizer, RecognizerContext } from "./recognizers/types.js";
import { parseIsoDate } from "./reference-date.js";
import type { ExtractionResult, ExtractOptions, LanguageGuess, Mention } from "./types.js";

export function extract(text: string, options?: ExtractOptions): ExtractionResult {
  validateText(text);
  const valid = validateOptions(options);
  const dateline = readDateline(text);
  const referenceDate = valid.referenceDate ?? (dateline ? parseIsoDate(dateline.iso) : null);
  const bodyStart = dateline ? dateline.end : 0;
  const language: LanguageGuess =
    valid.language === "auto" ? detectLanguage(text.slice(bodyStart)) : { code: valid.language, confidence: 1 };

  const context: RecognizerContext = {
    text,
    normalized: normalizeText(text),
    bodyStart,
    language: language.code,
    referenceDate,
  };
  const mentions = withKeys(recognize(context, RECOGNIZERS));
  return {
    language,
    referenceDate: referenceDate ? referenceDate.iso : null,
    mentions,
    // kept for compatibility (v1.1): the texts of the date mentions left without a value
    unresolved: mentions.flatMap((m) => (m.type === "date" && m.value === null ? [m.text] : [])),
    deals: assembleDeals(context, mentions).map((deal) => withUsd(withPartyKeys(deal, mentions), referenceDate, valid.rates)),
  };
}

/** Runs the stages for the document's language and resolves their overlaps. */
export function recognize(context: RecognizerContext, recognizers: readonly Recognizer[]): Mention[] {
  const candidates: Candidate[] = [];
  for (const stage of recognizers) {
    if (context.language !== "und" && !stage.languages.includes(context.language)) continue;
    for (const mention of stage.recognize(context)) {
      if (mention.start < context.bodyStart) continue;
      candidates.push({ mention, priority: stage.priority ?? 0 });
    }
  }
  return resolveOverlaps(candidates);
}
