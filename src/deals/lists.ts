/**
 * Lists that a document's deal assembly keeps until its deals are read (sentence features, frames), grown one
 * item at a time. Speed: a first push gives an empty array room for 17 (152 bytes) and most of these lists hold
 * one or two items; every young-generation collection during assembly copies what they hold. And the search of such
 * a list sorted by start (firstStartingAt), which the sentence readers share.
 */

/** The list with `item` at its end: a new list of exactly one for an empty one (the caller keeps the result). */
export function added<T>(list: T[], item: T): T[] {
  if (list.length === 0) return [item];
  list.push(item);
  return list;
}

/**
 * The empty list such lists start as, shared: only `added` puts items in them. Not for a list that becomes part of
 * the output. Not frozen: a frozen array has an elements kind of its own, and every loop, `length` and `some` over
 * these lists then met two kinds (V8 left them polymorphic). Deal assembly alone on the adversarial bench's English
 * deal text with a new company in every sentence, fastest of 60 calls after news, 4 alternating processes per build:
 * 13.7-16.4 -> 12.2-12.9 ms per 200 KB; the median call (one with a young-generation collection in it) stayed within
 * the noise (14.4-18.6 -> 16.2-17.3 ms), as did both with the same two companies throughout.
 * test/lists.test.ts checks that assembly leaves it empty.
 */
const NONE: never[] = [];
export const none = <T>(): T[] => NONE as unknown as T[];

/** Whether the shared empty list is still empty (a push that bypassed `added` would have filled it): for the tests. */
export function noneIsEmpty(): boolean {
  return NONE.length === 0;
}

/** Index of the first of `list` (sorted by start) that starts at `at` or later. */
export function firstStartingAt(list: readonly { start: number }[], at: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at) lo = mid + 1; else hi = mid;
  }
  return lo;
}
