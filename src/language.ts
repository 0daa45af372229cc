/**
 * Language detection: kk | ru | en | und with a confidence in 0..1 (0 for `und`).
 *
 * One pass over the words of the first SAMPLE_LENGTH characters collects cues from
 * lexicons/language.ts:
 *  - Kazakh-only letters (strong in a lower-case word, weak in a capitalised one: a Kazakh
 *    place name in a Russian sentence is still Russian);
 *  - function words of each language (weak when capitalised inside a sentence: titles);
 *  - word endings of Kazakh, Russian and English (lower-case words only: names are
 *    capitalised and often carry foreign endings, e.g. Russian-style surnames in Kazakh).
 * URLs are skipped, and so is text inside «guillemets» when enough remains: quoted names and
 * titles (a Latin company name quoted in a Kazakh sentence) do not tell the language around them.
 * The script of the words picks Cyrillic (kk/ru) or Latin (en); franc, restricted to kaz/rus,
 * breaks a kk/ru tie on a short piece of the text (it is slow, so it is the exception).
 * Too little text (fewer than MIN_WORDS words or MIN_LETTERS letters) is `und`, not a guess.
 */
import { francOnly } from "./franc-only.js";
import {
  ENGLISH_ENDINGS, ENGLISH_FUNCTION_WORDS, ENGLISH_NEWS_WORDS, KAZAKH_ENDINGS, KAZAKH_FUNCTION_WORDS, KAZAKH_LETTERS,
  RUSSIAN_ENDINGS, RUSSIAN_FUNCTION_WORDS,
} from "../lexicons/language.js";
import { lazy, registerPattern } from "./regex.js";
import { isSpaceCode } from "./word-start.js";
import { validateText } from "./options.js";
import type { LanguageGuess } from "./types.js";

/** Fewer letters than this and we answer `und` rather than guess. */
export const MIN_LETTERS = 8;
/** Fewer words than this (e.g. a two-word name) and we answer `und`. */
export const MIN_WORDS = 3;
/** Longest prefix that language detection reads: enough for certainty, bounded for speed. */
export const SAMPLE_LENGTH = 4000;
/** Longest piece handed to franc when the cues tie. */
const FRANC_SAMPLE_LENGTH = 600;

/** Cue weights. */
const W = {
  kazakhLetter: 2,
  kazakhLetterInName: 0.5,
  functionWord: 1.5,
  capitalisedFunctionWord: 0.3,
  ending: 1,
  englishEnding: 0.5,
  /** Weight of a word in the script vote (Cyrillic vs Latin); capitalised words count less. */
  scriptWord: 0.5,
  scriptName: 0.15,
} as const;

/** Early exit: once this many words are read and one language leads this clearly. */
const EARLY_WORDS = 48;
const EARLY_SCORE = 30;
const EARLY_RATIO = 5;
/** Below this kk/ru margin the cues tie and franc decides. */
const TIE_MARGIN = 1;

/**
 * The text is read as tokens, the way one global regex would read them: at each position a URL
 * (skipped whole), an opening guillemet, a closing one or a line break, or a word. A URL is a
 * scheme (an ASCII letter and 1–15 of [A-Za-z0-9+.-]) before "://", or "www." in any case, and runs
 * to the next white space, "]", "»", '"' or "”". Words are runs of Latin (basic, Latin-1,
 * Extended-A/B) and Cyrillic letters, the only scripts that carry cues. The tokens are found by a
 * loop over the character codes of the bounded sample (no match object and no substring per word).
 */
const WORD_CHAR = registerPattern("language.word-char", /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0400-\u052F]/u);
/** A « not closed within this many characters (on its line) is taken as unbalanced. */
const MAX_QUOTE = 300;
const KAZAKH_LETTER = registerPattern("language.kazakh-letter", new RegExp(`[${KAZAKH_LETTERS}]`, "u"));
/** Latin i/I inside a Cyrillic word: the Kazakh letter U+0456 typed on a Russian keyboard layout. */
const LATIN_I = registerPattern("language.latin-i", /[iI]/u);
/** Punctuation that ends a sentence (or a heading): the next capitalised word may start one. */
const SENTENCE_PUNCTUATION = registerPattern("language.sentence-punctuation", /[.!?…:\n]/u);

