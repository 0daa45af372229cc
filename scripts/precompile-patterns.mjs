#!/usr/bin/env node
/**
 * Build step (run by scripts/postbuild.mjs after tsc): loads the compiled library without a
 * table, so that every XRegExp-built pattern is built by XRegExp, and writes each one's source,
 * native flags and capture names, under the hash of its inputs, to
 * dist/src/precompiled-patterns.json (sorted by name). src/regex.ts's buildPattern then makes a
 * plain `new RegExp(source, flags)` instead of loading XRegExp at import.
 *
 *   node scripts/precompile-patterns.mjs [--check]   --check: exit 1 if the written table differs
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const table = fileURLToPath(new URL("../dist/src/precompiled-patterns.json", import.meta.url));
const check = process.argv.includes("--check");

if (process.argv[2] === "--emit") {
  // The child: load everything without the table and print the table.
  const { extract } = await import("../dist/src/index.js");
  const { builtPatterns } = await import("../dist/src/regex.js");
  const { buildAllPatterns } = await import("../dist/src/build-patterns.js");
  // Patterns are built on first use: all of them, and one text in case a stage builds one itself.
  buildAllPatterns();
  extract(" date 2025-10-09 Бүгін 2025 жылы 1,5 млрд теңге. В 2025 году 200 МВт ТОО «Альфа». $5 million in May 2025.");
  const entries = [...builtPatterns()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  process.stdout.write(JSON.stringify(Object.fromEntries(entries), null, 1) + "\n");
} else {
  const old = existsSync(table) ? readFileSync(table, "utf8") : null;
  const fresh = execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--emit"], {
    env: { ...process.env, KZDEALS_NO_PRECOMPILED: "1" },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (check) {
    if (old !== fresh) {
      console.error("dist/src/precompiled-patterns.json is stale or missing: run `npm run build`");
      process.exit(1);
    }
  } else {
    if (old !== null) rmSync(table);
    writeFileSync(table, fresh);
    console.log(`precompiled ${Object.keys(JSON.parse(fresh)).length} XRegExp patterns into dist/src/precompiled-patterns.json`);
  }
}
