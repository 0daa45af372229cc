/**
 * The deal frame: what assembly (src/deals/assemble.ts) builds a deal in, its kind, dates and parties, and the tests
 * that read a sentence against the frame (an object anaphor, a signed document that upgrades a project). How a
 * sentence's figures, dates and jobs are added to the frame is attach.ts (its dates attach-dates.ts); what a sentence
 * says of the deal's objects (a second object, a part of its own, a deal told apart) is objects.ts; which sums are a
 * deal's at all, and which state its sum again, are sums.ts.
 */
import { GENERIC_FACILITY_KEYS, PARTY_REFERENCES, type CueCategory } from "../../lexicons/deal-triggers.js";
import { cueKey } from "../../patterns/deal.common.js";
import type { DealAmount, DealCapacity, DealDates, DealKind, DealParty } from "../types.js";
import { isAbbreviation } from "./party-names.js";
import { KIND_CATEGORIES } from "./features.js";
import type { ResolvedDateMention, SentenceInfo } from "./sentence-info.js";
import { added, none } from "./lists.js";
import { SmallSet } from "./small-set.js";
import { phaseStart } from "./stages.js";

export interface Party extends DealParty {
  key: string;
  state: boolean;
  span: { start: number; end: number };
}

export interface Frame {
  /** Position in the document's frame list (frames are listed in the order they open). */
  seq: number;
  sentences: number[];
  /**
   * What the frame holds, as sets beside the lists: a long deal-dense document grows one frame by thousands
   * of sentences, and testing each new sentence against the whole frame made assembly quadratic (see
   * test/cost.test.ts). `members` holds `sentences`, `capacityKeys` the value and unit of each `capacity`,
   * `facilityKeys` the facility cue keys of its sentences, `partyKeys` the keys of `parties` (set by setParties).
   */
  members: SmallSet<number>;
  capacityKeys: SmallSet<string>;
  facilityKeys: SmallSet<string>;
  partyKeys: SmallSet<string>;
  /** Sentences whose words weigh more for the sector: the opening one and those that brought parties. */
  core: SmallSet<number>;
  opened: number;
  last: number;
  parties: Party[];
  hadParties: boolean;
  split: boolean;
  /** A package of projects whose items came with parties and sums of their own (each a deal of its own). */
  itemized: boolean;
  parent: Frame | null;
  kind: DealKind | null;
  /** Its kind was read from a word for any deal only ("deal", "сделка"): a document named later is its kind. */
  generic: boolean;
  /** The last document kind named in the frame's sentences, signed or not ("Меморандум предусматривает …"). */
  named: DealKind | null;
  /** A bare document noun was signed ("Құжатқа қол қойылды") before any document kind was named. */
  bareSigned: boolean;
  package: boolean;
  count: number | null;
  amount: DealAmount | null;
  /** Whether `amount` is a lender's sum (read in a sentence of a loan or of financing): a loan deal's amount is its loan. */
  amountOfLoan: boolean;
  capacity: DealCapacity[];
  dates: DealDates;
  /** Dates with no role cue, for a signed frame's signing date. */
  pendingDates: { sentence: number; date: ResolvedDateMention }[];
  signed: boolean;
  /** Opened by a sentence that counts realized projects ("40 projects were implemented"). */
  done: boolean;
  jobs: number | null;
  /** Whether `jobs` counts temporary jobs only (the building's workforce): a lasting count after it replaces it. */
  jobsTemporary: boolean;
  facility: boolean;
  /**
   * Opened by a sentence whose object is a stage or a later phase ("запускает вторую очередь фабрики", "has started
   * building the second phase of its plant"): that stage is the deal, its sums are the deal's own.
   */
  stageTopic: boolean;
  /** The sentence each field was read from (for the evidence): amount, jobs, kind, dates by role, capacity in order. */
  from: { amount: number; jobs: number; kind: number; dates: Partial<Record<keyof DealDates, number>>; capacity: number[] };
}

export const TRIGGERS: readonly CueCategory[] = [...KIND_CATEGORIES, "project", "build", "sign", "launch"];
// (a transfer or a loan opens one as an agreement: see sentenceFeatures)
export const MAY_OPEN: ReadonlySet<CueCategory> = new Set<CueCategory>([...TRIGGERS, "facility", "transfer", "loan", "activity", "award"]);

