/**
 * The date rules' cache of parts by the values of their groups (src/dates/parts-cache.ts): the same values give the
 * same entry, and any difference (a prefix or none, a group absent or empty, another value) another.
 */
import { PartsCache } from "../src/dates/parts-cache.js";
import type { DateParts } from "../src/dates/types.js";

/** A match array as exec gives it: the whole match, then the groups. */
const match = (...groups: (string | undefined)[]) => Object.assign(["x", ...groups], { index: 0, input: "x" }) as unknown as RegExpExecArray;
const NAMES = ["month", "day", null, "year"];
const PREFIX = ["pre"];
const parts = (year: number) => ({ year }) as unknown as DateParts;

test("the same group values find what was stored; other values, a prefix or an absent group do not", () => {
  const cache = new PartsCache();
  expect(cache.lookup(PREFIX, null, 0, NAMES, match("May", "10", "x", "2025"))).toBeUndefined();
  cache.store(parts(2025));
  expect(cache.lookup(PREFIX, null, 0, NAMES, match("May", "10", "y", "2025"))).toEqual(parts(2025)); // an unnamed group is not read
  expect(cache.lookup(PREFIX, null, 0, NAMES, match("May", "11", "x", "2025"))).toBeUndefined();
  expect(cache.lookup(PREFIX, null, 0, NAMES, match("May", undefined, "x", "2025"))).toBeUndefined();
  expect(cache.lookup(PREFIX, null, 0, NAMES, match("May", "", "x", "2025"))).toBeUndefined();
  // a prefix whose groups are all absent is not no prefix
  expect(cache.lookup(PREFIX, match(undefined), 0, NAMES, match("May", "10", "x", "2025"))).toBeUndefined();
  cache.store(null);
  expect(cache.lookup(PREFIX, match(undefined), 0, NAMES, match("May", "10", "x", "2025"))).toBeNull();
  expect(cache.lookup(PREFIX, match("since"), 0, NAMES, match("May", "10", "x", "2025"))).toBeUndefined();
  // the prefix's groups from index 1 + shift (a probe's group 1 is the prefix itself)
  cache.store(parts(1));
  expect(cache.lookup(PREFIX, match("since ", "since"), 1, NAMES, match("May", "10", "x", "2025"))).toEqual(parts(1));
});

test("a full cache starts anew", () => {
  const cache = new PartsCache();
  cache.lookup([], null, 0, ["y"], match("0"));
  cache.store(parts(0));
  for (let i = 1; i < 1023; i++) {
    cache.lookup([], null, 0, ["y"], match(String(i)));
    cache.store(parts(i));
  }
  // 1,023 kept: all still there
  expect(cache.lookup([], null, 0, ["y"], match("0"))).toEqual(parts(0));
  cache.lookup([], null, 0, ["y"], match("1023"));
  cache.store(parts(1023));
  // 1,024 kept: the next lookup starts anew
  expect(cache.lookup([], null, 0, ["y"], match("0"))).toBeUndefined();
});
