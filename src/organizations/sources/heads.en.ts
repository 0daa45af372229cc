/** Sources (English): "Ministry of …" phrases, and capitalized words ending in a head word ("Halyk Bank"). */
import { isCapitalizedLatinWord, isLatinLetterCode, isLatinUpperCode, startsLatinUpper } from "../../latin-letters.js";
import { LATIN_SEQUENCE, NOT_BEFORE_LATIN } from "../../../patterns/organization.js";
import { EN_HEAD_OF, EN_LOWER_PLACE_HEAD } from "../../../patterns/organization.en.js";
import { LEGAL_NORMALIZED, type Org, type Source, type SourceInput, push } from "../candidate.js";
import { afterBlanks, atSentenceStart } from "../chars.js";
import { andSplits, hasCoordinator, splitCoordinated, trimLatin } from "../latin.js";
import { execAtWordStart, isSpaceCode } from "../scan.js";
import { inTitleLine, titlesOf } from "../title-lines.js";
import { mayHaveWord, type Token, wordTokens } from "../tokens.js";
import { ARTICLES, CONNECTORS, COORDINATORS, EN_HEADS, EN_LOWER_PLACE, EN_STATE_BODY, EN_STOP, isOwnerPossessive, NAME_PREPOSITIONS, nationalityWord, NON_ORG_WORDS, PLACE_NAMES, PLACE_WORDS, PURPOSE_PREPOSITIONS } from "../words.js";
import { EN_MONTHS } from "../../../lexicons/months.js";
import { EN_FIELD_TITLES, EN_HEADS_OF_WITH_MODIFIERS } from "../../../lexicons/org-heads.en.js";
import { wordBefore } from "../tokens.js";
import { EN_WEEKDAYS } from "../../../lexicons/dates.en.js";

const MODIFIED_HEADS: ReadonlySet<string> = new Set(EN_HEADS_OF_WITH_MODIFIERS);
/** At most this many capitalized words before such a head ("National Energy Administration"). */
const MODIFIERS_BEFORE = 3;

/**
 * Where the capitalized words right before a head of EN_HEADS_OF_WITH_MODIFIERS start ("Cyberspace Administration of
 * China", "General Administration of Customs"), past no stop word, month or weekday; `at` when there are none.
 */
