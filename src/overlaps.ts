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

function conflicts(a: Span, b: Span): boolean {
  if (a.start >= b.end || b.start >= a.end) return false;
  return a.type === b.type || (NUMERIC.has(a.type) && NUMERIC.has(b.type));
}

/** How resolution reads its items: their span, and their ranking (the first of two conflicting ones is kept). */
interface Ranking<T> { span(item: T): Span; rank(a: T, b: T): number }

/** Candidates: longer first, then the higher priority, then the earlier. */
const CANDIDATES: Ranking<Candidate> = {
  span: (c) => c.mention,
  rank: (a, b) =>
    b.mention.end - b.mention.start - (a.mention.end - a.mention.start) ||
    b.priority - a.priority ||
    a.mention.start - b.mention.start,
};

/** Spans of one priority: longer first, then the earlier. */
const SPANS: Ranking<Span> = {
  span: (s) => s,
  rank: (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
};

/** Keeps the longest mention of each conflicting group (then the higher priority, then the earlier), sorted by start. */
export function resolveOverlaps(candidates: readonly Candidate[]): Mention[] {
  return resolve(candidates, CANDIDATES) as Mention[];
}

/**
 * What `resolveOverlaps` keeps of these spans as candidates of one priority, without a candidate object
 * per span (the organization stage resolves its raw candidates: 20,000 per 200 KB of an English list
 * of companies).
 */
export function resolveSpans<T extends Span>(spans: readonly T[]): T[] {
  return resolve(spans, SPANS as Ranking<T>) as T[];
}

/**
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
function resolve<T>(items: readonly T[], how: Ranking<T>): Span[] {
  const n = items.length;
  let sorted = true, empty = false;
  for (let i = 0; i < n; i++) {
    const m = how.span(items[i]!);
    if (m.end <= m.start) empty = true;
    if (i > 0 && how.span(items[i - 1]!).start > m.start) sorted = false;
  }
  const out: Span[] = [];
  if (empty) return resolveRun([...items], how, out);
  const order = sorted ? items : byStart(items, how);
  const run: T[] = [];
  for (let i = 0; i < n;) {
    const first = how.span(order[i]!);
    let end = first.end, j = i + 1;
    for (; j < n; j++) {
      const next = how.span(order[j]!);
      if (next.start >= end) break;
      if (next.end > end) end = next.end;
    }
    if (j === i + 1) out.push(first);
    else {
      for (let k = i; k < j; k++) run.push(order[k]!);
      resolveRun(run, how, out);
      run.length = 0;
    }
    i = j;
  }
  return out;
}

/** Merged at most this many runs in order (more: a sort). */
const MERGED_RUNS_MAX = 8;

/**
 * `items` sorted by start, stably. Speed: a list made of a few lists sorted by start (the organization
 * stage's candidates: one per source) is merged, not sorted with a comparator: on the English
 * organization list of the adversarial bench (three such lists, 20,000 candidates per 200 KB) the
 * stage's resolution took 2.91 -> 2.16 ms (median of 41 rounds, 5 alternating processes).
 */
function byStart<T>(items: readonly T[], how: Ranking<T>): readonly T[] {
  const ends: number[] = [];
  for (let i = 1; i < items.length; i++) {
    if (how.span(items[i - 1]!).start <= how.span(items[i]!).start) continue;
    ends.push(i);
    if (ends.length >= MERGED_RUNS_MAX) return [...items].sort((a, b) => how.span(a).start - how.span(b).start);
  }
  ends.push(items.length);
  let merged = items.slice(0, ends[0]);
  for (let r = 1; r < ends.length; r++) merged = mergeByStart(merged, items, ends[r - 1]!, ends[r]!, how);
  return merged;
}

/** `sorted` and items[from, to) (sorted by start) merged by start; on a tie the item of `sorted` first. */
function mergeByStart<T>(sorted: readonly T[], items: readonly T[], from: number, to: number, how: Ranking<T>): T[] {
  const out: T[] = [];
  let i = 0, j = from;
  while (i < sorted.length && j < to) out.push(how.span(items[j]!).start < how.span(sorted[i]!).start ? items[j++]! : sorted[i++]!);
  while (i < sorted.length) out.push(sorted[i++]!);
  while (j < to) out.push(items[j++]!);
  return out;
}

/**
 * Resolves one run (`ranked`, sorted here in place by rank) and appends its kept spans, sorted by
 * start, to `out`.
 */
function resolveRun<T>(ranked: T[], how: Ranking<T>, out: Span[]): Span[] {
  sortStable(ranked, how.rank);
  // Kept spans sorted by start; a new one is checked only against those that could reach it.
  const kept = KEPT;
  let longest = 0;
  for (const item of ranked) {
    const span = how.span(item);
    if (overlapsAny(kept, span, longest)) continue;
    // sorted insertion (splice and sort cost more than the work on a run of a few)
    let i = kept.length;
    kept.push(span);
    for (; i > 0 && kept[i - 1]!.start >= span.start; i--) kept[i] = kept[i - 1]!;
    kept[i] = span;
    longest = Math.max(longest, span.end - span.start);
  }
  for (const m of kept) out.push(m);
  kept.length = 0;
  return out;
}

/** The kept spans of the run being resolved (one list for every run). */
const KEPT: Span[] = [];

/** Runs longer than this are sorted by Array.prototype.sort (stable too); shorter ones by insertion. */
const INSERTION_SORT_MAX = 16;

/** Sorts `list` in place, stably (equal items keep their order). */
function sortStable<T>(list: T[], compare: (a: T, b: T) => number): void {
  if (list.length > INSERTION_SORT_MAX) { list.sort(compare); return; }
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i;
    for (; j > 0 && compare(list[j - 1]!, item) > 0; j--) list[j] = list[j - 1]!;
    list[j] = item;
  }
}

function lowerBound(list: readonly Span[], start: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < start) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function overlapsAny(sorted: readonly Span[], m: Span, longest: number): boolean {
  // A kept mention overlapping m starts before m.end and no earlier than m.start - longest.
  for (let i = lowerBound(sorted, m.end) - 1; i >= 0 && sorted[i]!.start + longest > m.start; i--) {
    if (conflicts(sorted[i]!, m)) return true;
  }
  return false;
}
