/**
 * The day a news agency's dateline carries ("ALMATY, Oct. 29, 2026 (Reuters) -", "URUMQI, Sept. 1, 2026 (Xinhua) --"),
 * as the reference date of a text that has no other (no referenceDate option, no "date" line): its relative dates
 * ("today", "on Sunday") are the wire's. Only a whole day with its year counts ("ALMATY, Oct 15 (Reuters) -" gives none).
 */
import { wireDatelines } from "./dateline.js";
import { normalizeText } from "./normalize.js";
import { RECOGNIZERS } from "./recognizers/index.js";
import { parseIsoDate, type ReferenceDate } from "./reference-date.js";
import type { LanguageCode } from "./types.js";

const DATE_STAGE = RECOGNIZERS.find((r) => r.type === "date")!;
const WHOLE_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The reference date the text's first agency dateline gives, or null. */
export function wireReferenceDate(text: string, language: LanguageCode): ReferenceDate | null {
  if (language !== "und" && !DATE_STAGE.languages.includes(language)) return null;
  const spans = wireDatelines(text);
  if (spans.length === 0) return null;
  const span = text.slice(spans[0]!, spans[1]!);
  const context = { text: span, normalized: normalizeText(span), bodyStart: 0, language, referenceDate: null };
  for (const m of DATE_STAGE.recognize(context)) {
    if (m.type === "date" && m.value !== null && WHOLE_DAY.test(m.value)) return parseIsoDate(m.value);
  }
  return null;
}
