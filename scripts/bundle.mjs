#!/usr/bin/env node
/**
 * Build step (run by scripts/postbuild.mjs after tsc and the pattern table):
 *
 * 1. The library ("kzdeals": src/index.ts and all it imports) as one CommonJS file, dist/src/kzdeals.cjs,
 *    its last line naming the build (a hash of its text); then its V8 code cache, kzdeals.cjs.cache,
 *    written by dist/src/load-library.cjs (src/load-library.cts, which loads it for `require` and `import`
 *    and says what the cache buys) in a fresh process; then dist/src/index.bundle.js, the ESM entry,
 *    which requires load-library.cjs and re-exports the library's names.
 *    The Jest matchers as one CommonJS file too, dist/src/jest.cjs, for test files that Jest loads as
 *    CommonJS.
 * 2. The command line, its worker thread and the Jest matchers as ESM bundles, dist/src/cli.bundle.js,
 *    worker.bundle.js and jest.bundle.js, with their shared code in dist/src/chunk-*.js. The command line
 *    sets V8 flags before it loads the library (which would make V8 refuse the code cache), and its
 *    dynamic import()s need ESM.
 *
 * What bundling buys, measured with scripts/bench.mjs's start-up rows on this 2-core machine: importing
 * the 130 modules tsc writes cost ~340 ms of CPU (a bare `node -e 0` ~100 ms), most of it Node's ESM
 * loader resolving, reading and compiling each file; one bundle costs ~240 ms. The bundles sit in
 * dist/src beside the table (src/regex.ts reads ./precompiled-patterns/GROUP.json from its own URL;
 * in kzdeals.cjs `import.meta.url` is the file's own URL), so a module directly under src/ resolves
 * the same files bundled or not. xregexp stays outside (required on first use only, when a pattern is
 * missing from the table); date-fns and currency.js are bundled (only the functions imported).
 */
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const dist = (p) => fileURLToPath(new URL(`../dist/src/${p}`, import.meta.url));
// earlier builds' chunks have other hashes: remove them so that the package ships only this build's
for (const f of readdirSync(dist(""))) if (/^chunk-.*\.js$|\.bundle\.js$|^kzdeals\.cjs|^jest\.cjs$/.test(f)) rmSync(dist(f));

// 1. the library
await build({
  entryPoints: [dist("index.js")],
  outfile: dist("kzdeals.cjs"),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  external: ["xregexp"],
  logLevel: "warning",
  charset: "utf8", // as below
  define: { "import.meta.url": "__kzdealsModuleUrl" },
  banner: { js: 'var __kzdealsModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
});
const libraryText = readFileSync(dist("kzdeals.cjs"), "utf8");
appendFileSync(dist("kzdeals.cjs"), `\n//# kzdeals-build ${createHash("sha256").update(libraryText).digest("hex").slice(0, 32)}\n`);
const names = Object.keys(createRequire(import.meta.url)(dist("kzdeals.cjs"))).sort();
execFileSync(process.execPath, [dist("load-library.cjs")], { stdio: "inherit", env: { ...process.env, KZDEALS_CODE_CACHE: "write" } });
writeFileSync(dist("index.bundle.js"), `// The ESM entry of "kzdeals" (written by scripts/bundle.mjs): the library is kzdeals.cjs, which
// load-library.cjs compiles with its V8 code cache (src/load-library.cts says what that buys).
import { createRequire } from "node:module";
const library = createRequire(import.meta.url)("./load-library.cjs");
export const { ${names.join(", ")} } = library;
`);

// the Jest matchers for CommonJS test files (Jest's own loader requires them; it cannot require ESM)
await build({ entryPoints: [dist("jest.js")], outfile: dist("jest.cjs"), bundle: true, format: "cjs", platform: "node", target: "node20", logLevel: "warning", charset: "utf8" });

// 2. the command line, its worker, the Jest matchers
await build({
  entryPoints: [
    ...["jest", "cli"].map((name) => ({ in: dist(`${name}.js`), out: `${name}.bundle` })),
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
