// After tsc: makes the command line's launcher executable (tsc does not keep file modes) and writes the
// precompiled pattern table (scripts/precompile-patterns.mjs), then bundles the entry points
// (scripts/bundle.mjs).
import { chmodSync, existsSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
for (const f of ["cli.js", "bin.cjs"]) {
  const cli = new URL(`../dist/src/${f}`, import.meta.url);
  if (existsSync(cli)) chmodSync(cli, 0o755);
}
execFileSync(process.execPath, [fileURLToPath(new URL("./precompile-patterns.mjs", import.meta.url))], { stdio: "inherit" });
execFileSync(process.execPath, [fileURLToPath(new URL("./bundle.mjs", import.meta.url))], { stdio: "inherit" });
// the time of a complete build, which scripts/build-if-stale.mjs (npm test) compares with the sources
writeFileSync(new URL("../dist/.build-stamp", import.meta.url), new Date().toISOString() + "\n");
