/**
 * What deal assembly reads inside one sentence: its parties (one per organization, with the country
 * a nationality word or the legal form gives) and the role of each date (the nearest signing, start or
 * completion cue in the date's clause).
 *
 * Each question looks only at the cues near the organization or date it is about (a binary search in
 * the sentence's cues, which are sorted by start), so that a long sentence (a list of organizations or
 * dates with no period) costs linear time: asking every cue for every organization or date was quadratic
 * in the sentence (test/cost.test.ts; 200 k characters of organizations took 2.5 s, of dates 11 s).
 */
import type { DateMention, DealDates, OrganizationMention, Span } from "../types.js";
import type { Party } from "./frame.js";
import { EN_HEADS } from "../organizations/words.js";
import { LEGAL_FORM_COUNTRIES } from "../../lexicons/legal-forms.js";

/** LEGAL_FORM_COUNTRIES. */
const FORM_COUNTRIES: ReadonlyMap<string, string> = new Map(Object.entries(LEGAL_FORM_COUNTRIES));
import { conjunctionBetween } from "./conjunctions.js";
import { KIND_CATEGORIES } from "./features.js";
import { isMedia, isStateBody } from "./org-roles.js";
import { wordsBetween } from "./word-before.js";
import type { Cue, SentenceInfo } from "./sentence-info.js";
import { BLOC_NAMES, VENUE_OF } from "../../lexicons/deal-triggers.js";
import {
  PARENT_AFTER, PARENT_BEFORE, SUBSIDIARY_POSSESSIVES, FACILITATOR_AFTER, FACILITATOR_BEFORE, FILED_WITH_BEFORE, REPORTED_CLAUSE_OPENERS,
  REPORTER_AFTER, REPORTER_AFTER_COMMA, REPORTER_BEFORE, REPORTER_COMMA_BEFORE, REPORTER_WORDS_AFTER_COMMA, REPORTING_VERBS_BEFORE_DATE,
  REPORTER_PLACE_PREPOSITIONS, SPEAKER_PARTY_ROLES, WORDS_BETWEEN_REPORT_AND_DATE,
} from "../../lexicons/party-sources.js";
import { added, firstStartingAt, none } from "./lists.js";
import { PartyNames, partyKey } from "./party-names.js";
import { isDigitCode, isLetterCode, isSpaceCode } from "../word-start.js";
import { endsWithWord, wordBefore } from "./word-before.js";

/**
 * What is read once per sentence. Speed: the cue lists are searched by their own starts (no list of starts
 * beside each), the lists of a sentence without facility or date-role cues are one shared empty list, and
 * the separators are read only for a sentence whose dates are asked about (partiesOf, called for every
 * sentence with an organization, needs none): fewer objects per sentence, whose lists live through the
 * whole assembly. With partyKey's memo (party-names.ts), on the English deal-dense text of the
 * adversarial bench (1,544 sentences per 200 KB): deal assembly 29.1 -> 25.9 ms and 37.8 -> 35.8 ms (two
 * runs of 6 alternating processes per build, median of 25 rounds each; a loaded machine). The index is
 * kept on the sentence, not in a WeakMap (an entry per sentence, each an ephemeron for the collector):
 * indexOf 6.9% -> 5.2% of deal assembly there (sampled over 80 calls).
 */
export interface SentenceIndex {
  /** The longest cue's length. */
  longestCue: number;
  /** Facility cues (sorted by start). */
  facilities: readonly Cue[];
  /** Offsets of "," and ";" (the clause separators), read on first use. */
  separators: number[] | null;
  /** The date-role cues in cue order, the longest one's length. */
  roles: readonly Role[];
  longestRole: number;
}

/** A date's role in its sentence: a deal date's, or a delivery's (see dateRole). */
export type DateRole = keyof DealDates | "delivery";

interface Role { start: number; end: number; role: DateRole }

