/**
 * A set of the few members a deal frame usually holds (its sentences, party keys, capacity and facility keys):
 * up to two members in fields of its own, then a list searched in order up to SMALL_SET_LIST members, a Set beyond
 * (so that a frame grown by thousands of sentences stays linear, see test/cost.test.ts). Only `has`, `add` and
 * `some`, with Set's meaning for strings and numbers.
 *
 * Speed: a frame had five Sets, each a hash table allocated up front (~150 bytes), and a document holds all its
 * frames until the end; on the adversarial English deal text (a deal per sentence) frames were 3.7 MB of the
 * 5.9 MB that deal assembly keeps alive per 200 KB, copied by every young-generation collection. Most of these
 * sets hold one member: the two fields spare each a list (five objects of the ~20 a frame is made of).
 */
const SMALL_SET_LIST = 8;

export class SmallSet<T extends string | number> {
  /** How many members the fields hold (0, 1 or 2); the list or the set holds them all beyond. */
  private size = 0;
  private a: T | undefined = undefined;
  private b: T | undefined = undefined;
  private list: T[] | null = null;
  private set: Set<T> | null = null;

  constructor(first?: T) {
    if (first !== undefined) { this.a = first; this.size = 1; }
  }

  has(x: T): boolean {
    if (this.set !== null) return this.set.has(x);
    const list = this.list;
    if (list === null) return (this.size > 0 && this.a === x) || (this.size > 1 && this.b === x);
    for (let i = 0; i < list.length; i++) if (list[i] === x) return true;
    return false;
  }

  /** Whether a member passes `test`. */
  some(test: (x: T) => boolean): boolean {
    if (this.set !== null) {
      for (const x of this.set) if (test(x)) return true;
      return false;
    }
    if (this.list !== null) return this.list.some(test);
    return (this.size > 0 && test(this.a!)) || (this.size > 1 && test(this.b!));
  }

  add(x: T): this {
    if (this.set !== null) {
      this.set.add(x);
    } else if (!this.has(x)) {
      if (this.list === null) {
        if (this.size === 0) this.a = x;
        else if (this.size === 1) this.b = x;
        else this.list = [this.a!, this.b!, x];
        this.size++;
      } else if (this.list.length < SMALL_SET_LIST) this.list.push(x);
      else { this.set = new Set(this.list); this.set.add(x); this.list = null; }
    }
    return this;
  }
}
