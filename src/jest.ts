/**
 * Jest matchers for fixture tests of kzdeals results.
 *
 *   import { kzdealsMatchers } from "kzdeals/jest";
 *   expect.extend(kzdealsMatchers);
 *   expect(result).toContainMention({ type: "money", amount: 171e6, currency: "USD" });
 *   expect(result).toContainDeal({ region: "Aktobe Region", parties: [{ name: "SUNGROW Renewables Development" }] });
 *
 * Expected objects are partial: every field given must be equal; arrays of objects match when
 * each expected element matches some actual element (parties, capacity). On failure the message
 * lists the nearest candidates.
 */
import type { Deal, ExtractionResult, Mention } from "./types.js";

export interface MatcherResult {
  pass: boolean;
  message: () => string;
}

type Partial2<T> = { [K in keyof T]?: T[K] extends (infer U)[] ? Partial<U>[] : T[K] extends object | null ? Partial<NonNullable<T[K]>> | null : T[K] };
export type MentionExpectation = { type?: Mention["type"] } & Record<string, unknown>;
export type DealExpectation = Partial2<Deal>;

/** True when every field of `expected` is in `actual` with an equal (recursively partial) value. */
export function partialMatch(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== "object") return Object.is(actual, expected) || actual === expected;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const used = new Set<number>();
    return expected.every((e) => {
      const i = actual.findIndex((a, idx) => !used.has(idx) && partialMatch(a, e));
      if (i < 0) return false;
      used.add(i);
      return true;
    });
  }
  if (actual === null || typeof actual !== "object") return false;
  return Object.entries(expected as Record<string, unknown>).every(([k, v]) =>
    partialMatch((actual as Record<string, unknown>)[k], v),
  );
}

/** How many of the expected top-level fields agree: ranks candidates for failure messages. */
function agreement(actual: unknown, expected: Record<string, unknown>): number {
  return Object.entries(expected).filter(([k, v]) => partialMatch((actual as Record<string, unknown>)[k], v)).length;
}

function nearest<T>(candidates: readonly T[], expected: Record<string, unknown>, n = 3): T[] {
  return [...candidates]
    .map((c, i) => ({ c, i, score: agreement(c, expected) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, n)
    .map(({ c }) => c);
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
  const pass = candidates.some((c) => partialMatch(c, expected));
  const near = nearest(candidates, expected);
  return {
    pass,
    message: () =>
      pass
        ? `expected result not to contain a ${label} matching ${JSON.stringify(expected)}, but it does`
        : `expected result to contain a ${label} matching\n  ${JSON.stringify(expected)}\n` +
          (near.length === 0
            ? `but it has no ${label}s`
            : `nearest of ${candidates.length} ${label}(s):\n${near.map((c) => "  " + brief(c)).join("\n")}`),
  };
}

export function toContainMention(received: unknown, expected: MentionExpectation): MatcherResult {
  const result = resultOf(received, "toContainMention");
  const pool = expected.type ? result.mentions.filter((m) => m.type === expected.type) : result.mentions;
  return containMatcher("mention", pool, expected);
}

export function toContainDeal(received: unknown, expected: DealExpectation): MatcherResult {
  const result = resultOf(received, "toContainDeal");
  return containMatcher("deal", result.deals, expected as Record<string, unknown>);
}

export const kzdealsMatchers = { toContainMention, toContainDeal };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toContainMention(expected: MentionExpectation): R;
      toContainDeal(expected: DealExpectation): R;
    }
  }
}

// Registers the matchers when imported inside a Jest test file (where `expect` is a global).
const globalExpect = (globalThis as { expect?: { extend?: (m: object) => void } }).expect;
if (globalExpect && typeof globalExpect.extend === "function") globalExpect.extend(kzdealsMatchers);
