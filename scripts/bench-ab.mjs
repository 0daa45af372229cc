#!/usr/bin/env node
/**
 * npm run bench:ab -- --base DIR: is this build faster than another? Both builds' extractBatch() in one
 * process, over the same batches of about 16 KB (`--batch-kb`), the two taking turns batch by batch (which
 * goes first alternates), each batch's time added to its build's round. A round of the whole corpus takes seconds, and this machine's speed changes from minute to minute (other
 * tenants): taking turns every few milliseconds gives both builds the same moments, where separate runs
 * minutes apart differed by ±20% for the same build. Two copies of one build, 10 rounds of 3 MB, in four runs:
 * medians ×0.98 to ×1.01, single rounds ×0.95 to ×1.17 at worst (batches of 64 KB: rounds ×0.90 to ×1.06). Each build also runs right after the other's code, so
 * each is measured with its caches partly cold, as in a stream of mixed documents.
 *
 * It also compares the two builds' results on every document of the first pass and says how many differ (a
 * change meant to be exact should print 0).
 *
 *   git worktree add /tmp/kz-base REV && ln -s "$PWD/node_modules" /tmp/kz-base/ && (cd /tmp/kz-base && npm run build)
 *   npm run bench:ab -- --base /tmp/kz-base [--head .] [--mb 3] [--rounds 10] [--jsonl FILE] [--shared ../shared] [--batch-kb 16]
 *
 * Prints each build's MB/s per round, and the ratio head / base of each round (median, range): a ratio whose
 * range stays on one side of 1 is a difference this run could see.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bytes, corpusOf, loadDocuments } from "./bench-docs.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const KNOWN = new Set(["--base", "--head", "--mb", "--rounds", "--jsonl", "--shared", "--batch-kb"]);
for (let i = 0; i < args.length; i += 2) {
  if (!KNOWN.has(args[i])) fail(`unknown option ${args[i]} (known: ${[...KNOWN].join(", ")})`);
  if (i + 1 >= args.length) fail(`option ${args[i]} needs a value`);
}
const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const number = (name, fallback) => {
  const v = Number(arg(name, fallback));
  if (!(v > 0)) fail(`${name} must be a positive number, got ${arg(name, fallback)}`);
  return v;
};
const baseDir = arg("--base", null);
if (baseDir === null) fail("--base DIR is required: a checkout of the build to compare with, built (npm run build)");
const headDir = arg("--head", root);
const targetMb = number("--mb", 3);
const rounds = Math.round(number("--rounds", 10));
const jsonl = arg("--jsonl", null);
const shared = arg("--shared", join(root, "..", "shared"));

function fail(message) {
  process.stderr.write(`bench:ab: ${message}\n`);
  process.exit(2);
}

async function load(dir) {
  const entry = join(resolve(dir), "dist", "src", "index.js");
  if (!existsSync(entry)) fail(`${entry} not found: build that checkout first (npm run build)`);
  const { extractBatch } = await import(pathToFileURL(entry).href);
  return extractBatch;
}

/** The corpus: a JSONL file of {text, lang?} records, else the bench's news corpus. */
function corpus() {
  if (jsonl !== null) {
    if (!existsSync(jsonl)) fail(`--jsonl ${jsonl} not found`);
    const docs = [];
    let total = 0;
    for (const line of readFileSync(jsonl, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const r = JSON.parse(line);
      if (typeof r.text !== "string") continue;
      docs.push({ text: r.text, lang: r.lang });
      total += bytes(r.text);
      if (total >= targetMb * 1e6) break;
    }
    return { docs, bytes: total };
  }
  const all = loadDocuments(root, shared);
  if (!all.some((d) => d.entities)) {
    process.stderr.write(`bench:ab: ${join(shared, "dev")} not found: the corpus is the ${all.length} seed texts only, cycled (give --shared or --jsonl for news text)\n`);
  }
  return corpusOf(all, targetMb * 1e6);
}

const { docs, bytes: total } = corpus();
const BATCH_CHARS = Math.round(number("--batch-kb", 16) * 1024);
const batches = [];
for (let i = 0, chars = 0, batch = []; i < docs.length; i++) {
  const d = docs[i];
  batch.push({ text: d.text, options: d.lang ? { language: d.lang } : undefined });
  chars += d.text.length;
  if (chars >= BATCH_CHARS || i === docs.length - 1) {
    batches.push(batch);
    batch = [];
    chars = 0;
  }
}

const builds = [
  { name: "base", dir: baseDir, run: await load(baseDir), seconds: [] },
  { name: "head", dir: headDir, run: await load(headDir), seconds: [] },
];

// first pass (warm-up): the results compared; then one more pass of each, untimed
let differ = 0;
for (const batch of batches) {
  const a = builds[0].run(batch);
  const b = builds[1].run(batch);
  for (let k = 0; k < batch.length; k++) if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) differ++;
}
for (const batch of batches) for (const b of builds) b.run(batch);

for (let r = 0; r < rounds; r++) {
  const t = [0, 0];
  for (let i = 0; i < batches.length; i++) {
    const first = (i + r) % 2;
    for (const k of [first, 1 - first]) {
      const t0 = process.hrtime.bigint();
      builds[k].run(batches[i]);
      t[k] += Number(process.hrtime.bigint() - t0) / 1e9;
    }
  }
  builds[0].seconds.push(t[0]);
  builds[1].seconds.push(t[1]);
}

const MB = total / 1e6;
const sorted = (xs) => [...xs].sort((x, y) => x - y);
const median = (xs) => {
  const s = sorted(xs);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`corpus: ${MB.toFixed(2)} MB in ${docs.length} documents, ${batches.length} batches, ${rounds} rounds (builds taking turns batch by batch)`);
console.log(`results that differ between the builds: ${differ} of ${docs.length} documents`);
for (const b of builds) {
  console.log(`${b.name.padEnd(5)} ${resolve(b.dir)}: MB/s per round ${b.seconds.map((s) => (MB / s).toFixed(2)).join(" ")}; median ${(MB / median(b.seconds)).toFixed(2)}`);
}
const ratios = builds[0].seconds.map((s, r) => s / builds[1].seconds[r]);
const rs = sorted(ratios);
console.log(`head / base throughput: median ×${median(ratios).toFixed(3)}, rounds ×${rs[0].toFixed(3)} to ×${rs[rs.length - 1].toFixed(3)}`);
