/**
 * Money patterns, composed from the shared number (patterns/number.ts), the currencies
 * (lexicons/currencies.ts) and each language's qualifier and range words
 * (patterns/money.kk.ts, money.ru.ts, money.en.ts).
 *
 * The scan is anchored on currency tokens, which are rare: `nextCurrency` runs over the whole
 * text, and the number is then read in a short window before the token (`left`) or, for
 * symbols and codes, right after it (`forward`).
 */
import { COUNTRY_MARKERS_BEFORE, CURRENCIES, USD_MARKERS_AFTER, type CurrencyEntry } from "../lexicons/currencies.js";
import type { QualifierWords } from "../lexicons/qualifiers.js";
import { alternation, lazy, registerPattern, WORD_END } from "../src/regex.js";
import { isLetterCode, NOT_LIKELY_LETTER } from "../src/word-start.js";
import { QUALIFIERS_BEFORE } from "../lexicons/qualifiers.js";
import { compactPattern, kazakhForms, trie, NUMBER_CONNECTORS, NUMBER_WORD_LANGUAGES, numberConnectorWords, numberWords, numberSources } from "./number.js";

/**
 * Money patterns run on lower-cased text (see `lowerSameLength`), so they need no `i` flag,
 * which would make the engine fold case across the whole word alternation (ten times slower).
 * They are written in the `x` layout and compiled natively.
 */
function compile(name: string, template: string, flags: string): RegExp {
  return registerPattern(name, new RegExp(compactPattern(template), flags));
}

/** Lower case without changing the length (a character whose lower case is longer stays as it is). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

const lower = (words: readonly string[]) => words.map((w) => w.toLowerCase());

/** What a language adds to the shared money grammar. */
export interface MoneyLanguageParts {
  lang: "kk" | "ru" | "en";
  /** Qualifier words before the figure. */
  before: QualifierWords;
  /** Qualifier words after the currency word. */
  after: QualifierWords;
  /** Qualifier words between a figure in a case form and its multiplier or currency ("400-ге жуық миллион"). */
  inside: QualifierWords;
  /** Case endings after a hyphen on such a figure ("400-ге", "млрд-тан"). */
  figureCaseEndings: readonly string[];
  /** Opening and closing words of a range: "от … до", "from … to". */
  rangeFrom: readonly string[];
  rangeTo: readonly string[];
  /** A closing word that makes a range with no opening word: "$5 million to $7 million", "5 to 10 million dollars". */
  rangeToAlone?: readonly string[];
  /** Words before the first sum that make such a pair a change, not a range: "by $5 million to $7 million". */
  rangeNotAfter?: readonly string[];
  /**
   * Prepositions of time before a figure that is a year: such a first figure of a range is the date of a change, not
   * its low end ("from $2 billion in 2020 to $3 billion", as for capacity: lexicons/units.ts yearBefore).
   */
  yearBefore?: readonly string[];
  /** Range openers that are no qualifier when no second end follows ("с"): not in a lone figure's span. */
  rangeFromOnly?: readonly string[];
  /** Words between the two ends of a range: "үш пен бес". */
  rangeJoin: readonly string[];
  /** An opener and the closing word that closes a range only after it: "между … и" (not "от 5 и 10"). */
  rangePairs?: readonly (readonly [string, string])[];
  /** Ablative endings that open a range: "50000-нан 100000 теңгеге дейін". */
  rangeAblative: readonly string[];
  /** Word decimals that end like an ablative but are not one: "бір бүтін оннан сегіз". */
  notAblative: readonly string[];
}

