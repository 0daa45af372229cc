/**
 * One scan of a text for the word starts that trigger a source: gazetteer forms, Kazakh and Russian
 * head words, and abbreviated legal forms.
 */
import { ANY_LATIN, buildOrganizationPatterns, CYRILLIC_CHINESE_NAME, CYRILLIC_COMPANY_WORD, gazetteerPattern } from "../../patterns/organization.js";
import { CYRILLIC_CHINESE_NAME_STARTS, CYRILLIC_COMPANY_WORDS } from "../../lexicons/org-heads.ru.js";
import { buildEnHeadPatterns } from "../../patterns/organization.en.js";
import { isLatinLetterCode, LATIN_ALPHA } from "../latin-letters.js";
import { buildKkHeadPatterns, KK_HEAD } from "../../patterns/organization.kk.js";
import { buildRuHeadPatterns, RU_HEAD } from "../../patterns/organization.ru.js";
import {
  buildOrganizationScans, GAZETTEER_AFTER_NON_WORD, TRIGGER_AT_TEXT_START, TRIGGER_AT_WORD_START, TRIGGER_FIRST_CHARS,
  TRIGGER_SCAN_REACH, TRIGGER_SCANS, UNQUOTED_FORM_FIRST_CHARS,
} from "../../patterns/organization.scan.js";
import { lazy, registerPattern } from "../regex.js";
import { codeTest } from "./scan.js";
import { isLetterCode } from "./chars.js";

/**
 * The word-start triggers of one text: gazetteer forms, Kazakh and Russian head words, and the word
 * starts where an abbreviated legal form may stand (the first `legalCount` entries of `legalStarts`,
 * a list reused across texts).
 */
export interface Triggers {
  gazetteer: RegExpExecArray[]; kk: RegExpExecArray[]; ru: RegExpExecArray[];
  /** Company words borrowed from English in Cyrillic ("Групп", "Моторс"; CYRILLIC_COMPANY_WORD), in Kazakh and Russian text. */
  companyWords: RegExpExecArray[];
  /** Chinese company names in Cyrillic that open with a province or city (CYRILLIC_CHINESE_NAME), in Kazakh and Russian text. */
  chinese: RegExpExecArray[];
  legalStarts: readonly number[]; legalCount: number;
  /** The first Latin letter or opening quote, and the first Latin letter (-1: none). */
  firstQuoteOrLatin: number; firstLatin: number;
}

/** A Latin letter or an opening quote; a Latin letter (for the texts the trigger scan does not read for them). */
const LATIN_OR_QUOTE = registerPattern("organization.latin-or-quote", new RegExp(`[${LATIN_ALPHA}"«“„]`, "g"));

/** The first Latin letter or opening quote, and the first Latin letter, of the text, into FOUND. */
function findFirsts(text: string): void {
  LATIN_OR_QUOTE.lastIndex = 0;
  const first = LATIN_OR_QUOTE.exec(text);
  if (!first) return;
  FOUND.firstQuoteOrLatin = first.index;
  const c = text.charCodeAt(first.index);
  ANY_LATIN.lastIndex = first.index;
  FOUND.firstLatin = isLatinLetterCode(c) ? first.index : ANY_LATIN.exec(text)?.index ?? -1;
}

/** The opening quotes of OPENING_QUOTES (patterns/organization.scan.ts). */
const isOpeningQuote = (c: number) => c === 0x22 || c === 0xab || c === 0x201c || c === 0x201e;

/** TRIGGER_FIRST_CHARS (single code units) by code unit. */
const TRIGGER_FIRST_CODES = new Uint8Array(0x10000);
/** UNQUOTED_FORM_FIRST_CHARS by code unit (a form at the text start, where the scan cannot see it). */
const FORM_FIRST_CODES = new Uint8Array(0x10000);
/** First code units of CYRILLIC_COMPANY_WORDS. */
const COMPANY_FIRST_CODES = new Uint8Array(0x10000);
for (const w of CYRILLIC_COMPANY_WORDS) COMPANY_FIRST_CODES[w.charCodeAt(0)] = 1;
/** First code units of CYRILLIC_CHINESE_NAME_STARTS. */
const CHINESE_FIRST_CODES = new Uint8Array(0x10000);
for (const w of CYRILLIC_CHINESE_NAME_STARTS) CHINESE_FIRST_CODES[w.charCodeAt(0)] = 1;

