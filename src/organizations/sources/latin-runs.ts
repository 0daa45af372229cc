/** Source: Latin-script runs inside Cyrillic text, next to a head word, a governing noun or a verb of business, or with a company word in them. */
import { EN_CHINESE_NAME_STARTS, LATIN_SUBSIDIARY_TAILS } from "../../../lexicons/org-heads.en.js";
import { ANY_LATIN, LATIN_SEQUENCE, NOT_BEFORE_LATIN } from "../../../patterns/organization.js";
import { RU_COORDINATION, ruQuoteHeadWords } from "../../../patterns/organization.ru.js";
import { LEGAL_NORMALIZED, type Org, type Source, push } from "../candidate.js";
import { isLatinLetterCode, isLatinUpperCode } from "../../latin-letters.js";
import { LATIN_LETTER, isQuoteCode, wordAfter } from "../chars.js";
import { isQuotedTitle, isTitleNoun } from "../titles.js";
import { trimLatin } from "../latin.js";
import { kkHeadAfterName, kkStaffAfter, ruHeadBefore } from "../next-to.js";
import { execAtWordStart } from "../scan.js";
import { wordBefore, wordTokens } from "../tokens.js";
import { CHINESE_NAME_STOPS, CONNECTORS, FACILITY_COMPANY, KK_VERBS_AFTER_NAME, LATIN_ORG_WORDS, NON_ORG_TOKENS, NON_ORG_WORDS, RU_NOUNS_BEFORE_NAME, RU_VERBS_AFTER_NAME, isBracketedAbbreviation, nationalityAdjective } from "../words.js";


/** EN_CHINESE_NAME_STARTS: "China", "Sino", the provinces and large cities that start a Chinese company's name. */
const CHINESE_STARTS: ReadonlySet<string> = new Set(EN_CHINESE_NAME_STARTS);

/** The first word of a run (words separated by spaces and tabs, none at its edges). */
function firstRunWord(run: string): string {
  let j = 0;
  while (j < run.length && run[j] !== " " && run[j] !== "\t") j++;
  return run.slice(0, j);
}

const hasSpaceOrTab = (run: string) => run.includes(" ") || run.includes("\t");

/** Whether a string has a Latin letter (ASCII or beyond: src/latin-letters.ts). */
function hasLatinLetter(run: string): boolean {
  for (let i = 0; i < run.length; i++) if (isLatinLetterCode(run.charCodeAt(i))) return true;
  return false;
}

/** Whether a string has a Latin capital ("Çalık", "iKang"). */
function hasLatinUpper(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isLatinUpperCode(word.charCodeAt(i))) return true;
  return false;
}

/** Whether a word of a run (words separated by spaces and tabs, none at its edges) is in `words`. */
function someRunWord(run: string, words: ReadonlySet<string>): boolean {
  for (let i = 0; i < run.length;) {
    let j = i;
    while (j < run.length && run[j] !== " " && run[j] !== "\t") j++;
    if (words.has(run.slice(i, j))) return true;
    i = j;
    while (i < run.length && (run[i] === " " || run[i] === "\t")) i++;
  }
  return false;
}

/** Whether a code unit may be part of a LATIN_SEQUENCE match: Latin letters, ASCII digits, & ' ’ - . ( ), spaces and tabs. */
function sequenceCode(c: number): boolean {
  return isLatinLetterCode(c) || c >= 0x30 && c <= 0x39 || c === 0x20 || c === 0x09 ||
    c === 0x26 || c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e || c === 0x28 || c === 0x29;
}

/**
 * Where the scan for Latin runs may start (or go on, from `from` on): the start of the run of
 * sequenceCode characters that holds the text's first (next) Latin letter. A match before it ends
 * before it and has no Latin letter (a digit run such as "2025"), so it is skipped and hides nothing;
 * the scan from 0 would find the same matches from there on. Speed: Kazakh and Russian texts have many numbers before their first Latin word, and
 * each was a match returned to this loop (and tested for a word start).
 */
function runStart(text: string, firstLatin: number, from = 0): number {
  let p = firstLatin;
  while (p > from && sequenceCode(text.charCodeAt(p - 1))) p--;
  return p;
}

