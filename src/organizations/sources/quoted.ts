/**
 * Source: quoted names next to a legal form ("ТОО «…»", "«…» ЖШС"), a national-company designation,
 * a Kazakh head after them or a Russian head before them, or known to the gazetteer; a head shared
 * by coordinated quoted names covers each of them.
 */
import {
  KAZAKH_LEGAL_FORMS, RUSSIAN_FORMS_IN_KAZAKH, LATIN_SUFFIX_FORMS, LEGAL_FORMS, NATIONAL_DESIGNATIONS, NESTED_NAME_DESIGNATIONS, NESTED_NAME_DESIGNATIONS_AFTER,
} from "../../../lexicons/legal-forms.js";
import { LATIN_SUFFIX_AT_END, LEGAL_BEFORE_QUOTE, NATIONAL_AFTER, NATIONAL_BEFORE, NATIONAL_LEADING, QUOTED } from "../../../patterns/organization.js";
import { EN_COORDINATION } from "../../../patterns/organization.en.js";
import { KK_COORDINATION, KK_HEAD_FORMS } from "../../../patterns/organization.kk.js";
import { RU_COORDINATION, ruQuoteHeadWords } from "../../../patterns/organization.ru.js";
import { LEGAL_NORMALIZED, type Org, QUOTE_CHARS, type Source, push } from "../candidate.js";
import { afterBlanks, codeAfterBlanks, hasQuoteChar, isLetterCode, isQuoteCode, isUpperStart, lowerCodeOf } from "../chars.js";
import { lookupGazetteer } from "../gazetteer.js";
import { kkHeadAfterName, kkStaffAfter, legalAfter, ruHeadBefore } from "../next-to.js";
import { ruHeadEndsQuotedName } from "./heads.ru.js";
import { CYRILLIC_COMPANY_WORDS, RU_NATIONALITY_FEMININE_ENDINGS, RU_NATIONALITY_STEMS, RU_STAFF_BEFORE } from "../../../lexicons/org-heads.ru.js";
import { isQuotedTitle, isTitleNoun } from "../titles.js";
import { KK_CASE_ENDINGS } from "../../../lexicons/org-heads.kk.js";
import { hasUnfoldedSpace, isSpaceCode } from "../scan.js";
import { wordBefore } from "../tokens.js";
import { groupsOf } from "../../regex.js";
import { startsWord } from "../../word-start.js";
import { type LanguageCode } from "../../types.js";

/**
 * The last words of the designations (lower case, as `wordBefore` reads them): where NATIONAL_BEFORE may end ("НК", "ФНБ",
 * "компания" of "Национальная компания"); and the first characters of the abbreviated ones (NATIONAL_AFTER).
 */
const NATIONAL_WORDS = new Set([...NATIONAL_DESIGNATIONS, ...NESTED_NAME_DESIGNATIONS].map((d) => d.slice(d.lastIndexOf(" ") + 1).toLowerCase()));
const NATIONAL_FIRST_CODES = new Set([...NATIONAL_DESIGNATIONS, ...NESTED_NAME_DESIGNATIONS_AFTER].map((d) => d.charCodeAt(0)));

/** Last words (lower case) of legal forms and of Russian heads before a name: cheap gates for the full patterns. */
const LEGAL_LAST_WORDS = new Set(LEGAL_FORMS.flatMap((f) => f.forms.map((w) => w.split(" ").pop()!.toLowerCase())));

const COMPANY_WORDS = new Set(CYRILLIC_COMPANY_WORDS);
/** The last characters (lower case) of LATIN_SUFFIX_FORMS, and the dot that may follow one. */
const SUFFIX_LAST_CODES: ReadonlySet<number> = new Set([0x2e, ...LATIN_SUFFIX_FORMS.map((f) => f.toLowerCase().charCodeAt(f.length - 1))]);

const RU_STAFF = new Set(RU_STAFF_BEFORE);
/** The feminine case forms of RU_NATIONALITY_STEMS ("китайская", "китайской", "китайскую"). */
const RU_NATIONALITY_FEMININE = new Set(RU_NATIONALITY_STEMS.flatMap((stem) => RU_NATIONALITY_FEMININE_ENDINGS.map((e) => stem + e)));