/**
 * Whether a code unit may start a match of TRIGGER_AT_WORD_START: it is one of TRIGGER_FIRST_CHARS (the first
 * characters of the gazetteer forms, scanned words and heads that its tries hold) in any case, as its `iu` flags
 * read them (memoized per code unit; built with the scans).
 */
let mayStartExactTrigger: (c: number) => boolean = () => true;

/**
 * Builds the organization stage's patterns (gazetteer, heads, scans) and the tables above, on first use
 * rather than at import (see buildOrganizationScans). The stage calls it once per text, before its sources.
 */
export const buildTriggers = lazy((): void => {
  buildOrganizationPatterns();
  buildKkHeadPatterns();
  buildRuHeadPatterns();
  buildEnHeadPatterns();
  buildOrganizationScans();
  for (const ch of TRIGGER_FIRST_CHARS) TRIGGER_FIRST_CODES[ch.charCodeAt(0)] = 1;
  const firsts = [...TRIGGER_FIRST_CHARS].map((ch) => ch.charCodeAt(0));
  if (firsts.some((c) => c >= 0xd800 && c <= 0xdfff)) throw new Error("kzdeals: an organization trigger starts outside the Basic Multilingual Plane");
  mayStartExactTrigger = codeTest(new RegExp(`[${firsts.map((c) => `\\u${c.toString(16).padStart(4, "0")}`).join("")}]`, "iu"));
  for (const ch of UNQUOTED_FORM_FIRST_CHARS) FORM_FIRST_CODES[ch.charCodeAt(0)] = 1;
});

/**
 * The triggers of the text being read, and the state of `triggerAt`, module-level (no closure per
 * text). Fresh lists per text: emptying the old ones (`length = 0`) costs V8 a runtime call each.
 * A kind with no trigger in the text keeps NONE, one shared empty list that nothing adds to: a list
 * is made at its first trigger. Speed: most texts (short sentences) have none of two or all three
 * kinds; with NO_ORGS (src/recognizers/organization.ts) the stage allocates 4.34-4.37 MB per pass over
 * the seeds and dev texts instead of 4.72-4.75 MB (sampling heap profile; the time is within the noise).
 */
const NONE: RegExpExecArray[] = [];
let FOUND: Triggers = { gazetteer: NONE, kk: NONE, ru: NONE, companyWords: NONE, chinese: NONE, legalStarts: [], legalCount: 0, firstQuoteOrLatin: -1, firstLatin: -1 };
/**
 * Word starts of an abbreviated legal form of UNQUOTED_NAME_FORMS (their word end not yet tested)
 * in the text being read: the first `legalCount` entries of one reused list (no list per text).
 */
const LEGAL_STARTS: number[] = [];
let legalCount = 0;
let foundText = "", foundKk = false, foundRu = false, gazetteerFrom = 0, kkFrom = 0, ruFrom = 0;

function startTriggers(text: string, kk: boolean, ru: boolean): void {
  FOUND = { gazetteer: NONE, kk: NONE, ru: NONE, companyWords: NONE, chinese: NONE, legalStarts: LEGAL_STARTS, legalCount: 0, firstQuoteOrLatin: -1, firstLatin: -1 };
  legalCount = 0;
  foundText = text; foundKk = kk; foundRu = ru;
  gazetteerFrom = 0; kkFrom = 0; ruFrom = 0;
}

/**
 * Tries the triggers' sticky patterns at a word start, each hidden inside its own previous match.
 * `noGazetteer`: the scan found that no gazetteer form starts there.
 */
