/**
 * The precompiled pattern table (src/regex.ts buildPattern, written by scripts/precompile-patterns.mjs
 * into dist at build time): it must hold exactly what XRegExp builds from the current sources, an
 * entry whose inputs changed must be ignored, and the built library must not load XRegExp at import.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildAllPatterns } from "../src/build-patterns.js";
import { builtPatterns, tableGroup, type PrecompiledPattern } from "../src/regex.js";
import "../src/index.js";

// Patterns are built on first use: build them all, each by XRegExp (the sources find the build's table too, see
// src/regex.ts PRECOMPILED_DIRS: this file compares the table with what XRegExp builds, so it reads none).
process.env.KZDEALS_NO_PRECOMPILED = "1";
buildAllPatterns();
delete process.env.KZDEALS_NO_PRECOMPILED; // (the programs this file spawns inherit the environment)

const DIST_TABLES = join(process.cwd(), "dist", "src", "precompiled-patterns");

/** The built tables, by file name. */
function distTables(): Record<string, Record<string, PrecompiledPattern>> {
  return Object.fromEntries(readdirSync(DIST_TABLES).filter((f) => f.endsWith(".json"))
    .map((f) => [f, JSON.parse(readFileSync(join(DIST_TABLES, f), "utf8")) as Record<string, PrecompiledPattern>]));
}
const REGEX_JS = join(process.cwd(), "dist", "src", "regex.js");

function node(script: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test("the built table holds every XRegExp pattern of the sources, as XRegExp builds it", () => {
  // This process runs the TypeScript sources with the table turned off (above): every entry below was
  // built by XRegExp just now. The table in dist was written by the last `npm run build`.
  const tables = distTables();
  const fromSources = Object.fromEntries([...builtPatterns()].sort(([a], [b]) => (a < b ? -1 : 1)));
  expect(Object.keys(fromSources).length).toBeGreaterThan(50);
  // each entry in its group's file, and one file per language of the date rules
  const stale = Object.keys(fromSources).filter((n) => JSON.stringify(tables[`${tableGroup(n)}.json`]?.[n]) !== JSON.stringify(fromSources[n]));
  const extra = Object.entries(tables).flatMap(([f, table]) => Object.keys(table).filter((n) => !(n in fromSources) || `${tableGroup(n)}.json` !== f));
  if (stale.length + extra.length > 0) {
    throw new Error(`dist/src/precompiled-patterns/ is stale (${[...stale, ...extra].slice(0, 5).join(", ")}…): run \`npm run build\``);
  }
  expect(Object.keys(tables)).toEqual(expect.arrayContaining(["date.kk.json", "date.ru.json", "date.en.json"]));
});

test("a table entry whose template, parts or flags changed is ignored (XRegExp builds the pattern)", () => {
  const name = Object.keys(Object.values(distTables())[0]!)[0]!;
  const r = node(`
    import { buildPattern } from ${JSON.stringify(REGEX_JS)};
    const re = buildPattern(${JSON.stringify(name)}, "(?<a>x) {{b}}", { b: "y+" }, "gux");
    console.log(JSON.stringify([re.source, re.flags, re.xregexp.captureNames]));
  `);
  // registering a second, different pattern under a used name throws; a fresh process has none
  expect(r.stderr).toBe("");
  expect(JSON.parse(r.stdout)).toEqual(["(x)(?:y+)", "gu", ["a"]]);
});

test("building every pattern of the built library uses the table and does not load XRegExp", () => {
  const script = `
    import { createRequire } from "node:module";
    await import(${JSON.stringify(join(process.cwd(), "dist", "src", "index.js"))});
    (await import(${JSON.stringify(join(process.cwd(), "dist", "src", "build-patterns.js"))})).buildAllPatterns();
    const require = createRequire(import.meta.url);
    console.log(Object.keys(require.cache).some((f) => f.includes("xregexp")));
  `;
  expect(node(script).stdout.trim()).toBe("false");
  // without the table (KZDEALS_NO_PRECOMPILED) every date rule is built by XRegExp
  expect(node(script, { KZDEALS_NO_PRECOMPILED: "1" }).stdout.trim()).toBe("true");
});
