/**
 * Sentence and paragraph segmentation, linear in the input length.
 *
 * A paragraph is a non-blank line. Inside a line, a sentence ends at ".", "!", "?" or "…"
 * (with any closing quotes or brackets) followed by white space, unless the next word starts
 * in lower case, or the period closes an abbreviation that never ends a sentence
 * (lexicons/sentence-abbreviations.ts), an initial ("Н. Шакиров"), a number multiplier
 * or a currency's abbreviation followed by its country ("27 млрд. АҚШ долларын", "50 млн долл. США на строительство"),
 * an upper-case dateline word
 * at the start of a paragraph ("АСТАНА. KAZINFORM — …") or a dateline in title case opening it ("Павлодар. Kursiv – …",
 * "Павлодар, 12 наурыз. …"; src/dateline.ts), or an item's number opening the sentence ("1. Строительство …").
 */
import { KAZAKH_LETTERS } from "../lexicons/language.js";
import {
  AFTER_NUMBER_ABBREVIATIONS, CURRENCY_AFTER_MULTIPLIER, LEGAL_FORM_ABBREVIATIONS, MULTIPLIER_ABBREVIATIONS, NON_FINAL_ABBREVIATIONS,
} from "../lexicons/sentence-abbreviations.js";
import { CURRENCIES } from "../lexicons/currencies.js";
import { titleDatelineEnd } from "./dateline.js";
import { registerPattern } from "./regex.js";
import { isDigitCode, isLetterCode } from "./word-start.js";
import type { Span } from "./types.js";

export interface Sentence extends Span {
  /** Position in the document's sentence list. */
  index: number;
  /** Index of the paragraph (line) it belongs to. */
  paragraph: number;
}

export interface Segmentation {
  sentences: Sentence[];
  paragraphs: Span[];
}

const LINE = registerPattern("segment.line", /[^\r\n]+/g);
// A boundary never starts inside a run of end marks ("...", "?!"), so each run is read once. A semicolon before an item's
// number ends an item of a list written in one line ("1) … – 12 млрд тенге; 2) птицефабрика … – 45 млрд тенге"): each
// item is a sentence of its own, as on lines of their own.
const BOUNDARY = registerPattern("segment.boundary", /(?<![.!?…])[.!?…]+["»”’)\]]*(?=\s)|;(?=[ \t]{1,3}\d{1,2}[).][ \t])/gu);
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /[\p{L}.\-]/u;
const INITIALS = /^(?:\p{Lu}\.){0,3}\p{Lu}$/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\-]+$/u;

const NON_FINAL = new Set(NON_FINAL_ABBREVIATIONS.map((w) => w.toLowerCase()));
const AFTER_NUMBER = new Set(AFTER_NUMBER_ABBREVIATIONS);
const LEGAL_FORMS = new Set(LEGAL_FORM_ABBREVIATIONS);
const MULTIPLIERS = new Set(MULTIPLIER_ABBREVIATIONS.map((w) => w.toLowerCase().replace(/\.$/, "")));
// a currency's abbreviation with its dot ("долл.", "руб."): like a multiplier, it goes on before the currency's country
// ("50 млн долл. США на строительство …")
for (const c of CURRENCIES) for (const a of c.abbreviations ?? []) MULTIPLIERS.add(a.toLowerCase().replace(/\.$/, ""));

/** The abbreviation-like token (letters, inner periods, hyphens) that ends just before `end`. */
function tokenBefore(text: string, end: number, limit: number): { token: string; start: number } {
  let i = end;
  while (i > limit && end - i < 16 && isTokenChar(text, i - 1)) i--;
  return { token: text.slice(i, end), start: i };
}

/** `LETTER.test(text[at])`, with ASCII and Cyrillic read from the code. */
function isTokenChar(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2e || c === 0x2d;
  if (c >= 0x400 && c <= 0x52f) return c < 0x482 || c > 0x489;
  return LETTER.test(text[at]!);
}

/** Whether text[from, to) is ASCII digits only. */
function isDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return true;
}

function isSpace(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\u00A0" || c === "\u202F" || c === "\u2009";
}

