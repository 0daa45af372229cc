/**
 * One overlap-resolution step after all recognizers: mentions of the same type may not
 * overlap, and neither may numeric mentions of different types (a figure is money,
 * a capacity or a date, never two of them). Organizations may contain numbers.
 */
import type { Mention, MentionType } from "./types.js";

export interface Candidate {
  mention: Mention;
  priority: number;
}

/** What overlap resolution reads of a mention (the organization stage resolves its raw candidates too). */
interface Span { type: MentionType; start: number; end: number }

const NUMERIC: ReadonlySet<MentionType> = new Set(["money", "capacity", "date"]);

/** Keeps the longest mention of each conflicting group (then the higher priority, then the earlier), sorted by start. */
export function resolveOverlaps(candidates: readonly Candidate[]): Mention[] {
  const n = candidates.length;
  reserve(n);
  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    read(i, c.mention);
    PRIORITY[i] = c.priority;
  }
  const kept = resolve(n);
  const out: Mention[] = new Array(kept);
  for (let k = 0; k < kept; k++) out[k] = candidates[KEPT_ITEMS[k]!]!.mention;
  return out;
}

/** One stage's mentions and its priority, as the pipeline hands them to overlap resolution. */
export interface StageMentions {
  mentions: readonly Mention[];
  priority: number;
}

/**
 * resolveOverlaps over the stages' mentions in stage order, those starting before `from` left out (the dateline's),
 * with no candidate object per mention. When one stage alone has mentions and none is left out or dropped, the
 * result is that stage's own list.
 *
 * Speed: on a document of tens of thousands of mentions (a list of figures), a candidate object per mention in one
 * list and a copy of the list cost more than resolution: V8 (Node 20) stores a new object into a list past about
 * 16,000 elements at 30-90 ns (25,000 capacities per 200 KB: the candidates 2.3 ms, resolution 3.4 ms).
 */
export function resolveStages(stages: readonly StageMentions[], from: number): Mention[] {
  let total = 0;
  for (const s of stages) total += s.mentions.length;
  reserve(total);
  let n = 0;
  let only = -1;
  for (let st = 0; st < stages.length; st++) {
    const { mentions, priority } = stages[st]!;
    if (mentions.length > 0) only = only === -1 ? st : -2;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      if (m.start < from) continue;
      read(n, m);
      PRIORITY[n] = priority;
      STAGE_OF[n] = st;
      INDEX_IN[n] = k;
      n++;
    }
  }
  const kept = resolve(n);
  if (only >= 0 && kept === stages[only]!.mentions.length && isIdentity(kept)) return stages[only]!.mentions as Mention[];
  const out: Mention[] = new Array(kept);
  for (let k = 0; k < kept; k++) {
    const i = KEPT_ITEMS[k]!;
    out[k] = stages[STAGE_OF[i]!]!.mentions[INDEX_IN[i]!]!;
  }
  return out;
}

/** Whether the first `n` kept items are the items 0 … n-1 in order. */
function isIdentity(n: number): boolean {
  for (let k = 0; k < n; k++) if (KEPT_ITEMS[k] !== k) return false;
  return true;
}

/**
 * What `resolveOverlaps` keeps of these spans as candidates of one priority, without a candidate object
 * per span (the organization stage resolves its raw candidates: 20,000 per 200 KB of an English list
 * of companies).
 */
export function resolveSpans<T extends Span>(spans: readonly T[]): T[] {
  const n = spans.length;
  reserve(n);
  for (let i = 0; i < n; i++) {
    read(i, spans[i]!);
    PRIORITY[i] = 0;
  }
  const kept = resolve(n);
  const out: T[] = new Array(kept);
  for (let k = 0; k < kept; k++) out[k] = spans[KEPT_ITEMS[k]!]!;
  return out;
}

/*
 * The items of one call as flat lists by index: start, end, priority, and a type class (same class or both
 * numeric: they conflict). Speed: resolution read each item's span through an accessor and its fields on the
 * objects, whose shapes are many (four kinds of mention, raw organization candidates), so every read in the
 * sort, the ranking and the overlap tests was a polymorphic one; the organization stage's resolution over the
 * English organization list of the adversarial bench (19,000 raw candidates per 200 KB) took about a tenth of
 * that stage. The lists are reused from call to call (resolution is not re-entrant).
 */
