/** Russian money grammar: qualifiers ("более", "не менее", "до") and "от … до" ranges. */
import { lazy } from "../src/regex.js";
import { RUSSIAN_RANGE_FROM, RUSSIAN_RANGE_FROM_ONLY, RUSSIAN_RANGE_PAIRS, RUSSIAN_RANGE_TO } from "../lexicons/numbers.ru.js";
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from "../lexicons/qualifiers.js";
import { CAPACITY_WORDS } from "../lexicons/units.js";
import { buildMoneyPatterns, type MoneyLanguageParts } from "./money.js";

export const MONEY_RU_PARTS: MoneyLanguageParts = {
  lang: "ru",
  before: QUALIFIERS_BEFORE.ru,
  after: QUALIFIERS_AFTER.ru,
  inside: {},
  figureCaseEndings: [],
  rangeFrom: RUSSIAN_RANGE_FROM,
  rangeFromOnly: RUSSIAN_RANGE_FROM_ONLY,
  rangeTo: RUSSIAN_RANGE_TO,
  rangeJoin: [],
  yearBefore: CAPACITY_WORDS.ru.yearBefore,
  rangePairs: RUSSIAN_RANGE_PAIRS,
  rangeAblative: [],
  notAblative: [],
};

/** Built on first use (the money stage's first ru text), not at import. */
export const MONEY_RU = lazy(() => buildMoneyPatterns(MONEY_RU_PARTS));
