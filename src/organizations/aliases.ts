/**
 * Abbreviations as aliases: an abbreviation in brackets right after an organization's name
 * ("Henan Gold Smelting Co. (HGS)", "движение за освобождение Азавада (НДОА)") is another name of
 * that organization. The named mention gets `aliases`; the abbreviation in the brackets and the
 * abbreviation alone later in the text become mentions of the same organization (its country;
 * the same key, see keys.ts aliasKeys).
 */
import { ALIAS_IN_BRACKETS, CAPITAL_WORD, ORIGINAL_IN_BRACKETS } from "../../patterns/organization.js";
import { isLatinUpperCode, LATIN_LOWER } from "../latin-letters.js";
import type { OrganizationMention } from "../types.js";
import { LEGAL_NORMALIZED } from "./candidate.js";
import { hasLatinLetter, isLetterCode } from "./chars.js";
import { NON_ORG_ABBREVIATIONS, NON_ORG_TOKENS } from "./words.js";

const OPEN_BRACKET = 0x28;

/** The first position after `pos` that is no period, space or tab (the period of "Co." before the bracket). */
function afterName(text: string, pos: number): number {
  let p = pos;
  if (text.charCodeAt(p) === 0x2e) p++;
  while (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09) p++;
  return p;
}

/** Whether a letter or digit (of the Basic Multilingual Plane) stands at `pos`. */
const nameCharAt = (text: string, pos: number): boolean => pos >= 0 && pos < text.length && isLetterCode(text.charCodeAt(pos));

/** The mention of `sorted` (sorted by start, not overlapping each other) that overlaps [start, end), if any. */
function overlapping(sorted: readonly OrganizationMention[], start: number, end: number): OrganizationMention | undefined {
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]!.start < end) lo = mid + 1; else hi = mid; }
  // the last mention that starts before `end` is the only one that may reach `start`
  return lo > 0 && sorted[lo - 1]!.end > start ? sorted[lo - 1] : undefined;
}

export interface Alias { named: OrganizationMention; from: number }

/**
 * Adds aliases to the mentions (sorted by start, not overlapping) of `text` (`original`: the text the
 * mentions' `text` is sliced from) and the mentions of the abbreviations; returns the list sorted by
 * start. Linear in the text: a character test per mention finds the brackets, and one scan over the
 * text's capital words finds every abbreviation alone, whatever the number of abbreviations (with a
 * few, a text search for each finds the same, see aliasesAlone).
 */
export function withAliases(text: string, original: string, mentions: OrganizationMention[]): OrganizationMention[] {
  let aliases: Map<string, Alias> | null = null;
  // the organizations' own Latin names in the brackets after their names ("«Хуаши Энерджи» (Huashi Energy)")
  let originals: OrganizationMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const named = mentions[i]!;
    const open = afterName(text, named.end);
    if (text.charCodeAt(open) !== OPEN_BRACKET) continue;
    ALIAS_IN_BRACKETS.lastIndex = open;
    const m = ALIAS_IN_BRACKETS.exec(text);
    let abbreviation = m?.[1];
    if (m === null) {
      const own = originalInBrackets(text, open, named);
      if (own === null) continue;
      named.aliases = [own.name];
      if (overlapping(mentions, own.start, own.end) === undefined) {
        const mention: OrganizationMention = { type: "organization", start: own.start, end: own.end, text: original.slice(own.start, own.end), name: own.name };
        if (named.country) mention.country = named.country;
        (originals ??= []).push(mention);
      }
      abbreviation = own.abbreviation;
      if (abbreviation === undefined) continue;
    }
    if (NON_ORG_TOKENS.has(abbreviation!) || NON_ORG_ABBREVIATIONS.has(abbreviation!) || LEGAL_NORMALIZED.has(abbreviation!) ||
      named.name === abbreviation) continue;
    (named.aliases ??= []).push(abbreviation!);
    aliases ??= new Map();
    // the first name an abbreviation follows keeps it
    if (!aliases.has(abbreviation!)) aliases.set(abbreviation!, { named, from: open });
  }
  if (originals !== null) mentions = merged(mentions, originals);
  if (aliases === null) return mentions;
  const added = aliases.size <= FEW_ALIASES ? aliasesAlone(text, original, mentions, aliases) : null;
  return merged(mentions, added ?? scanAliasesAlone(text, original, mentions, aliases));
}

/** An organization's own name in Latin letters (and its abbreviation), as ORIGINAL_IN_BRACKETS reads it at `open`. */
interface OwnName { start: number; end: number; name: string; abbreviation?: string }

/**
 * The Latin name in brackets after an organization's name in another script ("«Хуаши Энерджи» (Huashi Energy)",
 * "Королевского колледжа Лондона (King’s College London, KCL)"), if it is one: two capitalized words at least, or an
 * abbreviation after it that its words spell (see `spells`); not all in capitals (an abbreviation alone is
 * ALIAS_IN_BRACKETS'), not ending in a small word. Null for a named mention in Latin letters itself.
 */
function originalInBrackets(text: string, open: number, named: OrganizationMention): OwnName | null {
  if (hasLatinLetter(named.name)) return null;
  ORIGINAL_IN_BRACKETS.lastIndex = open;
  const m = ORIGINAL_IN_BRACKETS.exec(text);
  if (m === null) return null;
  const name = m[1]!, abbreviation = m[2];
  const words = name.split(BLANKS);
  if (!isCapital(words[words.length - 1]!) || !LOWER_LATIN.test(name)) return null;
  if (abbreviation === undefined ? words.filter(isCapital).length < 2 : !spells(abbreviation, words)) return null;
  const start = text.indexOf(name, open);
  return abbreviation === undefined ? { start, end: start + name.length, name } : { start, end: start + name.length, name, abbreviation };
}

