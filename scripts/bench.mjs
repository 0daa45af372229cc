#!/usr/bin/env node
/**
 * npm run bench: throughput of extract() in MB/s over real news text (../shared/dev texts and
 * the seeds, cycled to at least 5 MB), beside the machine's plain-regex scan speed over the same
 * text in the same run, per-dimension speed, adversarial input, peak memory, and a side-by-side
 * of kzdeals dates against chrono-node's Russian parser (speed and NEREL-dev date F1).
 * A benchmark, not a test: it prints figures and never fails on them.
 *
 *   npm run bench [-- --mb 5] [--json]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../dist/src/index.js";
import { RECOGNIZERS } from "../dist/src/recognizers/index.js";
import { recognize } from "../dist/src/extract.js";
import { normalizeText } from "../dist/src/normalize.js";
import { detectLanguage } from "../dist/src/language.js";
import { assembleDeals } from "../dist/src/deals/assemble.js";
import { resolveOverlaps } from "../dist/src/overlaps.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const targetMb = Number(args[args.indexOf("--mb") + 1]) || 5;
const asJson = args.includes("--json");
const shared = join(root, "..", "shared");

function loadDocuments() {
  const docs = [];
  for (const f of readdirSync(join(root, "seeds")).filter((n) => n.endsWith(".txt")).sort()) {
    docs.push({ text: readFileSync(join(root, "seeds", f), "utf8"), lang: undefined });
  }
  for (const f of ["kaznerd-valid.jsonl", "nerel-dev.jsonl"]) {
    const p = join(shared, "dev", f);
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line);
      docs.push({ text: rec.text, lang: rec.lang, entities: rec.entities, id: rec.id });
    }
  }
  return docs;
}

const bytes = (s) => Buffer.byteLength(s, "utf8");
const mb = (n) => n / 1e6;

function corpusOf(docs, minBytes) {
  const out = [];
  let total = 0;
  for (let i = 0; total < minBytes; i = (i + 1) % docs.length) {
    out.push(docs[i]);
    total += bytes(docs[i].text);
  }
  return { docs: out, bytes: total };
}

function time(fn) {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** Best of `runs` timings, after one warm-up. */
function bestOf(runs, fn) {
  fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, time(fn));
  return best;
}

const all = loadDocuments();
const hasShared = all.some((d) => d.entities);
const { docs, bytes: total } = corpusOf(all, targetMb * 1e6);
const joined = docs.map((d) => d.text).join("\n\n");

const results = { corpusMB: mb(total), documents: docs.length, sharedData: hasShared };

// The floor: one plain regex pass touching every word of the same text.
const WORDS = /[\p{L}\p{N}]+/gu;
const floorSeconds = bestOf(3, () => { WORDS.lastIndex = 0; let n = 0; while (WORDS.exec(joined)) n++; return n; });
results.regexFloorMBps = mb(total) / floorSeconds;