/** Lower case, single spaces: the key of every word table. */
export function wordKey(surface: string): string {
  return surface.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The currency tables and the scan below are built on the first money scan, not at import (they
 * took about 4 ms of import CPU here).
 */
export const CURRENCY_TABLES = lazy(() => {
  /** Currency surface (lower case, without country markers) → its entry. */
  const forms = new Map<string, CurrencyEntry>();
  for (const c of CURRENCIES) {
    const surfaces = [
      ...(c.kazakh ?? []).flatMap((k) => kazakhForms(k.stem, k.class)),
      ...(c.words ?? []),
      ...(c.abbreviations ?? []),
      ...(c.before ?? []),
    ];
    for (const f of surfaces) if (!forms.has(wordKey(f))) forms.set(wordKey(f), c);
  }
  const currencyWords = lower(CURRENCIES.flatMap((c) => [
    ...(c.kazakh ?? []).flatMap((k) => kazakhForms(k.stem, k.class)),
    ...(c.words ?? []),
  ]));
  const currencyAbbreviations = lower(CURRENCIES.flatMap((c) => c.abbreviations ?? []));
  const currencyBefore = lower(CURRENCIES.flatMap((c) => c.before ?? []));
  /** First letters of every currency word, abbreviation and code: what the scan looks for. */
  const prefixes = [...new Set(
    [...currencyWords, ...currencyAbbreviations, ...currencyBefore]
      .filter((f) => /^\p{L}/u.test(f))
      .map((f) => [...f].slice(0, 3).join("")),
  )];
  /** Currency symbols (single characters without letters). */
  const signs = [...new Set(currencyBefore.filter((f) => /^\p{Sc}$/u.test(f)))];
  const prefixTrie = trie(prefixes.flatMap(caseVariants));
  return {
    forms: forms as ReadonlyMap<string, CurrencyEntry>,
    /** Symbols and codes that may open a sum ("$30 million", "USD 171 million"). */
    beforeForms: new Set(currencyBefore.map(wordKey)) as ReadonlySet<string>,
    /** First words of the two-word currency forms ("фунт" of "фунт стерлингов"). */
    firstWords: new Set([...forms.keys()].filter((f) => f.includes(" ")).map((f) => f.split(" ")[0]!)) as ReadonlySet<string>,
    signs,
    signSet: new Set(signs) as ReadonlySet<string>,
    finder: compile(
      "money.currency.finder",
      String.raw`
          [${signs.join("")}]                          # a sign, or the character before a currency word
        | ${NOT_LIKELY_LETTER} (?= ${prefixTrie} )
        `,
      "g",
    ),
    word: compile("money.currency.word", String.raw`${prefixTrie} [\p{L}$]* \.?`, "uy"),
  };
});

/** Currency surface (lower case, without country markers) → its entry. */
export function currencyForms(): ReadonlyMap<string, CurrencyEntry> {
  return CURRENCY_TABLES().forms;
}

/** Symbols and codes that may open a sum ("$30 million", "USD 171 million"). */
export function currencyBeforeForms(): ReadonlySet<string> {
  return CURRENCY_TABLES().beforeForms;
}

/** "тең" → "тең", "Тең", "ТЕҢ": the scan reads the text as written (lower-casing it all costs more than the scan). */
function caseVariants(prefix: string): string[] {
  return [prefix, prefix[0]!.toUpperCase() + prefix.slice(1), prefix.toUpperCase()];
}

/*
 * The scan for currency tokens, fast because it starts with literals: a currency symbol, or
 * a word that begins like a currency form ("теңге…", "доллар…", "usd", "us$", "долл.") and
 * follows no ASCII or Cyrillic letter, read to the end of its letters (`[\p{L}$]*\.?`).
 * The recognizer keeps a token only when the whole word is a known form (currencyForms()),
 * so "теңгерім" or "туралы" are dropped, and checks that no letter at all precedes it.
 *
 * The finder (no `u` flag, and the character before a word consumed instead of looked behind
 * at: together about a fifth cheaper per character of text, and the scan runs over every
 * document) finds a sign, or the character before a word that begins like a currency form;
 * the word pattern then reads the word there (see `nextCurrency`).
 */

/** A currency token found by the scan: where it starts and its surface as written. */
export interface CurrencyHit {
  index: number;
  hit: string;
}

/**
 * The first currency token at or after `from` (the leftmost match of the scan described
 * above), found with the finder: a hit at p is a sign at p or the character before a word at p + 1.
 */
export function nextCurrency(text: string, from: number): CurrencyHit | null {
  const { finder, word: CURRENCY_WORD, signSet } = CURRENCY_TABLES();
  if (from === 0) {
    CURRENCY_WORD.lastIndex = 0;
    const w = CURRENCY_WORD.exec(text);
    if (w) return { index: 0, hit: w[0] };
  }
  // from the character before `from`, which the finder reads before a word that starts at `from` (a word starts with
  // a letter: at a sign or other character, from `from` itself, so that a run of signs is not read twice)
  finder.lastIndex = from > 0 && isLetterCode(text.charCodeAt(from)) ? from - 1 : from;
  let f: RegExpExecArray | null;
  while ((f = finder.exec(text))) {
    const p = f.index;
    if (p >= from && signSet.has(text[p]!)) return { index: p, hit: text[p]! };
    // a currency word starts with a letter (the word pattern's trie holds letter-initial forms): none is tried
    // elsewhere (speed: in a run of signs, "$$$…", each hit also tried the word pattern after the sign before it)
    if (p + 1 >= from && isLetterCode(text.charCodeAt(p + 1))) {
      CURRENCY_WORD.lastIndex = p + 1;
      const w = CURRENCY_WORD.exec(text);
      if (w) return { index: p + 1, hit: w[0] };
    }
    finder.lastIndex = p + 1;
  }
  return null;
}

/**
 * Whether a scan hit (lower case) can be a currency token: a sign, or a known form or the first
 * word of one. Checked before any window around the hit is read.
 */
export function mayBeCurrency(hit: string): boolean {
  if (isCurrencySign(hit)) return true;
  const { forms, firstWords } = CURRENCY_TABLES();
  const word = hit.endsWith(".") && !forms.has(hit) ? hit.slice(0, -1) : hit;
  return forms.has(word) || firstWords.has(word);
}

/** The next word after a currency word, for two-word forms ("фунтов стерлингов"). */
export const CURRENCY_NEXT_WORD = compile("money.currency.next", String.raw`(?<! \s ) \s+ ( \p{L}+ \.? )`, "uy");

/**
 * A country marker before a currency word: "АҚШ доллары", "китайских юаней" (matched on the text just
 * before, lower case; group 1 is the marker: see COUNTRY_MARKER_CODES for the currency it marks).
 */
export const COUNTRY_MARKER_BEFORE = compile(
  "money.currency.markerBefore",
  String.raw`(?<! \p{L} ) ( ${alternation(lower(Object.values(COUNTRY_MARKERS_BEFORE).flat()))} ) \s+ $`,
  "u",
);

/** Marker (lower case) → the ISO codes it marks ("us" → USD). */
export const COUNTRY_MARKER_CODES: ReadonlyMap<string, readonly string[]> = (() => {
  const codes = new Map<string, string[]>();
  for (const [code, words] of Object.entries(COUNTRY_MARKERS_BEFORE)) {
    for (const w of lower(words)) codes.set(w, [...(codes.get(w) ?? []), code]);
  }
  return codes;
})();

/** A country marker after a dollar: "долларов США", "долл. США". */
export const USD_MARKER_AFTER = compile(
  "money.currency.markerAfter",
  String.raw`(?<! \s ) \s+ (?: ${alternation(lower(USD_MARKERS_AFTER))} ) ${WORD_END}`,
  "uy",
);

/** Symbols and codes written before the number ("$", "us$", "usd"): tried forward first when a symbol. */
export function isCurrencySign(form: string): boolean {
  return CURRENCY_TABLES().signSet.has(form) || form.endsWith("$");
}

/**
 * Every word that can stand inside a figure read before a currency (number words,
 * connectors, range words, qualifier words). The recognizer walks back over such tokens
 * to find where a figure can start, so the `left` pattern only sees that short stretch.
 */
export function figureTokens(parts: readonly MoneyLanguageParts[]): ReadonlySet<string> {
  const set = new Set<string>(numberWords().keys());
  for (const w of numberConnectorWords()) set.add(w);
  for (const p of parts) {
    for (const phrase of [...Object.keys(p.before), ...Object.keys(p.inside), ...p.rangeFrom, ...p.rangeTo, ...p.rangeJoin, ...(p.rangePairs ?? []).flat()]) {
      for (const w of phrase.toLowerCase().split(/\s+/)) set.add(w);
    }
  }
  for (const table of Object.values(QUALIFIERS_BEFORE)) {
    for (const phrase of Object.keys(table)) for (const w of phrase.toLowerCase().split(/\s+/)) set.add(w);
  }
  return set;
}

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
  /** The characters the number of `forward` can start with, by code unit (NumberSources.firstChars). */
  numberFirstChars: Uint8Array;
}

