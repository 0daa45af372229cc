/**
 * The jobs pattern template, tried only where a digit stands. Three shapes (lexicons/deal-triggers.ts, JOBS_WORDS):
 * - a count, optional adjectives ("новых", "тұрақты", "new"), then the jobs noun in any case form
 *   ("рабочих мест", "жұмыс орнын", "jobs");
 * - a count, a people noun, at most one word, then an employing verb ("350 адам жұмыспен қамтылады",
 *   "800 человек будут трудоустроены", "600 people will be employed");
 * - an employing verb, an optional approximation, then the count and a people noun ("трудоустроят
 *   около 800 человек", "employ 600 people"): the verb is read by a look-behind.
 * A count whose noun the next count shares ("500 постоянных и 1000 временных рабочих мест") is one too.
 * - the jobs noun, a colon or a dash, then the count, which ends its clause or takes a people noun ("Количество
 *   рабочих мест – 120", "жұмыс орны – 120", "jobs: 300"), as a project's passport lists it: the noun by a look-behind;
 *   a verb of creating may stand for the dash ("Постоянных рабочих мест будет создано 750").
 * The count is group 1 (third shape), group 3 (the first two) or group 5 (the last), each followed by its thousands
 * word ("3 тыс. рабочих мест", "5 мыңнан астам адам", "2 thousand jobs", "… будет создано 2 тысячи") in group 2, 4 or 6.
 */
import type { JOBS_WORDS } from "../lexicons/deal-triggers.js";
import { alternation as escapedAlternation, registerPattern } from "../src/regex.js";
import { compactPattern, NUMBER_WORD_LANGUAGES, numberSources, type NumberLanguage } from "./number.js";

/** Longest-first alternation of stems; a list with no entry never matches. */
const alternation = (words: readonly string[]): string =>
  words.length === 0 ? "(?!)" : escapedAlternation(words).replace(/\\-/g, "-");

/**
 * A language's jobs pattern and its anchor: the jobs nouns and people nouns (stems, any case), one of which every
 * match holds (each shape ends in a jobs noun or a people noun, or looks ahead to a jobs noun). A text with
 * neither is not scanned: the pattern is tried at every figure, at ~140 M characters/s on figure-dense text.
 */
export interface JobsPattern {
  regex: RegExp;
  anchor: RegExp;
  /** Counts in words before the jobs noun (src/deals/jobs-words.ts). */
  inWords: JobsWordsPattern;
}

/** A count of jobs in words: "бес жүз жаңа жұмыс орны", "триста новых рабочих мест", "five hundred new jobs". */
export interface JobsWordsPattern {
  /** A jobs noun at a word start (the nouns, any case). */
  noun: RegExp;
  /**
   * At the end of a window before a noun: a number that starts with a letter, then an over-word ("астам") or an
   * approximation and an adjective ("жаңа", "новых"); the number is the match.
   */
  count: RegExp;
  /** The adjectives and qualifiers that may stand between a count and the noun, lower case. */
  skip: ReadonlySet<string>;
  /**
   * A people noun at a word start ("человек", "адам", "people"): a count in words before it is of jobs only with an
   * employing verb before the count (`employBefore`) or after the noun (`employedAfter`), as in the digit shapes.
   */
  people: RegExp;
  /** At the end of the text before a count: an employing verb and an optional approximation ("трудоустроят около "). */
  employBefore: RegExp;
  /** Sticky, at the end of a people noun: at most one word, then an employing verb ("… будут трудоустроены"). */
  employedAfter: RegExp;
  /** Any employing verb, before or after: a text with none has no count of people employed (the people nouns are not read). */
  employAnchor: RegExp;
}

export function buildJobs(name: string, words: (typeof JOBS_WORDS)["kk"], lang: NumberLanguage): JobsPattern {
  return {
    regex: buildJobsPattern(name, words),
    anchor: registerPattern(`${name}.anchor`, new RegExp(alternation([...words.nouns, ...words.people]), "giu")),
    inWords: buildJobsWords(name, words, lang),
  };
}

