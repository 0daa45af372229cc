/**
 * The money recognizer stage. Patterns live in patterns/money*.ts, words in lexicons/.
 *
 * Anchored on currency tokens: for each one, the figure is read just before it (with a
 * qualifier or a range), or, for a symbol or code, just after it ("$30 million").
 */
import { KAZAKH_APPROX_ENDINGS } from "../../lexicons/numbers.kk.js";
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE, RANGE_CLOSING_WORDS, type QualifierWords } from "../../lexicons/qualifiers.js";
import { CURRENCY, CURRENCY_BEFORE_FORMS, CURRENCY_FORMS, wordKey, type MoneyPatterns } from "../../patterns/money.js";
import { MONEY_EN } from "../../patterns/money.en.js";
import { MONEY_KK } from "../../patterns/money.kk.js";
import { MONEY_RU } from "../../patterns/money.ru.js";
import { NUMBER_WORDS } from "../../patterns/number.js";
import { Decimal, parseDecimal } from "../numbers.js";
import { groupsOf } from "../regex.js";
import type { MoneyMention, Qualifier, SupportedLanguage } from "../types.js";
import type { Recognizer, RecognizerContext } from "./types.js";

const PATTERNS: Record<SupportedLanguage, MoneyPatterns> = { kk: MONEY_KK, ru: MONEY_RU, en: MONEY_EN };
const ALL_LANGUAGES: SupportedLanguage[] = ["kk", "ru", "en"];

/** How far before a currency token a figure (with qualifier and range) may start. */
const WINDOW = 240;

const merged = (tables: Record<SupportedLanguage, QualifierWords>, langs: SupportedLanguage[]): Map<string, Qualifier> =>
  new Map(langs.flatMap((l) => Object.entries(tables[l]).map(([w, q]) => [wordKey(w), q] as const)));

/** The multiplier that ends a number surface ("20 млн" → 10^6), if any. */
function trailingMultiplier(surface: string): Decimal | null {
  const words = wordKey(surface).replace(/\.$/, "").split(" ");
  if (words.length < 2) return null;
  const last = NUMBER_WORDS.get(words[words.length - 1]!);
  return last && last.kind === "multiplier" ? Decimal.of(last.value) : null;
}

/** Low end of a range: takes the high end's multiplier when it has none ("10–20 млн"). */
function rangeLow(lo: string, hi: string, hiValue: Decimal): Decimal | null {
  const low = parseDecimal(lo);
  if (!low) return null;
  const factor = trailingMultiplier(hi);
  if (factor && !trailingMultiplier(lo)) {
    const scaled = low.mul(factor);
    if (scaled.compare(hiValue) <= 0) return scaled;
  }
  return low;
}

