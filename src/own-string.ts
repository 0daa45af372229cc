/**
 * A string equal to `s` that keeps no other string alive, for keys of caches that outlive a document.
 *
 * V8 keeps a substring of 13 characters or more as a slice of its whole string (a SlicedString): a module-level
 * cache keyed by an organization's name, read from a document, kept that whole document alive. Read one after
 * another and all dropped, 30 documents of 1.8 MB each left 56 MB held. A shorter substring is already a copy. The
 * copy (one string of the same characters) is made only when a cache takes a new entry.
 */
const SLICE_MIN_LENGTH = 13;

export function ownString(s: string): string {
  // joining a character flattens into a new string; the slice after it refers to that string only
  return s.length < SLICE_MIN_LENGTH ? s : (" " + s).slice(1);
}
