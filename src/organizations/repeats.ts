/**
 * An organization named by one word, or by a few capitalized words, found again as that whole name elsewhere in the
 * document: the same organization ("Kazakhstan's Allur Group said … . Allur will invest $30 million", "Odebrecht …
 * Odebrecht", "ТОО «Aksu Ferro Trade» выиграло тендер. Aksu Ferro Trade построит …"). The
 * sources need a cue beside a name (a legal form, a quote, a company noun, a verb of business); a name the document
 * has already given is its own cue. Case-sensitive and exact (no case forms), not inside another mention, and not a
 * place's name (a company named "Астана" does not make the city one).
 */
import type { OrganizationMention } from "../types.js";
import { isDigitCode, isLetterCode, isSpaceCode } from "../word-start.js";
import { isUpperStart } from "./chars.js";
import { PLACE_NAMES } from "./words.js";

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
  if (names.size === 0) return mentions;
  const added: OrganizationMention[] = [];
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
