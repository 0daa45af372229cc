/**
 * A deal's evidence (src/deals/deals.ts, assembleDeals): the sentences it was read from, as spans of the text.
 */
import type { DealDates, RegionName, Span } from "../types.js";
import { regionSentence } from "./attributes.js";
import type { SentenceInfo } from "./sentence-info.js";
import type { Frame } from "./frame.js";

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
export function evidenceOf(
  f: Frame, infos: readonly SentenceInfo[], dates: DealDates, signedFrom: number, region: RegionName | null,
): number {
  // into EVIDENCE, sorted and then each index kept once (no set, and no copies of one to read it; a deal joined by
  // thousands of sentences still costs a sort, not a search per index)
  evidenceCount = 0;
  addEvidence(f.opened);
  addEvidence(f.from.kind);
  if (f.amount !== null) addEvidence(f.from.amount);
  for (let k = 0; k < f.from.capacity.length; k++) addEvidence(f.from.capacity[k]!);
  for (const role of Object.keys(dates) as (keyof DealDates)[]) addEvidence(f.from.dates[role] ?? (role === "signed" ? signedFrom : -1));
  if (f.jobs !== null) addEvidence(f.from.jobs);
  for (let k = 0; k < f.parties.length; k++) addEvidence(sentenceAt(infos, f.parties[k]!.span.start));
  if (region !== null && !namesRegion(infos, region)) addEvidence(regionSentence(f, infos, region));
  sortNumbers(EVIDENCE, evidenceCount);
  let n = 0;
  for (let k = 0; k < evidenceCount; k++) if (k === 0 || EVIDENCE[k] !== EVIDENCE[k - 1]) EVIDENCE[n++] = EVIDENCE[k]!;
  return n;
}

/**
 * The sentence indices of the deal being read (evidenceOf writes them, its caller reads them at once): a list kept from
 * deal to deal. Speed: a list per deal grown from an empty literal (a backing store of 17) and a closure to add to
 * it were most of evidenceOf's 422 KB per 200 KB of the English deal-dense text (a deal per sentence).
 */
const EVIDENCE: number[] = [];
let evidenceCount = 0;

function addEvidence(i: number): void {
  if (i >= 0) EVIDENCE[evidenceCount++] = i;
}

/** Whether one of the evidence sentences so far names the region. */
function namesRegion(infos: readonly SentenceInfo[], region: RegionName): boolean {
  for (let k = 0; k < evidenceCount; k++) {
    const regions = infos[EVIDENCE[k]!]!.regions;
    for (let r = 0; r < regions.length; r++) if (regions[r]!.value === region) return true;
  }
  return false;
}

/** The spans of the first `n` sentences of EVIDENCE: a deal's evidence. */
export function evidenceSpans(infos: readonly SentenceInfo[], n: number): Span[] {
  const out: Span[] = new Array<Span>(n);
  for (let k = 0; k < n; k++) {
    const sentence = infos[EVIDENCE[k]!]!.sentence;
    out[k] = { start: sentence.start, end: sentence.end };
  }
  return out;
}

/**
 * Sorts the first `length` numbers of a list in place: a few by insertion, more with Array#sort. Speed: Array#sort with a comparator
 * allocated a work copy of each deal's evidence list (1.3 MB per 200 KB of the English deal-dense text of the
 * adversarial bench, sampling heap profile).
 */
function sortNumbers(list: number[], length: number): void {
  if (length > 16) {
    const sorted = list.slice(0, length).sort((a, b) => a - b);
    for (let k = 0; k < length; k++) list[k] = sorted[k]!;
    return;
  }
  for (let k = 1; k < length; k++) {
    const v = list[k]!;
    let j = k - 1;
    while (j >= 0 && list[j]! > v) { list[j + 1] = list[j]!; j--; }
    list[j + 1] = v;
  }
}
