/**
 * Which sums of a sentence are a deal's: no price of one unit of the product (unitPrice, unitPriceSentence), and none that
 * dropOtherSums takes out (a tariff, a wage, taxes, a charter capital and its contributions, a yearly payment); no
 * capacity of one unit of many (perUnitFigure); and when a deal has a sum, whether another states it again, more
 * precisely or in another currency (refines, restates).
 */
import { UNIT_PRICE_AFTER, UNIT_PRICE_BEFORE, UNIT_PRICE_NOT_BEFORE, UNIT_PRICE_OPENERS, UNIT_PRICE_OPENERS_GENITIVE, type CueCategory } from "../../lexicons/deal-triggers.js";
import type { DealAmount, Span } from "../types.js";
import type { Cue, SentenceInfo } from "./sentence-info.js";
import { folded, textBefore } from "./sentence-parties.js";
import { isDigitCode, isLetterCode } from "../word-start.js";
import { usdRate } from "../rates/rates.js";

const PRICE_AFTER = UNIT_PRICE_AFTER.map((w) => w.toLowerCase());
const PRICE_BEFORE = UNIT_PRICE_BEFORE.map((w) => w.toLowerCase());
const PRICE_REACH = Math.max(...PRICE_AFTER.map((w) => w.length), ...PRICE_BEFORE.map((w) => w.length)) + 2;

/** Whether a sum is a price of one unit or what is spent so far (UNIT_PRICE_AFTER, UNIT_PRICE_BEFORE): no deal's amount. */
export function unitPrice(text: string, m: { start: number; end: number }): boolean {
  const after = folded(text.slice(m.end, m.end + PRICE_REACH)).trimStart();
  if (PRICE_AFTER.some((w) => after.startsWith(w))) return true;
  const before = textBefore(text, m.start, PRICE_REACH);
  return PRICE_BEFORE.some((w) => before.endsWith(w));
}

const PRICE_OPENERS = UNIT_PRICE_OPENERS.map((w) => w.toLowerCase());
const PRICE_OPENER_REACH = Math.max(...PRICE_OPENERS.map((w) => w.length)) + 12;
/** UNIT_PRICE_NOT_BEFORE: the words after an opener that make it one of many. */
const ONE_OF_AFTER: ReadonlySet<string> = new Set(UNIT_PRICE_NOT_BEFORE);

/** Whether a sentence opens with the price of one unit (UNIT_PRICE_OPENERS: "Бір автобустың құны …", "Each bus costs …"). */
export function unitPriceSentence(text: string, info: SentenceInfo): boolean {
  if (info.money.length === 0) return false;
  let i = info.sentence.start;
  while (i < info.sentence.end && !isLetterCode(text.charCodeAt(i))) i++;
  const head = folded(text.slice(i, Math.min(info.sentence.end, i + PRICE_OPENER_REACH)));
  const opens = (w: string) => head.startsWith(w) && !isLetterCode(head.charCodeAt(w.length));
  const nextWord = (w: string) => /^\s*([\p{L}]+)/u.exec(head.slice(w.length))?.[1];
  for (const w of PRICE_OPENERS) {
    if (!opens(w)) continue;
    const next = nextWord(w);
    if (next && !ONE_OF_AFTER.has(next)) return true;
  }
  for (const w of UNIT_PRICE_OPENERS_GENITIVE.words) {
    const next = opens(w) ? nextWord(w) : undefined;
    if (next && UNIT_PRICE_OPENERS_GENITIVE.endings.some((e) => next.endsWith(e))) return true;
  }
  return false;
}

/** Significant digits of a whole amount: 1070000000 → 3, 1000000000 → 1. */
function significantDigits(n: number): number {
  return String(Math.round(Math.abs(n))).replace(/0+$/, "").length;
}

/**
 * Whether `m` states the deal's amount more precisely: the same currency, within a tenth of it, with more
 * significant digits ("about $1.07 billion" after the headline's "$1 billion", "$312 million" after "$300 million").
 */
