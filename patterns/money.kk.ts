/** Kazakh money grammar: qualifiers ("астам", "шамамен"), "мен/пен/бен" and ablative ranges. */
import { lazy } from "../src/regex.js";
import { KAZAKH_DECIMAL_DENOMINATORS, KAZAKH_DECIMAL_POINT, KAZAKH_FIGURE_CASE_ENDINGS, KAZAKH_RANGE_WORDS } from "../lexicons/numbers.kk.js";
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE, QUALIFIERS_INSIDE } from "../lexicons/qualifiers.js";
import { buildMoneyPatterns, type MoneyLanguageParts } from "./money.js";

export const MONEY_KK_PARTS: MoneyLanguageParts = {
  lang: "kk",
  before: QUALIFIERS_BEFORE.kk,
  after: QUALIFIERS_AFTER.kk,
  inside: QUALIFIERS_INSIDE.kk,
  figureCaseEndings: KAZAKH_FIGURE_CASE_ENDINGS,
  rangeFrom: [],
  rangeTo: [],
  rangeJoin: KAZAKH_RANGE_WORDS,
  rangeAblative: ["нан", "нен", "дан", "ден", "тан", "тен"],
  notAblative: Object.keys(KAZAKH_DECIMAL_DENOMINATORS).map((d) => `${KAZAKH_DECIMAL_POINT} ${d}`),
};

/** Built on first use (the money stage's first kk text), not at import. */
export const MONEY_KK = lazy(() => buildMoneyPatterns(MONEY_KK_PARTS));
