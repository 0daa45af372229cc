/**
 * The date stage's list of matches (src/dates/found-list.ts): columns kept from text to text, and the natural merge
 * sort keepLongest uses when matches come out of start order. The sort must give what a stable comparison sort by
 * (start, longer first) gives, ties in list order, for any mix of stretches already in order.
 */
import { FoundList, sortByStart } from "../src/dates/found-list.js";
import type { DateParts } from "../src/dates/types.js";
import { random } from "./helpers/random.js";

interface Entry { start: number; end: number; order: number; parts: DateParts }

const listOf = (entries: readonly Entry[]): FoundList => {
  const list = new FoundList(4);
  for (const e of entries) list.push(e.start, e.end, e.order, e.parts);
  return list;
};
const entriesOf = (list: FoundList): Entry[] => Array.from({ length: list.length }, (_, i) => (
  { start: list.start[i]!, end: list.end[i]!, order: list.order[i]!, parts: list.parts[i]! }));
/** The reference: Array#sort, which is stable. */
const stableSort = (entries: readonly Entry[]): Entry[] => [...entries].sort((x, y) => x.start - y.start || y.end - x.end);

test("entries pushed past the initial size read back in order, and truncate/clear empty the list", () => {
  const entries = Array.from({ length: 1000 }, (_, i) => ({ start: i, end: i + 3, order: i % 7, parts: { year: 2000 + i } as DateParts }));
  const list = listOf(entries);
  expect(entriesOf(list)).toEqual(entries);
  list.truncate(10);
  expect(entriesOf(list)).toEqual(entries.slice(0, 10));
  expect(list.parts[10]).toBeUndefined(); // the parts past the end are let go
  list.clear();
  expect(list.length).toBe(0);
  list.push(5, 9, 1, { year: 1999 } as DateParts);
  expect(entriesOf(list)).toEqual([{ start: 5, end: 9, order: 1, parts: { year: 1999 } }]);
});

test("copy moves an entry within a list and appends at the end", () => {
  const list = listOf([{ start: 1, end: 2, order: 0, parts: { year: 1 } as DateParts }, { start: 3, end: 4, order: 1, parts: { year: 2 } as DateParts }]);
  list.copy(0, list, 1);
  list.copy(2, list, 1);
  expect(entriesOf(list).map((e) => e.start)).toEqual([3, 3, 3]);
});

test.each([
  ["one stretch per rule (a list of dates)", 3, 0],
  ["many short stretches", 40, 0],
  ["ties: the same start and end from several rules", 4, 1],
  ["everything reversed", 1, 2],
])("sortByStart gives the stable sort's order: %s", (_name, stretches, shape) => {
  const next = random(stretches * 31 + shape);
  for (let round = 0; round < 8; round++) {
    const entries: Entry[] = [];
    const perStretch = 1 + Math.floor(next() * 60);
    for (let r = 0; r < stretches; r++) {
      let at = Math.floor(next() * 10);
      for (let k = 0; k < perStretch; k++) {
        at += shape === 1 ? Math.floor(next() * 2) : 1 + Math.floor(next() * 20);
        const length = shape === 1 ? 4 : 1 + Math.floor(next() * 15);
        entries.push({ start: at, end: at + length, order: r, parts: { year: entries.length } as DateParts });
      }
    }
    if (shape === 2) entries.reverse();
    const sorted = sortByStart(listOf(entries), new FoundList());
    expect(entriesOf(sorted)).toEqual(stableSort(entries));
  }
});

test("sortByStart on a list in order, and on one of one entry, keeps it as it is", () => {
  const entries = [{ start: 0, end: 5, order: 2, parts: { year: 1 } as DateParts }, { start: 0, end: 3, order: 0, parts: { year: 2 } as DateParts }];
  expect(entriesOf(sortByStart(listOf(entries), new FoundList()))).toEqual(entries);
  expect(entriesOf(sortByStart(listOf(entries.slice(1)), new FoundList()))).toEqual(entries.slice(1));
});
