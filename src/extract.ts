/**
 * The pipeline: validation → dateline → language → normalization → recognizers →
 * overlap resolution → organization keys → deal assembly → US dollars → result.
 */
import { readDateline } from "./dateline.js";
import { assembleDeals } from "./deals/deals.js";
import { withUsd } from "./deals/usd.js";
import { aliasKeys } from "./organizations/keys.js";
import { withKeys, withPartyKeys } from "./organizations/keyed.js";
import { detectLanguage } from "./language.js";
import { entitySpans, normalizeText, withWholeEntities } from "./normalize.js";
import { kindOf, validateOptions, validateText } from "./options.js";
import { withoutPriceDenominators } from "./price-denominators.js";
import { resolveStages, type StageMentions } from "./overlaps.js";
import { withCoordinatedFigures } from "./coordinated.js";
import { RECOGNIZERS } from "./recognizers/index.js";
import type { Recognizer, RecognizerContext } from "./recognizers/types.js";
import { parseIsoDate, type ReferenceDate } from "./reference-date.js";
import { compileDeferred } from "./regex.js";
import { wireReferenceDate } from "./wire-date.js";
import type { ExtractionResult, ExtractOptions, LanguageGuess, Mention } from "./types.js";

export function extract(text: string, options?: ExtractOptions): ExtractionResult {
  const doc = prepare(text, options);
  return finish(doc, recognize(doc.context, RECOGNIZERS));
}

/**
 * extract() over several documents, with the same results: each stage runs over all of them before
 * the next stage starts, so that one stage's patterns and code stay warm in the processor's caches.
 * Measured on the dev texts in batches of ~64 KB (as `extract --jsonl` hands them to a worker):
 * 81 → 63 ms of CPU at best, 117 → 84 ms median, against one document at a time. A document that
 * throws (a bad option) throws here, as extract() would for it.
 */
export function extractBatch(inputs: readonly { text: string; options?: ExtractOptions }[]): ExtractionResult[] {
  if (!Array.isArray(inputs)) throw new TypeError(`kzdeals.extractBatch: inputs must be an array of { text, options? }, got ${kindOf(inputs)}`);
  // an index loop: map() skips the holes of a sparse array, which then reached the stages as no document
  const docs: Prepared[] = new Array<Prepared>(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const input: unknown = inputs[i];
    try {
      if (typeof input !== "object" || input === null) throw new TypeError(`must be an object { text, options? }, got ${kindOf(input)}`);
      const { text, options } = input as { text: string; options?: ExtractOptions };
      docs[i] = prepare(text, options);
    } catch (e) {
      // the same error as extract() gives, naming the input
      const Type = e instanceof RangeError ? RangeError : TypeError;
      throw new Type(`kzdeals.extractBatch: inputs[${i}]: ${(e as Error).message.replace(/^kzdeals\.extract: /, "")}`);
    }
  }
  const stages: StageMentions[][] = docs.map(() => []);
  for (const stage of RECOGNIZERS) {
    for (let i = 0; i < docs.length; i++) collect(docs[i]!.context, stage, stages[i]!);
  }
  return docs.map((doc, i) => finish(doc, resolveStages(stages[i]!, doc.context.bodyStart)));
}

/** A document read up to its recognizers: options checked, dateline, language, normalized text. */
interface Prepared {
  language: LanguageGuess;
  referenceDate: ReferenceDate | null;
  context: RecognizerContext;
  rates: ReturnType<typeof validateOptions>["rates"];
}

function prepare(text: string, options?: ExtractOptions): Prepared {
  compileDeferred();
  validateText(text);
  const valid = validateOptions(options);
  const dateline = readDateline(text);
  const bodyStart = dateline ? dateline.end : 0;
  const language: LanguageGuess =
    valid.language === "auto" ? detectLanguage(text.slice(bodyStart)) : { code: valid.language, confidence: 1 };
  // (else the day of a news agency's dateline in the text: wire-date.ts)
  const referenceDate = valid.referenceDate ?? (dateline ? parseIsoDate(dateline.iso) : wireReferenceDate(text, language.code));
  const context: RecognizerContext = {
    text,
    normalized: normalizeText(text),
    bodyStart,
    language: language.code,
    referenceDate,
  };
  return { language, referenceDate, context, rates: valid.rates };
}

/** The result from a document's mentions (overlaps resolved): keys, deals, US dollars. */
function finish(doc: Prepared, found: Mention[]): ExtractionResult {
  const { language, referenceDate, context } = doc;
  // (a mention's edges inside an HTML character reference move to the reference's: see normalize.ts)
  // (and no capacity that is the unit a price is given per: price-denominators.ts)
  // (and the figures coordinated before a sum or a capacity, "100" of "100 и 200 МВт": coordinated.ts)
  const resolved = withCoordinatedFigures(context.text,
    withWholeEntities(context.text, withoutPriceDenominators(context.text, found), entitySpans(context.text)), context.language);
  const aliases = aliasKeys(resolved);
  const mentions = withKeys(resolved, aliases);
  return {
    language,
    referenceDate: referenceDate ? referenceDate.iso : null,
    mentions,
    // kept for compatibility (v1.1): the texts of the date mentions left without a value
    unresolved: unresolvedTexts(mentions),
    deals: assembleDeals(context, mentions).map((deal) => withUsd(withPartyKeys(deal, aliases), referenceDate, doc.rates)),
  };
}

/** The texts of the date mentions left without a value (a loop: flatMap made two arrays per mention). */
function unresolvedTexts(mentions: readonly Mention[]): string[] {
  const out: string[] = [];
  for (const m of mentions) if (m.type === "date" && m.value === null) out.push(m.text);
  return out;
}

/** One stage's mentions of a document, if the stage reads its language (resolveStages leaves out those before its dateline's end). */
function collect(context: RecognizerContext, stage: Recognizer, stages: StageMentions[]): void {
  if (context.language !== "und" && !stage.languages.includes(context.language)) return;
  stages.push({ mentions: stage.recognize(context), priority: stage.priority ?? 0 });
}

/** Runs the stages for the document's language and resolves their overlaps. */
export function recognize(context: RecognizerContext, recognizers: readonly Recognizer[]): Mention[] {
  const stages: StageMentions[] = [];
  for (const stage of recognizers) collect(context, stage, stages);
  return resolveStages(stages, context.bodyStart);
}
