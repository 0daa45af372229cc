/**
 * Every pattern the library compiles is registered (src/regex.ts). Each must come out
 * `safe` from recheck (offline: recheck's bundled checker), or be listed in
 * test/safety/linear-proofs.ts and pass a measured linear-growth check on its attack string.
 */
import { checkSync, type Diagnostics } from "recheck";
import { extract, registeredPatterns } from "../src/index.js";
import { LINEAR_PROOFS } from "./safety/linear-proofs.js";

// Loading the pipeline registers every pattern; one call makes sure lazily built ones exist too.
extract(" date 2025-10-09 Бүгін 2025 жылы 1,5 млрд теңге. В 2025 году 200 МВт ТОО «Альфа».");
const patterns = [...registeredPatterns()].sort(([a], [b]) => (a < b ? -1 : 1));

function attackOf(d: Diagnostics): { pumps: { prefix: string; pump: string }[]; suffix: string } | null {
  return d.status === "vulnerable" ? (d.attack as unknown as { pumps: { prefix: string; pump: string }[]; suffix: string }) : null;
}

function buildAttack(a: { pumps: { prefix: string; pump: string }[]; suffix: string }, n: number): string {
  return a.pumps.map((p) => p.prefix + p.pump.repeat(n)).join("") + a.suffix;
}

function scanTime(re: RegExp, input: string): number {
  const global = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < 3; i++) {
    global.lastIndex = 0;
    while (global.exec(input)) if (global.lastIndex === 0) break;
  }
  return Number(process.hrtime.bigint() - t0) / 3;
}

test("at least one pattern is registered", () => {
  expect(patterns.length).toBeGreaterThan(0);
});

describe("recheck: every registered pattern is safe from catastrophic backtracking", () => {
  test.each(patterns.map(([name, re]) => [name, re] as const))("%s", (name, re) => {
    const d = checkSync(re.source, re.flags.replace(/[gyd]/g, ""), { timeout: 20_000, randomSeed: 42 });
    if (d.status === "safe") return;
    const attack = attackOf(d);
    if (!(name in LINEAR_PROOFS)) {
      const summary = d.status === "vulnerable" ? `${d.complexity.summary}; attack ${d.attack.pattern}` : d.status;
      throw new Error(`pattern "${name}" is ${summary}. Rewrite it, or add a measured proof to test/safety/linear-proofs.ts`);
    }
    if (attack) {
      // Measured proof: 4× the input must cost well under 16× (quadratic) the time.
      const small = buildAttack(attack, 2_000);
      const large = buildAttack(attack, 8_000);
      const ratio = scanTime(re, large) / Math.max(scanTime(re, small), 1);
      expect(ratio).toBeLessThan(8);
    }
  });
});
