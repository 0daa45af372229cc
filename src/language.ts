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
import { franc } from "franc";
import {
  ENGLISH_ENDINGS, ENGLISH_FUNCTION_WORDS, ENGLISH_NEWS_WORDS, KAZAKH_ENDINGS, KAZAKH_FUNCTION_WORDS, KAZAKH_LETTERS,
  RUSSIAN_ENDINGS, RUSSIAN_FUNCTION_WORDS,
} from "../lexicons/language.js";
import { registerPattern } from "./regex.js";
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
 * One token per step: a URL (1), an opening guillemet (2), a closing one or a line break (3),
 * or a word. The URL alternative is tried first so that its words are not read. Words are
 * runs of Latin (basic, Latin-1, Extended-A/B) and Cyrillic letters, the only scripts that
 * carry cues: an explicit range is several times faster in V8 than `\p{L}`.
 */
const TOKEN = registerPattern(
  "language.token",
  /((?:[A-Za-z][A-Za-z0-9+.-]{1,15}:\/\/|[Ww]{3}\.)[^\s\]»"”]*)|(«)|(»|\n)|[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0400-\u052F]+/gu,
);
/** A « not closed within this many characters (on its line) is taken as unbalanced. */
const MAX_QUOTE = 300;
const KAZAKH_LETTER = registerPattern("language.kazakh-letter", new RegExp(`[${KAZAKH_LETTERS}]`, "u"));
/** Latin i/I inside a Cyrillic word: the Kazakh letter U+0456 typed on a Russian keyboard layout. */
const LATIN_I = registerPattern("language.latin-i", /[iI]/u);
/** Punctuation that ends a sentence (or a heading): the next capitalised word may start one. */
const SENTENCE_PUNCTUATION = registerPattern("language.sentence-punctuation", /[.!?…:\n]/u);

const KK_WORDS = new Set(KAZAKH_FUNCTION_WORDS);
const RU_WORDS = new Set(RUSSIAN_FUNCTION_WORDS);
const EN_WORDS = new Set([...ENGLISH_FUNCTION_WORDS, ...ENGLISH_NEWS_WORDS]);

/**
 * Endings as a tree of their letters read backwards (char codes), so a word's endings are found by
 * walking back from its last letter, with no substring made per ending length.
 */
interface EndingNode { end: boolean; next: Map<number, EndingNode> }
type Endings = EndingNode;
function endings(list: readonly string[]): Endings {
  const root: EndingNode = { end: false, next: new Map() };
  for (const e of new Set(list)) {
    if (e === "") continue;
    let node = root;
    for (let i = e.length - 1; i >= 0; i--) {
      const c = e.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return root;
}
const KK_ENDINGS = endings(KAZAKH_ENDINGS);
const RU_ENDINGS = endings(RUSSIAN_ENDINGS);
const EN_ENDINGS = endings(ENGLISH_ENDINGS);
/** An ending counts only after a stem of at least this many letters. */
const MIN_STEM = 2;

/** True when the word ends with one of the endings after a stem of at least MIN_STEM letters. */
function hasEnding(word: string, e: Endings): boolean {
  let node: EndingNode | undefined = e;
  for (let n = 1; n + MIN_STEM <= word.length; n++) {
    node = node.next.get(word.charCodeAt(word.length - n));
    if (!node) return false;
    if (node.end) return true;
  }
  return false;
}

/**
 * Per character code below CHAR_TABLE_SIZE (Latin and Cyrillic, all that TOKEN's words hold): whether
 * lower-casing changes it, and whether it is a Kazakh letter (or a Latin i standing for one). One
 * loop over a word's codes replaces a toLowerCase (a runtime call for Cyrillic) and two regex tests.
 */
const CHAR_TABLE_SIZE = 0x530;
const CASED = 1;
const KAZAKH = 2;
const CHAR_FLAGS = (() => {
  const flags = new Uint8Array(CHAR_TABLE_SIZE);
  for (let c = 0; c < CHAR_TABLE_SIZE; c++) {
    const ch = String.fromCharCode(c);
    if (ch.toLowerCase() !== ch) flags[c]! |= CASED;
    if (KAZAKH_LETTER.test(ch) || LATIN_I.test(ch)) flags[c]! |= KAZAKH;
  }
  return flags;
})();

/** CASED if lower-casing changes the word, KAZAKH if it holds a Kazakh letter (or Latin i). */
function wordFlags(word: string): number {
  let flags = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    flags |= c < CHAR_TABLE_SIZE ? CHAR_FLAGS[c]! : CASED; // beyond the table: lower-cased the slow way, never Kazakh
  }
  return flags;
}
/** Longest function word: longer words are not looked up. */
const MAX_FUNCTION_WORD = Math.max(...[...KK_WORDS, ...RU_WORDS, ...EN_WORDS].map((w) => w.length));

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

function addWord(ev: LanguageEvidence, text: string, word: string, index: number): void {
  const code = word.charCodeAt(0);
  const cyrillic = isCyrillic(code);
  if (!cyrillic && !isLatin(code)) return;
  ev.words++;
  ev.letters += word.length;
  const flags = wordFlags(word);
  const lower = flags & CASED ? word.toLowerCase() : word;
  const short = lower.length <= MAX_FUNCTION_WORD;
  const capitalised = lower.charCodeAt(0) !== code;
  // A capitalised word at a sentence start is read like a lower-case one, except that a
  // Kazakh letter in it still counts as a name's.
  const initial = capitalised && startsSentence(text, index);
  const functionWeight = !capitalised || initial ? W.functionWord : W.capitalisedFunctionWord;
  if (cyrillic) {
    ev.cyrillic += capitalised ? W.scriptName : W.scriptWord;
    if (short && KK_WORDS.has(lower)) ev.kk += functionWeight;
    else if (short && RU_WORDS.has(lower)) ev.ru += functionWeight;
    if (flags & KAZAKH) {
      ev.kk += capitalised ? W.kazakhLetterInName : W.kazakhLetter;
    } else if (!capitalised || initial) {
      if (hasEnding(lower, KK_ENDINGS)) ev.kk += W.ending;
      if (hasEnding(lower, RU_ENDINGS)) ev.ru += W.ending;
    }
  } else {
    ev.latin += capitalised ? W.scriptName : W.scriptWord;
    if (short && EN_WORDS.has(lower)) ev.en += functionWeight;
    else if ((!capitalised || initial) && hasEnding(lower, EN_ENDINGS)) ev.en += W.englishEnding;
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
  const outside = emptyEvidence();
  const quoted = emptyEvidence();
  let quoteStart = -1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m && m.index < limit; m = TOKEN.exec(text)) {
    if (m[1] !== undefined) continue; // a URL
    if (m[2] !== undefined) { quoteStart = m.index; continue; }
    if (m[3] !== undefined) { quoteStart = -1; continue; }
    if (quoteStart >= 0 && m.index - quoteStart > MAX_QUOTE) quoteStart = -1; // never closed
    if (quoteStart >= 0) { addWord(quoted, text, m[0], m.index); continue; }
    addWord(outside, text, m[0], m.index);
    if ((outside.words & 15) === 0 && outside.words >= EARLY_WORDS && decided(outside)) break;
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

/** Tie-breaker between Kazakh and Russian on a short piece of the text. */
function francGuess(sample: string): LanguageGuess {
  const piece = sample.length > FRANC_SAMPLE_LENGTH ? sample.slice(0, FRANC_SAMPLE_LENGTH) : sample;
  const best = franc(piece, { only: ["kaz", "rus"], minLength: MIN_LETTERS });
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