/**
 * Per character code below CHAR_TABLE_SIZE (all that words hold): whether it is a word letter,
 * whether it is a Kazakh letter (or a Latin i standing for one), whether lower-casing gives more
 * than one code unit ("İ"), and its lower case.
 */
const CHAR_TABLE_SIZE = 0x530;
const WORD = 1;
const KAZAKH = 2;
const LONG_LOWER = 4;
/** Filled with the tries below (TRIES), before any text is read. */
const CHAR_FLAGS = new Uint8Array(CHAR_TABLE_SIZE);
const LOWER = new Uint16Array(CHAR_TABLE_SIZE);
function fillCharTables(): void {
  for (let c = 0; c < CHAR_TABLE_SIZE; c++) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    LOWER[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
    if (lower.length !== 1) CHAR_FLAGS[c]! |= LONG_LOWER;
    if (WORD_CHAR.test(ch)) CHAR_FLAGS[c]! |= WORD;
    if (KAZAKH_LETTER.test(ch) || LATIN_I.test(ch)) CHAR_FLAGS[c]! |= KAZAKH;
  }
}

function isWordCode(c: number): boolean {
  return c < CHAR_TABLE_SIZE && (CHAR_FLAGS[c]! & WORD) !== 0;
}

/** A URL's scheme characters after its first letter: [A-Za-z0-9+.-]. */
function isSchemeCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2e || c === 0x2d;
}

/** End of the URL that starts at `at` (letter code `c`), or -1 when none starts there. */
function urlEnd(text: string, at: number, c: number): number {
  const n = text.length;
  let from = -1;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
    let j = at + 1;
    while (j < n && j - at <= 16 && isSchemeCode(text.charCodeAt(j))) j++;
    const k = j - at - 1;
    if (k >= 1 && k <= 15 && text.startsWith("://", j)) from = j + 3;
  }
  if (from < 0 && (c === 0x57 || c === 0x77) && isW(text.charCodeAt(at + 1)) && isW(text.charCodeAt(at + 2)) && text.charCodeAt(at + 3) === 0x2e) {
    from = at + 4;
  }
  if (from < 0) return -1;
  while (from < n) {
    const d = text.charCodeAt(from);
    if (isSpaceCode(d) || d === 0x5d || d === 0xbb || d === 0x22 || d === 0x201d) break;
    from++;
  }
  return from;
}

function isW(c: number): boolean {
  return c === 0x57 || c === 0x77;
}

/**
 * Words (read forwards) or endings (read backwards) as a prefix tree over char codes, each node with
 * a bit per language whose list ends there (KK_BIT, RU_BIT, EN_BIT). Transitions are one flat table
 * over a compact alphabet: a word's codes are looked up lower-cased, with no string made.
 */
const KK_BIT = 1;
const RU_BIT = 2;
const EN_BIT = 4;

class CodeTrie {
  private readonly next: Int32Array;
  private readonly bits: Uint8Array;

  constructor(lists: readonly (readonly [readonly string[], number])[], backwards: boolean) {
    const children: Map<number, number>[] = [new Map()];
    const bits: number[] = [0];
    for (const [list, bit] of lists) {
      for (const word of list) {
        if (word === "") continue;
        let node = 0;
        for (let i = 0; i < word.length; i++) {
          const c = word.charCodeAt(backwards ? word.length - 1 - i : i);
          let child = children[node]!.get(c);
          if (child === undefined) {
            child = children.length;
            children.push(new Map());
            bits.push(0);
            children[node]!.set(c, child);
          }
          node = child;
        }
        bits[node]! |= bit;
      }
    }
    this.next = new Int32Array(children.length * ALPHABET_SIZE);
    children.forEach((map, node) => {
      for (const [c, child] of map) if (c < CHAR_TABLE_SIZE && ALPHABET[c]) this.next[node * ALPHABET_SIZE + ALPHABET[c]!] = child;
    });
    this.bits = Uint8Array.from(bits);
  }

