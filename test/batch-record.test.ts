/** processItems: a batch of work items extracted together gives processItem's outcomes, item by item. */
import { extract, extractBatch } from "../src/extract.js";
import { lineEnd, packOutput, processItem, processItems, type ExtractBatch, type Outcome, type RecordSettings, type WorkItem } from "../src/batch/record.js";

const settings: RecordSettings = { format: "json", options: {}, maxLineBytes: 1000 };
const line = (number: number, value: unknown): WorkItem => ({ number, text: typeof value === "string" ? value : JSON.stringify(value) });
const items: WorkItem[] = [
  line(1, { id: "a", text: "В 2025 году ТОО «Альфа» вложит 5 млрд тенге в завод." }),
  line(2, "{broken"),
  line(3, { id: "c", text: 7 }),
  { number: 4, tooLong: 5000 },
  line(5, { id: "e", text: "China Power will build a 1 GW plant for $500 million.", lang: "en" }),
  { number: 6, id: "f.txt", record: { id: "f.txt", text: "2025 жылы 150 млрд теңге." } },
  { number: 7, id: "g.txt", unreadable: "g.txt: permission denied" },
  // long enough that the records are extracted in several groups
  ...[8, 9, 10].map((n) => line(n, { id: `long${n}`, text: "В 2025 году ТОО «Альфа» вложит 5 млрд тенге в завод. ".repeat(40 + n) })),
  line(11, { id: "k", text: "Бүгін акимат меморандумға қол қойды.", date: "2024-03-01" }),
];

test("the outcomes are processItem's, in order", () => {
  expect(processItems(items, settings, extract, extractBatch, "in.jsonl")).toEqual(items.map((i) => processItem(i, settings, extract, "in.jsonl")));
});

test("when the batch cannot be extracted, each item is done on its own: only the failing one is an error", () => {
  const failing = (text: string) => {
    if (text.includes("China")) throw new Error("boom");
    return extract(text);
  };
  const batch: ExtractBatch = () => { throw new Error("boom"); };
  const outcomes = processItems(items, settings, failing, batch);
  expect(outcomes[4]).toEqual({ id: "e", line: 5, error: "line 5 (id e): boom" });
  expect(outcomes[0]).toEqual(processItem(items[0]!, settings, extract));
  expect(outcomes[5]).toEqual(processItem(items[5]!, settings, extract));
});

test("a worker's lines packed as bytes: each non-empty line with its line end, every record counted; none for an error or a result object", () => {
  const lines: Outcome[] = [{ out: "{\"id\":\"a\"}" }, { out: "" }, { out: "б,€" }];
  const json = packOutput(lines, "\n")!;
  expect(json.count).toBe(3);
  expect(Buffer.from(json.bytes).toString("utf8")).toBe("{\"id\":\"a\"}\nб,€\n");
  // a buffer of its own, so that it can move to the main thread
  expect(json.bytes.byteOffset).toBe(0);
  expect(json.bytes.buffer.byteLength).toBe(json.bytes.byteLength);
  expect(Buffer.from(packOutput(lines, "\r\n")!.bytes).toString("utf8")).toBe("{\"id\":\"a\"}\r\nб,€\r\n");
  expect(packOutput([{ out: "" }], "\n")).toEqual({ bytes: new Uint8Array(0), count: 1 });
  expect(packOutput([...lines, { id: "x", line: 4, error: "line 4 (id x): boom" }], "\n")).toBeNull();
  expect(packOutput([{ value: { id: "v", language: { code: "ru", confidence: 1 }, referenceDate: null, mentions: [], unresolved: [], deals: [] } }], "\n")).toBeNull();
});

test("an output line ends in CRLF after a CSV row and in LF after a JSON line, in the main thread and in a worker alike", () => {
  expect(lineEnd("csv")).toBe("\r\n");
  expect(lineEnd("json")).toBe("\n");
});
