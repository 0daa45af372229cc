/**
 * Per-sentence features for deal assembly. Every pattern runs once over the document; matches
 * and mentions are then distributed to sentences by a sorted merge, so the cost is linear.
 */
import { OBJECT_PLACE_AFTER, OBJECT_PLACE_BEFORE, BOTH_PARTIES_REFERENCES, COUNT_WORDS, EXCHANGE_NAMES, FACILITY_KIND_STEMS, JOBS_WORDS, MEDIA_NAME_WORDS, MEDIA_STEMS, MULTIPLIER_WORDS, PARTNER_CAPITALS, CAPITAL_JOINERS, SPEECH_PLACE_BEFORE, STATE_BODY_STEMS, type CueCategory } from "../../lexicons/deal-triggers.js";
import { STATE_BODY_NAMES } from "../../lexicons/organizations.js";
import { matchKey, type CuePattern, type SectorPattern } from "../../patterns/deal.common.js";
import { DEAL_CUES_EN, PARTY_REF_EN, SECTORS_EN } from "../../patterns/deal.en.js";
import { DEAL_CUES_KK, PARTY_REF_KK, SECTORS_KK } from "../../patterns/deal.kk.js";
import { DEAL_CUES_RU, PARTY_REF_RU, SECTORS_RU } from "../../patterns/deal.ru.js";
import type { JobsPattern } from "../../patterns/jobs.common.js";
import { JOBS_EN } from "../../patterns/jobs.en.js";
import { JOBS_KK } from "../../patterns/jobs.kk.js";
import { JOBS_RU } from "../../patterns/jobs.ru.js";
import { placeKey, type RegionPattern } from "../../patterns/region.common.js";
import { REGION_EN } from "../../patterns/region.en.js";
import { REGION_KK } from "../../patterns/region.kk.js";
import { REGION_RU } from "../../patterns/region.ru.js";
import type { SentenceIndex } from "./sentence-parties.js";
import type { RecognizerContext } from "../recognizers/types.js";
import { alternation, registerPattern } from "../regex.js";
import type { Sentence } from "../segment.js";
import { CueSet } from "./cue-set.js";
import { jobsOf } from "./jobs.js";
import { capitalsDateline, wireDatelines } from "../dateline.js";
import { DATELINE_SEATS } from "../../lexicons/regions.js";
import { added, firstStartingAt, none } from "./lists.js";
import { namesItsCompany, outsideNames } from "./name-cues.js";
import { pronounSubject } from "./pronoun-subject.js";
import { QuoteReader } from "./quoted-places.js";
import { dropOtherSums, perUnitFigure } from "./sums.js";
import { endsWithWord, wordBefore } from "./word-before.js";
import { afterBlanks, wordAfter, wordEndAfter } from "../organizations/chars.js";
import { isLetterCode, isSpaceCode, isUpperCode, startsWord } from "../word-start.js";
import { classesOne, listItem, numbered, opensWithDemonstrative, topicFirst } from "./sentence-shape.js";
import type {
  CapacityMention, DateMention, LanguageCode, Mention, MoneyMention, OrganizationMention, RegionName, Sector, Span,
  SupportedLanguage,
} from "../types.js";

export interface Cue extends Span {
  categories: readonly CueCategory[];
  /** The lexicon entry matched (its lookup key): "завод" for "завода" and "заводе". */
  key: string;
}

export interface Hit<T> extends Span {
  value: T;
}

/** A place named in a sentence; `located` when a word of placing the object stands beside it ("будет построен в"). */
export interface PlaceHit extends Hit<RegionName> {
  located?: boolean;
  /** Inside a quoted name ("«Шымкент Жемістері»"): weighed after the places named for themselves (quoted-places.ts). */
  quoted?: boolean;
}

/** A jobs count; `temporary` when its adjective says the jobs last only while the plant is built ("временных"). */
export interface JobsHit extends Hit<number> {
  temporary: boolean;
}

/** A sector keyword; `object` when it names what is built ("мыс балқыту зауыты", "data centre"; lexicons/sectors.ts OBJECT_SECTORS). */
export interface SectorHit extends Hit<Sector> {
  object: boolean;
}

/** A date mention with a value. */
export type ResolvedDateMention = DateMention & { value: string };

