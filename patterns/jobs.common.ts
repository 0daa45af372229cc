/**
 * The jobs pattern template, tried only where a digit stands. Three shapes (lexicons/deal-triggers.ts, JOBS_WORDS):
 * - a count, optional adjectives ("новых", "тұрақты", "new"), then the jobs noun in any case form
 *   ("рабочих мест", "жұмыс орнын", "jobs");
 * - a count, a people noun, at most one word, then an employing verb ("350 адам жұмыспен қамтылады",
 *   "800 человек будут трудоустроены", "600 people will be employed");
 * - an employing verb, an optional approximation, then the count and a people noun ("трудоустроят
 *   около 800 человек", "employ 600 people"): the verb is read by a look-behind.
 * The count is group 1 (third shape) or group 2 (the other two).
 */
import type { JOBS_WORDS } from "../lexicons/deal-triggers.js";
import { alternation as escapedAlternation, registerPattern } from "../src/regex.js";
import { compactPattern } from "./number.js";

/** Longest-first alternation of stems; a list with no entry never matches. */
const alternation = (words: readonly string[]): string =>
  words.length === 0 ? "(?!)" : escapedAlternation(words).replace(/\\-/g, "-");

export function buildJobsPattern(name: string, words: (typeof JOBS_WORDS)["kk"]): RegExp {
  // Compiled natively, and tried only where a digit stands (the look-behinds would otherwise run at
  // every position of the text, over XRegExp's expansion of \p{N}).
  const source = compactPattern(String.raw`(?=\d) (?<![\p{N}.,]) (?<! \p{N} [\u0020\u00A0\u202F] )   # not inside a number, nor a group of one
        (?:
          (?<= (?<![\p{L}]) (?: {{before}} ) \p{L}{0,8} [\u0020\u00A0] (?: (?: {{approx}} ) [\u0020\u00A0] )? )   # "трудоустроят около"
          ( \d{1,3} (?: [\u0020\u00A0\u202F] \d{3} )+ | \d+ )   # 1: the count
          [\u0020\u00A0] (?: {{people}} ) \p{L}{0,6}              # "человек", "people"
        |
          ( \d{1,3} (?: [\u0020\u00A0\u202F] \d{3} )+ | \d+ )   # 2: the count, "8 250" or "65"
          (?:
            (?: [\u0020\u00A0] (?: {{adjectives}} ) )?            # "новых", "тұрақты"
            [\u0020\u00A0] (?: {{nouns}} ) \p{L}{0,6}             # "рабочих мест", "жұмыс орнын"
          |
            [\u0020\u00A0] (?: {{people}} ) \p{L}{0,6}            # "адамды", "человек"
            (?: [\u0020\u00A0] \p{L}{1,15} )?                     # "будут", "will"
            [\u0020\u00A0] (?: {{after}} ) \p{L}{0,12}            # "жұмыспен қамтылады", "трудоустроены"
          )
        )
        (?![\p{L}\p{N}])`);
  const parts: Record<string, string> = {
    adjectives: alternation(words.adjectives), nouns: alternation(words.nouns), people: alternation(words.people),
    after: alternation(words.employedAfter), before: alternation(words.employBefore), approx: alternation(words.approx),
  };
  return registerPattern(name, new RegExp(source.replace(/\{\{(\w+)\}\}/g, (_, k: string) => `(?:${parts[k]!})`), "giu"));
}
