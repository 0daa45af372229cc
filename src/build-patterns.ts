/**
 * Pattern modules build their tries and regexes on first use (see `lazy` in src/regex.ts), so a
 * text only builds what its stages and languages need. This builds all of them at once: for the
 * safety test, which must see every registered pattern, and for the build step that precompiles
 * the XRegExp-built ones (scripts/precompile-patterns.mjs).
 */
import { CAPACITY_EN } from "../patterns/capacity.en.js";
import { CAPACITY_KK } from "../patterns/capacity.kk.js";
import { CAPACITY_RU } from "../patterns/capacity.ru.js";
import { UNIT_TRIGGER } from "../patterns/capacity.common.js";
import { DATE_GRAMMAR_EN } from "../patterns/date.en.js";
import { DATE_GRAMMAR_KK } from "../patterns/date.kk.js";
import { DATE_GRAMMAR_RU } from "../patterns/date.ru.js";
import { MONEY_EN } from "../patterns/money.en.js";
import { MONEY_KK } from "../patterns/money.kk.js";
import { MONEY_RU } from "../patterns/money.ru.js";
import { buildTriggers } from "./organizations/triggers.js";

/** Every lazily built pattern set of the library. */
const BUILDERS: readonly (() => unknown)[] = [
  UNIT_TRIGGER, CAPACITY_KK, CAPACITY_RU, CAPACITY_EN,
  MONEY_KK, MONEY_RU, MONEY_EN,
  DATE_GRAMMAR_KK, DATE_GRAMMAR_RU, DATE_GRAMMAR_EN,
  buildTriggers,
];

/** Builds (and so registers) every pattern of the library. */
export function buildAllPatterns(): void {
  for (const build of BUILDERS) build();
}