function phrases(words: Iterable<string>): string {
  const list = [...words].map((w) => w.toLowerCase());
  return list.length ? alternation(list) : String.raw`(?!)`;
}

/** Builds and registers the patterns of one language. */
export function buildMoneyPatterns(parts: MoneyLanguageParts): MoneyPatterns {
  const { lang } = parts;
  const { number: N, multiplier: MULTIPLIER_SOURCE, firstChars } = numberSources(NUMBER_WORD_LANGUAGES[lang]);
  // each paired opener's closing word, only after it ("между 10 и 20")
  const pairOpeners = (parts.rangePairs ?? []).map(([from]) => from);
  // a closing word that makes a range with no opener, between two figures of one currency ("5 to 10 million dollars")
  // (after digits only, with no sign or code before them: "$100 million to 150 million euros" are two sums)
  const bareClosers = (parts.rangeToAlone ?? []).length === 0 ? ""
    : String.raw`| (?<= (?<! [\p{L}\p{N}\p{Sc}.,] ) \d{1,12} (?: [.,] \d{1,6} )? ) \s+ ${phrases(parts.rangeToAlone!)} \s+`;
  const pairClosers = (parts.rangePairs ?? [])
    .map(([from, to]) => String.raw`| (?<= (?<! \p{L} ) ${phrases([from])} \s+ [^]{1,60} ) \s+ ${phrases([to])} \s+`).join(" ");
  const before = phrases(Object.keys(parts.before));
  const after = phrases(Object.keys(parts.after));
  // "400-ге жуық миллион", "млрд-тан астам": only in a language that has such words (kk)
  const inside = Object.keys(parts.inside).length === 0 ? "" : String.raw`
      (?: (?: - (?: ${phrases(parts.figureCaseEndings)} ) )? \s+
          (?<mid> ${phrases(Object.keys(parts.inside))} )
          (?: \s+ (?<mult> ${MULTIPLIER_SOURCE} ) )? )?`;
  const left = compile(
    `money.${lang}.left`,
    String.raw`
      (?: (?<pre> ${before} ) ${WORD_END} \s+ )?                       # шамамен, не менее, over
      (?: (?<from> ${phrases([...parts.rangeFrom, ...pairOpeners])} ) \s+ )?   # от, from, between, между
      (?: (?<lo> ${N} )                                                # one copy of the number: V8 optimizes
          (?:                                                          # patterns under 20 KB only
              (?<to>                                                   # "до" closes a range only after "от"
                (?<= (?<! \p{L} ) (?: ${phrases(parts.rangeFrom)} ) \s+ [^]{1,60} ) \s+ (?: ${phrases(parts.rangeTo)} ) \s+   # от 10 до 20
                ${pairClosers} ${bareClosers} )                        # между 10 и 20; 5 to 10 million dollars
            | (?<dash> \s+ - \s* | - \s+ | (?<! [a-z] ) - )           # 10-20, үш-төрт (not "twenty-five")
            | (?<abl> (?: - (?: ${phrases(parts.rangeAblative)} ) )? (?<= ${phrases(parts.rangeAblative)} ) (?<! ${phrases(parts.notAblative)} ) \s+ )   # 50000-нан
            | (?<join> \s+ (?: ${phrases(parts.rangeJoin)} ) \s+ )     # үш пен бес
          )
      )?
      (?<num> ${N} )
      ${inside}
      (?: \s* | - ) $                                                 # "100-долларовая"
      `,
    "u",
  );
  const right = compile(`money.${lang}.right`, String.raw`(?<! \s ) \s+ (?<post> ${after} ) ${WORD_END}`, "uy");
  // "$2-3 billion", "$2 to 3 billion"; not a word that also joins ("and": "$5 million and 3 billion tenge" are two sums)
  const forwardTo = parts.rangeTo.filter((w) => !parts.rangeJoin.includes(w) && !NUMBER_CONNECTORS.joiners.includes(w));
  const forwardRange = forwardTo.length === 0 ? String.raw`\s* - \s*` : String.raw`(?: \s* - \s* | \s+ (?: ${phrases(forwardTo)} ) \s+ )`;
  const forward = compile(`money.${lang}.forward`, String.raw`\x20? (?<num> ${N} ) (?: ${forwardRange} (?<hi> ${N} ) )?`, "uy");
  const leftQualifier = compile(`money.${lang}.leftQualifier`, String.raw`(?<! [\p{L}\p{N}] ) (?<pre> ${before} ) \s* $`, "u");
  return { left, right, forward, leftQualifier, numberFirstChars: firstChars };
}

/** Between a sum and its minor units ("20 долларов 50 центов", "20 dollars and 50 cents"): spaces, or a conjunction. */
export const MINOR_GAP = registerPattern("money.minorGap", /^[ \t]{1,3}(?:и[ \t]{1,3}|and[ \t]{1,3})?$/u);
