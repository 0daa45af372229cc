/**
 * Money patterns, composed from the shared number (patterns/number.ts), the currencies
 * (lexicons/currencies.ts) and each language's qualifier and range words
 * (patterns/money.kk.ts, money.ru.ts, money.en.ts).
 *
 * The scan is anchored on currency tokens, which are rare: `CURRENCY` runs over the whole
 * text, and the number is then read in a short window before the token (`left`) or, for
 * symbols and codes, right after it (`forward`).
 */
import XRegExp from "xregexp";
import { CURRENCIES, USD_MARKERS_AFTER, USD_MARKERS_BEFORE, type CurrencyEntry } from "../lexicons/currencies.js";
import type { QualifierWords } from "../lexicons/qualifiers.js";
import { alternation, registerPattern, WORD_END } from "../src/regex.js";
import { kazakhForms, NUMBER_SOURCE } from "./number.js";

/** What a language adds to the shared money grammar. */
export interface MoneyLanguageParts {
  lang: "kk" | "ru" | "en";
  /** Qualifier words before the figure. */
  before: QualifierWords;
  /** Qualifier words after the currency word. */
  after: QualifierWords;
  /** Opening and closing words of a range: "от … до", "from … to". */
  rangeFrom: readonly string[];
  rangeTo: readonly string[];
  /** Words between the two ends of a range: "үш пен бес". */
  rangeJoin: readonly string[];
  /** Ablative endings that open a range: "50000-нан 100000 теңгеге дейін". */
  rangeAblative: readonly string[];
  /** Word decimals that end like an ablative but are not one: "бір бүтін оннан сегіз". */
  notAblative: readonly string[];
}

/** Lower case, single spaces: the key of every word table. */
export function wordKey(surface: string): string {
  return surface.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Currency surface (lower case, without country markers) → its entry. */
export const CURRENCY_FORMS: ReadonlyMap<string, CurrencyEntry> = (() => {
  const map = new Map<string, CurrencyEntry>();
  for (const c of CURRENCIES) {
    const forms = [
      ...(c.kazakh ?? []).flatMap((k) => kazakhForms(k.stem, k.class)),
      ...(c.words ?? []),
      ...(c.abbreviations ?? []),
      ...(c.before ?? []),
    ];
    for (const f of forms) if (!map.has(wordKey(f))) map.set(wordKey(f), c);
  }
  return map;
})();

const isSymbolOrCode = (f: string) => !/\p{L}/u.test(f) || /^[A-Z]{1,3}\$?$/.test(f) || /^[A-Z]{3}$/.test(f);
const currencyWords = CURRENCIES.flatMap((c) => [
  ...(c.kazakh ?? []).flatMap((k) => kazakhForms(k.stem, k.class)),
  ...(c.words ?? []),
]);
const currencyAbbreviations = CURRENCIES.flatMap((c) => c.abbreviations ?? []);
const currencyBefore = CURRENCIES.flatMap((c) => c.before ?? []);

/** Symbols and codes that may open a sum ("$30 million", "USD 171 million"). */
export const CURRENCY_BEFORE_FORMS: ReadonlySet<string> = new Set(currencyBefore.map(wordKey));

const NOT_LETTER_BEFORE = String.raw`(?<!\p{L})`;
const NOT_LETTER_AFTER = String.raw`(?!\p{L})`;

/**
 * A currency token: a word in any case form with its country marker ("АҚШ долларын",
 * "долларов США", "US dollars"), an abbreviation ("долл.", "тг."), a symbol or an ISO code.
 */
export const CURRENCY = registerPattern(
  "money.currency",
  XRegExp(
    String.raw`
    ${NOT_LETTER_BEFORE}
    (?:
        (?: (?: ${alternation(USD_MARKERS_BEFORE)} ) \s+ )?       # АҚШ доллары, US dollars
        (?<word> ${alternation(currencyWords)} ) ${NOT_LETTER_AFTER}
        (?: \s+ (?: ${alternation(USD_MARKERS_AFTER)} ) ${WORD_END} )?   # долларов США
      | (?<abbr> ${alternation(currencyAbbreviations)} )         # долл. руб. тг.
        (?: \s+ (?: ${alternation(USD_MARKERS_AFTER)} ) ${WORD_END} )?   # долл. США
      | (?<sym> ${alternation(currencyBefore.filter((f) => !isSymbolOrCode(f) || /\p{L}/u.test(f)))} ) ${NOT_LETTER_AFTER}
    )
    | (?<sign> ${alternation(currencyBefore.filter((f) => !/\p{L}/u.test(f)))} )   # $ € ₸ £ ¥
    `,
    "giux",
  ),
);

/** The patterns of one language. */
export interface MoneyPatterns {
  /** Matched against the text just before a currency token (ends with `$`). */
  left: RegExp;
  /** Sticky, right after a currency token: "США", "астам", "дейін". */
  right: RegExp;
  /** Sticky, right after a symbol or code: "$ 10-15 million". */
  forward: RegExp;
  /** Matched against the text just before a symbol or code: "more than $5 million". */
  leftQualifier: RegExp;
}

function phrases(words: Iterable<string>): string {
  const list = [...words];
  return list.length ? alternation(list) : String.raw`(?!)`;
}

/** Builds and registers the patterns of one language. */
export function buildMoneyPatterns(parts: MoneyLanguageParts): MoneyPatterns {
  const { lang } = parts;
  const N = NUMBER_SOURCE;
  const before = phrases(Object.keys(parts.before));
  const after = phrases(Object.keys(parts.after));
  const left = registerPattern(
    `money.${lang}.left`,
    XRegExp(
      String.raw`
      (?: (?<pre> ${before} ) ${WORD_END} \s+ )?                       # шамамен, не менее, over
      (?:
          (?: ${phrases(parts.rangeFrom)} ) \s+ (?<lo> ${N} ) \s+ (?: ${phrases(parts.rangeTo)} ) \s+   # от 10 до
        | (?<loDash> ${N} ) (?: \s+ - \s* | - \s+ | (?<! [a-z] ) - )     # 10-20, үш-төрт (not "twenty-five")
        | (?<loAbl> ${N} ) (?: - (?: ${phrases(parts.rangeAblative)} ) )? (?<= ${phrases(parts.rangeAblative)} ) (?<! ${phrases(parts.notAblative)} ) \s+   # 50000-нан
        | (?<loJoin> ${N} ) \s+ (?: ${phrases(parts.rangeJoin)} ) \s+    # үш пен бес
      )?
      (?<num> ${N} )
      (?: \s* | - ) $                                                 # "100-долларовая"
      `,
      "iux",
    ),
  );
  const right = registerPattern(
    `money.${lang}.right`,
    XRegExp(String.raw`(?<! \s ) \s+ (?<post> ${after} ) ${WORD_END}`, "iuxy"),
  );
  const forward = registerPattern(
    `money.${lang}.forward`,
    XRegExp(String.raw`\x20? (?<num> ${N} ) (?: \s* - \s* (?<hi> ${N} ) )?`, "iuxy"),
  );
  const leftQualifier = registerPattern(
    `money.${lang}.leftQualifier`,
    XRegExp(String.raw`(?<! [\p{L}\p{N}] ) (?<pre> ${before} ) \s* $`, "iux"),
  );
  return { left, right, forward, leftQualifier };
}
