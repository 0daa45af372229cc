/**
 * The money stage's figure words (src/recognizers/money.ts): which tokens can be part of a figure before a currency,
 * a figure that is a bare multiplier word, and the multiplier the low end of a range takes from its high end.
 */
import { KAZAKH_FIGURE_CASE_ENDINGS } from "../../lexicons/numbers.kk.js";
import { figureTokens, wordKey } from "../../patterns/money.js";
import { MONEY_EN_PARTS } from "../../patterns/money.en.js";
import { MONEY_KK_PARTS } from "../../patterns/money.kk.js";
import { MONEY_RU_PARTS } from "../../patterns/money.ru.js";
import { ABBREVIATED_ONLY, numberWords, PLURAL_MULTIPLIERS } from "../../patterns/number.js";
import { Decimal, parseDecimal, type NumberStyle } from "../numbers.js";
import { lazy, registerPattern } from "../regex.js";
import { isDigitCode, isLetterCode, isSpaceCode } from "../word-start.js";
import type { MoneyMention } from "../types.js";

/** Built on the first money scan, not at import. */
const FIGURE_TOKENS = lazy(() => figureTokens([MONEY_KK_PARTS, MONEY_RU_PARTS, MONEY_EN_PARTS]));
const DIGIT_TOKEN = registerPattern("money.digit-token", /^(?:[\d.,]+(?:-\p{L}+)?|\d[\d.,]*[kmb]|-)$/u);
/** Digits with a multiplier glued on ("5млрд", "1,5млн."): the letters must be a multiplier word. */
const GLUED_MULTIPLIER = registerPattern("money.glued-multiplier", /^\d[\d.,]{0,20}(\p{L}{1,12})\.?$/u);
/** Case endings a figure word takes after a hyphen ("млрд-тан", "млн-ға"). */
const FIGURE_CASE_ENDINGS: ReadonlySet<string> = new Set(KAZAKH_FIGURE_CASE_ENDINGS);

/** A token that can be part of a figure: digits, "50000-нан", number and qualifier words, "үш-төрт", "млрд-тан", "5млн". */
export function isFigureToken(token: string): boolean {
  if (isDigitsAndMarks(token)) return true;
  const t = token.endsWith(".") && token.length > 1 ? token.slice(0, -1) : token;
  if (FIGURE_TOKENS().has(t) || DIGIT_TOKEN.test(t)) return true;
  if (gluedFigure(token)) return true;
  if (!t.includes("-")) return false;
  const hyphen = t.lastIndexOf("-");
  if (FIGURE_CASE_ENDINGS.has(t.slice(hyphen + 1)) && FIGURE_TOKENS().has(t.slice(0, hyphen))) return true;
  // (a range's high end may have its multiplier glued: "2-3bn")
  return t.split("-").every((part) => part === "" || DIGIT_TOKEN.test(part) || FIGURE_TOKENS().has(part) || gluedFigure(part));
}

/** Whether a token is digits with a multiplier glued to them ("30m", "3bn"). */
function gluedFigure(token: string): boolean {
  const first = token.charCodeAt(0);
  if (first < 48 || first > 57) return false;
  const glued = GLUED_MULTIPLIER.exec(token);
  return glued !== null && numberWords().get(glued[1]!)?.kind === "multiplier";
}

/**
 * Whether a UTF-16 unit may stand in a token isFigureToken takes: a letter or digit (`[\p{L}\p{N}]`), half of a
 * surrogate pair (DIGIT_TOKEN's `\p{L}` reads letters past the Basic Multilingual Plane), ".", ",", "-", or another
 * character of a figure word. A token with any other character is no figure token, nor is any part of it that holds it.
 */
export function mayBeInFigureToken(c: number): boolean {
  return isLetterCode(c) || (c >= 0xd800 && c <= 0xdfff) || FIGURE_CHARS()[c] === 1;
}

/** The characters of figure words other than letters and digits, and ".", ",", "-", by code unit (made on first use). */
const FIGURE_CHARS = lazy(() => {
  const table = new Uint8Array(0x10000);
  for (const ch of ".,-") table[ch.charCodeAt(0)] = 1;
  for (const word of FIGURE_TOKENS()) for (let k = 0; k < word.length; k++) table[word.charCodeAt(k)] = 1;
  return table;
});

/** Digits, dots and commas only (the commonest figure token, which DIGIT_TOKEN also takes, dot cut or not). */
function isDigitsAndMarks(token: string): boolean {
  if (token.length === 0) return false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 46 || c === 44)) return false;
  }
  return true;
}

/** The multiplier word a figure consists of ("миллиардтан", "млн."), lower case without its dot; else null. */
export function bareMultiplier(surface: string): string | null {
  const first = surface.charCodeAt(0);
  if (first >= 48 && first <= 57) return null; // digits: most figures
  const key = wordKey(surface).replace(/\.$/, "");
  if (key.includes(" ")) return null;
  return numberWords().get(key)?.kind === "multiplier" ? key : null;
}

