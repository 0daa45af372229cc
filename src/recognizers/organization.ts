/**
 * The organization recognizer stage. Patterns live in patterns/organization*.ts, words in
 * lexicons/. Sources of candidates, all anchored on something rare:
 * - the gazetteer (one trie-compiled pattern) with Kazakh endings and Russian case forms;
 * - quoted names next to a legal form or a head word, and coordinated quoted names;
 * - Latin names ending in a legal form; Latin-script runs in Cyrillic text; media domains;
 * - head words of state bodies and institutions, with the name phrase around them
 *   (kk: before the head, ru: adjectives before and a genitive phrase after, en: "of" phrase).
 * Overlaps keep the longest candidate; the country comes from the gazetteer, a Kazakh legal
 * form, or cue words in the name or just before it.
 */
import { COUNTRY_CUES, DOMAIN_COUNTRIES } from "../../lexicons/countries.js";
import { KAZAKH_LEGAL_FORMS, LEGAL_FORMS, NATIONAL_DESIGNATIONS, UNQUOTED_NAME_FORMS } from "../../lexicons/legal-forms.js";
import {
  COMPANY_FACILITY_WORDS, EN_PLACE_HEADS, EN_PLACE_WORDS, EN_CONNECTORS, EN_GENERIC_MODIFIERS, EN_HEADS_AFTER, EN_STOP_WORDS, LATIN_NAME_CONNECTORS, LATIN_NAME_PREPOSITIONS, LATIN_ORGANIZATION_WORDS, NON_ORGANIZATION_TOKENS, NON_ORGANIZATION_WORDS,
} from "../../lexicons/org-heads.en.js";
import {
  KK_CAPITALIZED_NON_NAME_ENDINGS, KK_INNER_ONLY_WORDS, KK_NAME_ENDINGS, KK_NON_NAME_ENDINGS, KK_PHRASE_STOP_WORDS,
  KK_LOCATIVE_ATTRIBUTIVE, KK_VERBAL_NOUN_ENDINGS, KK_GENITIVE_ENDINGS, KK_NAME_WORDS_LIKE_ENDINGS, KK_COMPANY_HEADS,
} from "../../lexicons/org-heads.kk.js";
import {
  RU_ADJECTIVE_ENDINGS, RU_ADJECTIVE_NOMINATIVE, RU_GENITIVE_NOUN_ENDINGS, RU_COMPANY_HEAD_WORDS, RU_APPOSITION_WORDS, RU_NOMINATIVE_ADJECTIVE_ENDINGS, RU_GENITIVE_WORDS, RU_HEAD_BLOCKERS,
  RU_MASCULINE_HARD_SOFT, RU_NAME_PREPOSITIONS, RU_NON_ADJECTIVE_ENDINGS,
  RU_SOFT_ADJECTIVE_STEMS, RU_STOP_WORDS, RU_TAIL_ENDINGS, RU_VERB_ENDINGS, type RuHead,
} from "../../lexicons/org-heads.ru.js";
import {
  COUNTRY_CUE, GAZETTEER, LATIN_LEGAL, LATIN_LEGAL_FORM, LATIN_SEQUENCE, LATIN_SUFFIX_AT_END, LEGAL_AFTER, LEGAL_FORM_INITIALS,
  LEGAL_BEFORE_QUOTE, MEDIA_DOMAIN, NATIONAL_AFTER, NATIONAL_BEFORE, NATIONAL_LEADING, NOT_BEFORE_LATIN, QUOTED, TOKEN,
} from "../../patterns/organization.js";
import {
  GAZETTEER_AFTER_NON_WORD, TRIGGER_AFTER_NON_WORD, TRIGGER_AT_WORD_START, TRIGGER_FIRST_CHARS, TRIGGER_MAX_LENGTH,
  UNQUOTED_FORM_FIRST_CHARS,
} from "../../patterns/organization.scan.js";
import { EN_COORDINATION, EN_HEAD_OF, EN_LOWER_PLACE_HEAD } from "../../patterns/organization.en.js";
import {
  KK_BARE_HEAD_SET, KK_COORDINATION, KK_HEAD, KK_HEAD_AFTER, KK_HEAD_AFTER_INITIALS, KK_HEAD_FORMS, KK_HEAD_WORD, KK_HEAD_PREFIXES,
} from "../../patterns/organization.kk.js";
import { RU_COORDINATION, RU_HEAD, RU_HEAD_BEFORE, RU_HEAD_FORMS, RU_QUOTE_HEAD_WORDS } from "../../patterns/organization.ru.js";
import { lookupGazetteer } from "../organizations/gazetteer.js";
import { execAtWordStart, hasUnfoldedSpace, isPlainCode, isSpaceCode } from "../organizations/scan.js";
import { resolveOverlaps, type Candidate } from "../overlaps.js";
import { groupsOf, registerPattern } from "../regex.js";
import type { LanguageCode, Mention, OrganizationMention } from "../types.js";
import type { Recognizer, RecognizerContext } from "./types.js";

interface Org {
  /** Set so that overlap resolution can compare raw candidates with each other. */
  type: "organization";
  start: number;
  end: number;
  name: string;
  legalForm?: string;
  country?: string;
}

