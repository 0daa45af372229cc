/**
 * English organization heads: "Ministry of Foreign Affairs of Kazakhstan" (head, "of",
 * capitalized words). Names ending in a head ("Halyk Bank") reuse the Latin run pattern.
 */
import { trieAlternation } from "../src/organizations/trie.js";
import { EN_CONNECTORS, EN_HEADS_BEFORE_OF, EN_LOWER_PLACE_WORDS, EN_PLACE_HEADS, LATIN_NAME_CONNECTORS } from "../lexicons/org-heads.en.js";
import { coordinationPattern, orgPattern } from "./organization.js";
import { lazy, WORD_END, WORD_START } from "../src/regex.js";

const CAP = String.raw`[A-Z][A-Za-z0-9&'’-]{0,30}`;

export let EN_HEAD_OF: RegExp;

export let EN_COORDINATION: RegExp;

/**
 * A local-administration head in lower case right after a capitalized run ("Almaty Region akimat",
 * "… akimat's"); sticky at the head (the caller skips the blanks after the run: a leading run of
 * blanks would make a scan quadratic).
 */
export let EN_LOWER_PLACE_HEAD: RegExp;

/**
 * Builds the patterns above on the organization stage's first text (src/organizations/triggers.ts
 * buildTriggers), not at import: their tries cost several ms of CPU each.
 */
export const buildEnHeadPatterns = lazy((): void => {
  const CONNECTOR = trieAlternation(LATIN_NAME_CONNECTORS);
  EN_HEAD_OF = orgPattern(
    "organization.en.head-of",
    String.raw`${WORD_START} (?<head> {{heads}} ) [ \t]+ of [ \t]+
      (?<tail> (?:the[ \t]+)? {{cap}} (?: [ \t]+ (?: {{cap}} | (?:{{connector}}) (?=[ \t]) ) ){0,7}
        (?: [ \t]+ (?: {{place}} ) (?![\p{L}\p{N}]) )? ) ${WORD_END}`,
    { heads: trieAlternation(EN_HEADS_BEFORE_OF), cap: CAP, connector: CONNECTOR, place: trieAlternation(EN_LOWER_PLACE_WORDS) },
    "gux",
  );
  EN_COORDINATION = coordinationPattern("organization.en.coordination", EN_CONNECTORS);
  EN_LOWER_PLACE_HEAD = orgPattern(
    "organization.en.lower-place-head",
    String.raw`(?: {{heads}} ) (?= ['’]s (?![\p{L}\p{N}]) | (?![\p{L}\p{N}'’-]) )`,
    { heads: trieAlternation(EN_PLACE_HEADS.map((h) => h.toLowerCase())) },
    "yux",
  );
});
