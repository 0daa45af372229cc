/**
 * Clauses of a sentence that each hold a deal of their own: "X LLP will build a plant worth $20 million, and Y LLP
 * will build a warehouse worth $15 million", "ТОО «X» построит фабрику за 5 млрд тенге, а ТОО «Y» – склад за 3 млрд
 * тенге". Deal assembly reads such a sentence as two: each party keeps its own sum, place and sector.
 *
 * A sentence splits at a clause break (a comma, a semicolon or a dash) when an organization and a sum stand before
 * it and another organization, then a sum, after it (or, each object named with its sum first, a sum and an
 * organization before it and a facility, a sum and another organization after it: splitSumFirst). Not when what
 * follows the break is a part of the first sum
 * ("…, из них 20 млн вложит ТОО «Y»", "…, of which Y will provide $5 million": CLAUSE_PART_WORDS), nor with no break
 * ("X will invest $20 million and Y $15 million in the joint venture": one deal), unless a conjunction is followed by
 * a facility before the second organization ("завод ТОО «X» стоимостью 90 млрд тенге и текстильная фабрика ТОО «Y»
 * стоимостью 15 млрд тенге": CLAUSE_AND, a second object). A clause after the break with no
 * trigger of its own takes the first clause's (its verb is left out: "а ТОО «Y» – склад за 3 млрд тенге").
 *
 * A sentence that lists documents, each between its own parties, splits at the break before each later "between"
 * (CLAUSE_BETWEEN) whose first party is another organization: "соглашение между X и Y о модернизации НПЗ, а также
 * меморандум между Z и W о строительстве ГПЗ", "X пен Y арасындағы келісім, сондай-ақ Z пен W арасындағы меморандум".
 */
import { CLAUSE_AND, CLAUSE_BETWEEN, CLAUSE_CONTRAST, CLAUSE_ITEM_WORDS, CLAUSE_PART_WORDS } from "../../lexicons/deal-triggers.js";
import type { Cue } from "./sentence-info.js";
import { firstStartingAt } from "./lists.js";
import { outsideCompanyNames } from "./name-cues.js";
import type { Sentence } from "../segment.js";
import type { Mention } from "../types.js";
import { isLetterCode, isSpaceCode } from "../word-start.js";

/**
 * The sentences with the split ones as their clauses (renumbered), the indexes of the clauses after a break, and of
 * those that are an item of a package named before them in the sentence (`items`: a new deal each).
 */
export interface Clauses {
  sentences: Sentence[];
  continued: Set<number>;
  items: Set<number>;
  /** The clauses that are a further object of the party the clause before names (onePartySplit): a deal of that party. */
  sameParty: Set<number>;
}

const PART_WORDS = CLAUSE_PART_WORDS.map((w) => w.toLowerCase());
const ITEM_WORDS = CLAUSE_ITEM_WORDS.map((w) => w.toLowerCase());

/**
 * Where a package's item starts in the sentence (after the break before an item word), or -1: a sum with no
 * organization before it, then a break and an item word, then an organization and a sum ("Signed 11 agreements
 * worth $2.4 billion, including a $600 million plant to be built by X"); not a loan with no object, which is a part of
 * one project's sum ("Стоимость проекта – 40 млрд тенге, в том числе 15 млрд тенге – кредит X").
 */
function itemAt(text: string, sentence: Sentence, orgs: readonly Mention[], money: readonly Mention[], cues: readonly Cue[]): number {
  const m1 = money[0];
  if (!m1 || (orgs[0] && orgs[0].start < m1.start)) return -1;
  for (let i = text.indexOf(",", m1.end); i >= 0 && i < sentence.end; i = text.indexOf(",", i + 1)) {
    const rest = text.slice(i + 1, Math.min(sentence.end, i + 40)).trimStart().toLowerCase();
    if (!ITEM_WORDS.some((w) => rest.startsWith(w) && !isLetterCode(rest.charCodeAt(w.length)))) continue;
    if (loanOnly(cues, i, sentence.end)) return -1;
    const org = orgs.find((o) => o.start > i);
    const sum = money.find((m) => m.start > i);
    return org && sum && org.start < sentence.end && sum.start < sentence.end ? i + 1 : -1;
  }
  return -1;
}