function modifiersBefore(text: string, at: number): number {
  let start = at;
  for (let n = 0; n < MODIFIERS_BEFORE; n++) {
    let end = start;
    while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
    if (end === start) break;
    let i = end;
    while (i > 0 && (isLatinLetterCode(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 0x2d)) i--;
    const word = text.slice(i, end);
    if (!isCapitalizedLatinWord(word.replace(/-/g, "")) || EN_STOP.has(word) || NON_ORG_WORDS.has(word) ||
      CALENDAR_WORDS.has(word) || CALENDAR_WORDS.has(word.toLowerCase())) break;
    if (i > 0 && !(text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09 || text.charCodeAt(i - 1) === 0x0a)) break;
    start = i;
  }
  return start;
}

/** "Ministry of Energy of Kazakhstan": a head before "of" and capitalized words. */
function enHeadsOf(text: string, out: Org[]): void {
  EN_HEAD_OF.lastIndex = 0;
  for (let m = EN_HEAD_OF.exec(text); m; m = EN_HEAD_OF.exec(text)) {
    const words = wordTokens(text, m.index, m.index + m[0].length);
    let b = words.length;
    // "Ministry of Energy and China's PowerChina" / "… and the Chinese side": the phrase ends where "and" joins another name or a lower-case word;
    // a place word ends a place's body ("Akimat of Pavlodar Region and Shandong Fuyang Biotechnology")
    // and a legal form after "and" is another name's: an institution's name ends in none ("Ministry of Energy
    // and China Power Co., Ltd.")
    // (and a nationality word closing the phrase before a lower-case word is an adjective of something else:
    // "financed by the Development Bank of Kazakhstan and Chinese lenders")
    for (let i = 3; i < b - 1; i++) {
      if (COORDINATORS.has(words[i]!.text) && (/^[a-z]/.test(words[i + 1]!.text) || andSplits(text, [], words[i + 1]!) ||
        (i + 2 === words.length && nationalityWord(words[i + 1]!.text)) ||
        PLACE_WORDS.has(words[i - 1]!.text) || EN_LOWER_PLACE.has(words[i - 1]!.text) || legalFormAfter(text, words, i + 1, m.index + m[0].length))) { b = i; break; }
    }
    // a remit listed with commas before its "and" ("Ministry of Ecology, Geology and Natural Resources"; the pattern
    // reads a comma only so): a head or a known name after a comma starts another name ("Ministry of Energy, Samruk-Kazyna and …")
    for (let i = 3; i < b; i++) {
      if (text.charCodeAt(words[i - 1]!.end) === 0x2c && (EN_HEADS.has(words[i]!.text) || andSplits(text, [], words[i]!))) { b = i; break; }
    }
    while (b > 0 && CONNECTORS.has(words[b - 1]!.text)) b--;
    // the scan goes on after the words kept: another head may follow the "and" that ended the phrase ("the Agency for
    // … and the Council for Foreign Investors")
    if (b < words.length) EN_HEAD_OF.lastIndex = words[Math.max(b, 1)]!.start;
    if (b < 3) continue;
    const end = words[b - 1]!.end;
    const start = MODIFIED_HEADS.has(words[0]!.text) ? modifiersBefore(text, m.index) : m.index;
    push(out, start, end, text.slice(start, end));
  }
}


/**
 * Whether a legal form (LEGAL_NORMALIZED) is among `words` from `from` on with no "and" before it, or after
 * the match that ends at `end`, among the next five capitalized words (a run the pattern cut short: "… and
 * Orda Trucks Co., Ltd.") (the phrase's pattern takes capitalized words: "Co" of "Co., Ltd" is one, "Ltd" after it not).
 */
function legalFormAfter(text: string, words: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < words.length; k++) {
    // a later "and" is where the named company starts ("Ministry of Industry and Infrastructure Development and Alfa LLP")
    if (COORDINATORS.has(words[k]!.text)) return false;
    if (LEGAL_NORMALIZED.has(words[k]!.text.replace(/[.,]$/, ""))) return true;
  }
  // the words after the match: capitalized ones, up to five, one of them a form ("Trucks Co., Ltd.", ", Ltd")
  let i = end;
  for (let n = 0; n < 5; n++) {
    while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x2c)) i++;
    let j = i;
    while (j < text.length && !isSpaceCode(text.charCodeAt(j)) && text.charCodeAt(j) !== 0x2c) j++;
    const first = text.charCodeAt(i);
    if (j === i || !isLatinUpperCode(first)) return false; // a capitalized Latin word
    if (LEGAL_NORMALIZED.has(text.slice(i, j).replace(/\.$/, ""))) return true;
    i = j;
  }
  return false;
}

/** Whether one of the words is a head word (EN_HEADS). */
function hasHead(words: readonly Token[]): boolean {
  for (const w of words) if (EN_HEADS.has(w.text)) return true;
  return false;
}

/**
 * Capitalized words ending in a head word: "Halyk Bank", "Kazakh Invest Fund" (see refine.ts for the runs that are not names).
 * A run inside a name the legal-form source found ("China Power Energy" in "China Power Energy Co., Ltd") is left
 * unread and noted in `input.shadowed`: what it would give lies inside that name and loses to it (see Shadowed).
 * Speed: on the English organization list of the adversarial bench (every run in a name with a legal form) the
 * organization stage took 132 -> 80-86 ms per MB with such runs skipped (and no candidates of theirs to refine
 * and resolve).
 */
