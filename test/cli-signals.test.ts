/** The command line as a Unix filter: a reader that leaves early, and Ctrl-C while lines are in flight. */
import { exited, start } from "./helpers/cli.js";

/** Records whose output lines are long (the id is echoed) while extraction stays cheap. */
function records(count: number, idBytes: number): string {
  let s = "";
  for (let i = 0; i < count; i++) s += JSON.stringify({ id: `${i}:${"x".repeat(idBytes)}`, text: "Hello" }) + "\n";
  return s;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("a reader that closes early (… | head -1): quiet exit 0, no stack trace", async () => {
  const child = start(["extract", "--jsonl"]);
  const done = exited(child);
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
  child.stdin.on("error", () => { /* the child may stop reading before all input is written */ });
  child.stdin.end(records(2000, 1000));
  child.stdout.once("data", () => child.stdout.destroy());
  const { code, signal } = await done;
  expect(stderr).toBe("");
  expect(signal).toBeNull();
  expect(code).toBe(0);
});

test("Ctrl-C while a long line is half written: the line is finished, never cut; exit 130", async () => {
  const child = start(["extract", "--jsonl"]);
  const done = exited(child);
  child.stdin.on("error", () => { /* stdin stays open: the child stops reading it */ });
  child.stdin.write(records(40, 1 << 20)); // 40 lines of 1 MiB, stdin left open
  const chunks: Buffer[] = [];
  child.stdout.on("data", (d: Buffer) => chunks.push(d));
  await new Promise((resolve) => child.stdout.once("data", resolve));
  child.stdout.pause(); // the pipe fills; the child is left in the middle of a line
  await sleep(500);
  child.kill("SIGINT");
  await sleep(300);
  child.stdout.resume();
  const { code, signal } = await done;
  const out = Buffer.concat(chunks).toString("utf8");
  expect(out.length).toBeGreaterThan(0);
  expect(out.slice(-40)).toMatch(/"deals":\[\]\}\n$/);
  const lines = out.slice(0, -1).split("\n");
  lines.forEach((l, i) => expect((JSON.parse(l) as { id: string }).id.startsWith(`${i}:`)).toBe(true));
  expect(lines.length).toBeLessThan(40);
  expect(signal).toBeNull();
  expect(code).toBe(130);
}, 30000);