/** Whether text[from, to) holds a loan or financing cue ("кредит", "a loan from", "несиесі") and no facility. */
function loanOnly(cues: readonly Cue[], from: number, to: number): boolean {
  let loan = false;
  for (let k = firstStartingAt(cues, from); k < cues.length && cues[k]!.start < to; k++) {
    const categories = cues[k]!.categories;
    if (categories.includes("facility")) return false;
    if (categories.includes("loan") || categories.includes("finance")) loan = true;
  }
  return loan;
}

/** How far from "between" its first party may start, or its last party end ("между компаниями X и Y", "between the"). */
const BETWEEN_REACH = 24;
/** The most characters between two organizations of one list of parties ("X пен Y", "X, Y және Z"). */
const PARTY_RUN_GAP = 8;

/** A "between" in a sentence: where its clause starts at the latest, where it ends, and the party it names first. */
interface Between {
  head: number;
  end: number;
  party: Mention;
}

/**
 * Starts of `word` (lower case, or with a capital first letter) as a whole word in `span` = text[from, to), in text
 * order. (Searched in the sentence's own slice: indexOf on the whole text would read on to the document's end at
 * every sentence that lacks the word, a cost that grows with the square of the document.)
 */
function wholeWords(span: string, from: number, word: string): number[] {
  const out: number[] = [];
  for (const form of [word, word[0]!.toUpperCase() + word.slice(1)]) {
    for (let at = span.indexOf(form); at >= 0; at = span.indexOf(form, at + 1)) {
      if (at > 0 && isLetterCode(span.charCodeAt(at - 1))) continue;
      if (at + word.length < span.length && isLetterCode(span.charCodeAt(at + word.length))) continue;
      out.push(from + at);
    }
  }
  return out.sort((a, b) => a - b);
}

/** The most organizations of one list of parties read back from "арасында" (a longer run is no list of parties). */
const PARTY_RUN_MAX = 8;

/**
 * The sentence's "between"s that name organizations (CLAUSE_BETWEEN), in text order. (Each word's starts are read in
 * order with one index into the organizations that only moves on: linear in the sentence, however many there are.)
 */
function betweensIn(text: string, sentence: Sentence, orgs: readonly Mention[]): Between[] {
  const out: Between[] = [];
  const span = text.slice(sentence.start, sentence.end);
  for (const word of CLAUSE_BETWEEN.before) {
    let j = 0;
    for (const at of wholeWords(span, sentence.start, word)) {
      const end = at + word.length;
      while (j < orgs.length && orgs[j]!.start < end) j++;
      const party = orgs[j];
      if (party && party.start - end <= BETWEEN_REACH) out.push({ head: at, end, party });
    }
  }
  for (const word of CLAUSE_BETWEEN.after) {
    let j = 0;
    for (const at of wholeWords(span, sentence.start, word)) {
      // the organization right before it, and the list of parties it ends ("X пен Y арасында")
      while (j < orgs.length && orgs[j]!.end <= at) j++;
      let k = j - 1;
      if (k < 0 || at - orgs[k]!.end > BETWEEN_REACH) continue;
      const party = orgs[k]!;
      const last = k;
      while (k > 0 && last - k < PARTY_RUN_MAX && orgs[k]!.start - orgs[k - 1]!.end <= PARTY_RUN_GAP) k--;
      out.push({ head: orgs[k]!.start, end: at + word.length, party });
    }
  }
  return out.sort((a, b) => a.head - b.head);
}

/** How far after its sum a clause's facility may stand (Kazakh puts the object after the sum: "35 млн еуроға газоблок зауытын"). */
const OBJECT_AFTER_SUM = 60;

