#!/usr/bin/env node
/**
 * npm run eval:dev [-- DEV_DIR] [--ref-date YYYY-MM-DD]: runs `kzdeals extract --jsonl` over the
 * public NER dev sets (../shared/dev by default) and scores them with their own score-ner.mjs.
 * --ref-date adds a reference date to every line (a diagnostic: the sets carry none).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const refIdx = args.indexOf("--ref-date");
const refDate = refIdx >= 0 ? args.splice(refIdx, 2)[1] : undefined;
const devDir = resolve(args[0] ?? join(root, "..", "shared", "dev"));
const scorer = join(devDir, "score-ner.mjs");
if (!existsSync(scorer)) {
  console.error(`eval:dev: ${scorer} not found (give the dev folder as the first argument)`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), "kzdeals-dev-"));
let failed = false;
for (const name of ["kaznerd-valid.jsonl", "nerel-dev.jsonl"]) {
  const gold = join(devDir, name);
  if (!existsSync(gold)) continue;
  const input = readFileSync(gold, "utf8").split("\n").filter((l) => l.trim()).map((l) => {
    const { id, text, lang } = JSON.parse(l);
    return JSON.stringify(refDate ? { id, text, lang, date: refDate } : { id, text, lang });
  }).join("\n") + "\n";
  const run = spawnSync(process.execPath, [join(root, "dist", "src", "cli.js"), "extract", "--jsonl"], {
    input, encoding: "utf8", maxBuffer: 1 << 30,
  });
  if (run.status !== 0) { failed = true; console.error(run.stderr); }
  const pred = join(work, name);
  writeFileSync(pred, run.stdout);
  const score = spawnSync(process.execPath, [scorer, gold, pred], { encoding: "utf8" });
  console.log(`== ${name}${refDate ? ` (reference date ${refDate} on every line)` : ""}`);
  process.stdout.write(score.stdout);
  if (score.status !== 0) { failed = true; process.stderr.write(score.stderr); }
}
rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
