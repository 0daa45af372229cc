/**
 * One number, in digits or in words, in Kazakh, Russian or English, with an optional
 * multiplier word: "1 178,4 млрд", "1.844.036.360,12", "30 миллион", "1,5 триллиона",
 * "бір миллион екі жүз елу мың", "двух миллиардов", "two hundred million", "10 тыс.".
 *
 * `NUMBER_SOURCE` is a regex source without capturing groups, meant to be embedded in
 * other patterns (money, capacity) compiled with the `u` and `i` flags. Its value is read
 * by `parseNumber()` in src/numbers.ts, from the vocabulary exported here.
 */
import {
  KAZAKH_DECIMAL_DENOMINATORS, KAZAKH_DECIMAL_PARTICLES, KAZAKH_DECIMAL_POINT, KAZAKH_ENDINGS,
  KAZAKH_MULTIPLIER_ABBREVIATIONS, KAZAKH_NUMBER_WORDS, KAZAKH_VAGUE_QUANTITIES, type KazakhEndingClass, type NumberWordKind,
} from "../lexicons/numbers.kk.js";
import { RUSSIAN_DECIMAL_DENOMINATORS, RUSSIAN_DECIMAL_POINTS, RUSSIAN_MULTIPLIER_ABBREVIATIONS, RUSSIAN_NUMBER_JOINERS, RUSSIAN_NUMBER_WORDS, RUSSIAN_PLURAL_MULTIPLIERS, RUSSIAN_VAGUE_QUANTITIES } from "../lexicons/numbers.ru.js";
import {
  ENGLISH_DECIMAL_POINT, ENGLISH_FRACTION_JOINERS, ENGLISH_GLUED_MULTIPLIERS, ENGLISH_MULTIPLIER_ABBREVIATIONS, ENGLISH_MULTIPLIERS_AFTER_DIGITS, ENGLISH_NUMBER_JOINERS, ENGLISH_NUMBER_WORDS,
  ENGLISH_TEENS, ENGLISH_TENS, ENGLISH_UNITS, ENGLISH_VAGUE_QUANTITIES,
} from "../lexicons/numbers.en.js";
import { alternation, lazy, registerPattern, WORD_END, WORD_START } from "../src/regex.js";

/** A stem and every inflected form of it (the stem itself first). */
export function kazakhForms(stem: string, endingClass: KazakhEndingClass): string[] {
  return [stem, ...KAZAKH_ENDINGS[endingClass].map((e) => stem + e)];
}

/** Russian words are listed with "е"; texts may write "ё" (and the reverse). */
function withYo(forms: readonly string[]): string[] {
  const out = new Set<string>();
  for (const f of forms) {
    out.add(f);
    out.add(f.replace(/ё/g, "е"));
  }
  return [...out];
}

export interface NumberWordInfo {
  value: number;
  kind: NumberWordKind;
}

/** Every number word form (lower case) → its value and how it combines. */
export const numberWords = lazy((): ReadonlyMap<string, NumberWordInfo> => {
  const map = new Map<string, NumberWordInfo>();
  const add = (form: string, info: NumberWordInfo) => {
    if (!map.has(form.toLowerCase())) map.set(form.toLowerCase(), info);
  };
  for (const w of KAZAKH_NUMBER_WORDS) {
    for (const f of kazakhForms(w.stem, w.class)) add(f, { value: w.value, kind: w.kind });
  }
  for (const w of RUSSIAN_NUMBER_WORDS) for (const f of withYo(w.forms)) add(f, { value: w.value, kind: w.kind });
  for (const w of ENGLISH_NUMBER_WORDS) for (const f of w.forms) add(f, { value: w.value, kind: w.kind });
  for (const [f, v] of Object.entries({ ...ENGLISH_UNITS, ...ENGLISH_TEENS, ...ENGLISH_TENS })) add(f, { value: v, kind: "unit" });
  for (const [t, tv] of Object.entries(ENGLISH_TENS)) {
    for (const [u, uv] of Object.entries(ENGLISH_UNITS)) add(`${t}-${u}`, { value: tv + uv, kind: "unit" });
  }
  const abbreviations = {
    ...KAZAKH_MULTIPLIER_ABBREVIATIONS, ...RUSSIAN_MULTIPLIER_ABBREVIATIONS,
    ...ENGLISH_MULTIPLIER_ABBREVIATIONS, ...ENGLISH_GLUED_MULTIPLIERS,
  };
  for (const [f, v] of Object.entries(abbreviations)) add(f, { value: v, kind: "multiplier" });
  return map;
});

