/** Source: gazetteer forms found by the trigger scan (with Kazakh endings and Russian case forms). */
import { COUNTRY_NAMES_ENDING_IN_A_NAME, COUNTRY_QUALIFIERS_AFTER } from "../../../lexicons/countries.js";
import { COUNTRY_AFTER } from "../../../patterns/organization.js";
import { type Org, type Source, push } from "../candidate.js";
import { lookupGazetteer } from "../gazetteer.js";
import { isQuoteCode } from "../chars.js";
import { isQuotedTitle } from "../titles.js";
import type { LanguageCode } from "../../types.js";
import { EN_WEEKDAYS } from "../../../lexicons/dates.en.js";
import { EN_MONTHS } from "../../../lexicons/months.js";
import { EN_LOWER_COMPANY_NOUNS, EN_NAME_EXTENSION_WORDS, EN_SPEAKING_AFTER_NAME, EN_NAME_LEGAL_WORDS, LATIN_ORGANIZATION_WORDS } from "../../../lexicons/org-heads.en.js";
import { LATIN_SUFFIX_FORMS } from "../../../lexicons/legal-forms.js";
import { businessAfter } from "./shapes.en.js";
import { EN_STOP, NON_ORG_WORDS } from "../words.js";
import { isSpaceCode } from "../scan.js";

/** "International", "Global", "Overseas" after a Latin short name: a fuller name of the company ("CNPC International"). */
const EXTENSIONS: ReadonlySet<string> = new Set(EN_NAME_EXTENSION_WORDS);
/** Company words that go on the name; a legal form ("Ltd", "Corp") is the legal-form source's to cut off. */
const COMPANY_WORDS: ReadonlySet<string> = new Set(LATIN_ORGANIZATION_WORDS.filter((w) => !LATIN_SUFFIX_FORMS.includes(w) || EN_NAME_LEGAL_WORDS.includes(w)));
const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set(LATIN_SUFFIX_FORMS.filter((w) => !EN_NAME_LEGAL_WORDS.includes(w)));
const isLatinUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isLatinLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** The Latin word starting at `at` (letters only), or "". */
function latinWordAt(text: string, at: number): string {
  let i = at;
  while (i < text.length && i - at < 24 && isLatinLetter(text.charCodeAt(i))) i++;
  return text.slice(at, i);
}

/**
 * Where a Latin short name's fuller form ends: "Sinoma International", "CNPC Global Solutions" (an extension word after
 * one space, and the company words after it); -1 when none follows, or when a capitalized word that is no company word
 * follows it, so that the words name something else ("… International Airport", "… International Financial Centre").
 */
function extensionEnd(text: string, end: number): number {
  if (text.charCodeAt(end) !== 0x20 || !isLatinUpper(text.charCodeAt(end + 1))) return -1;
  const word = latinWordAt(text, end + 1);
  if (!EXTENSIONS.has(word)) return -1;
  let wordEnd = end + 1 + word.length;
  const c = text.charCodeAt(wordEnd);
  if (c === c && (isLatinLetter(c) || (c >= 0x30 && c <= 0x39))) return -1;
  // company words after it are the name's ("CNPC Global Solutions"); another capitalized word names something else
  for (let k = 0; k < 3 && text.charCodeAt(wordEnd) === 0x20 && isLatinUpper(text.charCodeAt(wordEnd + 1)); k++) {
    const next = latinWordAt(text, wordEnd + 1);
    const after = text.charCodeAt(wordEnd + 1 + next.length);
    if (LEGAL_FORM_WORDS.has(next)) return wordEnd;
    if (!COMPANY_WORDS.has(next) || (after === after && (isLatinLetter(after) || (after >= 0x30 && after <= 0x39)))) {
      return k === 0 ? -1 : wordEnd;
    }
    wordEnd += 1 + next.length;
  }
  return wordEnd;
}

/** Legal forms and the company words a legal form stands for ("Group", "Corporation", "SE", "JSC"). */
const NOT_OWN_WORDS: ReadonlySet<string> = new Set([...LATIN_SUFFIX_FORMS, ...EN_NAME_LEGAL_WORDS, ...LATIN_ORGANIZATION_WORDS]);

/**
 * Where one capitalized Latin word after `end` ends when a verb of business or a lower-case company noun follows it (not a
 * stop or place word); else -1.
 */
function ownWordEnd(text: string, end: number): number {
  if (text.charCodeAt(end) !== 0x20 || !isLatinUpper(text.charCodeAt(end + 1))) return -1;
  const word = latinWordAt(text, end + 1);
  const wordEnd = end + 1 + word.length;
  const c = text.charCodeAt(wordEnd);
  // (not a legal form or a company word, which the legal-form source reads and keeps out of the name: "East Hope Group",
  // "TotalEnergies SE")
  if (word.length < 2 || (c === c && !isSpaceCode(c)) || EN_STOP.has(word) || NON_ORG_WORDS.has(word) || NOT_OWN_WORDS.has(word)) return -1;
  // (nor a day or a month: "Kazatomprom Tuesday said")
  if (DATE_WORDS.has(word.toLowerCase())) return -1;
  return businessAfter(text, wordEnd) || lowerCompanyNounAt(text, wordEnd) || wholeWordAt(text, wordEnd, SPEAKING_AFTER) ? wordEnd : -1;
}

