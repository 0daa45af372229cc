/**
 * Deal assembly: from mentions to deals.
 *
 * The document is read sentence by sentence (src/segment.ts) with the cues of src/deals/features.ts.
 * A deal is built as a frame that sentences open or join:
 *
 * - A sentence with a statistics or target cue is skipped: national figures are not deals.
 * - A trigger sentence (a document kind, a project noun, a construction, signing or launch word,
 *   or a facility with a figure) that names parties joins the frame that already holds one of them,
 *   or the open frame that has no party yet (when it is the next sentence, or a package with a
 *   figure waiting for its party), or opens a new frame.
 * - A package frame ("14 жоба", "четыре меморандума") whose parties are later detailed one by one
 *   ("По первому проекту … SUNGROW") is split: each party gets its own frame, which keeps the
 *   package's kind; the package and its total go.
 * - An enumerated item ("The second, with X LLP, …") right after a package of documents
 *   keeps the package's kind.
 * - A trigger sentence without parties goes on with the open frame (its cost, its signing, its
 *   construction and launch dates) when it follows it closely or the frame is a package, unless it
 *   starts a new deal: a new-item cue ("another", an ordinal before a project noun), a new count,
 *   a second amount, "also" with figures of its own (not only measuring what is described), or a newly
 *   signed document that brings its own figure or says "also". A document signed in such a sentence
 *   turns a bare project into that kind; a signed bare document ("құжатқа", "документ") takes the kind
 *   named in the deal. An anaphor ("this project") takes its parties from the sentence before.
 * - A second object of the same party (secondObject: a construction word and a facility the deal has not
 *   named, with its own amount or capacity, after "also"/"another" or with an amount when the deal has
 *   one) is a deal of its own with that party, whether the party is named again or referred to as
 *   "компания"/"the company": "Кроме того, компания построит склад стоимостью 5 млн долларов". A total
 *   ("Общая стоимость проекта – 50 млн долларов") or the same facility again stays on the deal.
 * - A sentence without a trigger adds its figures right after the frame's last sentence, or after one
 *   quiet sentence in the same paragraph ("Its cost is …", "800 jobs will be created").
 * - Names of one organization are one party (src/deals/party-names.ts): "Kazakhstan Temir Zholy (KTZ)".
 * - Figures in a sentence about several projects ("В рамках реализации проектов … 65 рабочих мест")
 *   are shared and go on no single deal; a first-stage sum is not the deal's amount; a total is the
 *   deal's amount only when the sentence speaks of one project ("the total cost of the project").
 *
 * At the end a frame is a deal when it has a party, an amount or a capacity, and is not a
 * cooperation document between state bodies with no figure and no facility, nor a count of realized
 * projects with no party ("40 projects were implemented in the region").
 */
import { PARTY_REFERENCES, type CueCategory } from "../../lexicons/deal-triggers.js";
import { cueKey } from "../../patterns/deal.common.js";
import type { RecognizerContext } from "../recognizers/types.js";
import { segment } from "../segment.js";
import type {
  AssembledDeal, DealAmount, DealCapacity, DealDates, DealKind, DealParty, Mention, RegionName,
} from "../types.js";
import { dealRegion, dealSector, documentRegion, regionSentence } from "./attributes.js";
import { PartyNames } from "./party-names.js";
import { dateRole, partiesOf } from "./sentence-parties.js";
import {
  addPlacesAndSectors, isMedia, isStateBody, KIND_CATEGORIES, namesPartyGenerically, scanDocumentCues, sentenceFeatures,
  type SentenceInfo,
  type ResolvedDateMention,
} from "./features.js";

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
  members: Set<number>;
  capacityKeys: Set<string>;
  facilityKeys: Set<string>;
  partyKeys: Set<string>;
  /** Sentences whose words weigh more for the sector: the opening one and those that brought parties. */
  core: Set<number>;
  opened: number;
  last: number;
  parties: Party[];
  hadParties: boolean;
  split: boolean;
  parent: Frame | null;
  kind: DealKind | null;
  /** The last document kind named in the frame's sentences, signed or not ("Меморандум предусматривает …"). */
  named: DealKind | null;
  /** A bare document noun was signed ("Құжатқа қол қойылды") before any document kind was named. */
  bareSigned: boolean;
  package: boolean;
  count: number | null;
  amount: DealAmount | null;
  capacity: DealCapacity[];
  dates: DealDates;
  /** Dates with no role cue, for a signed frame's signing date. */
  pendingDates: { sentence: number; date: ResolvedDateMention }[];
  signed: boolean;
  /** Opened by a sentence that counts realized projects ("40 projects were implemented"). */
  done: boolean;
  jobs: number | null;
  facility: boolean;
  /** The sentence each field was read from (for the evidence): amount, jobs, kind, dates by role, capacity in order. */
  from: { amount: number; jobs: number; kind: number; dates: Partial<Record<keyof DealDates, number>>; capacity: number[] };
}

