/**
 * Every pattern the library compiles is registered (src/regex.ts). recheck (offline: its
 * bundled checker) must not find it vulnerable; where recheck cannot decide within its budget,
 * or the pattern is listed in test/safety/linear-proofs.ts with its reason, it is measured
 * instead: a global scan over adversarial pumps at sizes n and 4n must grow about linearly.
 *
 * recheck's verdicts are kept in test/safety/recheck-verdicts.json under a hash of the pattern's
 * source, flags and the recheck version, so recheck runs only on a pattern that is new or changed
 * (it took 5 of the 6 minutes of `npm test` when it ran on all of them). Such a pattern fails here
 * until its verdict is recorded by `npm run safety:update` (which runs recheck on the missing and
 * stale ones only) and the file is committed.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkSync } from "recheck";
import { buildAllPatterns } from "../src/build-patterns.js";
import { extract, registeredPatterns } from "../src/index.js";
import { LINEAR_PROOFS } from "./safety/linear-proofs.js";

// Patterns are built on first use: build every stage's and language's, and run one text through
// the pipeline for any built inside a stage.
buildAllPatterns();
extract(" date 2025-10-09 Бүгін 2025 жылы 1,5 млрд теңге. В 2025 году 200 МВт ТОО «Альфа». $5 million in May 2025.");
const patterns = [...registeredPatterns()].sort(([a], [b]) => (a < b ? -1 : 1));

/** Inputs that make backtracking patterns of this library's kinds blow up, if anything does. */
const PUMPS = [
  "1 000 ", "1,", "1.", "12", " ", "\t", "бір ", "жүз елу ", "миллион ", "мың ", "2025 ", "1-",
  "China Power International ", "Аа ", "\"a ", "«а ", "«", "a ", "ч\t", "Co., ", "тонна ", "теңге ",
];

function scanNanos(re: RegExp, input: string, runs: number): number {
  const global = new RegExp(re.source, re.flags.includes("g") || re.flags.includes("y") ? re.flags.replace("y", "g") : re.flags + "g");
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const t0 = process.hrtime.bigint();
    global.lastIndex = 0;
    for (let m = global.exec(input); m; m = global.exec(input)) if (m[0].length === 0) global.lastIndex++;
    best = Math.min(best, Number(process.hrtime.bigint() - t0));
  }
  return best;
}

/**
 * Growth factor of one pump when the input grows 4×. A busy machine only ever slows a run down,
 * so the ratio is measured up to six times and the lowest kept: a quadratic pattern stays near
 * 16× on every attempt, a linear one comes back near 4× as soon as one attempt runs undisturbed
 * (with two Jest workers another test file shares the machine: three attempts once read 12.8× for a
 * linear pattern).
 */
function growth(re: RegExp, pump: string, size = 4_000): number {
  const small = pump.repeat(Math.ceil(size / pump.length)) + "\u0001";
  const large = pump.repeat(Math.ceil((4 * size) / pump.length)) + "\u0001";
  let best = Infinity;
  for (let attempt = 0; attempt < 6 && best >= 6; attempt++) {
    // two runs per size first (most pumps are done then); five on a retry
    const runs = attempt === 0 ? 2 : 5;
    best = Math.min(best, scanNanos(re, large, runs) / Math.max(scanNanos(re, small, runs), 50_000));
  }
  return best;
}

/**
 * Worst growth factor over the pumps when the input grows 4×. A pump over 9× is measured again on inputs four times
 * as long, and the lower of the two counts: a quadratic pattern grows ~16× at both sizes, while a linear one read
 * 9.6× once in a fresh-clone CI run (capacity.kk.before on "ч\t": 4.0× at both sizes here, alone and in the suite),
 * its large input's runs preempted on a loaded two-core machine.
 */
