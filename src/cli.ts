#!/usr/bin/env node
/** The `kzdeals` executable (package.json "bin"); the commands are in src/cli/. */
import { main } from "./cli/main.js";
import { tuneCommandLine } from "./cli/v8-tuning.js";

// V8's options for a command's process (src/cli/v8-tuning.ts), before any command runs
tuneCommandLine();

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.stderr.write(`kzdeals: ${(e as Error).stack ?? String(e)}\n`); process.exitCode = 1; },
);
