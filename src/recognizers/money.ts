/**
 * The money recognizer stage. Patterns live in patterns/money*.ts, words in lexicons/.
 *
 * Anchored on currency tokens: for each one, the figure is read just before it (with a
 * qualifier or a range), or, for a symbol or code, just after it ("$30 million").
 */
import { KAZAKH_APPROX_ENDINGS } from "../../lexicons/numbers.kk.js";
import { changeAfter, changeBefore } from "../change-to.js";
import { QUALIFIER_PREDICATES_AFTER, QUALIFIERS_AFTER, QUALIFIERS_AFTER_ABLATIVE_ONLY, QUALIFIERS_BEFORE, QUALIFIERS_INSIDE, RANGE_CLOSING_WORDS, type QualifierWords } from "../../lexicons/qualifiers.js";
import {
  currencyBeforeForms, currencyForms, CURRENCY_NEXT_WORD, isCurrencySign, lowerSameLength,
  COUNTRY_MARKER_BEFORE, COUNTRY_MARKER_CODES, mayBeCurrency, MINOR_GAP, nextCurrency, USD_MARKER_AFTER, wordKey, type CurrencyHit, type MoneyLanguageParts, type MoneyPatterns,
} from "../../patterns/money.js";
import type { CurrencyEntry } from "../../lexicons/currencies.js";
import { MONEY_EN, MONEY_EN_PARTS } from "../../patterns/money.en.js";
import { MONEY_KK, MONEY_KK_PARTS } from "../../patterns/money.kk.js";
import { MONEY_RU, MONEY_RU_PARTS } from "../../patterns/money.ru.js";
import { VAGUE_QUANTITIES } from "../../patterns/number.js";
import { adjacentWordRange, Decimal, numberStyle, parseDecimal } from "../numbers.js";
import { bareMultiplier, bareMultiplierIsWrong, isFigureToken, mayBeInFigureToken, rangeLow, withHighMultiplier } from "../money/figures.js";
import { groupsOf, registerPattern } from "../regex.js";
import { isDigitCode, isSpaceCode, LONGEST_WORD, markTable } from "../word-start.js";
import { figureEndBeforeAside, figureMayStandBeside, mayBeReadAround, numberMayStartAt } from "../money/beside.js";
import type { MoneyMention, Qualifier, SupportedLanguage } from "../types.js";
import type { Recognizer, RecognizerContext } from "./types.js";

/** Each language's patterns, built on first use (see languageSetup). */
const PATTERNS: Record<SupportedLanguage, () => MoneyPatterns> = { kk: MONEY_KK, ru: MONEY_RU, en: MONEY_EN };
const PARTS: Record<SupportedLanguage, MoneyLanguageParts> = { kk: MONEY_KK_PARTS, ru: MONEY_RU_PARTS, en: MONEY_EN_PARTS };
const ALL_LANGUAGES: SupportedLanguage[] = ["kk", "ru", "en"];

/** QUALIFIERS_AFTER_ABLATIVE_ONLY's words as keys. */
const ABLATIVE_ONLY: ReadonlySet<string> = new Set(QUALIFIERS_AFTER_ABLATIVE_ONLY.words.map(wordKey));
/** QUALIFIER_PREDICATES_AFTER as keys. */
const PREDICATES_AFTER: ReadonlySet<string> = new Set(QUALIFIER_PREDICATES_AFTER.map(wordKey));
/** A figure that reads as a year. */
const YEAR = /^(?:19|20)\d\d$/;
/** How far before a currency token a figure (with qualifier and range) may start. */
const WINDOW = 240;
/** At most this many tokens of a figure before its currency. */
const MAX_TOKENS = 24;
/** Marks that may stick to the first word of a figure: "(95 млн", "«около", "итого:95". */
const OPENING_MARKS = "([{«‹\"“„'‘:;";
/** OPENING_MARKS by code unit. */
const IS_OPENING_MARK = markTable(OPENING_MARKS);

const merged = (tables: Record<SupportedLanguage, QualifierWords>, langs: SupportedLanguage[]): Map<string, Qualifier> =>
  new Map(langs.flatMap((l) => Object.entries(tables[l]).map(([w, q]) => [wordKey(w), q] as const)));

