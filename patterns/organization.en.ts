/**
 * English organization heads: "Ministry of Foreign Affairs of Kazakhstan" (head, "of",
 * capitalized words). Names ending in a head ("Halyk Bank") reuse the Latin run pattern.
 */
import { trieAlternation } from "../src/organizations/trie.js";
import { EN_AGENT_VERBS, EN_BUSINESS_VERBS, EN_CHINESE_NAME_STARTS, EN_NATIONAL_DESCRIPTORS, EN_CONNECTORS, EN_HEADS_BEFORE_OF, EN_LOWER_PLACE_WORDS, EN_PLACE_HEADS, LATIN_NAME_CONNECTORS } from "../lexicons/org-heads.en.js";
import { coordinationPattern, orgPattern } from "./organization.js";
import { LATIN_ALPHA, LATIN_UPPER } from "../src/latin-letters.js";
import { lazy, WORD_END, WORD_START } from "../src/regex.js";

const CAP = String.raw`[${LATIN_UPPER}][${LATIN_ALPHA}0-9&'’-]{0,30}`;

export let EN_HEAD_OF: RegExp;

export let EN_COORDINATION: RegExp;

/** An institution's head and its "of" right before a position ("Ministry of |Industry and …"); tested on the text before it. */
export let EN_HEAD_OF_BEFORE: RegExp;

/**
 * A local-administration head in lower case right after a capitalized run ("Almaty Region akimat",
 * "… akimat's"); sticky at the head (the caller skips the blanks after the run: a leading run of
 * blanks would make a scan quadratic).
 */
export let EN_LOWER_PLACE_HEAD: RegExp;

/**
 * A Chinese place, "China" or "Sino" and one to five capitalized words (at a word start, see
 * NOT_BEFORE_LATIN): "China Meheco", "Xinjiang Tianrun Dairy", "Xinjiang Goldwind Science & Technology" ("&" joins the
 * name's own words). Group 1: the capitalized words.
 */
export let EN_CHINESE_NAME: RegExp;

/**
 * A possessive and one or two capitalized words after it ("China's Sinotruk"): the caller checks that the
 * owner before it is a country of EN_OWNER_COUNTRIES. Group 1: the words.
 */
export let EN_OWNED_NAME: RegExp;

/**
 * A company noun and one to three capitalized words ("company Azoty", "maker Gotion High"), at a word start: the
 * caller looks for a nationality word before the noun. Group 1: the capitalized words.
 */
export let EN_DESCRIBED_NAME: RegExp;

/**
 * A listing adjective and one to four capitalized words after it ("Hong Kong-listed Xinyi Glass", "Shenzhen-listed
 * Sunwoda"): a company listed on an exchange. Group 1: the capitalized words.
 */
export let EN_LISTED_NAME: RegExp;

/** An all-capital word of two to eight characters ("TBEA", "CITIC", "ZYGS"); a possessive may follow. */
export let EN_ACRONYM: RegExp;

/**
 * A verb of business right after a name (EN_BUSINESS_VERBS); sticky at the verb (the caller skips the
 * blanks after the name: a leading run of blanks would make a scan quadratic).
 */
export let EN_BUSINESS_AFTER: RegExp;

/**
 * A verb of business after a blank (EN_BUSINESS_VERBS), as a whole word: the anchor of a company named by its capitalized
 * words before it (src/organizations/sources/shapes.en.ts subjectNames reads them back). Speed: anchored on the verbs,
 * rarer than capitalized words (a pattern of the words before a verb cost deal-dense English ×2.4 of news per MB).
 */
export let EN_SUBJECT_VERB: RegExp;

/**
 * A passive's agent: one to three capitalized words after a participle and "by" ("will be built by Xinyi Glass",
 * "operated by Daelim"; EN_AGENT_VERBS), up to a word that is not capitalized; group 1: the words. Anchored on the
 * participle (a look-behind was tried at every position).
 */
export let EN_AGENT_NAME: RegExp;

/**
 * Builds the patterns above on the organization stage's first text (src/organizations/triggers.ts
 * buildTriggers), not at import: their tries cost several ms of CPU each.
 */
