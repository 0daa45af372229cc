/**
 * The deal frame: what assembly (src/deals/assemble.ts) builds a deal in, and the steps that fill it
 * from one sentence: its figures, dates and kind (attach), its parties, and the tests that read a
 * sentence against the frame (an object anaphor, a signed document that upgrades a project). What a
 * sentence says of the deal's objects (a second object, a part of its own, a deal told apart) is
 * objects.ts; which sums are a deal's at all, and which state its sum again, are sums.ts.
 */
import { EN_DEAL_CUES } from "../../lexicons/deal-cues.en.js";
import { KK_DEAL_CUES } from "../../lexicons/deal-cues.kk.js";
import { RU_DEAL_CUES } from "../../lexicons/deal-cues.ru.js";
import { PARTY_REFERENCES, SEASON_SPAN_WORDS, STATUS_DATE_WORDS, type CueCategory } from "../../lexicons/deal-triggers.js";
import { CHANGE_FROM, changeEnd, changedSum, opensWith, risesTo } from "./changes.js";
import { refines, restates, unitPrice, unitPriceSentence } from "./sums.js";
import { cueKey } from "../../patterns/deal.common.js";
import type { CapacityMention, DealAmount, DealCapacity, DealDates, DealKind, DealParty, MoneyMention } from "../types.js";
import { isAbbreviation } from "./party-names.js";
import { dateRole, folded, textBefore } from "./sentence-parties.js";
import { KIND_CATEGORIES } from "./features.js";
import type { ResolvedDateMention, SentenceInfo } from "./sentence-info.js";
import { added, none } from "./lists.js";
import { SmallSet } from "./small-set.js";
import { isUpperCode } from "../word-start.js";
import { NO_WORDS, endsWithWord, wordBefore, wordsBetween } from "./word-before.js";
import { laterStageStart, phaseStart } from "./stages.js";

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
export function attach(frame: Frame, i: number, info: SentenceInfo, text: string, trigger = true, alone = false): void {
  // (whether the sentence speaks of the deal's own project or object, as the deal stood before it: see wholeAfterPart)
  const ownTopicBefore = info.has.has("project") || info.cues.some((c) => ownTopic(frame, c));
  if (!frame.members.has(i)) {
    frame.sentences = added(frame.sentences, i);
    frame.members.add(i);
    for (const c of info.cues) if (c.categories.includes("facility")) frame.facilityKeys.add(c.key);
  }
  followDocument(frame, i, info);
  frame.last = Math.max(frame.last, i);
  if (info.has.has("facility") || info.has.has("build")) frame.facility = true;
  const shared = (info.plural || info.objects) && !frame.package && i !== frame.opened;
  // where the sentence's first stage word ends ("The first phase …"): a figure or date after it is the stage's
  let stageEnd = Infinity;
  for (const c of info.cues) if (c.end < stageEnd && c.categories.includes("stage")) stageEnd = c.end;
  // (a later stage named after the first: its dates are the project's completion)
  const laterStage = laterStageStart(info, stageEnd);
  // a sum after the stage's with a total word before it, or right after it with no other sum following, is the whole
  // ("…, общий – 300 млн долларов", "…, and $300 million in total"; in "90 млн долларов, общий – 300 …" it is 300's)
  const wholeSum = (m: { start: number; end: number }): boolean => stageEnd < m.start && info.cues.some((c) =>
    c.start > stageEnd && c.categories.includes("total") &&
    (c.end <= m.start || (c.start >= m.end && c.start - m.end <= 3 && !info.money.some((o) => o.start >= c.end))));
  // (a more precise figure of the deal's sum, or its whole after a part told before: that one replaces it)
  const refined = frame.amount === null || shared ? undefined
    : info.money.find((m) => refines(frame.amount!, m)) ?? (frame.from.amount !== i && ownTopicBefore ? wholeAfterPart(frame, info) : undefined);
  if (refined || (frame.amount !== null && !shared && frame.from.amount !== i && revisesFigures(info) && info.money.length > 0)) {
    frame.amount = null;
  }
  // (a total beside a stage's sum is the deal's whole, not a total over several deals)
  const totalOfSeveral = info.has.has("total") && !info.money.some(wholeSum);
  // (one document's total is its sum: "подписали контракт на поставку локомотивов на общую сумму $600 млн")
  const oneDocument = !info.plural && KIND_CATEGORIES.some((k) => info.has.has(k));
  // (a bare total, "Общая стоимость – 92 млрд тенге", of the one deal the document has told so far (`alone`) is its own)
  if (!frame.amount && !shared && !(totalOfSeveral && !frame.package && !isSingular(info) && !oneDocument && !refined && !alone)) {
    const onePrice = unitPriceSentence(text, info);
    const phase = info.has.has("phase") && !frame.stageTopic ? phaseStart(info) : Infinity;
    // ("Ранее стоимость проекта оценивалась в 95 млрд тенге, теперь – 128 млрд", "вместо 300 млн долларов он обойдется в
    // 410 млн", "Бастапқыда 20 млрд теңгеге бағаланған жобаның құны 26 млрд теңгеге жетті": the later sum, the current one)
    for (const m of refined ? [refined] : supersedes(info) ? [...info.money].reverse() : info.money) {
      if (stageEnd <= m.start && !wholeSum(m) && !frame.stageTopic) continue;
      // (a later phase's sum is the project's part: "The second phase, a weaving factory, is estimated at …")
      if (m.start > phase) continue;
      if (onePrice || unitPrice(text, m)) continue;
      // a sum that grew or was cut ("Жоба құны 320 млн доллардан 410 млн долларға дейін өсті", "выросли с 10 до 15 млрд",
      // "пересмотрена с 870 млн до 1,1 млрд", "сократилась с 40 до 32 млрд", "увеличилась с 12 до 15 млрд"): the new one
      const grew = changedSum(info, m);
      frame.amount = { amount: grew ? (m.descending ? m.amount : m.amountMax!) : m.amount, currency: m.currency };
      frame.from.amount = i;
      frame.amountOfLoan = info.has.has("loan") || info.has.has("finance");
      if (grew) {
        const exact = m.descending ? m.amountExact : m.amountMaxExact;
        if (exact !== undefined) frame.amount.amountExact = exact;
      } else {
        if (m.amountMax !== undefined) frame.amount.amountMax = m.amountMax;
        if (m.amountExact !== undefined) frame.amount.amountExact = m.amountExact;
        if (m.amountMaxExact !== undefined) frame.amount.amountMaxExact = m.amountMaxExact;
      }
      if (m.qualifier) frame.amount.qualifier = m.qualifier;
      break;
    }
  }
  // the deal's sum told again with the qualifier its first telling left out (a headline's "за $500 млн", then "вложит более
  // 500 млн долларов", "около полумиллиарда долларов"): the qualified one, the same sum
  if (frame.amount !== null && frame.amount.qualifier === undefined && frame.amount.amountMax === undefined && !shared && frame.from.amount !== i) {
    const amount = frame.amount;
    // (not "up to", a limit, often a lender's: "EBRD will lend up to $100 million")
    const told = info.money.find((m) => m.qualifier !== undefined && m.qualifier !== "under" && m.amountMax === undefined &&
      m.amount === amount.amount && m.currency === amount.currency);
    if (told) amount.qualifier = told.qualifier;
  }
  // "Екі станцияның жалпы қуаты 300 МВт": a total over several deals belongs to none of them
  // and several objects counted with their capacity ("15 solar power plants with a capacity of 1.2 GW already operate")
  const sharedTotal = shared && (info.has.has("total") || info.objects);
  // "Сейчас мощность завода составляет 6 млн тонн" after its expansion to 12: what stands today, not what is built
  const standing = info.has.has("current") && frame.capacity.length > 0 && !info.has.has("build") && !info.has.has("expand") &&
    !info.has.has("launch") && !info.has.has("completion");
  // a change of capacity ("raising its capacity from 6 million to 12 million tonnes", "вырастет с 540 тысяч до 1 млн
  // TEU"): what the deal builds is the new figure, not what stands
  const change = info.has.has("expand") || info.has.has("rise");
  const caps = (trigger || info.has.has("measure")) && !sharedTotal && !standing ? info.capacity : none<CapacityMention>();
  // (the Kazakh ends of a change, each a mention: "5 миллион тоннадан 10 миллион тоннаға дейін арттырылады": the
  // second, read as the change's end, stands for both)
  let ended: CapacityMention | null = null;
  for (let k = 0; k < caps.length; k++) {
    const c: CapacityMention = ended ?? caps[k]!;
    ended = change ? changeEnd(c, caps[k + 1]) : null;
    if (ended) continue;
    // (the old figure told after the new one: "to 12 million tonnes a year from 7 million tonnes")
    if (change && k > 0 && opensWith(c.text, CHANGE_FROM)) continue;
    // (not a range opened as one: "мощностью от 100 до 250 МВт", "between 100 and 200 MW")
    const value = change && risesTo(c, c.valueMax) ? c.valueMax! : c.value;
    const key = `${value} ${c.unit}`;
    if (frame.capacityKeys.has(key)) continue;
    // (a stage's part of the deal's capacity, smaller in its unit: "Первая очередь станции на 100 МВт" after 300 МВт,
    // "Бірінші кезеңде 40 МВт қуат іске қосылады" after 100 МВт, "The first phase of 60 MW" after 150 MW)
    if (stageEnd !== Infinity && frame.capacity.some((k) => k.unit === c.unit && k.value > value)) continue;
    // (the same figure said again without its rate, "Завод мощностью полтора миллиона тонн" after "1,5 млн тонн в год", is
    // that capacity; said with its rate after it was told without, it gives the capacity its rate)
    const slash = c.unit.indexOf("/");
    const base = `~${value} ${slash < 0 ? c.unit : c.unit.slice(0, slash)}`;
    if (frame.capacityKeys.has(base)) {
      if (slash >= 0) rateRestated(frame, value, c.unit);
      continue;
    }
    frame.capacityKeys.add(key);
    frame.capacityKeys.add(base);
    const cap: DealCapacity = { value, unit: c.unit };
    if (c.qualifier) cap.qualifier = c.qualifier;
    if (c.commodity) cap.commodity = c.commodity;
    frame.capacity = added(frame.capacity, cap);
    frame.from.capacity = added(frame.from.capacity, i);
  }
  // ("Барлық жобалар 2028 жылға дейін жүзеге асырылады" after the last of several deals: the date of all, on none)
  for (const d of shared ? none<ResolvedDateMention>() : info.dates) {
    // ("as of October", "по состоянию на 1 октября": when something stood so)
    if (statusDate(text, d)) continue;
    const read = dateRole(info, d, text);
    // (a delivery's date: its deadline is the contract's completion, "Тепловоздар 2028 жылдың соңына дейін жеткізіледі";
    // any other tells when a batch arrives, not when the deal was signed: "Первые 10 локомотивов будут поставлены в мае
    // 2026 года")
    // (the rest's, after a first batch, is the last: "The first batch will be delivered in 2027 and the rest in 2028")
    if (read === "delivery") {
      if (d.modifier === "until" || d.modifier === "end" || d.start >= laterStage) setDate(frame, "completion", d.value, i);
      continue;
    }
    // ("signed an agreement to build a 600 MW CHP by 2028": a deadline is none of the signing's, the building's if any)
    let role = read === "signed" && d.modifier === "until" ? (info.has.has("build") ? "completion" : null) : read;
    // "Проект реализуется с августа 2025 года и будет завершен к концу 2027 года": what goes on since a date started
    // then, whatever completion word stands nearest
    // (unless the sentence says it begins to operate: "начнет работу с 2027 года" is done by then)
    if (role === "completion" && d.modifier === "since" && !info.has.has("begins")) role = "start";
    // "… кәсіпорынды 2026 жылдың соңына дейін салуға …", "построят до конца 2026 года": built by a date, completed then
    // (not in a document's sentence, where it may be the document's term: "меморандум …, рассчитанный до 2030 года")
    if (role === null && (d.modifier === "end" || d.modifier === "until") && info.has.has("build") && kindOf(info) === null) {
      role = "completion";
    }
    const interval = INTERVAL.exec(d.value);
    // "Первая очередь будет введена в 2027 году, вторая – в 2030 году", "Бірінші кезең 2026-2028 жылдары, екінші кезең
    // 2029-2031 жылдары …": the later stage's date, after the first's, is the project's completion
    if (d.start >= laterStage && (role === "completion" || role === null || role === "start")) {
      if (frame.from.dates.completion === i) delete frame.dates.completion;
      setDate(frame, "completion", interval ? interval[2]! : d.value, i);
      continue;
    }
    // "The first phase is expected to be completed in 2027": the completion of a first stage is not the deal's (of its
    // span, only the start: "Бірінші кезең 2026-2028 жылдары …")
    if (role === "completion" && stageEnd <= d.start) continue;
    if (interval && stageEnd <= d.start && laterStage < Infinity) { setDate(frame, "start", interval[1]!, i); continue; }
    // "Екінші кезеңнің құрылысы 2026 жылы басталады", "The second phase will start in 2027": a later phase's start is not the
    // project's (its completion, the last phase's, may be)
    if (role === "start" && info.has.has("phase") && phaseStart(info) <= d.start) continue;
    // "The second unit is scheduled for completion in 2028" after the first unit's year: the later one's is the project's
    if (role === "completion" && info.has.has("phase") && phaseStart(info) <= d.start && frame.dates.completion !== undefined &&
      frame.from.dates.completion !== i && yearOf(d.value) > yearOf(frame.dates.completion)) delete frame.dates.completion;
    // "сроки ввода перенесены с 2026 на 2028 год", "commissioning was postponed from 2026 to 2028": a date moved
    // replaces its role's (a launch's or a deal's with no role word: its completion), the end of a from–to the new one;
    // the date it was moved from is none ("postponed to 2029 from 2027", "с 2027 года на 2029 год")
    if (info.has.has("reschedule") && rescheduled(text, info, d)) {
      // (the date it was moved from: "moved from the end of 2025 to …", "перенесен с конца 2025 года на …")
      if (d.modifier === "since" || CHANGE_FROM.has(wordBefore(text, d.start, info.sentence.start, NO_WORDS, 0) ?? "")) continue;
      const moved = role ?? "completion";
      if (frame.dates[moved]) delete frame.dates[moved];
      setDate(frame, moved, interval ? interval[2]! : d.value, i);
      continue;
    }
    // (a season or months of one year with a role of its own is that role's date: "2026 жылдың көктемінде басталып",
    // "начнется весной 2026 года" start in spring, they do not end then)
    const ofOneYear = interval !== null && yearOf(interval[1]!) === yearOf(interval[2]!);
    // (a season over two years opens in the first: "to open in the 2027-2028 season", "к зимнему сезону 2026–2027 годов")
    if (interval && role === "completion" && seasonSpan(text, d, interval)) { setDate(frame, "completion", yearOf(interval[1]!).toString(), i); continue; }
    if (interval && role !== "signed" && (role !== null || info.has.has("build") || info.has.has("term")) && !(role !== null && ofOneYear)) {
      // "в 2026-2029 годах", "between 2026 and 2029" of building or implementing: the start and the completion
      // (of a start alone, its first year: "plans to begin construction in 2027/28", "начнется в 2026–2027 годах")
      setDate(frame, "start", interval[1]!, i);
      if (role !== "start") setDate(frame, "completion", interval[2]!, i);
    // an earlier document's signing, not the deal's own document recalled ("Напомним, соглашение … было подписано в 2024
    // году" of the agreement the deal holds)
    } else if (role === "signed" && info.has.has("earlier") && i !== frame.opened && (frame.kind === null || kindOf(info) !== frame.kind)) continue;
    else if (role) setDate(frame, role, d.value, i);
    // "will be built in Kostanay by 2027", "построят до 2027 года": a deadline of building is its completion
    else if (d.modifier === "until" && info.has.has("build") && !info.has.has("sign")) setDate(frame, "completion", d.value, i);
    else frame.pendingDates = added(frame.pendingDates, { sentence: i, date: d });
  }
  // "Екі кәсіпорында барлығы 1 200 жұмыс орны ашылады" after a second object: the jobs of both, of neither alone.
  const total = info.has.has("total") && frame.parent !== null;
  // of several counts, the first that lasts ("500 постоянных и 1000 временных рабочих мест": 500)
  // (not a headcount of today: "currently employs 640 people and will create 1,500 jobs", "Қазір … 1 100 адам жұмыс істейді")
  const jobs = info.has.has("current") ? info.jobs.filter((h, k) => !afterCurrent(info, h.start, k === 0 ? -1 : info.jobs[k - 1]!.start)) : info.jobs;
  // (a lasting count told after a temporary one replaces it: "Construction employed up to 800 workers at its peak. The
  // plant will have 65 permanent staff")
  const lasting = jobs.find((h) => !h.temporary);
  // (a count revised replaces the deal's, and of a revising sentence's counts the last is the new one: "Ранее сообщалось …
  // 800 рабочих мест, однако по уточненным данным … 560")
  const revising = info.has.has("revise") && jobs.length > 0;
  const revised = revising && frame.jobs !== null && frame.from.jobs !== i;
  if ((frame.jobs === null || (frame.jobsTemporary && lasting) || revised) && !shared && !total && jobs.length > 0) {
    const hit = revising ? jobs.filter((h) => !h.temporary).pop() ?? jobs[jobs.length - 1]! : lasting ?? jobs[0]!;
    frame.jobs = hit.value;
    frame.jobsTemporary = hit.temporary;
    frame.from.jobs = i;
  }
}