function indexOf(info: SentenceInfo, text: string): SentenceIndex {
  if (info.partyIndex) return info.partyIndex;
  let longestCue = 0, longestRole = 0;
  // (lists of their exact length, from the shared empty one: a sentence's index lives through the whole assembly)
  let facilities: Cue[] = none(), roles: Role[] = none();
  for (const c of info.cues) {
    longestCue = Math.max(longestCue, c.end - c.start);
    if (c.categories.includes("facility")) facilities = added(facilities, c);
    // (a completion word after a percentage is progress, no date role: "the plant was 74% complete as of October";
    // "строительство завершено на 40%" is a cue of progress, not of completion)
    const role: DateRole | null = c.categories.includes("start") ? "start"
      : c.categories.includes("completion") ? (afterPercent(text, info, c) ? null : "completion")
      : c.categories.includes("sign") ? "signed" : c.categories.includes("delivery") ? "delivery" : null;
    if (role) {
      roles = added(roles, { start: c.start, end: c.end, role });
      longestRole = Math.max(longestRole, c.end - c.start);
    }
  }
  return (info.partyIndex = { longestCue, facilities, separators: null, roles, longestRole });
}

/** Whether a cue follows a percent sign, blanks between ("74% complete"). */
function afterPercent(text: string, info: SentenceInfo, c: Cue): boolean {
  let i = c.start;
  while (i > info.sentence.start && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i > info.sentence.start && text.charCodeAt(i - 1) === 0x25;
}

/** The sentence's clause separators ("," and ";"), read once. */
function separatorsOf(info: SentenceInfo, index: SentenceIndex, text: string): number[] {
  if (index.separators) return index.separators;
  const separators: number[] = [];
  // (not a comma inside a name: "On June 9, Jidong Cement Co., Ltd launched its plant" is two clauses, not three)
  let o = 0;
  for (let k = info.sentence.start; k < info.sentence.end; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x2c && c !== 0x3b) continue;
    while (o < info.orgs.length && info.orgs[o]!.end <= k) o++;
    if (o < info.orgs.length && info.orgs[o]!.start <= k) continue;
    separators.push(k);
  }
  return (index.separators = separators);
}

/**
 * Whether the clause [from, to) holds the date and at most one word beside it, before it ("In 2023,", "в 2023 году,"):
 * an adverbial put first, not a clause of its own.
 */
function fronted(text: string, from: number, date: Span, to: number): boolean {
  for (let k = date.end; k < to; k++) if (!isSpaceCode(text.charCodeAt(k))) return false;
  let words = 0;
  for (let k = from; k < date.start; k++) if (isLetterCode(text.charCodeAt(k)) && !isLetterCode(text.charCodeAt(k - 1))) words++;
  return words <= 1;
}

/** Index of the first of the sorted `list` that is at least `at`. */
function firstAtLeast(list: readonly number[], at: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < at) lo = mid + 1; else hi = mid;
  }
  return lo;
}


/**
 * Country of a party: the mention's, else a nationality word just before it (ending at most 40 characters
 * before it, with no other organization in between), else its legal form. `k` is its index in info.orgs.
 */
function countryOf(info: SentenceInfo, index: SentenceIndex, k: number): string | undefined {
  const org = info.orgs[k]!;
  if (org.country) return org.country;
  let best: { end: number; country: string } | null = null;
  // the cues that end in [org.start - 40, org.start] start no earlier than that minus the longest cue
  const cues = info.cues;
  for (let j = firstStartingAt(cues, org.start - 40 - index.longestCue); j < cues.length && cues[j]!.start <= org.start; j++) {
    const c = cues[j]!;
    if (c.end > org.start || org.start - c.end > 40) continue;
    const country = c.categories.includes("china") ? "CN" : c.categories.includes("kazakhstan") ? "KZ" : null;
    if (country && (!best || c.end > best.end)) best = { end: c.end, country };
  }
  if (best && !orgBetween(info.orgs, k, best.end)) return best.country;
  return org.legalForm === undefined ? undefined : FORM_COUNTRIES.get(org.legalForm);
}

/** Whether another organization of `orgs` (sorted by start) lies within [from, orgs[k].start). */
function orgBetween(orgs: readonly OrganizationMention[], k: number, from: number): boolean {
  const at = orgs[k]!.start;
  // only those starting before orgs[k] can end before it: read back from it while they start after `from`
  for (let j = k - 1; j >= 0 && orgs[j]!.start >= from; j--) if (orgs[j]!.end <= at) return true;
  return false;
}