/**
 * Where a sentence of one party (or none, the subject named before the first sum) splits when it names two objects, each
 * with its own sum ("«X» компаниясы Қарағанды облысында 60 млн еуроға құрғақ қоспалар зауытын, ал Алматы облысында 35 млн
 * еуроға газоблок зауытын салады", "X построит … завод за 60 млн евро, а в Алматинской области – завод газоблоков за 35 млн
 * евро", "X will build a dry mix plant … for €60 million and an aerated concrete plant … for €35 million"): at a clause break
 * between the sums (a comma, or a conjunction with a facility on its language's side), a facility on each side, the second
 * no pointer back and no part of the first ("…, including …"); else -1.
 */
function onePartySplit(
  text: string, sentence: Sentence, orgs: readonly Mention[], money: readonly Mention[], facilities: readonly Cue[], asides: readonly Cue[],
  language: string,
): number {
  const m1 = money[0], m2 = money[1];
  if (!m1 || !m2 || orgs.some((o) => o.start > m1.start)) return -1;
  // (not a sum of an aside about the company's other assets: "X, which already operates a $300 million plant in Pavlodar,
  // will build …"; features.ts drops its figures)
  const aside = asides[firstStartingAt(asides, sentence.start)];
  if (aside !== undefined && aside.start < m1.start) return -1;
  // (the first break after the first sum: the second clause may hold its own, "…, а в Алматинской области – завод …")
  let at = firstBreakIn(text, m1.end, m2.start);
  if (at < 0) at = conjunctionBreak(text, m1.end, m2.start, orgs[0]?.end ?? sentence.start, facilities, language);
  if (at < 0 || at <= sentence.start || at >= sentence.end) return -1;
  const f1 = facilities[firstStartingAt(facilities, sentence.start)];
  if (f1 === undefined || f1.start >= at) return -1;
  const f2 = facilities[firstStartingAt(facilities, at)];
  if (f2 === undefined || f2.start >= Math.min(sentence.end, m2.end + OBJECT_AFTER_SUM) || f2.categories.includes("anaphor")) return -1;
  const rest = text.slice(at, m2.start).trim().toLowerCase();
  return PART_WORDS.some((w) => rest.startsWith(w)) ? -1 : at;
}

/**
 * Where a sentence of documents each between its own parties splits (the start of each later clause), or none: at the
 * last break before each "between" whose party is not the one of the "between" before it.
 */
function betweenSplits(text: string, sentence: Sentence, orgs: readonly Mention[]): number[] {
  const found = betweensIn(text, sentence, orgs);
  const out: number[] = [];
  for (let k = 1; k < found.length; k++) {
    const a = found[k - 1]!, b = found[k]!;
    if (nameOf(a.party) === nameOf(b.party)) continue;
    const from = Math.max(a.end, a.party.end);
    if (from >= b.head) continue;
    const at = breakIn(text, from, b.head);
    if (at > sentence.start && at < sentence.end && (out.length === 0 || at > out[out.length - 1]!)) out.push(at);
  }
  return out;
}

/** An organization mention's name (its text for any other mention). */
const nameOf = (m: Mention): string => (m.type === "organization" ? m.name : m.text);

/** A language's entry of a per-language table (every language's for a text of none). */
function ofLanguage<T>(table: Readonly<Record<string, T>>, language: string): T[] {
  const own = table[language];
  return own !== undefined ? [own] : Object.values(table);
}

/** The conjunctions of CLAUSE_AND for a language, and on which side the facility stands. */
const conjunctionsOf = (language: string) => ofLanguage(CLAUSE_AND, language);

/** The first non-blank position from `at` on, before `end`: where a clause after a break starts. */
function clauseStart(text: string, at: number, end: number): number {
  while (at < end && isSpaceCode(text.charCodeAt(at))) at++;
  return at;
}