const STATUS_BEFORE = STATUS_DATE_WORDS.before;
const STATUS_REACH = Math.max(...STATUS_BEFORE.map((w) => w.length)) + 2;

/** Whether a date says when something stood so (STATUS_DATE_WORDS: "as of October", "… жағдай бойынша"). */
function statusDate(text: string, d: ResolvedDateMention): boolean {
  const own = folded(d.text.slice(0, STATUS_REACH));
  if (STATUS_BEFORE.some((w) => own.startsWith(w))) return true;
  const before = textBefore(text, d.start, STATUS_REACH);
  if (endsWithWord(before, STATUS_BEFORE)) return true;
  const after = folded(text.slice(d.end, d.end + 24)).trimStart();
  return STATUS_DATE_WORDS.after.some((w) => after.startsWith(w));
}

/** How far after a word of today ("currently", "қазір", "сейчас") a count of people is today's headcount. */
const CURRENT_REACH = 40;

/** Whether a "current" cue ends at most CURRENT_REACH characters before `at`, after the count before it (`previous`). */
function afterCurrent(info: SentenceInfo, at: number, previous: number): boolean {
  return info.cues.some((c) => c.categories.includes("current") && c.end <= at && c.start > previous && at - c.end <= CURRENT_REACH);
}

/** An interval date value ("2026/2029"): its two bounds. */
export const INTERVAL = /^(\d{4}[^/]*)\/(\d{4}[^/]*)$/;

