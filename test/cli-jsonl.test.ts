/** `kzdeals extract --jsonl`: how input lines are split, bounded and reported. */
import { jsonLines, run } from "./helpers/cli.js";

const line = (o: object) => JSON.stringify(o);

describe("--jsonl splits lines on \\n only", () => {
  test("a lone \\r inside a record is JSON white space: one record, one output line", () => {
    const input = `{"id":"a",\r"text":"Hello world"}\n{"id":"b","text":\r"Second"}\n`;
    const r = run(["extract", "--jsonl"], input);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout).map((l) => [l.id, l.error])).toEqual([["a", undefined], ["b", undefined]]);
  });
  test("\\r\\n line ends and blank \\r\\n lines", () => {
    const input = [line({ id: 1, text: "One" }), "", "   ", line({ id: 2, text: "Two" }), ""].join("\r\n");
    const r = run(["extract", "--jsonl"], input);
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout).map((l) => l.id)).toEqual([1, 2]);
  });
  test("a UTF-8 byte order mark before the first line is not part of it", () => {
    const r = run(["extract", "--jsonl"], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(line({ id: "bom", text: "Hi" }) + "\n")]));
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)[0]!.id).toBe("bom");
  });
  test("the failure count is over non-blank lines; line numbers count every line", () => {
    const input = ["", line({ id: "a", text: "x" }), "", "{bad", "", "", line({ id: "c", text: "y" }), "\t", ""].join("\n");
    const r = run(["extract", "--jsonl"], input);
    expect(r.status).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out.map((l) => l.id)).toEqual(["a", null, "c"]);
    expect(out[1]!.line).toBe(4);
    expect(out[1]!.error).toMatch(/^line 4: not valid JSON/);
    expect(r.stderr).toBe("kzdeals: 1 of 3 line(s) failed\n");
  });
});

describe("--max-line-bytes", () => {
  test("a longer line gets its own error line and the run goes on", () => {
    const input = [
      line({ id: "a", text: "short" }),
      line({ id: "long", text: "z".repeat(300) }),
      line({ id: "c", text: "short too" }),
      line({ id: "last", text: "y".repeat(500) }), // no final newline
    ].join("\n");
    const r = run(["extract", "--jsonl", "--max-line-bytes", "100"], input);
    expect(r.status).toBe(1);
    const out = r.stdout.split("\n").filter(Boolean);
    expect(out).toHaveLength(4);
    expect(JSON.parse(out[0]!).id).toBe("a");
    expect(out[1]).toBe(`{"id":null,"line":2,"error":"line 2: longer than --max-line-bytes (${line({ id: "long", text: "z".repeat(300) }).length} bytes, limit 100)"}`);
    expect(JSON.parse(out[2]!).id).toBe("c");
    expect(JSON.parse(out[3]!).error).toMatch(/^line 4: longer than --max-line-bytes \(\d+ bytes, limit 100\)$/);
    expect(r.stderr).toBe("kzdeals: 2 of 4 line(s) failed\n");
  });
  test("the bound counts UTF-8 bytes without the line end; a line of exactly N bytes is read", () => {
    const exact = line({ id: "e", text: "" });
    const padded = line({ id: "e", text: "x".repeat(100 - exact.length) });
    expect(Buffer.byteLength(padded)).toBe(100);
    const cyrillic = line({ id: "k", text: "ж".repeat(45) }); // 90 bytes of letters: over 100 with the rest
    const r = run(["extract", "--jsonl", "--max-line-bytes=100"], `${padded}\r\n${cyrillic}\r\n`);
    const out = jsonLines(r.stdout);
    expect(out[0]!.id).toBe("e");
    expect(out[0]!.error).toBeUndefined();
    expect(out[1]!.error).toMatch(/^line 2: longer than --max-line-bytes \(\d+ bytes, limit 100\)$/);
  });
  test("suffixes K, M, G; a bad bound is a usage error before any input is read", () => {
    expect(run(["extract", "--jsonl", "--max-line-bytes", "1K"], line({ id: 1, text: "a".repeat(2000) })).stdout)
      .toMatch(/limit 1024\)/);
    expect(run(["extract", "--jsonl", "--max-line-bytes", "2M"], line({ id: 1, text: "a".repeat(2000) })).status).toBe(0);
    for (const bad of ["0", "abc", "-5", "1T", "99999G"]) {
      const r = run(["extract", "--jsonl", `--max-line-bytes=${bad}`], line({ id: 1, text: "x" }));
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^kzdeals: --max-line-bytes must be /);
    }
  });
});

describe("--jsonl error lines name the line and the id", () => {
  test("error lines carry id, line and a message that starts with both", () => {
    const input = [
      line({ id: "a1", text: "ok" }),
      line({ id: "a7" }),
      line({ id: 12, text: 5 }),
      "[1,2]",
    ].join("\n");
    const out = run(["extract", "--jsonl"], input).stdout.split("\n");
    expect(out[1]).toBe(`{"id":"a7","line":2,"error":"line 2 (id a7): \\"text\\" must be a string"}`);
    expect(out[2]).toBe(`{"id":12,"line":3,"error":"line 3 (id 12): \\"text\\" must be a string"}`);
    expect(out[3]).toBe(`{"id":null,"line":4,"error":"line 4: expected a JSON object"}`);
  });
  test("per-line date and lang are checked with the flags' own words", () => {
    const input = [
      line({ id: "d", text: "x", date: "2025-02-30" }),
      line({ id: "l", text: "x", lang: "xx" }),
      line({ id: "n", text: "x", date: 2025 }),
      line({ id: "ok", text: "x", date: "2025-02", lang: "auto" }),
    ].join("\n");
    const r = run(["extract", "--jsonl"], input);
    const out = jsonLines(r.stdout);
    expect(out[0]!.error).toBe('line 1 (id d): "date" must be an ISO date YYYY-MM-DD, YYYY-MM or YYYY, got "2025-02-30"');
    expect(out[1]!.error).toBe('line 2 (id l): "lang" must be one of kk, ru, en, auto, got "xx"');
    expect(out[2]!.error).toBe('line 3 (id n): "date" must be an ISO date YYYY-MM-DD, YYYY-MM or YYYY, got 2025');
    expect(out[3]!.referenceDate).toBe("2025-02");
    const tail = (s: string) => s.slice(s.indexOf(" must be "));
    const flagDate = run(["extract", "--jsonl", "--ref-date", "2025-02-30"], "").stderr.split("\n")[0]!;
    const flagLang = run(["extract", "--jsonl", "--lang", "xx"], "").stderr.split("\n")[0]!;
    expect(tail(flagDate)).toBe(tail(out[0]!.error as string));
    expect(tail(flagLang)).toBe(tail(out[1]!.error as string));
  });
});