/** The start of the last of `words` in `span` (lower case) standing between spaces or at its end, or -1. */
function lastWord(span: string, words: readonly string[]): number {
  let best = -1;
  for (const w of words) {
    for (let at = span.lastIndexOf(w); at > best; at = at > 0 ? span.lastIndexOf(w, at - 1) : -1) {
      if (at === 0 || !isSpaceCode(span.charCodeAt(at - 1))) continue;
      if (at + w.length < span.length && !isSpaceCode(span.charCodeAt(at + w.length))) continue;
      best = at;
      break;
    }
  }
  return best;
}

/**
 * Where the second clause starts when a conjunction (CLAUSE_AND) in text[from, to) (after the first sum, before the
 * second organization) has a facility on its language's side: after it, before `to` ("… 90 млрд тенге и текстильная
 * фабрика ТОО «Y» …"), or before it, after the first organization's end `partyEnd` ("… 90 млрд теңге болатын цемент
 * зауыты және «Y» …", "«X» ЖШС-нің жылыжай кешені (12 млрд теңге) және «Y» …"); or -1.
 */
function conjunctionBreak(text: string, from: number, to: number, partyEnd: number, facilities: readonly Cue[], language: string): number {
  for (const { words, facility } of conjunctionsOf(language)) {
    if (facility === "after") {
      const f = facilities[firstStartingAt(facilities, from)];
      if (f === undefined || f.start >= to) continue;
      const at = lastWord(text.slice(from, f.start).toLowerCase(), words);
      if (at > 0) return from + at;
    } else {
      const at = lastWord(text.slice(from, to).toLowerCase(), words);
      if (at <= 0) continue;
      const f = facilities[firstStartingAt(facilities, partyEnd)];
      if (f !== undefined && f.end <= from + at) return from + at;
    }
  }
  return -1;
}

/** Whether text[i] is a clause break of text[from, …): a comma, a semicolon, or a dash between spaces. */
function isBreakAt(text: string, i: number, from: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x2c || c === 0x3b || (c === 0x2d && i > from && text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(i + 1) === 0x20);
}

/** The last clause break in text[from, to) (see isBreakAt): the position after it, or -1. */
function breakIn(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (isBreakAt(text, i, from)) return i + 1;
  return -1;
}

/** The first clause break in text[from, to) (see isBreakAt): the position after it, or -1. */
function firstBreakIn(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isBreakAt(text, i, from)) return i + 1;
  return -1;
}

/**
 * Where `sentence` splits (the start of its second clause), or -1: read from `orgs[o]` and `money[k]` on (both in
 * text order; indexes, not copies, so that a long sentence of many clauses is read in linear time).
 */
function splitAt(
  text: string, sentence: Sentence, orgs: readonly Mention[], o: number, money: readonly Mention[], k: number, facilities: readonly Cue[],
  language: string, capacities: readonly Mention[],
): number {
  // the first organization, then the first sum after it
  const a = orgs[o];
  if (!a) return -1;
  const m1 = money[from(money, k, a.end)];
  if (!m1) return -1;
  // another organization after that sum, and a sum after it
  const b = orgs[from(orgs, o + 1, m1.end)];
  // (the same organization named again is the same deal's: "X … за N, X также …" is read by deal assembly)
  if (!b || b.start >= sentence.end || nameOf(b) === nameOf(a)) return -1;
  const m2 = money[from(money, k + 1, b.end)];
  if (!m2 || m2.start >= sentence.end) return -1;
  let at = breakIn(text, m1.end, b.start);
  if (at < 0) at = conjunctionBreak(text, m1.end, b.start, a.end, facilities, language);
  // (each item with a capacity of its own too: not "X will invest $20 million and Y LLP $15 million in the venture")
  if (at < 0 && capacities.some((c) => c.start > a.end && c.end <= b.start) && capacities.some((c) => c.start > b.end && c.start < sentence.end)) {
    at = conjunctionRightBefore(text, m1.end, b.start, language);
  }
  return secondClause(text, sentence, at, b);
}