const LEGAL_NORMALIZED = new Map<string, string>();
for (const f of LEGAL_FORMS) for (const w of f.forms) LEGAL_NORMALIZED.set(w, f.normalized);
const KAZAKH_FORMS = new Set(KAZAKH_LEGAL_FORMS);
/** NATIONAL_DESIGNATIONS in lower case (as `wordBefore` reads them), and their first characters. */
const NATIONAL_WORDS = new Set(NATIONAL_DESIGNATIONS.map((d) => d.toLowerCase()));
const NATIONAL_FIRST_CODES = new Set(NATIONAL_DESIGNATIONS.map((d) => d.charCodeAt(0)));
const QUOTE_CHARS = /["«»“”„]/g;
const LATIN_LETTER = /\p{Script=Latin}/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const UPPER_START = /^[\p{Lu}\p{N}]/u;
const HAS_LATIN_UPPER = /[A-Z]/;
const LETTER = /[\p{L}\p{N}]/u;
/** Last words (lower case) of legal forms and of Russian heads before a name: cheap gates for the full patterns. */
const LEGAL_LAST_WORDS = new Set(LEGAL_FORMS.flatMap((f) => f.forms.map((w) => w.split(" ").pop()!.toLowerCase())));

const set = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
const KK_STOP = set(KK_PHRASE_STOP_WORDS);
const KK_INNER = set(KK_INNER_ONLY_WORDS);
const KK_NAME_WORDS = set(KK_NAME_WORDS_LIKE_ENDINGS);
const KK_COMPANY = set(KK_COMPANY_HEADS);
const RU_COMPANY = set(RU_COMPANY_HEAD_WORDS);
const RU_STOP = set(RU_STOP_WORDS);
const RU_GENITIVE = set(RU_GENITIVE_WORDS);
const EN_STOP = new Set(EN_STOP_WORDS);
const NON_ORG_WORDS = new Set(NON_ORGANIZATION_WORDS);
const NON_ORG_TOKENS = new Set(NON_ORGANIZATION_TOKENS);
const FACILITY_COMPANY = new Set(COMPANY_FACILITY_WORDS);
const CONNECTORS = new Set(LATIN_NAME_CONNECTORS);
const LATIN_ORG_WORDS = new Set(LATIN_ORGANIZATION_WORDS);
const EN_HEADS = new Set(EN_HEADS_AFTER);
const EN_GENERIC = new Set(EN_GENERIC_MODIFIERS);
const PLACE_HEADS = new Set(EN_PLACE_HEADS);
const PLACE_WORDS = new Set(EN_PLACE_WORDS);
const COORDINATORS = new Set(EN_CONNECTORS);
const NAME_PREPOSITIONS = new Set(LATIN_NAME_PREPOSITIONS);
const POSSESSIVE = registerPattern("organization.possessive", /['’]s$/);
const RU_APPOSITION = set(RU_APPOSITION_WORDS);
const RU_BLOCKERS = set(RU_HEAD_BLOCKERS);
const RU_PLACE_WORDS = new Set<string>(RU_NAME_PREPOSITIONS.place);
const RU_ATTACHED_WORDS = new Set<string>(RU_NAME_PREPOSITIONS.attached);
const RU_TOPIC_WORDS = new Set<string>(RU_NAME_PREPOSITIONS.topic);
const RU_AND_WORDS = new Set<string>(RU_NAME_PREPOSITIONS.and);

/** Endings by their last code unit, per ending list (`true`: the list has "", which every word ends with). */
const ENDING_TABLES = new Map<readonly string[], Map<number, string[]> | true>();

/** Whether the word ends with one of the endings: only the endings with the word's last code unit are tried. */
function endsWithAny(word: string, endings: readonly string[]): boolean {
  let table = ENDING_TABLES.get(endings);
  if (table === undefined) {
    const byLast = new Map<number, string[]>();
    for (const e of endings) {
      const last = e.charCodeAt(e.length - 1);
      byLast.set(last, [...(byLast.get(last) ?? []), e]);
    }
    table = endings.includes("") ? true : byLast;
    ENDING_TABLES.set(endings, table);
  }
  if (table === true) return true;
  const candidates = table.get(word.charCodeAt(word.length - 1));
  if (candidates === undefined) return false;
  for (const e of candidates) if (word.endsWith(e)) return true;
  return false;
}

/** Per UTF-16 code unit, memoized: 0 unknown, 1 its own lower case, 2 changes (or needs the full `toLowerCase`). */
const LOWER_KINDS = new Uint8Array(0x10000);

/**
 * `word.toLowerCase()`, without a string operation for a word already in lower case (most words):
 * every code unit is tested against a memo. Surrogates and characters whose lower case is not one
 * code unit of their own take the full `toLowerCase`.
 */
function lower(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let kind = LOWER_KINDS[c]!;
    if (kind === 0) {
      const ch = String.fromCharCode(c);
      kind = LOWER_KINDS[c] = (c < 0xd800 || c > 0xdfff) && ch.toLowerCase() === ch ? 1 : 2;
    }
    if (kind === 2) return word.toLowerCase();
  }
  return word;
}

/**
 * `re.test(word)` for a pattern that tests the first character only (`^[…]`, no `g` flag), memoized
 * per code unit (0 unknown, 1 no, 2 yes); an empty word or a surrogate first takes the regex.
 */
function firstCharTest(re: RegExp): (word: string) => boolean {
  const memo = new Uint8Array(0x10000);
  return (word) => {
    const c = word.charCodeAt(0);
    if (!(c < 0xd800 || c > 0xdfff)) return re.test(word);
    let known = memo[c]!;
    if (known === 0) known = memo[c] = re.test(String.fromCharCode(c)) ? 2 : 1;
    return known === 2;
  };
}

const isUpperStart = firstCharTest(UPPER_START);
const isWordStart = firstCharTest(registerPattern("organization.word-token-start", /^[\p{L}\p{N}(«"]/u));
const isQuoteStart = firstCharTest(registerPattern("organization.quote-token-start", /^[«"]/));
const isDigitStart = firstCharTest(registerPattern("organization.digit-start", /^\p{N}/u));

/** A name needs cleaning only with quotes, other white space than single spaces, or an edge space. */
const NEEDS_CLEANING = registerPattern("organization.needs-cleaning", /["«»“”„]|[^\S ]|\s\s|^\s|\s$/);

const NO_EXTRA: Partial<Org> = {};

function push(out: Org[], start: number, end: number, name: string, extra: Partial<Org> = NO_EXTRA): void {
  const clean = NEEDS_CLEANING.test(name) ? name.replace(QUOTE_CHARS, "").replace(/\s+/g, " ").trim() : name;
  if (clean.length === 0 || end <= start) return;
  // one object shape for every candidate (no spread): overlap resolution reads them all
  out.push({ type: "organization", start, end, name: clean, legalForm: extra.legalForm, country: extra.country });
}

// ── tokens of a small window ──

interface Token { text: string; start: number; end: number }

/** Start and (full) end of the token found by the last `nextToken` call. */
let tokenStart = 0, tokenEnd = 0;

/**
 * The next match of TOKEN from `pos` (as `TOKEN.exec` with lastIndex `pos` finds it), into
 * tokenStart/tokenEnd; false when there is none. A plain word (letters and digits of the Basic
 * Multilingual Plane, inner ' ’ - and a "." before a letter) is read here; a quote, a parenthesis
 * or a surrogate leaves the token to the regex.
 */
function nextToken(text: string, pos: number): boolean {
  const n = text.length;
  while (pos < n && isSpaceCode(text.charCodeAt(pos))) pos++;
  if (pos >= n) return false;
  const c = text.charCodeAt(pos);
  if (c < 0xd800 || c > 0xdfff) {
    if (isLetterCode(c)) {
      let e = pos + 1;
      for (; e < n; e++) {
        const d = text.charCodeAt(e);
        if (d >= 0xd800 && d <= 0xdfff) return tokenByRegex(text, pos);
        if (isLetterCode(d) || d === 0x27 || d === 0x2019 || d === 0x2d) continue;
        if (d === 0x2e && e + 1 < n) {
          const f = text.charCodeAt(e + 1);
          if (f >= 0xd800 && f <= 0xdfff) return tokenByRegex(text, pos);
          if (isLetterCode(f)) continue;
        }
        break;
      }
      tokenStart = pos; tokenEnd = e;
      return true;
    }
    // any other character but an opening quote or parenthesis is a token of its own
    if (c !== 0xab && c !== 0x22 && c !== 0x28) { tokenStart = pos; tokenEnd = pos + 1; return true; }
  }
  return tokenByRegex(text, pos);
}

function tokenByRegex(text: string, pos: number): boolean {
  TOKEN.lastIndex = pos;
  const m = TOKEN.exec(text);
  if (!m) return false;
  tokenStart = m.index; tokenEnd = m.index + m[0].length;
  return true;
}

function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let pos = from; nextToken(text, pos) && tokenStart < to; pos = tokenEnd) {
    const end = Math.min(tokenEnd, to);
    out.push({ text: text.slice(tokenStart, end), start: tokenStart, end });
  }
  return out;
}

/** The tokens of `tokens(text, from, to)`, read on demand from the left (a phrase after a head usually ends early). */
class LazyTokens {
  private readonly list: Token[] = [];
  private pos: number;
  private done = false;
  constructor(private readonly text: string, from: number, private readonly to: number) { this.pos = from; }
  at(i: number): Token | undefined {
    while (this.list.length <= i && !this.done) {
      if (!nextToken(this.text, this.pos) || tokenStart >= this.to) { this.done = true; break; }
      const full = tokenEnd, end = Math.min(full, this.to);
      this.list.push({ text: this.text.slice(tokenStart, end), start: tokenStart, end });
      this.pos = full;
    }
    return this.list[i];
  }
}

/**
 * The tokens of `tokens(text, from, to)`, read on demand from the right: `at(0)` is the last.
 * Without «, " or ( (the characters that open a quoted name or a parenthesized group) in the window no token spans a space, so each space-separated run is
 * tokenized alone, as it is needed; otherwise the whole window is tokenized.
 */
class TokensBefore {
  private readonly list: Token[] = [];
  private readonly full: Token[] | undefined;
  private pos: number;
  constructor(private readonly text: string, private readonly from: number, to: number) {
    this.pos = to;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 0xab || c === 0x22 || c === 0x28) { this.full = tokens(text, from, to); break; }
    }
  }
  at(i: number): Token | undefined {
    const full = this.full;
    if (full) return full[full.length - 1 - i];
    const text = this.text, from = this.from;
    while (this.list.length <= i && this.pos > from) {
      let e = this.pos;
      while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--;
      let s = e, letters = true;
      for (let c = 0; s > from && !isSpaceCode(c = text.charCodeAt(s - 1)); s--) if (letters && !isLetterCode(c)) letters = false;
      this.pos = s;
      if (s === e) break;
      // a run of letters and digits is one word (what `tokens` reads there)
      if (letters) { this.list.push({ text: text.slice(s, e), start: s, end: e }); continue; }
      const run = tokens(text, s, e);
      for (let k = run.length - 1; k >= 0; k--) this.list.push(run[k]!);
    }
    return this.list[i];
  }
}

/** The word (lower case) right before `pos`, across spaces only; "" when a non-letter comes first. */
function wordBefore(text: string, pos: number): string {
  let i = pos;
  while (i > 0 && (text[i - 1] === " " || text[i - 1] === "\t")) i--;
  const end = i;
  while (i > 0 && isLetterCode(text.charCodeAt(i - 1))) i--;
  return lower(text.slice(i, end));
}

/** `LETTER.test` of one UTF-16 code unit, memoized (0 unknown, 1 no, 2 yes). */
const LETTER_CODES = new Uint8Array(0x10000);

function isLetterCode(code: number): boolean {
  let known = LETTER_CODES[code]!;
  if (known === 0) known = LETTER_CODES[code] = LETTER.test(String.fromCharCode(code)) ? 2 : 1;
  return known === 2;
}

/**
 * `RU_HEAD_BEFORE.test(text.slice(max(0, pos - reach), pos))` when the word before `pos` (by
 * `wordBefore`) is in RU_QUOTE_HEAD_WORDS: the head is that word, so spaces or tabs must follow it
 * and it must start a word of the slice. The regex decides only what the word cannot: a surrogate
 * before it (an astral letter), or a word that starts before the slice.
 */
function ruHeadBefore(text: string, pos: number, reach: number): boolean {
  let e = pos;
  while (e > 0 && (text[e - 1] === " " || text[e - 1] === "\t")) e--;
  if (e === pos) return false;
  let s = e;
  while (s > 0 && isLetterCode(text.charCodeAt(s - 1))) s--;
  const from = Math.max(0, pos - reach);
  const c = s > from ? text.charCodeAt(s - 1) : 0;
  if (s < from || c >= 0xd800 && c <= 0xdfff) return RU_HEAD_BEFORE.test(text.slice(from, pos));
  return true;
}

const isWord = (t: Token) => isWordStart(t.text);
const isQuote = (t: Token) => isQuoteStart(t.text);

/** Whether the offset starts a sentence (only spaces after a full stop, a line break or the text start). */
function atSentenceStart(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === " " || ch === "\t") continue;
    return ch === "." || ch === "!" || ch === "?" || ch === "\n" || ch === "\r" || ch === "—" || ch === "-" || ch === ":";
  }
  return true;
}

// ── gazetteer ──

// ── word-start triggers: gazetteer forms and institution heads, found by one scan ──

interface Triggers { gazetteer: RegExpExecArray[]; kk: RegExpExecArray[]; ru: RegExpExecArray[] }

/** TRIGGER_FIRST_CHARS (single code units) by code unit. */
const TRIGGER_FIRST_CODES = new Uint8Array(0x10000);
for (const ch of TRIGGER_FIRST_CHARS) TRIGGER_FIRST_CODES[ch.charCodeAt(0)] = 1;
/** UNQUOTED_FORM_FIRST_CHARS by code unit (a form at the text start, where the scan cannot see it). */
const FORM_FIRST_CODES = new Uint8Array(0x10000);
for (const ch of UNQUOTED_FORM_FIRST_CHARS) FORM_FIRST_CODES[ch.charCodeAt(0)] = 1;

/**
 * The triggers of the text being read, and the state of `triggerAt`, module-level (no closure per
 * text). Fresh lists per text: emptying the old ones (`length = 0`) costs V8 a runtime call each.
 */
let FOUND: Triggers = { gazetteer: [], kk: [], ru: [] };
/**
 * Word starts of an abbreviated legal form of UNQUOTED_NAME_FORMS (their word end not yet tested)
 * in the text being read: the first `legalCount` entries of one reused list (no list per text).
 */
const LEGAL_STARTS: number[] = [];
let legalCount = 0;
let foundText = "", foundKk = false, foundRu = false, gazetteerFrom = 0, kkFrom = 0, ruFrom = 0;

function startTriggers(text: string, kk: boolean, ru: boolean): void {
  FOUND = { gazetteer: [], kk: [], ru: [] };
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
    GAZETTEER.lastIndex = p;
    const m = GAZETTEER.exec(text);
    if (m) { FOUND.gazetteer.push(m); gazetteerFrom = p + m[0].length; }
  }
  if (foundKk && p >= kkFrom) {
    KK_HEAD.lastIndex = p;
    const m = KK_HEAD.exec(text);
    if (m) { FOUND.kk.push(m); kkFrom = p + m[0].length; }
  }
  if (foundRu && p >= ruFrom) {
    RU_HEAD.lastIndex = p;
    const m = RU_HEAD.exec(text);
    if (m) { FOUND.ru.push(m); ruFrom = p + m[0].length; }
  }
}

/**
 * The matches of GAZETTEER, KK_HEAD and RU_HEAD (each sticky) at word starts, as three separate
 * global scans at word starts would find them (a match hides later matches of the same pattern
 * that start inside it, not those of the others). One scan finds the candidate word starts.
 */
function triggers(text: string, kk: boolean, ru: boolean): Triggers {
  startTriggers(text, kk, ru);
  if (text.length > 0 && TRIGGER_FIRST_CODES[text.charCodeAt(0)] === 1) triggerAt(0, false);
  const scan = kk || ru ? TRIGGER_AFTER_NON_WORD : GAZETTEER_AFTER_NON_WORD;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    // one character outside the plain blocks: the text takes the mixed path (from the start, in text order)
    if (m[0].length === 1) return mixedTriggers(text, kk, ru);
    triggerAt(m.index + 1, m[1] !== undefined);
    scan.lastIndex = m.index + 1;
  }
  return FOUND;
}

/**
 * `triggers` for a text with characters outside the plain blocks. The plain scan finds every trigger
 * whose characters and preceding character are all plain (there its tries equal the exact
 * case-insensitive ones). The others are tried at the word starts of a window around each character
 * that is not plain: from `TRIGGER_MAX_LENGTH` characters before it (a run of spaces or tabs counts
 * as one, as a form's space matches it) to the position after it. Both sets are word starts; at
 * each the sticky patterns decide, in text order, as in the exact scan over the whole text.
 */
function mixedTriggers(text: string, kk: boolean, ru: boolean): Triggers {
  // candidates as 2 × position + 1 when the gazetteer is known not to start there
  const candidates: number[] = [];
  const odd: number[] = [];
  if (text.length > 0 && TRIGGER_FIRST_CODES[text.charCodeAt(0)] === 1) candidates.push(0);
  const scan = kk || ru ? TRIGGER_AFTER_NON_WORD : GAZETTEER_AFTER_NON_WORD;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    if (m[0].length === 1) odd.push(m.index);
    else candidates.push(2 * (m.index + 1) + (m[1] !== undefined ? 1 : 0));
    scan.lastIndex = m.index + 1;
  }
  let done = -1;
  for (const q of odd) {
    let from = q;
    for (let units = TRIGGER_MAX_LENGTH; from > 0 && units > 0; units--) {
      const c = text.charCodeAt(from - 1);
      if (c === 32 || c === 9) while (from > 0 && (text.charCodeAt(from - 1) === 32 || text.charCodeAt(from - 1) === 9)) from--;
      else from--;
    }
    const to = Math.min(q + 1, text.length - 1);
    for (let p = Math.max(from, done + 1); p <= to; p++) {
      const c = p > 0 ? text.charCodeAt(p - 1) : 0;
      // a letter or digit of the Basic Multilingual Plane before it: not a word start
      if (p > 0 && (c < 0xd800 || c > 0xdfff) && isLetterCode(c)) continue;
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
  return FOUND;
}

function gazetteer(out: Org[], hits: RegExpExecArray[]): void {
  for (const m of hits) {
    // groups: 1 alias, 2 ending
    const entry = lookupGazetteer(m[1]!);
    if (!entry) continue;
    const ending = m[2];
    if (ending && entry.hyphenOnly && !ending.startsWith("-")) continue;
    push(out, m.index, m.index + m[0].length, entry.name, entry);
  }
}

// ── quoted names ──

/** Whether a text has a character of QUOTE_CHARS. */
function hasQuoteChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e) return true;
  }
  return false;
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
    const lb = before ? LEGAL_BEFORE_QUOTE.exec(before) : null;
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
        if (nb[1] !== undefined) hit.legalForm = LEGAL_NORMALIZED.get(nb[1]);
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
    const la = legalAfter(text, tail);
    if (la) {
      hit.accepted = true;
      hit.orgEnd = tail + la[0].length;
      hit.legalForm ??= LEGAL_NORMALIZED.get(la[1]!);
    }
    if (!hit.accepted && lang !== "en") {
      if (kkHeadAfter(text, end)) { hit.accepted = true; hit.sharedHead = "after"; }
      else if (previousWord && RU_QUOTE_HEAD_WORDS.has(previousWord) && ruHeadBefore(text, start, 60)) {
        hit.accepted = true; hit.sharedHead = "before";
      }
    }
    const known = lookupGazetteer(innerQuote ? inner.replace(QUOTE_CHARS, "").trim() : inner.trim());
    if (known) { hit.accepted = true; hit.country = known.country; }
    hits.push(hit);
  }
  const coordination = lang === "kk" ? KK_COORDINATION : lang === "en" ? EN_COORDINATION : RU_COORDINATION;
  // A shared head after the last of several coordinated quoted names covers the ones before it (kk);
  // a head before the first covers the ones after it (ru).
  for (let i = hits.length - 2; i >= 0; i--) {
    const a = hits[i]!, b = hits[i + 1]!;
    if (!a.accepted && b.sharedHead === "after" && coordination.test(text.slice(a.end, b.start))) { a.accepted = true; a.sharedHead = "after"; }
  }
  for (let i = 1; i < hits.length; i++) {
    const a = hits[i - 1]!, b = hits[i]!;
    if (!b.accepted && a.sharedHead === "before" && coordination.test(text.slice(a.end, b.start))) { b.accepted = true; b.sharedHead = "before"; }
  }
  for (const h of hits) {
    if (!h.accepted) continue;
    const nested = hasQuoteChar(h.inner);
    let name = nested || hasUnfoldedSpace(h.inner) ? h.inner.replace(QUOTE_CHARS, " ").replace(/\s+/g, " ").trim() : h.inner.trim();
    // a national company's designation before its inner quoted name is not part of the name ("НК "КазМунайГаз"")
    const lead = nested ? NATIONAL_LEADING.exec(name) : null;
    if (lead) name = name.slice(lead[0].length);
    let legalForm = h.legalForm;
    // the Latin forms end in a letter, the match in the form or a dot
    const last = name.charCodeAt(name.length - 1) | 0x20;
    const suffix = last >= 0x61 && last <= 0x7a || last === 0x2e ? LATIN_SUFFIX_AT_END.exec(name) : null;
    if (suffix && suffix.index > 0) {
      legalForm ??= LEGAL_NORMALIZED.get(groupsOf(LATIN_SUFFIX_AT_END, suffix).form!);
      name = name.slice(0, suffix.index);
    }
    const extra: Partial<Org> = {};
    if (legalForm) extra.legalForm = legalForm;
    if (h.country) extra.country = h.country;
    if (h.orgStart < h.start || h.end < h.orgEnd) {
      const formText = text.slice(h.orgStart, h.start) + text.slice(h.end, h.orgEnd);
      if (KAZAKH_LEGAL_FORMS.some((f) => formText.includes(f))) extra.country = "KZ";
    }
    push(out, h.orgStart, h.orgEnd, name, extra);
  }
}

