/**
 * Russian organization heads in every case form ("Посольством", "Министерства",
 * "корпорации"): the recognizer adds capitalized adjectives before the head and the
 * genitive phrase after it. Also heads before a quoted name (компанией «…»).
 */
import { RU_ABBREVIATED_QUOTE_HEADS, RU_CONNECTORS, RU_PLURAL_QUOTE_HEADS, RU_INSTITUTION_HEADS, RU_QUOTE_HEADS, type RuHead } from "../lexicons/org-heads.ru.js";
import { ruForms } from "../src/organizations/inflect.js";
import { trieAlternation } from "../src/organizations/trie.js";
import { coordinationPattern, orgPattern } from "./organization.js";
import { lazy, WORD_END, WORD_START } from "../src/regex.js";

function headForms(heads: readonly RuHead[]): Map<string, RuHead> {
  const forms = new Map<string, RuHead>();
  for (const h of heads) for (const f of ruForms(h.word)) if (!forms.has(f)) forms.set(f, h);
  return forms;
}

/**
 * Every case form (lower case) of an institution head → the head; built on first use, not at import
 * (the forms took ~2 ms of import CPU).
 */
export const ruHeadForms = lazy((): ReadonlyMap<string, RuHead> => headForms(RU_INSTITUTION_HEADS));

/** An institution head in any case form, case-insensitive; sticky at a trigger (like KK_HEAD). Group 1: the head. */
export let RU_HEAD: RegExp;

/**
 * Every case form (lower case) of a head that may stand before a quoted or Latin name, and the
 * abbreviated heads; built on first use.
 */
export const ruQuoteHeadWords = lazy((): ReadonlySet<string> => new Set([
  ...headForms(RU_QUOTE_HEADS).keys(), ...RU_ABBREVIATED_QUOTE_HEADS.map((h) => h.toLowerCase()),
  ...RU_PLURAL_QUOTE_HEADS.map((h) => h.toLowerCase()),
]));

/** A head word right before a quoted or Latin name (the slice ends at the name). */
export let RU_HEAD_BEFORE: RegExp;

/** The words between two quoted names that share a head: "и", ",". */
export let RU_COORDINATION: RegExp;

/**
 * Builds the patterns above on the organization stage's first text (src/organizations/triggers.ts
 * buildTriggers), not at import: their tries cost several ms of CPU each.
 */
export const buildRuHeadPatterns = lazy((): void => {
  RU_HEAD = orgPattern(
    "organization.ru.head",
    String.raw`( {{heads}} ) ${WORD_END}`,
    { heads: trieAlternation(ruHeadForms().keys()) },
    "yiux",
  );
  RU_HEAD_BEFORE = orgPattern(
    "organization.ru.head-before",
    String.raw`${WORD_START} (?: {{heads}} ) [ \t]+ $`,
    { heads: trieAlternation(ruQuoteHeadWords()) },
    "iux",
  );
  RU_COORDINATION = coordinationPattern("organization.ru.coordination", RU_CONNECTORS);
});
