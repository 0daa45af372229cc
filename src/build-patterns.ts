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
import { DEAL_CUES_EN, PARTY_REF_EN, SECTORS_EN } from "../patterns/deal.en.js";
import { DEAL_CUES_KK, PARTY_REF_KK, SECTORS_KK } from "../patterns/deal.kk.js";
import { DEAL_CUES_RU, PARTY_REF_RU, SECTORS_RU } from "../patterns/deal.ru.js";
import { JOBS_EN } from "../patterns/jobs.en.js";
import { JOBS_KK } from "../patterns/jobs.kk.js";
import { JOBS_RU } from "../patterns/jobs.ru.js";
import { CURRENCY_TABLES } from "../patterns/money.js";
import { MONEY_EN } from "../patterns/money.en.js";
import { MONEY_KK } from "../patterns/money.kk.js";
import { MONEY_RU } from "../patterns/money.ru.js";
import { REGION_EN } from "../patterns/region.en.js";
import { REGION_KK } from "../patterns/region.kk.js";
import { REGION_RU } from "../patterns/region.ru.js";
import { CYRILLIC_CHINESE_NAME } from "../patterns/organization.js";
import { buildTriggers } from "./organizations/triggers.js";

/** Every lazily built pattern set of the library. */
const BUILDERS: readonly (() => unknown)[] = [
  UNIT_TRIGGER, CAPACITY_KK, CAPACITY_RU, CAPACITY_EN,
  CURRENCY_TABLES, MONEY_KK, MONEY_RU, MONEY_EN,
  DATE_GRAMMAR_KK, DATE_GRAMMAR_RU, DATE_GRAMMAR_EN,
  DEAL_CUES_KK, DEAL_CUES_RU, DEAL_CUES_EN, PARTY_REF_KK, PARTY_REF_RU, PARTY_REF_EN, SECTORS_KK, SECTORS_RU, SECTORS_EN,
  JOBS_KK, JOBS_RU, JOBS_EN, REGION_KK, REGION_RU, REGION_EN,
  buildTriggers, CYRILLIC_CHINESE_NAME,
];

/** Builds (and so registers) every pattern of the library. */
export function buildAllPatterns(): void {
  for (const build of BUILDERS) build();
}