function enHeadsAfter(input: SourceInput, out: Org[]): void {
  const text = input.text;
  const legal = input.legalNames;
  // the legal-form names that start at or before the run (a prefix of `legal`), and the one of them that ends last
  let next = 0;
  let reach: Org | null = null;
  LATIN_SEQUENCE.lastIndex = 0;
  for (let m = execAtWordStart(LATIN_SEQUENCE, text, NOT_BEFORE_LATIN); m; m = execAtWordStart(LATIN_SEQUENCE, text, NOT_BEFORE_LATIN)) {
    // a lower-case administration head after the run ("the Almaty Region akimat's press service")
    const runEnd = m.index + m[0].length;
    const headAt = afterBlanks(text, runEnd);
    EN_LOWER_PLACE_HEAD.lastIndex = headAt;
    const lowerHead = headAt > runEnd ? EN_LOWER_PLACE_HEAD.exec(text) : null;
    if (!lowerHead && legal.length > 0 && !SHADOWED_RUNS.read) {
      while (next < legal.length && legal[next]!.start <= m.index) {
        if (reach === null || legal[next]!.end > reach.end) reach = legal[next]!;
        next++;
      }
      if (reach !== null && reach.end >= runEnd) {
        input.shadowed.push({ start: m.index, end: runEnd, by: reach });
        continue;
      }
    }
    readRun(input, m.index, runEnd, headAt, lowerHead, out);
  }
}

/**
 * Whether enHeadsAfter reads the runs inside legal-form names too: for the test that checks that leaving them
 * unread changes no result (test/organization-shadowed.test.ts); never set otherwise.
 */
export const SHADOWED_RUNS = { read: false };

/** The English heads of the run of capitalized words [start, end), as enHeadsAfter reads it (for a run it left unread). */
export function enHeadsInRun(input: SourceInput, start: number, end: number, out: Org[]): void {
  readRun(input, start, end, end, null, out);
}

/** The candidates of one run [runStart, runEnd), with the lower-case head after it (at headAt) if there is one. */
function readRun(input: SourceInput, runStart: number, runEnd: number, headAt: number, lowerHead: RegExpExecArray | null, out: Org[]): void {
  const text = input.text;
  // Speed: a run with no head word (and no lower-case head after it) has no name to split: most runs of
  // a list of companies ("Ltd" of "Co., Ltd.") or of deal text ("150 MW", "1.5") end there, most before
  // they are tokenized (see mayHaveWord, and wordTokens for the figure).
  if (!lowerHead && !mayHaveWord(text, runStart, runEnd, EN_HEADS)) return;
  const words = wordTokens(text, runStart, runEnd);
  // a lower-case head after "and (the)" names no place before it: another body ("China Power and the akimat of …")
  if (lowerHead && endsInCoordinator(words)) { lowerHead = null; headAt = runEnd; }
  if (!lowerHead && !hasHead(words)) return;
  // "Ministry of Energy and China Power Co., Ltd.": a run that ends in a legal form splits after an institution's name
  const parts = splitCoordinated(text, words, false, hasCoordinator(words) && legalFormAfter(text, words, words.length - 1, runEnd));
  const headEnd = lowerHead ? headAt + lowerHead[0].length : -1;
  if (lowerHead) parts[parts.length - 1]!.push({ text: lowerHead[0], start: headAt, end: headEnd, lower: undefined });
  for (const all of parts) {
    let last = -1;
    for (let i = 0; i < all.length; i++) if (EN_HEADS.has(all[i]!.text) || all[i]!.end === headEnd) last = i;
    if (last < 1) continue;
    // the head's own complement: "European Bank for Reconstruction and Development", "Halyk Bank of Kazakhstan"
    // (not "for" and a place, the purpose of a loan: "a loan agreement with China Exim Bank for Almaty ring road")
    if (NAME_PREPOSITIONS.has(all[last + 1]?.text ?? "") && startsLatinUpper(all[last + 2]?.text ?? "") &&
      !(PURPOSE_PREPOSITIONS.has(all[last + 1]!.text) && PLACE_NAMES.has(all[last + 2]!.text.toLowerCase()))) last = all.length - 1;
    // "Kazakhmys Copper Alloys will build": the one capitalized word after the head that ends the run is the name's
    // last, the industry list's or not (not a stop word, a place, a nationality, a month or a weekday, an acronym, nor
    // a word of an event or a place: NON_ORG_WORDS); two are a person's name ("Minister of Energy Sungat Yessimkhanov")
    if (last === all.length - 2 && nameTail(all[last + 1]!.text)) last++;
    // "Hualu Engineering & Technology": "&" joins capitalized words of one name (news coordinates names with "and")
    while (ampersandAfter(text, all, last)) last++;
    let words = trimLatin(all.slice(0, last + 1));
    // an owner's possessive before the name is not part of it: "Saudi Arabia's ACWA Power" is ACWA Power
    for (let k = words.length - 2; k >= 0; k--) {
      const w = words[k]!.text;
      if (isOwnerPossessive(w)) { words = words.slice(k + 1); break; }
    }
    // "Students of X University": a sentence-initial common noun with "of" is not part of the name
    if (words.length > 2 && CONNECTORS.has(words[1]!.text) && atSentenceStart(text, words[0]!.start)) words = trimLatin(words.slice(2));
    // a state body named by its nationality alone keeps it ("the Chinese Embassy", which trimLatin cut to "Embassy")
    if (words.length === 1 && EN_STATE_BODY.has(words[0]!.text)) {
      const at = all.indexOf(words[0]!);
      if (at > 0 && nationalityWord(all[at - 1]!.text)) words = [all[at - 1]!, words[0]!];
    }
    if (words.length < 2) continue;
    const start = words[0]!.start, end = words[words.length - 1]!.end;
    // a field after a minister's title ("Minister of Industry and Construction"): no body's name
    if (afterFieldTitle(text, start)) continue;
    // a title-case headline capitalizes every word: a run there is no name by its capitals (title-lines.ts)
    if (inTitleLine(titlesOf(input), start)) continue;
    push(out, start, end, text.slice(start, end));
  }
}

