#!/usr/bin/env node
/**
 * Build step (run by scripts/postbuild.mjs after tsc): loads the compiled library without a
 * table, so that every XRegExp-built pattern is built by XRegExp, and writes each one's source,
 * native flags and capture names, under the hash of its inputs, to
 * dist/src/precompiled-patterns/GROUP.json, one file per group of names (src/regex.ts tableGroup:
 * "date.ru", "date.kk", …; sorted by name inside). src/regex.ts's buildPattern then makes a plain
 * `new RegExp(source, flags)` instead of loading XRegExp at import, reading a group's file on the
 * group's first pattern.
 *
 *   node scripts/precompile-patterns.mjs [--check]   --check: exit 1 if the written table differs
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("../dist/src/precompiled-patterns/", import.meta.url));
// the single table of earlier builds
const oldTable = fileURLToPath(new URL("../dist/src/precompiled-patterns.json", import.meta.url));
const check = process.argv.includes("--check");

if (process.argv[2] === "--emit") {
  // The child: load everything without the table and print the tables, by group.
  const { extract } = await import("../dist/src/index.js");
  const { builtPatterns, tableGroup } = await import("../dist/src/regex.js");
  const { buildAllPatterns } = await import("../dist/src/build-patterns.js");
  // Patterns are built on first use: all of them, and one text in case a stage builds one itself.
  buildAllPatterns();
  extract(" date 2025-10-09 Бүгін 2025 жылы 1,5 млрд теңге. В 2025 году 200 МВт ТОО «Альфа». $5 million in May 2025.");
  const groups = {};
  for (const [name, entry] of [...builtPatterns()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    (groups[tableGroup(name)] ??= {})[name] = entry;
  }
  process.stdout.write(JSON.stringify(groups) + "\n");
} else {
  const fresh = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--emit"], {
    env: { ...process.env, KZDEALS_NO_PRECOMPILED: "1" },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  }));
  const files = Object.fromEntries(Object.entries(fresh).map(([group, table]) => [`${group}.json`, JSON.stringify(table) + "\n"]));
  const old = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")) : [];
  if (check) {
    const same = old.length === Object.keys(files).length && old.every((f) => files[f] === readFileSync(dir + f, "utf8"));
    if (!same) {
      console.error("dist/src/precompiled-patterns/ is stale or missing: run `npm run build`");
      process.exit(1);
    }
  } else {
    for (const f of old) rmSync(dir + f);
    if (existsSync(oldTable)) rmSync(oldTable);
    mkdirSync(dir, { recursive: true });
    for (const [f, text] of Object.entries(files)) writeFileSync(dir + f, text);
    const count = Object.values(fresh).reduce((n, table) => n + Object.keys(table).length, 0);
    console.log(`precompiled ${count} XRegExp patterns into dist/src/precompiled-patterns/ (${Object.keys(files).length} files)`);
  }
}
