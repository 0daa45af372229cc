/** Source: Latin names ending in a legal form ("Sinochem Engineering Co., Ltd"), or after a Kazakh or Russian one ("JSC Orda Energy"). */
import { isLatinLetterCode, isLatinUpperCode } from "../../latin-letters.js";
import { LATIN_LEGAL, LATIN_LEGAL_BEFORE, LATIN_LEGAL_BEFORE_AT, LATIN_LEGAL_FORM, NOT_BEFORE_LATIN } from "../../../patterns/organization.js";
import { EN_DETERMINERS_BEFORE_FORM, EN_EPONYM_LINK, EN_EPONYM_NAME_WORDS, EN_FORMS_BEFORE_COUNTRY, EN_NAME_COUNTRY_LINK } from "../../../lexicons/org-heads.en.js";
import { LATIN_DESIGNATIONS_BEFORE_NAME, LATIN_NATIONAL_DESIGNATIONS } from "../../../lexicons/legal-forms.js";
import { LEGAL_NORMALIZED, type Org, type Source, type SourceInput, push } from "../candidate.js";
import { inTitleLine, titlesOf } from "../title-lines.js";
import { EN_COUNTRY_NAMES, EN_STOP } from "../words.js";
import { endsInLegalForm, hasCoordinator, ofCountryLength, splitCoordinated, trimLatin, trimLatinKnown } from "../latin.js";
import { EN_HEAD_OF_BEFORE } from "../../../patterns/organization.en.js";
import { codeTest } from "../scan.js";
import { type Token, wordBefore, wordTokens } from "../tokens.js";
import { blanksBefore, wordEndAfter } from "../chars.js";
import { isDigitCode } from "../../word-start.js";

const LATIN_DESIGNATIONS: ReadonlySet<string> = new Set(LATIN_NATIONAL_DESIGNATIONS);
/** Where the name of these words starts: a national company's designation is none of it ("NC KazMunayGas JSC", as "JSC NC KazMunayGas"). */
const nameStartOf = (words: readonly Token[]): number =>
  words.length > 1 && LATIN_DESIGNATIONS.has(words[0]!.text) ? words[1]!.start : words[0]!.start;

/**
 * Characters a LATIN_LEGAL match can span before its legal form: Latin words, connectors and
 * parentheses, the separators, and the comma of "Name, Ltd".
 */
function latinNameChar(c: number): boolean {
  return isLatinLetterCode(c) || c >= 0x30 && c <= 0x39 ||
    c === 0x20 || c === 0x09 || c === 0x2c || c === 0x2e || c === 0x2d || c === 0x26 || c === 0x27 ||
    c === 0x28 || c === 0x29 || c === 0x2019;
}

/** NOT_BEFORE_LATIN.test of a code unit, memoized. */
const notBeforeLatin = codeTest(NOT_BEFORE_LATIN);

/**
 * Where the next LATIN_LEGAL match may start (as lastIndex in a global scan) and where the next form is
 * looked for, between two calls of nextLatinLegal.
 */
let scanFrom = 0, scanAt = 0;

/**
 * The next match of LATIN_LEGAL at a word start (NOT_BEFORE_LATIN), as a global scan would find it
 * (from `scanFrom`, `scanAt`: set them to 0 and to the first Latin letter for the first call), without
 * running its long name part at every capitalized word: a match needs a legal form (LATIN_LEGAL_FORM)
 * after a run of name characters that starts no later than the match does. So only the word starts in
 * the run before the next form are tried, left to right.
 * Speed: a function and two numbers instead of a generator, and a memo for the word-start test of each
 * character tried (a regex test on a one-character string before); with wordTokens (tokens.ts), the
 * source over the English organization list of the adversarial bench: 18.0 -> 12.0 ms per 200 KB.
 */
function nextLatinLegal(text: string): RegExpExecArray | null {
  // a form starts with a Latin letter: none comes before the first one
  let from = scanFrom, at = scanAt;
  for (;;) {
    LATIN_LEGAL_FORM.lastIndex = at;
    const f = LATIN_LEGAL_FORM.exec(text);
    if (!f) return null;
    at = f.index + 1;
    // the separator character before the form (a space, a tab or the comma of "Name, Ltd")
    const q = f.index - 1;
    if (q <= from) continue;
    const sep = text.charCodeAt(q);
    if (!(sep === 0x20 || sep === 0x09 || sep === 0x2c)) continue;
    let r = q;
    while (r > from && latinNameChar(text.charCodeAt(r - 1))) r--;
    let found: RegExpExecArray | null = null;
    for (let p = r; p < q && !found; p++) {
      if (p > 0 && notBeforeLatin(text.charCodeAt(p - 1))) continue;
      LATIN_LEGAL.lastIndex = p;
      found = LATIN_LEGAL.exec(text);
    }
    if (!found) { from = q + 1; continue; }
    scanFrom = scanAt = found.index + found[0].length;
    return found;
  }
}