const LOWER_LATIN = new RegExp(`[${LATIN_LOWER}]`);
const BLANKS = /[ \t]+/;
const isCapital = (word: string): boolean => isLatinUpperCode(word.charCodeAt(0));

/**
 * Whether the words spell the abbreviation, as a name spells its own (after Schwartz and Hearst, 2003): its first
 * letter is the first word's initial, and each next letter the initial of a later word or, failing that, a letter
 * later in the same word ("KazMunayGas" → "KMG"); digits and signs are skipped. "King’s College London" spells "KCL",
 * "Rassemblement pour le Mali" "RPM"; "London Stock Exchange" no "AIX".
 */
function spells(abbreviation: string, words: readonly string[]): boolean {
  const lowered = words.map((w) => w.toLowerCase());
  if (abbreviation[0]!.toLowerCase() !== lowered[0]![0]) return false;
  let w = 0, at = 1;
  for (let k = 1; k < abbreviation.length; k++) {
    const ch = abbreviation[k]!.toLowerCase();
    if (ch === ch.toUpperCase()) continue; // a digit or a sign
    let j = w + 1;
    while (j < lowered.length && lowered[j]![0] !== ch) j++;
    if (j < lowered.length) { w = j; at = 1; continue; }
    const inner = lowered[w]!.indexOf(ch, at);
    if (inner < 0) return false;
    at = inner + 1;
  }
  return true;
}

/** The mention of an abbreviation alone at `at` (the match of CAPITAL_WORD there), if it is one. */
function aloneAt(text: string, original: string, mentions: readonly OrganizationMention[], alias: Alias, m: RegExpExecArray, out: OrganizationMention[]): void {
  // a hyphen after the word starts a Kazakh ending ("ZYGS-тің"), not the abbreviation
  let word = m[0];
  while (word.endsWith("-")) word = word.slice(0, -1);
  const at = m.index, end = at + word.length;
  if (at < alias.from || nameCharAt(text, at - 1) || nameCharAt(text, end)) return;
  const there = overlapping(mentions, at, end);
  if (there !== undefined) {
    // the abbreviation itself, found by its context (sources/acronyms.ts): the named mention's country is its own
    if (there.start === at && there.end === end && there.name === word && there.country === undefined && alias.named.country) there.country = alias.named.country;
    return;
  }
  const mention: OrganizationMention = { type: "organization", start: at, end, text: original.slice(at, end), name: word };
  if (alias.named.country) mention.country = alias.named.country;
  out.push(mention);
}

/** The abbreviations alone: one scan over the text's capital words, each looked up (linear whatever their number). */
export function scanAliasesAlone(text: string, original: string, mentions: readonly OrganizationMention[], aliases: ReadonlyMap<string, Alias>): OrganizationMention[] {
  const added: OrganizationMention[] = [];
  CAPITAL_WORD.lastIndex = 0;
  for (let m = CAPITAL_WORD.exec(text); m; m = CAPITAL_WORD.exec(text)) {
    let word = m[0];
    while (word.endsWith("-")) word = word.slice(0, -1);
    const alias = aliases.get(word);
    if (alias !== undefined) aloneAt(text, original, mentions, alias, m, added);
  }
  return added;
}

/**
 * With few abbreviations, the same from a text search per abbreviation (from where it was defined)
 * instead of the scan over every capital word of the text (a `u`-flag class at every position:
 * sampled at 1.5% of the stage over the seeds and dev texts, all of it in the texts with an
 * abbreviation). An occurrence after a character that CAPITAL_WORD may span (a capital, a digit, "&",
 * "-" or a surrogate) might lie inside a longer capital word: then the scan decides (null). Elsewhere
 * the scan's match starts at the occurrence (its first character is a capital), and is read there.
 */
export function aliasesAlone(text: string, original: string, mentions: readonly OrganizationMention[], aliases: ReadonlyMap<string, Alias>): OrganizationMention[] | null {
  const added: OrganizationMention[] = [];
  for (const [abbreviation, alias] of aliases) {
    for (let at = text.indexOf(abbreviation, alias.from); at >= 0; at = text.indexOf(abbreviation, at + 1)) {
      if (at > 0 && mayExtendCapitalWord(text.charCodeAt(at - 1))) return null;
      CAPITAL_WORD.lastIndex = at;
      const m = CAPITAL_WORD.exec(text)!;
      let word = m[0];
      while (word.endsWith("-")) word = word.slice(0, -1);
      if (word === abbreviation) aloneAt(text, original, mentions, alias, m, added);
    }
  }
  return added.sort((a, b) => a.start - b.start);
}

/** How many abbreviations `aliasesAlone` searches for one by one (more: one scan, see scanAliasesAlone). */
const FEW_ALIASES = 8;

/** Whether a code unit may be part of a CAPITAL_WORD match (a capital, a digit, "&", "-"), or a surrogate. */
const CAPITAL_WORD_CHAR = /[\p{Lu}\p{N}&-]/u;
const mayExtendCapitalWord = (c: number): boolean => c >= 0xd800 && c <= 0xdfff || CAPITAL_WORD_CHAR.test(String.fromCharCode(c));

/** The mentions and the abbreviations alone, sorted by start. */
function merged(mentions: OrganizationMention[], added: OrganizationMention[]): OrganizationMention[] {
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
