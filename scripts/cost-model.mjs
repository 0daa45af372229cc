#!/usr/bin/env node
/**
 * Where extract()'s time goes, as a cost model: each document of the bench's news corpus (the seeds and
 * ../shared/dev texts, each once) is timed alone (the fastest of --rounds), and a least-squares fit splits
 * its time into a fixed cost per call, a cost per KB of text, a cost per mention of each type and one per
 * deal, for single sentences and whole articles apart. The fit says what a speed goal asks of each: at 20 MB/s
 * the whole budget is 50 µs per KB. Then where the time is concentrated: the share of it that the tenth (and the
 * hundredth) of the text that costs most per KB takes, and the costliest documents per KB; and every document timed
 * again repeated on its own, which tells a document's own cost from what it pays for the code and data that the
 * documents before it pushed out of the processor's caches (sentences and articles, in all and for the costliest).
 *
 *   npm run build && node scripts/cost-model.mjs [--rounds 5] [--shared ../shared] [--json]
 *
 * A measurement, not a test: it prints figures and never fails on them. The fit is of the fastest time of
 * each document, so its terms add up to a little less than the bench's extract() figure, which also counts
 * the slower rounds.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../dist/src/index.js";
import { bytes, loadDocuments } from "./bench-docs.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const option = (flag, fallback) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback);
const rounds = Math.max(1, Number(option("--rounds", 5)) || 5);
const shared = option("--shared", join(root, "..", "shared"));
const asJson = args.includes("--json");

const docs = loadDocuments(root, shared);
if (!docs.some((d) => d.entities)) {
  process.stderr.write(`cost-model: ${join(shared, "dev")} not found: the fit is over the ${docs.length} seeds alone and says little (pass --shared DIR)\n`);
}

const TYPES = ["money", "capacity", "date", "organization"];
const TERMS = ["call", "KB of text", ...TYPES.map((t) => `${t} mention`), "deal"];

/** A document's counts, in TERMS order. */
function featuresOf(doc) {
  const r = extract(doc.text, { language: doc.lang });
  const counts = TYPES.map((t) => r.mentions.filter((m) => m.type === t).length);
  return [1, bytes(doc.text) / 1000, ...counts, r.deals.length];
}

// two untimed passes: patterns compiled, code optimized
for (let pass = 0; pass < 2; pass++) for (const d of docs) extract(d.text, { language: d.lang });
const rows = docs.map(featuresOf);
const best = new Float64Array(docs.length).fill(Infinity);
for (let round = 0; round < rounds; round++) {
  // each round in another order, so that no document always follows the same one
  for (let k = 0; k < docs.length; k++) {
    const i = round % 2 === 0 ? k : docs.length - 1 - k;
    const d = docs[i];
    const t0 = process.hrtime.bigint();
    extract(d.text, { language: d.lang });
    const us = Number(process.hrtime.bigint() - t0) / 1000;
    if (us < best[i]) best[i] = us;
  }
}

/** Least squares: the coefficients c minimizing Σ (row·c − y)², by the normal equations (Gaussian elimination). */
function fit(xs, ys) {
  const n = xs[0].length;
  const a = Array.from({ length: n }, () => new Float64Array(n + 1));
  for (let r = 0; r < xs.length; r++) {
    const x = xs[r];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) a[i][j] += x[i] * x[j];
      a[i][n] += x[i] * ys[r];
    }
  }
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = 0; r < n; r++) {
      if (r === col || a[col][col] === 0) continue;
      const f = a[r][col] / a[col][col];
      for (let j = col; j <= n; j++) a[r][j] -= f * a[col][j];
    }
  }
  return a.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}

/** The fit over the documents at `indices`, with its totals and how well it fits. */
function model(indices) {
  const xs = indices.map((i) => rows[i]);
  const ys = indices.map((i) => best[i]);
  const coef = fit(xs, ys);
  const totals = TERMS.map((_, j) => xs.reduce((s, x) => s + x[j], 0));
  const measured = ys.reduce((s, t) => s + t, 0);
  const mean = measured / ys.length;
  let residual = 0, spread = 0;
  xs.forEach((x, r) => {
    const predicted = x.reduce((s, v, j) => s + v * coef[j], 0);
    residual += (ys[r] - predicted) ** 2;
    spread += (ys[r] - mean) ** 2;
  });
  const kb = totals[1];
  return {
    documents: xs.length,
    KB: kb,
    measuredMs: measured / 1000,
    MBps: kb / 1000 / (measured / 1e6),
    usPerKB: measured / kb,
    r2: 1 - residual / spread,
    terms: TERMS.map((name, j) => ({ name, us: coef[j], count: totals[j], ms: (coef[j] * totals[j]) / 1000, share: (coef[j] * totals[j]) / measured })),
  };
}

