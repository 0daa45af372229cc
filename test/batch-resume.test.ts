/** `extract --jsonl --resume OUT`: a killed run, resumed, leaves the file an uninterrupted run writes. */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exited, run, start } from "./helpers/cli.js";

/** Cheap records, with what resume must tell apart: a repeated id, numeric ids, bad lines without an id. */
function input(): string {
  const lines: string[] = [];
  for (let i = 0; i < 1500; i++) {
    lines.push(JSON.stringify({ id: `r${i}`, text: i % 10 === 0 ? "ТОО «Альфа» вложит 5 млрд тенге в завод в 2025 году." : `Hello ${i}` }));
    if (i % 97 === 0) lines.push("{broken", "");
    if (i % 89 === 0) lines.push(JSON.stringify({ id: "again", text: `repeated ${i}` }), JSON.stringify({ id: i, text: 7 }));
  }
  return lines.join("\n") + "\n";
}

let dir: string;
let inFile: string;
let reference: ReturnType<typeof run>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kzdeals-resume-"));
  inFile = join(dir, "in.jsonl");
  writeFileSync(inFile, input());
  reference = run(["extract", "--jsonl", "--workers", "1"], readFileSync(inFile));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("a run killed (SIGKILL) while writing, then resumed, gives the same file, count and status", async () => {
  expect(reference.status).toBe(1);
  const out = join(dir, "killed.jsonl");
  const text = input();
  // The first run reads stdin that stays open, so it is still running when it is killed.
  const child = start(["extract", "--jsonl", "--workers", "2", "--resume", out, "-"]);
  const done = exited(child);
  child.stdin.write(text.slice(0, text.indexOf("\n", text.length >> 1) + 1));
  while (!existsSync(out) || statSync(out).size < 20_000) await sleep(20);
  child.kill("SIGKILL");
  expect((await done).signal).toBe("SIGKILL");
  const before = readFileSync(out, "utf8");
  expect(before.length).toBeLessThan(reference.stdout.length);
  const resumed = run(["extract", "--jsonl", "--workers", "2", "--resume", out], text);
  expect(resumed.stdout).toBe("");
  expect(readFileSync(out, "utf8")).toBe(reference.stdout);
  expect(resumed.stderr).toBe(reference.stderr);
  expect(resumed.status).toBe(reference.status);
}, 60000);

test("a last line cut in the middle is dropped and written again; a finished file gets nothing more", () => {
  const out = join(dir, "cut.jsonl");
  const lines = reference.stdout.split("\n");
  const keep = lines.slice(0, 700).join("\n") + "\n";
  writeFileSync(out, keep + lines[700]!.slice(0, 25)); // a write cut by a power failure
  const resumed = run(["extract", "--jsonl", "--workers", "1", "--resume", out], readFileSync(inFile));
  expect(readFileSync(out, "utf8")).toBe(reference.stdout);
  expect(resumed.stderr).toBe(reference.stderr);
  const again = run(["extract", "--jsonl", "--resume", out], readFileSync(inFile));
  expect(readFileSync(out, "utf8")).toBe(reference.stdout);
  expect(again.stderr).toBe(reference.stderr);
  expect(again.status).toBe(reference.status);
});

test("--resume writes JSON lines only", () => {
  const r = run(["extract", "--jsonl", "--format", "csv", "--resume", join(dir, "x.jsonl")], "");
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^kzdeals: --resume writes JSON lines; it does not go with --format csv/);
});

test("an OUT that is not the input's prefix (every other line kept) gets exactly the records it lacks, by id", () => {
  // the first 300 lines match the input in order; after them every other line is missing, so the
  // reader leaves its in-order path and counts the rest of OUT's ids
  const out = join(dir, "holes.jsonl");
  const lines = reference.stdout.split("\n").filter((l) => l !== "");
  const kept = lines.filter((_, i) => i < 300 || i % 2 === 0);
  writeFileSync(out, kept.join("\n") + "\n");
  const resumed = run(["extract", "--jsonl", "--workers", "2", "--resume", out], readFileSync(inFile));
  const after = readFileSync(out, "utf8").split("\n").filter((l) => l !== "");
  expect(after.slice(0, kept.length)).toEqual(kept);
  // records without an id that were extracted cannot be told apart, and are done again: none here
  expect([...after].sort()).toEqual([...lines].sort());
  // which of the records with a repeated id count as done is the counting rule's (the first ones)
  const once = (l: string) => !l.startsWith('{"id":"again"');
  expect(after.slice(kept.length).filter(once)).toEqual(lines.filter((l, i) => i >= 300 && i % 2 === 1 && once(l)));
  expect(resumed.stderr).toBe(reference.stderr);
  expect(resumed.status).toBe(reference.status);
});