/** Whether the candidate boundary `punct` at `at`, followed by the word at `next`, ends a sentence. */
function endsSentence(text: string, at: number, punct: string, next: number, sentenceStart: number, lineFirst: boolean): boolean {
  const c = text[next]!;
  if (LOWER.test(c)) return false;
  if (punct !== ".") return true; // "!", "?", "…", or a period followed by a closing quote
  // a dateline in title case opening the paragraph ("Павлодар. Kursiv – …", "Павлодар, 12 наурыз. «X» ЖШС …"): it goes on
  // with the lead, as one in capitals does
  if (lineFirst && at - sentenceStart <= 64 && titleDatelineEnd(text, sentenceStart) === at) return false;
  // an item's number opening the sentence ("1. Строительство завода …"): it goes on with its item
  if (at > sentenceStart && at - sentenceStart <= 3 && isDigits(text, sentenceStart, at)) return false;
  const { token, start } = tokenBefore(text, at, sentenceStart);
  if (token === "") return true;
  // (not the last letter of a name joined by "&": "Samsung C&T.", "Hyundai E&C." end their sentence)
  if (INITIALS.test(token) && text.charCodeAt(start - 1) !== 0x26) return false;
  const lower = token.toLowerCase();
  if (NON_FINAL.has(lower)) return false;
  // a bracket after a legal form goes on with the sentence: the company's abbreviation ("… Co. (CEEC) will"), its stock
  // code or the term a filing defines for it ("… Co., Ltd. (HKEX: 1234) signed", "… Ltd. (the \"Contractor\") signed");
  // not a sentence in brackets ("… Beta Co. (The terms were not disclosed.)")
  if (c === "(" && LEGAL_FORMS.has(lower) && !bracketedSentence(text, next)) return false;
  // a legal form of two words ("Co. Ltd.", "Co. Limited"): the second goes on with the first
  if (LEGAL_FORMS.has(lower) && LEGAL_FORMS.has(wordAt(text, next).toLowerCase())) return false;
  // a legal form in a Kazakh sentence, its subject before a figure or a place ("Sinoma Build Co., Ltd. 2026 жылы … салады",
  // "Pavlodar Steel Ltd. Павлодар облысында …"): a Kazakh sentence ends in its verb, not in a company's name
  if (LEGAL_FORMS.has(lower) && (isDigitCode(text.charCodeAt(next)) || CYRILLIC_UPPER.test(c)) && kazakhBetween(text, Math.max(sentenceStart, at - KAZAKH_REACH), next + KAZAKH_REACH)) return false;
  if (AFTER_NUMBER.has(lower)) return /\p{N}\s*$/u.test(text.slice(Math.max(sentenceStart, start - 3), start));
  if (MULTIPLIERS.has(lower)) {
    const rest = text.slice(next, next + 8);
    return !CURRENCY_AFTER_MULTIPLIER.some((w) => rest.startsWith(w));
  }
  // A dateline: an upper-case place name opening the paragraph, followed by an upper-case word.
  if (start === sentenceStart && ALL_CAPS.test(token) && UPPER.test(c)) return false;
  return true;
}

const CYRILLIC_UPPER = registerPattern("segment.cyrillicUpper", /^[\u0400-\u042f\u0490-\u04ff]$/u);
const KAZAKH_CODES: ReadonlySet<number> = new Set([...KAZAKH_LETTERS].map((c) => c.charCodeAt(0)));
/** How far around a legal form its sentence is read for a Kazakh letter (bounded: a list of legal forms stays linear). */
const KAZAKH_REACH = 120;

/** Whether text[from, to) holds a letter only Kazakh writes (KAZAKH_LETTERS): the sentence is Kazakh. */
function kazakhBetween(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) if (KAZAKH_CODES.has(text.charCodeAt(i))) return true;
  return false;
}

/** Whether the bracket opening at `at` holds a sentence: it closes after an end mark (".)", "?)", "!)"). */
function bracketedSentence(text: string, at: number): boolean {
  // (within 300 characters: a search to the text's end for each legal form made "Co. (Co. (…" quadratic)
  const within = text.slice(at, at + 300).indexOf(")");
  if (within < 0) return false;
  const close = at + within;
  const c = text.charCodeAt(close - 1);
  return c === 0x2e || c === 0x3f || c === 0x21;
}

/** The run of letters at `at`. */
function wordAt(text: string, at: number): string {
  let e = at;
  while (e < text.length && e - at < 16 && isLetterCode(text.charCodeAt(e))) e++;
  return text.slice(at, e);
}

function pushTrimmed(text: string, out: Sentence[], start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, index: out.length, paragraph });
}

/** Splits `text[from, to)` into paragraphs (lines) and sentences. Offsets index `text`. */
export function segment(text: string, from = 0, to = text.length): Segmentation {
  const sentences: Sentence[] = [];
  const paragraphs: Span[] = [];
  LINE.lastIndex = from;
  for (let line = LINE.exec(text); line && line.index < to; line = LINE.exec(text)) {
    const lineStart = line.index;
    const lineEnd = Math.min(to, line.index + line[0].length);
    if (line[0].trim() === "") continue;
    const paragraph = paragraphs.length;
    paragraphs.push({ start: lineStart, end: lineEnd });
    let sentenceStart = lineStart;
    // (the index the line's first sentence will have)
    const lineFirst = sentences.length;
    while (sentenceStart < lineEnd && /\s/.test(text[sentenceStart]!)) sentenceStart++;
    // The boundaries are searched in the line with one character of context on each side (for the
    // look-behind and the look-ahead), not in the whole text: a line with none searched on to the end of
    // the document, quadratic in a text of many lines without a period (800 k characters took 4 s here).
    const context = Math.max(0, lineStart - 1);
    const lineText = text.slice(context, Math.min(text.length, lineStart + line[0].length + 1));
    BOUNDARY.lastIndex = lineStart - context;
    for (let m = BOUNDARY.exec(lineText); m && context + m.index < lineEnd; m = BOUNDARY.exec(lineText)) {
      const at = context + m.index;
      const punctEnd = at + m[0].length;
      let next = punctEnd;
      while (next < lineEnd && isSpace(text[next])) next++;
      if (next >= lineEnd) break;
      if (endsSentence(text, at, m[0], next, sentenceStart, sentences.length === lineFirst)) {
        pushTrimmed(text, sentences, sentenceStart, punctEnd, paragraph);
        sentenceStart = next;
      }
    }
    pushTrimmed(text, sentences, sentenceStart, lineEnd, paragraph);
    if (LINE.lastIndex < lineEnd) LINE.lastIndex = lineEnd;
  }
  return { sentences, paragraphs };
}
