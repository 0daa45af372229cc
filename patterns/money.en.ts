/** English money grammar: qualifiers ("more than", "up to") and "from … to" ranges. */
import { lazy } from "../src/regex.js";
import { ENGLISH_CHANGE_BY, ENGLISH_RANGE_FROM, ENGLISH_RANGE_TO, ENGLISH_RANGE_TO_ALONE } from "../lexicons/numbers.en.js";
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from "../lexicons/qualifiers.js";
import { CAPACITY_WORDS } from "../lexicons/units.js";
import { buildMoneyPatterns, type MoneyLanguageParts } from "./money.js";

export const MONEY_EN_PARTS: MoneyLanguageParts = {
  lang: "en",
  before: QUALIFIERS_BEFORE.en,
  after: QUALIFIERS_AFTER.en,
  inside: {},
  figureCaseEndings: [],
  rangeFrom: ENGLISH_RANGE_FROM,
  rangeTo: ENGLISH_RANGE_TO,
  rangeToAlone: ENGLISH_RANGE_TO_ALONE,
  rangeNotAfter: ENGLISH_CHANGE_BY,
  rangeJoin: [],
  yearBefore: CAPACITY_WORDS.en.yearBefore,
  rangeAblative: [],
  notAblative: [],
};

/** Built on first use (the money stage's first en text), not at import. */
export const MONEY_EN = lazy(() => buildMoneyPatterns(MONEY_EN_PARTS));