// ── unquoted names next to an abbreviated legal form ──

/** Whether a code unit opens (or closes) a quoted name. */
const isQuoteCode = (c: number) => c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e;

/** The script of a word for `formNameWords`: 1 Latin letters, 0 none (Cyrillic and others). */
const scriptOf = (word: string) => (hasLatinLetter(word) ? 1 : 0);

/**
 * Whether a token may be a word of an unquoted name next to a legal form: a capitalized word or
 * digit run (no quote, parenthesis or punctuation), not a legal form itself, not a stop word.
 */
function formNameWord(t: Token): boolean {
  if (!isWord(t) || isQuote(t) || t.text.startsWith("(") || !isUpperStart(t.text)) return false;
  if (LEGAL_NORMALIZED.has(t.text)) return false;
  const w = lower(t.text);
  return !RU_STOP.has(w) && !KK_STOP.has(w) && !EN_STOP.has(t.text);
}

/**
 * Unquoted names next to an abbreviated Cyrillic legal form (UNQUOTED_NAME_FORMS): "ТОО KazBeef",
 * "KazBeef ЖШС", "АО Kazakhmys Copper", "ТОО Казбиф". The name is the run of capitalized words
 * (at most four, of one script: a change of script ends it) right after the form, or right before
 * it, on the form's usual side first (on the other side, Latin-script names only). A quote next to the form leaves it to the quoted-name rule.
 */