function findInLanguage(context: RecognizerContext, langs: SupportedLanguage[]): MoneyMention[] {
  const { text, normalized, bodyStart } = context;
  const patterns = langs.map((l) => PATTERNS[l]);
  const before = merged(QUALIFIERS_BEFORE, langs);
  const after = merged(QUALIFIERS_AFTER, langs);
  const out: MoneyMention[] = [];
  const currency = new RegExp(CURRENCY.source, CURRENCY.flags);
  currency.lastIndex = bodyStart;
  let m: RegExpExecArray | null;
  while ((m = currency.exec(normalized))) {
    const g = groupsOf(CURRENCY, m);
    const core = g.word ?? g.abbr ?? g.sym ?? g.sign ?? m[0];
    const entry = CURRENCY_FORMS.get(wordKey(core));
    if (!entry) continue;
    const curStart = m.index;
    const curEnd = m.index + m[0].length;
    const factor = Decimal.of(entry.factor ?? 1);
    const opensSum = CURRENCY_BEFORE_FORMS.has(wordKey(core));
    let mention: MoneyMention | null = null;
    for (const p of patterns) {
      mention =
        (opensSum && g.sign ? readForward(p, before, curStart, curEnd, entry.code, factor) : null) ??
        readLeft(p, before, after, curStart, curEnd, entry.code, factor, core) ??
        (opensSum ? readForward(p, before, curStart, curEnd, entry.code, factor) : null);
      if (mention) break;
    }
    if (mention) {
      out.push(mention);
      if (mention.end > currency.lastIndex) currency.lastIndex = mention.end;
    }
  }
  return out;

  function windowStart(curStart: number): number {
    let start = Math.max(bodyStart, curStart - WINDOW);
    if (start > bodyStart) {
      const space = normalized.indexOf(" ", start);
      start = space >= 0 && space < curStart ? space + 1 : curStart;
    }
    return start;
  }

  function make(start: number, end: number, amount: Decimal, code: string, max: Decimal | null, q: Qualifier | undefined): MoneyMention {
    const mention: MoneyMention = { type: "money", start, end, text: text.slice(start, end), amount: amount.toNumber(), currency: code };
    if (max && max.compare(amount) !== 0) mention.amountMax = max.toNumber();
    if (q) mention.qualifier = q;
    return mention;
  }

  function readLeft(
    p: MoneyPatterns, beforeWords: Map<string, Qualifier>, afterWords: Map<string, Qualifier>,
    curStart: number, curEnd: number, code: string, factor: Decimal, core: string,
  ): MoneyMention | null {
    const ws = windowStart(curStart);
    const window = normalized.slice(ws, curStart);
    const lm = p.left.exec(window);
    if (!lm) return null;
    const lg = groupsOf(p.left, lm);
    const num = parseDecimal(lg.num ?? "");
    if (!num) return null;
    let start = ws + lm.index;
    p.right.lastIndex = curEnd;
    const rm = p.right.exec(normalized);
    const post = rm ? groupsOf(p.right, rm).post! : null;
    const closesRange = post !== null && RANGE_CLOSING_WORDS.includes(wordKey(post));
    // "53530-дан 66913 теңгеге жетті" is a change, not a range: an ablative opens one only before "дейін"
    if (lg.loAbl && !closesRange) {
      lg.loAbl = undefined;
      const numEnd = window.trimEnd().length;
      start = ws + numEnd - lg.num!.length;
      lg.pre = undefined;
    }
    const loSurface = lg.lo ?? lg.loDash ?? lg.loAbl ?? lg.loJoin;
    let low = num;
    let max: Decimal | null = null;
    if (loSurface) {
      const lo = rangeLow(loSurface, lg.num!, num);
      if (!lo) return null;
      low = lo;
      max = num;
    }
    let qualifier = lg.pre ? beforeWords.get(wordKey(lg.pre)) : undefined;
    let end = curEnd;
    if (rm && post) {
      end = curEnd + rm[0].length;
      if (!qualifier && !(closesRange && max !== null)) qualifier = afterWords.get(wordKey(post));
    }
    if (!qualifier && KAZAKH_APPROX_ENDINGS.some((e) => wordKey(core).endsWith(e))) qualifier = "approx";
    return make(start, end, low.mul(factor), code, max ? max.mul(factor) : null, qualifier);
  }

  function readForward(
    p: MoneyPatterns, beforeWords: Map<string, Qualifier>,
    curStart: number, curEnd: number, code: string, factor: Decimal,
  ): MoneyMention | null {
    p.forward.lastIndex = curEnd;
    const fm = p.forward.exec(normalized);
    if (!fm) return null;
    const fg = groupsOf(p.forward, fm);
    let amount = parseDecimal(fg.num ?? "");
    if (!amount) return null;
    let max: Decimal | null = null;
    if (fg.hi) {
      const hi = parseDecimal(fg.hi);
      if (hi) {
        const lo = rangeLow(fg.num!, fg.hi, hi);
        if (lo) {
          amount = lo;
          max = hi;
        }
      }
    }
    let start = curStart;
    let qualifier: Qualifier | undefined;
    const ws = windowStart(curStart);
    const qm = p.leftQualifier.exec(normalized.slice(ws, curStart));
    if (qm) {
      const pre = groupsOf(p.leftQualifier, qm).pre!;
      qualifier = beforeWords.get(wordKey(pre));
      start = ws + qm.index;
    }
    // "$78 млн." at the end of a sentence: the dot closes the sentence, not the abbreviation
    const end = curEnd + fm[0].length - (fm[0].endsWith(".") ? 1 : 0);
    return make(start, end, amount.mul(factor), code, max ? max.mul(factor) : null, qualifier);
  }
}

export const moneyRecognizer: Recognizer = {
  name: "money",
  type: "money",
  languages: ["kk", "ru", "en"],
  recognize(context) {
    const langs = context.language === "und" ? ALL_LANGUAGES : [context.language];
    return findInLanguage(context, langs);
  },
};