/**
 * Whether a quoted text is a Kazakh name that ends in its head, in the nominative (its possessive form, as listed:
 * "орталығы", "одағы"), two to eight words that start with a capital: «Мұнайшылар одағы».
 */
function kkHeadEndsQuotedName(name: string): boolean {
  const words = name.split(" ");
  if (words.length < 2 || words.length > 8 || !isUpperStart(words[0]!)) return false;
  return KK_HEAD_FORMS.has(words[words.length - 1]!.toLowerCase());
}

/** The Kazakh case endings (KK_CASE_ENDINGS), longest first. */
const KK_ENDINGS_LONGEST_FIRST = [...KK_CASE_ENDINGS].sort((a, b) => b.length - a.length);

/**
 * Whether a quoted name of two or more words has a borrowed company word (CYRILLIC_COMPANY_WORDS): «Астана Моторс».
 * Returns -1 for none, else the length of a Kazakh case ending written inside the quotes after the company word
 * that ends the name («Береке Инвесттің», «Көркем Телекомның»: 3), which is not part of the name (`kazakh` text only).
 */
function companyWordEnding(inner: string, kazakh: boolean): number {
  const words = inner.trim().split(" ");
  if (words.length < 2 || words.length > 4) return -1;
  if (words.some((w) => COMPANY_WORDS.has(w))) return 0;
  if (!kazakh) return -1;
  return kazakhEndingAfter(words[words.length - 1]!, (stem) => COMPANY_WORDS.has(stem));
}

/** The length of the longest Kazakh case ending that ends `word` after a stem `isStem` accepts, or -1. */
function kazakhEndingAfter(word: string, isStem: (stem: string) => boolean): number {
  const ending = KK_ENDINGS_LONGEST_FIRST.find((e) => word.length > e.length + 2 && word.endsWith(e) && isStem(word.slice(0, -e.length)));
  return ending === undefined ? -1 : ending.length;
}

/** A quoted text with its quote characters as spaces, trimmed. */
const unquoted = (inner: string) => (hasQuoteChar(inner) ? inner.replace(QUOTE_CHARS, " ") : inner).trim();

/** A name starts with a capital or a digit, does not end a sentence or clause, and has at most 8 words. */
function quoteIsName(inner: string): boolean {
  const s = unquoted(inner);
  if (!isUpperStart(s)) return false;
  const last = s.charCodeAt(s.length - 1);
  if (last === 0x2e || last === 0x21 || last === 0x3f || last === 0x2026 || last === 0x3a || last === 0x3b) return false;
  // s.split(/\s+/).length <= 8: at most 7 runs of white space (s is trimmed)
  let runs = 0;
  for (let i = 1; i < s.length; i++) if (isSpaceCode(s.charCodeAt(i)) && !isSpaceCode(s.charCodeAt(i - 1))) runs++;
  return runs <= 7;
}

/** Whether the text last read by `innerIsName` has a quote character. */
let innerQuote = false;

/**
 * `quoteIsName(inner)`, in one pass over a text without quote characters (the trimmed text's first
 * and last characters and its runs of white space are read in place); sets `innerQuote`.
 */
function innerIsName(inner: string): boolean {
  let first = -1, last = -1, runs = 0, space = false;
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charCodeAt(i);
    if (c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e) {
      innerQuote = true;
      return quoteIsName(inner);
    }
    if (isSpaceCode(c)) { space = true; continue; }
    if (first < 0) first = i;
    else if (space) runs++;
    space = false;
    last = i;
  }
  innerQuote = false;
  if (first < 0) return false;
  const c = inner.charCodeAt(first);
  if (c >= 0xd800 && c <= 0xdfff) return quoteIsName(inner);
  if (!isUpperStart(inner[first]!)) return false;
  const e = inner.charCodeAt(last);
  if (e === 0x2e || e === 0x21 || e === 0x3f || e === 0x2026 || e === 0x3a || e === 0x3b) return false;
  return runs <= 7;
}