export function isTrigger(info: SentenceInfo): boolean {
  if (TRIGGERS.some((c) => info.has.has(c))) return true;
  return info.has.has("facility") && (info.money.length > 0 || info.capacity.length > 0 || info.has.has("expand") || info.has.has("open") ||
    // an item of the package before it, with its company ("Among them is a truck plant with China's X")
    (info.has.has("among") && info.orgs.length > 0));
}

export function kindOf(info: SentenceInfo): DealKind | null {
  for (const k of KIND_CATEGORIES) if (info.has.has(k)) return k;
  return null;
}


/**
 * A new frame. Its own lists and date roles start as shared empty ones (lists.ts `none`, NO_DATES): `added`
 * and setDate make the frame's own on the first item (a document holds all its frames until its deals are read;
 * most frames get one sentence, no pending date and no date role). `capacity` becomes the deal's: a list of its own.
 */
export function newFrame(seq: number, i: number, info: SentenceInfo, kind: DealKind | null): Frame {
  return {
    seq, sentences: none(), members: new SmallSet(), capacityKeys: new SmallSet(), facilityKeys: new SmallSet(), partyKeys: new SmallSet(),
    core: new SmallSet(i), opened: i, last: i, parties: none(), hadParties: false, split: false, itemized: false, parent: null,
    kind, generic: kind !== null && onlyGeneric(info), named: null, bareSigned: false, package: info.plural || (info.count ?? 0) >= 2, count: info.count,
    amount: null, amountOfLoan: false, capacity: [], dates: NO_DATES,
    pendingDates: none(), signed: info.has.has("sign"), done: info.has.has("done"), jobs: null, jobsTemporary: false, facility: false,
    stageTopic: (info.has.has("phase") || info.has.has("stage")) && (info.has.has("build") || info.has.has("launch") || info.has.has("start") || info.has.has("expand")),
    from: { amount: -1, jobs: -1, kind: i, dates: NO_DATE_SENTENCES, capacity: none() },
  };
}

/**
 * The date roles of a frame that has none yet (and the sentences they came from), shared (see newFrame): only setDate
 * writes roles, into a record of the frame's own. Not frozen, as lists.ts `none` (a frozen object has a map of its own).
 */
const NO_DATES: DealDates = {};
const NO_DATE_SENTENCES: Frame["from"]["dates"] = {};

/** Whether the shared empty date records are still empty: for the tests. */
export function noDatesAreEmpty(): boolean {
  return Object.keys(NO_DATES).length === 0 && Object.keys(NO_DATE_SENTENCES).length === 0;
}

/** Whether a frame's kind is still open to the document it turns out to be. */
export const isBareKind = (kind: DealKind | null): boolean => kind === null || kind === "project";

/**
 * The kind a signed bare document gives: "Құжатқа қол қойылды", "Документ подписан", "The document was
 * signed" refer back to the document kind named before in the deal ("… келісім …", "Меморандум
 * предусматривает …"); with none named yet, the next one named is taken ("Құжатқа қол қойылды.
 * Меморандум аясында …"); with none at all the deal stays a project.
 */
export function followDocument(frame: Frame, i: number, info: SentenceInfo): void {
  const docKind = kindOf(info);
  if (docKind) {
    frame.named = docKind;
    if (frame.bareSigned && isBareKind(frame.kind)) setKind(frame, i, docKind);
  } else if (info.has.has("sign") && info.has.has("document")) {
    if (frame.named && isBareKind(frame.kind)) setKind(frame, i, frame.named);
    else frame.bareSigned = true;
  }
}

/**
 * A package an item of which `info` is (itemOfPackage): itemized, and when documents signed for a total are detailed by
 * the items' own signings, gone with its total ("Seven memoranda worth $3.2 billion were signed … . X and Y signed a
 * memorandum on a $400 million …"), as a package detailed by new-item words is (assemble.ts detailsPackage).
 */
export function detailedBySigning(pack: Frame, info: SentenceInfo): void {
  pack.itemized = true;
  if (pack.kind === null || pack.kind === "project" || kindOf(info) === null || !info.has.has("sign")) return;
  pack.split = pack.hadParties = true;
  pack.amount = null;
}

