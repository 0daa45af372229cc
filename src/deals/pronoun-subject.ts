/**
 * A subject pronoun opening a sentence for the company the sentence before named ("It signed an agreement with …",
 * "Она подписала соглашение с …"; lexicons/deal-triggers.ts PRONOUN_SUBJECTS): read as a party reference, as "the
 * company" is (features.ts partyReference).
 */
import { PRONOUN_SUBJECTS } from "../../lexicons/deal-triggers.js";
import { afterBlanks, wordAfter, wordEndAfter } from "../organizations/chars.js";
import type { Sentence } from "../segment.js";
import type { Span, SupportedLanguage } from "../types.js";

/** Opening quotes and brackets a sentence may start with before its first word. */
const OPENERS: ReadonlySet<number> = new Set([0x22, 0x27, 0xab, 0x201c, 0x201e, 0x28, 0x2d, 0x2014, 0x2013]);

/** The pronoun opening the sentence when it stands for a company (see PRONOUN_SUBJECTS), else null. */
export function pronounSubject(text: string, sentence: Sentence, langs: readonly SupportedLanguage[]): Span | null {
  let start = afterBlanks(text, sentence.start);
  while (start < sentence.end && OPENERS.has(text.charCodeAt(start))) start = afterBlanks(text, start + 1);
  const end = wordEndAfter(text, start);
  if (end === start || end - start > 3) return null;
  const first = text.slice(start, end).toLowerCase();
  for (const lang of langs) {
    const p = PRONOUN_SUBJECTS[lang];
    if (!p.pronouns.includes(first)) continue;
    const next = wordAfter(text, end);
    if (next === "") return null;
    const nextEnd = wordEndAfter(text, afterBlanks(text, end));
    const two = `${next} ${wordAfter(text, nextEnd)}`;
    if (p.notBefore.includes(next) || p.notBefore.includes(two)) return null;
    if (p.verbEndings !== null && !p.verbs.includes(next) && !p.verbEndings.some((e) => next.endsWith(e))) return null;
    return { start, end };
  }
  return null;
}