if (global.gc) global.gc();
const rssBefore = process.memoryUsage().rss;
let peakRss = rssBefore;
let mentionCount = 0, dealCount = 0;
const extractSeconds = bestOf(2, () => {
  mentionCount = 0; dealCount = 0;
  for (let i = 0; i < docs.length; i++) {
    const r = extract(docs[i].text, { language: docs[i].lang });
    mentionCount += r.mentions.length;
    dealCount += r.deals.length;
    if ((i & 255) === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
});
results.extractMBps = mb(total) / extractSeconds;
// The same documents with language "auto" (the API default): detection runs on every one.
results.extractAutoMBps = mb(total) / bestOf(2, () => { for (const d of docs) extract(d.text); });
results.mentions = mentionCount;
results.deals = dealCount;
results.peakRssMB = Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1e6;

// Per dimension: each recognizer alone over the same documents.
results.perRecognizerMBps = {};
for (const stage of RECOGNIZERS) {
  const contexts = docs.map((d) => ({
    text: d.text, normalized: normalizeText(d.text), bodyStart: 0, language: d.lang ?? "und",
    referenceDate: { year: 2025, month: 10, day: 9, iso: "2025-10-09" },
  }));
  const s = bestOf(2, () => { for (const c of contexts) recognize(c, [stage]); });
  results.perRecognizerMBps[stage.name] = mb(total) / s;
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
  const stages = {
    "language": () => { for (const d of docs) detectLanguage(d.text); },
    "normalize": () => { for (const d of docs) normalizeText(d.text); },
    "overlaps": () => { for (const list of candidates) resolveOverlaps(list); },
    "deal assembly": () => { for (let i = 0; i < contexts.length; i++) assembleDeals(contexts[i], mentions[i]); },
  };
  results.perStageMBps = {};
  for (const [name, fn] of Object.entries(stages)) results.perStageMBps[name] = mb(total) / bestOf(2, fn);
}

// Adversarial input: cost per MB should be about that of news text.
const adversarial = {
  "digit groups": "1 000 ".repeat(170_000),
  "long digit run": "7".repeat(1_000_000),
  "spaces": " ".repeat(1_000_000),
  "unclosed quotes": "ТОО «Альфа ".repeat(90_000),
  "capitalized Latin": "China Power International Holding ".repeat(30_000),
  "number words": "жүз елу мың бір миллион ".repeat(40_000),
};
results.adversarialMBps = {};
for (const [name, text] of Object.entries(adversarial)) {
  const s = bestOf(1, () => extract(text, { language: "kk" }));
  results.adversarialMBps[name] = mb(bytes(text)) / s;
}

// Dates: kzdeals vs chrono-node's Russian parser on NEREL-dev (speed and overlap F1).
const nerel = all.filter((d) => d.id && d.id.startsWith("nerel"));
if (nerel.length > 0) {
  let chrono = null;
  try { chrono = await import("chrono-node"); } catch { /* dev dependency absent */ }
  const nerelBytes = nerel.reduce((n, d) => n + bytes(d.text), 0);
  const dateStage = RECOGNIZERS.filter((r) => r.type === "date");
  const ctx = nerel.map((d) => ({ text: d.text, normalized: normalizeText(d.text), bodyStart: 0, language: "ru", referenceDate: null }));
  let kzSpans = [];
  const kzSeconds = bestOf(3, () => { kzSpans = ctx.map((c) => recognize(c, dateStage)); });
  const gold = nerel.map((d) => d.entities.filter((e) => e.type === "DATE"));
  const comparison = { nerelDocs: nerel.length, kzdeals: { MBps: mb(nerelBytes) / kzSeconds, ...overlapF1(gold, kzSpans) } };
  if (chrono) {
    let chronoSpans = [];
    const ru = chrono.ru;
    const chronoSeconds = bestOf(3, () => {
      chronoSpans = nerel.map((d) => ru.parse(d.text, new Date(2019, 0, 1)).map((p) => ({ start: p.index, end: p.index + p.text.length })));
    });
    comparison.chronoRu = { MBps: mb(nerelBytes) / chronoSeconds, ...overlapF1(gold, chronoSpans) };
  }
  results.dates = comparison;
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

if (asJson) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const f = (x) => x.toFixed(1).padStart(8);
  console.log(`corpus: ${results.corpusMB.toFixed(2)} MB in ${results.documents} documents${hasShared ? "" : " (seeds only: ../shared/dev not found)"}`);
  console.log(`regex floor (one \\p{L}\\p{N}+ scan): ${f(results.regexFloorMBps)} MB/s`);
  console.log(`extract() end to end:               ${f(results.extractMBps)} MB/s  (${results.mentions} mentions, ${results.deals} deals; each line's own language, as the dev scorer runs it)`);
  console.log(`extract() end to end, language auto: ${f(results.extractAutoMBps)} MB/s`);
  console.log(`peak RSS: ${results.peakRssMB.toFixed(0)} MB`);
  console.log("per recognizer alone:");
  for (const [k, v] of Object.entries(results.perRecognizerMBps)) console.log(`  ${k.padEnd(14)} ${f(v)} MB/s`);
  console.log("other stages alone:");
  for (const [k, v] of Object.entries(results.perStageMBps)) console.log(`  ${k.padEnd(14)} ${f(v)} MB/s`);
  console.log("adversarial input (extract, 1 run):");
  for (const [k, v] of Object.entries(results.adversarialMBps)) console.log(`  ${k.padEnd(18)} ${f(v)} MB/s`);
  if (results.dates) {
    const d = results.dates;
    console.log(`dates on NEREL-dev (${d.nerelDocs} docs):`);
    console.log(`  kzdeals      ${f(d.kzdeals.MBps)} MB/s  overlap P=${d.kzdeals.precision} R=${d.kzdeals.recall} F1=${d.kzdeals.f1}`);
    if (d.chronoRu) console.log(`  chrono ru    ${f(d.chronoRu.MBps)} MB/s  overlap P=${d.chronoRu.precision} R=${d.chronoRu.recall} F1=${d.chronoRu.f1}`);
  }
  console.log(`summary: extract=${results.extractMBps.toFixed(1)} MB/s auto=${results.extractAutoMBps.toFixed(1)} MB/s floor=${results.regexFloorMBps.toFixed(1)} MB/s peakRSS=${results.peakRssMB.toFixed(0)} MB`);
}
