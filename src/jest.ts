/**
 * Jest matchers for fixture tests of kzdeals results.
 *
 *   import { expect } from "@jest/globals";       // or Jest's global expect
 *   import { kzdealsMatchers } from "kzdeals/jest";
 *   expect.extend(kzdealsMatchers);
 *   expect(result).toContainMention({ type: "money", amount: 171e6, currency: "USD" });
 *   expect(result).toContainDeal({ region: "Aktobe Region", parties: [{ name: "SUNGROW Renewables Development" }] });
 *
 * Expected objects are partial: every field given must be equal; arrays of objects match when
 * each expected element matches some actual element (parties, capacity), and an empty array only an empty one. On failure the message
 * lists the three nearest candidates, numerically closest first, each with the fields that differ.
 */
import type { Deal, ExtractionResult, Mention } from "./types.js";
// Brings the expect package into the build's program (tsconfig.build.json has no test importing @jest/globals),
// so that the `declare module "expect"` augmentation below has a module to augment (else TS2664). Type-only: erased.
import type {} from "expect";

export interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/** A partial deal: nested objects partial too, and null for an optional field left out ("status": null, see partialMatch). */
type Partial2<T> = {
  [K in keyof T]?: T[K] extends (infer U)[] ? Partial<U>[] : T[K] extends object | null ? Partial<NonNullable<T[K]>> | null
    : undefined extends T[K] ? T[K] | null : T[K];
};
export type MentionExpectation = { type?: Mention["type"] } & Record<string, unknown>;
export type DealExpectation = Partial2<Deal>;

/** True when every field of `expected` is in `actual` with an equal (recursively partial) value. */
const isEmptyObject = (v: unknown): boolean => v !== null && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0;

export function partialMatch(actual: unknown, expected: unknown): boolean {
  // (null expected: null, or an optional field left out, "status": null for a deal under way)
  if (expected === null) return actual === null || actual === undefined;
  if (typeof expected !== "object") return Object.is(actual, expected) || actual === expected;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    // an empty list expected is a list expected empty ("capacity: []": no capacity), not "contains nothing in particular"
    if (expected.length === 0) return actual.length === 0;
    const used = new Set<number>();
    return expected.every((e) => {
      const i = actual.findIndex((a, idx) => !used.has(idx) && partialMatch(a, e));
      if (i < 0) return false;
      used.add(i);
      return true;
    });
  }
  if (actual === null || typeof actual !== "object") return false;
  // a field expected as an empty object is expected empty ("dates": {}: no date role), as an empty list is (the whole
  // expectation {} still matches any deal)
  return Object.entries(expected as Record<string, unknown>).every(([k, v]) => {
    const a = (actual as Record<string, unknown>)[k];
    return isEmptyObject(v) ? isEmptyObject(a) : partialMatch(a, v);
  });
}

/** How many of the expected top-level fields agree. */
function agreement(actual: unknown, expected: unknown): number {
  if (expected === null || typeof expected !== "object" || actual === null || typeof actual !== "object") return 0;
  return Object.entries(expected).filter(([k, v]) => partialMatch((actual as Record<string, unknown>)[k], v)).length;
}

/**
 * How far the numbers of `actual` are from those `expected` gives (amount, value, jobs, nested ones too):
 * the sum over expected numbers of |a − e| / max(|a|, |e|), each in [0, 1]; a number missing in `actual`
 * counts 1. An array element expected is compared with its closest actual element.
 */
export function numericDistance(actual: unknown, expected: unknown): number {
  if (typeof expected === "number") {
    if (typeof actual !== "number") return 1;
    const scale = Math.max(Math.abs(actual), Math.abs(expected));
    return scale === 0 ? 0 : Math.min(1, Math.abs(actual - expected) / scale);
  }
  if (expected === null || typeof expected !== "object") return 0;
  if (Array.isArray(expected)) {
    const pool = Array.isArray(actual) ? actual : [];
    return expected.reduce<number>(
      (sum, e) => sum + (pool.length === 0 ? numericDistance(undefined, e) : Math.min(...pool.map((a) => numericDistance(a, e)))),
      0,
    );
  }
  const record = actual !== null && typeof actual === "object" ? (actual as Record<string, unknown>) : {};
  return Object.entries(expected as Record<string, unknown>).reduce((sum, [k, v]) => sum + numericDistance(record[k], v), 0);
}

