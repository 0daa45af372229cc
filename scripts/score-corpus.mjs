#!/usr/bin/env node
/**
 * node scripts/score-corpus.mjs FILE [LANG]: scores the organization mentions of extract() (dist/, build
 * first) on a corpus file of test/corpus's format (test/corpus/README.md): exact spans, precision, recall
 * and F1, and the cases whose fields differ. LANG defaults to the file name's (organization.en.jsonl → en).
 * For the held-out cases in test/corpus/heldout/, which the test suite does not run.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { extract } from "../dist/src/index.js";

const [file, langArg] = process.argv.slice(2);
if (!file) { console.error("usage: node scripts/score-corpus.mjs FILE [LANG]"); process.exit(2); }
const lang = langArg ?? basename(file).split(".")[1];
let tp = 0, fp = 0, fn = 0, failing = 0, cases = 0;
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const c = JSON.parse(line);
  cases++;
  const got = extract(c.text, { language: lang, referenceDate: c.ref }).mentions.filter((m) => m.type === "organization");
  const used = new Set();
  let ok = got.length === c.expect.length;
  for (const e of c.expect) {
    const i = got.findIndex((g, k) => !used.has(k) && g.text === e.text);
    if (i < 0) { fn++; ok = false; continue; }
    used.add(i); tp++;
    for (const [k, v] of Object.entries(e)) {
      if (v === null ? got[i][k] !== undefined : JSON.stringify(got[i][k]) !== JSON.stringify(v)) ok = false;
    }
  }
  fp += got.length - used.size;
  if (!ok) {
    failing++;
    console.log(`differs: ${c.text}\n  found: ${JSON.stringify(got.map(({ text, name, legalForm, country, aliases }) => ({ text, name, legalForm, country, aliases })))}`);
  }
}
const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
console.log(`${file}: ${cases} cases, ${failing} differ; spans P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${(p + r ? 2 * p * r / (p + r) : 0).toFixed(2)} (tp ${tp} fp ${fp} fn ${fn})`);