/**
 * The blank before a conjunction that stands right before the organization at `orgStart` ("… за кВт·ч и ТОО «Y» с
 * проектом на 120 МВт …": each item opens with its company), after `from`; or -1.
 */
function conjunctionRightBefore(text: string, from: number, orgStart: number, language: string): number {
  for (const w of conjunctionsOf(language).flatMap((c) => c.words)) {
    for (let at = text.indexOf(` ${w} `, from); at >= 0 && at < orgStart; at = text.indexOf(` ${w} `, at + 1)) {
      if (pastLowerWord(text, at + w.length + 2, orgStart + 1) === orgStart) return at;
    }
  }
  return -1;
}

/**
 * Where the text from `at` goes on past one lower-case word and its blank, a nationality before a name ("и французская
 * TotalEnergies", "and China's"): the word's end after blanks; `at` itself when no such word stands there (within `end`).
 */
function pastLowerWord(text: string, at: number, end: number): number {
  let k = at;
  while (k < end && isLetterCode(text.charCodeAt(k)) && text[k] === text[k]!.toLowerCase()) k++;
  if (k === at || k >= end || !isSpaceCode(text.charCodeAt(k))) return at;
  while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
  return k;
}

/** The index of the first of `list` (sorted by start) from `i` on that starts at `pos` or later. */
function from(list: readonly Mention[], i: number, pos: number): number {
  while (i < list.length && list[i]!.start < pos) i++;
  return i;
}

/** `at` as a split of `sentence` whose second clause names organization `b`, unless it is a part of the first sum; or -1. */
function secondClause(text: string, sentence: Sentence, at: number, b: Mention): number {
  if (at < 0) return -1;
  const rest = text.slice(at, b.start).trim().toLowerCase();
  if (PART_WORDS.some((w) => rest.startsWith(w))) return -1;
  return at > sentence.start && at < sentence.end ? at : -1;
}

/**
 * Where `sentence` splits when each clause names its object with its sum before its organization ("a $1.9 billion
 * complex to be built by X, a $600 million plant by Y and a 1 GW wind farm worth $800 million to be developed by Z"):
 * a sum, an organization after it, a break (a comma, or a conjunction with a facility on its language's side), then
 * a second sum and another organization after it; the clause after the break must name a facility of its own (a new
 * object, not a share of the first: "…, with $5 million from Y"); or -1.
 */
function splitSumFirst(
  text: string, sentence: Sentence, orgs: readonly Mention[], o: number, money: readonly Mention[], k: number, facilities: readonly Cue[],
  language: string,
): number {
  const m1 = money[k];
  if (!m1) return -1;
  const i = from(orgs, o, m1.end);
  const a = orgs[i];
  if (!a || a.start >= sentence.end) return -1;
  const m2 = money[from(money, k + 1, a.end)];
  if (!m2 || m2.start >= sentence.end) return -1;
  const b = orgs[from(orgs, i + 1, m2.end)];
  if (!b || b.start >= sentence.end || nameOf(b) === nameOf(a)) return -1;
  let at = breakIn(text, a.end, m2.start);
  if (at < 0) {
    at = conjunctionBreak(text, a.end, b.start, a.end, facilities, language);
    if (at >= m2.start) at = -1;
  }
  // a facility of its own in the second clause, before its organization
  const f = at < 0 ? undefined : facilities[firstStartingAt(facilities, at)];
  return f !== undefined && f.start < b.start ? secondClause(text, sentence, at, b) : -1;
}