interface QuoteHit {
  start: number; end: number; inner: string; accepted: boolean; orgStart: number; orgEnd: number;
  legalForm?: string; country?: string; sharedHead: "after" | "before" | null;
  /** Accepted by its own words (a head inside its quotes, a company word): a shared head still passes through it. */
  ownWords?: boolean;
  /** The length of a Kazakh case ending at the end of `inner`, not part of the name («Береке Инвесттің»). */
  nameEnding?: number;
  /** The gazetteer's nominative for a known name («Казатомпрома» → "Казатомпром"). */
  knownName?: string;
}

/**
 * The leftmost abbreviated or full legal form at a word start that ends `before` (the text before a quote), as
 * LEGAL_BEFORE_QUOTE with a word-start look-behind in front would find it: a match that starts inside a word is
 * retried one character on. Speed: with the look-behind, V8 tested it at each of the 60 positions; over a list of
 * short quoted names ("ТОО «А» ТОО «Б» …") it was a fifth of the time.
 */
function legalBeforeQuote(before: string): RegExpExecArray | null {
  const re = LEGAL_BEFORE_QUOTE;
  re.lastIndex = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    if (startsWord(before, m.index)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** Whether a quote character ends the text before `at`, past blanks (another quoted name's close). */
function closesQuoteBefore(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < 4 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i < at && i > 0 && isQuoteCode(text.charCodeAt(i - 1));
}

/** Quoted names; `from`: no quote character comes before it. */
function quoted(text: string, lang: LanguageCode, out: Org[], from: number): void {
  QUOTED.lastIndex = from;
  let m = QUOTED.exec(text);
  if (!m) return;
  const hits: QuoteHit[] = [];
  for (; m; m = QUOTED.exec(text)) {
    const start = m.index, end = start + m[0].length;
    const inner = m[0].slice(1, -1);
    // a straight quote after a space and right before a letter opens a nested name ('АО "НК "КазМунайГаз"'):
    // what it closes is not a name; the next quoted text starts at it
    if (m[0].charCodeAt(0) === 0x22 && isSpaceCode(inner.charCodeAt(inner.length - 1)) && end < text.length &&
      isLetterCode(text.charCodeAt(end))) { QUOTED.lastIndex = end - 1; continue; }
    if (!innerIsName(inner)) continue;
    const hit: QuoteHit = { start, end, inner, accepted: false, orgStart: start, orgEnd: end, sharedHead: null };
    const previousWord = wordBefore(text, start);
    const before = previousWord && LEGAL_LAST_WORDS.has(previousWord) ? text.slice(Math.max(0, start - 60), start) : "";
    const lb = before ? legalBeforeQuote(before) : null;
    if (lb) {
      const form = groupsOf(LEGAL_BEFORE_QUOTE, lb).form!;
      hit.accepted = true;
      hit.orgStart = start - (before.length - lb.index);
      hit.legalForm = LEGAL_NORMALIZED.get(form);
    }
    // a nested national-company name: the outer quote, designation and legal form around the inner name
    let tail = end;
    if (previousWord && NATIONAL_WORDS.has(previousWord)) {
      const slice = text.slice(Math.max(0, start - 40), start);
      const nb = NATIONAL_BEFORE.exec(slice);
      if (nb) {
        hit.accepted = true;
        hit.orgStart = hit.orgEnd = start - (slice.length - nb.index);
        const form = nb[1] ?? nb[2];
        if (form !== undefined) hit.legalForm = LEGAL_NORMALIZED.get(form);
        const c = end < text.length ? text.charCodeAt(end) : -1;
        if (c === 0xbb || c === 0x22 || c === 0x201d) tail = end + 1;
        hit.orgEnd = tail;
      }
    } else if (NATIONAL_FIRST_CODES.has(codeAfterBlanks(text, end))) {
      const at = afterBlanks(text, end);
      NATIONAL_AFTER.lastIndex = at;
      const na = at > end ? NATIONAL_AFTER.exec(text) : null;
      if (na) { hit.accepted = true; tail = hit.orgEnd = at + na[0].length; }
    }
    // (after a name with its form before it, a form followed by a quoted name is that name's: "при содействии АО «НК «X»
    // ТОО «Y» …"; in the Kazakh order each form follows its name: "«Альфа» ЖШС «Бета» ЖШС-мен")
    const la = legalAfter(text, tail);
    if (la && !(hit.legalForm !== undefined && isQuoteCode(codeAfterBlanks(text, tail + la[0].length)))) {
      // with a form after it, a form before it right after another quoted name is that name's ("«Бета» ЖШС «Гамма»
      // ЖШС-мен": the first ЖШС is Бета's, not Гамма's in the Russian order)
      if (lb && hit.orgStart < start && closesQuoteBefore(text, hit.orgStart)) {
        hit.orgStart = start;
        hit.legalForm = undefined;
      }
      hit.accepted = true;
      hit.orgEnd = tail + la[0].length;
      hit.legalForm ??= LEGAL_NORMALIZED.get(la[1]!);
    }
    // (in Kazakh, a form before it right after another quoted name, with its own head after it, is that name's: "«Атырау
    // Полимер» ЖШС «Wanhua Chemical» компаниясымен" names two)
    if (lang === "kk" && lb && !la && hit.orgStart < start && closesQuoteBefore(text, hit.orgStart) && kkHeadAfterName(text, end, true)) {
      hit.orgStart = start;
      hit.legalForm = undefined;
      hit.accepted = false;
    }
    if (!hit.accepted && lang !== "en") {
      if (kkHeadAfterName(text, end, lang === "kk")) { hit.accepted = true; hit.sharedHead = "after"; }
      else if (previousWord && ruQuoteHeadWords().has(previousWord) && ruHeadBefore(text, start, 60)) {
        hit.accepted = true; hit.sharedHead = "before";
      }
      else if (lang !== "kk" && !innerQuote && !(previousWord && isTitleNoun(previousWord)) && ruHeadEndsQuotedName(inner.trim())) {
        hit.accepted = hit.ownWords = true;
      }
      // a Kazakh name with its head inside the quotes («Мұнайшылар одағы», «Ұлттық аграрлық ғылыми-білім беру орталығы»)
      else if (lang === "kk" && !innerQuote && kkHeadEndsQuotedName(inner.trim()) && !isQuotedTitle(text, start, end, lang)) {
        hit.accepted = hit.ownWords = true;
      }
      // its people or its leadership next to it: "сотрудники «Водоканала»", «Сусервис» қызметкерлері; or the adjective of
      // its country agreeing with the company it leaves unsaid: "китайская «Синьцзян Ляньфэн»"
      else if (lang === "ru" ? previousWord !== "" && (RU_STAFF.has(previousWord) || RU_NATIONALITY_FEMININE.has(previousWord)) : kkStaffAfter(text, end)) {
        hit.accepted = true;
        // a Kazakh head inside the quotes with its case ending («Бардо қорының» өкілдері): the name ends in the head
        if (lang === "kk" && !innerQuote) {
          const ending = kazakhEndingAfter(inner.trim(), (stem) => KK_HEAD_FORMS.has(stem.slice(stem.lastIndexOf(" ") + 1).toLowerCase()));
          if (ending > 0) hit.nameEnding = ending;
        }
      }
    }
    // (not a title: "песня «Город Транс»", "фильм «Большой Инвест»", "«Алтын Медиа» жобасы")
    if (!hit.accepted && lang !== "en" && !innerQuote && !isQuotedTitle(text, start, end, lang)) {
      const ending = companyWordEnding(inner, lang === "kk");
      if (ending >= 0) { hit.accepted = hit.ownWords = true; if (ending > 0) hit.nameEnding = ending; }
    }
    // a known name as a title ("«Жусан» операциясы", "фильм «Жусан»") is none, unless a form or head made it one
    const bare = innerQuote ? inner.replace(QUOTE_CHARS, "").trim() : inner.trim();
    let known = lookupGazetteer(bare);
    // a known name with a Kazakh case ending inside the quotes, accepted by a head after them («Самұрық-Қазынаның»
    // қоры): the name without the ending (alone, the gazetteer source reads such a name, and without the quotes)
    if (!known && hit.accepted && lang === "kk" && !innerQuote) {
      const ending = kazakhEndingAfter(bare, (stem) => lookupGazetteer(stem) !== undefined);
      if (ending > 0) { known = lookupGazetteer(bare.slice(0, -ending)); hit.nameEnding = ending; }
    }
    // (a title stands beside its noun in the nominative; a known name in another case form is governed by the noun,
    // its owner's: "акции «Казатомпрома»", "проект «Газпрома»", against "акция «Казатомпром»")
    if (known && (hit.accepted || lang === "ru" && known.name !== bare || !isQuotedTitle(text, start, end, lang))) {
      hit.accepted = true; hit.country = known.country; hit.knownName = known.name;
    }
    hits.push(hit);
  }
  const coordination = lang === "kk" ? KK_COORDINATION : lang === "en" ? EN_COORDINATION : RU_COORDINATION;
  // A shared head after the last of several coordinated quoted names covers the ones before it (kk);
  // a head before the first covers the ones after it (ru).
  for (let i = hits.length - 2; i >= 0; i--) {
    const a = hits[i]!, b = hits[i + 1]!;
    if ((!a.accepted || a.ownWords) && b.sharedHead === "after" && coordination.test(text.slice(a.end, b.start))) { a.accepted = true; a.sharedHead = "after"; }
  }
  for (let i = 1; i < hits.length; i++) {
    const a = hits[i - 1]!, b = hits[i]!;
    if ((!b.accepted || b.ownWords) && a.sharedHead === "before" && coordination.test(text.slice(a.end, b.start))) { b.accepted = true; b.sharedHead = "before"; }
  }
  // A quoted name coordinated with a known organization's, or with one whose legal form is written, is another
  // organization ("«Қазспорт» пен «Хабар» арасында", "«Альфа» и АО «Казатомпром»"), unless it is a title.
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.accepted || hasQuoteChar(h.inner)) continue;
    const a = hits[i - 1], b = hits[i + 1];
    const named = (o: QuoteHit | undefined) => o !== undefined && o.accepted && (o.knownName !== undefined || o.legalForm !== undefined);
    if (!(named(a) && coordination.test(text.slice(a!.orgEnd, h.start))) && !(named(b) && coordination.test(text.slice(h.end, b!.orgStart)))) continue;
    if (isQuotedTitle(text, h.start, h.end, lang)) continue;
    h.accepted = true;
  }
  for (const h of hits) {
    if (!h.accepted) continue;
    const nested = hasQuoteChar(h.inner);
    const inner = h.nameEnding ? h.inner.trimEnd().slice(0, -h.nameEnding) : h.inner;
    let name = nested || hasUnfoldedSpace(inner) ? inner.replace(QUOTE_CHARS, " ").replace(/\s+/g, " ").trim() : inner.trim();
    // a national company's designation before its inner quoted name is not part of the name ("НК "КазМунайГаз"")
    const lead = nested ? NATIONAL_LEADING.exec(name) : null;
    if (lead) name = name.slice(lead[0].length);
    if (h.knownName !== undefined) name = h.knownName;
    let legalForm = h.legalForm;
    // the match ends in a form's last character or a dot: the pattern runs only on such a name
    const suffix = SUFFIX_LAST_CODES.has(lowerCodeOf(name.charCodeAt(name.length - 1))) ? LATIN_SUFFIX_AT_END.exec(name) : null;
    if (suffix && suffix.index > 0) {
      legalForm ??= LEGAL_NORMALIZED.get(groupsOf(LATIN_SUFFIX_AT_END, suffix).form!);
      name = name.slice(0, suffix.index);
    }
    const extra: Partial<Org> = {};
    if (legalForm) extra.legalForm = legalForm;
    if (h.country) extra.country = h.country;
    if (h.orgStart < h.start || h.end < h.orgEnd) {
      const formText = text.slice(h.orgStart, h.start) + text.slice(h.end, h.orgEnd);
      if (KAZAKH_LEGAL_FORMS.some((f) => formText.includes(f)) && !RUSSIAN_FORMS_IN_KAZAKH.some((f) => formText.includes(f)) ) {
        extra.country = "KZ";
        extra.formCountry = true;
      }
    }
    push(out, h.orgStart, h.orgEnd, name, extra);
  }
}

export const quotedSource: Source = {
  name: "quoted",
  anchor: "quote-or-latin",
  find: (input, out) => quoted(input.text, input.language, out, input.firstQuoteOrLatin),
};