  /** Bits of the languages whose list holds `s[from, to)` lower-cased. */
  word(s: string, from: number, to: number): number {
    let node = 0;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      node = c < CHAR_TABLE_SIZE ? this.next[node * ALPHABET_SIZE + ALPHABET[LOWER[c]!]!]! : 0;
      if (node === 0) return 0;
    }
    return this.bits[node]!;
  }

  /** Bits of the languages with an ending of `s[from, to)` lower-cased, after a stem of at least MIN_STEM letters. */
  endings(s: string, from: number, to: number): number {
    let node = 0;
    let found = 0;
    for (let i = to - 1; i >= from + MIN_STEM; i--) {
      const c = s.charCodeAt(i);
      node = c < CHAR_TABLE_SIZE ? this.next[node * ALPHABET_SIZE + ALPHABET[LOWER[c]!]!]! : 0;
      if (node === 0) break;
      found |= this.bits[node]!;
    }
    return found;
  }
}

const LEXICON_WORDS = [
  KAZAKH_FUNCTION_WORDS, RUSSIAN_FUNCTION_WORDS, ENGLISH_FUNCTION_WORDS, ENGLISH_NEWS_WORDS,
  KAZAKH_ENDINGS, RUSSIAN_ENDINGS, ENGLISH_ENDINGS,
];
/** Code → index in the tries' alphabet (0: no lexicon word has it); filled with the tries. */
const ALPHABET = new Uint16Array(CHAR_TABLE_SIZE);
let ALPHABET_SIZE = 0;

/** An ending counts only after a stem of at least this many letters. */
const MIN_STEM = 2;

/**
 * The character tables and the function-word and ending tries, built on the first text read rather
 * than at import (about 5 ms of import CPU here). languageEvidence, which every reader of a text goes
 * through, calls it before it reads a character.
 */
const TRIES = lazy(() => {
  fillCharTables();
  let size = 1;
  for (const list of LEXICON_WORDS) {
    for (const word of list) {
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (c < CHAR_TABLE_SIZE && !ALPHABET[c]) ALPHABET[c] = size++;
      }
    }
  }
  ALPHABET_SIZE = size;
  return {
    functionWords: new CodeTrie([
      [KAZAKH_FUNCTION_WORDS, KK_BIT], [RUSSIAN_FUNCTION_WORDS, RU_BIT], [ENGLISH_FUNCTION_WORDS, EN_BIT], [ENGLISH_NEWS_WORDS, EN_BIT],
    ], false),
    endings: new CodeTrie([[KAZAKH_ENDINGS, KK_BIT], [RUSSIAN_ENDINGS, RU_BIT], [ENGLISH_ENDINGS, EN_BIT]], true),
  };
});

/** Cues collected from a text. */
export interface LanguageEvidence {
  kk: number;
  ru: number;
  en: number;
  /** Script vote: Cyrillic and Latin words (capitalised ones count less). */
  cyrillic: number;
  latin: number;
  words: number;
  letters: number;
}

function isCyrillic(code: number): boolean {
  return code >= 0x0400 && code <= 0x052f;
}
function isLatin(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f);
}

/** True when the word at `index` begins the text or a sentence (only spaces/quotes since a full stop). */
function startsSentence(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 4; i--) {
    const ch = text[i]!;
    if (ch === " " || ch === "\t" || ch === "«" || ch === "\"" || ch === "(" || ch === "–" || ch === "-") continue;
    return SENTENCE_PUNCTUATION.test(ch);
  }
  return true;
}

function emptyEvidence(): LanguageEvidence {
  return { kk: 0, ru: 0, en: 0, cyrillic: 0, latin: 0, words: 0, letters: 0 };
}

