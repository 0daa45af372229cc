/**
 * The package as a user installs it: `npm pack` makes the tarball, which is unpacked into
 * tmp/consumers-XXXX/node_modules/kzdeals, and throwaway projects beside it import it:
 *   esm/    plain ESM (`import`)              cjs/     plain CommonJS (`require`)
 *   ts-esm/ TypeScript nodenext, type module  ts-cjs/  the same source, type commonjs (emits require)
 *   jest/   a Jest test in TypeScript using `import { expect } from "@jest/globals"` and kzdeals/jest
 *   jest-cjs/ a Jest test in a CommonJS project: `require`, Jest's global expect, no ESM flag
 *   legacy/ TypeScript with the old `"moduleResolution": "node10"` (no exports map): type-check only
 * The TypeScript projects are type-checked with the repo's tsc (one program: nodenext gives each file the
 * format of its nearest package.json) and their emitted JavaScript is run. Everything resolves without the
 * network: the temp dir is under the repo, so the kzdeals dependencies (xregexp, franc, date-fns) and
 * typescript/jest are found by walking up to the repo's node_modules.
 * The tarball is packed with --ignore-scripts from the dist/ that `npm test` builds first (pretest), not
 * rebuilt by `prepare` a second time; a dist older than its sources fails here rather than testing stale code.
 */
import { spawn, type SpawnOptions } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const REPO = process.cwd();
const bin = (pkg: string, file: string) => join(REPO, "node_modules", pkg, file);
const SENTENCE = "Компания инвестирует 171 млн долларов США в строительство завода в Актобе.";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], options: SpawnOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (d) => (stdout += d));
    child.stderr!.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
const node = (args: string[], cwd: string) => run(process.execPath, args, { cwd });

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
const packageJson = (name: string, type: "module" | "commonjs") =>
  JSON.stringify({ name: `kzdeals-consumer-${name}`, private: true, type }, null, 2);

/** What each consumer prints: the values the assertions check. */
interface Report {
  money: [number, string][];
  language: string;
  matcherPasses: boolean;
  moduleKind: string;
}

const PLAIN_BODY = `
const result = extract(${JSON.stringify(SENTENCE)});
console.log(JSON.stringify({
  money: result.mentions.filter((m) => m.type === "money").map((m) => [m.amount, m.currency]),
  language: result.language.code,
  matcherPasses: toContainMention(result, { type: "money", amount: 171e6, currency: "USD" }).pass,
  moduleKind: MODULE_KIND,
}));
`;
const PLAIN_ESM = `import { extract } from "kzdeals";
import { toContainMention } from "kzdeals/jest";
const MODULE_KIND = typeof require === "undefined" ? "esm" : "cjs";
${PLAIN_BODY}`;
const PLAIN_CJS = `const { extract } = require("kzdeals");
const { toContainMention } = require("kzdeals/jest");
const MODULE_KIND = typeof require === "undefined" ? "esm" : "cjs";
${PLAIN_BODY}`;

/** One TypeScript source for both module kinds: the package.json type decides what tsc emits. */
const TS_MAIN = `import { extract, type ExtractionResult, type MoneyMention } from "kzdeals";
import { toContainMention, type MentionExpectation } from "kzdeals/jest";

const result: ExtractionResult = extract(${JSON.stringify(SENTENCE)});
const money = result.mentions.filter((m): m is MoneyMention => m.type === "money");
const expected: MentionExpectation = { type: "money", amount: 171e6, currency: "USD" };
const report = {
  money: money.map((m): [number, string] => [m.amount, m.currency]),
  language: result.language.code,
  matcherPasses: toContainMention(result, expected).pass,
  moduleKind: typeof require === "undefined" ? "esm" : "cjs",
};
console.log(JSON.stringify(report));
`;

