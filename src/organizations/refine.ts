/**
 * The "not a name" decisions, in one place: each refiner names a phrase shape that a source finds
 * but that is not an organization, and drops those candidates before overlap resolution (so a
 * dropped candidate hides nothing, as if its source had never found it). A refiner reads only the
 * candidates of the sources it lists. Language words stay in lexicons/ and patterns/.
 */
import { RU_HEAD_FORMS } from "../../patterns/organization.ru.js";
import type { Org } from "./candidate.js";
import { hasLatinLetter, lower } from "./chars.js";
import { isWord, tokens, type Token } from "./tokens.js";
import { CONNECTORS, EN_GENERIC, FACILITY_COMPANY, NON_ORG_WORDS, PLACE_HEADS, PLACE_WORDS, RU_COMPANY } from "./words.js";

export interface Refiner {
  name: string;
  /** The sources whose candidates it reads. */
  sources: readonly string[];
  /** Whether the candidate is not an organization (`text`: the normalized text it was found in). */
  notAName(text: string, org: Org): boolean;
}

/** The words of a candidate's span. */
const wordsOf = (text: string, org: Org): Token[] => tokens(text, org.start, org.end).filter(isWord);

/** A run ending in a local administration head ("Pavlodar Region Akimat", "… Region akimat") keeps its place words. */
function placeHeaded(words: Token[]): boolean {
  const head = words[words.length - 1];
  return head !== undefined && (PLACE_HEADS.has(head.text) || /^[a-z]/.test(head.text));
}

export const REFINERS: readonly Refiner[] = [
  {
    // a word that names a thing or a place, not a company: "Astana Hub Park", "Almaty Region"
    // (a facility word is part of a company's name before its legal form: "Aktau Port Services LLP")
    name: "non-organization word",
    sources: ["latin-legal", "heads.en"],
    notAName(text, org) {
      const words = org.source === "latin-legal" ? tokens(org.name, 0, org.name.length).filter(isWord) : wordsOf(text, org);
      if (org.source === "latin-legal") return words.some((w) => NON_ORG_WORDS.has(w.text) && !FACILITY_COMPANY.has(w.text));
      const place = placeHeaded(words);
      return words.some((w) => NON_ORG_WORDS.has(w.text) && !(place && PLACE_WORDS.has(w.text)));
    },
  },
  {
    // a lower-case word inside an English run ("Kazakh oil Bank") other than an administration head
    name: "lower-case word in an English name",
    sources: ["heads.en"],
    notAName(text, org) {
      const words = wordsOf(text, org);
      const head = words[words.length - 1], place = placeHeaded(words);
      return !words.every((w) => /^[A-Z0-9(]/.test(w.text) || CONNECTORS.has(w.text) || w === head && place);
    },
  },
  {
    // industry words only before the head ("Green Energy", "Heavy Industry", "Oil and Gas") make a generic phrase
    name: "generic industry phrase",
    sources: ["heads.en"],
    notAName(text, org) {
      const words = wordsOf(text, org);
      return words.slice(0, -1).every((w) => EN_GENERIC.has(w.text) || CONNECTORS.has(w.text));
    },
  },
  {
    // a company head alone, even capitalized ("… с Корпорацией"), refers back to a name; it is not one
    name: "company head alone",
    sources: ["heads.ru"],
    notAName(text, org) {
      const head = RU_HEAD_FORMS.get(lower(text.slice(org.start, org.end)));
      return head !== undefined && RU_COMPANY.has(head.word);
    },
  },
  {
    // a Latin name with a Kazakh head word after it is found as a Latin name; the head stays out of it
    name: "Latin name before a Kazakh head",
    sources: ["heads.kk"],
    notAName: (text, org) => hasLatinLetter(text.slice(org.start, org.end)),
  },
];

/** Refiners by the source they read. */
const BY_SOURCE = new Map<string, Refiner[]>();
for (const r of REFINERS) for (const s of r.sources) BY_SOURCE.set(s, [...(BY_SOURCE.get(s) ?? []), r]);

/** The candidates no refiner drops (the same list when none is dropped). */
export function refine(text: string, candidates: Org[]): Org[] {
  let kept: Org[] | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const org = candidates[i]!;
    const refiners = BY_SOURCE.get(org.source);
    const drop = refiners !== undefined && refiners.some((r) => r.notAName(text, org));
    if (drop && kept === undefined) kept = candidates.slice(0, i);
    else if (!drop && kept !== undefined) kept.push(org);
  }
  return kept ?? candidates;
}
