/**
 * What `require("kzdeals")` and `import "kzdeals"` load (package.json "exports"; index.bundle.js, the
 * ESM entry, requires this file): the library bundled as one CommonJS file, dist/src/kzdeals.cjs,
 * compiled with the V8 code cache the build wrote beside it (kzdeals.cjs.cache: scripts/bundle.mjs runs
 * this file with KZDEALS_CODE_CACHE=write in a fresh process).
 *
 * What it buys, measured on this 2-core machine (CPU of a spawned `node --input-type=module -e
 * "await import(...)"`, interleaved, best of 8; a bare `node -e 0` 85-92 ms): the ESM bundle and its
 * chunks cost 172 ms, most of the library's share V8 compiling 700 KB of JavaScript; the same code
 * read through this file with the cache, 147 ms; without the cache, about what the ESM bundle costs.
 * Node 20 has no compile cache for modules of its own (module.enableCompileCache is Node 22).
 *
 * V8 checks a cache against its own version, its flags and the source's length, and compiles as usual
 * when one differs (another Node version, `--expose-gc`, `--no-regexp-tier-up` set before loading): a
 * cache is never needed, only faster. The first line of the cache also names the build it was made
 * from (the last line of kzdeals.cjs), so a bundle rebuilt without its cache never takes an old one.
 * KZDEALS_CODE_CACHE=off compiles without it; KZDEALS_CODE_CACHE=report says on stderr what happened;
 * KZDEALS_CODE_CACHE=write (the build, scripts/bundle.mjs) compiles without it and writes it.
 *
 * The bundle runs as a CommonJS module would (exports, require, module, __filename, __dirname) in the
 * main context; in a vm context of its own (Jest's), it is required as usual (see the end of the file).
 * The library does no dynamic import(), which code compiled this way could not do.
 */
const { readFileSync, writeFileSync } = require("node:fs") as typeof import("node:fs");
const { Script } = require("node:vm") as typeof import("node:vm");
const { createRequire } = require("node:module") as typeof import("node:module");
const { join } = require("node:path") as typeof import("node:path");

const BUILD_MARK = "\n//# kzdeals-build ";
const file = join(__dirname, "kzdeals.cjs");
const setting = process.env.KZDEALS_CODE_CACHE;

/**
 * Compiles the bundle with the cache, runs it as a CommonJS module would be run, and returns its exports.
 * In the main context only: see below.
 */
function loadWithCache(): Record<string, unknown> {
  const source = readFileSync(file, "utf8");
  const mark = source.lastIndexOf(BUILD_MARK);
  const build = mark < 0 ? "" : source.slice(mark + BUILD_MARK.length).trim();
  let cachedData: Buffer | undefined;
  let status = "off";
  if (setting !== "off" && setting !== "write") {
    try {
      const data = readFileSync(`${file}.cache`);
      const lineEnd = data.indexOf(10);
      if (build !== "" && lineEnd > 0 && data.toString("latin1", 0, lineEnd) === build) cachedData = data.subarray(lineEnd + 1);
      else status = "made from another build: not used";
    } catch {
      status = "absent";
    }
  }
  // the wrapper on the bundle's first line, so that line numbers in stack traces are the file's
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: file, cachedData });
  if (cachedData) status = script.cachedDataRejected ? "rejected by V8 (another Node version or V8 flags)" : "used";
  const library: { exports: Record<string, unknown> } = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(library.exports, createRequire(file), library, file, __dirname);
  if (setting === "report") process.stderr.write(`kzdeals: code cache ${status}\n`);
  // after the bundle's top level ran: the cache then holds the functions it compiled too
  if (setting === "write") writeFileSync(`${file}.cache`, Buffer.concat([Buffer.from(`${build}\n`, "latin1"), script.createCachedData()]));
  return library.exports;
}

// Jest (and any vm sandbox) runs a test's modules in a context of its own, whose Object and Array
// are not the main context's: the library's results must be made there, or `toStrictEqual` (which
// compares constructors) and `instanceof Array` fail on them. runInThisContext runs in the main
// context, so in a sandbox the bundle is required as any module is, without the cache.
const sandboxed = new Script("Object").runInThisContext() !== Object;
if (sandboxed && setting === "report") process.stderr.write("kzdeals: code cache not used in a vm context of its own (Jest)\n");
module.exports = sandboxed ? (require("./kzdeals.cjs") as Record<string, unknown>) : loadWithCache();