/** Connector words inside a number in words (decimal point, denominators, particles, "and"). */
export const NUMBER_CONNECTORS = {
  decimalPoint: KAZAKH_DECIMAL_POINT,
  digitPoint: ENGLISH_DECIMAL_POINT,
  denominators: KAZAKH_DECIMAL_DENOMINATORS,
  particles: KAZAKH_DECIMAL_PARTICLES,
  joiners: [...ENGLISH_NUMBER_JOINERS, ...RUSSIAN_NUMBER_JOINERS],
  fractionJoiners: ENGLISH_FRACTION_JOINERS,
  /** A decimal point whose fraction's denominator follows the numerator ("целая … десятых"). */
  pointsBeforeNumerator: RUSSIAN_DECIMAL_POINTS,
  denominatorsAfter: RUSSIAN_DECIMAL_DENOMINATORS,
} as const;

/** Every connector word of NUMBER_CONNECTORS but the fraction joiners (the words a walk back over a figure reads). */
export function numberConnectorWords(): string[] {
  const c = NUMBER_CONNECTORS;
  return [c.decimalPoint, c.digitPoint, ...Object.keys(c.denominators), ...c.particles, ...c.joiners, ...c.pointsBeforeNumerator, ...Object.keys(c.denominatorsAfter)];
}

// ---- pattern parts ----------------------------------------------------------------

/** The characters escapeRegExp escapes (a set lookup per character: the tries here run at import). */
const SPECIAL: ReadonlySet<string> = new Set(".*+?^${}()|[]\\/");

export const MULTIPLIER_ABBREVIATIONS: readonly string[] = Object.keys({ ...KAZAKH_MULTIPLIER_ABBREVIATIONS, ...RUSSIAN_MULTIPLIER_ABBREVIATIONS, ...ENGLISH_MULTIPLIER_ABBREVIATIONS });

/** Words of an unknown count, in the three languages, before a bare multiplier (lexicons/numbers.*.ts). */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set([...KAZAKH_VAGUE_QUANTITIES, ...RUSSIAN_VAGUE_QUANTITIES, ...ENGLISH_VAGUE_QUANTITIES]);
/** Multiplier forms that stand only after a count ("миллиардов"): alone, a figure of unknown size. */
export const PLURAL_MULTIPLIERS: ReadonlySet<string> = new Set(RUSSIAN_PLURAL_MULTIPLIERS);

/**
 * Multiplier abbreviations that are never a figure alone ("млн", "bn"): "млн долларов" with no
 * number before it is no amount ("мың", a Kazakh word as well, is not here).
 */
export const ABBREVIATED_ONLY: ReadonlySet<string> = new Set(
  MULTIPLIER_ABBREVIATIONS.filter((a) => !KAZAKH_NUMBER_WORDS.some((w) => w.stem === a)),
);

/**
 * A prefix tree of literals as a regex: "бір|бірге|бес" → "б(?:і(?:р(?:ге)?)|ес)". The
 * engine then branches on one character at a time instead of trying a thousand words at
 * every position (about ten times faster here), and, with each word's end optional after
 * its longer continuations, a longer word is still preferred. Spaces match any white space.
 */
export function trie(literals: Iterable<string>): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const word of new Set(literals)) {
    if (word === "") continue;
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const escape = (ch: string) => (ch === " " ? String.raw`\s+` : SPECIAL.has(ch) ? `\\${ch}` : ch);
  const emit = (node: Node): string => {
    const branches = [...node.next].map(([ch, child]) => escape(ch) + emit(child));
    if (branches.length === 0) return "";
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
    return node.end ? `(?:${body})?` : body;
  };
  return `(?:${emit(root)})`;
}

/**
 * Reads a pattern written in the layout of XRegExp's `x` flag (white space ignored outside
 * character classes, `#` comments to the end of the line) and returns the plain source, so
 * it can be compiled by the native engine without XRegExp expanding every `\p{…}` into
 * explicit ranges (which makes the big word alternations here ten times slower).
 */
export function compactPattern(template: string): string {
  // One replace over the whole template (a character-by-character loop cost ~25 ms of import):
  // an escape or a character class is kept as it is, a comment or a run of white space dropped.
  return template.replace(LAYOUT, (m) => (m[0] === "\\" || m[0] === "[" ? m : ""));
}
/**
 * Kopecks after a comma and a space, after a number grouped by blanks, as some documents write them ("1 599 059, 38
 * Евро"): two digits that end the number (the figure patterns' DIGITS take it as one number). Grouped by dots or
 * commas, the comma would be ambiguous. SPACED_DECIMAL gives src/numbers.ts the two parts, to read the comma as the
 * decimal mark.
 */
const SPACED_DECIMAL_SOURCE = String.raw`\d{1,3} (?: [ \u00A0\u202F\u2009] \d{3} ){1,6} , [ \u00A0] \d{2} (?!\d)`;
export const SPACED_DECIMAL = registerPattern(
  "number.spaced-decimal",
  new RegExp(String.raw`^(\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3}){1,6}),[ \u00A0](\d{2})(?!\d)`, "u"),
);