export interface SentenceInfo {
  sentence: Sentence;
  cues: Cue[];
  has: CueSet<CueCategory>;
  money: MoneyMention[];
  capacity: CapacityMention[];
  /** The dates with a value (a relative date left unresolved tells a deal nothing). */
  dates: ResolvedDateMention[];
  orgs: OrganizationMention[];
  jobs: JobsHit[];
  regions: PlaceHit[];
  sectors: SectorHit[];
  /** Number of projects or documents the sentence counts ("14 инвестициялық жоба", "четыре меморандума"). */
  count: number | null;
  /** Speaks of several projects or documents. */
  plural: boolean;
  /** Starts a new deal ("еще один", "По второму проекту"). */
  newDeal: boolean;
  /** Names an item of an enumeration by its ordinal ("The second, with X LLP", "The first, with …"). */
  item: boolean;
  /** A clause after a break of a sentence read as several deals' clauses (src/deals/clauses.ts): another object. */
  clause: boolean;
  /** Counts several facilities ("екі станция", "двух заводов", "the two plants"): its figures are theirs together. */
  objects: boolean;
  /** The document's headline (a first line of its own with no final period; set by deal assembly). */
  headline: boolean;
  /** What sentence-parties.ts reads once of the sentence's cues, on first use. */
  partyIndex: SentenceIndex | null;
}

const LANGS: readonly SupportedLanguage[] = ["kk", "ru", "en"];
/** Each language's patterns, built on first use (the pattern modules build them lazily). */
const CUES: Record<SupportedLanguage, () => CuePattern<CueCategory>> = { kk: DEAL_CUES_KK, ru: DEAL_CUES_RU, en: DEAL_CUES_EN };
const SECTORS: Record<SupportedLanguage, () => SectorPattern<Sector>> = { kk: SECTORS_KK, ru: SECTORS_RU, en: SECTORS_EN };
const PARTY_REF: Record<SupportedLanguage, () => CuePattern<"partyRef" | "ignore" | "other">> = { kk: PARTY_REF_KK, ru: PARTY_REF_RU, en: PARTY_REF_EN };
const JOBS: Record<SupportedLanguage, () => JobsPattern> = { kk: JOBS_KK, ru: JOBS_RU, en: JOBS_EN };
const REGIONS: Record<SupportedLanguage, () => RegionPattern> = { kk: REGION_KK, ru: REGION_RU, en: REGION_EN };

export const KIND_CATEGORIES = ["framework_agreement", "memorandum", "agreement", "contract", "protocol"] as const;
// (a bare document noun too: "signed 12 documents worth …", "подписано 8 документов на …")
const COUNTED: ReadonlySet<CueCategory> = new Set<CueCategory>(["project", "document", ...KIND_CATEGORIES]);

export function languagesOf(language: LanguageCode): readonly SupportedLanguage[] {
  return language === "und" ? LANGS : [language];
}

/** Calls `put` for every cue of the pattern at a word start from `from` on, in text order. */
function scanCues<C extends string>(
  pattern: CuePattern<C>, text: string, from: number, put: (start: number, end: number, cats: readonly C[], key: string) => void,
): void {
  const re = pattern.regex;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!startsWord(text, m.index)) { re.lastIndex = m.index + 1; continue; }
    const whole = m[1] === undefined;
    const key = matchKey(pattern, whole ? m[2]! : m[1]!, whole);
    const cats = pattern.lookup.get(key);
    if (cats && cats.length) put(m.index, m.index + m[0].length, cats, key);
  }
}

function scanRegions(pattern: RegionPattern, text: string, from: number): Hit<RegionName>[] {
  const out: Hit<RegionName>[] = [];
  const re = pattern.regex;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!startsWord(text, m.index)) { re.lastIndex = m.index + 1; continue; }
    for (let g = 0; g < pattern.groups.length; g++) {
      const name = m[g + 1];
      if (name === undefined) continue;
      const region = pattern.lookup.get(placeKey(pattern.groups[g]!, name));
      if (region) out.push({ start: m.index, end: m.index + m[0].length, value: region });
      break;
    }
  }
  return out;
}

/**
 * Whether cue `k` of the sentence opens an aside after a comma with no figure, organization, object or project word
 * after it ("…, в том числе рыбаки"): no item of a deal (one that ends the sentence, "Олардың ең ірілері:", announces
 * the items after it).
 */
