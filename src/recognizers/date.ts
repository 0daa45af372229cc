/**
 * The date recognizer stage. Patterns live in patterns/date.*.ts, words in lexicons/.
 * Every rule of the document's language runs over the text; overlapping matches keep the
 * longest; then the dates are resolved in text order, so that a date without a year
 * ("II тоқсан", "10 мая") can take it from the reference date or from the date before it.
 */
import { DATE_GRAMMAR_EN } from "../../patterns/date.en.js";
import { DATE_GRAMMAR_KK } from "../../patterns/date.kk.js";
import { DATE_GRAMMAR_RU } from "../../patterns/date.ru.js";
import { readParts, resolveParts } from "../dates/resolve.js";
import type { DateGrammar, DateParts } from "../dates/types.js";
import { groupsOf } from "../regex.js";
import type { DateMention, SupportedLanguage } from "../types.js";
import type { Recognizer, RecognizerContext } from "./types.js";

const GRAMMARS: Readonly<Record<SupportedLanguage, DateGrammar>> = {
  kk: DATE_GRAMMAR_KK,
  ru: DATE_GRAMMAR_RU,
  en: DATE_GRAMMAR_EN,
};

interface Found {
  start: number;
  end: number;
  /** Rule order: the earlier rule wins a tie. */
  order: number;
  parts: DateParts;
}

/** Every match of every rule, with the parts it names. */
function findAll(context: RecognizerContext, grammars: readonly DateGrammar[]): Found[] {
  const found: Found[] = [];
  let order = 0;
  for (const grammar of grammars) {
    for (const { pattern } of grammar.rules) {
      order++;
      pattern.lastIndex = context.bodyStart;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(context.normalized)) !== null) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        const parts = readParts(groupsOf(pattern, m), grammar.vocabulary);
        if (parts) found.push({ start: m.index, end: m.index + m[0].length, order, parts });
      }
    }
  }
  return found;
}

/** Drops matches that overlap a longer one (then an earlier rule's). Works cluster by cluster. */
function keepLongest(found: Found[]): Found[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  let i = 0;
  while (i < found.length) {
    // one cluster of transitively overlapping matches
    let j = i + 1;
    let end = found[i]!.end;
    while (j < found.length && found[j]!.start < end) end = Math.max(end, found[j++]!.end);
    const cluster = found.slice(i, j).sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order);
    const chosen: Found[] = [];
    for (const f of cluster) if (!chosen.some((c) => c.start < f.end && f.start < c.end)) chosen.push(f);
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    i = j;
  }
  return kept;
}

export function recognizeDates(context: RecognizerContext): DateMention[] {
  const grammars = context.language === "und" ? Object.values(GRAMMARS) : [GRAMMARS[context.language]];
  const mentions: DateMention[] = [];
  let previousYear: number | null = null;
  for (const f of keepLongest(findAll(context, grammars))) {
    const resolved = resolveParts(f.parts, { reference: context.referenceDate, previousYear });
    if (!resolved) continue;
    previousYear = resolved.year;
    const mention: DateMention = {
      type: "date",
      start: f.start,
      end: f.end,
      text: context.text.slice(f.start, f.end),
      value: resolved.value,
      relative: resolved.relative,
    };
    if (f.parts.modifier) mention.modifier = f.parts.modifier;
    mentions.push(mention);
  }
  return mentions;
}

export const dateRecognizer: Recognizer = {
  name: "date",
  type: "date",
  languages: ["kk", "ru", "en"],
  recognize: recognizeDates,
};
