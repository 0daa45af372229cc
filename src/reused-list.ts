/**
 * A list kept from call to call for building a result of unknown length: items go in one by one, and take() returns
 * them as an array of exactly that length and empties the list. Not re-entrant: one list per stage, and a stage reads
 * one text at a time (clear() at the start of each, so a text that threw leaves nothing behind).
 *
 * Speed: V8 (Node 20) grows a pushed-to array by reallocating it, and past 16,000 elements each new array is a large
 * object on fresh pages (a first touch of a page costs about 11 µs on this machine): a result of 25,000 mentions
 * cost some 150 page faults in copies. Here the items go into an array that has grown once, and the result is
 * allocated once.
 */
export class ReusedList<T> {
  private items: (T | undefined)[] = [];
  length = 0;

  push(item: T): void {
    this.items[this.length++] = item;
  }

  /** The last item, if any. */
  last(): T | undefined {
    return this.length > 0 ? this.items[this.length - 1] : undefined;
  }

  /** Puts `item` in the last item's place (the list is not empty). */
  replaceLast(item: T): void {
    this.items[this.length - 1] = item;
  }

  /** The items as a new array; the list is empty after. */
  take(): T[] {
    const out = this.items.slice(0, this.length) as T[];
    this.clear();
    return out;
  }

  /** Empties the list, letting go of its items (and of the array itself after a text of more than KEEP). */
  clear(): void {
    if (this.items.length > KEEP) this.items = [];
    else this.items.fill(undefined, 0, this.length);
    this.length = 0;
  }
}

/** A list grown past this many items is let go after its text. */
const KEEP = 1 << 18;