const QUOTE_OR_SPACE = /[\s"»”']/u;

/**
 * An organization that is the deal's object rather than a party: "Шымкент мұнай өңдеу зауытын", "«X» қонақүйіне";
 * never one with a legal form.
 */
function isFacility(index: SentenceIndex, org: OrganizationMention, text: string): boolean {
  // a name with a legal form is a company's, whatever follows it ("«X» ЖШС зауытқа … салады": X invests in a plant)
  if (index.facilities.length === 0 || org.legalForm !== undefined) return false;
  // a facility cue inside the name reaching its end, or after it with only quotes and spaces between:
  // either starts in [org.start, after], where `after` ends the quotes and spaces that follow the name
  let after = org.end;
  while (after < text.length && QUOTE_OR_SPACE.test(text[after]!)) after++;
  const cues = index.facilities;
  for (let j = firstStartingAt(cues, org.start); j < cues.length && cues[j]!.start <= after; j++) {
    const c = cues[j]!;
    // (a Kazakh object named after its name takes the possessive, "«Қарқара» курорты", "«Шымкент» зауыты"; a bare noun after
    // the name is what it builds: "«Hainan Yunlong Tourism» курорт салуға … салады")
    if (c.start >= org.end && bareCyrillicNoun(text, c)) continue;
    // (a company's head that only begins like a facility word, "Rixos Hotels", "Tianshan Resorts": a chain's name)
    if (c.start < org.end && EN_HEADS.has(lastWord(org.name)) && lastWord(org.name).toLowerCase() !== c.key) continue;
    if (c.start < org.end ? c.end >= org.end - 1 : true) return true;
  }
  return false;
}

/** The last word of a name. */
const lastWord = (name: string): string => name.slice(name.lastIndexOf(" ") + 1);

/** Whether a cue is written in Cyrillic as its lexicon entry, with no ending ("курорт", not "курорты"). */
function bareCyrillicNoun(text: string, c: Cue): boolean {
  const first = text.charCodeAt(c.start);
  return first >= 0x400 && first <= 0x4ff && text.slice(c.start, c.end).toLowerCase() === c.key.replace(/^=/, "");
}

/** Lower-case REPORTER_BEFORE, REPORTER_AFTER and REPORTER_AFTER_COMMA, and how far each side is read. */
const REPORTER_BEFORE_WORDS = REPORTER_BEFORE.map((w) => w.toLowerCase());
const REPORTER_AFTER_WORDS = REPORTER_AFTER.map((w) => w.toLowerCase());
const REPORTER_AFTER_COMMA_WORDS = REPORTER_AFTER_COMMA.map((w) => w.toLowerCase());
const REPORTER_REACH = Math.max(
  ...[...REPORTER_BEFORE_WORDS, ...REPORTER_AFTER_WORDS, ...REPORTER_COMMA_BEFORE, ...REPORTER_AFTER_COMMA_WORDS].map((w) => w.length),
) + 8;

/**
 * Whether a state body is named as the reporter of the sentence ("по данным акимата", "Облыс әкімдігінің баспасөз
 * қызметінің хабарлауынша", "according to the ministry"): a source, not a party (REPORTER_BEFORE, REPORTER_AFTER).
 */
function reports(text: string, org: OrganizationMention): boolean {
  const before = textBefore(text, org.start, REPORTER_REACH);
  if (REPORTER_BEFORE_WORDS.some((w) => before.endsWith(w))) return true;
  // "…, сообщил председатель правления АО «X»": a verb of saying after the comma, then the speaker's title; "…, сообщили в
  // национальной компании Kazakh Invest": where it was said, then the organization's kind
  for (let n = 1; n <= REPORTER_TITLE_WORDS; n++) {
    const at = wordsBackFrom(before, n);
    if (at === before.length) break;
    const head = before.slice(0, at).trimEnd();
    if (REPORTER_COMMA_VERBS.some((w) => head.endsWith(w)) || REPORTER_IN.some((w) => head.endsWith(w))) return true;
  }
  const after = folded(text.slice(org.end, org.end + REPORTER_REACH)).trimStart();
  if (REPORTER_AFTER_WORDS.some((w) => after.startsWith(w))) return true;
  // "…, the energy ministry said", "…, the Kazakh Ministry of Energy reported" (a few words between the comma and the body),
  // "…, Halyk Finance analysts said" (the speakers' title between the name and the verb)
  return saysAfter(after) && REPORTER_COMMA_BEFORE.some((w) => before.endsWith(w) ||
    before.slice(0, wordsBackFrom(before, REPORTER_WORDS_AFTER_COMMA)).endsWith(w));
}

const PARENT_BEFORE_WORDS = PARENT_BEFORE.map((w) => w.toLowerCase());
const PARENT_AFTER_WORDS = PARENT_AFTER.map((w) => w.toLowerCase());
/** How far before a parent word its possessive may stand ("ее "). */
const POSSESSIVE_REACH = 8;
const PARENT_REACH = Math.max(...PARENT_BEFORE_WORDS.map((w) => w.length), ...PARENT_AFTER_WORDS.map((w) => w.length)) + 2;

/** Whether an organization is named as another's parent (PARENT_BEFORE, PARENT_AFTER): no party of the subsidiary's deal. */
function parentOf(text: string, org: OrganizationMention): boolean {
  const before = textBefore(text, org.start, PARENT_REACH + POSSESSIVE_REACH);
  if (endsWithWord(before, PARENT_BEFORE_WORDS)) {
    // ("ее дочерняя компания ТОО «X»": X is the subsidiary; the longest parent word is the one read)
    const word = PARENT_BEFORE_WORDS.filter((w) => before.endsWith(w)).sort((a, b) => b.length - a.length)[0]!;
    const rest = before.slice(0, before.length - word.length).trimEnd();
    return !SUBSIDIARY_POSSESSIVES.some((p) => rest === p || rest.endsWith(" " + p));
  }
  const after = folded(text.slice(org.end, org.end + PARENT_REACH)).trimStart();
  return PARENT_AFTER_WORDS.some((w) => after.startsWith(w));
}

const SPEAKER_ROLES = SPEAKER_PARTY_ROLES.map((w) => w.toLowerCase());
const SPEAKER_ROLE_REACH = Math.max(...SPEAKER_ROLES.map((w) => w.length)) + 2;

/** Whether a party's role stands right before the speaker's name (SPEAKER_PARTY_ROLES: "developer Arm Wind said"). */
function speaksAsParty(text: string, org: OrganizationMention): boolean {
  const before = textBefore(text, org.start, SPEAKER_ROLE_REACH);
  return endsWithWord(before, SPEAKER_ROLES);
}

/** At most this many words (a title: "председатель правления", "analysts") between a verb of saying and its speaker. */
const REPORTER_TITLE_WORDS = 3;
/** The words of where something was said among REPORTER_BEFORE ("сообщили в", "пояснили в"). */
const REPORTER_IN = REPORTER_BEFORE_WORDS.filter((w) => REPORTER_PLACE_PREPOSITIONS.some((p) => w.endsWith(` ${p}`)));
/** The verbs of saying after a comma among REPORTER_BEFORE (", сообщил", ", заявили": one word after the comma). */
const REPORTER_COMMA_VERBS = REPORTER_BEFORE_WORDS.filter((w) => w.startsWith(", ") && !w.slice(2).includes(" "));

/** Whether a verb of saying (REPORTER_AFTER_COMMA) opens `after`, or follows at most REPORTER_TITLE_WORDS plain words. */
function saysAfter(after: string): boolean {
  return opensWithin(after, REPORTER_TITLE_WORDS, (rest) => REPORTER_AFTER_COMMA_WORDS.some((w) => rest.startsWith(w) && !isLetterCode(rest.charCodeAt(w.length))));
}

/**
 * Whether `opens` holds for `s` (lower case, single spaces) or for what follows one of its first `words` plain words
 * (letters, digits, apostrophes, hyphens, one space after each): a title or a kind between a name and the word after it.
 */
function opensWithin(s: string, words: number, opens: (rest: string) => boolean): boolean {
  let at = 0;
  for (let n = 0; n <= words; n++) {
    if (opens(s.slice(at))) return true;
    let j = at;
    while (j < s.length && isWordPartCode(s.charCodeAt(j))) j++;
    if (j === at || s.charCodeAt(j) !== 0x20) return false;
    at = j + 1;
  }
  return false;
}

/**
 * Where the last `n` words of `s` start (s trimmed at its end; words are runs of letters, digits, apostrophes and
 * hyphens with one space between), or s.length when a sign other than those ends it first.
 */
function wordsBackFrom(s: string, n: number): number {
  let at = s.length;
  for (let k = 0; k < n; k++) {
    let j = at;
    while (j > 0 && isWordPartCode(s.charCodeAt(j - 1))) j--;
    if (j === at) return at;
    at = j;
    if (at > 0 && s.charCodeAt(at - 1) === 0x20) at--;
    else break;
  }
  return at;
}

/** A letter, digit, apostrophe or hyphen: a part of a word such as "country's" or "Kazakh-Chinese". */
function isWordPartCode(c: number): boolean {
  return isLetterCode(c) || isDigitCode(c) || c === 0x27 || c === 0x2019 || c === 0x2d;
}

const FILED_WITH = FILED_WITH_BEFORE.map((w) => w.toLowerCase());
const FILED_WITH_REACH = Math.max(...FILED_WITH.map((w) => w.length)) + 8;

/** Whether an organization is the exchange or regulator a filing was made with (FILED_WITH_BEFORE): a source. */
function filedWith(text: string, org: OrganizationMention): boolean {
  const before = textBefore(text, org.start, FILED_WITH_REACH);
  return FILED_WITH.some((w) => before.endsWith(w));
}

const FACILITATOR_REACH = Math.max(...FACILITATOR_BEFORE.map((w) => w.length)) + 8;

/**
 * Whether an organization helped the deal rather than made it (FACILITATOR_BEFORE, FACILITATOR_AFTER): "при содействии
 * Kazakh Invest", "with the assistance of the embassy", "Kazakh Invest-тің қолдауымен".
 */
function facilitates(text: string, org: OrganizationMention): boolean {
  const before = textBefore(text, org.start, FACILITATOR_REACH);
  if (endsWithWord(before, FACILITATOR_BEFORE)) return true;
  // (its kind may stand between: "«Kazakh Invest» ұлттық компаниясының қолдауымен"; speed: read only when one of the
  // words' first letters stands there, as most texts have none of them)
  if (!someFirstLetter(text, org.end, org.end + 64, FACILITATOR_FIRST)) return false;
  const after = folded(text.slice(org.end, org.end + 64)).trimStart();
  return opensWithin(after, FACILITATOR_KIND_WORDS, (rest) => FACILITATOR_AFTER.some((w) => rest.startsWith(w)));
}

/** At most this many words between a facilitator and FACILITATOR_AFTER (its kind: "ұлттық компаниясының"). */
const FACILITATOR_KIND_WORDS = 2;

/**
 * `s` in lower case with its runs of white space folded to single spaces. Speed: the regex ran on every few words'
 * slice around each organization; most slices have single spaces only (the English deal-dense text of the adversarial
 * bench: 2.35 → ≤ 2 × news per MB, with the sources and facilitators read for every organization).
 */
export function folded(s: string): string {
  const l = s.toLowerCase();
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if (c === 0x20 ? i + 1 < l.length && isSpaceCode(l.charCodeAt(i + 1)) : c !== 0x20 && isSpaceCode(c)) return l.replace(/\s+/g, " ");
  }
  return l;
}