export const buildEnHeadPatterns = lazy((): void => {
  const CONNECTOR = trieAlternation(LATIN_NAME_CONNECTORS);
  EN_HEAD_OF = orgPattern(
    "organization.en.head-of",
    String.raw`${WORD_START} (?<head> {{heads}} ) [ \t]+ (?:of|for) [ \t]+
      (?<tail> (?:the[ \t]+)? {{cap}} (?: [ \t]+ (?: {{cap}} | (?:{{connector}}) (?=[ \t]) ) | , (?= (?: [ \t]+ {{cap}} ){1,4} ,? [ \t]+ and [ \t]+ {{cap}} ) ){0,10}
        (?: [ \t]+ (?: {{place}} ) (?![\p{L}\p{N}]) )? ) ${WORD_END}`,
    { heads: trieAlternation(EN_HEADS_BEFORE_OF), cap: CAP, connector: CONNECTOR, place: trieAlternation(EN_LOWER_PLACE_WORDS) },
    "gux",
  );
  EN_COORDINATION = coordinationPattern("organization.en.coordination", EN_CONNECTORS);
  EN_HEAD_OF_BEFORE = orgPattern(
    "organization.en.head-of-before",
    String.raw`${WORD_START} (?: {{heads}} ) [ \t]+ of [ \t]+ (?: the [ \t]+ )? $`,
    { heads: trieAlternation(EN_HEADS_BEFORE_OF) },
    "ux",
  );
  EN_CHINESE_NAME = orgPattern(
    "organization.en.chinese-name",
    String.raw`(?: {{starts}} ) ( (?: [ \t]+ (?: {{cap}} | & (?= [ \t]+ [${LATIN_UPPER}] ) ) ){1,5} ) (?![\p{L}\p{N}])`,
    { starts: trieAlternation(EN_CHINESE_NAME_STARTS), cap: CAP },
    "gux",
  );
  // anchored on the possessive (rare), not on the countries' names (a trie tried at every capital letter): the
  // caller reads the owner before it. The apostrophe comes first and the letter before it is a look-behind after
  // it: a look-behind opening the pattern is tried at every position (46 M characters/s on English news), a
  // character class lets V8 skip to the rare apostrophe (2,700 M/s).
  EN_OWNED_NAME = orgPattern(
    "organization.en.owned-name",
    String.raw`['’] (?<= \p{L} ['’] ) s [ \t]+ ( {{cap}} (?: [ \t]+ {{cap}} )? ) (?![\p{L}\p{N}])`,
    { cap: CAP },
    "gux",
  );
  EN_DESCRIBED_NAME = orgPattern(
    "organization.en.described-name",
    String.raw`(?: {{nouns}} ) ( (?: [ \t]+ {{cap}} ){1,3} ) (?![\p{L}\p{N}])`,
    { nouns: trieAlternation(EN_NATIONAL_DESCRIPTORS), cap: CAP },
    "gux",
  );
  // anchored on the hyphen, the letter before it a look-behind after it (see EN_OWNED_NAME)
  EN_LISTED_NAME = orgPattern(
    "organization.en.listed-name",
    String.raw`- (?<= \p{L} - ) listed ( (?: [ \t]+ {{cap}} ){1,4} ) (?![\p{L}\p{N}])`,
    { cap: CAP },
    "gux",
  );
  EN_ACRONYM = orgPattern(
    "organization.en.acronym",
    String.raw`[A-Z] [A-Z0-9&-]{1,7} (?= ['’]s (?![\p{L}\p{N}]) | (?![\p{L}\p{N}'’-]) )`,
    {},
    "gux",
  );
  EN_BUSINESS_AFTER = orgPattern(
    "organization.en.business-after",
    String.raw`(?: {{verbs}} ) (?![\p{L}\p{N}])`,
    { verbs: trieAlternation(EN_BUSINESS_VERBS) },
    "yux",
  );
  EN_SUBJECT_VERB = orgPattern(
    "organization.en.subject-verb",
    String.raw`[ \t] (?: {{verbs}} ) (?![\p{L}\p{N}])`,
    { verbs: trieAlternation(EN_BUSINESS_VERBS) },
    "gux",
  );
  EN_AGENT_NAME = orgPattern(
    "organization.en.agent-name",
    String.raw`(?: {{verbs}} ) [ \t] by [ \t] ( {{cap}} (?: [ \t] {{cap}} ){0,2} ) (?! [ \t]? [\p{L}\p{N}] )`,
    { cap: CAP, verbs: trieAlternation(EN_AGENT_VERBS) },
    "gux",
  );
  EN_LOWER_PLACE_HEAD = orgPattern(
    "organization.en.lower-place-head",
    String.raw`(?: {{heads}} ) (?= ['’]s (?![\p{L}\p{N}]) | (?![\p{L}\p{N}'’-]) )`,
    { heads: trieAlternation(EN_PLACE_HEADS.map((h) => h.toLowerCase())) },
    "yux",
  );
});