/**
 * Where a roundup of clauses joined by semicolons or by a comma and a contrastive conjunction (CLAUSE_CONTRAST: ",
 * while", ", а", ", ал") splits (after each break), or none: at each break whose clauses before and after both name an
 * organization and a facility or a figure, the one after an organization the one before does not name ("X will build a
 * 500 MW power plant in Ekibastuz; Y will build an 85 km railway …", "ТОО «X» построит электростанцию мощностью 500 МВт;
 * ТОО «Y» — железную дорогу …"), whatever their figures (the sums' split below needs a sum on each side). A comma and
 * "and" is such a break when the clause after names its object before its organization ("…, and a 100 MW wind farm by
 * Z LLP"). Not "The deal was signed by X and Y; Z will supply the equipment": the clause after names no facility.
 */
function roundupSplits(
  text: string, sentence: Sentence, orgs: readonly Mention[], facilities: readonly Cue[], figures: readonly Mention[], language: string,
): number[] {
  const out: number[] = [];
  let from = sentence.start;
  let o = 0, g = 0, f = firstStartingAt(facilities, sentence.start);
  // the organizations' names and whether a facility stands in the clause before the break being read
  let before: string[] | null = null, objectBefore = false;
  const ands: number[] = [];
  const listed: number[] = [];
  const breaks = clauseBreaks(text, sentence, language, ands, orgs, listed);
  let andBefore = false, listedBefore = false, orderedBefore = false;
  for (let b = 0; ; b++) {
    const i = b < breaks.length ? breaks[b]! : -1;
    const end = i < 0 ? sentence.end : i;
    const names: string[] = [];
    let firstOrg = Infinity;
    while (o < orgs.length && orgs[o]!.start < end) {
      if (orgs[o]!.start >= from) { names.push(nameOf(orgs[o]!)); firstOrg = Math.min(firstOrg, orgs[o]!.start); }
      o++;
    }
    let object = false, firstObject = Infinity, lastObject = -1;
    while (f < facilities.length && facilities[f]!.start < end) {
      if (facilities[f]!.start >= from) { object = true; firstObject = Math.min(firstObject, facilities[f]!.start); lastObject = facilities[f]!.start; }
      f++;
    }
    // (or a figure of its own: "X won 500 MW of wind capacity …, while Y secured a 200 MW solar plot")
    while (g < figures.length && figures[g]!.start < end) {
      if (figures[g]!.start >= from) { object = true; firstObject = Math.min(firstObject, figures[g]!.start); lastObject = Math.max(lastObject, figures[g]!.start); }
      g++;
    }
    // (after ", and" the object comes first: not "…, and Z Bank will finance the plant")
    // (items of a list that each open with their company, "X с проектом на 50 МВт, Y с проектом на 120 МВт": the
    // company first and its object after it on both sides; not "a $1.2 billion deal between X and Y, envisages a mill")
    const companyFirst = firstOrg < firstObject && firstObject !== Infinity;
    const ordered = listedBefore ? orderedBefore && companyFirst : !andBefore || firstObject < firstOrg;
    // (the clause before: an object after its company, "Квоты … получили ТОО «X» (50 МВт, …)")
    if (before !== null && objectBefore && object && ordered && before.length > 0 && names.some((n) => !before!.includes(n))) out.push(from);
    andBefore = i >= 0 && ands.includes(i);
    listedBefore = i >= 0 && listed.includes(i);
    orderedBefore = firstOrg < lastObject;
    before = names;
    objectBefore = object;
    if (end === sentence.end) break;
    from = end + 1;
  }
  return out;
}

/** A letter, a digit, a closing quote or bracket: what may end a clause's last word before a conjunction. */
function isLetterOrDigitOrCloser(c: number): boolean {
  return isLetterCode(c) || (c >= 0x30 && c <= 0x39) || c === 0xbb || c === 0x22 || c === 0x29 || c === 0x201d;
}

/**
 * The sentence's clause breaks, in order: its semicolons, the commas a contrastive conjunction follows (", while",
 * ", а", ", ал"; CLAUSE_CONTRAST), and a comma or a conjunction right before an organization of `orgs` (items of a
 * list, each opening with its company: "ТОО «X» с проектом на 50 МВт в Абайской области, ТОО «Y» с проектом на 120 МВт
 * …", "… за кВт·ч и ТОО «Y» …"; their offsets also in `listed`). Each is the offset of the sign (of the blank before
 * the conjunction).
 */
