/**
 * The jobs pattern template: a count, optional adjectives ("новых", "тұрақты", "new"), then the
 * jobs noun in any case form ("рабочих мест", "жұмыс орнын", "jobs"). The count is group 1.
 */
import XRegExp from "xregexp";
import { nativeRegExp } from "./deal.common.js";
import type { JOBS_WORDS } from "../lexicons/deal-triggers.js";
import { alternation as escapedAlternation, registerPattern } from "../src/regex.js";

const alternation = (words: Iterable<string>): string => escapedAlternation(words).replace(/\\-/g, "-");

export function buildJobsPattern(name: string, words: (typeof JOBS_WORDS)["kk"]): RegExp {
  return registerPattern(
    name,
    nativeRegExp(XRegExp.build(
      String.raw`(?<![\p{N}.,]) (?<! \p{N} [\u0020\u00A0\u202F] )   # not inside a number, nor a group of one
        ( \d{1,3} (?: [\u0020\u00A0\u202F] \d{3} )+ | \d+ )   # 1: the count, "8 250" or "65"
        (?: [\u0020\u00A0] (?: {{adjectives}} ) )?            # "новых", "тұрақты"
        [\u0020\u00A0] (?: {{nouns}} ) \p{L}{0,6}             # "рабочих мест", "жұмыс орнын"
        (?![\p{L}\p{N}])`,
      { adjectives: alternation(words.adjectives), nouns: alternation(words.nouns) },
      "giux",
    )),
  );
}