let START = new Int32Array(256), END = new Int32Array(256), CLASS = new Int32Array(256);
let PRIORITY = new Float64Array(256);
/** resolveStages: each item's stage and its index there. resolve: the kept items, in KEPT_ITEMS[0, count). */
let STAGE_OF = new Int32Array(256), INDEX_IN = new Int32Array(256), KEPT_ITEMS = new Int32Array(256);

/** The lists (and ORDER, SPARE below) made long enough for `n` items. */
function reserve(n: number): void {
  if (START.length >= n) return;
  const size = Math.max(n, START.length * 2);
  START = new Int32Array(size); END = new Int32Array(size); CLASS = new Int32Array(size); PRIORITY = new Float64Array(size);
  ORDER = new Int32Array(size); SPARE = new Int32Array(size);
  STAGE_OF = new Int32Array(size); INDEX_IN = new Int32Array(size); KEPT_ITEMS = new Int32Array(size);
}

/** Type classes: a number per mention type, with NUMERIC_CLASS set for the numeric ones. */
const CLASSES = new Map<MentionType, number>();
const NUMERIC_CLASS = 1 << 16;

function read(i: number, span: Span): void {
  START[i] = span.start;
  END[i] = span.end;
  let c = CLASSES.get(span.type);
  if (c === undefined) CLASSES.set(span.type, (c = CLASSES.size + 1 + (NUMERIC.has(span.type) ? NUMERIC_CLASS : 0)));
  CLASS[i] = c;
}

function conflicts(a: number, b: number): boolean {
  if (START[a]! >= END[b]! || START[b]! >= END[a]!) return false;
  const ca = CLASS[a]!, cb = CLASS[b]!;
  return ca === cb || (ca & cb & NUMERIC_CLASS) !== 0;
}

/**
 * The kept items' indices, sorted by start: the longest of each conflicting group, then the higher
 * priority, then the earlier (on a tie the first listed), kept greedily.
 *
 * Speed: the items are cut into runs of overlapping spans (sorted by start, a run goes on while a span
 * starts before the run's furthest end) and each run is resolved alone: spans of two runs never
 * overlap, so no decision in one run depends on the other, and the ranking inside a run is the global
 * one (the sorts are stable). A run of one span is kept as it is; the ranking and the sorted insertion
 * run on the small runs only, not on the whole list. The English organization list of the adversarial
 * bench (20,000 raw candidates in runs of three per 200 KB): the organization stage's call 5.5 -> 2.9
 * ms (with its sort by start), the global call 1.5 -> 0.2 ms (median of 30).
 * A span of no length (no recognizer makes one) would not fit the runs (it conflicts with a span
 * around it, not with one that starts where it is): a list with one is resolved as a single run.
 */
function resolve(n: number): number {
  let sorted = true, empty = false;
  for (let i = 0; i < n; i++) {
    if (END[i]! <= START[i]!) empty = true;
    if (i > 0 && START[i - 1]! > START[i]!) sorted = false;
  }
  const out: Kept = { count: 0 };
  if (empty) {
    const all: number[] = new Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return resolveRun(all, out).count;
  }
  const order = sorted ? identity(n) : byStartOrder(n);
  const run: number[] = [];
  for (let i = 0; i < n;) {
    const first = order[i]!;
    let end = END[first]!, j = i + 1;
    for (; j < n; j++) {
      const next = order[j]!;
      if (START[next]! >= end) break;
      if (END[next]! > end) end = END[next]!;
    }
    if (j === i + 1) KEPT_ITEMS[out.count++] = first;
    else {
      for (let k = i; k < j; k++) run.push(order[k]!);
      resolveRun(run, out);
      run.length = 0;
    }
    i = j;
  }
  return out.count;
}

/**
 * How many kept items resolve has put in KEPT_ITEMS (a typed list, reserved with the others: a list of numbers
 * pushed past ~16,000 elements cost V8 about 50 ns an element).
 */
interface Kept { count: number }

/** 0 … n-1 (in ORDER). */
function identity(n: number): Int32Array {
  for (let i = 0; i < n; i++) ORDER[i] = i;
  return ORDER;
}

