/**
 * Scoring extraction results against gold files in the contract's gold format.
 * Mentions are matched one-to-one per type by normalized value (money: amount, currency
 * and qualifier; capacity: value and unit; date: value; organization: name without quotes
 * and legal form, or an overlapping span). Deals are matched by parties, amount and capacity.
 */
import { LEGAL_FORMS } from "../../lexicons/legal-forms.js";
import { alternation } from "../regex.js";
import type { AssembledDeal, DealCapacity, Mention, MentionType } from "../types.js";

/** What scoring compares of a deal: the assembled fields (the US dollar figures are derived from them). */
type Deal = AssembledDeal;

export interface GoldDocument {
  file: string;
  language?: string;
  referenceDate?: string | null;
  mentions: Mention[];
  /** Relative dates the reference date cannot resolve (their surface strings), scored apart from the dates. */
  unresolved?: string[];
  deals: Omit<Deal, "evidence">[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export const DEAL_FIELDS = ["parties", "amount", "capacity", "region", "sector", "kind", "dates", "jobs"] as const;
/** The fields whose mean is the headline deal-field accuracy (the contract scores deals by these). */
export const SCORED_DEAL_FIELDS = ["parties", "amount", "capacity", "region", "sector"] as const;
export type DealField = (typeof DEAL_FIELDS)[number];

export interface DocumentScore {
  file: string;
  mentions: Record<MentionType, Counts>;
  /**
   * (v1.1) Relative dates left unresolved: the predicted date mentions with value null against the
   * gold's `unresolved` strings (and gold date mentions with value null), matched by surface text.
   * The `date` counts hold only dates with a value.
   */
  unresolved: Counts;
  deals: Counts;
  /** Per field: matched deal pairs where the field agrees, out of matched pairs. */
  dealFields: Record<DealField, { correct: number; total: number }>;
  misses: { type: string; gold?: string; predicted?: string }[];
}

export const MENTION_TYPES: readonly MentionType[] = ["money", "capacity", "date", "organization"];

const LEGAL_FORM_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${alternation(LEGAL_FORMS.flatMap((f) => f.forms.map((w) => w.toLowerCase())))})(?![\p{L}\p{N}])`,
  "gu",
);

/** Organization name key: lower case, no quotes, no legal form, single spaces. */
export function organizationKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/["«»“”„'’`]/g, " ")
    .replace(LEGAL_FORM_WORDS, " ")
    .replace(/[.,]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function mentionKey(m: Mention): string {
  switch (m.type) {
    case "money": return `${m.amount}|${m.amountMax ?? ""}|${m.currency}|${m.qualifier ?? ""}`;
    case "capacity": return `${m.value}|${m.unit}`;
    case "date": return m.value ?? "";
    case "organization": return organizationKey(m.name);
  }
}

export function describeMention(m: Mention): string {
  return `${m.type} ${JSON.stringify(m.text)} → ${mentionKey(m)} @${m.start}`;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** One-to-one matching of one type's mentions: same key near in text first, then same key, then (organizations) overlap. */
function matchMentions(gold: Mention[], predicted: Mention[], type: MentionType) {
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pass = (accept: (g: Mention, p: Mention) => boolean) => {
    gold.forEach((g, gi) => {
      if (usedGold.has(gi)) return;
      const pi = predicted.findIndex((p, i) => !usedPred.has(i) && accept(g, p));
      if (pi >= 0) { usedGold.add(gi); usedPred.add(pi); }
    });
  };
  pass((g, p) => mentionKey(g) === mentionKey(p) && overlaps(g, p));
  pass((g, p) => mentionKey(g) === mentionKey(p));
  if (type === "organization") pass((g, p) => overlaps(g, p));
  return { usedGold, usedPred };
}

function partyKey(p: { name: string }): string {
  return organizationKey(p.name);
}

function sameParties(a: Deal["parties"], b: Deal["parties"]): boolean {
  const ka = new Set(a.map(partyKey));
  const kb = new Set(b.map(partyKey));
  return ka.size === kb.size && [...ka].every((k) => kb.has(k));
}

function sameAmount(a: Deal["amount"], b: Deal["amount"]): boolean {
  if (a === null || b === null) return a === b;
  return a.amount === b.amount && a.currency === b.currency;
}

function capacityKey(c: DealCapacity): string {
  return `${c.value}|${c.unit}`;
}

function sameCapacity(a: DealCapacity[], b: DealCapacity[]): boolean {
  const ka = a.map(capacityKey).sort().join(",");
  const kb = b.map(capacityKey).sort().join(",");
  return ka === kb;
}

function sameDates(a: Deal["dates"], b: Deal["dates"]): boolean {
  return (a.signed ?? null) === (b.signed ?? null) && (a.start ?? null) === (b.start ?? null) &&
    (a.completion ?? null) === (b.completion ?? null);
}

export function dealFieldAgrees(field: DealField, g: Omit<Deal, "evidence">, p: Omit<Deal, "evidence">): boolean {
  switch (field) {
    case "parties": return sameParties(g.parties, p.parties);
    case "amount": return sameAmount(g.amount, p.amount);
    case "capacity": return sameCapacity(g.capacity, p.capacity);
    case "region": return g.region === p.region;
    case "sector": return g.sector === p.sector;
    case "kind": return g.kind === p.kind;
    case "dates": return sameDates(g.dates, p.dates);
    case "jobs": return g.jobs === p.jobs;
  }
}

/** How much a predicted deal looks like a gold one: shared parties, equal amount, shared capacity. */
function dealSimilarity(g: Omit<Deal, "evidence">, p: Omit<Deal, "evidence">): number {
  const gp = new Set(g.parties.map(partyKey));
  const sharedParties = p.parties.filter((x) => gp.has(partyKey(x))).length;
  const amount = g.amount && p.amount && sameAmount(g.amount, p.amount) ? 1 : 0;
  const gc = new Set(g.capacity.map(capacityKey));
  const sharedCapacity = p.capacity.filter((c) => gc.has(capacityKey(c))).length;
  return sharedParties * 2 + amount * 2 + sharedCapacity;
}

export function describeDeal(d: Omit<Deal, "evidence">): string {
  const amount = d.amount ? `${d.amount.amount} ${d.amount.currency}` : "no amount";
  const capacity = d.capacity.map((c) => `${c.value} ${c.unit}`).join(", ") || "no capacity";
  return `${d.kind} [${d.parties.map((p) => p.name).join("; ")}] ${amount}, ${capacity}, ${d.region ?? "no region"}, ${d.sector ?? "no sector"}`;
}

export function scoreDocument(gold: GoldDocument, predictedMentions: Mention[], predictedDeals: Deal[]): DocumentScore {
  const score: DocumentScore = {
    file: gold.file,
    mentions: {} as Record<MentionType, Counts>,
    unresolved: { tp: 0, fp: 0, fn: 0 },
    deals: { tp: 0, fp: 0, fn: 0 },
    dealFields: Object.fromEntries(DEAL_FIELDS.map((f) => [f, { correct: 0, total: 0 }])) as DocumentScore["dealFields"],
    misses: [],
  };
  for (const type of MENTION_TYPES) {
    const g = gold.mentions.filter((m) => m.type === type && !isUnresolved(m));
    const p = predictedMentions.filter((m) => m.type === type && !isUnresolved(m));
    const { usedGold, usedPred } = matchMentions(g, p, type);
    score.mentions[type] = { tp: usedGold.size, fp: p.length - usedPred.size, fn: g.length - usedGold.size };
    g.forEach((m, i) => { if (!usedGold.has(i)) score.misses.push({ type, gold: describeMention(m) }); });
    p.forEach((m, i) => { if (!usedPred.has(i)) score.misses.push({ type, predicted: describeMention(m) }); });
  }

  score.unresolved = scoreUnresolved(gold, predictedMentions, score.misses);

  const pairs: [number, number, number][] = [];
  gold.deals.forEach((g, gi) => predictedDeals.forEach((p, pi) => {
    const s = dealSimilarity(g, p);
    if (s > 0) pairs.push([s, gi, pi]);
  }));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (usedGold.has(gi) || usedPred.has(pi)) continue;
    usedGold.add(gi); usedPred.add(pi);
    for (const field of DEAL_FIELDS) {
      score.dealFields[field].total++;
      if (dealFieldAgrees(field, gold.deals[gi]!, predictedDeals[pi]!)) score.dealFields[field].correct++;
    }
  }
  score.deals = { tp: usedGold.size, fp: predictedDeals.length - usedPred.size, fn: gold.deals.length - usedGold.size };
  gold.deals.forEach((d, i) => { if (!usedGold.has(i)) score.misses.push({ type: "deal", gold: describeDeal(d) }); });
  predictedDeals.forEach((d, i) => { if (!usedPred.has(i)) score.misses.push({ type: "deal", predicted: describeDeal(d) }); });
  return score;
}

/** A date mention with no value: a relative date nothing resolved. */
function isUnresolved(m: Mention): boolean {
  return m.type === "date" && m.value === null;
}

/** The unresolved relative dates of gold and prediction, matched one-to-one by surface text. */
function scoreUnresolved(gold: GoldDocument, predicted: Mention[], misses: DocumentScore["misses"]): Counts {
  const left = new Map<string, number>();
  const goldTexts = [...(gold.unresolved ?? []), ...gold.mentions.filter(isUnresolved).map((m) => m.text)];
  for (const t of goldTexts) left.set(t, (left.get(t) ?? 0) + 1);
  let tp = 0;
  let fp = 0;
  for (const m of predicted) {
    if (!isUnresolved(m)) continue;
    const n = left.get(m.text) ?? 0;
    if (n > 0) {
      left.set(m.text, n - 1);
      tp++;
    } else {
      fp++;
      misses.push({ type: "unresolved", predicted: `date ${JSON.stringify(m.text)} → null @${m.start}` });
    }
  }
  for (const [t, n] of left) for (let k = 0; k < n; k++) misses.push({ type: "unresolved", gold: `date ${JSON.stringify(t)} → null` });
  return { tp, fp, fn: goldTexts.length - tp };
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export interface EvalSummary {
  documents: number;
  mentions: Record<MentionType | "all", Prf>;
  /** Relative dates left unresolved (value null), scored apart by surface text. */
  unresolved: Prf;
  deals: Prf;
  dealFields: Record<DealField, number | null>;
  /** Mean accuracy over parties, amount, capacity, region and sector of matched deals. */
  dealFieldMean: number | null;
}

export function summarize(scores: DocumentScore[]): EvalSummary {
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const mentions = {} as Record<MentionType | "all", Prf>;
  let all = zero();
  for (const type of MENTION_TYPES) {
    const c = scores.reduce((acc, s) => addCounts(acc, s.mentions[type]), zero());
    all = addCounts(all, c);
    mentions[type] = prf(c);
  }
  mentions.all = prf(all);
  const unresolved = prf(scores.reduce((acc, s) => addCounts(acc, s.unresolved), zero()));
  const deals = prf(scores.reduce((acc, s) => addCounts(acc, s.deals), zero()));
  const dealFields = {} as Record<DealField, number | null>;
  for (const f of DEAL_FIELDS) {
    const total = scores.reduce((n, s) => n + s.dealFields[f].total, 0);
    const correct = scores.reduce((n, s) => n + s.dealFields[f].correct, 0);
    dealFields[f] = total === 0 ? null : correct / total;
  }
  const scored = SCORED_DEAL_FIELDS.map((f) => dealFields[f]).filter((v): v is number => v !== null);
  const dealFieldMean = scored.length === 0 ? null : scored.reduce((a, b) => a + b, 0) / scored.length;
  return { documents: scores.length, mentions, unresolved, deals, dealFields, dealFieldMean };
}