function triggerAt(p: number, noGazetteer: boolean): void {
  const text = foundText;
  // an abbreviated legal form may start here (the scans' trie has them; `unquotedLegal` tests it)
  if (FORM_FIRST_CODES[text.charCodeAt(p)] === 1 && (foundKk || foundRu)) LEGAL_STARTS[legalCount++] = p;
  if (!noGazetteer && p >= gazetteerFrom) {
    const gazetteer = gazetteerPattern(text.charCodeAt(p));
    gazetteer.lastIndex = p;
    const m = gazetteer.exec(text);
    if (m) { if (FOUND.gazetteer === NONE) FOUND.gazetteer = [m]; else FOUND.gazetteer.push(m); gazetteerFrom = p + m[0].length; }
  }
  // a company word (the scans' gazetteer trie has them)
  if (!noGazetteer && (foundKk || foundRu) && COMPANY_FIRST_CODES[text.charCodeAt(p)] === 1) {
    CYRILLIC_COMPANY_WORD.lastIndex = p;
    const m = CYRILLIC_COMPANY_WORD.exec(text);
    if (m) { if (FOUND.companyWords === NONE) FOUND.companyWords = [m]; else FOUND.companyWords.push(m); }
  }
  // a Chinese company's name in Cyrillic (the scans' gazetteer trie has its first words)
  if (!noGazetteer && (foundKk || foundRu) && CHINESE_FIRST_CODES[text.charCodeAt(p)] === 1) {
    const chinese = CYRILLIC_CHINESE_NAME();
    chinese.lastIndex = p;
    const m = chinese.exec(text);
    if (m) { if (FOUND.chinese === NONE) FOUND.chinese = [m]; else FOUND.chinese.push(m); }
  }
  if (foundKk && p >= kkFrom) {
    KK_HEAD.lastIndex = p;
    const m = KK_HEAD.exec(text);
    if (m) { if (FOUND.kk === NONE) FOUND.kk = [m]; else FOUND.kk.push(m); kkFrom = p + m[0].length; }
  }
  if (foundRu && p >= ruFrom) {
    RU_HEAD.lastIndex = p;
    const m = RU_HEAD.exec(text);
    if (m) { if (FOUND.ru === NONE) FOUND.ru = [m]; else FOUND.ru.push(m); ruFrom = p + m[0].length; }
  }
}

/**
 * The matches of GAZETTEER, KK_HEAD and RU_HEAD (each sticky) at word starts, as three separate
 * global scans at word starts would find them (a match hides later matches of the same pattern
 * that start inside it, not those of the others). One scan finds the candidate word starts, and on
 * Kazakh and Russian text also the first Latin letter and opening quote (see TRIGGER_SCANS).
 */
export function triggers(text: string, kk: boolean, ru: boolean): Triggers {
  startTriggers(text, kk, ru);
  if (text.length > 0 && TRIGGER_FIRST_CODES[text.charCodeAt(0)] === 1) {
    // the scans' test at the text start (see TRIGGER_AT_TEXT_START)
    TRIGGER_AT_TEXT_START.lastIndex = 0;
    const m = TRIGGER_AT_TEXT_START.exec(text);
    if (m) triggerAt(0, m[1] !== undefined);
  }
  if (!kk && !ru) {
    const scan = GAZETTEER_AFTER_NON_WORD;
    scan.lastIndex = 0;
    for (let m = scan.exec(text); m; m = scan.exec(text)) {
      if (m[0].length === 1) return mixedTriggers(text, kk, ru);
      triggerAt(m.index + 1, false);
      scan.lastIndex = m.index + 1;
    }
    // English text: its first Latin letter comes early
    findFirsts(text);
    FOUND.legalCount = legalCount;
    return FOUND;
  }
  let firstQuoteOrLatin = -1, firstLatin = -1;
  const scans = kk ? ru ? TRIGGER_SCANS.both : TRIGGER_SCANS.kk : TRIGGER_SCANS.ru;
  let scan = scans.latinOrQuote;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const at = m.index, c = text.charCodeAt(at);
    if (m[0].length === 1) {
      // one character: a Latin letter, an opening quote (then the scan no longer looks for it) or a character outside the plain blocks
      // (a Latin letter of the plain blocks: one beyond them, "ı" of "Çalık", takes the mixed path as any other)
      if (c <= 0xff && isLatinLetterCode(c)) {
        firstLatin = at;
        if (firstQuoteOrLatin < 0) firstQuoteOrLatin = at;
        scan = scans.plain;
      } else if (isOpeningQuote(c) && firstQuoteOrLatin < 0) {
        firstQuoteOrLatin = at;
        scan = scans.latin;
      } else {
        // the text takes the mixed path (from the start, in text order)
        return mixedTriggers(text, kk, ru);
      }
      scan.lastIndex = at + 1;
      continue;
    }
    // an opening quote before a trigger
    if (firstQuoteOrLatin < 0 && isOpeningQuote(c)) { firstQuoteOrLatin = at; scan = scans.latin; }
    triggerAt(at + 1, m[1] !== undefined);
    scan.lastIndex = at + 1;
  }
  FOUND.legalCount = legalCount;
  FOUND.firstQuoteOrLatin = firstQuoteOrLatin;
  FOUND.firstLatin = firstLatin;
  return FOUND;
}