function emptyAside(text: string, info: SentenceInfo, k: number): boolean {
  const c = info.cues[k]!;
  let b = c.start - 1;
  while (b > info.sentence.start && isSpaceCode(text.charCodeAt(b))) b--;
  if (text.charCodeAt(b) !== 0x2c) return false;
  const after = (m: Span) => m.start >= c.end;
  return !(info.money.some(after) || info.capacity.some(after) || info.orgs.some(after) ||
    info.cues.some((x, j) => j > k && (x.categories.includes("facility") || x.categories.includes("project"))));
}

/** Calls `put(sentenceIndex, item)` for each item inside a sentence; both lists sorted by start. */
function distribute<T extends Span>(items: readonly T[], sentences: readonly Sentence[], put: (i: number, item: T) => void): void {
  let s = 0;
  // an index loop: `for … of` here allocated an iterator result per item (V8 did not inline the iterator with
  // the several callers' lists; 0.6 MB per 200 KB of deal-dense English text, sampling heap profile)
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    while (s < sentences.length && sentences[s]!.end <= item.start) s++;
    if (s >= sentences.length) break;
    if (item.start >= sentences[s]!.start) put(s, item);
  }
}

const MULTIPLIER = registerPattern("deal.multiplier", new RegExp(`^(?:${alternation(MULTIPLIER_WORDS)})`, "iu"));

const byStart = <T extends Span>(a: T, b: T) => a.start - b.start || a.end - b.end;

/**
 * The count written before a project or document noun: digits or a number word, at most one word before it
 * (`tokens` 2; with 1, right before it).
 * Reads back from the noun over at most two white-space separated tokens of the 40 characters before it
 * (within the sentence), with no slice or split of the window.
 */