/**
 * A figure that is one multiplier word and nothing else ("миллион доллар"): read as 1 × the
 * multiplier only when it is a word and no figure stands before it, in the run of figure words
 * the window walked over ("400-ге жуық миллион") or glued to it ("95) млн"): such a figure
 * was not read, and no sum is better than a wrong one. So is a multiplier in a plural form that needs a count
 * before it ("миллиардов"); a word of an unknown count before it is vagueCountBefore's.
 */
export function bareMultiplierIsWrong(surface: string, textBefore: string): boolean {
  const key = bareMultiplier(surface);
  if (key === null) return false;
  // "миллиардов долларов" stands only after a count; "несколько миллиардов", "several billion": a count unknown
  if (ABBREVIATED_ONLY.has(key) || PLURAL_MULTIPLIERS.has(key)) return true;
  for (const token of textBefore.split(/\s+/)) {
    for (let k = 0; k < token.length; k++) {
      const c = token.charCodeAt(k);
      if (c >= 48 && c <= 57) return true;
    }
    const word = wordKey(token).split("-")[0]!;
    if (word !== "" && numberWords().get(word)?.kind !== undefined && numberWords().get(word)!.kind !== "multiplier") return true;
  }
  return false;
}

/** The multiplier that ends a number surface ("20 млн" → 10^6, "3bn" → 10^9), if any. */
export function trailingMultiplier(surface: string): Decimal | null {
  const words = wordKey(surface).replace(/\.$/, "").split(" ");
  let word = words[words.length - 1]!;
  if (words.length < 2) {
    // a multiplier glued to the digits ("3bn", "230m"): the letters after them
    let i = 0;
    while (i < word.length && (isDigitCode(word.charCodeAt(i)) || word[i] === "." || word[i] === ",")) i++;
    if (i === 0 || i === word.length || !isDigitCode(word.charCodeAt(i - 1))) return null;
    word = word.slice(i);
  }
  const last = numberWords().get(word);
  return last && last.kind === "multiplier" ? Decimal.of(last.value) : null;
}

/**
 * Whether a sum ends in a sign or code and bare digits ("$2", "USD 2", "€ 2,5", "about $1.5"): no multiplier, no word
 * after. A qualifier before the sign is read past ("about $1.5 to $2 billion" is 1.5–2 billion).
 */
function signAndDigits(surface: string): boolean {
  let i = surface.length;
  let digits = 0;
  for (; i > 0; i--) {
    const c = surface.charCodeAt(i - 1);
    if (isDigitCode(c)) digits++;
    else if (c !== 0x2c && c !== 0x2e && !isSpaceCode(c)) break;
  }
  let k = i;
  while (k < surface.length && isSpaceCode(surface.charCodeAt(k))) k++;
  if (digits === 0 || !isDigitCode(surface.charCodeAt(k))) return false;
  // the sign or code: up to four characters, no digit, at the start or after a space
  let j = i;
  while (j > 0 && i - j < 5 && !isSpaceCode(surface.charCodeAt(j - 1))) j--;
  return j < i && i - j < 5 && (j === 0 || isSpaceCode(surface.charCodeAt(j - 1)));
}

/**
 * The low end of a range of two sums with their signs, written bare ("from $2 to $3 billion", "between
 * USD 2 and 3 billion"): it takes the high end's multiplier, as in "10–20 млн" (rangeLow); else as it is.
 */
export function withHighMultiplier(low: MoneyMention, high: MoneyMention): MoneyMention {
  if (!signAndDigits(low.text)) return low;
  const factor = trailingMultiplier(high.text);
  if (!factor) return low;
  const scaled = Decimal.of(low.amount).mul(factor);
  if (scaled.compare(Decimal.of(high.amount)) > 0) return low;
  const out: MoneyMention = { ...low, amount: scaled.toNumber() };
  delete out.amountExact;
  const exact = scaled.exactIfRounded();
  if (exact !== undefined) out.amountExact = exact;
  return out;
}

/** Low end of a range: takes the high end's multiplier when it has none ("10–20 млн"). */
export function rangeLow(lo: string, hi: string, hiValue: Decimal, style: NumberStyle | undefined, change = false): Decimal | null {
  const low = parseDecimal(lo, style);
  if (!low) return null;
  const factor = trailingMultiplier(hi);
  if (factor && !trailingMultiplier(lo)) {
    const scaled = low.mul(factor);
    // a change ("снизился с 7 до 5 млрд") may go down: its start takes the multiplier all the same
    if (change || scaled.compare(hiValue) <= 0) return scaled;
  }
  return low;
}