/** Scores the word `text[start, end)`. */
function addWord(ev: LanguageEvidence, text: string, start: number, end: number): void {
  const code = text.charCodeAt(start);
  const cyrillic = isCyrillic(code);
  if (!cyrillic && !isLatin(code)) return;
  ev.words++;
  ev.letters += end - start;
  let flags = 0;
  for (let i = start; i < end; i++) flags |= CHAR_FLAGS[text.charCodeAt(i)]!;
  // A word whose lower case is longer ("İ…") is read from its lower-cased copy.
  let s = text, from = start, to = end;
  if (flags & LONG_LOWER) {
    s = text.slice(start, end).toLowerCase();
    from = 0;
    to = s.length;
  }
  const capitalised = (s === text ? LOWER[code]! : s.charCodeAt(0)) !== code;
  // A capitalised word at a sentence start is read like a lower-case one, except that a
  // Kazakh letter in it still counts as a name's.
  const initial = capitalised && startsSentence(text, start);
  const functionWeight = !capitalised || initial ? W.functionWord : W.capitalisedFunctionWord;
  const { functionWords, endings: ENDINGS } = TRIES();
  const functionWord = functionWords.word(s, from, to);
  if (cyrillic) {
    ev.cyrillic += capitalised ? W.scriptName : W.scriptWord;
    if (functionWord & KK_BIT) ev.kk += functionWeight;
    else if (functionWord & RU_BIT) ev.ru += functionWeight;
    if (flags & KAZAKH) {
      ev.kk += capitalised ? W.kazakhLetterInName : W.kazakhLetter;
    } else if (!capitalised || initial) {
      const endings = ENDINGS.endings(s, from, to);
      if (endings & KK_BIT) ev.kk += W.ending;
      if (endings & RU_BIT) ev.ru += W.ending;
    }
  } else {
    ev.latin += capitalised ? W.scriptName : W.scriptWord;
    if (functionWord & EN_BIT) ev.en += functionWeight;
    else if ((!capitalised || initial) && ENDINGS.endings(s, from, to) & EN_BIT) ev.en += W.englishEnding;
  }
}

/** Cues of the text's words outside «quotes», and of the quoted words. */
export interface SplitEvidence {
  outside: LanguageEvidence;
  quoted: LanguageEvidence;
}

/**
 * Reads the cues of the words that start in the first `limit` characters, in one pass with
 * no copy of the text. URLs are skipped; words inside «guillemets» (closed on the same line
 * within MAX_QUOTE characters) are counted apart. Stops early once the words outside quotes
 * decide. Exported for tests and diagnostics.
 */
export function languageEvidence(text: string, limit = SAMPLE_LENGTH): SplitEvidence {
  TRIES();
  const outside = emptyEvidence();
  const quoted = emptyEvidence();
  let quoteStart = -1;
  const n = text.length;
  for (let i = 0; i < n && i < limit;) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      if (c === 0xab) quoteStart = i; // «
      else if (c === 0xbb || c === 0x0a) quoteStart = -1; // » or a line break
      i++;
      continue;
    }
    const url = urlEnd(text, i, c);
    if (url >= 0) { i = url; continue; }
    let end = i + 1;
    while (end < n && isWordCode(text.charCodeAt(end))) end++;
    if (quoteStart >= 0 && i - quoteStart > MAX_QUOTE) quoteStart = -1; // never closed
    if (quoteStart >= 0) addWord(quoted, text, i, end);
    else {
      addWord(outside, text, i, end);
      if ((outside.words & 15) === 0 && outside.words >= EARLY_WORDS && decided(outside)) break;
    }
    i = end;
  }
  return { outside, quoted };
}

function merge(a: LanguageEvidence, b: LanguageEvidence): LanguageEvidence {
  return {
    kk: a.kk + b.kk, ru: a.ru + b.ru, en: a.en + b.en, cyrillic: a.cyrillic + b.cyrillic,
    latin: a.latin + b.latin, words: a.words + b.words, letters: a.letters + b.letters,
  };
}

