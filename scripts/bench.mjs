#!/usr/bin/env node
/**
 * npm run bench: throughput of extract() in MB/s over real news text (../shared/dev texts and
 * the seeds, cycled to at least 5 MB), beside the machine's plain-regex scan speed over the same
 * text in the same run, whole articles apart from single sentences, per-dimension speed, adversarial input (cost per MB as a ratio to news),
 * start-up cost (library import and `kzdeals --version` beside a bare `node -e 0`, each a spawned
 * process), peak memory, and a side-by-side of kzdeals dates against chrono-node's Russian parser
 * (speed and NEREL-dev date F1).
 *
 * Every figure is measured once per round, the rounds interleaved and each round starting at a
 * different figure, so that a busy moment of the machine or the order of the lines does not decide
 * which line wins; each line gives the best and the median round.
 * A benchmark, not a test: it prints figures and never fails on them.
 *
 * Then adversarial input (scripts/bench-adversarial.mjs), merge throughput (scripts/bench-merge.mjs),
 * each in its own process, and `extract --jsonl` with 1 and 2 worker threads (scripts/bench-workers.mjs).
 *
 *   npm run bench [-- --mb 5] [--rounds 5] [--adversarial-kb 200] [--shared ../shared] [--json]
 *                 [--workers-mb 60] [--workers-rounds 3] [--merge-deals 200000]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract, extractBatch } from "../dist/src/index.js";
import { RECOGNIZERS } from "../dist/src/recognizers/index.js";
import { recognize } from "../dist/src/extract.js";
import { normalizeText } from "../dist/src/normalize.js";
import { detectLanguage } from "../dist/src/language.js";
import { assembleDeals } from "../dist/src/deals/deals.js";
import { resolveOverlaps } from "../dist/src/overlaps.js";
import { benchWorkers, printWorkers } from "./bench-workers.mjs";
import { bytes, corpusOf, loadDocuments } from "./bench-docs.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const option = (flag, fallback) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) || fallback : fallback);
const targetMb = option("--mb", 5);
const rounds = Math.max(1, option("--rounds", 5));
const adversarialBytes = option("--adversarial-kb", 200) * 1000;
const asJson = args.includes("--json");
const shared = args.includes("--shared") ? args[args.indexOf("--shared") + 1] : join(root, "..", "shared");

const mb = (n) => n / 1e6;

function time(fn) {
  const t0 = process.hrtime.bigint();
  const cpu = fn();
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpu };
}

const all = loadDocuments(root, shared);
const hasShared = all.some((d) => d.entities);
if (!hasShared) {
  process.stderr.write([
    "",
    "*".repeat(78),
    `*  ${join(shared, "dev")} NOT FOUND: the news corpus is the ${all.length} seed texts only,`,
    "*  cycled to the target size. Throughput, per-stage speed and the adversarial ratios below are",
    "*  then measured on those few documents (repeated), not on the KazNERD/NEREL dev texts, and the",
    "*  chrono-node date comparison (NEREL-dev F1) is skipped. Do not quote these as the project's figures.",
    "*".repeat(78),
    "",
    "",
  ].join("\n"));
}
const { docs, bytes: total } = corpusOf(all, targetMb * 1e6);
const joined = docs.map((d) => d.text).join("\n\n");

const results = { corpusMB: mb(total), documents: docs.length, sharedData: hasShared, rounds };

/**
 * Every figure: a function timed once per round. `bytes` makes it a throughput (MB/s); a function
 * may return its own CPU seconds (spawned processes), reported beside the wall time.
 */
const figures = [];
function figure(group, name, bytes, fn) {
  const f = { group, name, bytes, fn, runs: [] };
  figures.push(f);
  return f;
}

// The floor: one plain regex pass touching every word of the same text.
const WORDS = /[\p{L}\p{N}]+/gu;
figure("news", "regex floor", total, () => { WORDS.lastIndex = 0; let n = 0; while (WORDS.exec(joined)) n++; });

