/** The command line, run as a user runs it: the built dist/src/cli.js (npm ci builds it). */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLI = join(process.cwd(), "dist", "src", "cli.js");
const SEED = join(process.cwd(), "seeds", "000_7c097ef5deff31d5.txt");

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("kzdeals extract FILE", () => {
  test("one file prints one contract-shaped JSON result", () => {
    const r = run(["extract", SEED]);
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
    const out = JSON.parse(run(["extract", "--ref-date", "2024-01-02", "--lang", "ru", SEED]).stdout);
    expect(out.referenceDate).toBe("2024-01-02");
    expect(out.language).toEqual({ code: "ru", confidence: 1 });
    const bad = run(["extract", "--lang", "de", SEED]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/option "language"/);
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
    expect(run(["--help"]).stdout).toMatch(/kzdeals extract --jsonl/);
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
    expect(lines[4].error).toMatch(/referenceDate/);
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
      "document,date,kind,chinese_party,kazakh_party,other_parties,amount,currency,amount_millions,capacity,unit,region,sector,start,completion,jobs,evidence",
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
    const empty = mkdtempSync(join(tmpdir(), "kzdeals-"));
    writeFileSync(join(empty, "x.json"), "{}");
    const r = run(["eval", empty]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no gold files/);
  });
});
