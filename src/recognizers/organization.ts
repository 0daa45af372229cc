/**
 * The organization recognizer stage: the candidate sources of src/organizations/sources/, run on
 * the text's triggers, then overlap resolution (the longest candidate wins) and the country.
 * Patterns live in patterns/organization*.ts, words in lexicons/. Every source is anchored on
 * something rare:
 * - the gazetteer (one trie-compiled pattern) with Kazakh endings and Russian case forms;
 * - quoted names next to a legal form or a head word, and coordinated quoted names;
 * - unquoted names next to an abbreviated Cyrillic legal form;
 * - Latin names ending in a legal form; Latin-script runs in Cyrillic text; media domains;
 * - head words of state bodies and institutions, with the name phrase around them
 *   (kk: before the head, ru: adjectives before and a genitive phrase after, en: "of" phrase).
 * The country comes from the gazetteer, a Kazakh legal form, or cue words in the name or just
 * before it (src/organizations/country.ts).
 */
import { type Anchor, type Org, type Source, type SourceInput } from "../organizations/candidate.js";
import { withAliases } from "../organizations/aliases.js";
import { withRepeats } from "../organizations/repeats.js";
import { organizationKey } from "../organizations/keys.js";
import { forgetGroups } from "../organizations/tokens.js";
import { bracketCountryAfter, countryOf, nationalityBefore } from "../organizations/country.js";
import { refine, refinersOf } from "../organizations/refine.js";
import { gazetteerSource } from "../organizations/sources/gazetteer.js";
import { enAdministrationsSource } from "../organizations/sources/administrations.en.js";
import { chineseCyrillicSource } from "../organizations/sources/chinese-cyrillic.js";
import { companyWordsSource } from "../organizations/sources/company-words.js";
import { acronymsSource } from "../organizations/sources/acronyms.js";
import { definitionsSource } from "../organizations/sources/definitions.js";
import { enHeadsAfterSource, enHeadsInRun, enHeadsOfSource } from "../organizations/sources/heads.en.js";
import { kkHeadsSource } from "../organizations/sources/heads.kk.js";
import { ruHeadsSource } from "../organizations/sources/heads.ru.js";
import { enShapesSource } from "../organizations/sources/shapes.en.js";
import { latinLegalSource } from "../organizations/sources/latin-legal.js";
import { latinRunsSource } from "../organizations/sources/latin-runs.js";
import { mediaSource } from "../organizations/sources/media.js";
import { quotedSource } from "../organizations/sources/quoted.js";
import { unquotedLegalSource } from "../organizations/sources/unquoted-legal.js";
import { buildTriggers, triggers } from "../organizations/triggers.js";
import { resolveSpans } from "../overlaps.js";
import type { LanguageCode, OrganizationMention } from "../types.js";
import type { Recognizer, RecognizerContext } from "./types.js";

/**
 * The candidate sources, in the order their candidates meet overlap resolution (on equal spans
 * the first one wins).
 */
export const SOURCES: readonly Source[] = [
  gazetteerSource,
  quotedSource,
  latinLegalSource,
  mediaSource,
  latinRunsSource,
  enHeadsOfSource,
  enHeadsAfterSource,
  enAdministrationsSource,
  enShapesSource,
  unquotedLegalSource,
  kkHeadsSource,
  ruHeadsSource,
  companyWordsSource,
  chineseCyrillicSource,
  acronymsSource,
  definitionsSource,
];

/** The refiners of each source's candidates (src/organizations/refine.ts), by the source's index. */
const REFINERS_OF = SOURCES.map((source) => refinersOf(source.name));

/**
 * The anchors as bits: each source's anchor, and per text the set of anchors it has. Speed: a bit test
 * per source instead of a switch on the anchor's name (the switch and the loop around it sampled at
 * about 2% of the stage over the seeds and dev texts, most of whose texts run 2 or 3 of the 11 sources).
 */
const ANCHOR_BITS: Record<Anchor, number> = {
  "always": 1, "quote-or-latin": 2, "latin": 4, "legal-form": 8, "kk-heads": 16, "ru-heads": 32, "kk-or-ru": 64,
};
const SOURCE_ANCHORS = SOURCES.map((source) => ANCHOR_BITS[source.anchor]);