/** The year a date value begins with. */
export const yearOf = (value: string): number => Number(value.slice(0, 4));

/** SEASON_SPAN_WORDS, lower case. */
const SEASON_WORDS = SEASON_SPAN_WORDS.map((w) => w.toLowerCase());

/** Whether a date of two years running names one season (SEASON_SPAN_WORDS right after it, or just before it). */
function seasonSpan(text: string, d: { start: number; end: number }, interval: RegExpExecArray): boolean {
  if (yearOf(interval[2]!) !== yearOf(interval[1]!) + 1) return false;
  const after = text.slice(d.end, d.end + 24).toLowerCase();
  const before = text.slice(Math.max(0, d.start - 16), d.start).toLowerCase();
  return SEASON_WORDS.some((w) => after.trimStart().startsWith(w) || before.includes(w));
}

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
 * Whether a sentence gives the whole sum of the deal's own project after a part of it told before ("In the third quarter
 * the company spent $120 million on the complex. Total investment in the project is estimated at $1.35 billion"): a
 * total word or an investment volume, the project or object as its topic (the caller tests it: ownTopic; "In total, the
 * cluster will attract 14.8 billion tenge", "Барлығы кластерге 2 млрд теңге …" after a juice plant's deal sum the deals
 * told before), and a greater sum (in another currency, any sum that does not restate the deal's): that sum.
 */
function wholeAfterPart(frame: Frame, info: SentenceInfo): MoneyMention | undefined {
  const amount = frame.amount;
  // (not after a loan: a loan agreement's amount is its loan, the project's total a figure of the project it finances)
  if (amount === null || frame.amountOfLoan || !(info.has.has("total") || info.has.has("volume")) || info.plural || !isSingular(info)) return undefined;
  return info.money.find((m) => m.currency === amount.currency ? m.amount > amount.amount : !restates(amount, m));
}

/** Gives the deal's capacity of `value` in `unit`'s base unit with no rate the rate of `unit` ("t" → "t/year"). */
function rateRestated(frame: Frame, value: number, unit: string): void {
  const base = unit.slice(0, unit.indexOf("/"));
  const k = frame.capacity.findIndex((c) => c.value === value && c.unit === base);
  if (k < 0) return;
  frame.capacity = frame.capacity.map((c, j) => (j === k ? { ...c, unit: unit as DealCapacity["unit"] } : c));
  frame.capacityKeys.add(`${value} ${unit}`);
}

/** The facility words of every language's cues, as keys: the last word of an anaphor names one ("the cluster") or none ("the project"). */
const FACILITY_WORDS: ReadonlySet<string> = new Set(
  [EN_DEAL_CUES, KK_DEAL_CUES, RU_DEAL_CUES].flatMap((l) => l.facility ?? []).map((w) => w.replace(/^=/, "").toLowerCase()),
);

/**
 * Whether a cue names the deal's own object: a facility word the deal named, or an object anaphor whose noun is one
 * ("the plant" after a plant's deal) or no facility word at all ("the project").
 */
function ownTopic(frame: Frame, c: { key: string; categories: readonly CueCategory[] }): boolean {
  if (c.categories.includes("facility")) return ownFacility(frame, c.key);
  if (!c.categories.includes("anaphor") || PARTY_ANAPHORS.has(c.key)) return false;
  const noun = c.key.slice(c.key.lastIndexOf(" ") + 1).replace(/^=/, "");
  return !FACILITY_WORDS.has(noun) || ownFacility(frame, noun) || ownFacility(frame, "=" + noun);
}

/** At most this many words between a word of rescheduling and the date it moves to ("postponed from 2026 to 2028"). */
const RESCHEDULE_WORDS = 6;

/**
 * Whether a date is one a word of rescheduling moves (a "reschedule" cue): the date right after it, with no capitalized
 * word between ("postponed to 2029", "перенесены с 2026 на 2028 год"; not "Its founder moved to Kokshetau in 2012"), or
 * right before it ("2028 жылға шегерілді").
 */
function rescheduled(text: string, info: SentenceInfo, d: { start: number; end: number }): boolean {
  return info.cues.some((c) => c.categories.includes("reschedule") && (
    (c.end <= d.start && wordsBetween(text, c.end, d.start) <= RESCHEDULE_WORDS && !hasCapital(text, c.end, d.start)) ||
    (c.start >= d.end && wordsBetween(text, d.end, c.start) <= 1)));
}

/** Whether text[from, to) holds a capital letter. */
function hasCapital(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (isUpperCode(text.charCodeAt(k))) return true;
  }
  return false;
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

/** Whether a word of a superseded figure stands before the first of the sentence's two sums or more. */
function supersedes(info: SentenceInfo): boolean {
  if (info.money.length < 2 || !info.has.has("superseded")) return false;
  const first = info.money[0]!.start;
  return info.cues.some((c) => c.start < first && c.categories.includes("superseded"));
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
  let newFacility = Infinity, anaphor = Infinity;
  for (const c of info.cues) {
    if (c.categories.includes("anaphor") && !PARTY_ANAPHORS.has(c.key)) anaphor = Math.min(anaphor, c.start);
    else if (c.categories.includes("facility") && !frame.facilityKeys.has(c.key)) newFacility = Math.min(newFacility, c.start);
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
  return frame.facilityKeys.some((k) => k.length > head.length && k.endsWith(head));
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