/** What a document language reads money with (one set per language, and all three for "und"). */
interface LanguageSetup {
  langs: SupportedLanguage[];
  patterns: MoneyPatterns[];
  before: Map<string, Qualifier>;
  after: Map<string, Qualifier>;
  inside: Map<string, Qualifier>;
  /** Range openers that are no qualifier on their own ("с"). */
  fromOnly: ReadonlySet<string>;
  /** The words that may stand alone between the two sums of a range (rangeTo, rangeToAlone): see rangeOpener. */
  gapWords: ReadonlySet<string>;
  /** Prepositions of time before a year that is no range's low end (MoneyLanguageParts.yearBefore). */
  yearBefore: ReadonlySet<string>;
}

const SETUPS = new Map<string, LanguageSetup>();
function languageSetup(language: string): LanguageSetup {
  let setup = SETUPS.get(language);
  if (!setup) {
    const langs = language === "und" ? ALL_LANGUAGES : [language as SupportedLanguage];
    setup = {
      langs,
      patterns: langs.map((l) => PATTERNS[l]()),
      before: merged(QUALIFIERS_BEFORE, langs),
      after: merged(QUALIFIERS_AFTER, langs),
      inside: merged(QUALIFIERS_INSIDE, langs),
      fromOnly: new Set(langs.flatMap((l) => PARTS[l].rangeFromOnly ?? [])),
      gapWords: new Set(langs.flatMap((l) => [...PARTS[l].rangeTo, ...(PARTS[l].rangeToAlone ?? [])])),
      yearBefore: new Set(langs.flatMap((l) => PARTS[l].yearBefore ?? [])),
    };
    SETUPS.set(language, setup);
  }
  return setup;
}

/** What the reading needs to know of a currency form (the forms are few: memoized). */
interface CoreInfo {
  /** A symbol or code that may open a sum ("$", "usd"). */
  opensSum: boolean;
  /** A symbol, read forward first. */
  sign: boolean;
  /** A Kazakh "about" ending ("долларындай"). */
  approx: boolean;
}
const CORE_INFO = new Map<string, CoreInfo>();
function coreInfo(core: string): CoreInfo {
  let info = CORE_INFO.get(core);
  if (!info) {
    const key = wordKey(core);
    const opensSum = currencyBeforeForms().has(key);
    info = { opensSum, sign: opensSum && isCurrencySign(core), approx: KAZAKH_APPROX_ENDINGS.some((e) => key.endsWith(e)) };
    if (CORE_INFO.size < 4096) CORE_INFO.set(core, info);
  }
  return info;
}

interface CurrencyToken {
  /** The currency form itself ("долларына", "usd", "$"). */
  core: string;
  entry: CurrencyEntry;
  /** Span with country markers ("АҚШ долларына", "долларов США"). */
  start: number;
  end: number;
}

const LETTER = registerPattern("money.letter", /\p{L}/u);
/** The gap between two sums of a range written with a hyphen or en dash (trimmed), or with an em dash. */
const RANGE_DASH = registerPattern("money.rangeDash", /^[-\u2010-\u2013\u2212]$/u);
const EM_DASH = registerPattern("money.emDash", /^[\u2014\u2015]$/u);

/** Checks a scan hit against the known currency forms and adds markers and two-word forms. */
function currencyToken(lower: string, start: number, length: number): CurrencyToken | null {
  let word = lower.slice(start, start + length);
  const isSign = isCurrencySign(word);
  if (!isSign && start > 0 && LETTER.test(lower[start - 1]!)) return null;
  const CURRENCY_FORMS = currencyForms();
  if (word.endsWith(".") && !CURRENCY_FORMS.has(word)) word = word.slice(0, -1);
  let end = start + word.length;
  let entry = CURRENCY_FORMS.get(word);
  CURRENCY_NEXT_WORD.lastIndex = end;
  const next = CURRENCY_NEXT_WORD.exec(lower);
  if (next) {
    const two = CURRENCY_FORMS.get(`${word} ${next[1]!.replace(/\.$/, "")}`) ?? CURRENCY_FORMS.get(`${word} ${next[1]}`);
    if (two) {
      entry = two;
      end = start + word.length + next[0].replace(/\.$/, "").length;
      word = lower.slice(start, end);
    }
  }
  if (!entry) return null;
  let spanStart = start;
  const before = lower.slice(Math.max(0, start - 16), start);
  // the marker ends in white space before the form (COUNTRY_MARKER_BEFORE ends with `\s+$`): glued to something else
  // (a run of signs, "₸₸₸…"), no marker is read (speed: the look-behind at every position of the 16 characters was a
  // tenth of the time of such a run)
  const marker = before.length > 0 && isSpaceCode(before.charCodeAt(before.length - 1)) ? COUNTRY_MARKER_BEFORE.exec(before) : null;
  if (marker && COUNTRY_MARKER_CODES.get(marker[1]!)?.includes(entry.code)) spanStart = start - before.length + marker.index;
  USD_MARKER_AFTER.lastIndex = end;
  const after = entry.code === "USD" ? USD_MARKER_AFTER.exec(lower) : null;
  if (after) end += after[0].length;
  return { core: word, entry, start: spanStart, end };
}

