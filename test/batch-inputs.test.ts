/** `extract --jsonl [INPUT...]`: JSONL files, gzipped JSONL told by its bytes, folders of .txt files, stdin. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { jsonLines, run, SEEDS } from "./helpers/cli.js";

const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort().slice(0, 3);
const records = seedFiles.map((f) => JSON.stringify({ id: f, text: readFileSync(join(SEEDS, f), "utf8") })).join("\n") + "\n";
let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), "kzdeals-inputs-")); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a JSONL file, the same gzipped under any name, and two concatenated gzip members read as stdin does", () => {
  const fromStdin = run(["extract", "--jsonl", "--workers", "1"], records);
  expect(fromStdin.status).toBe(0);
  expect(jsonLines(fromStdin.stdout).map((l) => l.id)).toEqual(seedFiles);
  writeFileSync(join(dir, "plain.jsonl"), records);
  writeFileSync(join(dir, "packed.data"), gzipSync(records)); // no .gz in the name
  const half = records.indexOf("\n", records.length >> 1) + 1;
  writeFileSync(join(dir, "two.jsonl.gz"), Buffer.concat([gzipSync(records.slice(0, half)), gzipSync(records.slice(half))]));
  // Several inputs are read one after another.
  const files = run(["extract", "--jsonl", join(dir, "plain.jsonl"), join(dir, "packed.data"), join(dir, "two.jsonl.gz")]);
  expect(files.stdout).toBe(fromStdin.stdout.repeat(3));
  expect(run(["extract", "--jsonl", "--workers", "2", "-"], gzipSync(records)).stdout).toBe(fromStdin.stdout);
});

test("an error line from a named file names the file and its line", () => {
  writeFileSync(join(dir, "bad.jsonl"), `${JSON.stringify({ id: "a", text: "x" })}\n{oops\n`);
  const r = run(["extract", "--jsonl", join(dir, "bad.jsonl")]);
  expect(r.status).toBe(1);
  expect(jsonLines(r.stdout)[1]!.error).toBe(`${join(dir, "bad.jsonl")} line 2: not valid JSON (${jsonError("{oops")})`);
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  return "";
}

test("a corrupt gzip input and a missing input fail with their names", () => {
  writeFileSync(join(dir, "cut.gz"), gzipSync(records).subarray(0, 200));
  const cut = run(["extract", "--jsonl", join(dir, "cut.gz")]);
  expect(cut.status).toBe(1);
  expect(cut.stderr).toBe(`kzdeals: ${join(dir, "cut.gz")}: unexpected end of file\n`);
  const missing = run(["extract", "--jsonl", join(dir, "none.jsonl")]);
  expect(missing.status).toBe(1);
  expect(missing.stdout).toBe("");
  expect(missing.stderr).toBe(`kzdeals: ${join(dir, "none.jsonl")}: no such file or directory (ENOENT)\n`);
});

test("a folder: one line per .txt file, id = its path in the folder, in sorted order, same as the files one by one", () => {
  const folder = join(dir, "archive");
  mkdirSync(join(folder, "b", "deep"), { recursive: true });
  mkdirSync(join(folder, "a"), { recursive: true });
  const placed = { "b/deep/z.txt": seedFiles[0]!, "a/y.txt": seedFiles[1]!, "x.txt": seedFiles[2]!, "B.txt": seedFiles[0]! };
  for (const [path, seed] of Object.entries(placed)) writeFileSync(join(folder, path), readFileSync(join(SEEDS, seed)));
  writeFileSync(join(folder, "notes.md"), "not read");
  const r = run(["extract", "--jsonl", "--workers", "1", folder]);
  expect(r.status).toBe(0);
  const out = jsonLines(r.stdout);
  expect(out.map((l) => l.id)).toEqual(["B.txt", "a/y.txt", "b/deep/z.txt", "x.txt"]);
  const singles = run(["extract", ...out.map((l) => join(folder, l.id as string))]);
  const files = JSON.parse(singles.stdout) as { file: string }[];
  out.forEach((line, i) => {
    const { file, ...single } = files[i]!;
    expect(file).toBe(join(folder, line.id as string));
    expect(line).toEqual({ id: line.id, ...single });
  });
  expect(run(["extract", "--jsonl", "--workers", "2", folder]).stdout).toBe(r.stdout);
});