if (global.gc) global.gc();
const rssBefore = process.memoryUsage().rss;
let peakRss = rssBefore;
let mentionCount = 0, dealCount = 0;
const news = figure("news", "extract", total, () => {
  mentionCount = 0; dealCount = 0;
  for (let i = 0; i < docs.length; i++) {
    const r = extract(docs[i].text, { language: docs[i].lang });
    mentionCount += r.mentions.length;
    dealCount += r.deals.length;
    if ((i & 255) === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
});
// The same documents with language "auto" (the API default): detection runs on every one.
figure("news", "extract, language auto", total, () => { for (const d of docs) extract(d.text); });
// The same documents through extractBatch() in runs of about 64 KB, as `extract --jsonl` hands them to a worker.
const runs = [];
for (let i = 0, size = 0; i < docs.length; i++) {
  if (size === 0) runs.push([]);
  runs[runs.length - 1].push({ text: docs[i].text, options: { language: docs[i].lang } });
  size += bytes(docs[i].text);
  if (size >= 64 * 1024) size = 0;
}
figure("news", "extractBatch", total, () => { for (const run of runs) extractBatch(run); });
// Whole articles (the seeds and NEREL's documents, ~3 KB each) apart from single sentences
// (KazNERD's lines, ~100 bytes): a call's fixed costs weigh on short documents.
const articleDocs = docs.filter((d) => d.kind !== "sentence");
const sentenceDocs = docs.filter((d) => d.kind === "sentence");
for (const [name, set] of [["extract, articles", articleDocs], ["extract, sentences", sentenceDocs]]) {
  if (set.length) figure("news", name, set.reduce((n, d) => n + bytes(d.text), 0), () => { for (const d of set) extract(d.text, { language: d.lang }); });
}

// Per dimension: each recognizer alone over the same documents.
for (const stage of RECOGNIZERS) {
  const contexts = docs.map((d) => ({
    text: d.text, normalized: normalizeText(d.text), bodyStart: 0, language: d.lang ?? "und",
    referenceDate: { year: 2025, month: 10, day: 9, iso: "2025-10-09" },
  }));
  figure("recognizer", stage.name, total, () => { for (const c of contexts) recognize(c, [stage]); });
}

// The other pipeline stages alone over the same documents: language detection (run on every
// document, as with language "auto"), normalization, overlap resolution, deal assembly (with
// segmentation, on the mentions the recognizers found).
{
  const contexts = docs.map((d) => ({
    text: d.text, normalized: normalizeText(d.text), bodyStart: 0, language: d.lang ?? detectLanguage(d.text).code,
    referenceDate: { year: 2025, month: 10, day: 9, iso: "2025-10-09" },
  }));
  const candidates = contexts.map((c) => RECOGNIZERS
    .filter((stage) => c.language === "und" || stage.languages.includes(c.language))
    .flatMap((stage) => stage.recognize(c).map((mention) => ({ mention, priority: stage.priority ?? 0 }))));
  const mentions = candidates.map((list) => resolveOverlaps(list));
  figure("stage", "language", total, () => { for (const d of docs) detectLanguage(d.text); });
  figure("stage", "normalize", total, () => { for (const d of docs) normalizeText(d.text); });
  figure("stage", "overlaps", total, () => { for (const list of candidates) resolveOverlaps(list); });
  figure("stage", "deal assembly", total, () => { for (let i = 0; i < contexts.length; i++) assembleDeals(contexts[i], mentions[i]); });
}


/**
 * Start-up: a spawned process per run. Each reports its own CPU time (user + system, from
 * process.cpuUsage at exit, through a small --require hook that every line shares) on stderr.
 */
const CPU_HOOK = `process.on("exit",()=>{const u=process.cpuUsage();require("fs").writeSync(2,"\\nKZDEALS_CPU "+(u.user+u.system)+"\\n")})`;
const hookDir = mkdtempSync(join(tmpdir(), "kzdeals-bench-"));
const hookFile = join(hookDir, "cpu-hook.cjs");
writeFileSync(hookFile, CPU_HOOK + "\n");
function spawnCpu(argv, env = process.env) {
  const r = spawnSync(process.execPath, ["--require", hookFile, ...argv], { cwd: root, encoding: "utf8", env });
  const m = /KZDEALS_CPU (\d+)/.exec(r.stderr ?? "");
  if (r.status !== 0 || !m) throw new Error(`bench: ${argv.join(" ")} failed: ${r.stderr}`);
  return Number(m[1]) / 1e6;
}
// What a user loads: package.json's "exports" and "bin" (the bundles scripts/bundle.mjs writes).
const pkgJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const libraryUrl = new URL(`../${pkgJson.exports["."].import}`, import.meta.url).href;
const libraryCjs = join(root, pkgJson.exports["."].require);
figure("start-up", "node -e 0", 0, () => spawnCpu(["-e", "0"]));
figure("start-up", "import kzdeals", 0, () => spawnCpu(["--input-type=module", "-e", `await import(${JSON.stringify(libraryUrl)})`]));
figure("start-up", "require kzdeals", 0, () => spawnCpu(["-e", `require(${JSON.stringify(libraryCjs)})`]));
// the same import compiling the library without its V8 code cache (src/load-library.cts)
figure("start-up", "import kzdeals, no code cache", 0, () => spawnCpu(["--input-type=module", "-e", `await import(${JSON.stringify(libraryUrl)})`], { ...process.env, KZDEALS_CODE_CACHE: "off" }));
figure("start-up", "kzdeals --version", 0, () => spawnCpu([join(root, pkgJson.bin.kzdeals), "--version"]));
// NODE_EXTRA_CA_CERTS makes every Node process read and parse that CA bundle at start (about 35 ms
// of CPU in the sandbox this was written in, which sets it): the same three lines without it, so
// that the library's share can be told from the environment's.
if (process.env.NODE_EXTRA_CA_CERTS) {
  const bare = { ...process.env };
  delete bare.NODE_EXTRA_CA_CERTS;
  figure("start-up", "node -e 0, without NODE_EXTRA_CA_CERTS", 0, () => spawnCpu(["-e", "0"], bare));
  figure("start-up", "import kzdeals, without NODE_EXTRA_CA_CERTS", 0, () => spawnCpu(["--input-type=module", "-e", `await import(${JSON.stringify(libraryUrl)})`], bare));
  figure("start-up", "kzdeals --version, without NODE_EXTRA_CA_CERTS", 0, () => spawnCpu([join(root, pkgJson.bin.kzdeals), "--version"], bare));
}

// Dates: kzdeals vs chrono-node's Russian parser on NEREL-dev (speed and overlap F1).
const nerel = all.filter((d) => d.id && d.id.startsWith("nerel"));
let dateSpans = null;
if (nerel.length > 0) {
  let chrono = null;
  try { chrono = await import("chrono-node"); } catch { /* dev dependency absent */ }
  const nerelBytes = nerel.reduce((n, d) => n + bytes(d.text), 0);
  const dateStage = RECOGNIZERS.filter((r) => r.type === "date");
  const ctx = nerel.map((d) => ({ text: d.text, normalized: normalizeText(d.text), bodyStart: 0, language: "ru", referenceDate: null }));
  dateSpans = { gold: nerel.map((d) => d.entities.filter((e) => e.type === "DATE")), kzdeals: [], chronoRu: null };
  figure("dates", "kzdeals", nerelBytes, () => { dateSpans.kzdeals = ctx.map((c) => recognize(c, dateStage)); });
  if (chrono) {
    const ru = chrono.ru;
    figure("dates", "chrono ru", nerelBytes, () => {
      dateSpans.chronoRu = nerel.map((d) => ru.parse(d.text, new Date(2019, 0, 1)).map((p) => ({ start: p.index, end: p.index + p.text.length })));
    });
  }
}

// The rounds: one untimed warm-up of each figure, then every figure once per round, round r starting
// at figure r·⌈n/rounds⌉.
for (const f of figures) if (f.group !== "start-up") f.fn();
const step = Math.max(1, Math.ceil(figures.length / rounds));
for (let r = 0; r < rounds; r++) {
  const offset = (r * step) % figures.length;
  for (const f of [...figures.slice(offset), ...figures.slice(0, offset)]) {
    if (global.gc) global.gc();
    f.runs.push(time(f.fn));
  }
}
rmSync(hookDir, { recursive: true, force: true });

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const h = s.length >> 1; return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2; };
/** A figure's summary: best and median wall seconds, MB/s when it has bytes, CPU when it reported it. */
function summary(f) {
  const wall = f.runs.map((x) => x.seconds);
  const out = { bestSeconds: Math.min(...wall), medianSeconds: median(wall) };
  if (f.bytes > 0) { out.bestMBps = mb(f.bytes) / out.bestSeconds; out.medianMBps = mb(f.bytes) / out.medianSeconds; }
  const cpu = f.runs.map((x) => x.cpu).filter((x) => typeof x === "number");
  if (cpu.length > 0) { out.bestCpuSeconds = Math.min(...cpu); out.medianCpuSeconds = median(cpu); }
  return out;
}
const byGroup = (group) => Object.fromEntries(figures.filter((f) => f.group === group).map((f) => [f.name, summary(f)]));

const newsFigures = byGroup("news");
results.regexFloorMBps = newsFigures["regex floor"].bestMBps;
results.extractMBps = newsFigures.extract.bestMBps;
results.extractAutoMBps = newsFigures["extract, language auto"].bestMBps;
results.news = newsFigures;
results.mentions = mentionCount;
results.deals = dealCount;
results.peakRssMB = Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1e6;
results.perRecognizer = byGroup("recognizer");
results.perRecognizerMBps = Object.fromEntries(Object.entries(results.perRecognizer).map(([k, v]) => [k, v.bestMBps]));
results.perStage = byGroup("stage");
results.perStageMBps = Object.fromEntries(Object.entries(results.perStage).map(([k, v]) => [k, v.bestMBps]));
// Adversarial input, in a process of its own (scripts/bench-adversarial.mjs says why): cost per MB as a
// ratio to news there, medians against medians (the goal is ≤ 2).
{
  const child = spawnSync(process.execPath, [join(root, "scripts", "bench-adversarial.mjs"), "--mb", String(targetMb), "--rounds", String(rounds),
    "--adversarial-kb", String(adversarialBytes / 1000), "--shared", shared], { cwd: root, encoding: "utf8", maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`bench: scripts/bench-adversarial.mjs failed: ${child.stderr}`);
  results.adversarial = JSON.parse(child.stdout).pumps;
}
results.adversarialMBps = Object.fromEntries(Object.entries(results.adversarial).map(([k, v]) => [k, v.bestMBps]));
results.startUp = byGroup("start-up");
if (dateSpans) {
  const d = byGroup("dates");
  results.dates = { nerelDocs: nerel.length, kzdeals: { MBps: d.kzdeals.bestMBps, medianMBps: d.kzdeals.medianMBps, ...overlapF1(dateSpans.gold, dateSpans.kzdeals) } };
  if (dateSpans.chronoRu) results.dates.chronoRu = { MBps: d["chrono ru"].bestMBps, medianMBps: d["chrono ru"].medianMBps, ...overlapF1(dateSpans.gold, dateSpans.chronoRu) };
}

function overlapF1(goldDocs, predDocs) {
  let tp = 0, fp = 0, fn = 0;
  goldDocs.forEach((gold, i) => {
    const pred = predDocs[i] ?? [];
    const usedPred = new Set();
    let matched = 0;
    for (const g of gold) {
      const j = pred.findIndex((p, k) => !usedPred.has(k) && p.start < g.end && g.start < p.end);
      if (j >= 0) { usedPred.add(j); matched++; }
    }
    const scored = gold.filter((g) => !g.optional).length;
    tp += matched; fn += Math.max(0, scored - matched); fp += pred.length - usedPred.size;
  });
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
  return { precision: round(p), recall: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0) };
}

function round(x) { return Math.round(x * 1000) / 1000; }

// Merge: scripts/bench-merge.mjs's synthetic `extract --jsonl` lines through runMerge, in its own process.
const mergeDeals = option("--merge-deals", 200_000);
const mergeRun = spawnSync(process.execPath, [join(root, "scripts", "bench-merge.mjs"), "--deals", String(mergeDeals), "--json"], { cwd: root, encoding: "utf8" });
results.merge = mergeRun.status === 0 ? JSON.parse(mergeRun.stdout.trim().split("\n").pop()) : { error: mergeRun.stderr.trim() };

results.workers = benchWorkers({ root, docs: all, rounds: Math.max(1, option("--workers-rounds", 3)), mb: option("--workers-mb", 60) });

if (asJson) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const f = (x) => x.toFixed(1).padStart(8);
  const ms = (x) => (x * 1000).toFixed(0).padStart(6);
  const rate = (v) => `${f(v.bestMBps)} ${f(v.medianMBps)} MB/s`;
  console.log(`corpus: ${results.corpusMB.toFixed(2)} MB in ${results.documents} documents${hasShared ? "" : " (SEEDS ONLY: ../shared/dev not found)"}; ${rounds} interleaved rounds, best and median`);
  console.log(`                                       best   median`);
  console.log(`regex floor (one \\p{L}\\p{N}+ scan):  ${rate(results.news["regex floor"])}`);
  console.log(`extract() end to end:               ${rate(results.news.extract)}  (${results.mentions} mentions, ${results.deals} deals; each line's own language, as the dev scorer runs it)`);
  console.log(`extract() end to end, language auto: ${rate(results.news["extract, language auto"])}`);
  console.log(`extractBatch(), runs of 64 KB:       ${rate(results.news.extractBatch)}`);
  for (const k of ["extract, articles", "extract, sentences"]) if (results.news[k]) console.log(`${(k.replace("extract, ", "extract(), ") + ":").padEnd(36)} ${rate(results.news[k])}`);
  console.log(`peak RSS: ${results.peakRssMB.toFixed(0)} MB`);
  console.log("per recognizer alone:");
  for (const [k, v] of Object.entries(results.perRecognizer)) console.log(`  ${k.padEnd(33)} ${rate(v)}`);
  console.log("other stages alone:");
  for (const [k, v] of Object.entries(results.perStage)) console.log(`  ${k.padEnd(33)} ${rate(v)}`);
  console.log(`adversarial input (whole extract(), ~${(adversarialBytes / 1000).toFixed(0)} KB each; cost per MB ÷ news's, goal ≤ 2):`);
  for (const [k, v] of Object.entries(results.adversarial)) {
    console.log(`  ${k.padEnd(33)} ${rate(v)}  ×${v.costRatioToNews.toFixed(2).padStart(7)}${v.costRatioToNews > 2 ? "  OVER 2" : ""}`);
  }
  console.log("start-up (spawned process; CPU = user + system):      CPU best median   wall best median (ms)");
  for (const [k, v] of Object.entries(results.startUp)) {
    console.log(`  ${k.padEnd(50)} ${ms(v.bestCpuSeconds)} ${ms(v.medianCpuSeconds)}   ${ms(v.bestSeconds)} ${ms(v.medianSeconds)}`);
  }
  if (results.dates) {
    const d = results.dates;
    console.log(`dates on NEREL-dev (${d.nerelDocs} docs):`);
    console.log(`  kzdeals      ${f(d.kzdeals.MBps)} ${f(d.kzdeals.medianMBps)} MB/s  overlap P=${d.kzdeals.precision} R=${d.kzdeals.recall} F1=${d.kzdeals.f1}`);
    if (d.chronoRu) console.log(`  chrono ru    ${f(d.chronoRu.MBps)} ${f(d.chronoRu.medianMBps)} MB/s  overlap P=${d.chronoRu.precision} R=${d.chronoRu.recall} F1=${d.chronoRu.f1}`);
  }
  const m = results.merge;
  console.log(m.error ? `merge: failed: ${m.error}` : `merge (runMerge, ${m.deals} synthetic deals in ${m.documents} documents): ${m.dealsPerSecond} deals/s wall, ${m.dealsPerCpuSecond} per CPU second, ${m.projects} projects, peak RSS ${m.peakRssMb} MB`);
  printWorkers(results.workers);
  const worst = Object.entries(results.adversarial).sort((a, b) => b[1].costRatioToNews - a[1].costRatioToNews)[0];
  console.log(`summary: extract=${results.extractMBps.toFixed(1)} MB/s auto=${results.extractAutoMBps.toFixed(1)} MB/s floor=${results.regexFloorMBps.toFixed(1)} MB/s peakRSS=${results.peakRssMB.toFixed(0)} MB ` +
    `import=${ms(results.startUp["import kzdeals"].medianCpuSeconds).trim()} ms CPU (node -e 0 ${ms(results.startUp["node -e 0"].medianCpuSeconds).trim()}) ` +
    `--version=${ms(results.startUp["kzdeals --version"].medianCpuSeconds).trim()} ms worst adversarial=${worst[0]} ×${worst[1].costRatioToNews.toFixed(2)}`);
}
