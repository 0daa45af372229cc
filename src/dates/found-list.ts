/**
 * The date stage's matches, as columns: each match's start, end and rule order in typed arrays, its
 * parts in one array beside them. Two lists serve every text (the matches, and the list keepLongest
 * sorts into when they come out of order), kept from one text to the next.
 *
 * Speed: a list of English dates ("May 1, 2000, May 2, 2001, …") makes three matches per date, 44,000
 * per 200 KB. As one object each in a new array per text, the objects lived until the stage's end, so
 * they were copied out of the young generation onto new old-generation pages, and the arrays past
 * 16,000 elements were each a large object of its own: fresh memory, and on this machine a first touch
 * of a page costs about 11 µs (1,200 page faults per 200 KB, about 13 ms of the stage's 33-46). Columns
 * kept from text to text touch no new memory once they have grown.
 */
import type { DateParts } from "./types.js";

export class FoundList {
  start: Int32Array;
  end: Int32Array;
  /** Rule order: the earlier rule wins a tie. */
  order: Int32Array;
  parts: DateParts[];
  length = 0;

  constructor(capacity = INITIAL) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.order = new Int32Array(capacity);
    this.parts = [];
  }

  push(start: number, end: number, order: number, parts: DateParts): void {
    const n = this.length;
    if (n === this.start.length) this.grow();
    this.start[n] = start;
    this.end[n] = end;
    this.order[n] = order;
    this.parts[n] = parts;
    this.length = n + 1;
  }

  /** Sets entry i (i < length). */
  set(i: number, start: number, end: number, order: number, parts: DateParts): void {
    this.start[i] = start;
    this.end[i] = end;
    this.order[i] = order;
    this.parts[i] = parts;
  }

  /** Sets entry i (i <= length; i === length appends) to entry j of `from`. */
  copy(i: number, from: FoundList, j: number): void {
    if (i === this.length) {
      this.push(from.start[j]!, from.end[j]!, from.order[j]!, from.parts[j]!);
      return;
    }
    this.start[i] = from.start[j]!;
    this.end[i] = from.end[j]!;
    this.order[i] = from.order[j]!;
    this.parts[i] = from.parts[j]!;
  }

  /** Keeps the first n entries. */
  truncate(n: number): void {
    this.parts.fill(undefined as unknown as DateParts, n, this.length);
    this.length = n;
  }

  /**
   * Empties the list for the next text: lets go of the parts it holds, and of its columns when a long
   * text grew them past KEEP entries (a large document's memory is not held for the rest of the process).
   */
  clear(): void {
    if (this.start.length > KEEP) {
      this.start = new Int32Array(INITIAL);
      this.end = new Int32Array(INITIAL);
      this.order = new Int32Array(INITIAL);
      this.parts = [];
    } else {
      this.parts.fill(undefined as unknown as DateParts, 0, this.length);
    }
    this.length = 0;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const start = new Int32Array(size);
    start.set(this.start);
    const end = new Int32Array(size);
    end.set(this.end);
    const order = new Int32Array(size);
    order.set(this.order);
    this.start = start;
    this.end = end;
    this.order = order;
  }
}

const INITIAL = 256;
/** Columns longer than this are let go after the text (2^18 entries: 3 MB of columns, 2 MB of parts). */
const KEEP = 1 << 18;

/**
 * The entries of `list` by start, the longer first, ties in list order, written into `into`. A natural merge sort:
 * the list is made of stretches already in that order (a rule's matches come in text order, one rule after the
 * other), merged two by two, so a list of a few such stretches sorts in a few linear passes. Speed: in a list of
 * English dates, where one window holds every date and three rules match in it, a comparison sort of the 44,000
 * matches of 200 KB was a sixth of the date stage.
 */
export function sortByStart(list: FoundList, into: FoundList): FoundList {
  const n = list.length;
  let from = indices(0, n);
  let to = indices(1, n);
  const bounds = indices(2, n + 1);
  for (let i = 0; i < n; i++) from[i] = i;
  // where each stretch in order starts
  let runs = 0;
  bounds[runs++] = 0;
  for (let i = 1; i < n; i++) if (comesAfter(list, i - 1, i)) bounds[runs++] = i;
  bounds[runs] = n;
  while (runs > 1) {
    // merge stretches 2k and 2k + 1 into stretch k (bounds are rewritten behind the ones still to read)
    let merged = 0;
    for (let r = 0; r < runs; r += 2) {
      const lo = bounds[r]!;
      const mid = bounds[r + 1]!;
      const hi = r + 2 <= runs ? bounds[r + 2]! : mid;
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) to[k++] = comesAfter(list, from[i]!, from[j]!) ? from[j++]! : from[i++]!;
      while (i < mid) to[k++] = from[i++]!;
      while (j < hi) to[k++] = from[j++]!;
      bounds[merged++] = lo;
    }
    bounds[merged] = n;
    runs = merged;
    const swap = from;
    from = to;
    to = swap;
  }
  into.clear();
  for (let i = 0; i < n; i++) into.copy(i, list, from[i]!);
  if (n > KEEP) SCRATCH.fill(EMPTY);
  return into;
}

/** Whether entry a goes after entry b: it starts later, or at the same place and ends sooner. */
export function comesAfter(list: FoundList, a: number, b: number): boolean {
  const sa = list.start[a]!;
  const sb = list.start[b]!;
  return sa > sb || (sa === sb && list.end[a]! < list.end[b]!);
}

/** sortByStart's buffers, kept from one sort to the next (let go after one of more than KEEP entries). */
const EMPTY = new Int32Array(0);
const SCRATCH: Int32Array[] = [EMPTY, EMPTY, EMPTY];

/** Scratch buffer `which`, of at least `length` entries. */
function indices(which: number, length: number): Int32Array {
  if (SCRATCH[which]!.length < length) SCRATCH[which] = new Int32Array(Math.max(length, 2 * SCRATCH[which]!.length, INITIAL));
  return SCRATCH[which]!;
}
