#!/usr/bin/env node
/**
 * The review view's cost: how long `kzdeals extract --format html` and `kzdeals merge --format html`
 * take to write the seeds' pages and 1,000-document ones, and how long chromium takes to open them
 * (navigation to the page's script having run: html[data-ready]), to sort the report by US dollars
 * and to filter it. The 1,000 documents are the seeds 200 times over, each copy's parties renamed
 * in the results so that copies do not merge (about 2,000 projects). Runs --runs times, the
 * configurations interleaved, and prints the median of each figure. A benchmark, not a test.
 *
 *   npm run build && node scripts/bench-review.mjs [--runs 3] [--json]
 *
 * Needs Debian's chromium (or KZDEALS_CHROMIUM) and puppeteer-core (a devDependency).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";

const args = process.argv.slice(2);
const RUNS = args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : 3;
const CLI = join(process.cwd(), "dist", "src", "cli.js");
const DIR = mkdtempSync(join(tmpdir(), "kzdeals-bench-review-"));

/** Runs the command line with stdout to a file; wall milliseconds. */
function cli(argv, out, input) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...argv], { input: input === undefined ? undefined : readFileSync(input), maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`kzdeals ${argv.join(" ")}: ${r.stderr}`);
  writeFileSync(out, r.stdout);
  return performance.now() - t0;
}

const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort().map((f) => ({ id: f.replace(/\.txt$/, ""), text: readFileSync(join("seeds", f), "utf8") }));
const jsonl = (records) => records.map((r) => JSON.stringify(r)).join("\n") + "\n";
writeFileSync(join(DIR, "seeds.jsonl"), jsonl(seeds));
const thousand = [];
for (let k = 0; k < 200; k++) for (const s of seeds) thousand.push({ id: `${s.id}-${k}`, text: s.text });
writeFileSync(join(DIR, "thousand.jsonl"), jsonl(thousand));

// Results to merge: extracted once (not timed here), the copies' parties renamed.
const seedResults = spawnSync(process.execPath, [CLI, "extract", "--jsonl"], { input: readFileSync(join(DIR, "seeds.jsonl")) }).stdout.toString().trim().split("\n").map((l) => JSON.parse(l));
writeFileSync(join(DIR, "seeds.results.jsonl"), jsonl(seedResults));
const copies = [];
for (let k = 0; k < 200; k++) {
  for (const r of seedResults) copies.push({ ...r, id: `${r.id}-${k}`, deals: r.deals.map((d) => ({ ...d, parties: d.parties.map((p) => ({ name: `${p.name} ${k}`, country: p.country })) })) });
}
writeFileSync(join(DIR, "thousand.results.jsonl"), jsonl(copies));

const CASES = [
  { name: "seeds' document view (5 documents)", argv: ["extract", "--jsonl", "--format", "html"], input: "seeds.jsonl", out: "seeds-view.html" },
  { name: "1,000-document view", argv: ["extract", "--jsonl", "--format", "html"], input: "thousand.jsonl", out: "thousand-view.html" },
  { name: "seeds' report", argv: ["merge", "--format", "html", "--texts", join(DIR, "seeds.jsonl"), join(DIR, "seeds.results.jsonl")], out: "seeds-report.html" },
  { name: "1,000-document report", argv: ["merge", "--format", "html", "--texts", join(DIR, "thousand.jsonl"), join(DIR, "thousand.results.jsonl")], out: "thousand-report.html" },
];

const browser = await puppeteer.launch({ executablePath: process.env.KZDEALS_CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"], headless: true });
const figures = new Map(CASES.map((c) => [c.name, { produce: [], open: [], sort: [], filter: [] }]));
for (let run = 0; run < RUNS; run++) {
  for (const c of CASES) {
    const f = figures.get(c.name);
    const out = join(DIR, c.out);
    f.produce.push(cli(c.argv, out, c.input && join(DIR, c.input)));
    f.bytes = statSync(out).size;
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const t0 = performance.now();
    await page.goto(`file://${out}`, { waitUntil: "load", timeout: 120_000 });
    await page.waitForSelector("html[data-ready]", { timeout: 120_000 });
    f.open.push(performance.now() - t0);
    if (c.argv[0] === "merge") {
      f.sort.push(await page.evaluate(() => {
        const t = performance.now();
        document.querySelector("th button[data-col='5']").click();
        document.body.getBoundingClientRect();
        return performance.now() - t;
      }));
      f.filter.push(await page.evaluate(() => {
        const input = document.getElementById("filter-text");
        const t = performance.now();
        input.value = "aktobe";
        input.dispatchEvent(new Event("input"));
        document.body.getBoundingClientRect();
        return performance.now() - t;
      }));
    }
    await page.close();
  }
}
await browser.close();
rmSync(DIR, { recursive: true, force: true });

const median = (xs) => (xs.length === 0 ? null : Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]));
const rows = CASES.map((c) => {
  const f = figures.get(c.name);
  return { page: c.name, megabytes: +(f.bytes / 1e6).toFixed(2), produceMs: median(f.produce), openMs: median(f.open), sortMs: median(f.sort), filterMs: median(f.filter) };
});
if (args.includes("--json")) console.log(JSON.stringify(rows));
else console.table(rows);
