/**
 * The jobs pattern template: a count, optional adjectives ("новых", "тұрақты", "new"), then the
 * jobs noun in any case form ("рабочих мест", "жұмыс орнын", "jobs"). The count is group 1.
 */
import type { JOBS_WORDS } from "../lexicons/deal-triggers.js";
import { alternation as escapedAlternation, registerPattern } from "../src/regex.js";
import { compactPattern } from "./number.js";

const alternation = (words: Iterable<string>): string => escapedAlternation(words).replace(/\\-/g, "-");

export function buildJobsPattern(name: string, words: (typeof JOBS_WORDS)["kk"]): RegExp {
  // Compiled natively, and tried only where a digit stands (the look-behinds would otherwise run at
  // every position of the text, over XRegExp's expansion of \p{N}).
  const source = compactPattern(String.raw`(?=\d) (?<![\p{N}.,]) (?<! \p{N} [\u0020\u00A0\u202F] )   # not inside a number, nor a group of one
        ( \d{1,3} (?: [\u0020\u00A0\u202F] \d{3} )+ | \d+ )   # 1: the count, "8 250" or "65"
        (?: [\u0020\u00A0] (?: {{adjectives}} ) )?            # "новых", "тұрақты"
        [\u0020\u00A0] (?: {{nouns}} ) \p{L}{0,6}             # "рабочих мест", "жұмыс орнын"
        (?![\p{L}\p{N}])`);
  const parts: Record<string, string> = { adjectives: alternation(words.adjectives), nouns: alternation(words.nouns) };
  return registerPattern(name, new RegExp(source.replace(/\{\{(\w+)\}\}/g, (_, k: string) => `(?:${parts[k]!})`), "giu"));
}