const TRIGGERS: readonly CueCategory[] = [...KIND_CATEGORIES, "project", "build", "sign", "launch"];
const MAY_OPEN: ReadonlySet<CueCategory> = new Set<CueCategory>([...TRIGGERS, "facility"]);

function isTrigger(info: SentenceInfo): boolean {
  if (TRIGGERS.some((c) => info.has.has(c))) return true;
  return info.has.has("facility") && (info.money.length > 0 || info.capacity.length > 0 || info.has.has("expand"));
}

function kindOf(info: SentenceInfo): DealKind | null {
  for (const k of KIND_CATEGORIES) if (info.has.has(k)) return k;
  return null;
}


function newFrame(seq: number, i: number, info: SentenceInfo, kind: DealKind | null): Frame {
  return {
    seq, sentences: [], members: new Set(), capacityKeys: new Set(), facilityKeys: new Set(), partyKeys: new Set(),
    core: new Set([i]), opened: i, last: i, parties: [], hadParties: false, split: false, parent: null,
    kind, named: null, bareSigned: false, package: info.plural || (info.count ?? 0) >= 2, count: info.count,
    amount: null, capacity: [], dates: {},
    pendingDates: [], signed: info.has.has("sign"), done: info.has.has("done"), jobs: null, facility: false,
    from: { amount: -1, jobs: -1, kind: i, dates: {}, capacity: [] },
  };
}

/** Whether a frame's kind is still open to the document it turns out to be. */
const isBareKind = (kind: DealKind | null): boolean => kind === null || kind === "project";

/**
 * The kind a signed bare document gives: "Құжатқа қол қойылды", "Документ подписан", "The document was
 * signed" refer back to the document kind named before in the deal ("… келісім …", "Меморандум
 * предусматривает …"); with none named yet, the next one named is taken ("Құжатқа қол қойылды.
 * Меморандум аясында …"); with none at all the deal stays a project.
 */
function followDocument(frame: Frame, i: number, info: SentenceInfo): void {
  const docKind = kindOf(info);
  if (docKind) {
    frame.named = docKind;
    if (frame.bareSigned && isBareKind(frame.kind)) setKind(frame, i, docKind);
  } else if (info.has.has("sign") && info.has.has("document")) {
    if (frame.named && isBareKind(frame.kind)) setKind(frame, i, frame.named);
    else frame.bareSigned = true;
  }
}

function setKind(frame: Frame, i: number, kind: DealKind): void {
  if (frame.kind === kind) return;
  frame.kind = kind;
  frame.from.kind = i;
}

