/**
 * The recipe for more machines than one: GNU parallel cuts the JSONL into blocks at line ends,
 * runs `kzdeals extract --jsonl` on each (here on this machine, `--sshlogin :`) and, with
 * --keep-order, prints the outputs in block order: the same bytes as one run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI, run } from "./helpers/cli.js";

function hasParallel(): boolean {
  return spawnSync("parallel", ["--version"], { encoding: "utf8" }).stdout?.startsWith("GNU parallel") ?? false;
}

// CI installs GNU parallel; elsewhere the test says it did not run rather than fail a clone without it.
const found = hasParallel() || process.env.CI !== undefined;
if (!found) console.warn("GNU parallel not found: the parallel recipe test does not run");

(found ? test : test.skip)("parallel --pipe --keep-order --block 1M --sshlogin : gives the bytes of a single run", () => {
  const dir = mkdtempSync(join(tmpdir(), "kzdeals-parallel-"));
  try {
    let input = "";
    for (let i = 0; i < 9000; i++) {
      const deal = i % 50 === 0 ? "ТОО «Альфа» вложит 5 млрд тенге в завод мощностью 100 МВт в 2025 году. " : "";
      input += JSON.stringify({ id: `p${i}`, text: `${deal}Hello ${"x".repeat(200 + (i % 300))}` }) + "\n";
    }
    expect(input.length).toBeGreaterThan(3 * 1024 * 1024); // four blocks of 1M
    const inFile = join(dir, "in.jsonl");
    const joblog = join(dir, "jobs.log");
    writeFileSync(inFile, input);
    const single = run(["extract", "--jsonl", "--workers", "1"], input);
    expect(single.status).toBe(0);
    const sharded = execFileSync("parallel", [
      "--pipe", "--keep-order", "--block", "1M", "--sshlogin", ":", "--joblog", joblog,
      process.execPath, CLI, "extract", "--jsonl", "--workers", "1",
    ], { input: readFileSync(inFile), encoding: "utf8", maxBuffer: 1 << 28 });
    expect(sharded).toBe(single.stdout);
    const jobs = readFileSync(joblog, "utf8").trim().split("\n").slice(1); // a header, then a line per job
    expect(jobs.length).toBeGreaterThanOrEqual(4);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120000);
