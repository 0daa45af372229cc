/** The command line, run as a user runs it: the built dist/src/cli.bundle.js (npm ci builds it). */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadGold } from "../src/eval/gold.js";
import { run } from "./helpers/cli.js";

const SEED = join(process.cwd(), "seeds", "000_7c097ef5deff31d5.txt");
const OTHER = join(process.cwd(), "seeds", "003_a70f3a66ea427b18.txt");
const SEEDS_DIR = join(process.cwd(), "seeds");

/** A fresh folder under the system's temporary folder, removed when this file's tests end. */
const temps: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
afterAll(() => { for (const dir of temps) rmSync(dir, { recursive: true, force: true }); });

/**
 * `run`, spawned once per distinct command and input in this file: the output is deterministic, and the
 * tests below compare several commands against the same reference runs (each spawn of an extract costs
 * about half a second of CPU).
 */
const spawned = new Map<string, ReturnType<typeof run>>();
function runOnce(args: string[], input?: string): ReturnType<typeof run> {
  const key = JSON.stringify([args, input ?? null]);
  let r = spawned.get(key);
  if (r === undefined) spawned.set(key, (r = run(args, input)));
  return r;
}

describe("kzdeals extract FILE", () => {
  test("one file prints one contract-shaped JSON result", () => {
    const r = runOnce(["extract", SEED]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.language.code).toBe("kk");
    expect(out.referenceDate).toBe("2025-10-09");
    expect(Array.isArray(out.mentions)).toBe(true);
    expect(Array.isArray(out.deals)).toBe(true);
  });
  test("several files print an array with the file names", () => {
    const other = join(process.cwd(), "seeds", "003_a70f3a66ea427b18.txt");
    const out = JSON.parse(run(["extract", SEED, other]).stdout);
    expect(out.map((o: { file: string }) => o.file)).toEqual([SEED, other]);
    expect(out[1].language.code).toBe("ru");
    expect(out[1].referenceDate).toBe("2025-05");
  });
  test("--ref-date and --lang override, and a bad one is named", () => {
    const out = JSON.parse(runOnce(["extract", "--ref-date", "2024-01-02", "--lang", "ru", SEED]).stdout);
    expect(out.referenceDate).toBe("2024-01-02");
    expect(out.language).toEqual({ code: "ru", confidence: 1 });
    const bad = run(["extract", "--lang", "de", SEED]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^kzdeals: --lang must be one of kk, ru, en, auto, got "de"\n/);
  });
  test("a missing file is an error, not a crash", () => {
    const r = run(["extract", "/nonexistent/file.txt"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ENOENT|no such file/);
  });
  test("usage errors exit 2 with the usage text", () => {
    expect(run(["extract"]).status).toBe(2);
    expect(run(["extract", "--bogus", SEED]).stderr).toMatch(/unknown option --bogus/);
    expect(run(["frobnicate"]).stderr).toMatch(/unknown command "frobnicate"/);
  });
  test("--help and --version", () => {
    expect(runOnce(["--help"]).stdout).toMatch(/kzdeals extract --jsonl/);
    const pkg = JSON.parse(readFileSync(join(process.cwd(), "package.json"), "utf8"));
    expect(run(["--version"]).stdout.trim()).toBe(pkg.version);
  });
});

describe("kzdeals extract --jsonl", () => {
  test("one output line per input line, in order, errors on their own line, non-zero exit", () => {
    const input = [
      JSON.stringify({ id: "a", text: "Текст на русском языке о проекте", date: "2025-10-09" }),
      "{not json",
      JSON.stringify({ id: "c" }),
      JSON.stringify({ id: "d", text: "Жоба биыл іске қосылады деп күтілуде", lang: "kk" }),
      JSON.stringify({ id: "e", text: "x", date: "2025-13-01" }),
    ].join("\n");
    const r = run(["extract", "--jsonl"], input + "\n");
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", null, "c", "d", "e"]);
    expect(lines[0].referenceDate).toBe("2025-10-09");
    expect(lines[1].error).toMatch(/line 2: not valid JSON/);
    expect(lines[2].error).toMatch(/"text" must be a string/);
    expect(lines[3].language.code).toBe("kk");
    expect(lines[4].error).toMatch(/"date" must be an ISO date/);
    expect(r.stderr).toMatch(/3 of 5 line\(s\) failed/);
  });
  test("all good lines: exit 0; CRLF input is fine", () => {
    const input = JSON.stringify({ id: 1, text: "Hello world, this is a test" }) + "\r\n";
    const r = run(["extract", "--jsonl"], input);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe(1);
  });
  test("--format csv writes the header and RFC 4180 rows", () => {
    const r = run(["extract", "--format", "csv", SEED]);
    expect(r.status).toBe(0);
    expect(r.stdout.split("\r\n")[0]).toBe(
      "document,date,kind,chinese_party,kazakh_party,other_parties,amount,currency,amount_millions,amount_usd_millions,capacity,unit,region,sector,start,completion,jobs,evidence,status",
    );
  });
});

describe("kzdeals eval", () => {
  test("scores a folder of gold files and ends with a one-line summary", () => {
    const r = run(["eval", join(process.cwd(), "seeds")]);
    expect(r.status).toBe(0);
    const last = r.stdout.trim().split("\n").pop()!;
    expect(last).toMatch(/^summary: docs=5 money F1=\d\.\d\d capacity F1=\d\.\d\d date F1=\d\.\d\d organization F1=\d\.\d\d/);
  });
  test("--json gives the figures; a folder without gold files is a clear error", () => {
    const out = JSON.parse(run(["eval", join(process.cwd(), "seeds"), "--json"]).stdout);
    expect(out.summary.documents).toBe(5);
    const empty = tempDir("kzdeals-");
    writeFileSync(join(empty, "x.json"), "{}");
    const r = run(["eval", empty]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no gold files/);
  });
});

describe("a file that cannot be read does not lose the others", () => {
  const missing = join(tmpdir(), "kzdeals-no-such-file.txt");
  const dir = join(process.cwd(), "seeds");
  test("JSON: the others are printed, the bad one in place as { file, error }; exit 1", () => {
    const r = run(["extract", SEED, missing, dir, OTHER]);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.map((o: { file: string }) => o.file)).toEqual([SEED, missing, dir, OTHER]);
    expect(out[0]).toEqual({ file: SEED, ...JSON.parse(runOnce(["extract", SEED]).stdout) });
    expect(out[3]).toEqual({ file: OTHER, ...JSON.parse(runOnce(["extract", OTHER]).stdout) });
    expect(out[1]).toEqual({ file: missing, error: `${missing}: no such file or directory (ENOENT)` });
    expect(out[2]).toEqual({ file: dir, error: `${dir}: is a directory (EISDIR)` });
    expect(r.stderr).toBe(`kzdeals: ${missing}: no such file or directory (ENOENT)\nkzdeals: ${dir}: is a directory (EISDIR)\n`);
  });
  test("CSV: the others' rows, the error on stderr; exit 1", () => {
    const r = run(["extract", "--format", "csv", SEED, missing, OTHER]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(run(["extract", "--format", "csv", SEED, OTHER]).stdout);
    expect(r.stderr).toBe(`kzdeals: ${missing}: no such file or directory (ENOENT)\n`);
  });
});

describe("usage errors: exit 2, checked before any input is read", () => {
  test("a bad --lang or --ref-date names the flag and its values as --help shows them", () => {
    const help = runOnce(["--help"]).stdout;
    expect(help).toMatch(/--lang kk\|ru\|en\|auto/);
    expect(help).toMatch(/--ref-date YYYY-MM-DD/);
    const lang = run(["extract", "--jsonl", "--lang", "xx"], JSON.stringify({ id: 1, text: "x" }) + "\n");
    expect(lang.status).toBe(2);
    expect(lang.stdout).toBe("");
    // the message and a pointer to --help, not sixty lines of help that push it off a terminal
    expect(lang.stderr).toBe(`kzdeals: --lang must be one of kk, ru, en, auto, got "xx"\nRun 'kzdeals --help' for the commands and their options.\n`);
    const date = run(["extract", "--ref-date", "2025-02-30", "/nonexistent/file.txt"]);
    expect(date.status).toBe(2);
    expect(date.stderr).toMatch(/^kzdeals: --ref-date must be an ISO date YYYY-MM-DD, YYYY-MM or YYYY, got "2025-02-30"\n/);
    const format = run(["extract", "--format=xml", SEED]);
    expect(format.status).toBe(2);
    expect(format.stderr).toMatch(/^kzdeals: --format must be one of json, csv, html, got "xml"\n/);
  });
  test("--flag=value is --flag value; a switch takes no value", () => {
    expect(run(["extract", "--ref-date=2024-01-02", "--lang=ru", SEED]).stdout)
      .toBe(runOnce(["extract", "--ref-date", "2024-01-02", "--lang", "ru", SEED]).stdout);
    const r = run(["extract", "--pretty=yes", SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^kzdeals: --pretty takes no value\n/);
  });
  test("- is stdin as a FILE, and --help says so", () => {
    const text = readFileSync(SEED, "utf8");
    expect(run(["extract", "-"], text).stdout).toBe(runOnce(["extract", SEED]).stdout);
    expect(runOnce(["--help"]).stdout).toMatch(/FILE - reads stdin/);
  });
  test("every flag of the table is in --help", () => {
    const help = run(["extract", "--help"]).stdout;
    for (const flag of ["--jsonl", "--lang", "--ref-date", "--format", "--pretty", "--max-line-bytes N", "--docs DIR", "--json", "--verbose"]) {
      expect(help).toContain(flag);
    }
    expect(help).toMatch(/default 64M/);
  });
  test("eval usage errors exit 2 too", () => {
    expect(run(["eval"]).status).toBe(2);
    const r = run(["eval", "--bogus", "x"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^kzdeals: unknown option --bogus\n/);
  });
});

describe("eval names what is wrong in a gold file", () => {
  function goldDir(name: string, content: string): string {
    const dir = tempDir("kzdeals-gold-");
    mkdirSync(join(dir, "gold"));
    copyFileSync(SEED, join(dir, "gold", "000.txt"));
    writeFileSync(join(dir, "gold", name), content);
    return join(dir, "gold");
  }
  const gold = JSON.parse(readFileSync(join(process.cwd(), "seeds", "000_7c097ef5deff31d5.expected.json"), "utf8"));
  test("a file that is not JSON: its path and the JSON error", () => {
    const dir = goldDir("x.json", '{"file": "000.txt", "mentions": [}');
    const r = run(["eval", dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^kzdeals: eval: ${join(dir, "x.json")}: not valid JSON \\(.+\\)\\n$`));
  });
  test("gold of the wrong shape: the field's path", () => {
    const cases: [(g: any) => void, string][] = [
      [(g) => { g.mentions[0].amount = "134000000000"; }, 'mentions[0].amount must be a number, got "134000000000"'],
      [(g) => { g.mentions[1].unit = 5; }, "mentions[1].unit must be a string, got 5"],
      [(g) => { g.mentions[2].start = null; }, "mentions[2].start must be a number, got null"],
      [(g) => { g.mentions = {}; }, "mentions must be an array, got {}"],
      [(g) => { g.deals[0].parties[0].name = null; }, "deals[0].parties[0].name must be a string, got null"],
      [(g) => { delete g.deals[0].capacity; }, "deals[0].capacity must be an array, got undefined"],
      [(g) => { g.deals[0].amount = { amount: 1 }; }, "deals[0].amount.currency must be a string, got undefined"],
    ];
    cases.forEach(([spoil, message], i) => {
      const g = structuredClone(gold);
      g.file = "000.txt";
      spoil(g);
      const dir = goldDir("x.json", JSON.stringify(g));
      expect(() => loadGold(dir)).toThrow(`eval: ${join(dir, "x.json")}: ${message}`);
      if (i > 0) return; // the command line reports what loadGold throws; once is enough to show it
      const r = run(["eval", dir]);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`kzdeals: eval: ${join(dir, "x.json")}: ${message}\n`);
    });
  });
  test("well-formed gold in a folder of its own scores as before", () => {
    const dir = goldDir("x.json", JSON.stringify({ ...gold, file: "000.txt" }));
    const r = run(["eval", dir, "--json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary.documents).toBe(1);
  });
});

describe("kzdeals extract --rates FILE.csv", () => {
  const dir = tempDir("kzdeals-rates-");
  test("the file's rate prices the deal; the CSV gets amount_usd_millions", () => {
    const rates = join(dir, "nbk.csv");
    writeFileSync(rates, "currency,period,perUsd,source\nKZT,2025-10,540,NBK\n");
    const out = JSON.parse(run(["extract", `--rates=${rates}`, SEED]).stdout);
    expect(out.deals[0].amount).toEqual({ amount: 134e9, currency: "KZT", qualifier: "over" });
    expect(out.deals[0].amountUsd).toBe(248148148.15); // 134e9 / 540
    expect(out.deals[0].usdRate).toEqual({ currency: "KZT", perUsd: 540, period: "2025-10", source: "NBK", estimated: false });
    const csv = run(["extract", "--format", "csv", "--rates", rates, SEED]).stdout.split("\r\n");
    const header = csv[0]!.split(",");
    expect(csv[1]!.split(",")[header.indexOf("amount_usd_millions")]).toBe("248.1481");
  });
  test("a missing or malformed rates file is a usage error naming the flag and the file, before any input", () => {
    const missing = run(["extract", "--rates", join(dir, "none.csv"), SEED]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toMatch(/^kzdeals: --rates .*none\.csv: no such file or directory \(ENOENT\)/);
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "currency,period,perUsd\nKZT,2025-10,-1\n");
    const r = run(["extract", "--rates", bad, SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^kzdeals: --rates .*bad\.csv:2: needs "perUsd", a positive number/);
  });
});

describe("kzdeals merge", () => {
  const results = run(["extract", "--jsonl"], readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).sort()
    .map((f) => JSON.stringify({ id: f.slice(0, 3), text: readFileSync(join(SEEDS_DIR, f), "utf8") })).join("\n") + "\n").stdout;
  test("the seeds' results stay 13 projects, one source each, from a file or stdin", () => {
    const dir = tempDir("kzdeals-merge-");
    const file = join(dir, "results.jsonl");
    writeFileSync(file, results);
    const r = run(["merge", file]);
    expect(r.status).toBe(0);
    const records = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(records).toHaveLength(13);
    expect(records.every((p: { sources: unknown[] }) => p.sources.length === 1)).toBe(true);
    expect(records.find((p: { sources: { document: string }[]; amount: unknown }) => p.sources[0]!.document === "004" && p.amount)).toMatchObject({
      amount: { amount: 7.4e9, currency: "USD" }, amountUsd: 7.4e9, region: "Atyrau Region", sector: "petrochemicals",
    });
    expect(run(["merge"], results).stdout).toBe(r.stdout);
    expect(r.stderr).toBe("kzdeals: merge: 13 deal(s) from 5 document(s) in 13 project(s)\n");
  });
  test("--format csv writes the tracker columns", () => {
    const lines = run(["merge", "--format=csv"], results).stdout.split("\r\n");
    expect(lines[0]).toBe(
      "id,kind,parties,chinese_party,kazakh_party,amount,currency,amount_usd_millions,capacity,unit,region,sector,start,completion,jobs,sources,documents,conflicts",
    );
    expect(lines.filter((l) => l !== "")).toHaveLength(14);
  });
  test("an error line from extract is reported and skipped, exit 1; a missing FILE is named", () => {
    const r = run(["merge"], results + '{"id":"x","line":9,"error":"line 9: not valid JSON"}\n');
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split("\n")).toHaveLength(13);
    expect(r.stderr).toMatch(/kzdeals: merge: line 6: extract error \(line 9: not valid JSON\)/);
    const missing = run(["merge", join(tmpdir(), "kzdeals-none.jsonl")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/kzdeals-none\.jsonl: no such file or directory \(ENOENT\)/);
  });
});