function unquotedLegal(text: string, out: Org[]): void {
  for (let k = 0; k < legalCount; k++) {
    const p = LEGAL_STARTS[k]!;
    LEGAL_AFTER.lastIndex = p;
    const m = LEGAL_AFTER.exec(text);
    if (!m || m[0].length === 0) continue;
    const form = m[1]!;
    const usual = UNQUOTED_NAME_FORMS[form];
    if (!usual) continue;
    const formEnd = p + m[0].length;
    const after = codeAfterBlanks(text, formEnd);
    let q = p;
    while (q > 0 && (text.charCodeAt(q - 1) === 32 || text.charCodeAt(q - 1) === 9)) q--;
    if (after >= 0 && isQuoteCode(after) || q > 0 && isQuoteCode(text.charCodeAt(q - 1))) continue;
    let side = usual.nameAfter;
    let words = side ? formWordsAfter(text, formEnd) : formWordsBefore(text, p);
    // on the other side only a Latin-script name ("ЖШС KazBeef"): a capitalized Cyrillic word there
    // is mostly a sentence opener or a person ("Акции АО …", "Директор ТОО …"); it is also taken over
    // one sentence-opening Cyrillic word on the usual side ("Зауытты ЖШС KazBeef …")
    const weakOwn = words.length === 1 && scriptOf(words[0]!.text) === 0 && atSentenceStart(text, words[0]!.start);
    if (words.length === 0 || weakOwn) {
      const other = side ? formWordsBefore(text, p) : formWordsAfter(text, formEnd);
      if (other.length > 0 && scriptOf(other[0]!.text) === 1) { side = !side; words = other; }
      else if (words.length === 0) continue;
    }
    const start = side ? p : words[0]!.start, end = side ? words[words.length - 1]!.end : formEnd;
    const extra: Partial<Org> = { legalForm: LEGAL_NORMALIZED.get(form)! };
    if (KAZAKH_FORMS.has(form)) extra.country = "KZ";
    push(out, start, end, text.slice(words[0]!.start, words[words.length - 1]!.end), extra);
  }
}

/** The name words after a legal form (see `unquotedLegal`). */
function formWordsAfter(text: string, from: number): Token[] {
  const right = new LazyTokens(text, from, Math.min(text.length, from + 100));
  const words: Token[] = [];
  for (let i = 0, t = right.at(0); t !== undefined && words.length < 4 && formNameWord(t); t = right.at(++i)) {
    if (words.length > 0 && scriptOf(t.text) !== scriptOf(words[0]!.text)) break;
    words.push(t);
  }
  return words;
}

/** The name words before a legal form (see `unquotedLegal`); Kazakh words must look like a name's. */
function formWordsBefore(text: string, to: number): Token[] {
  const left = new TokensBefore(text, Math.max(0, to - 100), to);
  const words: Token[] = [];
  for (let i = 0, t = left.at(0); t !== undefined && words.length < 4 && formNameWord(t); t = left.at(++i)) {
    if (words.length > 0 && scriptOf(t.text) !== scriptOf(words[0]!.text)) break;
    if (scriptOf(t.text) === 0 && (!kkWordIsNameLike(t.text) || endsWithAny(lower(t.text), KK_GENITIVE_ENDINGS))) break;
    words.push(t);
  }
  return words.reverse();
}

// ── Latin names ──

/**
 * Drops English stop words and a possessive owner or place ("China's", "Kazakhstan's") from the
 * left and connectors from the right of a Latin name.
 */
function trimLatin(words: Token[]): Token[] {
  let a = 0, b = words.length;
  while (a < b && (EN_STOP.has(words[a]!.text) || CONNECTORS.has(words[a]!.text) ||
    a < b - 1 && POSSESSIVE.test(words[a]!.text))) a++;
  while (b > a && (CONNECTORS.has(words[b - 1]!.text) || words[b - 1]!.text.endsWith("'s"))) b--;
  return words.slice(a, b);
}

/** Whether a gazetteer form starts at `pos` (GAZETTEER is sticky; the trigger scan is over by now). */
function gazetteerAt(text: string, pos: number): boolean {
  GAZETTEER.lastIndex = pos;
  const m = GAZETTEER.exec(text);
  return m !== null && lookupGazetteer(m[1]!) !== undefined;
}

/**
 * Whether "and" between `before` (the words of the name so far) and `next` joins two names in any
 * case: an owner's possessive after it ("… and China's PowerChina"), a known name after it, or a
 * known name before it ("Kazakh Invest and …").
 */
function andSplits(text: string, before: Token[], next: Token): boolean {
  if (POSSESSIVE.test(next.text) || gazetteerAt(text, next.start)) return true;
  return before.length > 0 && lookupGazetteer(text.slice(before[0]!.start, before[before.length - 1]!.end)) !== undefined;
}

/**
 * Splits a Latin run at "and" between capitalized words ("QazaqGaz and Wanhua Chemical"), unless
 * the part before has a preposition, whose phrase the "and" continues ("Ministry of Trade and
 * Integration"), or the run is a name ending in a legal form (`legal`), whose "and" joins its own
 * words ("… Engineering and Construction Co., Ltd"). See `andSplits` for the splits in any case.
 */
function splitCoordinated(text: string, words: Token[], legal = false): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  let preposition = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (COORDINATORS.has(w.text) && current.length > 0 && next && /^[A-Z]/.test(next.text) &&
      (andSplits(text, current, next) || !preposition && !legal)) {
      parts.push(current);
      current = [];
      preposition = false;
      continue;
    }
    if (NAME_PREPOSITIONS.has(w.text)) preposition = true;
    current.push(w);
  }
  parts.push(current);
  return parts;
}

/**
 * Characters a LATIN_LEGAL match can span before its legal form: Latin words, connectors and
 * parentheses, the separators, and the comma of "Name, Ltd".
 */
function latinNameChar(c: number): boolean {
  return c >= 0x61 && c <= 0x7a || c >= 0x41 && c <= 0x5a || c >= 0x30 && c <= 0x39 ||
    c === 0x20 || c === 0x09 || c === 0x2c || c === 0x2e || c === 0x2d || c === 0x26 || c === 0x27 ||
    c === 0x28 || c === 0x29 || c === 0x2019;
}

/**
 * The matches of LATIN_LEGAL at word starts (NOT_BEFORE_LATIN), as a global scan would find them,
 * without running its long name part at every capitalized word: a match needs a legal form
 * (LATIN_LEGAL_FORM) after a run of name characters that starts no later than the match does. So
 * only the word starts in the run before the next form are tried, left to right.
 */
function* latinLegalMatches(text: string, firstLatin: number): Generator<RegExpExecArray> {
  // `from`: where the next match may start (as lastIndex in a global scan); `at`: where the next form is looked for
  // a form starts with a Latin letter: none comes before `firstLatin`
  let from = 0, at = firstLatin;
  for (;;) {
    LATIN_LEGAL_FORM.lastIndex = at;
    const f = LATIN_LEGAL_FORM.exec(text);
    if (!f) return;
    at = f.index + 1;
    // the separator character before the form (a space, a tab or the comma of "Name, Ltd")
    const q = f.index - 1;
    if (q <= from || !(text[q] === " " || text[q] === "\t" || text[q] === ",")) continue;
    let r = q;
    while (r > from && latinNameChar(text.charCodeAt(r - 1))) r--;
    let found: RegExpExecArray | null = null;
    for (let p = r; p < q && !found; p++) {
      if (p > 0 && NOT_BEFORE_LATIN.test(text[p - 1]!)) continue;
      LATIN_LEGAL.lastIndex = p;
      found = LATIN_LEGAL.exec(text);
    }
    if (!found) { from = q + 1; continue; }
    from = at = found.index + found[0].length;
    yield found;
  }
}