/** Adds the sentence's figures to the frame (a capacity from a sentence with no trigger needs its head word). */
function attach(frame: Frame, i: number, info: SentenceInfo, text: string, trigger = true): void {
  if (!frame.members.has(i)) {
    frame.sentences.push(i);
    frame.members.add(i);
    for (const c of info.cues) if (c.categories.includes("facility")) frame.facilityKeys.add(c.key);
  }
  followDocument(frame, i, info);
  frame.last = Math.max(frame.last, i);
  if (info.has.has("facility") || info.has.has("build")) frame.facility = true;
  const shared = info.plural && !frame.package && i !== frame.opened;
  const stages = info.cues.filter((c) => c.categories.includes("stage"));
  if (!frame.amount && !shared && !(info.has.has("total") && !frame.package && !isSingular(info))) {
    for (const m of info.money) {
      if (stages.some((c) => c.end <= m.start)) continue;
      frame.amount = { amount: m.amount, currency: m.currency };
      frame.from.amount = i;
      if (m.amountMax !== undefined) frame.amount.amountMax = m.amountMax;
      if (m.amountExact !== undefined) frame.amount.amountExact = m.amountExact;
      if (m.amountMaxExact !== undefined) frame.amount.amountMaxExact = m.amountMaxExact;
      if (m.qualifier) frame.amount.qualifier = m.qualifier;
      break;
    }
  }
  for (const c of trigger || info.has.has("measure") ? info.capacity : []) {
    const key = `${c.value} ${c.unit}`;
    if (frame.capacityKeys.has(key)) continue;
    frame.capacityKeys.add(key);
    const cap: DealCapacity = { value: c.value, unit: c.unit };
    if (c.qualifier) cap.qualifier = c.qualifier;
    if (c.commodity) cap.commodity = c.commodity;
    frame.capacity.push(cap);
    frame.from.capacity.push(i);
  }
  for (const d of info.dates) {
    const role = dateRole(info, d, text);
    const interval = INTERVAL.exec(d.value);
    if (interval && role !== "signed" && (role !== null || info.has.has("build"))) {
      // "в 2026-2029 годах", "between 2026 and 2029" of building or implementing: the start and the completion.
      setDate(frame, "start", interval[1]!, i);
      setDate(frame, "completion", interval[2]!, i);
    } else if (role) setDate(frame, role, d.value, i);
    else frame.pendingDates.push({ sentence: i, date: d });
  }
  if (frame.jobs === null && !shared && info.jobs.length > 0) { frame.jobs = info.jobs[0]!.value; frame.from.jobs = i; }
}

/** An interval date value ("2026/2029"): its two bounds. */
const INTERVAL = /^(\d{4}[^/]*)\/(\d{4}[^/]*)$/;

/** The year a date value begins with. */
const yearOf = (value: string): number => Number(value.slice(0, 4));

/**
 * Sets a date role the frame has not filled yet. A completion before the start's year is an event of the
 * past told later ("В прошлом году CNPC завершила модернизацию …"), not the deal's completion: rejected
 * (a start given after it removes such a completion in assembleDeals).
 */
function setDate(frame: Frame, role: keyof DealDates, value: string, i: number): void {
  if (frame.dates[role]) return;
  if (role === "completion" && frame.dates.start && yearOf(value) < yearOf(frame.dates.start)) return;
  frame.dates[role] = value;
  frame.from.dates[role] = i;
}

/** Replaces the frame's parties (and their keys). */
function setParties(frame: Frame, parties: Party[]): void {
  frame.parties = parties;
  frame.partyKeys = new Set(parties.map((p) => p.key));
}

function addParties(frame: Frame, parties: readonly Party[], index: Map<string, Frame>): void {
  for (const p of parties) {
    if (frame.partyKeys.has(p.key)) continue;
    frame.parties.push(p);
    frame.partyKeys.add(p.key);
    frame.hadParties = true;
    index.set(p.key, frame);
  }
}

function hasDealMoney(info: SentenceInfo): boolean {
  return info.money.length > 0 && !info.has.has("stage") && !info.has.has("total");
}

/** A sentence about the deal's own figures or object, not a new one: it names no figure, or points back. */
function isSingular(info: SentenceInfo): boolean {
  return !info.plural && (info.has.has("project") || info.has.has("facility") || info.has.has("anaphor"));
}

/** Anaphors that name a party generically, not the deal's object (lexicons/deal-triggers.ts, PARTY_REFERENCES). */
const PARTY_ANAPHORS: ReadonlySet<string> = new Set(
  Object.values(PARTY_REFERENCES).flatMap((l) => l.partyRef).map((w) => cueKey(w, false)),
);

/** An anaphor that points back to the deal's object ("этот завод", "the plant"), not a party named generically ("the company"). */
function objectAnaphor(info: SentenceInfo): boolean {
  return info.has.has("anaphor") && info.cues.some((c) => c.categories.includes("anaphor") && !PARTY_ANAPHORS.has(c.key));
}

/**
 * A second object of the deal's party, to be a deal of its own: the sentence has the party build
 * (a construction word) a facility that the deal has not named yet, with the facility's own amount or
 * capacity, and says so as a further item ("Кроме того, компания построит склад стоимостью 5 млн
 * долларов", "Сонымен қатар компания … зауыт салады", "The company will also build …", "ещё один",
 * "тағы бір") or brings an amount while the deal already has one. Not a sentence about the deal's own
 * object or its total: an object anaphor ("этот завод"), the same facility noun again ("Кроме того,
 * строительство завода обойдётся в …"), a total ("Общая стоимость проекта – 50 млн долларов"), a
 * first stage, several projects, or a figure with no construction ("Кроме того, предприятие будет
 * производить 50 тыс. тонн").
 */
