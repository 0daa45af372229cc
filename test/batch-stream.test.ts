/** extractStream() and extractTransform(): the batch rules of the command line for a program. */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { extract, extractStream, extractTransform, type StreamRecord, type StreamResult } from "../src/index.js";
import { SEEDS } from "./helpers/cli.js";

const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort().slice(0, 3);
const records: StreamRecord[] = [
  ...seeds.map((f, i) => ({ id: f, text: readFileSync(join(SEEDS, f), "utf8"), ...(i === 1 ? { lang: "ru" as const } : {}) })),
  { id: "no-text", text: 5 as unknown as string },
  { id: 9, text: "Сегодня подписано соглашение.", date: "2025-02-30" },
  { id: "dated", text: "Сегодня подписано соглашение.", date: "2025-03-04" },
];

async function all(results: AsyncIterable<StreamResult>): Promise<StreamResult[]> {
  const out: StreamResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

test("results in input order with their ids; a bad record gets an error in its place, as on the command line", async () => {
  const out = await all(extractStream(records));
  expect(out.map((r) => r.id)).toEqual([...seeds, "no-text", 9, "dated"]);
  expect(out[0]).toEqual({ id: seeds[0], ...extract(records[0]!.text) });
  expect(out[1]).toEqual({ id: seeds[1], ...extract(records[1]!.text, { language: "ru" }) });
  expect(out[3]).toEqual({ id: "no-text", error: 'record 4 (id no-text): "text" must be a string' });
  expect(out[4]).toEqual({ id: 9, error: 'record 5 (id 9): "date" must be an ISO date YYYY-MM-DD, YYYY-MM or YYYY, got "2025-02-30"' });
  expect((out[5] as { referenceDate: string }).referenceDate).toBe("2025-03-04");
  // The options win over a record's own date and language, as the flags do.
  const forced = await all(extractStream(records.slice(5), { referenceDate: "2024-01-02" }));
  expect((forced[0] as { referenceDate: string }).referenceDate).toBe("2024-01-02");
});

test("an endless source: results come as they are pulled, and leaving early ends it", async () => {
  let pulled = 0;
  function* endless(): Generator<StreamRecord> {
    for (;;) yield { id: pulled++, text: "Hello" };
  }
  const ids: unknown[] = [];
  for await (const r of extractStream(endless())) {
    ids.push(r.id);
    if (ids.length === 3) break;
  }
  expect(ids).toEqual([0, 1, 2]);
});

test("as a Node stream in object mode", async () => {
  const out: StreamResult[] = [];
  await pipeline(Readable.from(records), extractTransform(), async (results: AsyncIterable<StreamResult>) => {
    for await (const r of results) out.push(r);
  });
  expect(out).toEqual(await all(extractStream(records)));
});

test("with worker threads: the same results (the built package, where the worker file is)", () => {
  const script =
    `import("./dist/src/index.js").then(async ({ extractStream }) => { const out = []; ` +
    `for await (const r of extractStream(JSON.parse(process.argv[1]), { workers: 2 })) out.push(r); ` +
    `process.stdout.write(JSON.stringify(out)); })`;
  const viaWorkers = execFileSync(process.execPath, ["-e", script, JSON.stringify(records)], { encoding: "utf8" });
  return all(extractStream(records)).then((inThread) => expect(JSON.parse(viaWorkers)).toEqual(JSON.parse(JSON.stringify(inThread))));
});