/** The first code units of FACILITATOR_AFTER's words, in lower and upper case. */
const FACILITATOR_FIRST: ReadonlySet<number> = new Set(FACILITATOR_AFTER.flatMap((w) => [w.charCodeAt(0), w[0]!.toUpperCase().charCodeAt(0)]));

/** Whether a word in text[from, to) starts with one of `firsts`. */
function someFirstLetter(text: string, from: number, to: number, firsts: ReadonlySet<number>): boolean {
  const end = Math.min(text.length, to);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (firsts.has(c) && (i === from || !isLetterCode(text.charCodeAt(i - 1)))) return true;
  }
  return false;
}

/** The `reach` characters before `at`, lower case, white space folded to single spaces, none at the end. */
export function textBefore(text: string, at: number, reach: number): string {
  return folded(text.slice(Math.max(0, at - reach), at)).trimEnd();
}

/** How far after a body its verb of saying and the clause opener are read. */
const REPORTED_CLAUSE_REACH = 60;

/**
 * Where the clause that a state body reports opens, when a verb of saying and a clause opener follow the body ("Минэнерго
 * РК сообщило, что …", "the ministry said that …": REPORTING_VERBS_BEFORE_DATE, REPORTED_CLAUSE_OPENERS), else -1.
 */
function reportedClause(text: string, org: OrganizationMention): number {
  let at = org.end;
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  const tail = text.slice(at, Math.min(text.length, org.end + REPORTED_CLAUSE_REACH)).toLowerCase();
  const verb = REPORTING_VERBS_BEFORE_DATE.find((v) => tail.startsWith(v));
  if (verb === undefined) return -1;
  // the verb's ending ("сообщил-о", "заявил-и"), then the opener after at most one space, or after a few words between
  // (when it was said, to whom: "said on Thursday that", "сообщили во вторник, что")
  let k = verb.length;
  while (k < tail.length && isLetterCode(tail.charCodeAt(k))) k++;
  for (let n = 0; n <= REPORT_WORDS_BEFORE_CLAUSE; n++) {
    const rest = tail.charCodeAt(k) === 0x20 ? tail.slice(k + 1) : tail.slice(k);
    const opener = REPORTED_CLAUSE_OPENERS.find((o) => rest.startsWith(o) && (o === ":" || !isLetterCode(rest.charCodeAt(o.length))));
    if (opener !== undefined) return at + (tail.length - rest.length) + opener.length;
    // the next word (letters and digits) after one space
    if (tail.charCodeAt(k) !== 0x20) return -1;
    let e = k + 1;
    while (e < tail.length && (isLetterCode(tail.charCodeAt(e)) || isDigitCode(tail.charCodeAt(e)))) e++;
    if (e === k + 1) return -1;
    k = e;
  }
  return -1;
}

