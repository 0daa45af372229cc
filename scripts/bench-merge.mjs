#!/usr/bin/env node
/**
 * Merge throughput: synthetic `extract --jsonl` lines (fixed seed) streamed through runMerge, as
 * `kzdeals merge` would read them. Prints deals/s, projects, time and peak RSS; with --score,
 * pairwise link precision/recall against the synthetic truth (keeps a map of every deal: use a
 * smaller --deals). CPU seconds are printed beside wall time: on a shared machine they are the
 * steadier figure. A benchmark, not a test: it never fails on its figures.
 *
 *   node scripts/bench-merge.mjs [--deals 1000000] [--seed 11] [--score] [--json]
 *
 * The synthetic world: --deals/3 projects (each told about 3 times), 40,000 Chinese companies drawn
 * with a heavy head (the first has 0.5% of all projects, as a Sinopec would), a Kazakh partner
 * on 60% of projects, 20 regions, 18 sectors, amounts log-uniform from $1 million to $10 billion,
 * a capacity on half. Each telling drops the Chinese party (10%), the Kazakh one (40%), the region
 * (15%), the sector (15%), the amount (20%), the capacity (30%) or the completion (50%); gives the
 * amount in dollars (50%), tenge (35%, at 470 ± 3%) or yuan (15%, at 7.2 ± 2%) rounded to two or
 * three significant digits; and slips the completion a year (10%).
 */
import { Readable, Writable } from "node:stream";
import { runMerge } from "../dist/src/index.js";

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const DEALS = opt("--deals", 1_000_000);
const SEED = opt("--seed", 11);
const score = args.includes("--score");

/** mulberry32: a small fixed-seed generator, so every run sees the same corpus. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ["Abai Region", "Akmola Region", "Aktobe Region", "Almaty Region", "Atyrau Region", "East Kazakhstan Region", "Jambyl Region", "Jetisu Region", "Karaganda Region", "Kostanay Region", "Kyzylorda Region", "Mangystau Region", "North Kazakhstan Region", "Pavlodar Region", "Turkistan Region", "Ulytau Region", "West Kazakhstan Region", "Astana", "Almaty", "Shymkent"];
const SECTORS = ["energy", "oil_gas", "petrochemicals", "mining", "metallurgy", "manufacturing", "construction_materials", "agriculture", "food", "textiles", "logistics", "transport", "healthcare", "education", "tourism", "it", "finance", "real_estate"];
const UNITS = ["MW", "t/year", "t/day", "ha", "km"];
const PROJECTS = Math.max(1, Math.floor(DEALS / 3));
const CN_COMPANIES = 40_000;
const KZ_COMPANIES = 20_000;

/** A project's true attributes, a pure function of its number (nothing stored). */
function project(p) {
  const r = rng(p * 7919 + SEED);
  const cn = Math.floor(CN_COMPANIES * r() ** 2);
  const kz = r() < 0.6 ? Math.floor(KZ_COMPANIES * r() ** 2) : -1;
  return {
    cn, kz,
    region: REGIONS[Math.floor(r() * REGIONS.length)],
    sector: SECTORS[Math.floor(r() * SECTORS.length)],
    usd: 10 ** (6 + 4 * r()),
    capacity: r() < 0.5 ? { unit: UNITS[Math.floor(r() * UNITS.length)], value: Math.round(10 ** (1 + 4 * r())) } : null,
    completion: 2024 + Math.floor(r() * 9),
  };
}

/** A company name of 7-9 letters from its number: distinct heads, as real names mostly have. */
function company(n) {
  const r = rng(n * 104729 + 1);
  let s = "";
  for (let i = 0, len = 7 + Math.floor(r() * 3); i < len; i++) s += String.fromCharCode(97 + Math.floor(r() * 26));
  return s;
}

const round = (x, digits) => Number(x.toPrecision(digits));