export function refines(amount: DealAmount, m: { amount: number; currency: string; amountMax?: number }): boolean {
  if (m.currency !== amount.currency || m.amountMax !== undefined || amount.amountMax !== undefined) return false;
  if (Math.abs(m.amount - amount.amount) > amount.amount / 10) return false;
  return significantDigits(m.amount) > significantDigits(amount.amount);
}

/**
 * Whether `m` is the deal's amount again, stated more precisely, or in another currency (not a second sum): "стоимостью
 * $2,4 млрд. … Стоимость проекта в тенге составит 1,2 трлн тенге", a headline in dollars and the body in tenge.
 */
export function restates(amount: DealAmount, m: { amount: number; currency: string; amountMax?: number }): boolean {
  return (m.amount === amount.amount && m.currency === amount.currency) || refines(amount, m) || converts(amount, m);
}

/** Units of a currency per US dollar at the latest rate known (1 for the dollar), or null. */
function perUsd(currency: string): number | null {
  return currency === "USD" ? 1 : usdRate(currency, undefined, undefined)?.perUsd ?? null;
}

/**
 * How far apart two sums in different currencies may be, in US dollars at the latest rates, and be one sum: news rounds
 * its conversions ("1,2 трлн тенге" for $2.4 billion is 2.4% off at 488 tenge), and rates move by a few percent a year; at
 * a fifth, a $100 million wind farm read as the 42 billion tenge ($86 million) plant before it.
 */
const CONVERTED_TOLERANCE = 0.1;

/** Whether `m`, in another currency, is the deal's amount converted (within CONVERTED_TOLERANCE at the latest rates). */
function converts(amount: DealAmount, m: { amount: number; currency: string; amountMax?: number }): boolean {
  if (m.currency === amount.currency || m.amountMax !== undefined || amount.amountMax !== undefined) return false;
  const a = perUsd(amount.currency), b = perUsd(m.currency);
  if (a === null || b === null) return false;
  const x = amount.amount / a, y = m.amount / b;
  return Math.abs(x - y) <= CONVERTED_TOLERANCE * Math.max(x, y);
}

/** Whether a sum follows a wage word (the "wage" cues) in its clause: what one worker earns. */
function wageSum(text: string, cues: readonly Cue[], m: Span): boolean {
  return besideInClause(text, cues, m, "wage", false, false);
}

/**
 * How far before a figure a word of what it is may stand in its clause ("средняя заработная плата на заводе составит
 * около", "Поступления в местный бюджет составят", "increase the charter capital to"), and after it ("900 млрд тенге
 * налогов", "4.2 MW each").
 */
const CUE_REACH_BEFORE = 60;
const CUE_REACH_AFTER = 12;

/** Whether a `taxes` cue stands beside the sum in its clause: taxes paid, no sum of a deal. */
function taxSum(text: string, cues: readonly Cue[], m: Span): boolean {
  return besideInClause(text, cues, m, "taxes", false, true);
}

/** Whether a `capital` cue stands beside the sum in its clause: a company's charter capital, no sum of its project. */
function capitalSum(text: string, cues: readonly Cue[], m: Span): boolean {
  // (or a partner's contribution to it, in a sentence that names the capital: "The charter capital is 5 billion tenge:
  // QazChem Invest contributed 2.55 billion tenge …")
  return besideInClause(text, cues, m, "capital", true, true) || besideInClause(text, cues, m, "contribution", true, true);
}

/** Whether a `perUnit` cue stands beside a capacity in its clause: a figure of one unit of many, not the object's. */
export function perUnitFigure(text: string, cues: readonly Cue[], m: Span): boolean {
  return besideInClause(text, cues, m, "perUnit", true, true);
}

/**
 * Whether a cue of `category` stands before the figure in its clause within CUE_REACH_BEFORE, or (with `after`) right
 * after it within CUE_REACH_AFTER; with `noFigure`, with no figure between (see capitalSum).
 */
