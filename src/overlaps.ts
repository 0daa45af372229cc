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

const NUMERIC: ReadonlySet<MentionType> = new Set(["money", "capacity", "date"]);

function conflicts(a: Mention, b: Mention): boolean {
  if (a.start >= b.end || b.start >= a.end) return false;
  return a.type === b.type || (NUMERIC.has(a.type) && NUMERIC.has(b.type));
}

/** Keeps the longest mention of each conflicting group (then the higher priority, then the earlier). */
export function resolveOverlaps(candidates: Candidate[]): Mention[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      b.mention.end - b.mention.start - (a.mention.end - a.mention.start) ||
      b.priority - a.priority ||
      a.mention.start - b.mention.start,
  );
  // Kept mentions sorted by start; a new one is checked only against those that could reach it.
  const byStart: Mention[] = [];
  let longest = 0;
  for (const { mention } of ranked) {
    if (overlapsAny(byStart, mention, longest)) continue;
    byStart.splice(lowerBound(byStart, mention.start), 0, mention);
    longest = Math.max(longest, mention.end - mention.start);
  }
  return byStart;
}

function lowerBound(list: Mention[], start: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < start) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function overlapsAny(sorted: Mention[], m: Mention, longest: number): boolean {
  // A kept mention overlapping m starts before m.end and no earlier than m.start - longest.
  for (let i = lowerBound(sorted, m.end) - 1; i >= 0 && sorted[i]!.start + longest > m.start; i--) {
    if (conflicts(sorted[i]!, m)) return true;
  }
  return false;
}