/** English weekday and month names (lower case). */
const DATE_WORDS: ReadonlySet<string> = new Set([...Object.keys(EN_WEEKDAYS), ...Object.keys(EN_MONTHS)].map((w) => w.toLowerCase()));

/** EN_SPEAKING_AFTER_NAME. */
const SPEAKING_AFTER: ReadonlySet<string> = new Set(EN_SPEAKING_AFTER_NAME);

/** EN_LOWER_COMPANY_NOUNS. */
const LOWER_COMPANY_NOUNS: ReadonlySet<string> = new Set(EN_LOWER_COMPANY_NOUNS);

/** Whether one space and a lower-case company noun (EN_LOWER_COMPANY_NOUNS, a whole word) follow `at`. */
function lowerCompanyNounAt(text: string, at: number): boolean {
  return wholeWordAt(text, at, LOWER_COMPANY_NOUNS);
}

/** Whether one space and a word of `words` (a whole Latin word) follow `at`. */
function wholeWordAt(text: string, at: number, words: ReadonlySet<string>): boolean {
  if (text.charCodeAt(at) !== 0x20) return false;
  const word = latinWordAt(text, at + 1);
  const after = text.charCodeAt(at + 1 + word.length);
  return words.has(word) && !(after === after && isLatinLetter(after));
}

/** The words before a country name's last word (COUNTRY_NAMES_ENDING_IN_A_NAME), by that last word. */
const COUNTRY_HEADS = new Map<string, string[]>();
for (const name of COUNTRY_NAMES_ENDING_IN_A_NAME) {
  const cut = name.lastIndexOf(" ") + 1;
  const heads = COUNTRY_HEADS.get(name.slice(cut)) ?? [];
  heads.push(name.slice(0, cut));
  COUNTRY_HEADS.set(name.slice(cut), heads);
}

/** Whether the alias matched at `at` ends a country's name ("United Arab Emirates"). */
function endsCountryName(text: string, at: number, alias: string): boolean {
  const heads = COUNTRY_HEADS.get(alias);
  return heads !== undefined && heads.some((h) => at >= h.length && text.startsWith(h, at - h.length));
}

function gazetteer(out: Org[], hits: RegExpExecArray[], text: string, language: LanguageCode): void {
  for (const m of hits) {
    // groups: 1 alias, 2 ending
    const entry = lookupGazetteer(m[1]!);
    if (!entry) continue;
    if (endsCountryName(text, m.index, m[1]!)) continue;
    const ending = m[2];
    if (ending && entry.hyphenOnly && !ending.startsWith("-")) continue;
    const end = m.index + m[0].length;
    // a known name that is the whole of a quoted title ("«Жусан» операциясы", "фильм «Жусан»") is none
    if (m.index > 0 && isQuoteCode(text.charCodeAt(m.index - 1)) && isQuoteCode(text.charCodeAt(end)) && isQuotedTitle(text, m.index - 1, end + 1, language)) continue;
    // a body several countries name alike, with its country after it: one name, of that country ("МИД РК", "Минфин
    // России")
    if (entry.countryAfter && !ending) {
      COUNTRY_AFTER.lastIndex = end;
      const after = COUNTRY_AFTER.exec(text);
      if (after) {
        push(out, m.index, end + after[0].length, `${entry.name} ${after[1]}`, { country: COUNTRY_QUALIFIERS_AFTER[after[1]!] });
        continue;
      }
    }
    // a Latin short name with "International" after it is that fuller name (no ending: a Latin name takes none)
    let extended = !ending && isLatinLetter(m[1]!.charCodeAt(0)) ? extensionEnd(text, end) : -1;
    // (in English, a capitalized word right after it and then a verb of business: "Weichai Lovol will build …" is the
    // subsidiary's name, as an unknown name before such a verb is one)
    if (extended < 0 && !ending && language === "en" && isLatinLetter(m[1]!.charCodeAt(0))) extended = ownWordEnd(text, end);
    if (extended > 0) {
      push(out, m.index, extended, `${entry.name} ${text.slice(end + 1, extended)}`, entry);
      continue;
    }
    push(out, m.index, end, entry.name, entry);
  }
}

export const gazetteerSource: Source = {
  name: "gazetteer",
  anchor: "always",
  find: (input, out) => gazetteer(out, input.triggers.gazetteer, input.text, input.language),
};