function worstGrowth(re: RegExp): { pump: string; ratio: number } {
  let worst = { pump: "", ratio: 0 };
  for (const pump of PUMPS) {
    let ratio = growth(re, pump);
    if (ratio >= 9) ratio = Math.min(ratio, growth(re, pump, 16_000));
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

/** A recorded recheck verdict: the hash of what was checked, the status, and why when not safe. */
interface Verdict {
  hash: string;
  status: "safe" | "vulnerable" | "unknown";
  detail?: string;
}

const VERDICTS_FILE = join(process.cwd(), "test", "safety", "recheck-verdicts.json");
const UPDATE = process.env.KZDEALS_SAFETY_UPDATE === "1";
const RECHECK_VERSION = (JSON.parse(readFileSync(join(process.cwd(), "node_modules", "recheck", "package.json"), "utf8")) as { version: string }).version;
const verdicts: Record<string, Verdict> = JSON.parse(readFileSync(VERDICTS_FILE, "utf8")) as Record<string, Verdict>;
const REFRESH = "run `npm run safety:update` (recheck on the missing and stale patterns only) and commit test/safety/recheck-verdicts.json";

const recheckFlags = (re: RegExp): string => re.flags.replace(/[gyd]/g, "");
/** What a verdict is valid for: the source and flags recheck reads, and recheck's version. */
function verdictHash(re: RegExp): string {
  return createHash("sha256").update(`recheck ${RECHECK_VERSION}\n${recheckFlags(re)}\n${re.source}`).digest("hex").slice(0, 16);
}

/**
 * recheck's verdict within the test's budget (8 s, as when the test ran recheck every time): "unknown"
 * when it runs out of time, and the pattern is then measured on every run. The refresh
 * (`npm run safety:update`) gives such a pattern a second try of 60 s: "safe" is then recorded;
 * anything else stays "unknown" (measured), with what the longer try said kept in `detail`.
 */
function runRecheck(re: RegExp): Verdict {
  const first = recheckOnce(re, 8_000);
  if (first.status !== "unknown" || first.detail !== "timeout" || !UPDATE) return first;
  const second = recheckOnce(re, 60_000);
  if (second.status === "safe") return second;
  return { ...first, detail: `timeout at 8 s; at 60 s: ${second.detail}` };
}

function recheckOnce(re: RegExp, timeout: number): Verdict {
  const d = checkSync(re.source, recheckFlags(re), { timeout, randomSeed: 42 });
  if (d.status === "vulnerable") return { hash: verdictHash(re), status: d.status, detail: `${d.complexity.summary}; attack ${d.attack.pattern}` };
  if (d.status === "unknown") return { hash: verdictHash(re), status: d.status, detail: d.error.kind };
  return { hash: verdictHash(re), status: d.status };
}

describe("recheck: every registered pattern is safe from catastrophic backtracking", () => {
  test.each(checked.map(([name, re]) => [name, re] as const))("%s", (name, re) => {
    let verdict = verdicts[name];
    const why = !verdict ? "has no recorded recheck verdict" : verdict.hash !== verdictHash(re) ? "changed since its recheck verdict" : "";
    // the refresh also gives an undecided pattern another try (recheck may decide it on a quieter machine),
    // unless an earlier try found an attack string: recheck's fuzzing is not deterministic, and one rerun
    // has called "safe" four unchanged patterns that a 60 s try had found polynomial
    const retry = UPDATE && verdict?.status === "unknown" && !verdict.detail?.includes("attack");
    if (why || retry) {
      verdict = runRecheck(re);
      if (UPDATE) verdicts[name] = verdict;
    }
    if (verdict!.status === "vulnerable") {
      throw new Error(
        `pattern "${name}" is ${verdict!.detail}: rewrite it, or add a measured proof to test/safety/linear-proofs.ts`,
      );
    }
    if (why && !UPDATE) throw new Error(`pattern "${name}" ${why} (recheck now says ${verdict!.status}): ${REFRESH}`);
    // recheck gave up within its budget (a loaded machine, a large alternation): measure instead
    // (not while refreshing the verdicts: the test run that follows measures).
    if (verdict!.status !== "safe" && !UPDATE) expect(worstGrowth(re).ratio).toBeLessThan(9);
  }, 150_000);

  test("the verdict file names only patterns that recheck checks", () => {
    const names = new Set(checked.map(([n]) => n));
    const orphans = Object.keys(verdicts).filter((n) => !names.has(n));
    if (UPDATE) for (const n of orphans) delete verdicts[n];
    else if (orphans.length > 0) throw new Error(`verdicts for patterns no longer checked: ${orphans.join(", ")}: ${REFRESH}`);
  });

  afterAll(() => {
    if (!UPDATE) return;
    const sorted = Object.fromEntries(Object.entries(verdicts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    writeFileSync(VERDICTS_FILE, JSON.stringify(sorted, null, 1) + "\n");
  });
});

describe("measured proofs: patterns recheck cannot decide grow linearly", () => {
  test.each(proven.map(([name, re]) => [name, re] as const))("%s", (_name, re) => {
    // Linear growth gives ~4×; quadratic would give ~16×. The margin absorbs a noisy machine.
    expect(worstGrowth(re).ratio).toBeLessThan(9);
  });
});