function besideInClause(text: string, cues: readonly Cue[], m: Span, category: CueCategory, noFigure: boolean, after: boolean): boolean {
  return cues.some((c) => {
    if (!c.categories.includes(category)) return false;
    const before = c.end <= m.start;
    if (!before && !after) return false;
    const [from, to] = before ? [c.end, m.start] : [m.end, c.start];
    if (to - from > (before ? CUE_REACH_BEFORE : CUE_REACH_AFTER) || to < from) return false;
    // (no clause break between; for the capital, nor a figure: "жарғылық капиталының 51 пайызын 8,4 миллиард теңгеге
    // сатып алды" is the price of a stake in it, no capital)
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x2c || c === 0x3b || c === 0x2e || (noFigure && isDigitCode(c))) return false;
    }
    return true;
  });
}

/** How far a sum's period may stand from it: "3,2 млрд тенге в год", "ежегодно выплачивать 3,2 млрд тенге". */
const PERIOD_REACH = 30;

/** Whether a `periodic` cue stands beside the sum (see the `payment` category). */
function periodicSum(cues: readonly Cue[], m: Span): boolean {
  return cues.some((c) => c.categories.includes("periodic") && (c.end <= m.start ? m.start - c.end <= PERIOD_REACH : c.start >= m.end && c.start - m.end <= PERIOD_REACH));
}

/** Below this many units of its currency a sum is a price, never a deal's (see dropOtherSums). */
const MIN_DEAL_SUM = 1000;

/** Drops from the sentence's sums (in place) those that are no deal's; `prev` is the sentence before it, or null. */
export function dropOtherSums(text: string, info: SentenceInfo, prev: SentenceInfo | null): void {
  // (a sum under MIN_DEAL_SUM units is a price, a tariff or a fee, whatever its words: "ТОО «X» – 50 МВт в области Абай
  // (16,05 тенге)", "тарифі 20,5 теңге"; no project costs less)
  if (info.money.length > 0 && info.money.some((m) => m.amount < MIN_DEAL_SUM)) info.money = info.money.filter((m) => m.amount >= MIN_DEAL_SUM);
  // (a wage's sum is no deal's: "средняя заработная плата составит 380 тыс. тенге")
  if (info.has.has("wage") && info.money.length > 0) info.money = info.money.filter((m) => !wageSum(text, info.cues, m));
  // (nor are taxes: "Бюджет получит свыше 900 млрд тенге налогов", "доначислены налоги на общую сумму 8,7 млрд тенге")
  if (info.has.has("taxes") && info.money.length > 0) info.money = info.money.filter((m) => !taxSum(text, info.cues, m));
  // (nor is a company's charter capital, nor a partner's contribution to it, in its sentence or the clause after it:
  // "Уставный капитал СП составил 2,4 млрд тенге", "… 5 billion tenge: X contributed 2.55 billion tenge …, while Y
  // contributed 2.45 billion tenge")
  if (info.has.has("capital") && info.money.length > 0) info.money = info.money.filter((m) => !capitalSum(text, info.cues, m));
  // (after the capital, a sentence of the partners' contributions holds no other sum: "… внесла свою долю земельным
  // участком, Hunan Keli – оборудованием на сумму 700 млн тенге")
  else if (prev !== null && prev.has.has("capital") && info.has.has("contribution")) info.money = [];
  // (and the next partner's contribution, its verb left out, in the clause right after: "X внесла свою долю земельным
  // участком …, Jiangsu Tianhe – денежными средствами на сумму 1,18 млрд тенге")
  if (prev !== null && prev.has.has("contribution") && !info.has.has("contribution") && info.money.length > 0 && clauseAfter(text, prev, info)) {
    info.money = [];
  }
  // (a payment made each year for the project is no sum of it: "По проекту государство будет ежегодно выплачивать 3,2 млрд тенге")
  if (info.has.has("payment") && info.has.has("periodic") && info.money.length > 0) info.money = info.money.filter((m) => !periodicSum(info.cues, m));
}

/** Whether `info` is the clause right after `prev` in one sentence (a comma between them, nothing else). */
function clauseAfter(text: string, prev: SentenceInfo, info: SentenceInfo): boolean {
  let k = prev.sentence.end;
  while (k < info.sentence.start && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x2c)) k++;
  return k === info.sentence.start && text.slice(prev.sentence.end - 1, info.sentence.start).includes(",");
}
