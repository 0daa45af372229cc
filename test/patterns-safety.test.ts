/**
 * Every pattern the library compiles is registered (src/regex.ts). recheck (offline: its
 * bundled checker) must not find it vulnerable; where recheck cannot decide within its budget,
 * or the pattern is listed in test/safety/linear-proofs.ts with its reason, it is measured
 * instead: a global scan over adversarial pumps at sizes n and 4n must grow about linearly.
 */
import { checkSync } from "recheck";
import { extract, registeredPatterns } from "../src/index.js";
import { LINEAR_PROOFS } from "./safety/linear-proofs.js";

// Loading the pipeline registers every pattern; one call makes sure lazily built ones exist too.
extract(" date 2025-10-09 Бүгін 2025 жылы 1,5 млрд теңге. В 2025 году 200 МВт ТОО «Альфа». $5 million in May 2025.");
const patterns = [...registeredPatterns()].sort(([a], [b]) => (a < b ? -1 : 1));

/** Inputs that make backtracking patterns of this library's kinds blow up, if anything does. */
const PUMPS = [
  "1 000 ", "1,", "1.", "12", " ", "\t", "бір ", "жүз елу ", "миллион ", "мың ", "2025 ", "1-",
  "China Power International ", "Аа ", "\"a ", "«а ", "«", "a ", "ч\t", "Co., ", "тонна ", "теңге ",
];

function scanNanos(re: RegExp, input: string): number {
  const global = new RegExp(re.source, re.flags.includes("g") || re.flags.includes("y") ? re.flags.replace("y", "g") : re.flags + "g");
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const t0 = process.hrtime.bigint();
    global.lastIndex = 0;
    for (let m = global.exec(input); m; m = global.exec(input)) if (m[0].length === 0) global.lastIndex++;
    best = Math.min(best, Number(process.hrtime.bigint() - t0));
  }
  return best;
}

/**
 * Growth factor of one pump when the input grows 4×. A busy machine only ever slows a run down,
 * so the ratio is measured up to three times and the lowest kept: a quadratic pattern stays near
 * 16× on every attempt, a linear one comes back near 4× as soon as one attempt runs undisturbed.
 */
function growth(re: RegExp, pump: string): number {
  const small = pump.repeat(Math.ceil(4_000 / pump.length)) + "\u0001";
  const large = pump.repeat(Math.ceil(16_000 / pump.length)) + "\u0001";
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best >= 6; attempt++) {
    best = Math.min(best, scanNanos(re, large) / Math.max(scanNanos(re, small), 50_000));
  }
  return best;
}

/** Worst growth factor over the pumps when the input grows 4×. */
function worstGrowth(re: RegExp): { pump: string; ratio: number } {
  let worst = { pump: "", ratio: 0 };
  for (const pump of PUMPS) {
    const ratio = growth(re, pump);
    if (ratio > worst.ratio) worst = { pump, ratio };
  }
  return worst;
}

test("patterns are registered, and every listed proof names a registered pattern", () => {
  expect(patterns.length).toBeGreaterThan(10);
  const names = new Set(patterns.map(([n]) => n));
  expect(Object.keys(LINEAR_PROOFS).filter((n) => !names.has(n))).toEqual([]);
});

const checked = patterns.filter(([name]) => !(name in LINEAR_PROOFS));
const proven = patterns.filter(([name]) => name in LINEAR_PROOFS);

describe("recheck: every registered pattern is safe from catastrophic backtracking", () => {
  test.each(checked.map(([name, re]) => [name, re] as const))("%s", (name, re) => {
    const d = checkSync(re.source, re.flags.replace(/[gyd]/g, ""), { timeout: 8_000, randomSeed: 42 });
    if (d.status === "vulnerable") {
      throw new Error(
        `pattern "${name}" is ${d.complexity.summary}; attack ${d.attack.pattern}: ` +
          "rewrite it, or add a measured proof to test/safety/linear-proofs.ts",
      );
    }
    // recheck gave up within its budget (a loaded machine, a large alternation): measure instead.
    if (d.status !== "safe") expect(worstGrowth(re).ratio).toBeLessThan(9);
  });
});

describe("measured proofs: patterns recheck cannot decide grow linearly", () => {
  test.each(proven.map(([name, re]) => [name, re] as const))("%s", (_name, re) => {
    // Linear growth gives ~4×; quadratic would give ~16×. The margin absorbs a noisy machine.
    expect(worstGrowth(re).ratio).toBeLessThan(9);
  });
});