function buildJobsWords(name: string, words: (typeof JOBS_WORDS)["kk"], lang: NumberLanguage): JobsWordsPattern {
  // the number words the language's money and capacity figures are read in
  const { number } = numberSources(NUMBER_WORD_LANGUAGES[lang]);
  const qualifiers = [...words.overAfter, ...words.approx];
  const between = String.raw`(?:\s{1,3}(?:${alternation(qualifiers)}))?(?:\s{1,3}(?:${alternation(words.adjectives)}))?\s{1,3}$`;
  return {
    noun: registerPattern(`${name}.words-noun`, new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(words.nouns)})`, "giu")),
    count: registerPattern(`${name}.words-count`, new RegExp(String.raw`(?<![\p{L}\p{N}])(?=\p{L})(?:${number})(?=${between})`, "iu")),
    skip: new Set([...qualifiers, ...words.adjectives].map((x) => x.toLowerCase())),
    people: registerPattern(`${name}.words-people`, new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(words.people)})\p{L}{0,6}(?![\p{L}\p{N}])`, "giu")),
    employBefore: registerPattern(`${name}.words-employ-before`, new RegExp(
      String.raw`(?<![\p{L}])(?:${alternation(words.employBefore)})\p{L}{0,8}[\u0020\u00A0](?:(?:${alternation(words.approx)})[\u0020\u00A0])?$`, "iu")),
    employedAfter: registerPattern(`${name}.words-employed-after`, new RegExp(
      String.raw`(?:[\u0020\u00A0]\p{L}{1,15})?[\u0020\u00A0](?:${alternation(words.employedAfter)})`, "iuy")),
    employAnchor: registerPattern(`${name}.words-employ-anchor`, new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:${alternation([...words.employedAfter, ...words.employBefore])})`, "giu")),
  };
}

function buildJobsPattern(name: string, words: (typeof JOBS_WORDS)["kk"]): RegExp {
  // Compiled natively, and tried only where a digit stands (the look-behinds would otherwise run at
  // every position of the text, over XRegExp's expansion of \p{N}).
  const source = compactPattern(String.raw`(?=\d) (?<![\p{N}.,]) (?<! \p{N} [\u0020\u00A0\u202F] )   # not inside a number, nor a group of one
        (?:
          (?<= (?<![\p{L}]) (?: {{before}} ) \p{L}{0,8} [\u0020\u00A0] (?: (?: {{approx}} ) [\u0020\u00A0] )? )   # "трудоустроят около"
          {{count}}                                               # 1, 2: the count and its thousands word
          [\u0020\u00A0] (?: {{people}} ) \p{L}{0,6}              # "человек", "people"
        |
          {{count}}                                               # 3, 4: "8 250", "1,200", "65", "3 тыс."
          (?: -? (?: {{countEndings}} ) (?= [\u0020\u00A0] (?: {{overAfter}} ) ) )?   # "500-ден" астам, "400-ге" жуық
          (?: [\u0020\u00A0] (?: {{overAfter}} ) )?              # "мыңнан астам"
          (?:
            (?: [\u0020\u00A0] (?: {{adjectives}} ) ){0,2}        # "новых", "тұрақты", "new permanent"
            [\u0020\u00A0] (?: {{nouns}} ) \p{L}{0,6}             # "рабочих мест", "жұмыс орнын"
          |
            [\u0020\u00A0] (?: {{adjectives}} )                     # "500 постоянных", the noun shared with the
            (?= [\u0020\u00A0] (?: {{and}} ) [\u0020\u00A0] (?: \d{1,3} (?: [\u0020\u00A0,.] \d{3} ){1,3} | \d{1,6} ) (?: [\u0020\u00A0] (?: {{thousands}} ) \p{L}{0,4} \.? )?
              [\u0020\u00A0] (?: {{adjectives}} ) [\u0020\u00A0] (?: {{nouns}} ) )   # next count: "и 1000 временных рабочих мест"
          |
            (?: [\u0020\u00A0] (?: {{adjectives}} ) ){0,2}        # "жергілікті", "постоянных", "жоғары білікті"
            [\u0020\u00A0] (?: {{people}} ) \p{L}{0,6}            # "адамды", "человек"
            (?: [\u0020\u00A0] \p{L}{1,15} )?                     # "будут", "will"
            [\u0020\u00A0] (?: {{after}} ) \p{L}{0,12}            # "жұмыспен қамтылады", "трудоустроены"
          )
        |
          (?<= (?<![\p{L}]) (?: {{nounsBefore}} ) (?: [\u0020\u00A0]? [:\u2013\u2014-]   # "рабочих мест – "
            | [\u0020\u00A0] (?: {{createdBefore}} ) (?: [\u0020\u00A0] (?: {{approx}} ) )? ) [\u0020\u00A0] )   # "… будет создано около "
          ( \d{1,3} (?: [\u0020\u00A0\u202F,.] \d{3} )+ (?! [.,] \d ) | \d{1,6} (?! [.,] \d )   # 5: the count, whole
          | \d{1,3} [.,] \d{1,2} (?= [\u0020\u00A0] (?: {{thousands}} ) ) )                # or "1,5" before "тыс."
          (?: [\u0020\u00A0] ( (?: {{thousands}} ) \p{L}{0,4} \.? ) )?   # 6: "2 тысячи"
          (?= [\u0020\u00A0]? (?: [.,;)\n] | $ ) | [\u0020\u00A0] (?: {{people}} ) )   # the clause ends, or "человек"
        )
        (?![\p{L}\p{N}])`);
  const parts: Record<string, string> = {
    // digits grouped by thousands (a space, a comma or a dot before three digits), or a short decimal
    // before a thousands word ("1,5 тыс."); then the thousands word itself, with its case ending or dot
    count: compactPattern(
      String.raw`( \d{1,3} (?: [\u0020\u00A0\u202F,.] \d{3} )+ | \d+ (?: [.,] \d{1,2} )? )` +
        String.raw`(?: [\u0020\u00A0] ( (?: ${alternation(words.thousands)} ) \p{L}{0,4} \.? ) )?`,
    ),
    overAfter: alternation(words.overAfter), countEndings: alternation(words.countEndings),
    adjectives: alternation(words.adjectives), nouns: alternation(words.nouns), people: alternation(words.people),
    and: alternation(words.and), thousands: alternation(words.thousands),
    after: alternation(words.employedAfter), before: alternation(words.employBefore), approx: alternation(words.approx),
    nounsBefore: alternation(words.nounsBeforeCount), createdBefore: alternation(words.createdBeforeCount),
  };
  return registerPattern(name, new RegExp(source.replace(/\{\{(\w+)\}\}/g, (_, k: string) => `(?:${parts[k]!})`), "giu"));
}
