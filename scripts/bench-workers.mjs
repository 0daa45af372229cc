/**
 * The workers' part of `npm run bench`: `kzdeals extract --jsonl` over the bench documents written
 * as JSONL (cycled to --workers-mb, 60 MB by default), with 1 and
 * 2 worker threads, each a spawned process reading stdin as a user runs it, the rounds interleaved.
 * Each run reports its peak RSS (the whole process: main thread and workers) through a --require
 * hook. MB/s counts the JSONL bytes over the wall time of the whole run, start-up included.
 *
 * Beside them, two independent `--workers 1` processes on half the input each, at once: the most two
 * workers could reach on this input (measured here: ×0.95–1.37 over one, where a plain arithmetic loop
 * gets ×1.97). Each half pays a whole warm-up, and a lone `--workers 1` process runs V8's compiles and
 * garbage collection on the other core (its background threads took 2.2 of 11.1 s of CPU over 60 MB), so
 * this ceiling is the input size's as much as the machine's. Two processes on the whole input each, at
 * once, give the machine's ceiling past the warm-up: ×1.47–1.75 here over 60 MB each, where the halves gave
 * ×1.18 in the same hour.
 *
 * Why 60 MB: every thread that extracts warms up on its own (library import, lazy patterns, JIT),
 * about 2 s of CPU here, spread over its first ~10 MB (measured: `extract --jsonl --workers 1`
 * over 1, 10, 30 MB of articles took 1.9, 5.8, 10.8 s of CPU). Two workers pay it twice, so on
 * 20 MB they were no faster than one; the figure is meant to show throughput, not warm-up.
 *
 * Past the warm-up: each count also runs on the first third of the same lines, in the same rounds, and the
 * difference of the two medians gives what the rest of the input cost on its own (MB/s over the last two thirds):
 * the throughput once every thread is warm, and the ratio of two workers to one there.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { busyCoreFlags } from "../dist/src/cli/v8-tuning.js";

const RSS_HOOK = `process.on("exit",()=>{require("fs").writeSync(2,"\\nKZDEALS_RSS "+process.resourceUsage().maxRSS+"\\n")})`;

/** docs: [{text, lang}]; returns { MB, runs: { "1": {...}, "2": {...} }, speedup } */
export function benchWorkers({ root, docs, rounds, mb, counts = [1, 2] }) {
  const dir = mkdtempSync(join(tmpdir(), "kzdeals-bench-workers-"));
  try {
    const hook = join(dir, "rss-hook.cjs");
    writeFileSync(hook, RSS_HOOK + "\n");
    const lines = [];
    let bytes = 0;
    for (let i = 0; bytes < mb * 1e6; i = (i + 1) % docs.length) {
      const line = JSON.stringify({ id: `b${lines.length}`, text: docs[i].text, ...(docs[i].lang ? { lang: docs[i].lang } : {}) }) + "\n";
      lines.push(line);
      bytes += Buffer.byteLength(line);
    }
    const input = join(dir, "input.jsonl");
    writeFileSync(input, lines.join(""));
    // the first third of the lines (see "Past the warm-up")
    const head = join(dir, "head.jsonl");
    const headLines = lines.slice(0, Math.round(lines.length / 3));
    writeFileSync(head, headLines.join(""));
    const headBytes = headLines.reduce((n, line) => n + Buffer.byteLength(line), 0);
    const cli = join(root, "dist", "src", "cli.js");
    // the same lines in two halves (alternate lines, so both hold the same mix), for two processes side by side
    const halves = [0, 1].map((k) => {
      const file = join(dir, `half${k}.jsonl`);
      writeFileSync(file, lines.filter((_, i) => i % 2 === k).join(""));
      return file;
    });
    const pair = [];
    const pairWhole = [];
    const runs = Object.fromEntries(counts.map((n) => [n, []]));
    const headRuns = Object.fromEntries(counts.map((n) => [n, []]));
    /** One spawned `extract --jsonl --workers n` over `file`: its wall time and peak RSS. */
    const run = (file, n) => {
      const stdin = openSync(file, "r");
      const t0 = process.hrtime.bigint();
      const child = spawnSync(process.execPath, ["--require", hook, cli, "extract", "--jsonl", "--quiet", "--workers", String(n)], {
        stdio: [stdin, "ignore", "pipe"], encoding: "utf8",
      });
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      closeSync(stdin);
      const rss = /KZDEALS_RSS (\d+)/.exec(child.stderr ?? "");
      if (child.status !== 0 || !rss) throw new Error(`bench: extract --workers ${n} failed: ${child.stderr}`);
      return { seconds, rssMB: (Number(rss[1]) * 1024) / 1e6 };
    };
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? counts : [...counts].reverse();
      for (const n of order) {
        runs[n].push(run(input, n));
        headRuns[n].push(run(head, n));
      }
      // The machine's own ceiling for this work: two independent `--workers 1` processes, one per half,
      // at once (no threads, no messages between them). Two workers cannot do better than this. Each
      // gets the V8 options the command line sets when every core extracts (src/cli/v8-tuning.ts), as two
      // workers get them: a `--workers 1` process keeps V8's defaults, made for a core to spare.
      const t0 = process.hrtime.bigint();
      const flags = busyCoreFlags().join(" ");
      const both = spawnSync("sh", ["-c", 'n="$0"; c="$1"; f="$4"; "$n" $f "$c" extract --jsonl --quiet --workers 1 < "$2" > /dev/null & p=$!; ' +
        '"$n" $f "$c" extract --jsonl --quiet --workers 1 < "$3" > /dev/null || exit 1; wait $p', process.execPath, cli, ...halves, flags], { encoding: "utf8" });
      if (both.status !== 0) throw new Error(`bench: two processes side by side failed: ${both.stderr}`);
      pair.push(Number(process.hrtime.bigint() - t0) / 1e9);
      // the same two processes, each on the whole input (the machine's ceiling past the warm-up)
      const t1 = process.hrtime.bigint();
      const whole = spawnSync("sh", ["-c", 'n="$0"; c="$1"; f="$3"; "$n" $f "$c" extract --jsonl --quiet --workers 1 < "$2" > /dev/null & p=$!; ' +
        '"$n" $f "$c" extract --jsonl --quiet --workers 1 < "$2" > /dev/null || exit 1; wait $p', process.execPath, cli, input, flags], { encoding: "utf8" });
      if (whole.status !== 0) throw new Error(`bench: two whole-input processes side by side failed: ${whole.stderr}`);
      pairWhole.push(Number(process.hrtime.bigint() - t1) / 1e9);
    }
    const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const h = s.length >> 1; return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2; };
    const out = { MB: bytes / 1e6, documents: lines.length, runs: {} };
    for (const n of counts) {
      const wall = runs[n].map((x) => x.seconds);
      const headWall = headRuns[n].map((x) => x.seconds);
      out.runs[n] = {
        bestMBps: out.MB / Math.min(...wall), medianMBps: out.MB / median(wall),
        peakRssMB: Math.max(...runs[n].map((x) => x.rssMB)),
        // past the warm-up: the last two thirds alone, from the medians (see the top of this file)
        pastWarmUpMBps: (bytes - headBytes) / 1e6 / (median(wall) - median(headWall)),
      };
    }
    out.pair = { bestMBps: out.MB / Math.min(...pair), medianMBps: out.MB / median(pair) };
    out.pairWhole = { bestMBps: (2 * out.MB) / Math.min(...pairWhole), medianMBps: (2 * out.MB) / median(pairWhole) };
    if (out.runs[1] && out.runs[2]) {
      out.speedup2 = out.runs[2].medianMBps / out.runs[1].medianMBps;
      out.speedup2PastWarmUp = out.runs[2].pastWarmUpMBps / out.runs[1].pastWarmUpMBps;
    }
    out.headMB = headBytes / 1e6;
    if (out.runs[1]) out.pairSpeedup = out.pair.medianMBps / out.runs[1].medianMBps;
    if (out.runs[1]) out.pairWholeSpeedup = out.pairWhole.medianMBps / out.runs[1].medianMBps;
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printWorkers(w) {
  const f = (x) => x.toFixed(1).padStart(8);
  console.log(`extract --jsonl, spawned, ${w.MB.toFixed(1)} MB in ${w.documents} lines (start-up included):  best   median  peak RSS  past the first ${w.headMB.toFixed(0)} MB`);
  for (const [n, v] of Object.entries(w.runs)) {
    console.log(`  --workers ${n.padEnd(29)} ${f(v.bestMBps)} ${f(v.medianMBps)} MB/s ${v.peakRssMB.toFixed(0).padStart(5)} MB ${f(v.pastWarmUpMBps)} MB/s`);
  }
  if (w.pair) console.log(`  2 processes of --workers 1, half each, at once ${f(w.pair.bestMBps)} ${f(w.pair.medianMBps)} MB/s`);
  if (w.speedup2 !== undefined) console.log(`  2 workers ÷ 1 (medians): ×${w.speedup2.toFixed(2)} (goal ≥ 1.6 on 2 cores); past the first ${w.headMB.toFixed(0)} MB ×${w.speedup2PastWarmUp.toFixed(2)}`);
  if (w.pairWhole) console.log(`  2 processes of --workers 1, all of it each, at once ${f(w.pairWhole.bestMBps)} ${f(w.pairWhole.medianMBps)} MB/s (both inputs counted)`);
  if (w.pairSpeedup !== undefined) console.log(`  2 processes ÷ 1 (medians): ×${w.pairSpeedup.toFixed(2)} (what two workers could reach on this input: a warm-up each)`);
  if (w.pairWholeSpeedup !== undefined) console.log(`  2 processes of all of it ÷ 1 (medians): ×${w.pairWholeSpeedup.toFixed(2)} (the machine's ceiling for this work past the warm-up)`);
}