/** The first and the last word of a wordKey (single spaces): what `split(" ")` gives first and last. */
const firstWord = (key: string) => { const i = key.indexOf(" "); return i < 0 ? key : key.slice(0, i); };
const lastWord = (key: string) => key.slice(key.lastIndexOf(" ") + 1);

/** Characters read around a currency token: the figure before it, markers and qualifiers after. */
const TAIL = 80;

/**
 * A sum in major units followed by the minor units of its currency ("124 451 рубль 50 копеек", "20
 * долларов 50 центов", "20 теңге 50 тиын") is one sum with the minor part as its decimals: 124451.5.
 * Null when `minor` is not 0–99 minor units right after `major` (spaces, or "и"/"and", between). A minor
 * word shared by several currencies (`minorOf`: cents) takes the currency of the sum before it.
 */
function joinMinorUnits(text: string, major: MoneyMention, minor: MoneyMention, minorOf?: readonly string[]): MoneyMention | null {
  // cents after euros are euro cents
  if (major.currency !== minor.currency && !minorOf?.includes(major.currency)) return null;
  if (major.amountMax !== undefined || minor.amountMax !== undefined
    || major.amountExact !== undefined || minor.qualifier !== undefined || !Number.isSafeInteger(major.amount * 100)) return null;
  if (!Number.isInteger(major.amount) || !MINOR_GAP.test(text.slice(major.end, minor.start))) return null;
  const cents = Math.round(minor.amount * 100);
  // ("00 копеек" after a whole sum, as contracts and invoices write it, is the sum's own: its cents are none)
  if (cents < 0 || cents > 99 || Math.abs(minor.amount * 100 - cents) > 1e-9) return null;
  return { ...major, end: minor.end, text: text.slice(major.start, minor.end), amount: (major.amount * 100 + cents) / 100 };
}

/**
 * Whether a text's lower case (lowerSameLength) holds, for every region of it, the lower case of that region alone:
 * so unless it has a capital sigma (lower-cased by its context, "ς" at a word's end) or a surrogate (a region's
 * edge may cut a pair). Nor for a dotted capital I ("İ", two characters in lower case), with which lowerSameLength
 * reads character by character: the whole of a long text so would cost more than its regions. Speed: each currency
 * hit is read in a lower-cased region of WINDOW + TAIL characters around it, and a list of sums ("$120 million,
 * $130 million, …", a sum every 15 characters) lower-cased every character twenty times; from a text's third hit
 * its regions are slices of its lower case, made once.
 */
export function regionFree(text: string): boolean {
  return !REGION_DEPENDENT.test(text);
}
const REGION_DEPENDENT = registerPattern("money.region-dependent-case", /[\u0130\u03a3\ud800-\udfff]/);