/**
 * Whether the words beside a run name it a body: a noun that governs it before (Russian), its people after it (Kazakh),
 * or a verb of business after a run of one word (a person's name in Latin letters acts too: "Рэпер Jay Z выпустил").
 */
function byContext(text: string, end: number, previousWord: string, kk: boolean, several: boolean): boolean {
  if (kk ? kkStaffAfter(text, end) : RU_NOUNS_BEFORE_NAME.has(previousWord)) return true;
  // (several words only when the last is a subsidiary's, "Hanwha Qcells Kazakhstan построит": no person's name)
  return (!several || SUBSIDIARY_TAILS.has(lastRunWord(text, end))) && (kk ? KK_VERBS_AFTER_NAME : RU_VERBS_AFTER_NAME).has(wordAfter(text, end));
}

/** LATIN_SUBSIDIARY_TAILS. */
const SUBSIDIARY_TAILS: ReadonlySet<string> = new Set(LATIN_SUBSIDIARY_TAILS);

/** The word of a run that ends at `end`. */
function lastRunWord(text: string, end: number): string {
  let s = end;
  while (s > 0 && text.charCodeAt(s - 1) !== 0x20 && text.charCodeAt(s - 1) !== 0x09) s--;
  return text.slice(s, end);
}

/** How far after a run its closing quote is looked for (" – 2025»"). */
const QUOTE_REACH = 24;

/** Whether the quote opening at `open` closes within QUOTE_REACH of `runEnd` on a title (titles.ts isQuotedTitle). */
function kkQuotedTitle(text: string, open: number, runEnd: number): boolean {
  for (let k = runEnd; k < text.length && k - runEnd <= QUOTE_REACH; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) return false;
    if (isQuoteCode(c)) return isQuotedTitle(text, open, k + 1, "kk");
  }
  return false;
}

/**
 * Latin runs inside Cyrillic text next to a head word (a company head before "China Non-Ferrous
 * Mining", a clinic head after "iKang Guobin Checkup Center") or with a company word in them
 * ("YTO Cargo Airlines"). Song titles, people and products in Latin script have neither.
 */
