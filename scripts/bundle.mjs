#!/usr/bin/env node
/**
 * Build step (run by scripts/postbuild.mjs after tsc and the pattern table): bundles the package's
 * entry points with esbuild into dist/src/index.bundle.js, jest.bundle.js, cli.bundle.js and
 * worker.bundle.js (the thread of --workers), with shared code in dist/src/chunk-*.js; package.json's
 * "exports" and "bin" name them.
 *
 * What it buys, measured with scripts/bench.mjs's start-up rows on this 2-core machine: importing
 * the 130 modules tsc writes cost ~340 ms of CPU (a bare `node -e 0` ~100 ms), most of it Node's ESM
 * loader resolving, reading and compiling each file; one bundle costs ~240 ms. The bundles sit in
 * dist/src beside the table (src/regex.ts reads ./precompiled-patterns/GROUP.json from its own URL), so
 * a module directly under src/ resolves the same files bundled or not. xregexp stays outside
 * (required on first use only, when a pattern is missing from the table); date-fns and currency.js
 * are bundled (only the functions imported).
 */
import { build } from "esbuild";
import { chmodSync, readdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dist = (p) => fileURLToPath(new URL(`../dist/src/${p}`, import.meta.url));
// earlier builds' chunks have other hashes: remove them so that the package ships only this build's
for (const f of readdirSync(dist(""))) if (/^chunk-.*\.js$|\.bundle\.js$/.test(f)) rmSync(dist(f));
await build({
  entryPoints: [
    ...["index", "jest", "cli"].map((name) => ({ in: dist(`${name}.js`), out: `${name}.bundle` })),
    { in: dist("batch/worker.js"), out: "worker.bundle" }, // the thread src/batch/pool.ts starts
  ],
  outdir: dist(""),
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "chunk-[hash]",
  external: ["xregexp"],
  logLevel: "warning",
  // Kazakh and Russian words as they are, not as \uXXXX escapes: the main chunk is 515 KB instead of
  // 640 KB and import took ~9 ms less CPU here (interleaved spawns, best of 15: 176 vs 185 ms)
  charset: "utf8",
});
chmodSync(dist("cli.bundle.js"), 0o755);