function deal(pr, r) {
  const parties = [];
  if (r() >= 0.1) parties.push({ name: `${company(pr.cn)} Group`, country: "CN", key: `${company(pr.cn)}group` });
  if (pr.kz >= 0 && r() >= 0.4) parties.push({ name: `${company(pr.kz + CN_COMPANIES)} LLP`, country: "KZ", key: company(pr.kz + CN_COMPANIES) });
  let amount = null, amountUsd = null, usdRate = null;
  if (r() >= 0.2) {
    const c = r();
    const digits = r() < 0.5 ? 2 : 3;
    if (c < 0.5) { amount = { amount: round(pr.usd, digits), currency: "USD" }; usdRate = { currency: "USD", perUsd: 1, period: null, source: "identity", estimated: false }; }
    else if (c < 0.85) { const rate = 470 * (0.97 + 0.06 * r()); amount = { amount: round(pr.usd * rate, digits), currency: "KZT" }; usdRate = { currency: "KZT", perUsd: 470, period: "2024-06", source: "bench", estimated: false }; }
    else { const rate = 7.2 * (0.98 + 0.04 * r()); amount = { amount: round(pr.usd * rate, digits), currency: "CNY" }; usdRate = { currency: "CNY", perUsd: 7.2, period: "2024-06", source: "bench", estimated: false }; }
    amountUsd = Math.round((amount.amount / usdRate.perUsd) * 100) / 100;
  }
  const dates = {};
  if (r() >= 0.5) dates.completion = String(pr.completion + (r() < 0.1 ? 1 : 0));
  return {
    kind: "project",
    parties,
    amount,
    capacity: pr.capacity && r() >= 0.3 ? [{ value: round(pr.capacity.value, 2), unit: pr.capacity.unit }] : [],
    region: r() >= 0.15 ? pr.region : null,
    sector: r() >= 0.15 ? pr.sector : null,
    dates,
    jobs: null,
    amountUsd,
    usdRate,
    evidence: [{ start: 0, end: 100 }],
  };
}

const truth = score ? new Map() : null;

/** `extract --jsonl` lines: documents of 1-3 deals about distinct projects, until DEALS deals. */
function* lines() {
  const r = rng(SEED);
  let made = 0;
  for (let doc = 0; made < DEALS; doc++) {
    const n = Math.min(DEALS - made, 1 + Math.floor(r() * 3));
    const picked = new Set();
    while (picked.size < n) picked.add(Math.floor(r() * PROJECTS));
    const deals = [...picked].map((p) => deal(project(p), r));
    const id = `d${doc}`;
    if (truth) [...picked].forEach((p, i) => truth.set(`${id}#${i}`, p));
    made += n;
    yield JSON.stringify({ id, language: { code: "en", confidence: 1 }, referenceDate: "2024-06-01", mentions: [], unresolved: [], deals }) + "\n";
  }
}

const pairs = (n) => (n * (n - 1)) / 2;
let projects = 0;
let outBytes = 0;
let largest = 0;
const predicted = score ? new Map() : null;
const sink = new Writable({
  write(chunk, _enc, done) {
    outBytes += chunk.length;
    const sources = chunk.toString().match(/"document"/g)?.length ?? 0;
    if (sources > largest) largest = sources;
    if (predicted) {
      const text = chunk.toString();
      for (const line of text.split("\n")) {
        if (!line) continue;
        const rec = JSON.parse(line);
        predicted.set(rec.id, rec.sources.map((s) => `${s.document}#${s.deal}`));
      }
    }
    done();
  },
});

const t0 = performance.now();
const cpu0 = process.cpuUsage();
const summary = await runMerge(Readable.from(lines()), sink, { format: "json" });

const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
projects = summary.projects;
const out = {
  deals: summary.deals,
  documents: summary.documents,
  projects,
  largestProject: 0,
  trueProjectsTold: null,
  seconds: Number(seconds.toFixed(1)),
  cpuSeconds: Number(cpuSeconds.toFixed(1)),
  dealsPerSecond: Math.round(summary.deals / seconds),
  dealsPerCpuSecond: Math.round(summary.deals / cpuSeconds),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  outputMb: Number((outBytes / 1e6).toFixed(1)),
};
out.largestProject = largest;
if (truth) {
  const gold = new Map();
  for (const p of truth.values()) gold.set(p, (gold.get(p) ?? 0) + 1);
  out.trueProjectsTold = gold.size;
  let tp = 0, linked = 0;
  for (const sources of predicted.values()) {
    linked += pairs(sources.length);
    const cells = new Map();
    for (const s of sources) { const g = truth.get(s); cells.set(g, (cells.get(g) ?? 0) + 1); }
    for (const n of cells.values()) tp += pairs(n);
  }
  let goldPairs = 0;
  for (const n of gold.values()) goldPairs += pairs(n);
  out.precision = Number((tp / linked).toFixed(4));
  out.recall = Number((tp / goldPairs).toFixed(4));
}
console.log(args.includes("--json") ? JSON.stringify(out) : Object.entries(out).map(([k, v]) => `${k}: ${v}`).join("\n"));
