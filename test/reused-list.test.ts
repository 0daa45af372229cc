/**
 * The list a stage keeps from text to text for its mentions (src/reused-list.ts): take() gives exactly what went in,
 * as an array of its own, and leaves the list empty; what one text took is not changed by the next.
 */
import { ReusedList } from "../src/reused-list.js";

test("take() returns the items in order at their exact length, and the next text starts empty", () => {
  const list = new ReusedList<{ n: number }>();
  for (let n = 0; n < 1000; n++) list.push({ n });
  const first = list.take();
  expect(first).toHaveLength(1000);
  expect(first.map((x) => x.n)).toEqual(Array.from({ length: 1000 }, (_, n) => n));
  expect(list.length).toBe(0);
  list.push({ n: -1 });
  const second = list.take();
  expect(second).toEqual([{ n: -1 }]);
  expect(first[0]).toEqual({ n: 0 }); // the first result is not the list's storage
  expect(list.take()).toEqual([]);
});

test("clear() after a text that threw drops what it held", () => {
  const list = new ReusedList<string>();
  list.push("a");
  list.push("b");
  list.clear();
  list.push("c");
  expect(list.take()).toEqual(["c"]);
});