function latinSequences(text: string, out: Org[], firstLatin: number, kk: boolean): void {
  LATIN_SEQUENCE.lastIndex = runStart(text, firstLatin);
  let previous: { end: number } | null = null;
  for (let m = execAtWordStart(LATIN_SEQUENCE, text, NOT_BEFORE_LATIN); m; m = execAtWordStart(LATIN_SEQUENCE, text, NOT_BEFORE_LATIN)) {
    const mStart = m.index, mEnd = m.index + m[0].length;
    // a run of digits (the words of a run are ASCII) keeps no word: its Latin-letter trim leaves none.
    // The scan goes on from the run that holds the next Latin letter (see runStart; none: no run is
    // left). Speed: most runs in Russian texts are numbers (406 of the 658 matches over the Russian dev
    // texts after their first Latin letter); the scan for the runs over those texts 0.170 -> 0.130 ms
    // per pass (the same matches with a Latin letter; Kazakh texts, with few numbers, within the noise)
    if (!hasLatinLetter(m[0])) {
      ANY_LATIN.lastIndex = mEnd;
      const next = ANY_LATIN.exec(text);
      if (next === null) break;
      LATIN_SEQUENCE.lastIndex = runStart(text, next.index, mEnd);
      continue;
    }
    // a quoted run after a title noun names a work, a programme or a power station, no company (Russian order: 'солнечной
    // электростанции "Qyzylorda Solar"', "ВЭС «Ereymentau Wind»"; src/organizations/titles.ts)
    if (!kk && mStart > 0 && isQuoteCode(text.charCodeAt(mStart - 1)) && isTitleNoun(wordBefore(text, mStart - 1))) continue;
    // (in Kazakh order, a title noun after the closing quote: "«South Investment Dialogue – 2025» форумы", an event)
    if (kk && mStart > 0 && isQuoteCode(text.charCodeAt(mStart - 1)) && kkQuotedTitle(text, mStart - 1, mEnd)) continue;
    // cheap tests on the raw run first: most Latin runs have no head word and no company word
    const several = hasSpaceOrTab(m[0]);
    // a run of several words that starts with "China", "Sino" or a Chinese province or city names a Chinese company
    // by itself ("China Railway International", "Xinjiang Tianrun Dairy"), as the English shapes read it
    const companyWord = several && (someRunWord(m[0], LATIN_ORG_WORDS) || CHINESE_STARTS.has(firstRunWord(m[0])));
    const coordinated = previous !== null && several && mStart - previous.end < 40 &&
      RU_COORDINATION.test(text.slice(previous.end, mStart).replace(/[\p{Ll}]+[ \t]+$/u, ""));
    let headAfter = false, headBefore = false;
    if (!companyWord && !coordinated) {
      headAfter = kkHeadAfterName(text, mEnd, kk) !== null;
      const previousWord = wordBefore(text, mStart);
      headBefore = !headAfter && ruQuoteHeadWords().has(previousWord) && ruHeadBefore(text, mStart, 40);
      // a nationality adjective right before the name stands for the company noun ("китайская Hualu", "түріктік Kalyon")
      if (!headAfter && !headBefore && nationalityAdjective(previousWord)) headBefore = true;
      // its people or a noun that governs it before it, a verb of business after it, as for an acronym no list knows
      // ("представитель Odebrecht", "Odebrecht заявила", "Odebrecht хабарлады", "Odebrecht қызметкерлері")
      if (!headAfter && !headBefore && byContext(text, mEnd, previousWord, kk, several)) headBefore = true;
      if (!headAfter && !headBefore) continue;
    }
    let words = trimLatin(wordTokens(text, mStart, mEnd));
    while (words.length && (NON_ORG_TOKENS.has(words[0]!.text) || !LATIN_LETTER.test(words[0]!.text))) words = words.slice(1);
    while (words.length && (NON_ORG_TOKENS.has(words[words.length - 1]!.text) || !LATIN_LETTER.test(words[words.length - 1]!.text))) words = words.slice(0, -1);
    // an abbreviation in parentheses after the name ("China National Petroleum Corporation (CNPC)") is its alias, not a
    // word of it: the name ends before it, and the aliases read it (src/organizations/aliases.ts)
    if (words.length > 1 && isBracketedAbbreviation(words[words.length - 1]!.text)) words = words.slice(0, -1);
    // (a legal form alone is no name: "Ltd" of "Qinghai Forum Co., Ltd" after the name was read as an event's)
    if (words.length === 0 || words.every((w) => LEGAL_NORMALIZED.has(w.text.replace(/[.,]$/, "")))) continue;
    // (a company word in the run names it a company as a head does: "Qingdao Port Holdings", "Lianyungang Port Holdings")
    const headed = headAfter || headBefore || companyWord;
    if (words.some((w) => {
      const bare = w.text.replace(/[^\p{Script=Latin}]/gu, "");
      return NON_ORG_WORDS.has(bare) && !(headed && FACILITY_COMPANY.has(bare));
    })) continue;
    if (!words.every((w) => hasLatinUpper(w.text) || CONNECTORS.has(w.text) || /^\(/.test(w.text))) continue;
    let start = words[0]!.start, end = words[words.length - 1]!.end;
    // a head must touch the name itself, and a company word must survive the trimming
    if (!companyWord && !coordinated && end !== mEnd && start !== mStart) continue;
    if (companyWord && !coordinated && !headAfter && !headBefore && !words.some((w) => LATIN_ORG_WORDS.has(w.text)) &&
      !(words.length > 1 && CHINESE_STARTS.has(words[0]!.text) && !words.some((w) => CHINESE_NAME_STOPS.has(w.text)))) continue;
    previous = { end };
    // an abbreviation in parentheses after a name ("корпорация (CNPC)"): the name without them
    if (words.length === 1 && text.charCodeAt(start) === 0x28 && text.charCodeAt(end - 1) === 0x29) { start++; end--; }
    push(out, start, end, text.slice(start, end));
  }
}

export const latinRunsSource: Source = {
  name: "latin-runs",
  anchor: "latin",
  find(input, out) { if (input.language === "kk" || input.language === "ru") latinSequences(input.text, out, input.firstLatin, input.language === "kk"); },
};
