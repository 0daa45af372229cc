/**
 * Sources (English): names known by their shape, with no legal form or head word.
 * - A Chinese company: a Chinese place, "China" or "Sino" and capitalized words ("China Meheco",
 *   "Xinjiang Tianrun Dairy"); not a place, an event or a title ("Sichuan Province", "Beijing
 *   Olympics", "Henan Governor").
 * - An all-capital name where the text makes it a company: a company word before it ("Chinese
 *   company TBEA") or a verb of business after it ("QZRT signed", "HNEC will build").
 */
import { EN_CHINESE_NAME_STARTS, EN_DESCRIPTOR_MODIFIER_MAX, EN_ENVOY_PREPOSITIONS, EN_ENVOY_TITLES, EN_NOT_SUBJECT_NAME_STARTS, EN_OWNER_COUNTRIES, EN_SURNAME_ENDINGS } from "../../../lexicons/org-heads.en.js";
import { EN_ACRONYM, EN_BUSINESS_AFTER, EN_CHINESE_NAME, EN_DESCRIBED_NAME, EN_AGENT_NAME, EN_LISTED_NAME, EN_OWNED_NAME, EN_SUBJECT_VERB } from "../../../patterns/organization.en.js";
import { NOT_BEFORE_LATIN } from "../../../patterns/organization.js";
import { LEGAL_NORMALIZED, type Org, type Source, type SourceInput, push } from "../candidate.js";
import { afterBlanks, isLetterCode, opensSentence } from "../chars.js";
import { isLatinUpperCode } from "../../latin-letters.js";
import { execAtWordStart } from "../scan.js";
import { inTitleLine, titlesOf } from "../title-lines.js";
import { registerPattern } from "../../regex.js";
import { wordBefore } from "../tokens.js";
import { CHINESE_NAME_STOPS, COORDINATORS, EN_ACRONYM_HEADS, EN_STOP, endsWithPossessive, nationalityWord, NON_ORG_TOKENS, NON_ORG_WORDS, possessiveAt } from "../words.js";

const CHINA = { country: "CN" } as const;
/** Chinese provinces and cities that start a company's name (EN_CHINESE_NAME_STARTS): places after "China's". */
const CHINESE_PLACES = new Set(EN_CHINESE_NAME_STARTS);

/**
 * The words that end a Chinese company's name: of a place, an event or a title, stop words, legal forms.
 * Speed: one lookup per word instead of four (every capitalized word after a Chinese place or "China"):
 * the source over the English organization list 2.6 -> 2.0 ms per 200 KB (median of 5 alternating
 * processes of 25 rounds).
 */
const NAME_ENDS: ReadonlySet<string> = new Set([...NON_ORG_WORDS, ...EN_STOP, ...CHINESE_NAME_STOPS, ...LEGAL_NORMALIZED.keys()]);

/** Whether a capitalized word after a Chinese place continues a company's name. */
function nameWord(w: string): boolean {
  return !NAME_ENDS.has(w) && !endsWithPossessive(w);
}

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

const ENVOY_TITLES: ReadonlySet<string> = new Set(EN_ENVOY_TITLES);
const ENVOY_PREPOSITIONS: ReadonlySet<string> = new Set(EN_ENVOY_PREPOSITIONS);

/** Whether an envoy's title and a preposition stand right before `at` ("Ambassador to |China"). */
function envoyBefore(text: string, at: number): boolean {
  const preposition = wordBefore(text, at);
  if (!ENVOY_PREPOSITIONS.has(preposition)) return false;
  let p = at;
  while (p > 0 && isBlank(text.charCodeAt(p - 1))) p--;
  return ENVOY_TITLES.has(wordBefore(text, p - preposition.length));
}

function chineseNames(input: SourceInput, out: Org[]): void {
  const text = input.text;
  EN_CHINESE_NAME.lastIndex = 0;
  for (let m = execAtWordStart(EN_CHINESE_NAME, text, NOT_BEFORE_LATIN); m; m = execAtWordStart(EN_CHINESE_NAME, text, NOT_BEFORE_LATIN)) {
    // the capitalized words after the start (group 1: blanks and words, see CAP), read in place. Speed: no
    // array of words (split) and no search for where each one ends; the source over the English
    // organization list of the adversarial bench: 8.5 -> 4.7 ms per 200 KB (median of 5 alternating
    // processes of 9 rounds each).
    const groupEnd = m.index + m[0].length;
    let at = groupEnd - m[1]!.length, end = at, stop: string | null = null;
    // the name ends before a word of a place, an event, a title or a stop word ("China Kazakhstan", "Beijing
    // Olympics"), and before a legal form, whose name the Latin legal-form source reads
    while (at < groupEnd) {
      while (at < groupEnd && isBlank(text.charCodeAt(at))) at++;
      let e = at;
      while (e < groupEnd && !isBlank(text.charCodeAt(e))) e++;
      const word = text.slice(at, e);
      // ("&" joins two of the name's words, with a capitalized word after it in the pattern: not the start's, "China & Mongolia")
      if (!nameWord(word) || word === "&" && end === groupEnd - m[1]!.length) { stop = word; break; }
      at = e;
      if (word !== "&") end = e;
    }
    // an envoy's post and name ("Ambassador to China Shakhrat Nuryshev")
    if (envoyBefore(text, m.index)) continue;
    // a place word right after the start makes the whole phrase a place ("Sichuan Province delegation")
    if (end === groupEnd - m[1]!.length || stop !== null && NON_ORG_WORDS.has(stop)) continue;
    // a title-case headline capitalizes every word ("China Power Signs Deal"): no name by its capitals there
    if (inTitleLine(titlesOf(input), m.index)) continue;
    push(out, m.index, end, text.slice(m.index, end), CHINA);
  }
}

