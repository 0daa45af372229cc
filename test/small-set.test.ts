/**
 * The small sets of deal assembly: SmallSet (src/deals/small-set.ts) keeps up to two members in fields, then a
 * list, then a Set; CueSet (src/deals/cue-set.ts) keeps categories as bits. At every size each answers `has` as a
 * Set given the same `add` calls would.
 */
import { CueSet } from "../src/deals/cue-set.js";
import { SmallSet } from "../src/deals/small-set.js";
import { random } from "./helpers/random.js";

test.each([
  ["numbers, few distinct (fields and list)", 6, 40],
  ["numbers, many distinct (past the list, a Set)", 50, 200],
])("SmallSet answers has() and some() as a Set does: %s", (_name, distinct, adds) => {
  const next = random(distinct * 31 + adds);
  for (let round = 0; round < 30; round++) {
    const first = next() < 0.5 ? Math.floor(next() * distinct) : undefined;
    const small = new SmallSet<number>(first), set = new Set<number>(first === undefined ? [] : [first]);
    for (let k = 0; k < adds; k++) {
      const x = Math.floor(next() * distinct);
      small.add(x); set.add(x);
      const probes = Array.from({ length: distinct + 2 }, (_, i) => i - 1);
      expect(probes.map((p) => small.has(p))).toEqual(probes.map((p) => set.has(p)));
      // some() sees exactly the members: each member alone, and no non-member
      expect(probes.map((p) => small.some((x) => x === p))).toEqual(probes.map((p) => set.has(p)));
    }
  }
});

test("SmallSet tells strings apart by value, and 0 and the empty string from no member", () => {
  const s = new SmallSet<string>();
  expect([s.has(""), s.has("a")]).toEqual([false, false]);
  s.add("a"); s.add(["a", "b"].join("").slice(1)); s.add("");
  expect([s.has("a"), s.has("b"), s.has(""), s.has("c")]).toEqual([true, true, true, false]);
  const n = new SmallSet<number>(0);
  expect([n.has(0), n.has(1)]).toEqual([true, false]);
});

test("CueSet answers has() as a Set does, past 64 categories too", () => {
  const names = Array.from({ length: 70 }, (_, i) => `category-${i}`);
  const next = random(5);
  for (let round = 0; round < 20; round++) {
    const cues = new CueSet<string>(), set = new Set<string>();
    for (let k = 0; k < 30; k++) {
      const c = names[Math.floor(next() * names.length)]!;
      cues.add(c); set.add(c);
    }
    expect([...names, "never added"].map((c) => cues.has(c))).toEqual([...names, "never added"].map((c) => set.has(c)));
  }
});