function clauseBreaks(
  text: string, sentence: Sentence, language: string, ands: number[] = [], orgs: readonly Mention[] = [], listed: number[] = [],
): number[] {
  const out: number[] = [];
  const words = ofLanguage(CLAUSE_CONTRAST, language).flat();
  const andWords = conjunctionsOf(language).flatMap((c) => c.words);
  const orgStarts = new Set(orgs.map((o) => o.start));
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3b) out.push(i);
    else if (c === 0x2c) {
      let j = i + 1;
      while (j < sentence.end && isSpaceCode(text.charCodeAt(j))) j++;
      const wordAt = (w: string) => j + w.length <= sentence.end && text.slice(j, j + w.length).toLowerCase() === w &&
        !isLetterCode(text.charCodeAt(j + w.length));
      if (words.some(wordAt)) out.push(i);
      // (", and" too, for a clause that names its object before its organization: "…, and a 100 MW wind farm by Z LLP")
      else if (andWords.some(wordAt)) { out.push(i); ands.push(i); }
      else if (orgStarts.has(j)) { out.push(i); listed.push(i); }
    } else if (isSpaceCode(c) && i > sentence.start && isLetterOrDigitOrCloser(text.charCodeAt(i - 1))) {
      // (a conjunction, then the organization: " и ТОО «Y»", " and Y LLP"; not right after a sign: "…; and Z LLP")
      const w = andWords.find((x) => text.slice(i + 1, i + 1 + x.length).toLowerCase() === x && isSpaceCode(text.charCodeAt(i + 1 + x.length)));
      if (w !== undefined && orgStarts.has(pastLowerWord(text, i + 2 + w.length, sentence.end))) { out.push(i); listed.push(i); }
    }
  }
  return out;
}