/** The anchors a text has. */
function anchorsOf(input: SourceInput): number {
  return ANCHOR_BITS.always |
    (input.firstQuoteOrLatin >= 0 ? ANCHOR_BITS["quote-or-latin"] : 0) |
    (input.firstLatin >= 0 ? ANCHOR_BITS.latin : 0) |
    (input.triggers.legalCount > 0 ? ANCHOR_BITS["legal-form"] : 0) |
    (input.kk ? ANCHOR_BITS["kk-heads"] : 0) |
    (input.ru ? ANCHOR_BITS["ru-heads"] : 0) |
    (input.kk || input.ru ? ANCHOR_BITS["kk-or-ru"] : 0);
}

/**
 * The one input object, filled anew for each text (sources keep nothing of it): an object per text
 * cost the stage about 5% more garbage collection (scavenges counted over the dev texts).
 */
const INPUT: SourceInput = {
  text: "", language: "und", kk: false, ru: false, firstQuoteOrLatin: -1, firstLatin: -1, titles: null, legalNames: [], shadowed: [],
  triggers: { gazetteer: [], kk: [], ru: [], companyWords: [], chinese: [], legalStarts: [], legalCount: 0, firstQuoteOrLatin: -1, firstLatin: -1 },
};

export function findOrganizations(text: string, language: LanguageCode): Org[] {
  buildTriggers(); // the stage's patterns, on its first text
  const heads = language === "kk" || language === "ru" || language === "und";
  const kk = heads && language !== "ru", ru = heads && language !== "kk";
  const input = INPUT;
  input.text = text; input.language = language; input.kk = kk; input.ru = ru; input.titles = null;
  input.legalNames = NO_ORGS; input.shadowed.length = 0;
  // the trigger scan also finds the first Latin letter and opening quote (the sources' anchors)
  const found = input.triggers = triggers(text, kk, ru);
  input.firstQuoteOrLatin = found.firstQuoteOrLatin;
  input.firstLatin = found.firstLatin;
  const out: Org[] = [];
  const anchors = anchorsOf(input);
  for (let i = 0; i < SOURCES.length; i++) {
    if ((SOURCE_ANCHORS[i]! & anchors) === 0) continue;
    const source = SOURCES[i]!;
    const from = out.length;
    source.find(input, out);
    const refiners = REFINERS_OF[i]!;
    if (refiners.length > 0 && out.length > from) refine(text, out, from, refiners);
    if (source === latinLegalSource && out.length > from) input.legalNames = byStart(out.slice(from));
    if (source === enHeadsAfterSource) headsRange = [from, out.length];
  }
  return out;
}

/** Where the English heads' candidates are in the last findOrganizations list ([from, to)). */
let headsRange: [number, number] = [0, 0];

/** The list sorted by start (stably), as it is when it comes so. */
function byStart(list: Org[]): Org[] {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.start > list[i]!.start) return list.sort((a, b) => a.start - b.start);
  return list;
}

/**
 * The candidates of `found` with those of the runs the English heads left unread inside a legal-form name that
 * overlap resolution dropped (`kept`: what it kept), in the English heads' place of the list; null when every such
 * name was kept (then what those runs would give loses to their names, see Shadowed in candidate.ts, and `found`
 * resolves as it would with them).
 */
function withShadowedRuns(text: string, found: readonly Org[], kept: readonly Org[]): Org[] | null {
  const shadowed = INPUT.shadowed;
  if (shadowed.length === 0) return null;
  const keptNames = new Set(kept);
  const read: Org[] = [];
  for (const s of shadowed) if (!keptNames.has(s.by)) enHeadsInRun(INPUT, s.start, s.end, read);
  if (read.length === 0) return null;
  const refiners = REFINERS_OF[SOURCES.indexOf(enHeadsAfterSource)]!;
  if (refiners.length > 0) refine(text, read, 0, refiners);
  if (read.length === 0) return null;
  // the English heads' own candidates and these, by start (a run's candidates in its place among the others)
  const [from, to] = headsRange;
  const heads = [...found.slice(from, to), ...read].sort((a, b) => a.start - b.start);
  return [...found.slice(0, from), ...heads, ...found.slice(to)];
}

/**
 * The candidates with a country, sorted by start (stable). Speed: one loop, and no sort when they come
 * in order (the sources push in text order, so most texts have them sorted): `filter` and `sort` with
 * a comparator sampled at 0.7% of the stage over the Russian dev texts, most texts having none or one.
 */