const JEST_TEST = `import { describe, expect, test } from "@jest/globals";
import { extract } from "kzdeals";
import { kzdealsMatchers } from "kzdeals/jest";

expect.extend(kzdealsMatchers);
const result = extract(${JSON.stringify(SENTENCE)});

describe("kzdeals/jest with the expect of @jest/globals", () => {
  test("finds the amount of the sentence", () => {
    expect(result).toContainMention({ type: "money", amount: 171e6, currency: "USD" });
    expect(result).not.toContainMention({ type: "money", amount: 172e6 });
  });
  test("a failure names the field that differs", () => {
    expect(() => expect(result).toContainMention({ type: "money", amount: 172e6 })).toThrow(
      "amount: expected 172000000, has 171000000",
    );
  });
  test("results are objects of the test's own realm (toStrictEqual compares constructors)", () => {
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(result.mentions).toBeInstanceOf(Array);
    expect(result.language).toStrictEqual({ code: "ru", confidence: result.language.confidence });
  });
});
`;

/** The same checks in a CommonJS project's Jest test: Jest's own loader, Jest's global expect, no ESM flag. */
const JEST_CJS_TEST = `const { extract } = require("kzdeals");
const { kzdealsMatchers } = require("kzdeals/jest");

expect.extend(kzdealsMatchers);
const result = extract(${JSON.stringify(SENTENCE)});

test("finds the amount of the sentence", () => {
  expect(result).toContainMention({ type: "money", amount: 171e6, currency: "USD" });
  expect(() => expect(result).toContainMention({ type: "money", amount: 172e6 })).toThrow("amount: expected 172000000, has 171000000");
});
test("results are objects of the test's own realm (toStrictEqual compares constructors)", () => {
  expect(result.mentions).toBeInstanceOf(Array);
  expect(result.language).toStrictEqual({ code: "ru", confidence: result.language.confidence });
});
`;

const TSCONFIG = {
  compilerOptions: {
    module: "nodenext",
    moduleResolution: "nodenext",
    target: "es2022",
    strict: true,
    // Only Node's types: the Jest consumer must get its types from @jest/globals, not @types/jest globals.
    types: ["node"],
    // Checking every .d.ts of node_modules (@types/node, jest) costs about 3x the whole run here.
    skipLibCheck: true,
  },
  include: ["ts-esm", "ts-cjs", "jest"],
};

/** `moduleResolution: node10` ignores `exports`: kzdeals/jest's types come from `typesVersions`. */
const LEGACY_MAIN = `import { extract } from "kzdeals";
import { toContainMention } from "kzdeals/jest";
export const found: boolean = toContainMention(extract("…"), { type: "money", amount: 1 }).pass;
`;
const LEGACY_TSCONFIG = {
  compilerOptions: { module: "commonjs", moduleResolution: "node10", target: "es2022", strict: true, types: [], skipLibCheck: true, noEmit: true },
  include: ["legacy"],
};

function newestMtime(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .reduce((newest, e) => Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs), 0);
}

let tmp = "";
let files: string[] = [];
const out: Record<string, Run> = {};

