/** readLines: the same lines wherever the input's chunks happen to break. */
import { lineText, readLineBatches, readLines, type InputLine } from "../src/batch/lines.js";

async function lines(chunks: Buffer[], max: number): Promise<InputLine[]> {
  async function* source() { yield* chunks; }
  const out: InputLine[] = [];
  for await (const line of readLines(source(), max)) out.push(line);
  return out;
}

/** Every way of cutting `bytes` in two, plus one byte per chunk. */
function cuttings(bytes: Buffer): Buffer[][] {
  const ways: Buffer[][] = [];
  for (let i = 0; i <= bytes.length; i++) ways.push([bytes.subarray(0, i), bytes.subarray(i)]);
  ways.push([...bytes].map((b) => Buffer.from([b])));
  return ways;
}

test("lines split on \\n alone, \\r\\n ends dropped, a lone \\r kept, BOM stripped, UTF-8 whole", async () => {
  const input = Buffer.from("\uFEFFаб\r\nx\ry\n\n€€€\r\nlast");
  for (const chunks of cuttings(input)) {
    expect(await lines(chunks, 100)).toEqual([
      { number: 1, text: "аб" },
      { number: 2, text: "x\ry" },
      { number: 3, text: "" },
      { number: 4, text: "€€€" },
      { number: 5, text: "last" },
    ]);
  }
});

test("a line over the bound is reported by its byte length, whatever the chunks; the next line is read", async () => {
  const input = Buffer.from("12345\r\n123456\nабв\r\n12\n"); // "абв" is 6 bytes
  for (const chunks of cuttings(input)) {
    expect(await lines(chunks, 5)).toEqual([
      { number: 1, text: "12345" },
      { number: 2, tooLong: 6 },
      { number: 3, tooLong: 6 },
      { number: 4, text: "12" },
    ]);
  }
});

test("only a first-line BOM is stripped; a final \\n adds no empty line", async () => {
  const bom = "\uFEFF";
  expect(await lines([Buffer.from(`a\n${bom}b\n`)], 10)).toEqual([{ number: 1, text: "a" }, { number: 2, text: `${bom}b` }]);
  expect(await lines([], 10)).toEqual([]);
});

test("lines read as bytes for the workers are the same lines, whatever the chunks (a line within one read is a view of it)", async () => {
  const input = Buffer.from("\uFEFFаб\r\nx\ry\n\n€€€\r\nlast");
  for (const chunks of cuttings(input)) {
    async function* source() { yield* chunks; }
    const read: InputLine[] = [];
    for await (const batch of readLineBatches(source(), 100, true)) read.push(...batch);
    expect(read.map((l) => ("bytes" in l ? [l.number, lineText(l)] : l))).toEqual([[1, "аб"], [2, "x\ry"], [3, ""], [4, "€€€"], [5, "last"]]);
  }
});
