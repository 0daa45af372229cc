/**
 * A subject pronoun opening a sentence for the company the sentence before named ("It signed an agreement with …",
 * "Она подписала соглашение с …"; lexicons/deal-triggers.ts PRONOUN_SUBJECTS): read as a party reference, as "the
 * company" is (party-references.ts partyReference).
 */
import { PRONOUN_SUBJECTS } from "../../lexicons/deal-triggers.js";
import { afterBlanks, wordAfter, wordEndAfter } from "../organizations/chars.js";
import type { Sentence } from "../segment.js";
import { isLetterCode } from "../word-start.js";
import type { Span, SupportedLanguage } from "../types.js";

/** The pronoun opening the sentence when it stands for a company (see PRONOUN_SUBJECTS), else null. */
export function pronounSubject(text: string, sentence: Sentence, langs: readonly SupportedLanguage[]): Span | null {
  // (past the quotes, brackets and dashes before the first word, as sentence-shape.ts opensWithDemonstrative)
  let start = sentence.start;
  while (start < sentence.end && !isLetterCode(text.charCodeAt(start))) start++;
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