export function setKind(frame: Frame, i: number, kind: DealKind): void {
  if (frame.kind === kind) return;
  frame.kind = kind;
  frame.from.kind = i;
}

/** Adds the sentence's figures to the frame (a capacity from a sentence with no trigger needs its head word). */

/** An interval date value ("2026/2029"): its two bounds. */
export const INTERVAL = /^(\d{4}[^/]*)\/(\d{4}[^/]*)$/;

/** The year a date value begins with. */
export const yearOf = (value: string): number => Number(value.slice(0, 4));



/**
 * Sets a date role the frame has not filled yet. A completion before the start's year is an event of the
 * past told later ("В прошлом году CNPC завершила модернизацию …"), not the deal's completion: rejected
 * (a start given after it removes such a completion in assembleDeals).
 */
export function setDate(frame: Frame, role: keyof DealDates, value: string, i: number): void {
  if (frame.dates[role]) return;
  if (role === "completion" && frame.dates.start && yearOf(value) < yearOf(frame.dates.start)) return;
  if (frame.dates === NO_DATES) frame.dates = {};
  if (frame.from.dates === NO_DATE_SENTENCES) frame.from.dates = {};
  frame.dates[role] = value;
  frame.from.dates[role] = i;
}

/** Replaces the frame's parties (and their keys). */
export function setParties(frame: Frame, parties: Party[]): void {
  frame.parties = parties;
  frame.partyKeys = new SmallSet();
  for (const p of parties) frame.partyKeys.add(p.key);
}

export function addParties(frame: Frame, parties: readonly Party[], index: Map<string, Frame>): void {
  for (const p of parties) {
    if (frame.partyKeys.has(p.key)) {
      // The fullest name of the party wins: "Экспортно-импортный банк Китая" in the body over the headline's "Эксимбанк Китая".
      const k = frame.parties.findIndex((x) => x.key === p.key);
      if (k >= 0 && p.name.length > frame.parties[k]!.name.length && !isAbbreviation(p.name)) {
        const country = p.country ?? frame.parties[k]!.country;
        frame.parties[k] = country === undefined ? p : { ...p, country };
      }
      continue;
    }
    frame.parties = added(frame.parties, p);
    frame.partyKeys.add(p.key);
    frame.hadParties = true;
    index.set(p.key, frame);
  }
}

/**
 * Whether a sentence revises the deal's figures: a word of revision ("пересмотрена", "по уточненным данным", "revised to"),
 * or one of growth with the project as its topic and no company named ("стоимость проекта увеличилась до 115 млрд тенге").
 */
export function revisesFigures(info: SentenceInfo): boolean {
  return info.has.has("revise") ||
    ((info.has.has("rise") || info.has.has("expand")) && info.has.has("project") && !info.plural && info.orgs.length === 0);
}

export function hasDealMoney(info: SentenceInfo): boolean {
  if (info.money.length === 0 || info.has.has("stage") || info.has.has("total")) return false;
  // (a later phase's sums are the project's part: a sum before its word is the deal's, "оценивается в $1 млрд, вторая очередь – …")
  return !info.has.has("phase") || info.money[0]!.start < phaseStart(info);
}


/** A sentence about the deal's own figures or object, not a new one: it names no figure, or points back. */
export function isSingular(info: SentenceInfo): boolean {
  return !info.plural && (info.has.has("project") || info.has.has("facility") || info.has.has("anaphor"));
}

/** Anaphors that name a party generically, not the deal's object (lexicons/deal-triggers.ts, PARTY_REFERENCES). */
export const PARTY_ANAPHORS: ReadonlySet<string> = new Set(
  Object.values(PARTY_REFERENCES).flatMap((l) => l.partyRef).map((w) => cueKey(w, false)),
);

/** An anaphor that points back to the deal's object ("этот завод", "the plant"), not a party named generically ("the company"). */
export function objectAnaphor(info: SentenceInfo): boolean {
  return info.has.has("anaphor") && info.cues.some((c) => c.categories.includes("anaphor") && !PARTY_ANAPHORS.has(c.key));
}

