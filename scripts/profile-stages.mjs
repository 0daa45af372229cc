#!/usr/bin/env node
/**
 * Time per pipeline stage over the bench corpus (seeds + ../shared/dev texts, cycled to --mb MB):
 * dateline, language detection, normalization, each recognizer, overlap resolution, deal assembly.
 * Each stage is timed alone over all documents (best of --runs), on the inputs the pipeline gives it.
 * With --cpu-prof (a node flag) it doubles as a profiling driver:
 *
 *   npm run build && node scripts/profile-stages.mjs [--mb 5] [--runs 3]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/profile-stages.mjs --only extract
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../dist/src/index.js";
import { RECOGNIZERS } from "../dist/src/recognizers/index.js";
import { recognize } from "../dist/src/extract.js";
import { normalizeText } from "../dist/src/normalize.js";
import { detectLanguage } from "../dist/src/language.js";
import { readDateline } from "../dist/src/dateline.js";
import { assembleDeals } from "../dist/src/deals/deals.js";
import { resolveOverlaps } from "../dist/src/overlaps.js";
import { segment } from "../dist/src/segment.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const arg = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const targetMb = Number(arg("--mb", 5));
const runs = Number(arg("--runs", 3));
const only = arg("--only", null);

const docs0 = [];
for (const f of readdirSync(join(root, "seeds")).filter((n) => n.endsWith(".txt")).sort()) {
  docs0.push({ text: readFileSync(join(root, "seeds", f), "utf8"), lang: undefined });
}
for (const f of ["kaznerd-valid.jsonl", "nerel-dev.jsonl"]) {
  const p = join(root, "..", "shared", "dev", f);
  if (!existsSync(p)) continue;
  for (const line of readFileSync(p, "utf8").split("\n")) if (line.trim()) {
    const r = JSON.parse(line);
    docs0.push({ text: r.text, lang: r.lang });
  }
}
const docs = [];
let total = 0;
for (let i = 0; total < targetMb * 1e6; i = (i + 1) % docs0.length) {
  docs.push(docs0[i]);
  total += Buffer.byteLength(docs0[i].text, "utf8");
}
const MB = total / 1e6;

function best(fn) {
  fn();
  let b = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    b = Math.min(b, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return b;
}

if (only === "extract") {
  for (let r = 0; r < runs; r++) for (const d of docs) extract(d.text, { language: d.lang });
  process.exit(0);
}

// Inputs each stage sees in the pipeline.
const contexts = docs.map((d) => {
  const dl = readDateline(d.text);
  const bodyStart = dl ? dl.end : 0;
  const language = d.lang ?? detectLanguage(d.text.slice(bodyStart)).code;
  return {
    text: d.text, normalized: normalizeText(d.text), bodyStart, language,
    referenceDate: { year: 2025, month: 10, day: 9, iso: "2025-10-09" },
  };
});
const mentions = contexts.map((c) => recognize(c, RECOGNIZERS));

const rows = [];
const filter = arg("--stages", null);
const row = (name, thunk) => { if (!filter || new RegExp(filter).test(name)) rows.push([name, best(thunk)]); };
row("extract() end to end", () => { for (const d of docs) extract(d.text, { language: d.lang }); });
row("dateline", () => { for (const d of docs) readDateline(d.text); });
row("language (all docs, auto)", () => { for (const d of docs) detectLanguage(d.text); });
row("normalize", () => { for (const d of docs) normalizeText(d.text); });
for (const stage of RECOGNIZERS) {
  row(`recognizer ${stage.name}`, () => { for (const c of contexts) stage.recognize(c); });
}
row("recognize() all stages + overlaps", () => { for (const c of contexts) recognize(c, RECOGNIZERS); });
const candidates = contexts.map((c) => RECOGNIZERS
  .filter((stage) => c.language === "und" || stage.languages.includes(c.language))
  .flatMap((stage) => stage.recognize(c).map((mention) => ({ mention, priority: stage.priority ?? 0 }))));
row("overlap resolution", () => { for (const c of candidates) resolveOverlaps(c); });
row("segment (all docs)", () => { for (const c of contexts) segment(c.normalized, c.bodyStart); });
row("deal assembly", () => { for (let i = 0; i < contexts.length; i++) assembleDeals(contexts[i], mentions[i]); });

console.log(`corpus: ${MB.toFixed(2)} MB in ${docs.length} documents, best of ${runs}`);
for (const [name, s] of rows) {
  console.log(`${name.padEnd(36)} ${(MB / s).toFixed(1).padStart(8)} MB/s ${(s * 1000).toFixed(0).padStart(7)} ms  ${(s * 1e6 / docs.length).toFixed(1).padStart(6)} µs/doc`);
}
