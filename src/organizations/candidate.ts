/**
 * What a candidate source is: a named step that reads a text (with what the trigger scan found)
 * and pushes raw organization candidates, before overlaps and country.
 */
import { KAZAKH_LEGAL_FORMS, LEGAL_FORMS } from "../../lexicons/legal-forms.js";
import { isSpaceCode } from "../word-start.js";
import { isQuoteCode } from "./chars.js";
import type { LanguageCode } from "../types.js";
import type { Triggers } from "./triggers.js";

/** What every source may read about the text. */
export interface SourceInput {
  text: string;
  language: LanguageCode;
  /** Whether Kazakh (Russian) head words are read: the language, or "und". */
  kk: boolean;
  ru: boolean;
  triggers: Triggers;
  /** The first quote or Latin letter (-1: none): quoted names start after it, Latin names no earlier. */
  firstQuoteOrLatin: number;
  /** The first Latin letter (-1: none). */
  firstLatin: number;
  /** The text's title lines (title-lines.ts), read by the first source that asks (`titlesOf`); null until then. */
  titles: number[] | null;
  /** The Latin legal-form source's candidates, refined, sorted by start: names a later source may leave unread. */
  legalNames: readonly Org[];
  /** The runs a source left unread inside one of `legalNames` (see Shadowed). */
  shadowed: Shadowed[];
}

/**
 * A run of words that a source left unread because it lies inside a legal-form name (`by`): every candidate the
 * source could read there lies inside that name, and loses to it in overlap resolution, unless the name itself is
 * dropped (by a longer candidate that overlaps it). The recognizer then reads such runs after all (see
 * recognizers/organization.ts), so the result is the same as if they had been read.
 */
export interface Shadowed {
  start: number;
  end: number;
  by: Org;
}

/**
 * What a source's candidates are anchored on; the stage runs a source only on a text that has its
 * anchor (a test per text instead of a call per source). "always": the trigger scan's gazetteer
 * forms; "quote-or-latin", "latin": a quote or Latin letter, a Latin letter (`firstQuoteOrLatin`,
 * `firstLatin`); "legal-form": an abbreviated legal form (`triggers.legalCount`); "kk-heads",
 * "ru-heads": the language reads Kazakh (Russian) heads; "kk-or-ru": either.
 */
export type Anchor = "always" | "quote-or-latin" | "latin" | "legal-form" | "kk-heads" | "ru-heads" | "kk-or-ru";

export interface Source {
  name: string;
  anchor: Anchor;
  /** Pushes the source's candidates onto `out`; runs only when the text has the source's anchor. */
  find(input: SourceInput, out: Org[]): void;
}

/** A raw candidate, as the sources push it. */
export interface Org {
  /** Set so that overlap resolution can compare raw candidates with each other. */
  type: "organization";
  start: number;
  end: number;
  name: string;
  legalForm?: string;
  country?: string;
  /**
   * `country` was read from a Kazakh legal form alone ("ТОО", "ЖШС": registered in Kazakhstan), no cue: a nationality
   * said right before the name says whose company it is instead ("Қытайлық «X» ЖШС", "китайское ТОО «X»").
   */
  formCountry?: true | undefined;
  /** A head-word source's head (the form listed in lexicons/org-heads.*.ts) and where it starts (-1: none). */
  head: string | undefined;
  headStart: number;
}

export const LEGAL_NORMALIZED = new Map<string, string>();
for (const f of LEGAL_FORMS) for (const w of f.forms) LEGAL_NORMALIZED.set(w, f.normalized);
export const KAZAKH_FORMS = new Set(KAZAKH_LEGAL_FORMS);

export const QUOTE_CHARS = /["«»“”„]/g;

/**
 * Whether a name needs cleaning: a quote (QUOTE_CHARS), other white space than single spaces, or an edge space.
 * Speed: a loop over the name's code units instead of a regex test per candidate (the English organization list
 * of the adversarial bench pushes 19,000 per 200 KB).
 */
function needsCleaning(name: string): boolean {
  const last = name.length - 1;
  let space = false;
  for (let i = 0; i <= last; i++) {
    const c = name.charCodeAt(i);
    if (isQuoteCode(c)) return true;
    if (!isSpaceCode(c)) { space = false; continue; }
    if (c !== 0x20 || space || i === 0 || i === last) return true;
    space = true;
  }
  return false;
}

const NO_EXTRA: Partial<Org> = {};

export function push(out: Org[], start: number, end: number, name: string, extra: Partial<Org> = NO_EXTRA): void {
  // no name runs over a paragraph break (a headline's last words and the dateline after it: "… завода\n\nАСТАНА")
  if (hasParagraphBreak(name)) return;
  const clean = needsCleaning(name) ? name.replace(QUOTE_CHARS, "").replace(/\s+/g, " ").trim() : name;
  if (clean.length === 0 || end <= start) return;
  // one object shape for every candidate (no spread): overlap resolution reads them all
  out.push({
    type: "organization", start, end, name: clean, legalForm: extra.legalForm, country: extra.country, formCountry: extra.formCountry,
    head: extra.head, headStart: extra.headStart ?? -1,
  });
}

/** Whether a string holds a line break, blanks, then another line break. */
function hasParagraphBreak(s: string): boolean {
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) {
    let j = i + 1;
    while (j < s.length && (s.charCodeAt(j) === 0x20 || s.charCodeAt(j) === 0x09 || s.charCodeAt(j) === 0x0d)) j++;
    if (s.charCodeAt(j) === 0x0a) return true;
  }
  return false;
}