function latinLegal(text: string, out: Org[], firstLatin: number): void {
  for (const m of latinLegalMatches(text, firstLatin)) {
    const g = groupsOf(LATIN_LEGAL, m);
    const nameWords = trimLatin(splitCoordinated(text, tokens(text, m.index, m.index + g.name!.length).filter(isWord), true).pop()!);
    if (nameWords.length === 0) continue;
    // a facility word is part of a company's name before its legal form ("Aktau Port Services LLP")
    if (nameWords.some((w) => NON_ORG_WORDS.has(w.text) && !FACILITY_COMPANY.has(w.text))) continue;
    let end = m.index + m[0].length;
    if (g.dot) {
      // "Co., Ltd." keeps its period when the sentence goes on, not when the period ends it.
      const rest = text.slice(end, end + 3);
      if (!/^\s*[\p{Ll},;)]/u.test(rest)) end -= 1;
    }
    const start = nameWords[0]!.start;
    const form = g.form!;
    push(out, start, end, text.slice(start, nameWords[nameWords.length - 1]!.end), {
      legalForm: LEGAL_NORMALIZED.get(form) ?? form,
    });
  }
}

const hasSpaceOrTab = (run: string) => run.includes(" ") || run.includes("\t");

function hasAsciiLetter(run: string): boolean {
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) return true;
  }
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

/**
 * Latin runs inside Cyrillic text next to a head word (a company head before "China Non-Ferrous
 * Mining", a clinic head after "iKang Guobin Checkup Center") or with a company word in them
 * ("YTO Cargo Airlines"). Song titles, people and products in Latin script have neither.
 */
function latinSequences(text: string, out: Org[]): void {
  LATIN_SEQUENCE.lastIndex = 0;
  let previous: { end: number } | null = null;
  for (let m = execAtWordStart(LATIN_SEQUENCE, text, NOT_BEFORE_LATIN); m; m = execAtWordStart(LATIN_SEQUENCE, text, NOT_BEFORE_LATIN)) {
    const mStart = m.index, mEnd = m.index + m[0].length;
    // a run of digits (the words of a run are ASCII) keeps no word: its Latin-letter trim leaves none
    if (!hasAsciiLetter(m[0])) continue;
    // cheap tests on the raw run first: most Latin runs have no head word and no company word
    const several = hasSpaceOrTab(m[0]);
    const companyWord = several && someRunWord(m[0], LATIN_ORG_WORDS);
    const coordinated = previous !== null && several && mStart - previous.end < 40 &&
      RU_COORDINATION.test(text.slice(previous.end, mStart).replace(/[\p{Ll}]+[ \t]+$/u, ""));
    let headAfter = false, headBefore = false;
    if (!companyWord && !coordinated) {
      headAfter = kkHeadAfter(text, mEnd) !== null;
      const previousWord = wordBefore(text, mStart);
      headBefore = !headAfter && RU_QUOTE_HEAD_WORDS.has(previousWord) && ruHeadBefore(text, mStart, 40);
      if (!headAfter && !headBefore) continue;
    }
    let words = trimLatin(tokens(text, mStart, mEnd).filter(isWord));
    while (words.length && (NON_ORG_TOKENS.has(words[0]!.text) || !LATIN_LETTER.test(words[0]!.text))) words = words.slice(1);
    while (words.length && (NON_ORG_TOKENS.has(words[words.length - 1]!.text) || !LATIN_LETTER.test(words[words.length - 1]!.text))) words = words.slice(0, -1);
    if (words.length === 0) continue;
    const headed = headAfter || headBefore;
    if (words.some((w) => {
      const bare = w.text.replace(/[^A-Za-z]/g, "");
      return NON_ORG_WORDS.has(bare) && !(headed && FACILITY_COMPANY.has(bare));
    })) continue;
    if (!words.every((w) => HAS_LATIN_UPPER.test(w.text) || CONNECTORS.has(w.text) || /^\(/.test(w.text))) continue;
    let start = words[0]!.start, end = words[words.length - 1]!.end;
    // a head must touch the name itself, and a company word must survive the trimming
    if (!companyWord && !coordinated && end !== mEnd && start !== mStart) continue;
    if (companyWord && !coordinated && !headAfter && !headBefore && !words.some((w) => LATIN_ORG_WORDS.has(w.text)) ) continue;
    previous = { end };
    // an abbreviation in parentheses after a name ("корпорация (CNPC)"): the name without them
    if (words.length === 1 && text.charCodeAt(start) === 0x28 && text.charCodeAt(end - 1) === 0x29) { start++; end--; }
    push(out, start, end, text.slice(start, end));
  }
}

function mediaDomains(text: string, out: Org[]): void {
  MEDIA_DOMAIN.lastIndex = 0;
  for (let m = MEDIA_DOMAIN.exec(text); m; m = MEDIA_DOMAIN.exec(text)) {
    if (/^www\./i.test(m[0])) continue;
    const country = DOMAIN_COUNTRIES[m[0].slice(m[0].lastIndexOf(".") + 1).toLowerCase()];
    push(out, m.index, m.index + m[0].length, m[0], country ? { country } : {});
  }
}

// ── Kazakh: name phrase before a head ──

function kkWordIsNameLike(word: string): boolean {
  const w = lower(word);
  if (KK_STOP.has(w)) return false;
  if (w.startsWith("(") || KK_NAME_WORDS.has(w)) return true;
  if (endsWithAny(w, KK_NAME_ENDINGS)) return true;
  return !endsWithAny(w, isUpperStart(word) ? KK_CAPITALIZED_NON_NAME_ENDINGS : KK_NON_NAME_ENDINGS);
}

/** The head a whole word is a form of, if any (a separate regex: KK_HEAD's lastIndex belongs to the scan). */
function headOfWord(word: string): string | undefined {
  const m = KK_HEAD_WORD.exec(word);
  if (!m || m.index !== 0 || m[0].length !== word.length) return undefined;
  return lower(groupsOf(KK_HEAD_WORD, m).head!);
}

/** Characters that always end a name phrase read backwards from a head (punctuation and quote tokens). */
const CLAUSE_BREAKS = ',;:!?«»"“”\n';

/**
 * Whether a capital letter or a digit occurs between `pos` and the clause start before it (at most
 * `max` characters back). A closing parenthesis may hide a comma inside one token: then yes.
 */
function capitalInClause(text: string, pos: number, max: number): boolean {
  for (let i = pos - 1, from = Math.max(0, pos - max); i >= from; i--) {
    const kind = charKind(text.charCodeAt(i));
    if (kind === KIND_OTHER) continue;
    if (kind === KIND_CAPITAL) return true;
    if (kind === KIND_BREAK) return false;
    // a full stop ends the clause before a space or at the text end
    if (i + 1 >= text.length || text[i + 1] === " ") return false;
  }
  return false;
}

/** Kinds of characters for `capitalInClause`, memoized per UTF-16 code unit. */
const KIND_OTHER = 1, KIND_CAPITAL = 2, KIND_BREAK = 3, KIND_STOP = 4;
const CHAR_KINDS = new Uint8Array(0x10000);

function charKind(code: number): number {
  const known = CHAR_KINDS[code]!;
  if (known !== 0) return known;
  const ch = String.fromCharCode(code);
  const kind = ch === ")" || ch >= "0" && ch <= "9" || ch !== ch.toLowerCase() ? KIND_CAPITAL
    : CLAUSE_BREAKS.includes(ch) ? KIND_BREAK
    : ch === "." ? KIND_STOP
    : KIND_OTHER;
  CHAR_KINDS[code] = kind;
  return kind;
}

/**
 * A token (or its part before a hyphen) may be a LEGAL_NORMALIZED key: keys are case-sensitive, and
 * a token has no space (a quoted or parenthesized one starts with a character no key starts with),
 * so only the first code units of the keys without a space pass.
 */
const startsLegalForm = (() => {
  const codes = new Uint8Array(0x10000);
  for (const k of LEGAL_NORMALIZED.keys()) if (![...k].some((ch) => isSpaceCode(ch.charCodeAt(0)))) codes[k.charCodeAt(0)] = 1;
  return (word: string) => codes[word.charCodeAt(0)] === 1 || word.length === 0;
})();

/** Lower case of a code unit when it is one code unit (not a surrogate, not "Σ", whose lower case depends on context), else -1; 0 unknown. */
const LOWER_CODES = new Int32Array(0x10000);

function lowerCodeOf(c: number): number {
  let l = LOWER_CODES[c]!;
  if (l === 0) {
    const lc = String.fromCharCode(c).toLowerCase();
    l = LOWER_CODES[c] = lc.length !== 1 || c >= 0xd800 && c <= 0xdfff || c === 0x3a3 ? -1 : lc.charCodeAt(0);
  }
  return l;
}

/**
 * `KK_HEAD_PREFIXES.has(lower(word.slice(0, 4)))` without building the slice: the first (up to) four
 * code units in lower case as two numbers, the second marked with the length. A code unit whose lower
 * case is not one code unit below U+4000 takes the string test.
 */
const isHeadPrefix = (() => {
  const keys = new Map<number, Set<number>>();
  const second = (codes: number[]) => (codes.length === 4 ? codes[2]! << 14 | codes[3]! : codes.length === 3 ? 1 << 28 | codes[2]! : 2 << 28 | codes.length);
  const numeric = (codes: number[]) => codes.every((c) => c > 0 && c < 0x4000);
  const fallback = new Set<string>();
  for (const p of KK_HEAD_PREFIXES) {
    const codes = [...p].map((ch) => lowerCodeOf(ch.charCodeAt(0)));
    if (p.length !== codes.length || !numeric(codes) || lower(p) !== p || codes.length < 2) { fallback.add(p); continue; }
    const k = codes[0]! << 14 | codes[1]!;
    keys.set(k, (keys.get(k) ?? new Set<number>()).add(second(codes)));
  }
  if (fallback.size > 0) throw new Error(`kzdeals: head prefixes need two or more lower-case letters below U+4000: ${[...fallback].join(", ")}`);
  return (word: string) => {
    const n = Math.min(4, word.length);
    if (n < 2) return KK_HEAD_PREFIXES.has(lower(word));
    const a = lowerCodeOf(word.charCodeAt(0)), b = lowerCodeOf(word.charCodeAt(1));
    const c = n > 2 ? lowerCodeOf(word.charCodeAt(2)) : 1, d = n > 3 ? lowerCodeOf(word.charCodeAt(3)) : 1;
    if (!(a > 0 && a < 0x4000 && b > 0 && b < 0x4000 && c > 0 && c < 0x4000 && d > 0 && d < 0x4000)) {
      return KK_HEAD_PREFIXES.has(lower(word.slice(0, 4)));
    }
    const seconds = keys.get(a << 14 | b);
    return seconds !== undefined && seconds.has(n === 4 ? c << 14 | d : n === 3 ? 1 << 28 | c : 2 << 28 | n);
  };
})();

/** The position after the spaces and tabs from `pos`. */
function afterBlanks(text: string, pos: number): number {
  while (pos < text.length && (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9)) pos++;
  return pos;
}

/** The code unit after the spaces and tabs from `pos`, or -1 at the text end. */
function codeAfterBlanks(text: string, pos: number): number {
  while (pos < text.length && (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9)) pos++;
  return pos < text.length ? text.charCodeAt(pos) : -1;
}

/** KK_HEAD_AFTER's initials as lower-case code units. */
const KK_HEAD_AFTER_CODES = new Set([...KK_HEAD_AFTER_INITIALS].map((ch) => ch.charCodeAt(0)));
/** LEGAL_FORM_INITIALS as code units. */
const LEGAL_FORM_CODES = new Set([...LEGAL_FORM_INITIALS].map((ch) => ch.charCodeAt(0)));

/**
 * `KK_HEAD_AFTER.exec(text)` at `pos` (sticky), run only when the character after the blanks may
 * start a head: a plain one whose lower case is an initial (the `i` flag equals that there), or any
 * other (its case folding is left to the regex).
 */
function kkHeadAfter(text: string, pos: number): RegExpExecArray | null {
  const c = codeAfterBlanks(text, pos);
  if (c < 0) return null;
  if (isPlainCode(c)) {
    const l = lowerCodeOf(c);
    if (l >= 0 && !KK_HEAD_AFTER_CODES.has(l)) return null;
  }
  KK_HEAD_AFTER.lastIndex = pos;
  return KK_HEAD_AFTER.exec(text);
}

/** `LEGAL_AFTER.exec(text)` at `pos` (sticky), run only when a form's first character follows the blanks. */
function legalAfter(text: string, pos: number): RegExpExecArray | null {
  const c = codeAfterBlanks(text, pos);
  if (c < 0 || !LEGAL_FORM_CODES.has(c)) return null;
  LEGAL_AFTER.lastIndex = pos;
  return LEGAL_AFTER.exec(text);
}

/** Whether a word has a Latin-script letter (LATIN_LETTER), by a memo per code unit; a surrogate takes the regex. */
const LATIN_CODES = new Uint8Array(0x10000);

function hasLatinLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return LATIN_LETTER.test(word);
    let known = LATIN_CODES[c]!;
    if (known === 0) known = LATIN_CODES[c] = LATIN_LETTER.test(String.fromCharCode(c)) ? 2 : 1;
    if (known === 2) return true;
  }
  return false;
}