/**
 * The indices sorted by start, stably (in ORDER). A list made of a few lists sorted by start (the organization
 * stage's candidates: one per source) is merged, not sorted with a comparator: Array.prototype.sort with one
 * took 2.1 ms on the 19,000 raw candidates per 200 KB of the English organization list of the adversarial
 * bench, merging them 0.1 ms.
 */
function byStartOrder(n: number): Int32Array {
  // where each sorted list ends
  const ends: number[] = [];
  for (let i = 1; i < n; i++) {
    if (START[i - 1]! <= START[i]!) continue;
    ends.push(i);
    if (ends.length >= MERGED_RUNS_MAX) {
      const all: number[] = new Array(n);
      for (let k = 0; k < n; k++) all[k] = k;
      all.sort(byStart);
      for (let k = 0; k < n; k++) ORDER[k] = all[k]!;
      return ORDER;
    }
  }
  ends.push(n);
  // ORDER holds the merged lists so far, SPARE takes the next merge (then they swap)
  let merged = ORDER, into = SPARE;
  for (let i = 0; i < ends[0]!; i++) merged[i] = i;
  for (let r = 1; r < ends.length; r++) {
    const from = ends[r - 1]!, to = ends[r]!;
    let i = 0, j = from, k = 0;
    // on a tie the item merged before (listed earlier) first
    while (i < from && j < to) into[k++] = START[j]! < START[merged[i]!]! ? j++ : merged[i++]!;
    while (i < from) into[k++] = merged[i++]!;
    while (j < to) into[k++] = j++;
    const t = merged; merged = into; into = t;
  }
  ORDER = merged; SPARE = into;
  return ORDER;
}

/** Merged at most this many lists in order (more: a sort). */
const MERGED_RUNS_MAX = 8;

/** The order by start and the merge buffer (grown with the lists above, see reserve). */
let ORDER = new Int32Array(256), SPARE = new Int32Array(256);

const byStart = (a: number, b: number): number => START[a]! - START[b]! || a - b;

/** Longer first, then the higher priority, then the earlier, then the first listed. */
const byRank = (a: number, b: number): number =>
  END[b]! - START[b]! - (END[a]! - START[a]!) || PRIORITY[b]! - PRIORITY[a]! || START[a]! - START[b]! || a - b;

/**
 * Resolves one run (`ranked`, in start order, sorted here in place by rank) and appends its kept items,
 * sorted by start, to KEPT_ITEMS (`out` counts them).
 */
function resolveRun(ranked: number[], out: Kept): Kept {
  sortStable(ranked, byRank);
  // Kept items sorted by start; a new one is checked only against those that could reach it.
  const kept = KEPT;
  let longest = 0;
  for (const item of ranked) {
    if (overlapsAny(kept, item, longest)) continue;
    // sorted insertion (splice and sort cost more than the work on a run of a few)
    let i = kept.length;
    kept.push(item);
    const start = START[item]!;
    for (; i > 0 && START[kept[i - 1]!]! >= start; i--) kept[i] = kept[i - 1]!;
    kept[i] = item;
    longest = Math.max(longest, END[item]! - start);
  }
  for (const m of kept) KEPT_ITEMS[out.count++] = m;
  kept.length = 0;
  return out;
}

/** The kept items of the run being resolved (one list for every run). */
const KEPT: number[] = [];

/** Runs longer than this are sorted by Array.prototype.sort (stable too); shorter ones by insertion. */
const INSERTION_SORT_MAX = 16;

/** Sorts `list` in place, stably (equal items keep their order). */
function sortStable(list: number[], compare: (a: number, b: number) => number): void {
  if (list.length > INSERTION_SORT_MAX) { list.sort(compare); return; }
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i;
    for (; j > 0 && compare(list[j - 1]!, item) > 0; j--) list[j] = list[j - 1]!;
    list[j] = item;
  }
}

/** The first kept item (sorted by start) that starts at or after `start`. */
function lowerBound(list: readonly number[], start: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (START[list[mid]!]! < start) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function overlapsAny(sorted: readonly number[], m: number, longest: number): boolean {
  // A kept item overlapping m starts before m's end and no earlier than m's start - longest.
  const from = START[m]!;
  for (let i = lowerBound(sorted, END[m]!) - 1; i >= 0 && START[sorted[i]!]! + longest > from; i--) {
    if (conflicts(sorted[i]!, m)) return true;
  }
  return false;
}