/** The most words between a verb of saying and the clause it opens ("said on Thursday that", "told reporters on Monday that"). */
const REPORT_WORDS_BEFORE_CLAUSE = 3;

/**
 * Whether an organization (no state body) is named as the source of what another one in the sentence does (`reports`), not
 * with a party's role ("developer X said": SPEAKER_PARTY_ROLES).
 */
function sourceOfOther(text: string, org: OrganizationMention, orgs: readonly OrganizationMention[], names: PartyNames): boolean {
  if (orgs.length < 2 || speaksAsParty(text, org) || !reports(text, org)) return false;
  const key = names.keyOf(names.split(org.name));
  return orgs.some((o) => o !== org && !isMedia(o.name) && !reports(text, o) && names.keyOf(names.split(o.name)) !== key);
}

/** Blocs of states (lexicons/deal-triggers.ts): named in passing, never a party. */
const BLOCS: ReadonlySet<string> = new Set(BLOC_NAMES.map(partyKey));

/** VENUE_OF, and the most characters a venue word and its organization may stand apart. */
const VENUE_LINKS: ReadonlySet<string> = new Set(VENUE_OF);
const VENUE_REACH = Math.max(3, ...VENUE_OF.map((w) => w.length + 3));

/**
 * An organization named as where the deal was signed: a venue word right after it ("… Business Council meeting",
 * "… кеңесінің отырысында", "… кеңесі аясында") or, with the organization in the genitive or after "of" (VENUE_OF),
 * right before it ("на заседании … делового совета", "в рамках … делового совета", "at the meeting of the … Business
 * Council", "on the sidelines of the … Forum").
 */
