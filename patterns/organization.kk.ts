/**
 * Kazakh organization heads: "…министрлігі", "…әкімдігінің", "…зауытын" (the name phrase
 * before the head is collected by the recognizer), and heads after a quoted name
 * («VEGA Power» компаниясы, «A» және «B» компаниялары).
 */
import {
  KK_ABBREVIATED_QUOTE_HEADS, KK_BARE_HEADS, KK_CONNECTORS, KK_HEAD_MODIFIERS, KK_INSTITUTION_HEADS, KK_POSSESSIVE_CASE_ENDINGS, KK_QUOTE_HEADS,
} from "../lexicons/org-heads.kk.js";
import { kkEndings } from "../src/organizations/inflect.js";
import { trieAlternation } from "../src/organizations/trie.js";
import { coordinationPattern, orgPattern } from "./organization.js";
import { lazy, WORD_END } from "../src/regex.js";

/** Head (lower case) → itself, for heads and bare heads; endings are matched separately. */
export const KK_HEAD_FORMS: ReadonlyMap<string, string> = new Map(
  [...KK_INSTITUTION_HEADS, ...KK_BARE_HEADS].map((h) => [h, h] as const),
);
/** Bare heads (they need an attached ending or a following punctuation mark). */
export const KK_BARE_HEAD_SET: ReadonlySet<string> = new Set(KK_BARE_HEADS);

/**
 * An institution head in any case form ("Елшілігінің"), case-insensitive; sticky, tried at the
 * word starts found by the trigger scan (patterns/organization.scan.ts). Group 1: the head, group 2:
 * the ending (unnamed: a named group costs V8 a groups object per match).
 */
export let KK_HEAD: RegExp;

/** The same, anchored, for testing one word (no global state shared with a scan). */
export let KK_HEAD_WORD: RegExp;

/** First letters (lower case) of the heads of KK_HEAD_AFTER and of the words before them: a cheap test before it runs. */
export const KK_HEAD_AFTER_INITIALS: ReadonlySet<string> = new Set(
  [...KK_QUOTE_HEADS, ...KK_BARE_HEADS, ...KK_HEAD_MODIFIERS, ...KK_ABBREVIATED_QUOTE_HEADS].map((h) => h[0]!.toLowerCase()),
);

/** A head right after a quoted name or a Latin name; sticky at the name's end. */
export let KK_HEAD_AFTER: RegExp;

/** The words between two quoted names that share a head: "және", "мен", ",". */
export let KK_COORDINATION: RegExp;

/** First four letters (lower case) of every head: a cheap test before the head patterns run on a word. */
export const KK_HEAD_PREFIXES: ReadonlySet<string> = new Set(
  [...KK_INSTITUTION_HEADS, ...KK_BARE_HEADS, ...KK_QUOTE_HEADS].map((h) => h.slice(0, 4)),
);

/**
 * Builds the patterns above on the organization stage's first text (src/organizations/triggers.ts
 * buildTriggers), not at import: their tries cost several ms of CPU each.
 */
export const buildKkHeadPatterns = lazy((): void => {
  /** Case endings after a head: the possessive declension ("министрлігінің") or a bare stem's ("банктің"). */
  const HEAD_ENDING = trieAlternation([...KK_POSSESSIVE_CASE_ENDINGS, ...kkEndings()]);
  KK_HEAD = orgPattern(
    "organization.kk.head",
    String.raw`( {{heads}} ) ( {{ending}} )? ${WORD_END}`,
    { heads: trieAlternation(KK_HEAD_FORMS.keys()), ending: HEAD_ENDING },
    "yiux",
  );
  KK_HEAD_WORD = orgPattern(
    "organization.kk.head-word",
    String.raw`^ (?<head> {{heads}} ) (?<ending> {{ending}} )? $`,
    { heads: trieAlternation(KK_HEAD_FORMS.keys()), ending: HEAD_ENDING },
    "iux",
  );
  KK_HEAD_AFTER = orgPattern(
    "organization.kk.head-after",
    // (the look-behind keeps a match from starting inside a run of blanks: a global scan stays linear)
    String.raw`(?<! [ \t] ) [ \t]* (?: (?: {{modifiers}} ) [ \t]+ ){0,2} (?: {{heads}} ) (?: {{ending}} )? ${WORD_END}`,
    { heads: trieAlternation([...KK_QUOTE_HEADS, ...KK_BARE_HEADS, ...KK_ABBREVIATED_QUOTE_HEADS]), ending: HEAD_ENDING, modifiers: trieAlternation(KK_HEAD_MODIFIERS) },
    "yiux",
  );
  KK_COORDINATION = coordinationPattern("organization.kk.coordination", KK_CONNECTORS);
});
