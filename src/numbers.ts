/**
 * Reads the value of a number surface matched by NUMBER_SOURCE (patterns/number.ts):
 * digits with thousands separators and a decimal part, an optional multiplier, or a
 * number in words. Arithmetic is exact (scaled big integers), so "432,2 млрд" is
 * 432200000000 and never 432199999999.99994. The words come from lexicons/ via the
 * vocabulary in patterns/number.ts.
 */
import { NUMBER_CONNECTORS, numberWords, SPACED_DECIMAL } from "../patterns/number.js";
import { isDigitCode, isSpaceCode } from "./word-start.js";

/** 10^0 … 10^22: the powers of ten a double holds exactly. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
/** Integers below this in magnitude are exact doubles, and so is any sum or product of two that stays below it. */
const EXACT = 2 ** 53;

/** Decimals of the numbers that recur (number words, multipliers, currency factors); a Decimal never changes. */
const OF_CACHE = new Map<number, Decimal>();

/**
 * An exact decimal: `n / 10^scale`. The integer `n` is held as a double while it is below 2^53
 * in magnitude (every figure in practice: no big-integer arithmetic on the way) and as a bigint
 * beyond; each operation gives the same `n` and `scale` either way.
 */
export class Decimal {
  /** `n` as a double when |n| < 2^53, else NaN. */
  private readonly small: number;
  /** `n` as a bigint when |n| ≥ 2^53, else undefined. */
  private readonly big: bigint | undefined;

  constructor(n: bigint | number, readonly scale: number) {
    if (typeof n === "number") {
      if (!Number.isSafeInteger(n)) throw new RangeError(`kzdeals: not an exact integer: ${n}`);
      this.small = n + 0; // no -0
      this.big = undefined;
    } else if (n < EXACT_BIG && n > -EXACT_BIG) {
      this.small = Number(n);
      this.big = undefined;
    } else {
      this.small = NaN;
      this.big = n;
    }
  }

  static readonly ZERO = new Decimal(0, 0);

  /** The unscaled integer. */
  get n(): bigint {
    return this.big ?? BigInt(this.small);
  }

  /** From a plain decimal string such as "432.2" or "1500". */
  static parse(text: string): Decimal {
    const [int, frac = ""] = text.split(".");
    return new Decimal(BigInt((int || "0") + frac), frac.length);
  }

  static of(value: number): Decimal {
    let d = OF_CACHE.get(value);
    if (!d) {
      d = Decimal.parse(Number.isInteger(value) ? BigInt(value).toString() : String(value));
      if (OF_CACHE.size < 4096) OF_CACHE.set(value, d);
    }
    return d;
  }

  /** `n · 10^shift` as an exact double, or NaN when it would not be one. */
  private scaledSmall(shift: number): number {
    if (this.big !== undefined || shift > 22) return NaN;
    const v = this.small * POWERS_OF_TEN[shift]!;
    return v < EXACT && v > -EXACT ? v : NaN;
  }

  private static align(a: Decimal, b: Decimal): [bigint, bigint, number] {
    const s = Math.max(a.scale, b.scale);
    return [a.n * 10n ** BigInt(s - a.scale), b.n * 10n ** BigInt(s - b.scale), s];
  }

  add(other: Decimal): Decimal {
    const s = Math.max(this.scale, other.scale);
    const sum = this.scaledSmall(s - this.scale) + other.scaledSmall(s - other.scale);
    if (sum < EXACT && sum > -EXACT) return new Decimal(sum, s);
    const [a, b] = Decimal.align(this, other);
    return new Decimal(a + b, s);
  }

  mul(other: Decimal): Decimal {
    const product = this.small * other.small; // NaN when either is big
    if (product < EXACT && product > -EXACT) return new Decimal(product, this.scale + other.scale);
    return new Decimal(this.n * other.n, this.scale + other.scale);
  }

  /** This value divided by 10^places (the same digits, the point moved left). */
  shifted(places: number): Decimal {
    return new Decimal(this.big ?? this.small, this.scale + places);
  }

