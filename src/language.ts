/**
 * Language detection: kk | ru | en | und with a confidence.
 * Script cues decide where they can (a Kazakh-only letter, Latin text with English
 * function words); franc, restricted to the three supported languages, decides the rest.
 */
import { francAll } from "franc";
import {
  ENGLISH_FUNCTION_WORDS, KAZAKH_FUNCTION_WORDS, KAZAKH_LETTERS, RUSSIAN_FUNCTION_WORDS,
} from "../lexicons/language.js";
import type { LanguageGuess } from "./types.js";

/** Fewer letters than this and we answer `und` rather than guess. */
export const MIN_LETTERS = 12;

const FRANC_TO_CODE: Record<string, "kk" | "ru" | "en"> = { kaz: "kk", rus: "ru", eng: "en" };
const KAZAKH_LETTER = new RegExp(`[${KAZAKH_LETTERS}]`, "gu");
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
const WORD = /[\p{L}]+/gu;
const EN_WORDS = new Set(ENGLISH_FUNCTION_WORDS);
const KK_WORDS = new Set(KAZAKH_FUNCTION_WORDS);
const RU_WORDS = new Set(RUSSIAN_FUNCTION_WORDS);

/** Longest prefix that language detection reads: enough for certainty, bounded for speed. */
const SAMPLE_LENGTH = 4000;

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  const cyrillic = count(CYRILLIC_LETTER, sample);
  const latin = count(LATIN_LETTER, sample);
  if (cyrillic + latin < MIN_LETTERS) return { code: "und", confidence: 0 };

  if (cyrillic >= latin) {
    const kazakh = count(KAZAKH_LETTER, sample);
    let kk = 0, ru = 0;
    for (const w of sample.toLowerCase().match(WORD) ?? []) {
      if (KK_WORDS.has(w)) kk++;
      else if (RU_WORDS.has(w)) ru++;
    }
    // A Kazakh-only letter is decisive unless the text reads as Russian with a Kazakh name in it.
    if (kazakh > 0 && (kazakh / cyrillic >= 0.01 || kk >= ru)) {
      return { code: "kk", confidence: Math.min(0.99, 0.8 + kazakh / cyrillic) };
    }
    if (kk > ru + 1) return { code: "kk", confidence: 0.75 };
    if (ru > 0 && ru >= kk) return { code: "ru", confidence: Math.min(0.99, 0.7 + ru / 20) };
    return francGuess(sample, ["kaz", "rus"]);
  }

  let en = 0;
  for (const w of sample.toLowerCase().match(WORD) ?? []) if (EN_WORDS.has(w)) en++;
  if (en > 0) return { code: "en", confidence: Math.min(0.99, 0.7 + en / 20) };
  return francGuess(sample, ["eng"]);
}

function francGuess(sample: string, only: string[]): LanguageGuess {
  const ranked = francAll(sample, { only, minLength: MIN_LETTERS });
  const [best, score] = ranked[0] ?? ["und", 0];
  const code = FRANC_TO_CODE[best];
  if (!code) return { code: "und", confidence: 0 };
  return { code, confidence: Math.round(Math.max(0.5, Math.min(0.9, score)) * 100) / 100 };
}

/** A sentence-sized piece of a text with its own language. */
export interface LanguageSpan {
  start: number;
  end: number;
  language: LanguageGuess;
}

const SENTENCE = /[^.!?\n]+(?:[.!?]+|\n|$)/gu;

/** Language per sentence, for articles that mix languages (a Russian quote in a Kazakh text). */
export function detectSentenceLanguages(text: string): LanguageSpan[] {
  const spans: LanguageSpan[] = [];
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(text); m; m = SENTENCE.exec(text)) {
    if (m[0].length === 0) { SENTENCE.lastIndex++; continue; }
    if (m[0].trim() === "") continue;
    spans.push({ start: m.index, end: m.index + m[0].length, language: detectLanguage(m[0]) });
  }
  return spans;
}