function secondObject(frame: Frame, info: SentenceInfo): boolean {
  if (!info.has.has("build") || !info.has.has("facility") || info.plural || info.has.has("total") || objectAnaphor(info)) return false;
  const money = hasDealMoney(info);
  if (!money && info.capacity.length === 0) return false;
  if (!(info.has.has("also") || info.newDeal || (frame.amount !== null && money))) return false;
  return info.cues.some((c) => c.categories.includes("facility") && !frame.facilityKeys.has(c.key));
}

/** A document kind signed in this sentence upgrades a frame that was only a project. */
function upgradeKind(frame: Frame, i: number, info: SentenceInfo): void {
  const docKind = kindOf(info);
  if (docKind && info.has.has("sign") && isBareKind(frame.kind)) setKind(frame, i, docKind);
}

export function assembleFrames(context: RecognizerContext, mentions: readonly Mention[]): { frames: Frame[]; infos: SentenceInfo[] } {
  const text = context.normalized;
  // Most texts have no deal word at all: one pass over the cue words decides.
  const cues = scanDocumentCues(context, context.bodyStart);
  if (!cues.some((c) => c.categories.some((k) => MAY_OPEN.has(k)))) return { frames: [], infos: [] };
  const { sentences } = segment(text, context.bodyStart);
  const infos = sentenceFeatures(context, sentences, mentions, cues);
  const names = new PartyNames();
  const frames: Frame[] = [];
  const index = new Map<string, Frame>();
  let cur: Frame | null = null;
  // The last package of documents ("two agreements") and the last sentence of it or of its enumerated items.
  let pkg: Frame | null = null;
  let pkgAt = -1;

  const samePara = (a: number, b: number): boolean => infos[a]!.sentence.paragraph === infos[b]!.sentence.paragraph;

  const open = (i: number, info: SentenceInfo, kind: DealKind | null): Frame => {
    const f = newFrame(frames.length, i, info, kind);
    frames.push(f);
    if (f.package && f.kind !== null && f.kind !== "project") { pkg = f; pkgAt = i; }
    return f;
  };

  /**
   * A second object of `of`'s party (see secondObject): a deal of its own with those parties (the
   * parties stay indexed to the first deal) and the first deal's region unless it names one.
   */
  const sibling = (i: number, info: SentenceInfo, of: Frame, parties: readonly Party[]): Frame => {
    const f = open(i, info, kindOf(info) ?? "project");
    f.parent = of;
    f.package = false;
    setParties(f, parties.slice());
    f.hadParties = true;
    return f;
  };

  /** An enumerated item ("The second, with X LLP") of a package of documents keeps the package's kind. */
  const itemKind = (i: number, info: SentenceInfo): DealKind | null => {
    if (!info.item || pkg === null || i - pkgAt > 2) return null;
    pkgAt = i;
    return pkg.kind;
  };

  /**
   * A new-deal cue ("in particular", "one of them") right after a package that names no party: the
   * package is detailed item by item, so it and its total go (returns the package).
   */
  const detailsPackage = (info: SentenceInfo): Frame | null => {
    if (!info.newDeal || info.has.has("apart") || !cur || !cur.package || cur.parties.length > 0 || cur.parent) return null;
    const pack: Frame = cur;
    pack.split = true;
    pack.hadParties = true;
    pack.amount = null;
    return pack;
  };

  /** A sentence (or an anaphor and its antecedent) that names parties. */
  const withParties = (i: number, info: SentenceInfo, parties: Party[], evidence: number[]): void => {
    let known: Frame | null = null;
    for (const p of parties) {
      const f = index.get(p.key);
      if (f && (!known || f.seq > known.seq)) known = f;
    }
    const docKind = kindOf(info);
    let target: Frame;
    if (known) {
      const inKnown = parties.filter((p) => known!.partyKeys.has(p.key));
      const umbrella = known.package && known.parties.length >= 2 && inKnown.length < known.parties.length;
      if (umbrella || known.split) {
        // A package detailed party by party: this party gets its own deal, with the package's kind.
        target = open(i, info, known.kind ?? docKind);
        target.parent = known;
        target.package = false;
        target.signed = target.signed || known.signed;
        const moved = new Set(inKnown.map((p) => p.key));
        setParties(known, known.parties.filter((x) => !moved.has(x.key)));
        known.split = true;
        known.amount = null;
        addParties(target, parties.filter((p) => !index.has(p.key) || inKnown.includes(p)), index);
      } else if (secondObject(known, info)) {
        // The same party builds a second object with its own figures: a deal of its own.
        target = sibling(i, info, known, inKnown);
        addParties(target, parties.filter((p) => !index.has(p.key)), index);
      } else {
        target = known;
        upgradeKind(target, i, info);
        addParties(target, parties.filter((p) => !index.has(p.key)), index);
      }
    } else if (
      cur && cur.parties.length === 0 && !info.newDeal && !info.has.has("apart") &&
      (i <= cur.last + 1 || (cur.package && (cur.amount !== null || cur.capacity.length > 0)))
    ) {
      target = cur;
      if (docKind) setKind(target, i, docKind);
      if (info.has.has("sign")) target.signed = true;
      if (info.item && target === pkg) pkgAt = i;
      addParties(target, parties, index);
    } else {
      const detailed = detailsPackage(info);
      target = open(i, info, docKind ?? itemKind(i, info) ?? (detailed?.kind !== "project" ? detailed?.kind : null) ?? "project");
      if (detailed) target.parent = detailed;
      addParties(target, parties, index);
    }
    for (const e of evidence) {
      target.core.add(e);
      attach(target, e, infos[e]!, text);
    }
    cur = target;
  };

  /**
   * Whether a trigger sentence without parties starts a deal of its own rather than going on with
   * `frame`: a new-item cue ("another", an ordinal before a project noun), a new count of projects,
   * a second amount, or a newly signed document that brings its own figure or says "also".
   */
  const startsNew = (frame: Frame, info: SentenceInfo): boolean => {
    if (info.newDeal) return true;
    if (info.count !== null && info.count >= 2 && info.count !== frame.count) return true;
    if (secondObject(frame, info)) return true;
    const anaphoric = objectAnaphor(info);
    const figures = info.money.length > 0 || info.capacity.length > 0;
    if (frame.amount !== null && hasDealMoney(info) && !anaphoric) return true;
    // "Сонымен қатар … теміржол желісінің құрылысы …, ұзындығы 272 шақырым": a further item with its own figures,
    // unless the figures only measure what is described ("Кроме того, предприятие будет выпускать 500 тысяч тонн").
    const measuresOnly = info.has.has("measure") && !info.has.has("build");
    if (info.has.has("also") && figures && !measuresOnly && (frame.amount !== null || frame.capacity.length > 0)) return true;
    // A package of documents with no party yet is ended by a document of another kind ("Astana and Shanghai also signed a sister-city memorandum").
    const docKind = kindOf(info);
    const otherDocument = frame.parties.length > 0 || (frame.package && frame.kind !== null && docKind !== frame.kind);
    const signedDocument = docKind !== null && info.has.has("sign") && otherDocument;
    return signedDocument && !anaphoric && (info.has.has("also") || figures);
  };

  /**
   * A sentence with no deal content: no trigger or facility word, no figure, no jobs, and no
   * organization but a state body or a media outlet ("Об этом сообщает пресс-служба акимата",
   * "Бұл туралы … баспасөз қызметі хабарлады", "… the press service said").
   */
  const neutral = (k: number): boolean => {
    const x = infos[k]!;
    return !isTrigger(x) && !x.has.has("facility") && !x.has.has("statistic") && x.money.length === 0 &&
      x.capacity.length === 0 && x.jobs.length === 0 && x.orgs.every((o) => isMedia(o.name) || isStateBody(o.name));
  };

  /**
   * Whether sentence `i` is still within reach of `frame`: the next sentence, or at most three sentences
   * on in the same paragraph, or, when the deal has a party or a figure already, in a later paragraph
   * when it speaks of the deal's own object or project
   * ("The complex is due to be commissioned by 2026 and will create 300 jobs") or, not speaking of
   * several projects, has only neutral sentences before it.
   */
  const reaches = (frame: Frame, i: number): boolean => {
    if (i <= frame.last + 1) return true;
    if (i - frame.last > 3) return false;
    if (samePara(frame.last, i)) return true;
    if (frame.parties.length === 0 && frame.amount === null && frame.capacity.length === 0) return false;
    if (isSingular(infos[i]!)) return true;
    if (infos[i]!.plural) return false;
    for (let k = frame.last + 1; k < i; k++) if (!neutral(k)) return false;
    return true;
  };

  /**
   * State bodies named in a sentence that goes on with the open deal of companies, with no figure of its
   * own ("Соглашение подписано … при участии представителей Министерства энергетики"): witnesses of the
   * same project, not the parties of a new deal.
   */
  const witnesses = (i: number, info: SentenceInfo, parties: readonly Party[]): boolean =>
    cur !== null && !info.newDeal && info.money.length === 0 && info.capacity.length === 0 &&
    parties.every((p) => p.state && !index.has(p.key)) && cur.parties.some((p) => !p.state) && reaches(cur, i);

  /** A statistic, or an investment volume that does not go on with the deal just described. */
  const isStatistic = (i: number, info: SentenceInfo): boolean =>
    info.has.has("statistic") ||
    (info.has.has("volume") && !(cur && i === cur.last + 1 && !info.plural && info.count === null));

  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    if (isStatistic(i, info)) continue;
    // An enumerated item with its party ("The first, with X") right after a package of documents.
    if (isTrigger(info) || (info.item && pkg !== null && i - pkgAt <= 2 && info.orgs.length > 0)) {
      const parties = partiesOf(info, text, true, names);
      if (parties.length > 0 && !witnesses(i, info, parties)) { withParties(i, info, parties, [i]); continue; }
      // An anaphor takes the parties of the sentence before, unless the open deal of a facility is within reach
      // ("Its Chinese partner, X, will supply equipment. The plant is due to be commissioned …").
      const ownObject = cur !== null && cur.facility && cur.parties.length > 0 && objectAnaphor(info) && reaches(cur, i);
      if (info.has.has("anaphor") && i > 0 && !(cur && cur.members.has(i - 1)) && !ownObject) {
        const before = partiesOf(infos[i - 1]!, text, false, names);
        if (before.length > 0) { withParties(i, info, before, [i - 1, i]); continue; }
      }
      // "Общая стоимость двух проектов – …" after single deals: a shared total, on none of them.
      if (info.has.has("total") && info.plural && cur && !cur.package) continue;
      // A sentence that goes on with the open deal (its cost, its signing, its construction dates) joins it.
      const joins = cur !== null && !startsNew(cur, info) &&
        (cur.package || reaches(cur, i));
      if (joins) {
        attach(cur!, i, info, text);
        upgradeKind(cur!, i, info);
      } else if (
        cur && cur.parties.length > 0 && info.orgs.length === 0 && secondObject(cur, info) &&
        namesPartyGenerically(context, info.sentence)
      ) {
        // "Кроме того, компания построит склад стоимостью 5 млн долларов": the same party's second object.
        cur = sibling(i, info, cur, cur.parties);
        attach(cur, i, info, text);
      } else {
        const docKind = kindOf(info);
        detailsPackage(info);
        cur = open(i, info, docKind ?? (info.has.has("project") || info.has.has("build") || info.has.has("facility") ? "project" : null));
        attach(cur, i, info, text);
      }
      continue;
    }
    // A sentence with no trigger adds its figures right after the deal, or one quiet sentence later.
    const gap = cur ? i - cur.last : 0;
    const quiet = (k: number) => { const x = infos[k]!; return !x.has.has("statistic") && !x.money.length && !x.capacity.length && !x.orgs.length; };
    // Its investor named right after a concrete deal (a facility or a figure) that has none
    // ("Инвестором выступает китайская компания X"), when the name's country is known.
    const concrete = cur !== null && (cur.facility || cur.amount !== null || cur.capacity.length > 0);
    if (cur && concrete && gap === 1 && cur.parties.length === 0 && !cur.package && !isStatistic(i, info)) {
      const named = partiesOf(info, text, false, names).filter((p) => p.country && !index.has(p.key));
      if (named.length > 0) {
        addParties(cur, named, index);
        cur.core.add(i);
      }
    }
    if (cur && (gap === 1 || (gap === 2 && samePara(cur.last, i) && quiet(i - 1)))) {
      const mentionsParty = info.orgs.some((o) => cur!.partyKeys.has(names.keyOf(o.name)));
      if (mentionsParty || info.money.length || info.capacity.length || info.dates.length || info.jobs.length) {
        attach(cur, i, info, text, false);
      }
    }
  }
  return { frames, infos };
}

