/**
 * Adding one sentence to a deal frame (src/deals/frame.ts), in steps: its sum (attachSum), its capacities
 * (attachCapacity), its dates (attach-dates.ts) and its jobs (attachJobs). Each step reads the sentence against
 * what the frame holds already: a sum that refines or supersedes the deal's, a capacity told again, a count revised.
 */
import { EN_DEAL_CUES } from "../../lexicons/deal-cues.en.js";
import { KK_DEAL_CUES } from "../../lexicons/deal-cues.kk.js";
import { RU_DEAL_CUES } from "../../lexicons/deal-cues.ru.js";
import type { CueCategory } from "../../lexicons/deal-triggers.js";
import { CHANGE_FROM, changeEnd, changedSum, opensWith, risesTo } from "./changes.js";
import { refines, restates, unitPrice, unitPriceSentence } from "./sums.js";
import type { CapacityMention, DealCapacity, MoneyMention } from "../types.js";
import { KIND_CATEGORIES } from "./features.js";
import type { SentenceInfo } from "./sentence-info.js";
import { added, none } from "./lists.js";
import { laterStageStart, phaseStart } from "./stages.js";
import { attachDates } from "./attach-dates.js";
import { followDocument, isSingular, ownFacility, PARTY_ANAPHORS, revisesFigures, type Frame } from "./frame.js";

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
  attachSum(frame, i, info, text, { shared, stageEnd, ownTopicBefore, alone });
  attachCapacity(frame, i, info, shared, stageEnd, trigger);
  attachDates(frame, i, info, text, shared, stageEnd, laterStage);
  attachJobs(frame, i, info, shared);
}

/** Where the sentence stands against the deal's stages, whether its figures are shared, and what it spoke of before. */
interface SumContext {
  shared: boolean;
  stageEnd: number;
  ownTopicBefore: boolean;
  alone: boolean;
}

/** The deal's sum: the sentence's first that is the deal's own, or one that refines, completes or supersedes it. */
function attachSum(frame: Frame, i: number, info: SentenceInfo, text: string, { shared, stageEnd, ownTopicBefore, alone }: SumContext): void {
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
}

/** The deal's capacities: each new value and unit once, the new end of a change, no stage's part. */
function attachCapacity(frame: Frame, i: number, info: SentenceInfo, shared: boolean, stageEnd: number, trigger: boolean): void {
  // "Екі станцияның жалпы қуаты 300 МВт": a total over several deals belongs to none of them
  // and several objects counted with their capacity ("15 solar power plants with a capacity of 1.2 GW already operate")
  const sharedTotal = shared && (info.has.has("total") || info.objects);
  // "Сейчас мощность завода составляет 6 млн тонн" after its expansion to 12: what stands today, not what is built
  const standing = info.has.has("current") && frame.capacity.length > 0 && !info.has.has("build") && !info.has.has("expand") &&
    !info.has.has("launch") && !info.has.has("completion");
  // a change of capacity ("raising its capacity from 6 million to 12 million tonnes", "вырастет с 540 тысяч до 1 млн
  // TEU"): what the deal builds is the new figure, not what stands
  const change = info.has.has("expand") || info.has.has("rise");
  // (a sentence of where the object stands gives its area: "Ол 12 гектар аумақта орналасады", "It will occupy 12 hectares")
  const caps = (trigger || info.has.has("measure") || info.has.has("located")) && !sharedTotal && !standing ? info.capacity : none<CapacityMention>();
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
}

/** The deal's jobs: the first lasting count, or a count revised; none shared by several objects. */
function attachJobs(frame: Frame, i: number, info: SentenceInfo, shared: boolean): void {
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

/** How far after a word of today ("currently", "қазір", "сейчас") a count of people is today's headcount. */
const CURRENT_REACH = 40;

/** Whether a "current" cue ends at most CURRENT_REACH characters before `at`, after the count before it (`previous`). */
function afterCurrent(info: SentenceInfo, at: number, previous: number): boolean {
  return info.cues.some((c) => c.categories.includes("current") && c.end <= at && c.start > previous && at - c.end <= CURRENT_REACH);
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


/** Whether a word of a superseded figure stands before the first of the sentence's two sums or more. */
function supersedes(info: SentenceInfo): boolean {
  if (info.money.length < 2 || !info.has.has("superseded")) return false;
  const first = info.money[0]!.start;
  return info.cues.some((c) => c.start < first && c.categories.includes("superseded"));
}

