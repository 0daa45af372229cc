/**
 * From frames to deals (src/deals/assemble.ts reads the frames): which frames are deals, and each deal's dates,
 * region, sector and evidence.
 */
import type { RecognizerContext } from "../recognizers/types.js";
import type { AssembledDeal, DealDates, DealParty, DealStatus, Mention } from "../types.js";
import { assembleFrames } from "./assemble.js";
import { dealRegion, dealSector, documentRegion } from "./attributes.js";
import { evidenceOf, evidenceSpans } from "./evidence.js";
import { addPlacesAndSectors } from "./places.js";
import type { ResolvedDateMention, SentenceInfo } from "./sentence-info.js";
import { yearOf, type Frame } from "./frame.js";

/**
 * Whether a frame is a deal: it has a party, an amount or a capacity, and is not a package whose items got deals of
 * their own, a tally of projects, nor a cooperation document between state bodies with no figure and no facility.
 */
function isDeal(f: Frame): boolean {
  if (f.hadParties && f.parties.length === 0) return false; // a package whose parties all got their own deals
  // Realized projects counted with no party and no signed document: a tally, not a deal.
  if (f.parties.length === 0 && f.package && f.done && !f.signed && (f.kind === null || f.kind === "project")) return false;
  // Projects to come counted with no party and no signed document, then listed one by one with their parties and sums
  // ("15 проектов на 320 млрд тенге. Среди них: …"): the listed ones are the deals, the count a tally.
  if (f.parties.length === 0 && f.package && f.itemized && !f.signed && (f.kind === null || f.kind === "project")) return false;
  if (f.parties.length === 0 && f.amount === null && f.capacity.length === 0) return false;
  const cooperationOnly = f.amount === null && f.capacity.length === 0 && !f.facility && f.parties.every((p) => p.state);
  return !cooperationOnly;
}

/** A deal needs a party (an organization), an amount or a capacity: without such a mention there is none to read. */
function mayHoldDeal(mentions: readonly Mention[]): boolean {
  return mentions.some((m) => m.type === "organization" || m.type === "money" || m.type === "capacity");
}

/**
 * Whether a date with no role of its own may be a signed document's date: a point in time, not a range, nor a
 * deadline or a part of a period ("the first project will be built … by 2027" beside "signed in Beijing on Monday").
 */
function signingDate(date: ResolvedDateMention, referenceYear: number | null): boolean {
  // (nor a year after the document's: a deal said signed was not signed later, "Первые 10 локомотивов будут поставлены в
  // мае 2026 года" after a contract signed in 2025)
  return !date.value.includes("/") && date.modifier === undefined && (referenceYear === null || yearOf(date.value) <= referenceYear);
}

export function assembleDeals(context: RecognizerContext, all: readonly Mention[]): AssembledDeal[] {
  if (!mayHoldDeal(all)) return [];
  // (a coordinated figure, "100" of "100 и 200 МВт", is no deal's: which object each figure is of, "respectively", is
  // not read, and a deal keeps the figure its unit is written with, as before such figures were mentions)
  const mentions = all.some((m) => (m.type === "money" || m.type === "capacity") && m.coordinated) ? all.filter((m) => !("coordinated" in m)) : all;
  const { frames, infos } = assembleFrames(context, mentions);
  const kept = frames.filter(isDeal);
  if (kept.length === 0) return [];
  addPlacesAndSectors(context, infos);
  const docRegion = documentRegion(infos);
  const referenceYear = context.referenceDate?.year ?? null;
  const deals: AssembledDeal[] = [];
  for (const f of kept) {
    f.sentences.sort((a, b) => a - b);
    const dates: DealDates = { ...f.dates };
    if (dates.start && dates.completion && yearOf(dates.completion) < yearOf(dates.start)) delete dates.completion;
    let signedFrom = -1;
    if (f.signed && !dates.signed) {
      // (the sentence after the one that opened it, or after the one that named its document: a headline may open the
      // deal, "Қостанайда автобус зауыты салынады ¶ … келісімге қол қойды. Келісім 19 қыркүйекте жасалды")
      const signing = Math.max(f.opened, f.from.kind);
      const pending = f.pendingDates.find((p) => p.sentence <= signing + 1 && signingDate(p.date, referenceYear) && !infos[p.sentence]!.has.has("earlier"));
      if (pending) { dates.signed = pending.date.value; signedFrom = pending.sentence; }
    }
    // a document of a signed package detailed item by item was signed with it ("signed 12 agreements … on May 13")
    if (!dates.signed && f.kind !== null && f.kind !== "project" && f.parent?.split && f.parent.signed) {
      const p = f.parent;
      const pending = p.dates.signed ?? p.pendingDates.find((d) => d.sentence <= p.opened + 1 && signingDate(d.date, referenceYear))?.date.value;
      if (pending) { dates.signed = pending; signedFrom = p.from.dates.signed ?? p.opened; }
    }
    // a story of its own ("Separately, …") takes no place from the rest of the document
    const region = dealRegion(f, infos, infos[f.opened]!.has.has("separately") ? null : docRegion);
    const status = statusOf(f, infos);
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
      ...(status ? { status } : {}),
      evidence: evidenceSpans(infos, evidenceOf(f, infos, dates, signedFrom, region)),
    });
  }
  return deals;
}

/**
 * A deal's status: given up or put on hold when one of its sentences says so (the last that does), not its headline alone
 * (which may tell two stories: "… вложит $80 млн в производство удобрений, но отказалась от птицефабрики").
 */
function statusOf(f: Frame, infos: readonly SentenceInfo[]): DealStatus | undefined {
  let status: DealStatus | undefined;
  let withdrawn = false;
  for (const k of f.sentences) {
    const info = infos[k]!;
    if (info.headline) continue;
    if (info.has.has("cancel")) status = "cancelled";
    else if (info.has.has("suspend")) status = "suspended";
    else if (info.has.has("withdraw")) withdrawn = true;
  }
  // (an investor gone from a project on hold: the project is on hold, looking for another)
  return status ?? (withdrawn ? "cancelled" : undefined);
}