function kkHeads(text: string, out: Org[], hits: RegExpExecArray[]): void {
  for (let h = 0; h < hits.length; h++) {
    const m = hits[h]!;
    // groups: 1 head, 2 ending
    const headStart = m.index, headEnd = m.index + m[0].length, ending = m[2];
    const base = KK_HEAD_FORMS.get(lower(m[1]!));
    if (!base) continue;
    if (KK_BARE_HEAD_SET.has(base) && !ending && !/^\s*[.,;:!?)\n]/.test(text.slice(headEnd, headEnd + 2))) continue;
    // the phrase must start with a capitalized word: skip the tokenizing when its clause has none
    if (!capitalInClause(text, headStart, 130)) continue;
    const window = new TokensBefore(text, Math.max(0, headStart - 130), headStart);
    // the phrase, read from the right (reversed below)
    const phrase: Token[] = [];
    for (let i = 0; window.at(i) !== undefined && phrase.length < 9; i++) {
      const t = window.at(i)!;
      if (!isWord(t) || isQuote(t)) break;
      // a legal form belongs to the name before it («X» ЖШС), not to a phrase before the head
      if (startsLegalForm(t.text)) {
        const dash = t.text.indexOf("-");
        if (LEGAL_NORMALIZED.has(dash < 0 ? t.text : t.text.slice(0, dash))) break;
      }
      // another head ends the phrase (two bodies joined by a conjunction); a bare head word may sit inside a name
      const headPrefix = isHeadPrefix(t.text);
      const other = headPrefix ? headOfWord(t.text) : undefined;
      if (other) {
        if (!KK_BARE_HEAD_SET.has(other)) break;
      } else if (headPrefix) {
        if (kkHeadAfter(t.text, 0)?.[0].length === t.text.length) break;
      }
      if (!kkWordIsNameLike(t.text)) break;
      phrase.push(t);
    }
    phrase.reverse();
    while (phrase.length && (!isUpperStart(phrase[0]!.text) || KK_INNER.has(lower(phrase[0]!.text)) || phrase[0]!.text.startsWith("("))) phrase.shift();
    // an owner in the genitive before a company's name ("Қытайдың Хуадянь корпорациясы") is not part of it
    if (phrase.length > 1 && KK_COMPANY.has(base) && endsWithAny(lower(phrase[0]!.text), KK_GENITIVE_ENDINGS)) phrase.shift();
    // a sentence-opening verbal noun before a capitalized name ("Meeting <Name> …") is not part of it
    if (phrase.length > 1 && atSentenceStart(text, phrase[0]!.start) && isUpperStart(phrase[1]!.text) &&
      endsWithAny(lower(phrase[0]!.text), KK_VERBAL_NOUN_ENDINGS)) phrase.shift();
    // a Latin name with a head word after it is found as a Latin name; the head stays out of it
    if (phrase.length === 0 || phrase.some((t) => hasLatinLetter(t.text))) continue;
    let end = headEnd;
    const extra: Partial<Org> = {};
    const la = legalAfter(text, headEnd);
    if (la) {
      const form = la[1]!;
      if (KAZAKH_FORMS.has(form)) {
        end = headEnd + la[0].length;
        extra.legalForm = LEGAL_NORMALIZED.get(form)!;
      }
    }
    const start = phrase[0]!.start;
    const name = text.slice(start, headStart) + text.slice(headStart, headStart + base.length);
    push(out, start, end, name, extra);
  }
}

// ── Russian: adjectives + head + genitive phrase ──

/** The oblique endings of RU_ADJECTIVE_NOMINATIVE per gender, longest first (a stable sort, as before). */
const RU_ADJECTIVE_ENDINGS_BY_GENDER = new Map(
  (Object.keys(RU_ADJECTIVE_NOMINATIVE) as RuHead["gender"][]).map((g) => [g, Object.keys(RU_ADJECTIVE_NOMINATIVE[g]).sort((a, b) => b.length - a.length)] as const),
);