function isDeal(f: Frame): boolean {
  if (f.hadParties && f.parties.length === 0) return false; // a package whose parties all got their own deals
  // Realized projects counted with no party and no signed document: a tally, not a deal.
  if (f.parties.length === 0 && f.package && f.done && !f.signed && (f.kind === null || f.kind === "project")) return false;
  if (f.parties.length === 0 && f.amount === null && f.capacity.length === 0) return false;
  const cooperationOnly = f.amount === null && f.capacity.length === 0 && !f.facility && f.parties.every((p) => p.state);
  return !cooperationOnly;
}

/** A deal needs a party (an organization), an amount or a capacity: without such a mention there is none to read. */
function mayHoldDeal(mentions: readonly Mention[]): boolean {
  return mentions.some((m) => m.type === "organization" || m.type === "money" || m.type === "capacity");
}

/** Index of the sentence that holds `pos` (sentences sorted, each mention inside one). */
function sentenceAt(infos: readonly SentenceInfo[], pos: number): number {
  let lo = 0;
  let hi = infos.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (infos[mid]!.sentence.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The deal's evidence: the sentence that opened it and each sentence a field was read from (a party's
 * name, the amount, each capacity, each date, the jobs, the kind, and the region when no such sentence
 * names it already), in text order. Sentences the deal merely spans ("Стороны обсудили текущий статус
 * проекта") are left out.
 */
function evidenceOf(
  f: Frame, infos: readonly SentenceInfo[], dates: DealDates, signedFrom: number, region: RegionName | null,
): number[] {
  const ev = new Set<number>([f.opened, f.from.kind]);
  if (f.amount !== null) ev.add(f.from.amount);
  for (const i of f.from.capacity) ev.add(i);
  for (const role of Object.keys(dates) as (keyof DealDates)[]) ev.add(f.from.dates[role] ?? (role === "signed" ? signedFrom : -1));
  if (f.jobs !== null) ev.add(f.from.jobs);
  for (const p of f.parties) ev.add(sentenceAt(infos, p.span.start));
  if (region !== null && ![...ev].some((i) => i >= 0 && infos[i]!.regions.some((h) => h.value === region))) {
    ev.add(regionSentence(f, infos, region));
  }
  ev.delete(-1);
  return [...ev].sort((a, b) => a - b);
}

export function assembleDeals(context: RecognizerContext, mentions: readonly Mention[]): AssembledDeal[] {
  if (!mayHoldDeal(mentions)) return [];
  const { frames, infos } = assembleFrames(context, mentions);
  const kept = frames.filter(isDeal);
  if (kept.length === 0) return [];
  addPlacesAndSectors(context, infos);
  const docRegion = documentRegion(infos);
  const deals: AssembledDeal[] = [];
  for (const f of kept) {
    f.sentences.sort((a, b) => a - b);
    const dates: DealDates = { ...f.dates };
    if (dates.start && dates.completion && yearOf(dates.completion) < yearOf(dates.start)) delete dates.completion;
    let signedFrom = -1;
    if (f.signed && !dates.signed) {
      const pending = f.pendingDates.find((p) => p.sentence <= f.opened + 1 && !p.date.value.includes("/"));
      if (pending) { dates.signed = pending.date.value; signedFrom = pending.sentence; }
    }
    const region = dealRegion(f, infos, docRegion);
    deals.push({
      kind: f.kind ?? "project",
      parties: f.parties.map(({ name, country, legalForm }) => {
        const p: DealParty = { name };
        if (country) p.country = country;
        if (legalForm) p.legalForm = legalForm;
        return p;
      }),
      amount: f.amount,
      capacity: f.capacity,
      region,
      sector: dealSector(f, infos),
      dates,
      jobs: f.jobs,
      evidence: evidenceOf(f, infos, dates, signedFrom, region)
        .map((i) => ({ start: infos[i]!.sentence.start, end: infos[i]!.sentence.end })),
    });
  }
  return deals;
}