/** EN_FIELD_TITLES. */
const FIELD_TITLES: ReadonlySet<string> = new Set(EN_FIELD_TITLES);

/** Whether "of" and a title of EN_FIELD_TITLES stand right before `at` ("Minister of |Energy"). */
function afterFieldTitle(text: string, at: number): boolean {
  const of = wordBefore(text, at);
  if (of !== "of") return false;
  let p = at;
  while (p > 0 && (text.charCodeAt(p - 1) === 0x20 || text.charCodeAt(p - 1) === 0x09)) p--;
  return FIELD_TITLES.has(wordBeforeAsWritten(text, p - of.length));
}

/** The word ending right before `at` past blanks, as written. */
function wordBeforeAsWritten(text: string, at: number): string {
  let e = at;
  while (e > 0 && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x09)) e--;
  let s = e;
  while (s > 0 && isLatinLetterCode(text.charCodeAt(s - 1))) s--;
  return text.slice(s, e);
}

/** EN_MONTHS and EN_WEEKDAYS: capitalized, and no word of a name. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...Object.keys(EN_MONTHS), ...Object.keys(EN_WEEKDAYS)]);

/** A capitalized word that may end a name after its head word (see readRun). */
function nameTail(word: string): boolean {
  return isCapitalizedLatinWord(word) && !EN_STOP.has(word) && !NON_ORG_WORDS.has(word) && !PLACE_NAMES.has(word.toLowerCase()) &&
    !nationalityWord(word) && !CALENDAR_WORDS.has(word);
}

/** Whether the words end in a coordinator, an article after it or not ("… and", "… and the"). */
function endsInCoordinator(words: readonly Token[]): boolean {
  let n = words.length;
  if (n > 0 && ARTICLES.has(words[n - 1]!.text)) n--;
  return n > 0 && COORDINATORS.has(words[n - 1]!.text);
}

/** Whether the word after `words[i]` is a capitalized word joined to it by "&" ("Engineering & Technology"). */
function ampersandAfter(text: string, words: readonly Token[], i: number): boolean {
  const next = words[i + 1];
  if (next === undefined || !startsLatinUpper(next.text) || EN_STOP.has(next.text)) return false;
  let k = words[i]!.end;
  while (k < next.start && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
  if (text.charCodeAt(k) !== 0x26 /* & */) return false;
  for (k++; k < next.start; k++) if (!(text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) return false;
  return true;
}

export const enHeadsOfSource: Source = {
  name: "heads-of.en",
  anchor: "latin",
  find(input, out) { if (input.language === "en") enHeadsOf(input.text, out); },
};

export const enHeadsAfterSource: Source = {
  name: "heads.en",
  anchor: "latin",
  find(input, out) { if (input.language === "en") enHeadsAfter(input, out); },
};