/** One language leads so clearly that reading on cannot change the answer. */
function decided(ev: LanguageEvidence): boolean {
  const [a, b] = [ev.kk, ev.ru, ev.en].sort((x, y) => y - x) as [number, number, number];
  return a >= EARLY_SCORE && a >= EARLY_RATIO * b;
}

/** Confidence from the winner's and the loser's scores: purity of the vote times its size. */
function confidence(win: number, lose: number): number {
  const margin = win - lose;
  const purity = margin / (win + lose);
  const amount = 1 - Math.exp(-margin / 3);
  return Math.round((0.5 + 0.49 * purity * amount) * 100) / 100;
}

const UND: LanguageGuess = { code: "und", confidence: 0 };

export function detectLanguage(text: string): LanguageGuess {
  validateText(text, "detectLanguage");
  // Quoted names do not tell the language, unless they are most of the text.
  const split = languageEvidence(text);
  let ev = split.outside;
  if (tooShort(ev)) ev = merge(ev, split.quoted);
  if (tooShort(ev)) return UND;
  const cyrillicVote = ev.cyrillic + ev.kk + ev.ru;
  const latinVote = ev.latin + ev.en;
  if (cyrillicVote >= latinVote) {
    if (ev.kk - ev.ru >= TIE_MARGIN) return { code: "kk", confidence: confidence(ev.kk, ev.ru) };
    if (ev.ru - ev.kk >= TIE_MARGIN) return { code: "ru", confidence: confidence(ev.ru, ev.kk) };
    return francGuess(text);
  }
  if (ev.en > 0) return { code: "en", confidence: confidence(ev.en + ev.latin, ev.kk + ev.ru + ev.cyrillic) };
  return UND;
}

function tooShort(ev: LanguageEvidence): boolean {
  return ev.words < MIN_WORDS || ev.letters < MIN_LETTERS;
}

/** franc's codes of the languages it decides between. */
const FRANC_LANGUAGES: readonly string[] = ["kaz", "rus"];

/** Tie-breaker between Kazakh and Russian on a short piece of the text (franc's guess, see src/franc-only.ts). */
function francGuess(sample: string): LanguageGuess {
  const piece = sample.length > FRANC_SAMPLE_LENGTH ? sample.slice(0, FRANC_SAMPLE_LENGTH) : sample;
  const best = francOnly(piece, FRANC_LANGUAGES, MIN_LETTERS);
  if (best === "kaz") return { code: "kk", confidence: 0.5 };
  if (best === "rus") return { code: "ru", confidence: 0.5 };
  return UND;
}

/** A sentence-sized piece of a text with its own language. */
export interface LanguageSpan {
  start: number;
  end: number;
  language: LanguageGuess;
}

/**
 * A sentence boundary: end punctuation (and closing quotes) before white space and a capital,
 * digit or opening quote; or a line break. An abbreviation point before a lower-case word is not
 * one, and neither is the point of an initial (a lone capital letter before a surname).
 */
const SENTENCE_END = registerPattern(
  "language.sentence-end",
  /(?<![.!?…])(?<!(?:^|[^\p{L}])\p{Lu})[.!?…]+[»"”)\]]*(?=\s+[\p{Lu}\p{N}«"“(\[–—-])|\n+/gu,
);

/**
 * Language per sentence, for articles that mix languages (a Russian quote in a Kazakh text).
 * Spans cover the sentences without surrounding white space; a sentence too short to tell
 * (one or two words) is `und`.
 */
export function detectSentenceLanguages(text: string): LanguageSpan[] {
  validateText(text, "detectSentenceLanguages");
  const spans: LanguageSpan[] = [];
  const push = (from: number, to: number): void => {
    while (from < to && isSpace(text, from)) from++;
    while (to > from && isSpace(text, to - 1)) to--;
    if (to > from) spans.push({ start: from, end: to, language: detectLanguage(text.slice(from, to)) });
  };
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return spans;
}

const SPACE = registerPattern("language.space", /\s/u);
function isSpace(text: string, at: number): boolean {
  return SPACE.test(text[at]!);
}
