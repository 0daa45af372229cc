/** `extract --jsonl --workers N`: the same bytes as one worker, in input order, with a bounded queue. */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CLI, exited, run, SEEDS, start } from "./helpers/cli.js";

const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(SEEDS, f), "utf8"));

/** Seed articles cut into pieces of varied length, with the lines that become errors among them. */
function mixedInput(): string {
  const lines: string[] = [];
  for (let i = 0; i < 60; i++) {
    const seed = seeds[i % seeds.length]!;
    const from = (i * 211) % seed.length;
    lines.push(JSON.stringify({ id: `d${i}`, text: seed.slice(from, from + 50 + ((i * 977) % 1500)), ...(i % 7 === 0 ? { lang: "ru" } : {}) }));
    // Cheap filler, so that the input spans several 64 KB reads, hence several batches and workers.
    for (let j = 0; j < 8; j++) lines.push(JSON.stringify({ id: `f${i}.${j}`, text: `Hello${" word".repeat(100 + j)}` }));
    if (i % 19 === 0) lines.push("{not json", "", "   ");
    if (i % 23 === 0) lines.push(JSON.stringify({ id: `long${i}`, text: "x".repeat(5000) }));
    if (i % 29 === 0) lines.push(JSON.stringify({ id: i, text: 5 }), JSON.stringify({ id: `d${i}`, text: "the same id again" }));
  }
  return lines.map((l, i) => l + (i % 3 === 0 ? "\r\n" : "\n")).join("");
}

/** One worker's run over mixedInput(), spawned once for the tests that compare with it. */
let oneWorker: ReturnType<typeof run> | undefined;
function oneWorkerRun(input: string): ReturnType<typeof run> {
  return (oneWorker ??= run(["extract", "--jsonl", "--workers", "1", "--max-line-bytes", "4K"], input));
}

/** For the programs below: a batch's first output line, from the pool's JSON lines (bytes, see packOutput) or outcomes. */
const FIRST_LINE = "const firstLine = (o) => Array.isArray(o) ? o[0].out : new TextDecoder().decode(o.bytes).split(\"\\n\")[0];";

test("2 and 3 workers write byte for byte what 1 worker writes: results, error lines, count, status", () => {
  const input = mixedInput();
  const one = oneWorkerRun(input);
  expect(one.status).toBe(1);
  expect(one.stdout.split("\n").length).toBeGreaterThan(500);
  expect(input.length).toBeGreaterThan(4 * 65536);
  expect(one.stderr).toMatch(/^kzdeals: \d+ of \d+ line\(s\) failed\n$/);
  for (const workers of ["2", "3"]) {
    const many = run(["extract", "--jsonl", "--workers", workers, "--max-line-bytes", "4K"], input);
    expect(many.stdout).toBe(one.stdout);
    expect(many.stderr).toBe(one.stderr);
    expect(many.status).toBe(one.status);
  }
});

test("CSV output too: the same bytes with 2 workers", () => {
  const input = mixedInput();
  const one = run(["extract", "--jsonl", "--format", "csv", "--workers", "1"], input);
  const two = run(["extract", "--jsonl", "--format", "csv", "--workers", "2"], input);
  expect(one.stdout.split("\r\n").length).toBeGreaterThan(10);
  expect(two.stdout).toBe(one.stdout);
  expect(two.stderr).toBe(one.stderr);
});

test("--workers takes a whole number from 1; it goes with --jsonl", () => {
  for (const bad of ["0", "-1", "two", "1.5"]) {
    const r = run(["extract", "--jsonl", `--workers=${bad}`], "");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^kzdeals: --workers must be a whole number from 1 to 256, got/);
  }
  expect(run(["extract", "--workers", "2", "x.txt"]).stderr).toMatch(/^kzdeals: --workers goes with --jsonl/);
});