/** The legal form that needs its period (lexicons/legal-forms.ts). */
const CO_WITHOUT_PERIOD = "Co";
/** "Co" before "Ltd" makes the form "Co., Ltd" (normalized forms of lexicons/legal-forms.ts). */
const CO_WORDS: ReadonlySet<string> = new Set(["Co", "Co.", "CO"]);
const LTD = LEGAL_NORMALIZED.get("Ltd")!, CO_LTD = LEGAL_NORMALIZED.get("Co., Ltd")!;

/** After a name's "Co., Ltd.": the sentence goes on (a lower-case letter, a comma, a semicolon, a bracket). */
const SENTENCE_GOES_ON = /^\s*[\p{Ll},;)]/u;

function latinLegal(text: string, out: Org[], firstLatin: number): void {
  scanFrom = 0; scanAt = firstLatin;
  for (let m = nextLatinLegal(text); m; m = nextLatinLegal(text)) {
    // the name, the form and its period (see LATIN_LEGAL)
    const name = m[1]!, formText = m[2]!, dot = m[3] !== undefined;
    // "Co" ends a name only with its period ("Henan Gold Co."): "Co-operation", "Co" in a run are words
    if (formText === CO_WITHOUT_PERIOD && !dot) continue;
    const formAt = m.index + m[0].length - formText.length - (dot ? 1 : 0);
    // "Shares of the JSC fell": after a determiner the form is the company just named, no name's end
    if (determinerBefore(text, formAt)) continue;
    // "Separately, LLP Qazaq Wind": after a comma a Kazakh or Russian form starts the name that follows it
    if (text.charCodeAt(m.index + name.length) === 0x2c && startsLegalBefore(text, formAt)) continue;
    // ("Alpha JSC (51 per cent) and Guangdong Haifeng … Co., Ltd": a share in brackets is no word of the name after
    // it; the name before it, with its own legal form, is one of its own)
    const cut = shareBracketEnd(text, m.index, m.index + name.length);
    if (cut > m.index) pushWithForm(text, out, trimLatin(wordTokens(text, m.index, text.lastIndexOf("(", cut - 1))));
    const words = wordTokens(text, cut, m.index + name.length);
    // a run that starts inside an institution's name ("Ministry of |Industry and Infrastructure Development and Altyn Motors LLP")
    const afterHeadOf = m.index > 0 && hasCoordinator(words) && EN_HEAD_OF_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
    const parts = splitCoordinated(text, words, true, true, afterHeadOf);
    const nameWords = trimLatinKnown(text, parts.pop()!);
    // the names before it with their own legal forms ("Alfa LLP and Beta Co., Ltd")
    for (const part of parts) pushWithForm(text, out, trimLatin(part));
    if (nameWords.length === 0) continue;
    let end = m.index + m[0].length;
    if (dot) {
      // "Co., Ltd." keeps its period when the sentence goes on, not when the period ends it.
      const rest = text.slice(end, end + 3);
      if (!SENTENCE_GOES_ON.test(rest)) end -= 1;
    }
    // (an eponym's name goes on before its link: "Ekibastuz GRES-1 named after Bulat Nurzhanov LLP")
    const start = eponymStart(text, nameWords[0]!.start);
    // "Aluminum Corporation of China", "Metallurgical Corporation of China": the form and the country after it are
    // words of the name, which has no form of its own
    const country = dot || !FORMS_BEFORE_COUNTRY.has(formText) ? -1 : ofCountryEnd(text, end);
    if (country > 0) {
      push(out, start, country, text.slice(nameStartOf(nameWords), country));
      continue;
    }
    let form = LEGAL_NORMALIZED.get(formText) ?? formText;
    // "Co Ltd" unpunctuated: the name part took "Co" as a word of the name
    if (nameWords.length > 1 && CO_WORDS.has(nameWords[nameWords.length - 1]!.text) && form === LTD) {
      nameWords.pop();
      form = CO_LTD;
    }
    push(out, start, end, text.slice(start < nameWords[0]!.start ? start : nameStartOf(nameWords), nameWords[nameWords.length - 1]!.end), { legalForm: form });
  }
}

