#!/usr/bin/env node
/**
 * What the document-wide scans cost: each scan a stage runs over the whole of a document (the anchor and
 * trigger scans of the money, capacity, date and organization stages, normalization, and deal assembly's cue
 * scan and segmentation), timed alone over the bench's news corpus as the stage runs it, beside extract()
 * over the same corpus. Their sum is what one shared pass over the text (issue 14: "one shared pass that
 * finds the rare anchors every stage needs") could save at most; the last line is the floor of such a pass
 * written in JavaScript: one loop over every character that looks each word start's first two characters up
 * in a table, and does nothing else.
 *
 *   npm run build && node scripts/scan-budget.mjs [--mb 5] [--rounds 6] [--shared ../shared] [--json]
 *
 * Every figure is the best of its rounds, the rounds interleaved (see scripts/bench.mjs). A measurement, not
 * a test. Deal assembly's scans run only over the documents that reach it (an organization, a sum or a
 * capacity among their mentions), and its sentences only in those with a cue word that may open a deal, as in
 * extract().
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../dist/src/index.js";
import { normalizeText } from "../dist/src/normalize.js";
import { readDateline } from "../dist/src/dateline.js";
import { detectLanguage } from "../dist/src/language.js";
import { nextCurrency } from "../dist/patterns/money.js";
import { UNIT_TRIGGER } from "../dist/patterns/capacity.common.js";
import { DATE_GRAMMAR_EN } from "../dist/patterns/date.en.js";
import { DATE_GRAMMAR_KK } from "../dist/patterns/date.kk.js";
import { DATE_GRAMMAR_RU } from "../dist/patterns/date.ru.js";
import { windows } from "../dist/src/dates/windows.js";
import { buildTriggers, triggers } from "../dist/src/organizations/triggers.js";
import { scanDocumentCues } from "../dist/src/deals/features.js";
import { segment } from "../dist/src/segment.js";
import { MAY_OPEN } from "../dist/src/deals/frame.js";
import { bytes, corpusOf, loadDocuments } from "./bench-docs.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const option = (flag, fallback) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback);
const targetMb = Number(option("--mb", 5)) || 5;
const rounds = Math.max(1, Number(option("--rounds", 6)) || 6);
const shared = option("--shared", join(root, "..", "shared"));
const asJson = args.includes("--json");

const all = loadDocuments(root, shared);
if (!all.some((d) => d.entities)) process.stderr.write(`scan-budget: ${join(shared, "dev")} not found: the seeds alone (pass --shared DIR)\n`);
const { docs, bytes: total } = corpusOf(all, targetMb * 1e6);

// The contexts the stages read (as src/extract.ts prepares them), and which documents reach deal assembly.
for (let pass = 0; pass < 2; pass++) for (const d of docs) extract(d.text, { language: d.lang });
const contexts = docs.map((d) => {
  const dateline = readDateline(d.text);
  const bodyStart = dateline ? dateline.end : 0;
  const language = d.lang ?? detectLanguage(d.text.slice(bodyStart)).code;
  return { text: d.text, normalized: normalizeText(d.text), bodyStart, language, referenceDate: null };
});
const dealDocs = contexts.filter((c, i) => extract(docs[i].text, { language: docs[i].lang }).mentions
  .some((m) => m.type === "organization" || m.type === "money" || m.type === "capacity"));
// of those, the ones whose cue words may open a deal: deal assembly segments only these
const framedDocs = dealDocs.filter((c) => scanDocumentCues(c, c.bodyStart).some((cue) => cue.categories.some((k) => MAY_OPEN.has(k))));
const GRAMMARS = { kk: DATE_GRAMMAR_KK, ru: DATE_GRAMMAR_RU, en: DATE_GRAMMAR_EN };
buildTriggers();

/** Each scan: a pass over its documents that returns what it found (a count, so that nothing is optimized away). */
const scans = [
  ["normalization (folded characters)", () => { let n = 0; for (const d of docs) n += normalizeText(d.text).length; return n; }],
  ["money: currency tokens", () => {
    let n = 0;
    for (const c of contexts) for (let h = nextCurrency(c.normalized, c.bodyStart); h; h = nextCurrency(c.normalized, h.index + 1)) n++;
    return n;
  }],
  ["capacity: unit words", () => {
    const re = UNIT_TRIGGER();
    let n = 0;
    for (const c of contexts) {
      re.lastIndex = c.bodyStart;
      for (let m = re.exec(c.normalized); m; m = re.exec(c.normalized)) n++;
    }
    return n;
  }],
  ["date: trigger words and windows", () => {
    let n = 0;
    for (const c of contexts) {
      const grammar = c.language === "und" ? null : GRAMMARS[c.language]();
      if (grammar) n += windows(c, grammar, []).list.length;
    }
    return n;
  }],
  ["organization: trigger scan", () => {
    let n = 0;
    for (const c of contexts) {
      const heads = c.language === "kk" || c.language === "ru" || c.language === "und";
      const t = triggers(c.normalized, heads && c.language !== "ru", heads && c.language !== "kk");
      n += t.gazetteer.length + t.kk.length + t.ru.length;
    }
    return n;
  }],
  ["deals: cue words", () => { let n = 0; for (const c of dealDocs) n += scanDocumentCues(c, c.bodyStart).length; return n; }],
  ["deals: sentences", () => { let n = 0; for (const c of framedDocs) n += segment(c.normalized, c.bodyStart).sentences.length; return n; }],
];