/**
 * An object anaphor before the first facility noun the frame has not named: the sentence speaks of the deal's own object
 * ("This plant will also make …"). After such a noun the anaphor is a complement of the new object ("will also build a
 * 500 MW solar power plant to supply the factory with electricity"), which is a second object all the same.
 */
export function anaphorOfOwnObject(frame: Frame, info: SentenceInfo): boolean {
  if (!objectAnaphor(info)) return false;
  const also = info.has.has("also");
  let newFacility = Infinity, anaphor = Infinity;
  for (const c of info.cues) {
    if (c.categories.includes("anaphor") && !PARTY_ANAPHORS.has(c.key)) anaphor = Math.min(anaphor, c.start);
    // (or, after "also", any facility noun before the anaphor: "Conch will also build a 30 MW solar plant for the factory",
    // the deal's noun for a further object)
    else if (c.categories.includes("facility") && (also || !frame.facilityKeys.has(c.key))) newFacility = Math.min(newFacility, c.start);
  }
  return anaphor < newFacility;
}

/**
 * Whether a facility cue names the deal's own object: a facility the deal named, or its head alone, the last part of
 * one the deal named ("станцию" after "электростанцию", "станцияны" after "электр станциясын", "plant" after "power plant").
 */
export function ownFacility(frame: Frame, key: string): boolean {
  if (frame.facilityKeys.has(key)) return true;
  const head = key.startsWith("=") ? key.slice(1) : key;
  // (a word for any object after a deal of a facility: "Предприятие будет выпускать …" after a plant's deal)
  if (frame.facility && GENERIC_FACILITIES.has(head)) return true;
  // (a head of one word is the same noun in another case form as the last word of one the deal named: "курорте" after
  // "горнолыжного курорта", "зауыты" after "цемент зауытын")
  const oneWord = head.indexOf(" ") < 0;
  return frame.facilityKeys.some((k) => (k.length > head.length && k.endsWith(head)) || (oneWord && sameNoun(k.slice(k.lastIndexOf(" ") + 1), head)));
}

const GENERIC_FACILITIES: ReadonlySet<string> = new Set(GENERIC_FACILITY_KEYS);

/** The fewest letters two case forms of one noun share from the start, and the most each may add after them. */
const NOUN_STEM_MIN = 4;
const NOUN_ENDING_MAX = 2;

/** Whether two words are case forms of one noun: a common start of NOUN_STEM_MIN letters or more, each at most NOUN_ENDING_MAX letters longer. */
function sameNoun(a: string, b: string): boolean {
  const w = a.startsWith("=") ? a.slice(1) : a;
  let p = 0;
  while (p < w.length && p < b.length && w.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p >= NOUN_STEM_MIN && w.length - p <= NOUN_ENDING_MAX && b.length - p <= NOUN_ENDING_MAX;
}

/** A document kind signed in this sentence upgrades a frame that was only a project. */
export function upgradeKind(frame: Frame, i: number, info: SentenceInfo): void {
  const docKind = kindOf(info);
  // (an earlier document, "The deal follows a memorandum signed in 2023", "Ранее … подписали соглашение", is not its kind)
  if (!docKind || !info.has.has("sign") || info.has.has("earlier")) return;
  // (nor the purchase agreement of its output, signed for the project: "Электр энергиясын сатып алу туралы 25 жылға шартқа
  // … қол қойылды", "A 25-year power purchase agreement was signed with …": the project's buyer, not its kind)
  if (info.has.has("offtake") && frame.facility) return;
  // a kind read from a word for any deal ("sign uranium supply deal") gives way to a document named ("signed a contract")
  if (isBareKind(frame.kind) || (frame.generic && !onlyGeneric(info))) setKind(frame, i, docKind);
  frame.generic = frame.generic && onlyGeneric(info);
}

/** Whether the sentence's document kinds come only from words for any deal ("deal", "сделка", "мәміле"). */
export function onlyGeneric(info: SentenceInfo): boolean {
  for (const c of info.cues) {
    if (c.categories.includes("generic")) continue;
    for (const k of KIND_CATEGORIES) if (c.categories.includes(k)) return false;
  }
  return info.has.has("generic");
}