function ruAdjectiveNominative(word: string, head: RuHead): string {
  const table = RU_ADJECTIVE_NOMINATIVE[head.gender];
  const lowerWord = lower(word);
  for (const ending of RU_ADJECTIVE_ENDINGS_BY_GENDER.get(head.gender)!) {
    if (!lowerWord.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    let nominative = table[ending]!;
    if (head.gender === "m" && nominative === RU_MASCULINE_HARD_SOFT.hard && RU_SOFT_ADJECTIVE_STEMS.includes(stem.slice(-1).toLowerCase())) {
      nominative = RU_MASCULINE_HARD_SOFT.soft;
    }
    return stem + nominative;
  }
  return word;
}

function ruTailWord(word: string): boolean {
  const w = lower(word);
  if (RU_STOP.has(w)) return false;
  if (RU_GENITIVE.has(w)) return true;
  // a genitive noun in "-ли" ("торговли") ends like a past plural; it also ends in a tail ending
  if (endsWithAny(w, RU_VERB_ENDINGS)) return endsWithAny(w, RU_GENITIVE_NOUN_ENDINGS);
  return endsWithAny(w, RU_TAIL_ENDINGS);
}

function ruHeads(text: string, out: Org[], hits: RegExpExecArray[]): void {
  for (const m of hits) {
    const head = RU_HEAD_FORMS.get(lower(m[1]!));
    if (!head) continue;
    const headStart = m.index, headEnd = m.index + m[0].length;
    const surface = text.slice(headStart, headEnd);
    // adjectives before the head, from the leftmost capitalized one
    const left = new TokensBefore(text, Math.max(0, headStart - 90), headStart);
    const before = left.at(0);
    if (before && RU_BLOCKERS.has(lower(before.text))) continue;
    const adjectives: Token[] = [];
    for (let i = 0; left.at(i) !== undefined && adjectives.length < 4; i++) {
      const t = left.at(i)!;
      const w = lower(t.text);
      if (!isWord(t) || isQuote(t) || RU_STOP.has(w) || isDigitStart(w)) break;
      if (!endsWithAny(w, RU_ADJECTIVE_ENDINGS) || endsWithAny(w, RU_NON_ADJECTIVE_ENDINGS)) break;
      adjectives.push(t);
    }
    adjectives.reverse();
    const firstCap = adjectives.findIndex((t) => isUpperStart(t.text));
    const adj = firstCap >= 0 ? adjectives.slice(firstCap) : [];
    // genitive phrase after the head
    const right = new LazyTokens(text, headEnd, Math.min(text.length, headEnd + 130));
    const tail: Token[] = [];
    let hasName = false;
    for (let i = 0; right.at(i) !== undefined && tail.length < 9; i++) {
      const t = right.at(i)!;
      const w = lower(t.text);
      const next = right.at(i + 1);
      if (isQuote(t)) { tail.push(t); hasName = true; break; }
      if (!isWord(t)) break;
      if (RU_PLACE_WORDS.has(w)) {
        if (!head.diplomatic || !next || !isUpperStart(next.text) || !isWord(next)) break;
        tail.push(t, next); hasName = true; i++;
        continue;
      }
      if (RU_ATTACHED_WORDS.has(w)) {
        if (!next || !isUpperStart(next.text)) break;
        tail.push(t, next); hasName = true; i++;
        continue;
      }
      if (RU_TOPIC_WORDS.has(w)) {
        // "по" + up to three lower-case words (and "и" + word): the body's remit
        let k = i + 1;
        const topic: Token[] = [];
        while (right.at(k) !== undefined && topic.length < 4) {
          const u = right.at(k)!;
          const lw = lower(u.text);
          if (!isWord(u) || isQuote(u) || isUpperStart(u.text) || endsWithAny(lw, RU_VERB_ENDINGS)) break;
          if (RU_AND_WORDS.has(lw) && topic.length === 0) break;
          topic.push(u); k++;
        }
        while (topic.length && RU_AND_WORDS.has(lower(topic[topic.length - 1]!.text))) topic.pop();
        if (topic.length === 0) break;
        tail.push(t, ...topic); i += topic.length;
        if (isUpperStart(surface)) hasName = true;
        continue;
      }
      if (RU_AND_WORDS.has(w)) {
        if (tail.length === 0 || !next || !isWord(next) || isUpperStart(next.text) || !ruTailWord(next.text)) break;
        // after a proper name the phrase is complete, and a nominative adjective starts a new phrase
        if (tail.some((u) => isUpperStart(u.text)) || endsWithAny(lower(next.text), RU_NOMINATIVE_ADJECTIVE_ENDINGS)) break;
        tail.push(t, next); i++;
        continue;
      }
      if (isDigitStart(t.text)) break;
      if (isUpperStart(t.text) && CYRILLIC_LETTER.test(t.text) || /^[A-Z]/.test(t.text)) {
        // a proper name in the genitive, an acronym, or an indeclinable name after an apposition word
        // (RU_APPOSITION_WORDS); a person's name after the body is not part of it
        const prev = tail[tail.length - 1];
        const fits = ruTailWord(t.text) || t.text === t.text.toUpperCase() || (prev !== undefined && RU_APPOSITION.has(lower(prev.text)));
        if (RU_STOP.has(w) || !fits) break;
        tail.push(t); hasName = true;
        continue;
      }
      if (ruTailWord(t.text)) { tail.push(t); continue; }
      break;
    }
    // a company's own name after its head, unquoted ("корпорация Хуадянь"): the name alone
    if (tail.length === 0 && RU_COMPANY.has(head.word)) {
      const own: Token[] = [];
      for (let i = 0, t = right.at(0); t !== undefined && own.length < 3; t = right.at(++i)) {
        const w = lower(t.text);
        if (!isWord(t) || isQuote(t) || !isUpperStart(t.text) || !CYRILLIC_LETTER.test(t.text) || RU_STOP.has(w) || endsWithAny(w, RU_VERB_ENDINGS)) break;
        own.push(t);
      }
      if (own.length > 0) {
        push(out, own[0]!.start, own[own.length - 1]!.end, text.slice(own[0]!.start, own[own.length - 1]!.end));
        continue;
      }
    }
    // a company head alone, even capitalized ("… с Корпорацией"), refers back to a name; it is not one
    if (adj.length === 0 && tail.length === 0 && RU_COMPANY.has(head.word)) continue;
    const capitalizedHead = isUpperStart(surface) && !atSentenceStart(text, adj.length ? adj[0]!.start : headStart);
    // a bare head before a quoted name ("банк «…»") is left to the quoted-name rule, which keeps the head out
    if (adj.length === 0 && tail.length === 1 && isQuote(tail[0]!)) continue;
    const lowerAdjective = adj.length === 0 && adjectives.length > 0;
    // a loose head ("банк", "фонд") names a body with a quoted name, or capitalized inside a sentence
    // with a genitive phrase ("Фондом развития промышленности")
    const named = adj.length > 0 ||
      (head.loose ? (tail.some(isQuote) || capitalizedHead && tail.length > 0) && !lowerAdjective : hasName || capitalizedHead);
    if (!named) continue;
    const start = adj.length ? adj[0]!.start : headStart;
    const end = tail.length ? tail[tail.length - 1]!.end : headEnd;
    const nominativeHead = isUpperStart(surface) || adj.length === 0 && isUpperStart(surface)
      ? head.word[0]!.toUpperCase() + head.word.slice(1)
      : head.word;
    const parts = [
      ...adj.map((t) => ruAdjectiveNominative(t.text, head)),
      adj.length === 0 && !isUpperStart(surface) ? head.word : nominativeHead,
    ];
    const name = parts.join(" ") + (tail.length ? text.slice(headEnd, end) : "");
    push(out, start, end, name);
  }
}

// ── English heads ──

function enHeads(text: string, out: Org[]): void {
  EN_HEAD_OF.lastIndex = 0;
  for (let m = EN_HEAD_OF.exec(text); m; m = EN_HEAD_OF.exec(text)) {
    const words = tokens(text, m.index, m.index + m[0].length).filter(isWord);
    let b = words.length;
    // "Ministry of Energy and China's PowerChina" / "… and the Chinese side": the phrase ends where "and" joins another name or a lower-case word
    for (let i = 3; i < b - 1; i++) {
      if (COORDINATORS.has(words[i]!.text) && (/^[a-z]/.test(words[i + 1]!.text) || andSplits(text, [], words[i + 1]!))) { b = i; break; }
    }
    while (b > 0 && CONNECTORS.has(words[b - 1]!.text)) b--;
    if (b < 3) continue;
    const end = words[b - 1]!.end;
    push(out, m.index, end, text.slice(m.index, end));
  }
  // capitalized words ending in a head word: "Halyk Bank", "Kazakh Invest Fund"
  LATIN_SEQUENCE.lastIndex = 0;
  for (let m = execAtWordStart(LATIN_SEQUENCE, text, NOT_BEFORE_LATIN); m; m = execAtWordStart(LATIN_SEQUENCE, text, NOT_BEFORE_LATIN)) {
    const parts = splitCoordinated(text, tokens(text, m.index, m.index + m[0].length).filter(isWord));
    // a lower-case administration head after the run ("the Almaty Region akimat's press service")
    const runEnd = m.index + m[0].length;
    const headAt = afterBlanks(text, runEnd);
    EN_LOWER_PLACE_HEAD.lastIndex = headAt;
    const lowerHead = headAt > runEnd ? EN_LOWER_PLACE_HEAD.exec(text) : null;
    const headEnd = lowerHead ? headAt + lowerHead[0].length : -1;
    if (lowerHead) parts[parts.length - 1]!.push({ text: lowerHead[0], start: headAt, end: headEnd });
    for (const all of parts) {
      let last = -1;
      all.forEach((w, i) => { if (EN_HEADS.has(w.text) || w.end === headEnd) last = i; });
      if (last < 1) continue;
      let words = trimLatin(all.slice(0, last + 1));
      // "Students of X University": a sentence-initial common noun with "of" is not part of the name
      if (words.length > 2 && CONNECTORS.has(words[1]!.text) && atSentenceStart(text, words[0]!.start)) words = trimLatin(words.slice(2));
      const head = words[words.length - 1];
      // a place word is part of a local administration's name ("Pavlodar Region Akimat")
      const place = head !== undefined && (PLACE_HEADS.has(head.text) || head.end === headEnd);
      if (words.length < 2 || words.some((w) => NON_ORG_WORDS.has(w.text) && !(place && PLACE_WORDS.has(w.text)))) continue;
      if (!words.every((w) => /^[A-Z0-9(]/.test(w.text) || CONNECTORS.has(w.text) || w === head && place)) continue;
      // industry words only ("Green Energy", "Heavy Industry") make a generic phrase, not a name
      if (words.slice(0, -1).every((w) => EN_GENERIC.has(w.text) || CONNECTORS.has(w.text))) continue;
      const start = words[0]!.start, end = words[words.length - 1]!.end;
      push(out, start, end, text.slice(start, end));
    }
  }
}

// ── country ──


/** Whether the cue word at `at` names where a body sits ("in China"), not whose body it is. */
function placeCue(text: string, at: number): boolean {
  const word = /^[\p{L}\p{N}-]*/u.exec(text.slice(at, at + 40))![0].toLowerCase();
  if (endsWithAny(word, KK_LOCATIVE_ATTRIBUTIVE)) return true;
  const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, at - 4), at));
  return before !== null && RU_PLACE_WORDS.has(before[1]!.toLowerCase());
}