function knownSorted(found: readonly Org[]): readonly Org[] {
  let known: Org[] | null = null;
  let sorted = true;
  for (const o of found) {
    if (!o.country) continue;
    if (known === null) { known = [o]; continue; }
    if (known[known.length - 1]!.start > o.start) sorted = false;
    known.push(o);
  }
  // no list for a text with no country (most; see NONE in src/organizations/triggers.ts)
  if (known === null) return NO_ORGS;
  return sorted ? known : known.sort((a, b) => a.start - b.start);
}

const NO_ORGS: readonly Org[] = [];

/**
 * Whether the candidates come sorted by start and none overlaps the next: then overlap resolution keeps
 * them all, in this order. Speed: most texts' candidates are (381 of the 602 seeds and dev texts with
 * candidates); they skip the candidate objects, the copy and the sort: overlap resolution over those
 * texts 0.079 -> 0.056 ms per pass (min of 30 rounds).
 */
function apart(found: readonly Org[]): boolean {
  for (let i = 1; i < found.length; i++) if (found[i]!.start < found[i - 1]!.end) return false;
  return true;
}

export const organizationRecognizer: Recognizer = {
  name: "organization",
  type: "organization",
  languages: ["kk", "ru", "en"],
  recognize(context: RecognizerContext) {
    try {
      return organizationsOf(context);
    } finally {
      // the tokenizer's memo of the text's groups keeps no text alive past the stage (test/memory.test.ts)
      forgetGroups();
    }
  },
};

function organizationsOf(context: RecognizerContext): OrganizationMention[] {
  // the sources read the body only: a dateline (" date 2025-11-04 ") blanked, offsets kept, so that no name reads back
  // into it ("2025-11-04 Азия даму банкі", which then started before the body and was dropped with it)
  const text = context.bodyStart > 0 ? " ".repeat(context.bodyStart) + context.normalized.slice(context.bodyStart) : context.normalized;
  let found = findOrganizations(text, context.language);
  if (found.length === 0) return [];
  // overlaps are resolved on the raw candidates; mentions are built for the kept ones only
  let kept = apart(found) ? found : resolveSpans(found);
  // a legal-form name dropped with runs left unread inside it: those runs are read, and all resolved again
  const all = withShadowedRuns(text, found, kept);
  if (all !== null) { found = all; kept = resolveSpans(found); }
  const known = knownSorted(found);
  let k = 0;
  // kept candidates come sorted by start: one sweep over the known ones
  const mentions = kept.map((m, j) => {
    const org = m as unknown as Org;
    // (a bracket after the name says its country, over its legal form's: "«X» ЖШС (ҚХР)"; so does a nationality right
    // before it over a Kazakh legal form's, "Қытайлық «X» ЖШС", "китайское ТОО «X»": whose company it is)
    let country = org.country !== undefined
      ? bracketCountryAfter(text, org.end) ?? (org.formCountry ? nationalityBefore(text, org, j > 0 ? kept[j - 1]!.end : 0) : undefined) ?? org.country : undefined;
    if (!country) {
      // a longer name around a known one takes its country ("YTO Cargo Airlines" around "YTO"), unless a nationality said
      // right before it says otherwise ("Түркияның «Toros Gazprom Trade» компаниясы": a Turkish company, not Gazprom's)
      while (k < known.length && known[k]!.start < org.start) k++;
      for (let i = k; i < known.length && known[i]!.start < org.end; i++) {
        if (known[i]!.end <= org.end) {
          if (known[i]!.start > org.start || known[i]!.end < org.end) country = nationalityBefore(text, org, j > 0 ? kept[j - 1]!.end : 0);
          country ??= known[i]!.country;
          break;
        }
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
  return withSharedCountries(withAliases(text, context.text, withRepeats(text, context.text, mentions)));
}

/**
 * The same name found again without its country takes the country it has elsewhere in the document ("турецкая
 * Rönesans Enerji … ¶ Rönesans Enerji подписала …"), when the document gives that name one country only.
 */
function withSharedCountries(mentions: OrganizationMention[]): OrganizationMention[] {
  let bare = false, some = false;
  for (const m of mentions) { if (m.country === undefined) bare = true; else some = true; }
  if (!bare || !some) return mentions;
  const byKey = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.country === undefined) continue;
    const key = organizationKey(m.name);
    const had = byKey.get(key);
    byKey.set(key, had === undefined || had === m.country ? m.country : null);
  }
  for (const m of mentions) {
    if (m.country !== undefined) continue;
    const country = byKey.get(organizationKey(m.name));
    if (country) m.country = country;
  }
  return mentions;
}