test("a line typed at a terminal gets its result before the next line is typed (2 workers)", async () => {
  const child = start(["extract", "--jsonl", "--workers", "2"]);
  const done = exited(child);
  let out = "";
  const nextLine = () => new Promise<string>((resolve) => {
    const look = () => {
      const newline = out.indexOf("\n");
      if (newline < 0) return void child.stdout.once("data", (d: Buffer) => { out += d.toString(); look(); });
      const line = out.slice(0, newline);
      out = out.slice(newline + 1);
      resolve(line);
    };
    look();
  });
  for (let i = 0; i < 3; i++) {
    child.stdin.write(JSON.stringify({ id: `t${i}`, text: "Hello" }) + "\n");
    expect(JSON.parse(await nextLine()).id).toBe(`t${i}`);
  }
  child.stdin.end();
  expect((await done).code).toBe(0);
});

test("a reader that stops reading stops the reading of the input: the queue does not grow", async () => {
  const child = start(["extract", "--jsonl", "--workers", "2"]);
  const done = exited(child);
  // 20 MB of cheap records whose output lines are long (the id is echoed): the output pipe fills at once.
  const total = 20_000;
  const record = (i: number) => JSON.stringify({ id: `${i}:${"x".repeat(1000)}`, text: "Hello" }) + "\n";
  let written = 0;
  let bytes = 0;
  const feed = () => {
    while (written < total) {
      const line = record(written++);
      bytes += line.length;
      if (!child.stdin.write(line)) return void child.stdin.once("drain", feed);
    }
    child.stdin.end();
  };
  child.stdout.pause();
  const stalled = new Promise<void>((resolve) => {
    // Resolves once the child has taken no input for two looks in a row (or all of it).
    let last = -1;
    const look = () => {
      if (bytes === last || written === total) return resolve();
      last = bytes;
      setTimeout(look, 700);
    };
    setTimeout(look, 700);
  });
  feed();
  await stalled;
  // Taken so far: the pipes' buffers and a few batches in flight, not the 20 MB.
  if (bytes >= 8_000_000) child.kill();
  expect(bytes).toBeLessThan(8_000_000);
  let lines = 0;
  let rest = "";
  child.stdout.on("data", (d: Buffer) => {
    const text = rest + d.toString();
    const parts = text.split("\n");
    rest = parts.pop()!;
    for (const p of parts) expect(p.startsWith(`{"id":"${lines++}:`)).toBe(true);
  });
  child.stdout.resume();
  expect((await done).code).toBe(0);
  expect(lines).toBe(total);
}, 60000);

test("node's own flags on the command line (V8's, which a worker may not be given) do not stop the workers", () => {
  // `node --max-old-space-size=… kzdeals extract --jsonl` is how a big batch is run: Node rejects an explicit
  // worker execArgv that holds a V8 option (ERR_WORKER_INVALID_EXEC_ARGV), and every line was lost
  // (V8's options with Node's own in one run: each kind alone takes the same path in the pool, and a spawn of two
  // workers costs ~2 s of CPU here)
  const input = mixedInput();
  const one = oneWorkerRun(input);
  const flags = ["--max-old-space-size=512", "--stack-size=900", "--expose-gc", "--no-warnings"];
  const r = spawnSync(process.execPath, [...flags, CLI, "extract", "--jsonl", "--workers", "2", "--max-line-bytes", "4K"], { input, encoding: "utf8", maxBuffer: 1 << 28 });
  expect(r.stderr).toBe(one.stderr);
  expect(r.status).toBe(one.status);
  expect(r.stdout).toBe(one.stdout);
});