const LAYOUT = registerPattern("number.layout", /\\[\s\S]?|\[(?:\\[\s\S]?|[^\]\\])*(?:\]|$)|#[^\n]*|\s+/g);

/** The number patterns as sources to compose (no capturing groups). */
export interface NumberSources {
  /** One number in digits (with optional multiplier) or in words. */
  number: string;
  /** One multiplier word or abbreviation alone ("миллион", "млн."), to follow white space. */
  multiplier: string;
  /**
   * The characters `number` can start with, by code unit (1: yes): the digits and the first characters of its words
   * and abbreviations. A reader that finds none of them where a number must start need not run the pattern there.
   */
  firstChars: Uint8Array;
  /**
   * Every word the number reads as a word of its own, lower case (the words of a multi-word entry apart): number words,
   * multiplier abbreviations and connectors. A word outside them is in no number: "m" alone, which it reads only glued
   * to digits ("30m"), or a Kazakh number word in a Russian or English pattern.
   */
  words: ReadonlySet<string>;
}

/** A language whose number words the number sources may read. */
export type NumberLanguage = "kk" | "ru" | "en";
const ALL_NUMBER_LANGUAGES: readonly NumberLanguage[] = ["kk", "ru", "en"];

/**
 * Whose number words a text in each language writes: Russian and English news write their own;
 * Kazakh news gives Russian figures beside its own ("5 миллиардов" in a quote), and the capacity
 * stage reads a text of no known language with the Kazakh patterns, so those keep every language's
 * words. Digits, multiplier abbreviations ("млн", "bn") and connectors are read in every language.
 */
export const NUMBER_WORD_LANGUAGES: Readonly<Record<NumberLanguage, readonly NumberLanguage[]>> = {
  kk: ALL_NUMBER_LANGUAGES,
  ru: ["ru"],
  en: ["en"],
};
const SOURCES = new Map<string, NumberSources>();

/**
 * The number sources over the number words of `languages` (digits, multiplier abbreviations and
 * connectors always), built on first use for each set of languages, not at import: their tries over
 * every number word form cost about 80 ms of CPU. Each language's money and capacity patterns take
 * the words its texts write (NUMBER_WORD_LANGUAGES): the Kazakh forms are most of the tries, so a
 * Russian or English pattern without them is a fraction of the size, and V8 compiles it that much
 * faster on a text's first call (capacity.kk.before and money.kk.left, 16 kB each with every
 * language's words, took 30-40 ms each to compile).
 */
export function numberSources(languages: readonly NumberLanguage[] = ALL_NUMBER_LANGUAGES): NumberSources {
  const key = languages.join();
  let sources = SOURCES.get(key);
  if (!sources) {
    sources = buildNumberSources(new Set(languages));
    SOURCES.set(key, sources);
  }
  return sources;
}