function isVenue(info: SentenceInfo, org: OrganizationMention, text: string): boolean {
  const cues = info.cues;
  const after = firstStartingAt(cues, org.end);
  for (let j = after; j < cues.length && cues[j]!.start <= org.end + 3; j++) {
    if (cues[j]!.categories.includes("venue") || cues[j]!.categories.includes("venueAfter")) return true;
  }
  const before = firstStartingAt(cues, org.start) - 1;
  if (before < 0 || !(cues[before]!.categories.includes("venue") || cues[before]!.categories.includes("venueBefore"))) return false;
  const end = cues[before]!.end;
  if (end > org.start || end < org.start - VENUE_REACH) return false;
  const between = text.slice(end, org.start).trim().toLowerCase().replace(/\s+/g, " ");
  return between === "" || VENUE_LINKS.has(between);
}

/**
 * The sentence's parties: one per organization (an abbreviation in brackets after a name, or another
 * alias of it, is the same party), without media, blocs of states, the deal's own facilities and the venues
 * where it was signed.
 */
export function partiesOf(info: SentenceInfo, text: string, withState: boolean, names: PartyNames): Party[] {
  const out: Party[] = [];
  const keys = new Set<string>();
  const orgs = info.orgs;
  const index = indexOf(info, text);
  for (let k = 0; k < orgs.length; k++) {
    const org = orgs[k]!;
    const before = orgs[k - 1];
    if (before && PartyNames.bracketed(text.slice(before.end, org.start), text.slice(org.end, org.end + 4))) {
      names.alias(org.name, names.split(before.name));
      continue;
    }
    // its other names in the brackets after it (its own Latin name, its abbreviation: organizations/aliases.ts) are
    // the same party ("ТОО «Жасыл Кен» (Zhasyl Ken Mining, ZKM)")
    if (org.aliases !== undefined) for (const alias of org.aliases) names.alias(alias, names.split(org.name));
    if (isMedia(org.name) || BLOCS.has(partyKey(org.name)) || isFacility(index, org, text) || isVenue(info, org, text)) continue;
    const state = isStateBody(org.name);
    if (state && (!withState || reports(text, org))) continue;
    // a state body approving another organization's project ("Правительство одобрило проект ТОО «X» …", "… одобрен
    // Министерством энергетики", "Үкімет «X» ЖШС-нің … жобасын мақұлдады")
    // (alone too: "Правительство одобрило строительство железной дороги … стоимостью 350 млрд тенге" is a project the
    // government approved, not one it takes part in; unless the sentence signs: "… подписали и утвердили")
    if (state && info.has.has("approve") && !info.has.has("sign")) continue;
    // the chamber that ratifies a document, named before the verb ("Мажилис ратифицировал соглашение между …"): no party of it
    if (state && info.has.has("ratify") && info.cues.some((c) => c.start >= org.end && c.categories.includes("ratify"))) continue;
    // a company or fund named as the source of what another organization does ("Temirtau Alloys will build …, Samruk-Kazyna
    // said", "По данным АО «Самрук-Казына», ТОО «X» построит …"); alone in its sentence it tells its own deal
    if (!state && sourceOfOther(text, org, orgs, names)) continue;
    // (or of a package of several documents or projects it tells as their source: "Investment agreements worth $4.6 billion
    // were signed at the forum, the Kazakh Invest national company said", "… 11 құжатқа қол қойды, деп хабарлайды «X»")
    if (!state && (info.plural || (info.count ?? 0) > 1) && !speaksAsParty(text, org) && reports(text, org)) continue;
    // (or of a figure with no object, project or document of the sentence's: "Growth was driven by construction, transport
    // and mining, the National Bank of Kazakhstan said", "Loans to construction companies reached 1.2 trillion tenge, X said")
    if (!state && !info.has.has("facility") && !info.has.has("project") && info.capacity.length === 0 && !KIND_CATEGORIES.some((c) => info.has.has(c)) &&
      !speaksAsParty(text, org) && reports(text, org)) continue;
    if (filedWith(text, org) || facilitates(text, org)) continue;
    // a parent beside its subsidiary named in the sentence ("ТОО «X», дочерняя компания АО «Y»"; alone, "дочерняя
    // компания Y" with no name of its own, the parent stands for it)
    const parent = parentOf(text, org) && orgs.some((o) => o !== org && !isStateBody(o.name));
    // an organization that reports what another one does ("Минэнерго РК сообщило, что ТОО «X» завершило …", "…, что
    // китайская компания X построит …": the organization opens the clause, at most two words after its opener) is its
    // source; one that reports its own act ("…, что подписало соглашение с X") stays a party
    const clause = reportedClause(text, org);
    if (clause >= 0 && orgs.some((o, j) => j > k && o.start >= clause && wordsBetween(text, clause, o.start) <= 2 && !isStateBody(o.name))) continue;
    const country = countryOf(info, index, k);
    // (a foreign parent stays: "«Аягөз Винд» ЖШС, a subsidiary of China's Goldwind", whose investment it is)
    if (parent && (country === undefined || country === "KZ")) continue;
    const name = names.split(org.name);
    const key = names.keyOf(name);
    if (key === "" || keys.has(key)) continue;
    keys.add(key);
    const party: Party = { name, key, state, span: { start: org.start, end: org.end } };
    if (country) party.country = country;
    if (org.legalForm) party.legalForm = org.legalForm;
    out.push(party);
  }
  return out;
}