/**
 * The floor of a shared pass in JavaScript: every character read once, each word start's first two characters
 * looked up in a 64 K table (about 3% of pairs set, as the stages' anchors would set them). Nothing is found.
 */
const LETTER = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (/[\p{L}\p{N}]/u.test(String.fromCharCode(c))) LETTER[c] = 1;
const PAIRS = new Uint8Array(0x10000);
for (let k = 0; k < 0x10000; k += 37) PAIRS[k] = 1;
function sharedPassFloor() {
  let n = 0;
  for (const c of contexts) {
    const t = c.normalized;
    let before = 0;
    for (let i = c.bodyStart; i < t.length; i++) {
      const code = t.charCodeAt(i);
      const letter = LETTER[code];
      if (letter === 1 && before === 0 && i + 1 < t.length && PAIRS[(code & 0xff) << 8 | (t.charCodeAt(i + 1) & 0xff)] === 1) n++;
      before = letter;
    }
  }
  return n;
}

const figures = [
  ["extract()", () => { let n = 0; for (const d of docs) n += extract(d.text, { language: d.lang }).mentions.length; return n; }],
  ...scans,
  ["a shared pass in JavaScript (floor)", sharedPassFloor],
];
const best = figures.map(() => Infinity);
const counts = figures.map(() => 0);
for (let round = 0; round < rounds; round++) {
  for (let k = 0; k < figures.length; k++) {
    const i = (k + round) % figures.length;
    const t0 = process.hrtime.bigint();
    counts[i] = figures[i][1]();
    best[i] = Math.min(best[i], Number(process.hrtime.bigint() - t0) / 1e6);
  }
}

const extractMs = best[0];
const scanMs = best.slice(1, 1 + scans.length).reduce((s, x) => s + x, 0);
const out = {
  corpusMB: total / 1e6, documents: docs.length, dealDocuments: dealDocs.length, framedDocuments: framedDocs.length, rounds,
  extractMs, extractMBps: total / 1e3 / extractMs,
  scans: scans.map(([name], k) => ({ name, ms: best[k + 1], found: counts[k + 1], share: best[k + 1] / extractMs })),
  scansMs: scanMs, scansShare: scanMs / extractMs,
  sharedPassFloorMs: best[best.length - 1],
};
if (asJson) {
  process.stdout.write(JSON.stringify(out) + "\n");
} else {
  console.log(`${out.corpusMB.toFixed(2)} MB in ${docs.length} documents (${dealDocs.length} reach deal assembly, ${framedDocs.length} with a cue that may open a deal), best of ${rounds} interleaved rounds`);
  console.log(`  ${"extract()".padEnd(40)} ${extractMs.toFixed(1).padStart(7)} ms  ${out.extractMBps.toFixed(1)} MB/s`);
  for (const s of out.scans) console.log(`  ${s.name.padEnd(40)} ${s.ms.toFixed(1).padStart(7)} ms ${(100 * s.share).toFixed(1).padStart(5)}%  ${String(s.found).padStart(7)} found`);
  console.log(`  ${"the scans together".padEnd(40)} ${scanMs.toFixed(1).padStart(7)} ms ${(100 * out.scansShare).toFixed(1).padStart(5)}%`);
  console.log(`  ${"a shared pass in JavaScript (floor)".padEnd(40)} ${out.sharedPassFloorMs.toFixed(1).padStart(7)} ms`);
}
