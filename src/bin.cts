#!/usr/bin/env node
/**
 * The `kzdeals` executable (package.json "bin"): the command line is dist/src/cli.bundle.js (ESM); this
 * launcher is CommonJS so that `kzdeals --version` is answered by Node's CommonJS loader alone, before
 * the ESM loader, the command line and the library are loaded. Measured here (CPU of a spawned process,
 * median of 10, interleaved): a bare `node -e 0` 61 ms, a one-line ESM file 71 ms, `--version` through
 * the ESM command line 82 ms, through this file 64 ms.
 */
const argv = process.argv.slice(2);
if (argv[0] === "-v" || argv[0] === "--version") {
  const { version } = require("../../package.json") as { version: string };
  try {
    require("node:fs").writeSync(1, version + "\n");
  } catch (e) {
    // a reader that left (`| head -0`) ends the run quietly, as the command line does
    if ((e as NodeJS.ErrnoException).code !== "EPIPE") throw e;
  }
} else {
  // a variable, so that TypeScript (which checks src/, where the bundle is not) does not resolve it
  const commandLine = "./cli.bundle.js";
  import(commandLine).catch((e: unknown) => {
    process.stderr.write(`kzdeals: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  });
}