const REPORTING = REPORTING_VERBS_BEFORE_DATE;
const BETWEEN: ReadonlySet<string> = new Set(WORDS_BETWEEN_REPORT_AND_DATE);

/**
 * Whether a verb of saying stands right before the date, with at most two words of BETWEEN after it ("said on Tuesday",
 * "told reporters on Monday", "сообщило во вторник"): the date is the report's (it takes no role, see dateRole).
 */
function reportedOn(text: string, sentenceStart: number, at: number): boolean {
  const word = wordBefore(text, at, sentenceStart, BETWEEN);
  return word !== null && REPORTING.some((v) => word.startsWith(v));
}

/**
 * Nearest date-role cue in the date's clause (between commas or semicolons): the least distance from the
 * date (negative for a cue overlapping it), the first in text order on a tie. "delivery" for a delivery's date, which is
 * no signing ("The first cars will be delivered in 2027"; the frame reads a deadline as the completion).
 */
export function dateRole(info: SentenceInfo, date: DateMention, text: string): DateRole | null {
  const s = info.sentence;
  const index = indexOf(info, text);
  const { roles, longestRole } = index;
  if (roles.length === 0 || reportedOn(text, s.start, date.start)) return null;
  const separators = separatorsOf(info, index, text);
  // the clause: after the last separator before the date, up to the first one from its end on
  const before = firstAtLeast(separators, date.start) - 1;
  const from = before >= 0 ? separators[before]! + 1 : s.start;
  let after = firstAtLeast(separators, date.end);
  // a date fronted in a clause of its own ("In 2023, X opened …", "Ранее, в 2023 году, X ввела …", "By 2028, X will …"):
  // the clause after it is the date's
  if (after < separators.length && fronted(text, from, date, separators[after]!)) after++;
  const to = after < separators.length ? separators[after]! : Math.max(s.end, date.end);
  // Only two cues can be nearest. Before the date (ending by its start, distance date.start - end): the
  // one ending last, found reading back from the date until no earlier cue can end that late. From the
  // date on (distance start - date.end): the first by start, found reading on from the first cue that can
  // end after date.start.
  let back = -1;
  for (let j = firstStartingAt(roles, date.start) - 1; j >= 0; j--) {
    const c = roles[j]!;
    if (c.start < from || (back >= 0 && c.start + longestRole < roles[back]!.end)) break;
    if (c.end <= date.start && (back < 0 || c.end >= roles[back]!.end)) back = j;
  }
  let on = -1;
  for (let j = firstStartingAt(roles, Math.max(from, date.start - longestRole + 1)); j < roles.length && roles[j]!.start <= to; j++) {
    const c = roles[j]!;
    // (a cue inside the date is its own word: "намечен на начало 2026 года" says when, not that work starts)
    if (c.start >= date.start && c.end <= date.end) continue;
    if (c.end > date.start && c.end <= to) { on = j; break; }
  }
  if (back < 0 && on < 0) return null;
  if (on < 0) return roles[back]!.role;
  if (back < 0) return roles[on]!.role;
  // a cue on the far side of a conjunction is another clause's (deals/conjunctions.ts): "signed an agreement in May 2025
  // and expect completion in 2029" (the verb before its date), "2026 жылы басталады және 2028 жылы аяқталады" (after it)
  if (conjunctionBetween(text, date.end, roles[on]!.start) === "after") return roles[back]!.role;
  if (conjunctionBetween(text, roles[back]!.end, date.start) === "before") return roles[on]!.role;
  const dBack = date.start - roles[back]!.end;
  const dOn = roles[on]!.start - date.end;
  if (dBack !== dOn) return dBack < dOn ? roles[back]!.role : roles[on]!.role;
  return back < on ? roles[back]!.role : roles[on]!.role;
}