function countBefore(
  text: string, sentenceStart: number, cueStart: number, words: Readonly<Record<string, number>>, tokens = 2,
): number | null {
  const windowStart = Math.max(sentenceStart, cueStart - 40);
  let end = cueStart;
  for (let k = 0; k < tokens; k++) {
    while (end > windowStart && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end <= windowStart) return null;
    let start = end;
    while (start > windowStart && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    const slice = text.slice(start, end);
    end = start;
    // (most tokens are plain words: nothing to strip, no replace)
    const plain = isPlainWord(slice);
    const raw = plain ? slice : slice.replace(/[,.;:!?»"“”]+$/u, "");
    const token = (plain ? slice : raw.replace(/[^\p{L}\p{N}]/gu, "")).toLowerCase();
    if (MULTIPLIER.test(token)) return null;
    // (digits alone, or with a Kazakh case ending before a word of approximation: "80-ге жуық жобаны")
    const digits = /^\d+$/.test(raw) ? raw : caseEnded(raw);
    if (digits !== null) {
      const n = Number(digits);
      return n >= 1900 && n <= 2100 ? null : n;
    }
    const w = words[token];
    if (w !== undefined) return w;
  }
  return null;
}

/** Case endings a count takes before a word of approximation or excess ("80-ге жуық", "500-ден астам"): the jobs' list. */
const COUNT_ENDINGS: ReadonlySet<string> = new Set(Object.values(JOBS_WORDS).flatMap((w) => w.countEndings));

/** The digits of a count written with a case ending after a hyphen ("80-ге"), else null ("25-year" is no count). */
function caseEnded(raw: string): string | null {
  const dash = raw.indexOf("-");
  return dash > 0 && /^\d+$/.test(raw.slice(0, dash)) && COUNT_ENDINGS.has(raw.slice(dash + 1).toLowerCase()) ? raw.slice(0, dash) : null;
}

/**
 * The count right before a facility noun, or before one word of its kind before it (FACILITY_KIND_STEMS: "15
 * солнечных электростанций", "3 wind farms"), else 0.
 */
function facilityCount(text: string, sentenceStart: number, cueStart: number, words: Readonly<Record<string, number>>): number {
  const n = countBefore(text, sentenceStart, cueStart, words, 1);
  if (n !== null) return n;
  let end = cueStart;
  while (end > sentenceStart && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > sentenceStart && end - start < 24 && isLetterCode(text.charCodeAt(start - 1))) start--;
  if (start === end || (start > sentenceStart && !isSpaceCode(text.charCodeAt(start - 1)))) return 0;
  const word = text.slice(start, end);
  if (word !== word.toLowerCase() || !KIND_STEMS.some((k) => word.startsWith(k))) return 0;
  return countBefore(text, sentenceStart, start, words, 1) ?? 0;
}

const KIND_STEMS = FACILITY_KIND_STEMS.map((k) => k.toLowerCase());

/** Whether a token is only letters and digits (\p{L}, \p{N}: isLetterCode), so that stripping it changes nothing. */
function isPlainWord(token: string): boolean {
  for (let k = 0; k < token.length; k++) if (!isLetterCode(token.charCodeAt(k))) return false;
  return true;
}

const NO_WIRES: readonly number[] = [];

/** Whether a span lies inside one of `pairs` (start and end pairs, few: one per dateline). */
function insidePairs(pairs: readonly number[], h: Span): boolean {
  for (let k = 0; k < pairs.length; k += 2) if (pairs[k]! <= h.start && h.end <= pairs[k + 1]!) return true;
  return false;
}

/** Every cue word of the document, in text order (one pass per language). */
export function scanDocumentCues(context: RecognizerContext, from: number): Cue[] {
  const cues: Cue[] = [];
  const langs = languagesOf(context.language);
  const put = (start: number, end: number, categories: readonly CueCategory[], key: string) => { cues.push({ start, end, categories, key }); };
  for (const lang of langs) scanCues(CUES[lang](), context.normalized, from, put);
  if (langs.length > 1) cues.sort(byStart);
  return cues;
}

export function sentenceFeatures(
  context: RecognizerContext,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  cues: readonly Cue[],
): SentenceInfo[] {
  // the lists start as the one shared empty list (`added` makes a sentence's own on its first item): most of a
  // document's sentences hold no amount, capacity, date, jobs count, region or sector, and many no organization
  const infos: SentenceInfo[] = sentences.map((sentence) => ({
    sentence, cues: none(), has: new CueSet(), money: none(), capacity: none(), dates: none(), orgs: none(), jobs: none(),
    regions: none(), sectors: none(),
    count: null, plural: false, newDeal: false, item: false, clause: false, objects: false, headline: false, partyIndex: null,
  }));
  if (sentences.length === 0) return infos;
  const text = context.normalized;
  const from = sentences[0]!.start;
  const langs = languagesOf(context.language);

  const jobs: JobsHit[] = [];
  // a loop, not push(...list): spreading a list of over ~100 k hits overflows the stack
  for (const lang of langs) jobsOf(JOBS[lang](), JOBS_WORDS[lang], lang, text, from, jobs);
  if (langs.length > 1 || jobs.some((h, k) => k > 0 && h.start < jobs[k - 1]!.start)) jobs.sort(byStart);

  distribute(outsideNames(cues, mentions), sentences, (i, c) => { infos[i]!.cues = added(infos[i]!.cues, c); for (const k of c.categories) infos[i]!.has.add(k); });
  distribute(jobs, sentences, (i, h) => { infos[i]!.jobs = added(infos[i]!.jobs, h); });
  // the date of a news agency's dateline is the wire's, no date of a deal ("ALMATY, Oct 15 (Reuters) - … signed on Tuesday")
  const wires = mentions.some((m) => m.type === "date") ? wireDatelines(text) : NO_WIRES;
  distribute(mentions, sentences, (i, m) => {
    const info = infos[i]!;
    if (m.type === "money") info.money = added(info.money, m);
    else if (m.type === "capacity") info.capacity = added(info.capacity, m);
    else if (m.type === "date") {
      if (m.value !== null && !insidePairs(wires, m)) info.dates = added(info.dates, m as ResolvedDateMention);
    }
    else if (m.type === "organization") info.orgs = added(info.orgs, m);
  });

  const countWords = langs.length === 1 ? COUNT_WORDS[langs[0]!] : Object.assign({}, ...langs.map((l) => COUNT_WORDS[l])) as Record<string, number>;
  for (let n = 0; n < infos.length; n++) {
    const info = infos[n]!;
    // the sums that are no deal's (a price, a wage, taxes, a charter capital, a yearly payment; sums.ts)
    dropOtherSums(text, info, n > 0 ? infos[n - 1]! : null);
    // an item of a numbered list ("2) птицефабрика ТОО «X» – 45 млрд тенге"): an enumerated item
    if (numbered(text, info.sentence.start)) info.item = true;
    // an auction or a tender won for a figure or an object: building it
    // (not the currency: "5 billion South Korean won")
    if (info.has.has("award") && (info.capacity.length > 0 || info.money.length > 0 || info.has.has("facility")) &&
      info.cues.some((c) => c.categories.includes("award") && !info.money.some((m) => m.start <= c.start && c.end <= m.end))) {
      info.has.add("build");
    }
    // a company's item of a list with its activity and figures ("ТОО «X» – производство кабеля, 12 млрд тенге;"): a project
    if (info.has.has("activity") && (info.money.length > 0 || info.capacity.length > 0) && listItem(text, info)) {
      info.has.add("project");
      info.item = true;
    }
    const cs = info.cues;
    for (let k = 0; k < cs.length; k++) {
      const c = cs[k]!;
      // (not a noun that classes one thing: "one of the flagship projects", "ірі жобалардың бірі")
      if (c.categories.includes("plural") && !classesOne(text, cs, k)) info.plural = true;
      // (not after the deal's own object named as the sentence's topic: "Проект … стал одним из крупнейших проектов",
      // "The project … is one of the largest in the region" class it, where "Одним из крупнейших станет …" opens an item)
      // (nor one after a comma with nothing of a deal after it: "В проекте участвуют местные фермеры, в том числе рыбаки")
      // ("another" before a sum adds to the deal: "the partners will invest another 6 billion tenge", "тағы 6 миллиард")
      if (c.categories.includes("another") && sumFollows(text, info, c.end)) info.has.add("further");
      // (nor after a demonstrative: "Бұл облыстағы ең ірі жоба, оның құны …" classes the deal just told)
      else if (c.categories.includes("another") && !(k > 0 && topicFirst(text, info.sentence.start, cs[0]!)) && !emptyAside(text, info, k) &&
        !opensWithDemonstrative(text, info.sentence.start)) info.newDeal = true;
      // (an item of a package named as one of them, "В их числе соглашение …", "They include an agreement …": an
      // enumerated item, as "Первое …" is)
      if (c.categories.includes("ordinal") || c.categories.includes("among")) info.item = true;
      if (c.categories.some((x) => COUNTED.has(x))) {
        const n = countBefore(text, info.sentence.start, c.start, countWords);
        if (n !== null && info.count === null) info.count = n;
        if (n !== null && n >= 2) info.plural = true;
      } else if (c.categories.includes("facility") && facilityCount(text, info.sentence.start, c.start, countWords) >= 2) {
        // "Екі станцияның жалпы қуаты", "двух станций", "The two plants", "15 солнечных электростанций": figures of
        // several objects (the count right before the noun or its kind: in "a 200 MW wind farm" the word before is the unit)
        info.objects = true;
      }
      const next = cs[k + 1];
      const nounFollows = next !== undefined && next.start - c.end <= 16 && next.categories.some((x) => COUNTED.has(x));
      if (nounFollows && c.categories.includes("ordinal")) info.newDeal = true;
      // "Второй завод компания возведет в Шымкенте": an ordinal before a facility noun is a further object.
      const facilityFollows = next !== undefined && next.start - c.end <= 2 && next.categories.includes("facility");
      if (facilityFollows && c.categories.includes("ordinal")) info.newDeal = true;
      if (nounFollows && c.categories.includes("several")) info.plural = true;
    }
    // a capacity of one unit of many is none of the object's ("16 турбин единичной мощностью 6,25 МВт", "12 turbines of 4.2
    // MW each"), unless the units are the deal's own objects, counted ("две солнечные электростанции мощностью 50 МВт каждая")
    if (info.has.has("perUnit") && info.capacity.length > 0 && !info.objects) info.capacity = info.capacity.filter((m) => !perUnitFigure(text, info.cues, m));
    // an enumerated item that names its company alone ("Төртіншісі – «X» ЖШС.", "Четвертый – ТОО «X».", its project told
    // next): a project of that company (a word of its name no longer stands for a cue, see outsideNames)
    if (cs.length === 1 && cs[0]!.categories.includes("ordinal") && info.orgs.length > 0 && info.money.length === 0 &&
      info.capacity.length === 0 && namesItsCompany(text, info, cs[0]!)) info.has.add("project");
    // a stake bought or sold ("agreed to buy a 49% stake in X for $310 million"), or a company bought whole for a sum
    // from or by another ("CNPC acquired Aral Petroleum LLP for $310 million", "Zijin Mining купила 70% ТОО «Бета» за …"):
    // an agreement
    if (info.has.has("transfer") && (info.has.has("stake") || (info.orgs.length >= 2 && info.money.length > 0))) info.has.add("agreement");
    // a loan granted for a sum by a named lender ("Exim Bank approved a $430 million loan for the road"): a financing
    // agreement, unless the sentence names the project or facility it finances ("… a loan … to finance the construction
    // of a 150 MW wind farm", "EBRD lends $100 million to wind power project": a project and its lender)
    if (info.has.has("loan") && info.money.length > 0 && info.orgs.length > 0 && !info.has.has("facility") && !info.has.has("project")) {
      info.has.add("agreement");
    }
  }
  return infos;
}

const SPEECH_BEFORE = SPEECH_PLACE_BEFORE.map((w) => w.toLowerCase());
const SPEECH_REACH = Math.max(...SPEECH_BEFORE.map((w) => w.length)) + 2;

/**
 * Drops (in place) the places right after words of speech (SPEECH_PLACE_BEFORE) and a capital named beside a partner
 * country's (PARTNER_CAPITALS: "Astana and Beijing have signed …"), which stands for its government.
 */
function dropSpeechPlaces(text: string, regions: Hit<RegionName>[]): void {
  let kept = 0;
  for (const h of regions) {
    // (speed: the word before and after each place is read in place, and a slice only behind a word that may end such a
    // phrase; the places of the English deal-dense text of the adversarial bench cost ~5% more otherwise)
    const w1 = wordBefore(text, h.start, 0, NO_WORDS, 0);
    const spoken = w1 !== null && SPEECH_LAST.has(w1) && spokenBefore(text, h.start);
    if (!spoken && !besideCapital(text, h, w1)) regions[kept++] = h;
  }
  regions.length = kept;
}

const OBJECT_BEFORE = OBJECT_PLACE_BEFORE.map((w) => w.toLowerCase());
const OBJECT_BEFORE_REACH = Math.max(...OBJECT_BEFORE.map((w) => w.length)) + 2;
const OBJECT_AFTER = OBJECT_PLACE_AFTER.map((w) => w.toLowerCase());
const OBJECT_AFTER_REACH = Math.max(...OBJECT_AFTER.map((w) => w.length)) + 2;

/**
 * Marks the places a word of placing stands right before or after (OBJECT_PLACE_BEFORE, OBJECT_PLACE_AFTER: "будет
 * построен в X", "X облысында салынады"): where the object stands (attributes.ts reads them as beside a facility).
 */
function markLocated(text: string, regions: PlaceHit[]): void {
  for (const h of regions) {
    const before = text.slice(Math.max(0, h.start - OBJECT_BEFORE_REACH), h.start).toLowerCase().trimEnd();
    if (OBJECT_BEFORE.some((w) => before.endsWith(w))) { h.located = true; continue; }
    const after = text.slice(h.end, h.end + OBJECT_AFTER_REACH).toLowerCase().trimStart();
    if (OBJECT_AFTER.some((w) => after.startsWith(w))) h.located = true;
  }
}

/** The last words of SPEECH_PLACE_BEFORE ("in", "в"): only a place after one of them is read further. */
const SPEECH_LAST: ReadonlySet<string> = new Set(SPEECH_BEFORE.map((w) => w.slice(w.lastIndexOf(" ") + 1)));

function spokenBefore(text: string, at: number): boolean {
  return endsWithWord(text.slice(Math.max(0, at - SPEECH_REACH), at).toLowerCase().trimEnd(), SPEECH_BEFORE);
}

const NO_WORDS: ReadonlySet<string> = new Set();
const CAPITALS: ReadonlySet<string> = new Set(PARTNER_CAPITALS.map((w) => w.toLowerCase()));
const JOINERS: ReadonlySet<string> = new Set(CAPITAL_JOINERS);

/**
 * Whether a place is joined to a partner country's capital ("Astana and Beijing", "Пекин и Астана"); `before`: the word
 * before it (lower case).
 */
function besideCapital(text: string, h: Hit<RegionName>, before: string | null): boolean {
  const a1 = afterBlanks(text, h.end);
  const a1End = wordEndAfter(text, a1);
  if (JOINERS.has(text.slice(a1, a1End).toLowerCase()) && CAPITALS.has(wordAfter(text, a1End))) return true;
  // (the word before the joiner: the first before the place that is not one)
  return before !== null && JOINERS.has(before) && CAPITALS.has(wordBefore(text, h.start, 0, JOINERS, 1) ?? "");
}


/**
 * Whether the sentence names a party generically ("компания", "the company"; lexicons/deal-triggers.ts,
 * PARTY_REFERENCES), not as another one ("другая китайская компания": an `other` word at most two words before).
 */
export function namesPartyGenerically(context: RecognizerContext, sentence: Sentence): boolean {
  return partyReference(context, sentence) !== null;
}

/** The first word of the sentence that names its party generically (see namesPartyGenerically), or null. */
export function partyReference(context: RecognizerContext, sentence: Sentence): Span | null {
  const text = context.normalized;
  // (a subject pronoun opening the sentence: "It signed an agreement with …")
  const pronoun = pronounSubject(text, sentence, languagesOf(context.language));
  if (pronoun !== null) return pronoun;
  for (const hits of partyRefHits(context)) {
    let otherEnd = -1;
    // (the document's hits, read once: a scan from the sentence's start ran on to the next hit, wherever it was, and
    // read a document of many clauses with none once per clause)
    for (let k = firstStartingAt(hits, sentence.start); k < hits.length && hits[k]!.start < sentence.end; k++) {
      const h = hits[k]!;
      if (h.other) otherEnd = h.end;
      else if (h.ref && !(otherEnd >= 0 && wordsBetween(text, otherEnd, h.start) <= 1)) return { start: h.start, end: h.end };
    }
  }
  return null;
}

/** Whether a money mention of the sentence starts right after `at`, past blanks ("another | 6 billion tenge"). */
function sumFollows(text: string, info: SentenceInfo, at: number): boolean {
  const next = afterBlanks(text, at);
  return info.money.some((m) => m.start === next);
}

/** BOTH_PARTIES_REFERENCES. */
const BOTH_PARTIES: ReadonlySet<string> = new Set(BOTH_PARTIES_REFERENCES);

/** Whether the sentence names both parties of a deal generically ("Тараптар … қол қойды", "Стороны подписали …"). */
export function namesBothParties(context: RecognizerContext, sentence: Sentence): boolean {
  const ref = partyReference(context, sentence);
  return ref !== null && BOTH_PARTIES.has(context.normalized.slice(ref.start, ref.end).toLowerCase());
}

interface PartyRefHit extends Span { other: boolean; ref: boolean }

/** Each language's party words in the document (PARTY_REF), in text order, found once per document. */
const PARTY_REF_HITS = new WeakMap<RecognizerContext, PartyRefHit[][]>();

function partyRefHits(context: RecognizerContext): PartyRefHit[][] {
  let all = PARTY_REF_HITS.get(context);
  if (all !== undefined) return all;
  all = [];
  const text = context.normalized;
  for (const lang of languagesOf(context.language)) {
    const hits: PartyRefHit[] = [];
    const pattern = PARTY_REF[lang]();
    const { regex: re, lookup } = pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!startsWord(text, m.index)) { re.lastIndex = m.index + 1; continue; }
      const whole = m[1] === undefined;
      const cats = lookup.get(matchKey(pattern, whole ? m[2]! : m[1]!, whole));
      if (cats?.includes("other") || cats?.includes("partyRef")) {
        hits.push({ start: m.index, end: m.index + m[0].length, other: cats.includes("other"), ref: cats.includes("partyRef") });
      }
    }
    all.push(hits);
  }
  PARTY_REF_HITS.set(context, all);
  return all;
}

/** Number of words (runs of non-space characters) in text[from, to). */
export function wordsBetween(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let k = from; k < to; k++) {
    const space = isSpaceCode(text.charCodeAt(k));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Adds place names and sector keywords to the sentences: read only for documents that have a deal. */
export function addPlacesAndSectors(context: RecognizerContext, infos: readonly SentenceInfo[]): void {
  if (infos.length === 0) return;
  const sentences = infos.map((i) => i.sentence);
  const from = sentences[0]!.start;
  const langs = languagesOf(context.language);
  const sectors: SectorHit[] = [];
  const regions: PlaceHit[] = [];
  // an agency's dateline in capitals ("ПАВЛОДАР. КАЗИНФОРМ –"), read in title case: the place it names, but the seat of
  // government, where national news is announced (DATELINE_SEATS)
  const caps = capitalsDateline(context.normalized, from);
  for (const lang of langs) {
    if (caps) {
      for (const h of scanRegions(REGIONS[lang](), caps.title, 0)) {
        if (h.start === 0 && h.end === caps.title.length && !DATELINE_SEATS.includes(h.value)) regions.push({ start: caps.start, end: caps.start + h.end, value: h.value });
      }
    }
    const pattern = SECTORS[lang]();
    scanCues(pattern, context.normalized, from, (start, end, cats, key) => {
      for (const value of cats) sectors.push({ start, end, value, object: pattern.objects.has(key) });
    });
    for (const h of scanRegions(REGIONS[lang](), context.normalized, from)) regions.push(h); // no spread: see jobs
  }
  if (langs.length > 1) { sectors.sort(byStart); regions.sort(byStart); }
  // (a place where something was said is none of the project's: "said at a briefing in Astana that …")
  dropSpeechPlaces(context.normalized, regions);
  markLocated(context.normalized, regions);
  distribute(regions.length === 0 ? sectors : outsidePlaces(sectors, regions), sentences, (i, h) => { infos[i]!.sectors = added(infos[i]!.sectors, h); });
  const quotes = new QuoteReader(context.normalized);
  distribute(regions, sentences, (i, h) => {
    // (nor the place in a medium's or an exchange's name: "Astana International Exchange", "The Astana Times")
    if (infos[i]!.orgs.some((o) => o.start <= h.start && h.end <= o.end && isMedia(o.name))) return;
    quotes.mark(infos[i]!.sentence.start, h);
    infos[i]!.regions = added(infos[i]!.regions, h);
  });
}

/**
 * The sector words that are not inside a place name ("в Рудном": the town Rudny, not ore; "Рудный" starts like
 * "руда"). Both lists sorted by start.
 */
function outsidePlaces(sectors: readonly SectorHit[], places: readonly Hit<RegionName>[]): SectorHit[] {
  const out: SectorHit[] = [];
  let k = 0;
  for (const h of sectors) {
    while (k < places.length && places[k]!.end <= h.start) k++;
    let inside = false;
    for (let j = k; j < places.length && places[j]!.start < h.end; j++) if (places[j]!.end > h.start) { inside = true; break; }
    if (!inside) out.push(h);
  }
  return out;
}

const STATE_BODY = registerPattern("deal.state-body", new RegExp(alternation(STATE_BODY_STEMS).replace(/\\-/g, "-"), "iu"));
/** A name that starts with a state body's gazetteer alias ("МИД РК", "Минфин", "ҰҚК"), case-sensitive, as a whole word. */
const STATE_BODY_NAME = registerPattern("deal.state-body-name", new RegExp(`^(?:${alternation(STATE_BODY_NAMES)})(?![\\p{L}\\p{N}])`, "u"));
const MEDIA = registerPattern("deal.media", new RegExp(alternation(MEDIA_STEMS).replace(/\\-/g, "-"), "iu"));

export function isStateBody(name: string): boolean {
  return STATE_BODY.test(name) || STATE_BODY_NAME.test(name);
}

export function isMedia(name: string): boolean {
  if (EXCHANGES.has(name.toLowerCase())) return true;
  const m = MEDIA.exec(name);
  if (m === null) return false;
  // a company whose name only begins like an agency's ("Синьхуа Металл", "Xinhua Metals Co."): a capitalized word of its
  // own after the stem's word
  let i = m.index + m[0].length;
  while (i < name.length && isLetterCode(name.charCodeAt(i))) i++;
  for (const word of name.slice(i).split(/[\s-]+/)) {
    if (word !== "" && isUpperCode(word.charCodeAt(0)) && !MEDIA_WORDS.has(word.toLowerCase().replace(/[.,]$/, ""))) return false;
  }
  return true;
}

const MEDIA_WORDS: ReadonlySet<string> = new Set(MEDIA_NAME_WORDS);
const EXCHANGES: ReadonlySet<string> = new Set(EXCHANGE_NAMES);