// Single sentences (KazNERD's lines) and whole articles (NEREL's documents, the seeds) apart: a long text costs more
// per KB than a short one (segmentation and deals read its sentences together), which one fit over both would put
// in a negative cost per call.
const groups = { sentences: [], articles: [] };
docs.forEach((d, i) => groups[d.kind === "sentence" ? "sentences" : "articles"].push(i));
const out = { rounds, models: {} };
for (const [name, indices] of Object.entries(groups)) if (indices.length > TERMS.length) out.models[name] = model(indices);

// Where the time is concentrated: the share of the time taken by the text that costs most per KB (whole documents, from
// the costliest per KB, until they hold a tenth or a hundredth of the text), and the costliest documents per KB, each
// also timed repeated on its own (its code and data then stay in the processor's caches; in the rounds above the
// documents before it have run other code).
const allTime = [...best].reduce((s, t) => s + t, 0);
const textBytes = docs.reduce((s, d) => s + bytes(d.text), 0);
const byCostPerKB = docs.map((_, i) => i).sort((a, b) => best[b] / bytes(docs[b].text) - best[a] / bytes(docs[a].text));
function shareOfCostliest(fraction) {
  let held = 0, time = 0;
  for (const i of byCostPerKB) {
    if (held >= fraction * textBytes) break;
    held += bytes(docs[i].text);
    time += best[i];
  }
  return time / allTime;
}
out.concentration = { costliestTenthOfText: shareOfCostliest(0.1), costliestHundredthOfText: shareOfCostliest(0.01) };
/** A document extracted `runs` times in a row: the `rank`-th fastest time, in µs. */
function timedRepeated(d, runs, rank) {
  const times = [];
  for (let k = 0; k < runs; k++) {
    const t0 = process.hrtime.bigint();
    extract(d.text, { language: d.lang });
    times.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  return times.sort((a, b) => a - b)[rank];
}
// Every document repeated on its own (the third fastest of 9 runs in a row), against its fastest in the rounds above:
// what the stream costs beyond each document's own work. Reducing the code and data a document runs through shows here.
const repeated = docs.map((d) => timedRepeated(d, 9, 2));
out.stream = Object.fromEntries(Object.entries(groups).map(([name, indices]) => {
  const inStream = indices.reduce((s, i) => s + best[i], 0), alone = indices.reduce((s, i) => s + repeated[i], 0);
  return [name, { inStreamMs: inStream / 1000, repeatedMs: alone / 1000, ratio: inStream / alone }];
}));

out.costliest = byCostPerKB.slice(0, 8).map((i) => {
  const d = docs[i];
  // the median of 101 runs
  return { lang: d.lang ?? "auto", kind: d.kind ?? "seed", bytes: bytes(d.text), us: best[i], usRepeated: timedRepeated(d, 101, 50), start: d.text.slice(0, 60) };
});

if (asJson) {
  process.stdout.write(JSON.stringify(out) + "\n");
} else {
  for (const [name, v] of Object.entries(out.stream)) {
    console.log(`${name} in the stream ${v.inStreamMs.toFixed(1)} ms, each repeated on its own ${v.repeatedMs.toFixed(1)} ms: ×${v.ratio.toFixed(2)} for what the documents before each pushed out of the caches`);
  }
  console.log(`the hundredth of the text that costs most per KB took ${(100 * out.concentration.costliestHundredthOfText).toFixed(0)}% of the time, the tenth ${(100 * out.concentration.costliestTenthOfText).toFixed(0)}%`);
  console.log("the costliest per KB (µs: fastest in the rounds, and the median of the document repeated on its own):");
  for (const c of out.costliest) {
    console.log(`  ${c.lang} ${c.kind.padEnd(8)} ${String(c.bytes).padStart(6)} B ${c.us.toFixed(0).padStart(6)} µs (${(1000 * c.us / c.bytes).toFixed(0).padStart(5)} per KB) repeated ${c.usRepeated.toFixed(0).padStart(5)} µs  ${JSON.stringify(c.start)}`);
  }
  for (const [name, m] of Object.entries(out.models)) {
    console.log(`${name}: ${m.documents} documents, ${(m.KB / 1000).toFixed(2)} MB, each timed alone (fastest of ${rounds}): ` +
      `${m.measuredMs.toFixed(0)} ms, ${m.MBps.toFixed(1)} MB/s (${m.usPerKB.toFixed(0)} µs per KB; 20 MB/s is 50); fit R² ${m.r2.toFixed(2)}`);
    console.log(`  ${"term".padEnd(22)} ${"µs each".padStart(9)} ${"count".padStart(9)} ${"ms".padStart(7)} ${"share".padStart(6)}`);
    for (const t of m.terms) {
      console.log(`  ${t.name.padEnd(22)} ${t.us.toFixed(2).padStart(9)} ${(t.name === "KB of text" ? t.count.toFixed(0) : String(t.count)).padStart(9)} ${t.ms.toFixed(1).padStart(7)} ${(100 * t.share).toFixed(0).padStart(5)}%`);
    }
  }
}