beforeAll(async () => {
  const built = join(REPO, "dist", "src", "index.bundle.js");
  if (!existsSync(built)) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
  const sources = Math.max(...["src", "patterns", "lexicons"].map((d) => newestMtime(join(REPO, d))));
  if (statSync(built).mtimeMs < sources) throw new Error("dist/ is older than the sources: run `npm run build` first");

  mkdirSync(join(REPO, "tmp"), { recursive: true });
  tmp = mkdtempSync(join(REPO, "tmp", "consumers-"));
  const pack = await run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", tmp], { cwd: REPO });
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  files = packed.files.map((f) => f.path).sort();
  const installed = join(tmp, "node_modules", "kzdeals");
  mkdirSync(installed, { recursive: true });
  const untar = await run("tar", ["-xzf", join(tmp, packed.filename), "-C", installed, "--strip-components=1"]);
  if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);

  write(join(tmp, "esm", "package.json"), packageJson("esm", "module"));
  write(join(tmp, "esm", "main.js"), PLAIN_ESM);
  write(join(tmp, "cjs", "package.json"), packageJson("cjs", "commonjs"));
  write(join(tmp, "cjs", "main.js"), PLAIN_CJS);
  write(join(tmp, "ts-esm", "package.json"), packageJson("ts-esm", "module"));
  write(join(tmp, "ts-esm", "main.ts"), TS_MAIN);
  write(join(tmp, "ts-cjs", "package.json"), packageJson("ts-cjs", "commonjs"));
  write(join(tmp, "ts-cjs", "main.ts"), TS_MAIN);
  write(join(tmp, "jest", "package.json"), packageJson("jest", "module"));
  write(join(tmp, "jest", "kzdeals.test.ts"), JEST_TEST);
  write(join(tmp, "jest", "jest.config.json"), JSON.stringify({ testEnvironment: "node", transform: {}, testMatch: ["**/*.test.js"] }));
  write(join(tmp, "jest-cjs", "package.json"), packageJson("jest-cjs", "commonjs"));
  write(join(tmp, "jest-cjs", "kzdeals.test.js"), JEST_CJS_TEST);
  write(join(tmp, "jest-cjs", "jest.config.json"), JSON.stringify({ testEnvironment: "node", transform: {}, testMatch: ["**/*.test.js"] }));
  write(join(tmp, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
  write(join(tmp, "legacy", "package.json"), packageJson("legacy", "commonjs"));
  write(join(tmp, "legacy", "main.ts"), LEGACY_MAIN);
  write(join(tmp, "tsconfig.legacy.json"), JSON.stringify(LEGACY_TSCONFIG, null, 2));

  // The plain consumers run while tsc works; what tsc emits runs after it (2 cores: this is the critical path).
  const typescript = (async () => {
    // tsc emits even when it reports errors: the runs below then tell a type error from a run-time one.
    out.tsc = await node([bin("typescript", "bin/tsc"), "-p", "tsconfig.json"], tmp);
    [out.tsEsm, out.tsCjs, out.jest] = await Promise.all([
      node(["main.js"], join(tmp, "ts-esm")),
      node(["main.js"], join(tmp, "ts-cjs")),
      node(
        ["--experimental-vm-modules", bin("jest", "bin/jest.js"), "--config", "jest.config.json", "--ci", "--no-watchman", "--json"],
        join(tmp, "jest"),
      ),
    ]);
  })();
  // the command line as npm links it: the installed package.json's "bin"
  const command = join(installed, (JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as { bin: { kzdeals: string } }).bin.kzdeals);
  write(join(tmp, "sentence.txt"), SENTENCE);
  [out.esm, out.cjs, out.legacy, out.binVersion, out.binExtract, out.codeCache, out.jestCjs] = await Promise.all([
    node(["main.js"], join(tmp, "esm")),
    node(["main.js"], join(tmp, "cjs")),
    node([bin("typescript", "bin/tsc"), "-p", "tsconfig.legacy.json"], tmp),
    run(command, ["--version"], { cwd: tmp }),
    run(command, ["extract", "sentence.txt"], { cwd: tmp }),
    run(process.execPath, ["-e", 'require("kzdeals")'], { cwd: join(tmp, "cjs"), env: { ...process.env, KZDEALS_CODE_CACHE: "report" } }),
    node([bin("jest", "bin/jest.js"), "--config", "jest.config.json", "--ci", "--no-watchman", "--json"], join(tmp, "jest-cjs")),
  ]);
  await typescript;
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function report(r: Run | undefined): Report {
  expect(r).toBeDefined();
  expect(r!.stderr).toBe(""); // no ExperimentalWarning for require(esm), no error
  expect(r!.status).toBe(0);
  return JSON.parse(r!.stdout) as Report;
}
const EXPECTED = { money: [[171e6, "USD"]], language: "ru", matcherPasses: true };

describe("the packed tarball", () => {
  test("holds the built code, types, seeds and docs, and no tests, sources or source maps", () => {
    for (const f of ["package.json", "README.md", "dist/src/index.bundle.js", "dist/src/load-library.cjs", "dist/src/kzdeals.cjs", "dist/src/kzdeals.cjs.cache", "dist/src/jest.cjs", "dist/src/index.d.ts", "dist/src/jest.bundle.js", "dist/src/jest.d.ts",
      "dist/src/cli.bundle.js", "dist/src/bin.cjs", "dist/src/precompiled-patterns/date.ru.json", "dist/src/precompiled-patterns/date.kk.json",
      "dist/src/precompiled-patterns/date.en.json", "seeds/000_7c097ef5deff31d5.txt"]) {
      expect(files).toContain(f);
    }
    // the bundles and their shared chunks are the code; tsc's per-module output is not shipped
    expect(files.filter((f) => f.endsWith(".js") && !/^dist\/src\/([a-z]+\.bundle|chunk-[A-Z0-9]+)\.js$/.test(f))).toEqual([]);
    expect(files.some((f) => f.startsWith("dist/lexicons/") && f.endsWith(".d.ts"))).toBe(true);
    // Documents the package declares: shipped as soon as they exist in the repo.
    for (const f of ["LICENSE", "CHANGELOG.md"]) if (existsSync(join(REPO, f))) expect(files).toContain(f);
    if (existsSync(join(REPO, "docs"))) expect(files.some((f) => f.startsWith("docs/"))).toBe(true);
    const bloat = files.filter((f) => /^(test|src|patterns|lexicons|scripts|tmp|node_modules)\//.test(f) || f.endsWith(".map") || /^dist\/test\//.test(f));
    expect(bloat).toEqual([]);
  });
  test("npm pack and installs from git build dist/ through the prepare script", () => {
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"));
    expect(pkg.scripts.prepare).toBe("npm run build");
    expect(pkg.scripts.build).toMatch(/^tsc -p tsconfig\.build\.json/);
  });
});

describe("consumers of the installed package", () => {
  test("the command line: --version, and extract FILE", () => {
    const version = (JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string }).version;
    expect(out.binVersion).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
    expect(out.binExtract?.stderr).toBe("");
    const result = JSON.parse(out.binExtract!.stdout) as { mentions: { type: string; amount?: number; currency?: string }[] };
    expect(result.mentions.filter((m) => m.type === "money").map((m) => [m.amount, m.currency])).toEqual(EXPECTED.money);
  });
  test("the installed library loads with the code cache the build wrote", () => {
    expect(out.codeCache).toEqual({ status: 0, stdout: "", stderr: "kzdeals: code cache used\n" });
  });
  test("plain ESM: import", () => {
    expect(report(out.esm)).toEqual({ ...EXPECTED, moduleKind: "esm" });
  });
  test("plain CommonJS: require, without a warning", () => {
    expect(report(out.cjs)).toEqual({ ...EXPECTED, moduleKind: "cjs" });
  });
  test("TypeScript nodenext type-checks for ESM, CommonJS and the Jest test", () => {
    expect(out.tsc.stdout + out.tsc.stderr).toBe("");
    expect(out.tsc.status).toBe(0);
    // The CommonJS project really emitted require() calls, the ESM one imports.
    expect(readFileSync(join(tmp, "ts-cjs", "main.js"), "utf8")).toContain('require("kzdeals")');
    expect(readFileSync(join(tmp, "ts-esm", "main.js"), "utf8")).toContain('from "kzdeals"');
  });
  test("TypeScript with the legacy node10 resolution finds the types of kzdeals and kzdeals/jest", () => {
    expect(out.legacy.stdout + out.legacy.stderr).toBe("");
    expect(out.legacy.status).toBe(0);
  });
  test("TypeScript nodenext ESM runs", () => {
    expect(report(out.tsEsm)).toEqual({ ...EXPECTED, moduleKind: "esm" });
  });
  test("TypeScript nodenext CommonJS runs", () => {
    expect(report(out.tsCjs)).toEqual({ ...EXPECTED, moduleKind: "cjs" });
  });
  test("a Jest test with @jest/globals and kzdeals/jest passes, failure message included", () => {
    expect(out.jest).toBeDefined();
    const results = JSON.parse(out.jest!.stdout) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number };
    expect({ status: out.jest!.status, ...results }).toMatchObject({ status: 0, numPassedTests: 3, numFailedTests: 0, numTotalTestSuites: 1 });
  });
  test("a Jest test in a CommonJS project requires kzdeals and kzdeals/jest, without the ESM flag", () => {
    expect(out.jestCjs).toBeDefined();
    const results = JSON.parse(out.jestCjs!.stdout) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number };
    expect({ status: out.jestCjs!.status, ...results }).toMatchObject({ status: 0, numPassedTests: 2, numFailedTests: 0, numTotalTestSuites: 1 });
  });
});