  /** How many digits the integer part has as written ("0.05" → 1, "123.4" → 3). */
  integerDigits(): number {
    const digits = (this.big === undefined ? String(Math.abs(this.small)) : String(this.big < 0n ? -this.big : this.big)).length;
    return Math.max(digits - this.scale, 1);
  }

  isZero(): boolean {
    return this.small === 0;
  }

  compare(other: Decimal): number {
    const s = Math.max(this.scale, other.scale);
    const a = this.scaledSmall(s - this.scale);
    const b = other.scaledSmall(s - other.scale);
    if (a === a && b === b) return a < b ? -1 : a > b ? 1 : 0; // both exact (not NaN)
    const [x, y] = Decimal.align(this, other);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  toString(): string {
    const n = this.n;
    const negative = n < 0n;
    let digits = (negative ? -n : n).toString().padStart(this.scale + 1, "0");
    if (this.scale > 0) digits = `${digits.slice(0, -this.scale)}.${digits.slice(-this.scale)}`;
    return (negative ? "-" : "") + digits;
  }

  /**
   * The exact value as a plain decimal string ("12345678901234567890", "0.5") when the nearest
   * double prints as another number (past 2^53, or more digits than a double holds); else
   * undefined, as for every figure news writes.
   */
  exactIfRounded(): string | undefined {
    if (this.big === undefined && this.scale === 0) return undefined; // a safe integer is its own double
    const exact = trimFraction(this.toString());
    return plainDecimal(this.toNumber()) === exact ? undefined : exact;
  }

  /** The nearest double to the exact value (what JSON prints). */
  toNumber(): number {
    // Both operands exact (|n| < 2^53, 10^scale ≤ 10^22), so one correctly rounded division
    // gives the same double as reading the decimal string, without building it.
    if (this.big === undefined && this.scale <= 22) {
      return this.scale === 0 ? this.small : this.small / POWERS_OF_TEN[this.scale]!;
    }
    return Number(this.toString());
  }
}
const EXACT_BIG = 2n ** 53n;

/** "1.50" → "1.5", "2.0" → "2": the digits a reader needs. */
function trimFraction(digits: string): string {
  return digits.includes(".") ? digits.replace(/\.?0+$/, "") : digits;
}

/** A double as JSON prints it, written out without an exponent ("1.5e+21" → "1500000000000000000000"). */
function plainDecimal(value: number): string {
  const printed = String(value);
  const e = printed.indexOf("e");
  if (e < 0) return printed;
  const negative = printed.startsWith("-");
  const mantissa = printed.slice(negative ? 1 : 0, e);
  const exponent = Number(printed.slice(e + 1));
  const [int, frac = ""] = mantissa.split(".");
  const digits = int! + frac;
  const point = int!.length + exponent;
  const body =
    point >= digits.length ? digits + "0".repeat(point - digits.length)
    : point <= 0 ? "0." + "0".repeat(-point) + digits
    : digits.slice(0, point) + "." + digits.slice(point);
  return (negative ? "-" : "") + trimFraction(body);
}

const SPACES = /[\s\u00A0\u202F\u2009]+/g;
const DIGIT_PART = /^\d+(?:[ .,]\d+)*/;

/**
 * How a document writes numbers: `decimalComma` for Russian and Kazakh, where "1,200" is
 * 1.2 (the comma is the decimal mark; thousands are grouped with spaces), not for English
 * (or an unknown language), where a comma before exactly three digits groups thousands.
 * `commaGroups` for English: that comma groups thousands before a multiplier too ("$1,200
 * million" is 1.2 billion, as filings write it), where elsewhere "2,345 млрд" is 2.345 billion.
 */
export interface NumberStyle {
  decimalComma: boolean;
  commaGroups?: boolean;
}

/** The number style of a document language ("kk", "ru", "en", "und"). */
export function numberStyle(language: string | undefined): NumberStyle | undefined {
  return language === "ru" || language === "kk" ? DECIMAL_COMMA : language === "en" ? ENGLISH : undefined;
}
const DECIMAL_COMMA: NumberStyle = { decimalComma: true };
const ENGLISH: NumberStyle = { decimalComma: false, commaGroups: true };

/**
 * Digits with separators → a decimal. Spaces always group thousands. With both "." and ","
 * the last one is the decimal mark. A single "." or "," before exactly three digits groups
 * thousands ("1,200", "5.000") unless a multiplier follows ("2,345 млрд"), or, for a comma,
 * the document writes a decimal comma (ru, kk: "1,200 тонн" is 1.2); a repeated one
 * always groups ("1.844.036", "1,200,000"); otherwise it is the decimal mark ("7,4", "1.5").
 */
function readDigits(text: string, hasMultiplier: boolean, style: NumberStyle | undefined): Decimal | null {
  const compact = text.replace(/ /g, "");
  const dots = compact.split(".").length - 1;
  const commas = compact.split(",").length - 1;
  let decimalMark: "." | "," | null = null;
  if (dots > 0 && commas > 0) {
    decimalMark = compact.lastIndexOf(".") > compact.lastIndexOf(",") ? "." : ",";
    if ((decimalMark === "." ? dots : commas) > 1) return null;
  } else if (dots + commas === 1) {
    const mark = dots ? "." : ",";
    const after = compact.length - compact.indexOf(mark) - 1;
    const groupedBefore = /\d /.test(text.slice(0, text.indexOf(mark)));
    const decimalComma = mark === "," && style !== undefined && style.decimalComma;
    const groupsBeforeMultiplier = mark === "," && style?.commaGroups === true;
    decimalMark = after === 3 && (!hasMultiplier || groupsBeforeMultiplier) && !groupedBefore && !decimalComma ? null : mark;
  }
  let plain = compact;
  if (decimalMark) {
    const i = compact.lastIndexOf(decimalMark);
    plain = compact.slice(0, i).replace(/[.,]/g, "") + "." + compact.slice(i + 1);
  } else {
    plain = compact.replace(/[.,]/g, "");
  }
  return /^\d+(?:\.\d+)?$/.test(plain) ? Decimal.parse(plain) : null;
}

/** Only ASCII digits, at least one. */
function isPlainDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function lookup(word: string) {
  return numberWords().get(word) ?? numberWords().get(word.replace(/\.$/, ""));
}

/** Product of the multiplier words in `rest` ("млрд", "тысяч миллионов"); null if a word is not one. */
function readMultipliers(rest: string): Decimal | null {
  let factor = Decimal.of(1);
  for (const word of rest.split(" ").filter(Boolean)) {
    const info = lookup(word);
    if (!info || info.kind !== "multiplier") return null;
    factor = factor.mul(Decimal.of(info.value));
  }
  return factor;
}

/**
 * Groups of digits each with its multiplier, largest first, summed: "1 млрд 200 млн" → 1 200 000 000,
 * "3 млн 250 тыс." → 3 250 000. Null unless every group has a multiplier and each is smaller than the one
 * before ("5 млн 3 млн" is no figure).
 */
function readChain(text: string, style: NumberStyle | undefined): Decimal | null {
  const groups = text.split(CHAIN_GROUP_START);
  if (groups.length < 2) return null;
  let total = Decimal.ZERO;
  let previous = Infinity;
  for (const group of groups) {
    const digits = DIGIT_PART.exec(group);
    if (!digits) return null;
    const rest = group.slice(digits[0].length).trim();
    const factor = rest === "" ? null : readMultipliers(rest);
    if (!factor) return null;
    const value = factor.toNumber();
    if (value >= previous) return null;
    previous = value;
    const base = readDigits(digits[0], true, style);
    if (!base) return null;
    total = total.add(base.mul(factor));
  }
  return total;
}
/** Where a chain's next group starts: white space before a digit. */
const CHAIN_GROUP_START = /\s+(?=\d)/;

/** The place of a unit word's value: 10 for 20–90, 100 for 200–900, 1 for 1–19 (a smaller one may follow it). */
function placeOf(value: number): number {
  let place = 1;
  while (value % (place * 10) === 0) place *= 10;
  return place;
}

/** Whether a word opens a decimal fraction ("бүтін", "целых", "point"). */
function isDecimalPoint(word: string | undefined): boolean {
  const { decimalPoint, digitPoint, pointsBeforeNumerator } = NUMBER_CONNECTORS;
  return word !== undefined && (word === decimalPoint || word === digitPoint || pointsBeforeNumerator.includes(word));
}

/** A number in words: groups closed by multipliers, Kazakh word decimals, halves. */
function readWords(words: string[]): Decimal | null {
  const { decimalPoint, digitPoint, denominators, particles, joiners, fractionJoiners, pointsBeforeNumerator, denominatorsAfter } = NUMBER_CONNECTORS;
  // after "point" each unit word is one decimal digit ("one point two five" = 1.25)
  let digitwise = false;
  let total = Decimal.ZERO;
  let group = Decimal.ZERO;
  let seen = false;
  // fraction after "бүтін оннан" (denominator known), after "целая" (its denominator word follows the numerator:
  // "пять десятых"; with none, as after a particle "да", its digits decide)
  let fraction = null as { value: Decimal; denominator: number | null } | null;
  // the last unit word's value since the last hundred, multiplier or decimal point (0: none)
  let lastUnit = 0;
  const closeGroup = (): Decimal => {
    let g = group;
    if (fraction) {
      // denominators are powers of ten: shift the fraction's decimal scale
      const places = fraction.denominator === null ? fraction.value.integerDigits() : Math.round(Math.log10(fraction.denominator));
      g = g.add(fraction.value.shifted(places));
    }
    group = Decimal.ZERO;
    fraction = null;
    digitwise = false;
    return g;
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (joiners.includes(word)) continue;
    // "of" only after a fraction: "a quarter of a million"
    if (fractionJoiners.includes(word)) {
      if (i > 0 && lookup(words[i - 1]!)?.kind === "fraction") continue;
      return null;
    }
    if (word === decimalPoint) {
      const next = words[i + 1];
      const denominator = next !== undefined ? denominators[next] : undefined;
      if (denominator !== undefined) i++;
      fraction = { value: Decimal.ZERO, denominator: denominator ?? 10 };
      lastUnit = 0;
      continue;
    }
    if (pointsBeforeNumerator.includes(word)) {
      if (!seen || fraction) return null;
      fraction = { value: Decimal.ZERO, denominator: null };
      lastUnit = 0;
      continue;
    }
    const after = denominatorsAfter[word];
    if (after !== undefined) {
      // only right after the numerator of a fraction opened by "целая": "пять десятых" alone is no figure here
      if (!fraction || fraction.denominator !== null || digitwise || fraction.value.isZero()) return null;
      fraction.denominator = after;
      continue;
    }
    if (word === digitPoint) {
      if (!seen || fraction) return null;
      fraction = { value: Decimal.ZERO, denominator: null };
      digitwise = true;
      continue;
    }
    if (particles.includes(word) && seen && !fraction) {
      fraction = { value: Decimal.ZERO, denominator: null };
      lastUnit = 0;
      continue;
    }
    const info = lookup(word);
    if (!info) return null;
    seen = true;
    if (info.kind !== "unit" && info.kind !== "fraction") lastUnit = 0;
    const value = Decimal.of(info.value);
    switch (info.kind) {
      case "zero":
        // a figure's whole part before a decimal point ("zero point five", "ноль целых пять десятых"), or a digit
        // of its fraction ("one point zero five"): alone, "zero" is no amount
        if (fraction && digitwise) {
          fraction.value = fraction.value.mul(Decimal.of(10));
          fraction.denominator = (fraction.denominator ?? 1) * 10;
        } else if (!fraction && !isDecimalPoint(words[i + 1])) return null;
        break;
      case "unit":
      case "fraction":
        if (fraction && digitwise) {
          if (info.kind !== "unit" || info.value > 9) return null;
          fraction.value = fraction.value.mul(Decimal.of(10)).add(value);
          // one decimal place a digit word, leading zeros too ("one point zero five" = 1.05)
          fraction.denominator = (fraction.denominator ?? 1) * 10;
        } else {
          // unit words add up only from the larger place down ("twenty five", "двести пятьдесят"): "two five
          // million" and "бес алты миллион" (five or six) are no one figure
          if (info.kind === "unit" && lastUnit > 0 && info.value >= placeOf(lastUnit)) return null;
          if (info.kind === "unit") lastUnit = info.value;
          if (fraction) fraction.value = fraction.value.add(value);
          else group = group.add(value);
        }
        break;
      case "half":
        group = group.add(value);
        break;
      case "hundred":
        if (fraction && digitwise) return null;
        if (fraction) fraction.value = (fraction.value.isZero() ? Decimal.of(1) : fraction.value).mul(value);
        else group = (group.isZero() ? Decimal.of(1) : group).mul(value);
        break;
      case "multiplier": {
        const g = closeGroup();
        total = total.add((g.isZero() ? Decimal.of(1) : g).mul(value));
        break;
      }
    }
  }
  if (!seen) return null;
  return total.add(closeGroup());
}


/** Multiplier words (as written in numberWords(), with or without an abbreviation dot) → their value. */
const MULTIPLIER_VALUES = new Map<string, number>();

/** A multiplier word's value, read as `readMultipliers` reads one word; undefined when it is not one. */
function multiplierValue(word: string): number | undefined {
  let v = MULTIPLIER_VALUES.get(word);
  if (v === undefined) {
    const info = lookup(word);
    if (!info || info.kind !== "multiplier") return undefined;
    v = info.value;
    if (MULTIPLIER_VALUES.size < 1024) MULTIPLIER_VALUES.set(word, v);
  }
  return v;
}

/**
 * The common shapes of a figure ("20", "1,5", "134 млрд", "1 178,4 млрд", "1.844.036") read in
 * one pass over the characters, without regexes, string copies or big-integer arithmetic on
 * the way: digit groups joined by single spaces, dots or commas, then at most one lower-case
 * multiplier word after one space. The value is what the general reading gives (same rules as
 * `readDigits`: all the digits, scaled by those after the decimal mark); undefined for any other
 * shape (more than 15 digits, other white space, several words, glued "30m"…), which the
 * general reading then takes.
 */
function readCommon(s: string, style: NumberStyle | undefined): Decimal | null | undefined {
  const len = s.length;
  let i = 0;
  let digits = 0; // digits read so far
  let value = 0; // their concatenation (exact: at most 15 digits)
  let dots = 0;
  let commas = 0;
  let lastDot = -1; // digits before the last dot / comma
  let lastComma = -1;
  let spaced = false; // a space groups digits so far
  let spacedBeforeMark = false; // …before the first dot or comma
  if (len === 0 || !isDigitCode(s.charCodeAt(0))) return undefined;
  for (;;) {
    let c = 0;
    while (i < len && isDigitCode((c = s.charCodeAt(i)))) {
      value = value * 10 + (c - 48);
      digits++;
      i++;
    }
    if (i === len || !(c === 32 || c === 46 || c === 44) || i + 1 === len || !isDigitCode(s.charCodeAt(i + 1))) break;
    if (c === 32) spaced = true;
    else {
      if (dots + commas === 0) spacedBeforeMark = spaced;
      if (c === 46) {
        dots++;
        lastDot = digits;
      } else {
        commas++;
        lastComma = digits;
      }
    }
    i++;
  }
  if (digits > 15) return undefined;
  let factor = 1;
  if (i < len) {
    // one word after one space, and nothing else
    if (s.charCodeAt(i) !== 32 || i + 1 === len) return undefined;
    for (let j = i + 1; j < len; j++) if (isSpaceCode(s.charCodeAt(j))) return undefined;
    const v = multiplierValue(s.slice(i + 1));
    if (v === undefined || !Number.isInteger(v)) return undefined;
    factor = v;
  }
  let scale = 0;
  if (dots > 0 && commas > 0) {
    // the later mark is the decimal one, and it may stand only once
    const commaLast = lastComma > lastDot;
    if ((commaLast ? commas : dots) > 1) return null;
    scale = digits - (commaLast ? lastComma : lastDot);
  } else if (dots + commas === 1) {
    const after = digits - (dots ? lastDot : lastComma);
    const decimalComma = commas === 1 && style !== undefined && style.decimalComma;
    const beforeMultiplierGroups = commas === 1 && style?.commaGroups === true;
    if (!(after === 3 && (i === len || beforeMultiplierGroups) && !spacedBeforeMark && !decimalComma)) scale = after;
  }
  const product = value * factor;
  return product < EXACT ? new Decimal(product, scale) : new Decimal(BigInt(value) * BigInt(factor), scale);
}

/**
 * The words of a surface, lower case, as the general reading splits them (white space runs as
 * one space, trimmed, the last dot dropped), without the regex replacements: the split is on
 * single spaces when those are the only white space (the usual case), else word by word.
 */
function wordsOf(s: string): string[] {
  const lower = s.toLowerCase();
  const len = lower.length;
  let plain = len > 0 && lower.charCodeAt(0) !== 32 && lower.charCodeAt(len - 1) !== 32;
  for (let i = 0; plain && i < len; i++) {
    const c = lower.charCodeAt(i);
    if (c === 32 ? lower.charCodeAt(i + 1) === 32 : isSpaceCode(c)) plain = false;
  }
  let words: string[];
  if (plain) words = lower.split(" ");
  else {
    words = [];
    let i = 0;
    while (i < len) {
      while (i < len && isSpaceCode(lower.charCodeAt(i))) i++;
      if (i === len) break;
      let j = i;
      while (j < len && !isSpaceCode(lower.charCodeAt(j))) j++;
      words.push(lower.slice(i, j));
      i = j;
    }
  }
  const last = words.length - 1;
  if (last >= 0 && words[last]!.endsWith(".")) words[last] = words[last]!.slice(0, -1);
  return words;
}

/** The exact value of a number surface, as a decimal; null when it is not a number. */
export function parseDecimal(surface: string, style?: NumberStyle): Decimal | null {
  // Most figures are plain digits ("20000000"): the general reading below gives them as they are.
  if (surface.length <= 15 && isPlainDigits(surface)) return new Decimal(Number(surface), 0);
  // two decimals after a comma and a space, after groups of three ("1 599 059, 38": patterns/number.ts SPACED_DECIMAL)
  if (surface.includes(",")) surface = surface.replace(SPACED_DECIMAL, "$1,$2");
  const first = surface.charCodeAt(0);
  if (isDigitCode(first)) {
    const common = readCommon(surface, style);
    if (common !== undefined) return common;
  } else if (first > 64 && !isSpaceCode(first)) {
    // a letter first: a number in words (the digits reading below would not match)
    const words = wordsOf(surface);
    return words.length > 0 ? readWords(words) : null;
  }
  const text = surface.toLowerCase().replace(SPACES, " ").trim();
  if (text === "") return null;
  const digits = DIGIT_PART.exec(text);
  if (digits) {
    let rest = text.slice(digits[0].length).trim();
    if (rest === "" && /^[kmb]$/.test(text.slice(digits[0].length))) rest = text.slice(digits[0].length);
    const factor = readMultipliers(rest);
    if (!factor) return readChain(text, style);
    const base = readDigits(digits[0], rest !== "", style);
    return base ? base.mul(factor) : null;
  }
  return readWords(text.replace(/\.$/, "").split(" "));
}

/**
 * A range said as two neighbouring unit words with no joiner, as speech says it: "бес алты миллион" (five or six
 * million), "пять шесть миллионов", "twenty thirty thousand". The surface's first word is the low end's figure and
 * the rest the high end, which begins with the next figure of the same place (6 after 5, 30 after 20): null for any
 * other surface (readWords reads "two five million" as no number).
 */
export function adjacentWordRange(surface: string): { lo: string; hi: string } | null {
  const space = surface.indexOf(" ");
  if (space <= 0) return null;
  const first = lookup(surface.slice(0, space));
  const rest = surface.slice(space + 1);
  const second = lookup(rest.split(" ", 1)[0]!);
  if (first?.kind !== "unit" || second?.kind !== "unit") return null;
  if (second.value !== first.value + placeOf(first.value) || parseDecimal(rest) === null) return null;
  return { lo: surface.slice(0, space), hi: rest };
}

/** The value of a number surface ("1 178,4 млрд" → 1178400000000, "жүз елу мың" → 150000); null when unreadable. */
export function parseNumber(surface: string, style?: NumberStyle): number | null {
  const d = parseDecimal(surface, style);
  return d ? d.toNumber() : null;
}