/** The `n` candidates closest to `expected`: numerically closest first, then most fields agreeing, then text order. */
export function nearest<T>(candidates: readonly T[], expected: unknown, n = 3): T[] {
  return candidates
    .map((c, i) => ({ c, i, distance: numericDistance(c, expected), score: agreement(c, expected) }))
    .sort((a, b) => a.distance - b.distance || b.score - a.score || a.i - b.i)
    .slice(0, n)
    .map(({ c }) => c);
}

function show(value: unknown): string {
  return value === undefined ? "nothing" : JSON.stringify(value);
}

/**
 * One line per expected field that `actual` does not match, naming its path:
 * `amount: expected 172000000, has 171000000`, `parties[1].name: expected "X", has "Y"`.
 * An unmatched array element is explained against the closest actual element.
 */
export function differences(actual: unknown, expected: unknown, path = ""): string[] {
  if (partialMatch(actual, expected)) return [];
  const at = path || "value";
  if (expected === null || typeof expected !== "object" || actual === null || typeof actual !== "object") {
    return [`${at}: expected ${show(expected)}, has ${show(actual)}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length === 0) return [`${at}: expected ${show(expected)}, has ${show(actual)}`];
    return expected.flatMap((e) => {
      if (actual.some((a) => partialMatch(a, e))) return [];
      const closest = nearest(actual, e, 1)[0];
      return differences(closest, e, `${at}[${actual.indexOf(closest)}]`);
    });
  }
  return Object.entries(expected as Record<string, unknown>).flatMap(([k, v]) =>
    differences((actual as Record<string, unknown>)[k], v, path ? `${path}.${k}` : k),
  );
}

function brief(value: unknown): string {
  const copy = { ...(value as Record<string, unknown>) };
  delete copy.evidence;
  return JSON.stringify(copy);
}

function resultOf(received: unknown, matcher: string): ExtractionResult {
  const r = received as ExtractionResult;
  if (!r || typeof r !== "object" || !Array.isArray(r.mentions) || !Array.isArray(r.deals)) {
    throw new TypeError(`${matcher}: expected a kzdeals extraction result ({mentions, deals}), got ${typeof received}`);
  }
  return r;
}

function containMatcher<T>(
  label: string,
  candidates: readonly T[],
  expected: Record<string, unknown>,
): MatcherResult {
  const match = candidates.find((c) => partialMatch(c, expected));
  const pass = match !== undefined;
  const want = `a ${label} matching\n  ${JSON.stringify(expected)}\n`;
  return {
    pass,
    message: () => {
      if (pass) return `expected result not to contain ${want}but it has\n  ${brief(match)}`;
      const near = nearest(candidates, expected);
      if (near.length === 0) return `expected result to contain ${want}but it has no ${label}s`;
      const lines = near.flatMap((c) => ["  " + brief(c), ...differences(c, expected).map((d) => "    " + d)]);
      return `expected result to contain ${want}nearest of ${candidates.length} ${label}(s), closest first:\n${lines.join("\n")}`;
    },
  };
}

export function toContainMention(received: unknown, expected: MentionExpectation): MatcherResult {
  const result = resultOf(received, "toContainMention");
  const pool = expected.type ? result.mentions.filter((m) => m.type === expected.type) : result.mentions;
  return containMatcher(expected.type ? `${expected.type} mention` : "mention", pool, expected);
}

export function toContainDeal(received: unknown, expected: DealExpectation): MatcherResult {
  const result = resultOf(received, "toContainDeal");
  return containMatcher("deal", result.deals, expected as Record<string, unknown>);
}

export const kzdealsMatchers = { toContainMention, toContainDeal };

/** The matchers' signatures, merged into both places Jest's `expect` takes its matcher types from. */
interface KzdealsMatchers<R> {
  toContainMention(expected: MentionExpectation): R;
  toContainDeal(expected: DealExpectation): R;
}

declare global {
  // The global `expect` of @types/jest.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface Matchers<R> extends KzdealsMatchers<R> {}
  }
}

// `import { expect } from "@jest/globals"`: its type is @jest/expect's JestExpect, whose matchers are the
// `Matchers` interface of the `expect` package (Jest 29).
declare module "expect" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface Matchers<R extends void | Promise<void>, T = unknown> extends KzdealsMatchers<R> {}
}

// Registers the matchers when imported inside a Jest test file (where `expect` is a global).
const globalExpect = (globalThis as { expect?: { extend?: (m: object) => void } }).expect;
if (globalExpect && typeof globalExpect.extend === "function") globalExpect.extend(kzdealsMatchers);