test("a program run with --input-type and a V8 flag gets its batches done by workers", () => {
  // --input-type must not reach a worker (Node then refuses its script file), and the list without it still holds
  // the V8 flag, which an explicit execArgv may not: the pool falls back to giving the worker no options of the parent's
  const script = `
    const { WorkerPool } = await import(${JSON.stringify(join(process.cwd(), "dist", "src", "batch", "pool.js"))});
    ${FIRST_LINE}
    const pool = new WorkerPool(2, { format: "json", options: {}, maxLineBytes: 1 << 20 });
    const batch = (n) => ({ items: [{ number: n, id: "d" + n, record: { id: "d" + n, text: "ТОО «Альфа» построит завод за " + n + " млрд тенге." } }] });
    const outcomes = await Promise.all([1, 2, 3].map((n) => pool.run(batch(n))));
    console.log(JSON.stringify(outcomes.map((o) => JSON.parse(firstLine(o)).deals[0].amount.amount)));
    await pool.close();
  `;
  const r = spawnSync(process.execPath, ["--max-old-space-size=512", "--input-type=module", "-e", script], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(JSON.parse(r.stdout)).toEqual([1e9, 2e9, 3e9]);
});

test("a pool starts its workers as work comes: one for a lone batch, a second only when the first is busy", () => {
  // each worker loads the library and warms up on its own (about half a second of CPU): a short input
  // should pay that once, not once per core
  const script = `
    const { WorkerPool } = await import(${JSON.stringify(join(process.cwd(), "dist", "src", "batch", "pool.js"))});
    ${FIRST_LINE}
    const pool = new WorkerPool(2, { format: "json", options: {}, maxLineBytes: 1 << 20 });
    const batch = (n) => ({ items: [{ number: n, id: "d" + n, record: { id: "d" + n, text: "ТОО «Альфа» построит завод за 5 млрд тенге." } }] });
    const first = await pool.run(batch(1));
    const afterOne = pool.started;
    const more = await Promise.all([pool.run(batch(2)), pool.run(batch(3)), pool.run(batch(4))]);
    console.log(JSON.stringify({ afterOne, afterFour: pool.started, ids: [first, ...more].map((o) => JSON.parse(firstLine(o)).id) }));
    await pool.close();
  `;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(JSON.parse(r.stdout)).toEqual({ afterOne: 1, afterFour: 2, ids: ["d1", "d2", "d3", "d4"] });
});

test("a worker that runs out of its capped heap has its batches run again without the cap: same output, nothing lost", () => {
  // a cap of 16 MB is less than a worker needs to load the library and read a document dense with mentions (it dies
  // of it with a document of one sentence too: the document is kept small, 9 KB)
  const script = `
    const { WorkerPool } = await import(${JSON.stringify(join(process.cwd(), "dist", "src", "batch", "pool.js"))});
    ${FIRST_LINE}
    const settings = { format: "json", options: { language: "ru" }, maxLineBytes: 1 << 20 };
    const text = (n) => ("ТОО «Альфа» построит завод за " + n + " млрд тенге. ").repeat(200);
    const batch = (n) => ({ items: [{ number: n, id: "d" + n, record: { id: "d" + n, text: text(n) } }] });
    const outputs = async (pool) => {
      const outcomes = await Promise.all([1, 2, 3, 4].map((n) => pool.run(batch(n))));
      await pool.close();
      return { cap: pool.heapCap, lines: outcomes.map(firstLine) };
    };
    const defaultCap = new WorkerPool(2, settings).heapCap;
    console.log(JSON.stringify({ defaultCap, capped: await outputs(new WorkerPool(2, settings, 16)), uncapped: await outputs(new WorkerPool(2, settings, null)) }));
  `;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", maxBuffer: 1 << 26 });
  expect(r.stderr).toBe("");
  const { defaultCap, capped, uncapped } = JSON.parse(r.stdout);
  expect(defaultCap).toBe(128);
  expect(capped.cap).toBe(null); // lifted: a worker did run out of the 16 MB
  const money = (line: string) => (JSON.parse(line) as { id: string; mentions: { type: string; amount: number }[] });
  expect(uncapped.lines.map((l: string) => { const r = money(l); return [r.id, r.mentions.filter((m) => m.type === "money").length, r.mentions[1]!.amount]; }))
    .toEqual([["d1", 200, 1e9], ["d2", 200, 2e9], ["d3", 200, 3e9], ["d4", 200, 4e9]]);
  expect(capped.lines).toEqual(uncapped.lines);
});