function buildNumberSources(languages: ReadonlySet<NumberLanguage>): NumberSources {
  const kazakhBare = languages.has("kk") ? KAZAKH_NUMBER_WORDS.map((w) => w.stem) : [];
  const kazakhAll = languages.has("kk") ? KAZAKH_NUMBER_WORDS.flatMap((w) => kazakhForms(w.stem, w.class)) : [];
  const russianAll = languages.has("ru") ? RUSSIAN_NUMBER_WORDS.flatMap((w) => withYo(w.forms)) : [];
  const englishAll = languages.has("en") ? [...numberWords().keys()].filter((f) => /^[a-z-]+$/.test(f) && f.length > 1) : [];
  const isMultiplier = (f: string) => numberWords().get(f)?.kind === "multiplier";

  /** Multiplier words (every form) and abbreviations that may follow digits. */
  const MULTIPLIER_WORDS = trie(
    [...kazakhAll, ...russianAll, ...englishAll].filter(isMultiplier)
      .concat(Object.keys({ ...KAZAKH_MULTIPLIER_ABBREVIATIONS, ...RUSSIAN_MULTIPLIER_ABBREVIATIONS, ...ENGLISH_MULTIPLIER_ABBREVIATIONS }))
      // (English multiplier words after digits in any language: an English quote's "$540 million")
      .concat(languages.has("en") ? [] : ENGLISH_MULTIPLIERS_AFTER_DIGITS.filter((f) => numberWords().has(f))),
  );
  const ABBREVIATIONS = alternation(MULTIPLIER_ABBREVIATIONS);

  /** Thousands separators: space, no-break, narrow no-break and thin space, dot, comma. */
  const GROUP_SEPARATOR = String.raw`[ \u00A0\u202F\u2009.,]`;

  /**
   * Digits. A separated group is exactly three digits ("1 178", "1.844.036.360"), so
   * "2025 жылы 100" or "2025 100" never join; one decimal part may follow. The number may
   * not start inside another number, and may not run into a following digit.
   */
  const DIGITS = String.raw`(?<![\p{N}.,])
    (?: ${SPACED_DECIMAL_SOURCE} | \d{1,3} (?: ${GROUP_SEPARATOR} \d{3} ){1,6} (?!\d) | \d+ )
    (?: [.,] \d+ )?
    (?! [.,]? \d )`;

  /** A multiplier word right after digits: "млрд", "млрд.", "миллионға", "тысяч", "billion", "bn". */
  const MULTIPLIER_AFTER_DIGITS = String.raw`\s* (?: ${MULTIPLIER_WORDS} ) ${WORD_END} (?: (?<= ${ABBREVIATIONS} ) \. )?`;
  /**
   * A multiplier after digits, or a glued one ("30m"); after a word, up to three more groups of one to three
   * digits and a multiplier ("1 млрд 200 млн", "3 млн 250 тыс.": the reader sums them, largest first).
   */
  const DIGIT_MULTIPLIER = String.raw`(?:
      ${MULTIPLIER_AFTER_DIGITS} (?: \s+ \d{1,3} (?![\d.,]?\d) ${MULTIPLIER_AFTER_DIGITS} ){0,3}
    | (?: ${alternation(Object.keys(ENGLISH_GLUED_MULTIPLIERS))} ) ${WORD_END}
    )?`;

  const words = (forms: string[]) => trie(forms);

  /** Russian decimal denominators ("пять десятых"): between the fraction and a multiplier, or last before a unit. */
  const russianDenominators = languages.has("ru") ? Object.keys(RUSSIAN_DECIMAL_DENOMINATORS) : [];
  /** Every word that may end a number in words, with its case endings. */
  const WORD_LAST = words([...kazakhAll, ...russianAll, ...englishAll, ...russianDenominators]);
  /** Words that may stand inside a number in words (Kazakh ones uninflected). */
  const WORD_INNER = words([...kazakhBare, ...russianAll, ...englishAll]);
  /** Between two words: a Kazakh decimal ("бүтін оннан", "да"), English "and". */
  const connectors = [
    ...Object.keys(KAZAKH_DECIMAL_DENOMINATORS).map((d) => `${KAZAKH_DECIMAL_POINT} ${d}`),
    KAZAKH_DECIMAL_POINT,
    ...KAZAKH_DECIMAL_PARTICLES,
    ...ENGLISH_NUMBER_JOINERS,
    ...ENGLISH_FRACTION_JOINERS,
    ENGLISH_DECIMAL_POINT,
    ...(languages.has("ru") ? [...RUSSIAN_NUMBER_JOINERS, ...RUSSIAN_DECIMAL_POINTS] : []),
    ...russianDenominators,
  ];
  const CONNECTOR = alternation(connectors);

  /**
   * At most this many words before the last one: the longest spoken figures
   * ("үш жүз отыз тоғыз мың алты жүз қырық сегіз") have about ten, and the bound keeps a
   * scan that fails at the end of a long run of number words linear.
   */
  const MAX_WORDS = 16;

  /** A number in words, optionally ending with an abbreviated multiplier ("бес млрд."); up to two connectors between two words ("one and a half"). */
  const WORDS = String.raw`${WORD_START}
    (?: (?: ${WORD_INNER} ) ${WORD_END} \s+ (?: (?: ${CONNECTOR} ) \s+ ){0,2} ){0,${MAX_WORDS}}
    (?: (?: ${WORD_LAST} ) ${WORD_END} | (?: ${ABBREVIATIONS} ) ${WORD_END} \.? )`;

  const multiplier = compactPattern(String.raw`(?: ${MULTIPLIER_WORDS} ) ${WORD_END} (?: (?<= ${ABBREVIATIONS} ) \. )?`);

  const number = compactPattern(String.raw`(?:${DIGITS}${DIGIT_MULTIPLIER}|${WORDS})`);
  // DIGITS starts with \d; WORDS with a word of WORD_INNER or WORD_LAST or an abbreviation, as written (no `i` flag)
  const firstChars = new Uint8Array(0x10000);
  for (let d = 0x30; d <= 0x39; d++) firstChars[d] = 1;
  for (const w of [...kazakhBare, ...kazakhAll, ...russianAll, ...englishAll, ...MULTIPLIER_ABBREVIATIONS]) firstChars[w.charCodeAt(0)] = 1;
  const ownWords = new Set([...kazakhBare, ...kazakhAll, ...russianAll, ...englishAll, ...MULTIPLIER_ABBREVIATIONS, ...connectors]
    .flatMap((w) => w.toLowerCase().split(" ")));
  return { number, multiplier, firstChars, words: ownWords };
}