/** EN_EPONYM_LINK with a blank after it. */
const EPONYM_LINK = `${EN_EPONYM_LINK} `;

/**
 * Where a name that starts at `start` starts when EN_EPONYM_LINK stands right before it ("… GRES-1 named after | Bulat
 * Nurzhanov"): at the first of the capitalized words (or words with a digit) before the link, at most
 * EN_EPONYM_NAME_WORDS, one blank between; else `start`.
 */
function eponymStart(text: string, start: number): number {
  const link = start - EPONYM_LINK.length;
  if (link < 2 || !text.startsWith(EPONYM_LINK, link) || text.charCodeAt(link - 1) !== 0x20) return start;
  let at = start, end = link - 1;
  for (let n = 0; n < EN_EPONYM_NAME_WORDS && end > 0; n++) {
    let k = end;
    while (k > 0 && text.charCodeAt(k - 1) !== 0x20 && text.charCodeAt(k - 1) !== 0x0a) k--;
    const c = text.charCodeAt(k);
    if (k === end || !(isLatinUpperCode(c) || text.slice(k, end).match(/\d/))) break;
    if (/[,.;:()]$/.test(text.slice(k, end)) || EN_STOP.has(text.slice(k, end))) break;
    at = k;
    end = k - 1;
    if (end <= 0 || text.charCodeAt(end) !== 0x20) break;
  }
  return at;
}

/** A name of `words` that ends in its own legal form ("Alfa LLP" of "Alfa LLP and Beta Co., Ltd") or in a form and its country ("… Corporation of China"), if they do. */
function pushWithForm(text: string, out: Org[], words: Token[]): void {
  // ("Tianshan Cement Corporation of China and …": a form that takes its country, both words of the name)
  const country = ofCountryLength(words, 0, words.length);
  if (country > 0 && words.length > country + 1 && FORMS_BEFORE_COUNTRY.has(words[words.length - country - 1]!.text)) {
    push(out, words[0]!.start, words[words.length - 1]!.end, text.slice(nameStartOf(words), words[words.length - 1]!.end));
    return;
  }
  if (!endsInLegalForm(words)) return;
  const form = words[words.length - 1]!;
  push(out, words[0]!.start, form.end, text.slice(nameStartOf(words.slice(0, -1)), words[words.length - 2]!.end),
    { legalForm: LEGAL_NORMALIZED.get(form.text.replace(/[.,]$/, "")) });
}

/**
 * Where a name may start after the last bracket in text[from, to) that opens on a digit (a share, "(51%)", "(49 per
 * cent)", a listing code's "(1234)"): right after its closing bracket, else `from`.
 */
function shareBracketEnd(text: string, from: number, to: number): number {
  // (a loop over [from, to) only: indexOf would read on to the text's end at every name)
  let cut = from;
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(k) !== 0x28) continue;
    let d = k + 1;
    while (d < to && text.charCodeAt(d) === 0x20) d++;
    if (d >= to || !isDigitCode(text.charCodeAt(d))) continue;
    let close = d;
    while (close < to && text.charCodeAt(close) !== 0x29) close++;
    if (close < to) cut = close + 1;
    k = close;
  }
  return cut;
}

const DETERMINERS = new Set(EN_DETERMINERS_BEFORE_FORM);
const DESIGNATIONS_BEFORE_NAME: ReadonlySet<string> = new Set(LATIN_DESIGNATIONS_BEFORE_NAME);
/** Those of DESIGNATIONS_BEFORE_NAME in capitals only ("SEC", "SPK"). */
const ABBREVIATED_DESIGNATIONS: ReadonlySet<string> = new Set(LATIN_DESIGNATIONS_BEFORE_NAME.filter((d) => /^[A-Z]+$/.test(d)));

const FORMS_BEFORE_COUNTRY: ReadonlySet<string> = new Set(EN_FORMS_BEFORE_COUNTRY);
/** EN_NAME_COUNTRY_LINK between single spaces. */
const COUNTRY_LINK = ` ${EN_NAME_COUNTRY_LINK} `;