/**
 * `triggers` for a text with characters outside the plain blocks. The plain scan finds every trigger
 * whose scanned prefix and preceding character are all plain (there its tries equal the exact
 * case-insensitive ones). The others are tried at the word starts of a window around each character
 * that is not plain: from `TRIGGER_SCAN_REACH` characters before it (a run of spaces or tabs counts
 * as one, as a form's space matches it) to the position after it. Both sets are word starts; at
 * each the sticky patterns decide, in text order, as in the exact scan over the whole text. Speed:
 * the window once reached back over the longest whole form (54 characters), though the scans hold
 * prefixes, and the exact pattern ran at every word start of it: over the 5 Russian dev texts with
 * such characters the triggers took 0.072-0.079 -> 0.061-0.062 ms per pass (min of 30 rounds).
 */
function mixedTriggers(text: string, kk: boolean, ru: boolean): Triggers {
  // candidates as 2 × position + 1 when the gazetteer is known not to start there
  const candidates: number[] = [];
  const odd: number[] = [];
  if (text.length > 0 && TRIGGER_FIRST_CODES[text.charCodeAt(0)] === 1) candidates.push(0);
  // the language's scan, as in `triggers` (a word start it leaves out is one where the stage tries no pattern)
  const scan = kk ? ru ? TRIGGER_SCANS.both.plain : TRIGGER_SCANS.kk.plain : ru ? TRIGGER_SCANS.ru.plain : GAZETTEER_AFTER_NON_WORD;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    if (m[0].length === 1) odd.push(m.index);
    else candidates.push(2 * (m.index + 1) + (m[1] !== undefined ? 1 : 0));
    scan.lastIndex = m.index + 1;
  }
  let done = -1;
  for (const q of odd) {
    let from = q;
    for (let units = TRIGGER_SCAN_REACH; from > 0 && units > 0; units--) {
      const c = text.charCodeAt(from - 1);
      if (c === 32 || c === 9) while (from > 0 && (text.charCodeAt(from - 1) === 32 || text.charCodeAt(from - 1) === 9)) from--;
      else from--;
    }
    const to = Math.min(q + 1, text.length - 1);
    for (let p = Math.max(from, done + 1); p <= to; p++) {
      const c = p > 0 ? text.charCodeAt(p - 1) : 0;
      // a letter or digit of the Basic Multilingual Plane before it: not a word start
      if (p > 0 && (c < 0xd800 || c > 0xdfff) && isLetterCode(c)) continue;
      // no trigger starts with this character, in any case (half of a surrogate pair neither: the tries hold
      // characters of the Basic Multilingual Plane). Speed: a run of characters outside the plain blocks ("₸€…")
      // made every position a word start where the exact pattern was tried
      const first = text.charCodeAt(p);
      if ((first >= 0xd800 && first <= 0xdfff) || !mayStartExactTrigger(first)) continue;
      TRIGGER_AT_WORD_START.lastIndex = p;
      if (TRIGGER_AT_WORD_START.test(text)) candidates.push(2 * p);
    }
    done = Math.max(done, to);
  }
  candidates.sort((a, b) => a - b);
  startTriggers(text, kk, ru);
  let last = -1;
  for (const c of candidates) {
    const p = c >> 1;
    if (p === last) continue;
    last = p;
    triggerAt(p, (c & 1) === 1);
  }
  findFirsts(text);
  FOUND.legalCount = legalCount;
  return FOUND;
}
