/** English money grammar: qualifiers ("more than", "up to") and "from … to" ranges. */
import { ENGLISH_RANGE_FROM, ENGLISH_RANGE_TO } from "../lexicons/numbers.en.js";
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from "../lexicons/qualifiers.js";
import { buildMoneyPatterns, type MoneyLanguageParts } from "./money.js";

export const MONEY_EN_PARTS: MoneyLanguageParts = {
  lang: "en",
  before: QUALIFIERS_BEFORE.en,
  after: QUALIFIERS_AFTER.en,
  inside: {},
  figureCaseEndings: [],
  rangeFrom: ENGLISH_RANGE_FROM,
  rangeTo: ENGLISH_RANGE_TO,
  rangeJoin: [],
  rangeAblative: [],
  notAblative: [],
};

export const MONEY_EN = buildMoneyPatterns(MONEY_EN_PARTS);