export function splitClauses(
  text: string, sentences: readonly Sentence[], mentions: readonly Mention[], cues: readonly Cue[], language: string,
): Clauses {
  const out: Sentence[] = [];
  // the facilities named in the document (in text order, as the cues are): a second object after a conjunction
  const facilities = cues.filter((c) => c.categories.includes("facility"));
  // the background asides' cues ("which already operates", onePartySplit)
  const asideCues = cues.filter((c) => c.categories.includes("aside"));
  // (those outside the names of companies with a legal form, for the roundups: name-cues.ts outsideCompanyNames)
  let companyFacilities: readonly Cue[] | null = null;
  const continued = new Set<number>();
  const items = new Set<number>();
  const sameParty = new Set<number>();
  let k = 0;
  for (const s of sentences) {
    while (k < mentions.length && mentions[k]!.start < s.start) k++;
    // a sentence with fewer than two organizations and two sums is read as it is, with no list made for it
    let nOrgs = 0, nMoney = 0;
    for (let j = k; j < mentions.length && mentions[j]!.start < s.end; j++) {
      const t = mentions[j]!.type;
      if (t === "organization") nOrgs++;
      else if (t === "money") nMoney++;
    }
    if (nOrgs < 2 && (nOrgs < 1 || nMoney < 2)) {
      out.push(s.index === out.length ? s : { ...s, index: out.length });
      continue;
    }
    const orgs: Mention[] = [];
    const money: Mention[] = [];
    // (the sums and capacities in text order: the figures a clause of a roundup may hold instead of a facility)
    const figures: Mention[] = [];
    for (let j = k; j < mentions.length && mentions[j]!.start < s.end; j++) {
      const m = mentions[j]!;
      if (m.type === "organization") orgs.push(m);
      else if (m.type === "money") { money.push(m); figures.push(m); }
      else if (m.type === "capacity") figures.push(m);
    }
    // documents each between their own parties, or clauses of a roundup joined by semicolons each with an organization
    // and an object of its own: a clause each, the later ones read on with the first's verb
    let splits = nOrgs >= 2 ? betweenSplits(text, s, orgs) : [];
    // (a sentence of two sums or more is left to the sums' split below, which reads each clause's own sum)
    // (a facility word in a company's name is no object of its clause: "АО «Атырауская ТЭЦ» и китайская X подписали …")
    if (splits.length === 0 && nOrgs >= 2 && nMoney < 2) {
      // (read once per document, on the first sentence that needs it: per sentence, over the document's facilities, the
      // reading cost deal-dense text the square of its length, 53 -> 59 ms per 200 KB of deal-dense English)
      companyFacilities ??= outsideCompanyNames(facilities, mentions);
      splits = roundupSplits(text, s, orgs, companyFacilities, figures, language);
    }
    if (splits.length > 0) {
      let start = s.start;
      for (const at of [...splits, s.end]) {
        if (start > s.start) continued.add(out.length);
        out.push({ ...s, start, end: at, index: out.length });
        start = clauseStart(text, at, s.end);
      }
      continue;
    }
    if (nMoney < 2) {
      out.push(s.index === out.length ? s : { ...s, index: out.length });
      continue;
    }
    const capacities = figures.filter((m) => m.type === "capacity");
    // a package and one of its items: two clauses, the item a new deal
    const item = itemAt(text, s, orgs, money, cues);
    if (item > s.start) {
      out.push({ ...s, end: item, index: out.length });
      items.add(out.length);
      out.push({ ...s, start: clauseStart(text, item, s.end), index: out.length });
      continue;
    }
    if (nOrgs < 2) {
      // one party's two objects, each with its own sum: the second a deal of the same party
      companyFacilities ??= outsideCompanyNames(facilities, mentions);
      const at = onePartySplit(text, s, orgs, money, companyFacilities, asideCues, language);
      if (at > s.start) {
        out.push({ ...s, end: at, index: out.length });
        continued.add(out.length);
        items.add(out.length);
        sameParty.add(out.length);
        out.push({ ...s, start: clauseStart(text, at, s.end), index: out.length });
        continue;
      }
      out.push(s.index === out.length ? s : { ...s, index: out.length });
      continue;
    }
    // split as often as the pattern repeats ("X – A за N, Y – B за M, Z – C за K"): each clause after a break is
    // read again with the mentions from its start on
    let rest: Sentence = s;
    let o = 0, n = 0;
    for (;;) {
      o = from(orgs, o, rest.start);
      n = from(money, n, rest.start);
      if (orgs.length - o < 2 || money.length - n < 2) break;
      let at = splitAt(text, rest, orgs, o, money, n, facilities, language, capacities);
      if (at < 0) at = splitSumFirst(text, rest, orgs, o, money, n, facilities, language);
      if (at < 0) break;
      out.push({ ...rest, end: at, index: out.length });
      continued.add(out.length);
      rest = { ...rest, start: clauseStart(text, at, rest.end) };
    }
    // (the last clause of sums split so may end with an item that has no sum: "…, a KZT 12 billion dairy farm by Y LLP in
    // Kokshetau, and a 100 MW wind farm by Z LLP": read as a roundup)
    if (rest !== s) {
      const restOrgs = orgs.slice(from(orgs, 0, rest.start));
      const restFigures = figures.slice(from(figures, 0, rest.start));
      for (const at of restOrgs.length >= 2 ? roundupSplits(text, rest, restOrgs, facilities, restFigures, language) : []) {
        out.push({ ...rest, end: at, index: out.length });
        continued.add(out.length);
        rest = { ...rest, start: clauseStart(text, at, rest.end) };
      }
    }
    // (the sentence itself while no split before it has moved the numbering: most documents split none)
    out.push(rest === s && s.index === out.length ? s : { ...rest, index: out.length });
  }
  return { sentences: out, continued, items, sameParty };
}