/** Reads the mentions from the first currency hit at `from` on (see firstHit). */
function findInLanguage(context: RecognizerContext, from: number): MoneyMention[] {
  const { text, bodyStart } = context;
  const { langs, patterns, before, after, inside: insideWords, fromOnly, gapWords, yearBefore } = languageSetup(context.language);
  const style = numberStyle(context.language);
  const out: MoneyMention[] = [];
  // Each hit is read in a lower-cased region around it (the patterns have no `i` flag);
  // positions below are local to the region, `base` is its offset in the text.
  let normalized = "";
  let base = 0;
  let localBody = 0;
  let pos = from;
  let m: CurrencyHit | null;
  const N = context.normalized;
  // the lower case of the whole text, once a third hit is read (see regionFree)
  let hits = 0;
  let lowerText: string | null = null;
  while ((m = nextCurrency(N, pos))) {
    pos = m.index + m.hit.length;
    // a sign is a currency token as it is (no letter case: its lower case is itself)
    const hitIsSign = isCurrencySign(m.hit);
    if (m.index > 0 && !hitIsSign && LETTER.test(N[m.index - 1]!)) continue;
    if (!hitIsSign && !mayBeCurrency(lowerSameLength(m.hit))) continue;
    if (hitIsSign && !mayBeReadAround(N, m.index, pos, bodyStart)) continue;
    base = Math.max(bodyStart, m.index - WINDOW);
    if (++hits === 3 && regionFree(N)) lowerText = lowerSameLength(N);
    const regionEnd = Math.min(text.length, pos + TAIL);
    normalized = lowerText !== null ? lowerText.slice(base, regionEnd) : lowerSameLength(N.slice(base, regionEnd));
    localBody = Math.max(0, bodyStart - base);
    const token = currencyToken(normalized, m.index - base, m.hit.length);
    if (!token) continue;
    const { core, entry } = token;
    const curStart = token.start;
    const curEnd = token.end;
    // the figure before the token, or before the aside that writes it out again ("10 000 000 (десять миллионов) тенге")
    const figureEnd = figureEndBeforeAside(normalized, curStart, localBody);
    if (!figureMayStandBeside(normalized, figureEnd, curEnd, localBody)) continue;
    const factor = Decimal.of(entry.factor ?? 1);
    const { opensSum, sign, approx } = coreInfo(core);
    const ws = windowStart(figureEnd);
    // in a text of no known language, each language reads the sum with its own words: the longest reading wins
    let mention: MoneyMention | null = null;
    // (no figure before the token: `left` has nothing to read; none of the language's number's first characters after
    // it: `forward` cannot match. Speed: "ж₸ж₸…", a sign between letters at every other character)
    const leftMay = ws < figureEnd;
    for (const p of patterns) {
      const forwardMay = (sign || opensSum) && numberMayStartAt(normalized, curEnd, p.numberFirstChars);
      const read =
        (sign && forwardMay ? readForward(p, before, ws, curStart, curEnd, entry.code, factor) : null) ??
        (leftMay ? readLeft(p, before, after, ws, figureEnd, curEnd, entry.code, factor, approx) : null) ??
        (opensSum && forwardMay ? readForward(p, before, ws, curStart, curEnd, entry.code, factor) : null);
      if (read && (!mention || read.end - read.start > mention.end - mention.start)) mention = read;
    }
    if (mention) {
      const prev = out[out.length - 1];
      const opener = prev ? rangeOpener(prev, mention) : -1;
      const withMinor = entry.factor !== undefined && prev ? joinMinorUnits(context.text, prev, mention, entry.minorOf) : null;
      if (withMinor) {
        out[out.length - 1] = withMinor;
      } else if (opener >= 0 && prev!.currency === mention.currency && prev!.amountMax === undefined && mention.amountMax === undefined) {
        out[out.length - 1] = joinRange(prev!, mention, opener);
      } else {
        // (nor after a word of change: "выросла до 1,56 млрд долларов" is where it grew to, src/change-to.ts)
        // (or before one, in Kazakh: "592,10 теңгеге дейін арзандады")
        if (mention.qualifier === "under") {
          const change = opener >= 0 || changeAfter(context.text, mention.end) ? "to" : changeBefore(context.text, mention.start);
          if (change === "approx") mention.qualifier = "approx";
          else if (change !== null) delete mention.qualifier;
        }
        out.push(mention);
      }
      if (mention.end > pos) pos = mention.end;
    }
  }
  return out;

  /**
   * Two sums, each with its currency, at the two ends of a range or change: "от 100 млн тенге
   * до 150 млн тенге", "с 500 млн тенге до 300 млн тенге", "between $100 million and $150
   * million", "from USD 100 million to USD 150 million", "100 млн теңгеден 150 млн теңгеге
   * дейін". Returns where the range starts (its opener word, or the first sum), else -1. The
   * second sum's "до"/"дейін" is then no upper bound.
   */
  function rangeOpener(prev: MoneyMention, next: MoneyMention): number {
    if (next.start - prev.end > 12) return -1; // the commonest case: sums far apart
    const gap = wordKey(N.slice(prev.end, next.start));
    if (gap.length > 8) return -1;
    // "$10-$20", "$2.3 million – $2.5 million": a hyphen or en dash between two sums, or an em dash with no
    // space ("$5 million — $2 million of it from X" is an aside). Read in the text: normalization folds dashes.
    const between = text.slice(prev.end, next.start);
    if (RANGE_DASH.test(between.trim()) || (between.length === 1 && EM_DASH.test(between))) return prev.start;
    // a gap that is no range word ("," in a list of sums): none of the tests below holds (speed: a list of
    // sums read the words of both sums for each pair)
    if (gap !== "" && !gapWords.has(gap)) return -1;
    // sums side by side ("7$7$…", "$1 $2"): the tests below read the second sum's first and last words; where neither
    // closes a range, none holds (speed: a text of sums a few bytes apart read both sums' words and the word before)
    const nextKey = wordKey(next.text);
    const nextFirst = gap === "" ? firstWord(nextKey) : "";
    const nextLast = gap === "" ? lastWord(nextKey) : "";
    if (gap === "" && !RANGE_CLOSING_WORDS.includes(nextLast) &&
      !langs.some((l) => PARTS[l].rangeTo.includes(nextFirst) || PARTS[l].rangeToAlone?.includes(gap))) return -1;
    const prevKey = wordKey(prev.text);
    const before = wordBefore(prev.start);
    for (const l of langs) {
      const parts = PARTS[l];
      // the closing word between the sums ("to", "and") or opening the second one ("до")
      const closed = gap === "" ? parts.rangeTo.includes(nextFirst) : parts.rangeTo.includes(gap);
      if (closed) {
        if (parts.rangeFrom.includes(firstWord(prevKey))) return prev.start;
        if (before && parts.rangeFrom.includes(before.word)) return before.start;
      }
      // "$5 million to $7 million": a closing word alone, unless a change is meant ("by $5 million to $7 million")
      if (parts.rangeToAlone?.includes(gap) && !(before && parts.rangeNotAfter?.includes(before.word))) return prev.start;
      if (gap === "" && RANGE_CLOSING_WORDS.includes(nextLast) &&
        parts.rangeAblative.some((e) => lastWord(prevKey).endsWith(e))) return prev.start;
    }
    return -1;
  }

  /** The word (lower case) that ends just before `at` after white space, with its start. */
  function wordBefore(at: number): { word: string; start: number } | null {
    let i = at;
    while (i > bodyStart && at - i < 4 && isSpaceCode(N.charCodeAt(i - 1))) i--;
    if (i === at) return null;
    let j = i;
    while (j > bodyStart && i - j < 12 && !isSpaceCode(N.charCodeAt(j - 1))) j--;
    return { word: N.slice(j, i).toLowerCase(), start: j };
  }

  /** One mention for a range of two sums (a fall is stored low to high and flagged, as in `make`). */
  function joinRange(prev: MoneyMention, next: MoneyMention, start: number): MoneyMention {
    prev = withHighMultiplier(prev, next);
    const joined: MoneyMention = {
      type: "money", start, end: next.end, text: text.slice(start, next.end), amount: prev.amount, currency: prev.currency,
    };
    const [low, high] = next.amount < prev.amount ? [next, prev] : [prev, next];
    joined.amount = low.amount;
    if (low.amountExact !== undefined) joined.amountExact = low.amountExact;
    if (high.amount !== low.amount) {
      joined.amountMax = high.amount;
      if (high.amountExact !== undefined) joined.amountMaxExact = high.amountExact;
    }
    if (low === next && high.amount !== low.amount) joined.descending = true;
    if (prev.qualifier) joined.qualifier = prev.qualifier;
    return joined;
  }

  /** Start of the token before `at` (its own start when none stands within a few characters). */
  function precedingToken(at: number): number {
    let i = at;
    while (i > localBody && at - i < 4 && isSpaceCode(normalized.charCodeAt(i - 1))) i--;
    let j = i;
    while (j > localBody && i - j < 24 && !isSpaceCode(normalized.charCodeAt(j - 1))) j--;
    return j;
  }

  /**
   * Whether one of the three words before `at` is a word of an unknown count (VAGUE_QUANTITIES): "несколько
   * миллиардов", "several billion", "a quarter of a billion" (the count two words away).
   */
  function vagueCountBefore(at: number): boolean {
    let end = at;
    for (let n = 0; n < 3; n++) {
      const start = precedingToken(end);
      if (start >= end) return false;
      if (VAGUE_QUANTITIES.has(wordKey(normalized.slice(start, end)))) return true;
      end = start;
    }
    return false;
  }

  /** Start of the run of figure tokens that ends at `curStart` (walking back at most MAX_TOKENS). */
  function windowStart(curStart: number): number {
    const floor = Math.max(localBody, curStart - WINDOW);
    let start = curStart;
    let i = curStart;
    for (let n = 0; n < MAX_TOKENS; n++) {
      while (i > floor && isSpaceCode(normalized.charCodeAt(i - 1))) i--;
      const limit = Math.max(floor, i - LONGEST_WORD);
      // the token's start, and where its part after its last opening mark starts (-1: no mark), in one pass back
      let j = i;
      let afterMark = -1;
      // a character no figure token holds (a currency sign, "ж₸ж₸…") ends the walk: neither the token nor its part
      // after an earlier mark is a figure, only its part after a later one may be
      let foreign = false;
      for (let c: number; j > limit && !isSpaceCode(c = normalized.charCodeAt(j - 1)); j--) {
        if (afterMark < 0 && IS_OPENING_MARK[c] === 1) afterMark = j;
        if (!mayBeInFigureToken(c)) { foreign = true; break; }
      }
      if (foreign) {
        if (afterMark >= 0 && afterMark < i && isFigureToken(normalized.slice(afterMark, i))) start = afterMark;
        break;
      }
      if (j === i) break;
      // a token longer than a figure, or cut by the window's floor (the text goes on before it with no white
      // space), is none: only what follows an opening mark in its last LONGEST_WORD characters may be one
      // ("…«3,5 тг."). Speed: a run of hits with no white space ("ж₸ж₸…") read back to the floor at every hit;
      // and read whole, a run of digits longer than the window gave a sum that started inside its number
      const partial = j === limit && base + j > bodyStart && !isSpaceCode(N.charCodeAt(base + j - 1));
      if (partial || !isFigureToken(normalized.slice(j, i))) {
        // "(95 млн", "«около 95", "итого:95": a mark glued to the figure's first word ends the run
        if (afterMark > j && afterMark < i && isFigureToken(normalized.slice(afterMark, i))) start = afterMark;
        break;
      }
      start = j;
      i = j;
    }
    return start;
  }

  function make(start: number, end: number, amount: Decimal, code: string, max: Decimal | null, q: Qualifier | undefined): MoneyMention {
    start += base;
    end += base;
    const mention: MoneyMention = { type: "money", start, end, text: text.slice(start, end), amount: amount.toNumber(), currency: code };
    let low = amount;
    let high = max && max.compare(amount) !== 0 ? max : null;
    // amountMax is an upper bound: a fall ("с 9 до 6 млрд") is stored low to high and flagged
    const descending = high !== null && high.compare(amount) < 0;
    if (descending) {
      [low, high] = [high!, amount];
      mention.amount = low.toNumber();
    }
    if (high) mention.amountMax = high.toNumber();
    if (descending) mention.descending = true;
    const exact = low.exactIfRounded();
    if (exact !== undefined) mention.amountExact = exact;
    const exactMax = high?.exactIfRounded();
    if (exactMax !== undefined) mention.amountMaxExact = exactMax;
    if (q) mention.qualifier = q;
    return mention;
  }

  function readLeft(
    p: MoneyPatterns, beforeWords: Map<string, Qualifier>, afterWords: Map<string, Qualifier>,
    ws: number, curStart: number, curEnd: number, code: string, factor: Decimal, approx: boolean,
  ): MoneyMention | null {
    const window = normalized.slice(ws, curStart);
    const lm = p.left.exec(window);
    if (!lm) return null;
    const lg = groupsOf(p.left, lm);
    // "400-ге жуық миллион доллар": the multiplier after the inside qualifier belongs to the figure
    let num = parseDecimal(lg.mult !== undefined ? `${lg.num} ${lg.mult}` : lg.num ?? "", style);
    // "бес алты миллион теңге": two neighbouring figures with no joiner are a range, as "бес-алты"
    const adjacent = !num && lg.lo === undefined && lg.mult === undefined ? adjacentWordRange(lg.num ?? "") : null;
    if (adjacent) {
      lg.lo = adjacent.lo;
      lg.num = adjacent.hi;
      num = parseDecimal(adjacent.hi, style);
    }
    if (!num) return null;
    let start = ws + lm.index;
    // "миллиардтан астам теңге": a multiplier with an ending and no figure is no sum
    if (lg.mid !== undefined && bareMultiplier(lg.num!) !== null) return null;
    if (lg.lo === undefined && lg.mid === undefined && bareMultiplier(lg.num!) !== null &&
      (bareMultiplierIsWrong(lg.num!, normalized.slice(Math.min(ws, precedingToken(start)), start)) || vagueCountBefore(start))) return null;
    p.right.lastIndex = curEnd;
    const rm = p.right.exec(normalized);
    const post = rm ? groupsOf(p.right, rm).post! : null;
    const closesRange = post !== null && RANGE_CLOSING_WORDS.includes(wordKey(post));
    // "53530-дан 66913 теңгеге жетті" is a change, not a range: an ablative opens one only before "дейін"
    if (lg.abl !== undefined && !closesRange && lg.mid === undefined) {
      const numEnd = window.trimEnd().length;
      start = ws + numEnd - lg.num!.length;
      lg.lo = undefined;
      lg.pre = undefined;
    }
    // "from $2 billion in 2020 to $3 billion": a year after a preposition of time is the date of the change, not a
    // range's low end (as for capacity: capacity/ranges.ts yearOpensRange); the sum is the figure after "to"
    if (lg.to !== undefined && lg.pre === undefined && lg.from === undefined && YEAR.test(lg.lo!) && yearBefore.has(wordBefore(start)?.word ?? "")) {
      const numEnd = window.endsWith("-") ? window.length - 1 : window.trimEnd().length;
      start = ws + numEnd - lg.num!.length;
      lg.lo = undefined;
    }
    // "вместе с 5 млрд тенге": an opener that only opens a range stays out of a lone figure
    if (lg.from !== undefined && lg.lo === undefined && fromOnly.has(wordKey(lg.from))) {
      const numEnd = window.endsWith("-") ? window.length - 1 : window.trimEnd().length;
      start = ws + numEnd - lg.num!.length;
    }
    let loSurface = lg.lo;
    let low = num;
    let max: Decimal | null = null;
    // "a 10-billion-tenge project": digits, a hyphen and a bare multiplier are one figure (a compound
    // adjective), not a range from 10 to a billion
    if (loSurface !== undefined && lg.dash === "-" && isDigitCode(loSurface.charCodeAt(0)) && bareMultiplier(lg.num!) !== null) {
      const figure = parseDecimal(loSurface, style);
      if (!figure) return null;
      low = figure.mul(num);
      loSurface = undefined;
    }
    if (loSurface) {
      const change = lg.from !== undefined && fromOnly.has(wordKey(lg.from));
      const lo = rangeLow(loSurface, lg.num!, num, style, change);
      if (!lo) return null;
      low = lo;
      max = num;
    }
    let qualifier = lg.pre ? beforeWords.get(wordKey(lg.pre)) : undefined;
    if (!qualifier && lg.mid !== undefined) qualifier = insideWords.get(wordKey(lg.mid));
    let end = curEnd;
    // ("3 200 теңге артық", extra, not "теңгеден артық", more than: QUALIFIERS_AFTER_ABLATIVE_ONLY)
    const compares = post === null || !ABLATIVE_ONLY.has(wordKey(post)) ||
      QUALIFIERS_AFTER_ABLATIVE_ONLY.endings.some((e) => normalized.slice(curStart, curEnd).toLowerCase().endsWith(e));
    if (rm && post && compares) {
      // (a predicate gives its qualifier from outside the span: "12 миллиард долларынан | асты")
      if (!PREDICATES_AFTER.has(wordKey(post))) end = curEnd + rm[0].length;
      if (!qualifier && !(closesRange && max !== null)) qualifier = afterWords.get(wordKey(post));
    }
    if (!qualifier && approx) qualifier = "approx";
    return make(start, end, low.mul(factor), code, max ? max.mul(factor) : null, qualifier);
  }

  function readForward(
    p: MoneyPatterns, beforeWords: Map<string, Qualifier>,
    ws: number, curStart: number, curEnd: number, code: string, factor: Decimal,
  ): MoneyMention | null {
    p.forward.lastIndex = curEnd;
    const fm = p.forward.exec(normalized);
    if (!fm) return null;
    // a figure that runs to the end of the region read (TAIL characters on) while the text goes on is cut there:
    // no sum (a run of digits longer than that, "$8077…7")
    if (curEnd + fm[0].length === normalized.length && base + normalized.length < text.length) return null;
    const fg = groupsOf(p.forward, fm);
    // a sign or code before the figure ("$1,200", "USD 1,200") comes with the international
    // way of writing numbers, whatever the document language: the comma groups thousands (and before a multiplier,
    // "$1,200 million", only in English: Russian writes "$1,250 млрд" for 1.25 billion)
    const signStyle = style?.commaGroups ? style : undefined;
    let amount = parseDecimal(fg.num ?? "", signStyle);
    if (!amount) return null;
    let max: Decimal | null = null;
    let matched = fm[0];
    const numEnd = matched.indexOf(fg.num!) + fg.num!.length;
    // "from $100 million to 150 million euros": a high end with another currency is a sum of its own
    if (fg.hi && matched.charCodeAt(numEnd) !== 0x2d /* - */ && otherCurrencyAfter(curEnd + matched.length, code)) {
      matched = matched.slice(0, numEnd);
      fg.hi = undefined;
    }
    if (fg.hi && bareMultiplier(fg.hi) !== null && matched.includes(`${fg.num}-${fg.hi}`)) {
      // "a $2-billion deal": a figure, a hyphen and a bare multiplier are one figure, as in readLeft
      const hi = parseDecimal(fg.hi, signStyle);
      if (hi) amount = amount.mul(hi);
    } else if (fg.hi) {
      const hi = parseDecimal(fg.hi, signStyle);
      if (hi) {
        const lo = rangeLow(fg.num!, fg.hi, hi, signStyle);
        if (lo) {
          amount = lo;
          max = hi;
        }
      }
    }
    let start = curStart;
    let qualifier: Qualifier | undefined;
    const qm = p.leftQualifier.exec(normalized.slice(ws, curStart));
    if (qm) {
      const pre = groupsOf(p.leftQualifier, qm).pre!;
      qualifier = beforeWords.get(wordKey(pre));
      start = ws + qm.index;
    }
    // "$78 млн." at the end of a sentence: the dot closes the sentence, not the abbreviation
    const end = curEnd + matched.length - (matched.endsWith(".") ? 1 : 0);
    return make(start, end, amount.mul(factor), code, max ? max.mul(factor) : null, qualifier);
  }

  /** Whether a currency other than `code` starts right after `at` (past blanks) in the window. */
  function otherCurrencyAfter(at: number, code: string): boolean {
    let i = at;
    while (i < normalized.length && i - at < 3 && isSpaceCode(normalized.charCodeAt(i))) i++;
    const next = nextCurrency(normalized, i);
    if (next === null || next.index > i) return false;
    const token = currencyToken(normalized, next.index, next.hit.length);
    return token !== null && token.entry.code !== code;
  }
}

export const moneyRecognizer: Recognizer = {
  name: "money",
  type: "money",
  languages: ["kk", "ru", "en"],
  recognize(context) {
    // Most texts have no currency word: one scan says so before anything is set up.
    const first = nextCurrency(context.normalized, context.bodyStart);
    if (!first) return [];
    return findInLanguage(context, first.index);
  },
};
