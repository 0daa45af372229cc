/**
 * The library's entry (src/load-library.cts): dist/src/kzdeals.cjs compiled with the V8 code cache the
 * build wrote beside it. The cache is only ever faster: one V8 refuses (other flags), one made from
 * another build, or none at all, and the library loads and reads the same. Run on the built dist/
 * (npm test builds it first), each case in a fresh process, as a user's program loads it.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const DIST = join(process.cwd(), "dist", "src");
const SENTENCE = "Компания инвестирует 171 млн долларов США в строительство завода в Актобе.";

/** Loads the library from `dir` (require, or import of the ESM entry) and reads SENTENCE's money. */
function load(dir: string, { env = {}, flags = [] as string[], esm = false } = {}) {
  const body = `console.log(JSON.stringify(kz.extract(${JSON.stringify(SENTENCE)}).mentions.filter((m) => m.type === "money").map((m) => [m.amount, m.currency])))`;
  const script = esm
    ? `const kz = await import(${JSON.stringify(join(dir, "index.bundle.js"))}); ${body}`
    : `const kz = require(${JSON.stringify(join(dir, "load-library.cjs"))}); ${body}`;
  const r = spawnSync(process.execPath, [...flags, ...(esm ? ["--input-type=module"] : []), "-e", script], {
    encoding: "utf8",
    env: { ...process.env, KZDEALS_CODE_CACHE: "report", ...env },
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return { money: JSON.parse(r.stdout) as [number, string][], report: r.stderr.trim() };
}
const MONEY = [[171e6, "USD"]];

test("require and import load the library with its code cache", () => {
  expect(load(DIST)).toEqual({ money: MONEY, report: "kzdeals: code cache used" });
  expect(load(DIST, { esm: true })).toEqual({ money: MONEY, report: "kzdeals: code cache used" });
});

test("without the cache, or when V8 refuses it, the library loads and reads the same", () => {
  expect(load(DIST, { env: { KZDEALS_CODE_CACHE: "off" } }).money).toEqual(MONEY);
  // other V8 flags than the build's: V8 compiles as usual
  expect(load(DIST, { flags: ["--expose-gc"] })).toEqual({ money: MONEY, report: "kzdeals: code cache rejected by V8 (another Node version or V8 flags)" });
});

describe("a copy of dist/src whose cache does not fit the bundle", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "kzdeals-code-cache-"));
    for (const f of ["load-library.cjs", "kzdeals.cjs", "kzdeals.cjs.cache", "index.bundle.js", "precompiled-patterns"]) cpSync(join(DIST, f), join(dir, f), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("a cache made from another build is not used", () => {
    const cache = readFileSync(join(dir, "kzdeals.cjs.cache"));
    const lineEnd = cache.indexOf(10);
    // the same length and V8 header, another build's name on its first line
    writeFileSync(join(dir, "kzdeals.cjs.cache"), Buffer.concat([Buffer.from("0".repeat(lineEnd)), cache.subarray(lineEnd)]));
    expect(load(dir)).toEqual({ money: MONEY, report: "kzdeals: code cache made from another build: not used" });
  });

  test("no cache at all", () => {
    rmSync(join(dir, "kzdeals.cjs.cache"));
    expect(load(dir)).toEqual({ money: MONEY, report: "kzdeals: code cache absent" });
  });
});

test("the ESM entry exports what the CommonJS one does", () => {
  const names = (esm: boolean) => {
    const script = esm
      ? `console.log(JSON.stringify(Object.keys(await import(${JSON.stringify(join(DIST, "index.bundle.js"))})).sort()))`
      : `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(join(DIST, "load-library.cjs"))})).sort()))`;
    const r = spawnSync(process.execPath, [...(esm ? ["--input-type=module"] : []), "-e", script], { encoding: "utf8" });
    return JSON.parse(r.stdout) as string[];
  };
  const esm = names(true);
  expect(esm).toEqual(names(false));
  expect(esm).toEqual(expect.arrayContaining(["extract", "extractBatch", "extractStream", "mergeDeals", "ProjectMerger", "resolveDate", "detectLanguage"]));
});