/** Whether a verb of business (EN_BUSINESS_AFTER) follows the blanks after `end`. */
export function businessAfter(text: string, end: number): boolean {
  const verb = afterBlanks(text, end);
  EN_BUSINESS_AFTER.lastIndex = verb;
  return verb > end && EN_BUSINESS_AFTER.test(text);
}

/**
 * A company named after its country's possessive, before a verb of business: "China's Sinotruk will
 * build" (not "China's Xinjiang", a place, nor "China's President", a title: see `nameWord`).
 */
function ownedNames(text: string, out: Org[]): void {
  EN_OWNED_NAME.lastIndex = 0;
  for (let m = EN_OWNED_NAME.exec(text); m; m = EN_OWNED_NAME.exec(text)) {
    const country = ownerBefore(text, m.index);
    if (country === undefined) continue;
    const words = m[1]!.split(/[ \t]+/);
    if (!words.every(nameWord) || words.some((w) => CHINESE_PLACES.has(w))) continue;
    const end = m.index + m[0].length, start = end - m[1]!.length;
    if (businessAfter(text, end) || ownedAfterAnd(text, end)) push(out, start, end, m[1]!, { country });
  }
}

/**
 * Whether "and" and another country's possessive follow the blanks after `end`: two owned names coordinated, the verb
 * after the second ("China's Tianqi Lithium and Kazakhstan's Tau-Ken Samruk have set up …").
 */
function ownedAfterAnd(text: string, end: number): boolean {
  const at = afterBlanks(text, end);
  let e = at;
  while (e < text.length && isLetterCode(text.charCodeAt(e))) e++;
  if (e === at || !COORDINATORS.has(text.slice(at, e))) return false;
  // the owner's name (one word or two) and its possessive: ownerBefore reads it back from the apostrophe
  let q = afterBlanks(text, e), words = 0;
  if (q === e) return false;
  for (; words < 2 && q < text.length; words++) {
    while (q < text.length && isLetterCode(text.charCodeAt(q))) q++;
    if (possessiveAt(text, q)) return ownerBefore(text, q) !== undefined;
    if (text.charCodeAt(q) !== 0x20) return false;
    q++;
  }
  return false;
}

/** The owner country (EN_OWNER_COUNTRIES) whose name, of one or two words, ends at `at` (a possessive's start). */
function ownerBefore(text: string, at: number): string | undefined {
  let i = at;
  while (i > 0 && isLetterCode(text.charCodeAt(i - 1))) i--;
  const one = EN_OWNER_COUNTRIES[text.slice(i, at)];
  // "Saudi Arabia's", "South Korea's": the word before it, after one blank
  let j = i - 1;
  if (j > 0 && isBlank(text.charCodeAt(j))) {
    while (j > 0 && isLetterCode(text.charCodeAt(j - 1))) j--;
    const two = j < i - 1 ? EN_OWNER_COUNTRIES[text.slice(j, at)] : undefined;
    if (two !== undefined && (j === 0 || !isLetterCode(text.charCodeAt(j - 1)))) return two;
  }
  return one !== undefined && (i === 0 || !isLetterCode(text.charCodeAt(i - 1))) ? one : undefined;
}

/** Whether an all-capital word is a name: at least two capital letters, not a code, a stop word or a legal form ("JSC signed"). */
function acronymName(word: string): boolean {
  let capitals = 0;
  for (let i = 0; i < word.length; i++) { const c = word.charCodeAt(i); if (c >= 0x41 && c <= 0x5a) capitals++; }
  return capitals >= 2 && !NON_ORG_TOKENS.has(word) && !EN_STOP.has(word) && !LEGAL_NORMALIZED.has(word);
}