/** Lower case of a plain code unit (-1 when it is not one code unit). */
function lowerCode(c: number): number {
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : -1;
}

/**
 * Cue stems by their first two code units (lower case, `first << 16 | second`): the set of their
 * third code units, or `true` when a stem has only two.
 */
const CUE_PREFIXES = new Map<number, Set<number> | true>();
for (const cue of COUNTRY_CUES) {
  for (const stem of cue.stems) {
    const codes = [...stem.slice(0, 3)].map((ch) => ch.charCodeAt(0));
    if (stem.length < 2 || codes.some((c) => isSpaceCode(c) || !isPlainCode(c) || lowerCode(c) !== c)) {
      throw new Error(`kzdeals: country cue stem "${stem}" needs two plain lower-case letters first`);
    }
    const key = codes[0]! << 16 | codes[1]!;
    const known = CUE_PREFIXES.get(key);
    if (codes.length === 2) CUE_PREFIXES.set(key, true);
    else if (known !== true) CUE_PREFIXES.set(key, (known ?? new Set<number>()).add(codes[2]!));
  }
}
/** Lower case of each plain code unit (-1: none of one code unit), filled on demand (0: not yet known). */
const PLAIN_LOWER = new Int32Array(0x10000);

function plainLower(c: number): number {
  let l = PLAIN_LOWER[c]!;
  if (l === 0) l = PLAIN_LOWER[c] = lowerCode(c);
  return l;
}

/**
 * Whether COUNTRY_CUE may match in a text: some word start (as its look-behind sees it) has the first
 * two or three letters of a stem, in any case. A character outside the plain blocks (whose case
 * folding this test does not know) leaves the answer to the regex.
 */
function mayHaveCue(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i), d = text.charCodeAt(i + 1);
    if (!isPlainCode(c) || !isPlainCode(d)) return true;
    if (i > 0 && isLetterCode(text.charCodeAt(i - 1))) continue;
    const lc = plainLower(c), ld = plainLower(d);
    if (lc < 0 || ld < 0) return true;
    const thirds = CUE_PREFIXES.get(lc << 16 | ld);
    if (thirds === undefined) continue;
    if (thirds === true) return true;
    if (i + 2 >= text.length) continue;
    const e = text.charCodeAt(i + 2);
    if (!isPlainCode(e)) return true;
    const le = plainLower(e);
    if (le < 0 || thirds.has(le)) return true;
  }
  return false;
}

/** The first (or last) country cue in a short text. */
function cueCountry(text: string, last = false): string | undefined {
  if (!mayHaveCue(text)) return undefined;
  COUNTRY_CUE.lastIndex = 0;
  let found: string | undefined;
  for (let m = COUNTRY_CUE.exec(text); m; m = COUNTRY_CUE.exec(text)) {
    if (!last && placeCue(text, m.index)) continue;
    const g = groupsOf(COUNTRY_CUE, m);
    const i = COUNTRY_CUES.findIndex((_, k) => g[`c${k}`] !== undefined);
    if (i >= 0) found = COUNTRY_CUES[i]!.country;
    if (found && !last) break;
  }
  return found;
}

function countryOf(text: string, org: Org): string | undefined {
  if (org.country) return org.country;
  const own = cueCountry(text.slice(org.start, org.end));
  if (own) return own;
  // the three words before the name (a nationality adjective and a company head)
  const before = new TokensBefore(text, Math.max(0, org.start - 80), org.start);
  let first = -1;
  for (let i = 0, t = before.at(0); t !== undefined && i < 3; t = before.at(++i)) {
    if (!isWord(t)) break;
    first = t.start;
  }
  if (first < 0) return undefined;
  return cueCountry(text.slice(first, org.start), true);
}

// ── the stage ──

/** Document-level gates: a stage whose trigger characters are absent does not run. */
const ANY_LATIN = registerPattern("organization.any-latin", /[A-Za-z]/g);
/** The first character of QUOTED (a quote) or a Latin letter. */
const LATIN_OR_QUOTE = registerPattern("organization.latin-or-quote", /[A-Za-z"«“„]/g);
const ANY_DOMAIN = registerPattern("organization.any-domain", /[A-Za-z0-9]\.[A-Za-z]/g);

export function findOrganizations(text: string, language: LanguageCode): Org[] {
  const out: Org[] = [];
  const heads = language === "kk" || language === "ru" || language === "und";
  const kk = heads && language !== "ru", ru = heads && language !== "kk";
  const hits = triggers(text, kk, ru);
  gazetteer(out, hits.gazetteer);
  // the first quote or Latin letter: quoted names start after it, Latin names no earlier
  LATIN_OR_QUOTE.lastIndex = 0;
  const first = LATIN_OR_QUOTE.exec(text);
  if (first) {
    quoted(text, language, out, first.index);
    const c = text.charCodeAt(first.index);
    ANY_LATIN.lastIndex = first.index;
    const latin = c < 0x80 && c !== 0x22 ? first.index : ANY_LATIN.exec(text)?.index ?? -1;
    if (latin >= 0) {
      latinLegal(text, out, latin);
      // a domain match has its Latin letter two characters after its start
      ANY_DOMAIN.lastIndex = Math.max(0, latin - 2);
      if (ANY_DOMAIN.test(text)) mediaDomains(text, out);
      if (language === "kk" || language === "ru") latinSequences(text, out);
      if (language === "en") enHeads(text, out);
    }
  }
  if (legalCount > 0) unquotedLegal(text, out);
  if (kk) kkHeads(text, out, hits.kk);
  if (ru) ruHeads(text, out, hits.ru);
  return out;
}

export const organizationRecognizer: Recognizer = {
  name: "organization",
  type: "organization",
  languages: ["kk", "ru", "en"],
  recognize(context: RecognizerContext) {
    const text = context.normalized;
    const found = findOrganizations(text, context.language);
    if (found.length === 0) return [];
    // overlaps are resolved on the raw candidates; mentions are built for the kept ones only
    const candidates: Candidate[] = found.map((o) => ({ mention: o as unknown as Mention, priority: 0 }));
    const known = found.filter((o) => o.country).sort((a, b) => a.start - b.start);
    let k = 0;
    // kept candidates come sorted by start: one sweep over the known ones
    return resolveOverlaps(candidates).map((m) => {
      const org = m as unknown as Org;
      let country = org.country;
      if (!country) {
        // a longer name around a known one takes its country ("YTO Cargo Airlines" around "YTO")
        while (k < known.length && known[k]!.start < org.start) k++;
        for (let i = k; i < known.length && known[i]!.start < org.end; i++) {
          if (known[i]!.end <= org.end) { country = known[i]!.country; break; }
        }
        country ??= countryOf(text, org);
      }
      const mention: OrganizationMention = {
        type: "organization",
        start: org.start,
        end: org.end,
        text: context.text.slice(org.start, org.end),
        name: org.name,
      };
      // the optional fields in this order (the output's key order), without spread objects
      if (org.legalForm) mention.legalForm = org.legalForm;
      if (country) mention.country = country;
      return mention;
    });
  },
};
