/**
 * An organization named by one word, or by a few capitalized words, found again as that whole name elsewhere in the
 * document: the same organization ("Kazakhstan's Allur Group said … . Allur will invest $30 million", "Odebrecht …
 * Odebrecht", "ТОО «Aksu Ferro Trade» выиграло тендер. Aksu Ferro Trade построит …"). The
 * sources need a cue beside a name (a legal form, a quote, a company noun, a verb of business); a name the document
 * has already given is its own cue. Case-sensitive and exact (no case forms), not inside another mention, and not a
 * place's name (a company named "Астана" does not make the city one).
 *
 * A Latin name of several words is also found again by its distinctive word alone ("Anhui Conch Cement Co., Ltd … . Conch will
 * also build …", "Daewon Chemical … . Daewon plans …"): its first word, or its second after a place word ("Anhui"), a
 * capitalized word of four letters or more that is no company, generic, stop or place word (shortWord). Such a mention
 * keeps the whole name as its name: it is that organization.
 */
import { COUNTRY_CUES } from "../../lexicons/countries.js";
import { EN_DEAL_CUES } from "../../lexicons/deal-cues.en.js";
import { SECTOR_KEYWORDS } from "../../lexicons/sectors.js";
import { lazy } from "../regex.js";
import type { OrganizationMention } from "../types.js";
import { isDigitCode, isLetterCode, isSpaceCode, isUpperCode } from "../word-start.js";
import { isUpperStart } from "./chars.js";
import { EN_COUNTRY_NAMES, EN_GENERIC, EN_HEADS, EN_STOP, LATIN_ORG_WORDS, NON_ORG_WORDS, PLACE_NAMES } from "./words.js";

/**
 * How many names of one word, and how many of several, are looked for again. Speed: each is one native `indexOf` walk over the text (the walks of
 * a few names cost nothing beside the stage); a document of more names (lists, adversarial text) looks for its first
 * ones only, so the cost stays linear in the text.
 */
const MAX_NAMES = 8;

/** How many words a name looked for again may have. */
const MAX_WORDS = 4;

/** Whether each of the name's words (split at single spaces) starts with a capital, and there are at most MAX_WORDS. */
function capitalWords(s: string): boolean {
  let words = 1;
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceCode(s.charCodeAt(i))) continue;
    if (s.charCodeAt(i) !== 0x20 || ++words > MAX_WORDS || !isUpperStart(s.slice(i + 1, i + 2))) return false;
  }
  return true;
}

/** Whether a character may continue a name's word (a letter, a digit or a hyphen). */
function wordCode(c: number): boolean {
  return isLetterCode(c) || isDigitCode(c) || c === 0x2d;
}