/**
 * Where " of <country>" that follows `at` ends (a country of EN_OWNER_COUNTRIES, of one word or two: "of China", "of
 * South Korea"), else -1.
 */
function ofCountryEnd(text: string, at: number): number {
  if (!text.startsWith(COUNTRY_LINK, at)) return -1;
  const from = at + COUNTRY_LINK.length;
  const one = wordEndAfter(text, from);
  if (one > from && EN_COUNTRY_NAMES.has(text.slice(from, one))) return one;
  if (one === from || text.charCodeAt(one) !== 0x20) return -1;
  const two = wordEndAfter(text, one + 1);
  return two > one + 1 && EN_COUNTRY_NAMES.has(text.slice(from, two)) ? two : -1;
}

/** Whether LATIN_LEGAL_BEFORE (a form and the name after it) matches at `at` (its sticky copy, run there). */
function startsLegalBefore(text: string, at: number): boolean {
  LATIN_LEGAL_BEFORE_AT.lastIndex = at;
  return LATIN_LEGAL_BEFORE_AT.test(text);
}

/** Whether the word right before `at` (over blanks) is a determiner: "the JSC" is the company just named, not a form. */
function determinerBefore(text: string, at: number): boolean {
  return DETERMINERS.has(wordBefore(text, at));
}

/**
 * Whether the word right before `at` (over blanks) is a capitalized word that no stop word list holds: then a form at
 * `at` ends that name ("Alpha LLP Director General …", "Samruk-Energy JSC Signs Deal"), it starts none.
 */
function nameBefore(text: string, at: number): boolean {
  const end = blanksBefore(text, at);
  // (a comma, a quote or a bracket before the form ends what comes before it: "Separately, LLP Qazaq Wind")
  let start = end;
  while (start > 0 && isLatinWordCode(text.charCodeAt(start - 1))) start--;
  const c = text.charCodeAt(start);
  return end > start && isLatinUpperCode(c) && !EN_STOP.has(text.slice(start, end));
}

/** A Latin letter, a digit or a hyphen: a code unit of the word before a form (nameBefore). */
const isLatinWordCode = (c: number) => isLatinLetterCode(c) || c >= 0x30 && c <= 0x39 || c === 0x2d;

/**
 * Latin names after a Kazakh or Russian legal form, in the Russian word order that English text keeps from its
 * sources: "JSC Orda Energy", "LLP Nur Tau", "JSC NC KazMunayGas" (the designation is not part of the name). Not
 * after a determiner ("the JSC Board of Directors") or a name the form ends ("Alpha LLP Director General …"), not in
 * a title-case line, and not a run that ends in a form of its own (latinLegal's).
 */
function latinLegalBefore(input: SourceInput, out: Org[]): void {
  const text = input.text;
  const re = LATIN_LEGAL_BEFORE;
  re.lastIndex = input.firstLatin;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && notBeforeLatin(text.charCodeAt(m.index - 1))) { re.lastIndex = m.index + 1; continue; }
    // ("the" before a corporation's kind is its own: "the Socio-Entrepreneurial Corporation Caspian")
    if ((determinerBefore(text, m.index) && !DESIGNATIONS_BEFORE_NAME.has(m[1]!)) || nameBefore(text, m.index) || inTitleLine(titlesOf(input), m.index)) continue;
    const end = m.index + m[0].length;
    const nameStart = end - m[2]!.length;
    const words = trimLatin(wordTokens(text, nameStart, end));
    // the name right after the form, with no stop word first ("LLP In 2025 …") and no form of its own last
    if (words.length === 0 || words[0]!.start !== nameStart || endsInLegalForm(words)) continue;
    // (an abbreviated kind names one word: "SEC Tobol", not "SEC Commissioner Hester Peirce")
    if (words.length > 1 && ABBREVIATED_DESIGNATIONS.has(m[1]!)) continue;
    const last = words[words.length - 1]!;
    // (a region's socio-entrepreneurial corporation is Kazakh, its kind no legal form)
    push(out, m.index, last.end, text.slice(nameStart, last.end),
      DESIGNATIONS_BEFORE_NAME.has(m[1]!) ? { country: "KZ" } : { legalForm: LEGAL_NORMALIZED.get(m[1]!) });
  }
}

export const latinLegalSource: Source = {
  name: "latin-legal",
  anchor: "latin",
  find: (input, out) => {
    latinLegal(input.text, out, input.firstLatin);
    latinLegalBefore(input, out);
  },
};
