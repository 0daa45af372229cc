#!/usr/bin/env node
/** The `kzdeals` executable (package.json "bin"); the commands are in src/cli/. */
import { main } from "./cli/main.js";

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.stderr.write(`kzdeals: ${(e as Error).stack ?? String(e)}\n`); process.exitCode = 1; },
);