/** `mentions` (sorted by start) with the later whole-word occurrences of their one-word names, sorted by start. */
export function withRepeats(text: string, original: string, mentions: OrganizationMention[]): OrganizationMention[] {
  const names = new Map<string, OrganizationMention>();
  // (MAX_NAMES of one word and MAX_NAMES of several: the names of several words do not crowd out the others)
  let single = 0, several = 0;
  for (const m of mentions) {
    if (single >= MAX_NAMES && several >= MAX_NAMES) break;
    const n = m.name;
    if (n.length < 3 || n.length > 48 || names.has(n) || !isUpperStart(n) || !capitalWords(n) || PLACE_NAMES.has(n.toLowerCase())) continue;
    const one = n.indexOf(" ") < 0;
    if (one ? single++ >= MAX_NAMES : several++ >= MAX_NAMES) continue;
    names.set(n, m);
  }
  // the distinctive words of the names of several words (at most MAX_NAMES), each with its name's first mention
  const shorts = new Map<string, OrganizationMention>();
  for (const [n, m] of names) {
    if (shorts.size >= MAX_NAMES || n.indexOf(" ") < 0) continue;
    const w = shortWord(n);
    if (w !== null && !names.has(w) && !shorts.has(w)) shorts.set(w, m);
  }
  if (names.size === 0) return mentions;
  const added: OrganizationMention[] = [];
  for (const [word, first] of shorts) {
    for (let at = text.indexOf(word, first.end); at >= 0; at = text.indexOf(word, at + word.length)) {
      const end = at + word.length;
      if ((at > 0 && wordCode(text.charCodeAt(at - 1))) || (end < text.length && wordCode(text.charCodeAt(end)))) continue;
      // (not a word of another name: a capitalized word right after it, "Conch Materials"; and a sentence's subject, its
      // first word: not a word after a preposition or an article, "near Yereymentau", "the Ontustik industrial zone")
      if (capitalAfter(text, end) || !opensSentence(text, at) || inside(mentions, at, end)) continue;
      const m: OrganizationMention = { type: "organization", start: at, end, text: original.slice(at, end), name: first.name };
      if (first.country) m.country = first.country;
      added.push(m);
    }
  }
  for (const [name, first] of names) {
    for (let at = text.indexOf(name, first.end); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if ((at > 0 && wordCode(text.charCodeAt(at - 1))) || (end < text.length && wordCode(text.charCodeAt(end)))) continue;
      if (inside(mentions, at, end)) continue;
      const m: OrganizationMention = { type: "organization", start: at, end, text: original.slice(at, end), name };
      if (first.country) m.country = first.country;
      added.push(m);
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** Whether [start, end) overlaps a mention of `sorted` (sorted by start, not overlapping each other). */
function inside(sorted: readonly OrganizationMention[], start: number, end: number): boolean {
  let lo = 0, hi = sorted.length;
  // the first mention that ends after `start`
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.start < end;
}

/** Country and place stems of the country cues (lower case, four letters or more): "anhui", "zhejiang", "kazakh". */
const PLACE_STEMS: readonly string[] = COUNTRY_CUES.flatMap((c) => c.stems).filter((x) => !x.includes(" ") && x.length >= 4);

/** Whether a word (lower case) starts with a country cue's stem ("Anhui", "Kazakhstan", "Chinese"). */
const countryWord = (lower: string): boolean => EN_COUNTRY_NAMES.has(lower) || PLACE_STEMS.some((x) => lower.startsWith(x));

/** Whether a word (lower case) is a place, a country or one of their cue words. */
const placeWord = (lower: string): boolean => PLACE_NAMES.has(lower) || countryWord(lower);

/**
 * The English words of the sector and deal lexicons ("copper", "wind", "medical", "plant"): a name's word that is one is
 * the trade it names, no word of its own ("Balkhash Copper Resources", "Medical Park Invest").
 */
const TRADE_WORDS = lazy((): ReadonlySet<string> => {
  const out = new Set<string>();
  const add = (w: string) => { for (const x of w.replace(/^=/, "").toLowerCase().split(/[\s-]+/)) if (x.length >= SHORT_WORD_MIN) out.add(x); };
  for (const bySector of Object.values(SECTOR_KEYWORDS)) for (const w of bySector?.en ?? []) add(w);
  for (const words of Object.values(EN_DEAL_CUES)) for (const w of words ?? []) add(w);
  return out;
});

/** The fewest letters of a distinctive word (shorter ones are codes or common words: "KTZ", "New"). */
const SHORT_WORD_MIN = 4;

/** A capitalized Latin word with lower-case letters after its first (no code, no Cyrillic word that inflects). */
const LATIN_WORD = /^\p{Lu}[\p{Ll}]+$/u;

/**
 * The distinctive word of a Latin name of several words ("Conch" of "Anhui Conch Cement", "Rönesans" of "Rönesans
 * Holding"), else null: see withRepeats.
 */
function shortWord(name: string): string | null {
  const words = name.split(" ");
  // (the second after a Chinese province's or a country's word, in a name of three or more: "Anhui Conch Cement")
  const first = words[0]!.toLowerCase();
  const k = countryWord(first) && words.length >= 3 ? 1 : placeWord(first) ? -1 : 0;
  if (k < 0) return null;
  const w = words[k]!;
  const lower = w.toLowerCase();
  if (w.length < SHORT_WORD_MIN || !LATIN_WORD.test(w) || w.charCodeAt(0) > 0x24f) return null;
  if (placeWord(lower) || EN_STOP.has(lower) || LATIN_ORG_WORDS.has(lower) || EN_HEADS.has(lower) || EN_GENERIC.has(lower) || NON_ORG_WORDS.has(lower) ||
    TRADE_WORDS().has(lower)) return null;
  return w;
}

/** Whether a capitalized word follows `end` after one space (the word found is part of a longer name). */
function capitalAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 0x20 && isUpperCode(text.charCodeAt(end + 1));
}

/** Whether `at` opens a sentence: the text's start, or after white space a sentence's end, a line break or an opening quote. */
function opensSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0xa0)) i--;
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x22 || c === 0x201c || c === 0xab || c === 0x28;
}

