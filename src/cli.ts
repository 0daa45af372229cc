#!/usr/bin/env node
/** The `kzdeals` executable (package.json "bin"); the commands are in src/cli/. */
import { setFlagsFromString } from "node:v8";
import { main } from "./cli/main.js";
import { compilePatternsOnUse } from "./compile-mode.js";

// A command is a process that compiles each pattern it uses once, and most of them run only a few
// times in a short run: compiled straight to machine code rather than first to bytecode and again to
// machine code on the second run (V8's regexp tier-up), a one-sentence `kzdeals extract -` took 650
// instead of 770 ms of CPU here, and each worker thread of a batch warms up that much faster; a long
// batch is unchanged (15 MB of JSONL: 5.2 s of CPU either way). The flag is process-wide, so it is
// set here only, never by the library. V8 prints an error for a flag it does not know, so the flag is
// set only on the V8 versions checked to have it (Node 20 to 25: V8 11 to 14).
const v8Major = Number(process.versions.v8.split(".")[0]);
// With tier-up off, each pattern is compiled on its first use for each kind of string (src/compile-mode.ts).
if (v8Major >= 11 && v8Major <= 14) {
  setFlagsFromString("--no-regexp-tier-up");
  compilePatternsOnUse();
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.stderr.write(`kzdeals: ${(e as Error).stack ?? String(e)}\n`); process.exitCode = 1; },
);
