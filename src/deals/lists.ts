/**
 * Lists that a document's deal assembly keeps until its deals are read (sentence features, frames), grown one
 * item at a time. Speed: a first push gives an empty array room for 17 (152 bytes) and most of these lists hold
 * one or two items; every young-generation collection during assembly copies what they hold.
 */

/** The list with `item` at its end: a new list of exactly one for an empty one (the caller keeps the result). */
export function added<T>(list: T[], item: T): T[] {
  if (list.length === 0) return [item];
  list.push(item);
  return list;
}

/**
 * The empty list such lists start as, frozen and shared: only `added` puts items in them (a frozen list throws
 * on a push, so a missed one fails loudly). Not for a list that becomes part of the output.
 */
const NONE: readonly never[] = Object.freeze([]);
export const none = <T>(): T[] => NONE as unknown as T[];
