/**
 * A set of the few members a deal frame usually holds (its sentences, party keys, capacity and facility keys):
 * a list searched in order up to SMALL_SET_LIST members, a Set beyond (so that a frame grown by thousands of
 * sentences stays linear, see test/cost.test.ts). Only `has` and `add`, with Set's meaning for strings and numbers.
 *
 * Speed: a frame had five Sets, each a hash table allocated up front (~150 bytes), and a document holds all its
 * frames until the end; on the adversarial English deal text (a deal per sentence) frames were 3.7 MB of the
 * 5.9 MB that deal assembly keeps alive per 200 KB, copied by every young-generation collection.
 */
const SMALL_SET_LIST = 8;

export class SmallSet<T extends string | number> {
  private list: T[] | null;
  private set: Set<T> | null = null;

  constructor(first?: T) {
    this.list = first === undefined ? null : [first];
  }

  has(x: T): boolean {
    if (this.set !== null) return this.set.has(x);
    const list = this.list;
    if (list === null) return false;
    for (let i = 0; i < list.length; i++) if (list[i] === x) return true;
    return false;
  }

  add(x: T): this {
    if (this.set !== null) {
      this.set.add(x);
    } else if (this.list === null) {
      this.list = [x];
    } else if (!this.has(x)) {
      // (a second member makes a list of exactly two: a push would make room for 17)
      if (this.list.length === 1) this.list = [this.list[0]!, x];
      else if (this.list.length < SMALL_SET_LIST) this.list.push(x);
      else { this.set = new Set(this.list); this.set.add(x); this.list = null; }
    }
    return this;
  }
}