function acronyms(text: string, out: Org[]): void {
  EN_ACRONYM.lastIndex = 0;
  for (let m = execAtWordStart(EN_ACRONYM, text, NOT_BEFORE_LATIN); m; m = execAtWordStart(EN_ACRONYM, text, NOT_BEFORE_LATIN)) {
    const word = m[0];
    if (!acronymName(word)) continue;
    const end = m.index + word.length;
    let company = EN_ACRONYM_HEADS.has(wordBefore(text, m.index).toLowerCase());
    if (!company) company = businessAfter(text, end);
    if (company) push(out, m.index, end, word);
  }
}

/** Whether a word is lower case letters and hyphens ("battery", "state-owned"): a modifier before the company noun. */
const LOWER_MODIFIER = registerPattern("organization.en.lower-modifier", /^[a-z][a-z-]*$/);

/**
 * A company named right after a company noun with a nationality word before it, up to two lower-case words
 * between ("Polish company Azoty", "Chinese battery maker Gotion"): the capitalized words after the noun, up to a
 * word that ends a name (see `nameWord`; a possessive ends the name after its word). The country comes from the
 * nationality word, as for every name (src/organizations/country.ts).
 */
function describedNames(text: string, out: Org[]): void {
  EN_DESCRIBED_NAME.lastIndex = 0;
  for (let m = execAtWordStart(EN_DESCRIBED_NAME, text, NOT_BEFORE_LATIN); m; m = execAtWordStart(EN_DESCRIBED_NAME, text, NOT_BEFORE_LATIN)) {
    let at = m.index, national = false, owner: string | undefined;
    for (let k = 0; k <= EN_DESCRIPTOR_MODIFIER_MAX; k++) {
      // the word before `at`, as written (letters and hyphens, after blanks)
      let i = at;
      while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
      const wordEnd = i;
      while (i > 0 && (isLetterCode(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 0x2d)) i--;
      if (i === wordEnd || wordEnd === at) break;
      const word = text.slice(i, wordEnd);
      if (nationalityWord(word)) { national = true; break; }
      // a country's possessive in its place ("Kazakhstan's national coal company Qazaq Komir")
      if (i > 0 && i + 1 === wordEnd && possessiveAt(text, i - 1) && (owner = ownerBefore(text, i - 1)) !== undefined) { national = true; break; }
      if (!LOWER_MODIFIER.test(word)) break;
      at = i;
    }
    if (!national) continue;
    pushNameWords(text, m.index + m[0].length - m[1]!.length, m.index + m[0].length, out, owner);
  }
}

/**
 * The capitalized words of text[from, to) up to a word that ends a name (NAME_ENDS, a token no name holds; a
 * possessive ends the name after its word), pushed as an organization when there is one.
 */
function pushNameWords(text: string, from: number, to: number, out: Org[], country?: string): void {
  let p = from, start = -1, end = -1;
  while (p < to) {
    while (p < to && isBlank(text.charCodeAt(p))) p++;
    let e = p;
    while (e < to && !isBlank(text.charCodeAt(e))) e++;
    const word = text.slice(p, e);
    const possessive = endsWithPossessive(word);
    const bare = possessive ? word.slice(0, -2) : word;
    if (NAME_ENDS.has(bare) || NON_ORG_TOKENS.has(bare)) break;
    if (start < 0) start = p;
    end = p + bare.length;
    if (possessive) break;
    p = e;
  }
  if (start >= 0) push(out, start, end, text.slice(start, end), country === undefined ? undefined : { country });
}

/** A company named after the exchange it is listed on: "Hong Kong-listed Xinyi Glass", "Shenzhen-listed Sunwoda". */
function listedNames(text: string, out: Org[]): void {
  EN_LISTED_NAME.lastIndex = 0;
  for (let m = EN_LISTED_NAME.exec(text); m; m = EN_LISTED_NAME.exec(text)) {
    pushNameWords(text, m.index + m[0].length - m[1]!.length, m.index + m[0].length, out);
  }
}

/**
 * Whether `at` opens a sentence (chars.ts opensSentence) or a list item (a dash or a bullet opening its line), or follows
 * an end mark and the quotes or brackets that close it ('… said." Hanwha Qcells …').
 */
function opensSubject(text: string, at: number): boolean {
  if (opensSentence(text, at)) return true;
  let p = at;
  while (p > 0 && isBlank(text.charCodeAt(p - 1))) p--;
  let c = text.charCodeAt(p - 1);
  if (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2022) {
    let q = p - 1;
    while (q > 0 && isBlank(text.charCodeAt(q - 1))) q--;
    return q === 0 || text.charCodeAt(q - 1) === 0x0a || text.charCodeAt(q - 1) === 0x0d;
  }
  if (p === at) return false;
  while (p > 1 && (c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0xbb)) c = text.charCodeAt(--p - 1);
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

/**
 * Whether a capitalized word may be one of a company's opening a sentence: no stop word, no word that names a thing or a
 * place's kind (NON_ORG_WORDS: "Region"), no legal form, no possessive. A city may ("Shymkent Glass Works"), though it
 * ends a Chinese company's name (CHINESE_NAME_STOPS).
 */
function subjectWord(w: string): boolean {
  return !EN_STOP.has(w) && !NON_ORG_WORDS.has(w) && !LEGAL_NORMALIZED.has(w) && !endsWithPossessive(w);
}

const NOT_SUBJECT_STARTS: ReadonlySet<string> = new Set(EN_NOT_SUBJECT_NAME_STARTS);

/** EN_SURNAME_ENDINGS as pairs. */
const SURNAME_ENDINGS: readonly (readonly [string, number])[] = Object.entries(EN_SURNAME_ENDINGS);

/** Whether a word ends like a Kazakh or Russian surname (EN_SURNAME_ENDINGS): a person's name, not a company's. */
function surname(word: string): boolean {
  return SURNAME_ENDINGS.some(([ending, shortest]) => word.length >= shortest && word.endsWith(ending));
}

/**
 * Whether capitalized words read by their place alone (a subject, an agent) may be a company's: each a word of a name
 * (`subjectWord`), not all of them a nationality or a place, the last no surname's.
 */
function plainCompanyWords(words: readonly string[]): boolean {
  return words.every(subjectWord) && !words.every(nationalityWord) && !surname(words[words.length - 1]!);
}

/**
 * Two or three capitalized words opening a sentence or a list item before a verb of business ("Hanwha Qcells will build
 * …", "– Alatau Qurylys is building …"): a company unknown by name, with no legal form or head word. Not stop words,
 * words of things or places' kinds (`subjectWord`; "Chinese" is a stop word), places alone ("East Kazakhstan"), nor a person ("Serik
 * Zhumangarin signed …": a surname's ending).
 */
function subjectNames(input: SourceInput, out: Org[]): void {
  const text = input.text;
  EN_SUBJECT_VERB.lastIndex = 0;
  for (let m = EN_SUBJECT_VERB.exec(text); m; m = EN_SUBJECT_VERB.exec(text)) {
    // the capitalized words right before the verb, back over single blanks, at most three
    let end = m.index;
    while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
    let start = end, words = 0;
    for (let p = end; words < 3;) {
      let s = p;
      while (s > 0 && isNameCode(text.charCodeAt(s - 1))) s--;
      if (s === p || !isLatinUpperCode(text.charCodeAt(s))) break;
      start = s;
      words++;
      if (s < 2 || !isBlank(text.charCodeAt(s - 1)) || !isNameCode(text.charCodeAt(s - 2))) break;
      p = s - 1;
    }
    if (words < 2 || !opensSubject(text, start)) continue;
    const name = text.slice(start, end);
    const parts = name.split(/[ \t]/);
    if (NOT_SUBJECT_STARTS.has(parts[0]!) || !plainCompanyWords(parts)) continue;
    // (a title-case headline capitalizes every word: "Kazakh Firm Will Build …")
    if (inTitleLine(titlesOf(input), start)) continue;
    push(out, start, end, name);
  }
}

/** A code unit of a capitalized word of a name (CAP of patterns/organization.en.ts: letters, digits, "&", "'", "’", "-"). */
function isNameCode(c: number): boolean {
  return isLetterCode(c) || (c >= 0x30 && c <= 0x39) || c === 0x26 || c === 0x27 || c === 0x2019 || c === 0x2d;
}

/**
 * One to three capitalized words as a passive's agent ("A plant will be built by Xinyi Glass", "operated by Daelim"): a
 * company unknown by name; not stop words, kinds of place or thing, places alone, nor a person by a surname's ending.
 */
function agentNames(input: SourceInput, out: Org[]): void {
  const text = input.text;
  EN_AGENT_NAME.lastIndex = 0;
  for (let m = EN_AGENT_NAME.exec(text); m; m = EN_AGENT_NAME.exec(text)) {
    // (the participle as a whole word: not "rebuilt by")
    if (m.index > 0 && isLetterCode(text.charCodeAt(m.index - 1))) continue;
    const words = m[1]!.split(/[ \t]/);
    if (!plainCompanyWords(words)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    if (inTitleLine(titlesOf(input), start)) continue;
    push(out, start, start + m[1]!.length, m[1]!);
  }
}

export const enShapesSource: Source = {
  name: "shapes.en",
  anchor: "latin",
  find(input, out) {
    if (input.language !== "en") return;
    chineseNames(input, out);
    ownedNames(input.text, out);
    acronyms(input.text, out);
    describedNames(input.text, out);
    listedNames(input.text, out);
    subjectNames(input, out);
    agentNames(input, out);
  },
};
