/** The progress line of `extract --jsonl`: its figures, and that it never reaches a pipeline uninvited. */
import { clock, progressLine } from "../src/batch/progress.js";
import { run } from "./helpers/cli.js";

test("documents, MB, MB/s, elapsed; percent and ETA only when the size is known", () => {
  expect(progressLine({ documents: 12345, bytes: 30e6, seconds: 3, total: 120e6 })).toBe("12,345 documents  30.0 MB  10.0 MB/s  0:03  25%  ETA 0:09");
  expect(progressLine({ documents: 7, bytes: 5e5, seconds: 0.5 })).toBe("7 documents  0.5 MB  1.0 MB/s  0:01");
  expect(progressLine({ documents: 0, bytes: 0, seconds: 0, total: 100 })).toBe("0 documents  0.0 MB  0.0 MB/s  0:00  0%");
  expect(progressLine({ documents: 9, bytes: 100, seconds: 2, total: 100 })).toBe("9 documents  0.0 MB  0.0 MB/s  0:02  100%");
  expect([clock(59.4), clock(61), clock(3599), clock(3600), clock(36061)]).toEqual(["0:59", "1:01", "59:59", "1:00:00", "10:01:01"]);
});

const input = Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: i, text: "Hello" })).join("\n") + "\n";

test("stderr is not a terminal: no progress, unless --progress; --quiet silences it", () => {
  const piped = run(["extract", "--jsonl", "--workers", "1"], input);
  expect(piped.stderr).toBe("");
  const forced = run(["extract", "--jsonl", "--workers", "1", "--progress"], input);
  expect(forced.stdout).toBe(piped.stdout);
  // Redrawn in place; the last figures stay on their line (the input size is known: a pipe has none).
  expect(forced.stderr).toMatch(/^(\r[^\r\n]*\x1b\[K)+\n$/);
  expect(forced.stderr).toMatch(/\r30 documents {2}0\.0 MB {2}\d+\.\d MB\/s {2}0:\d\d\x1b\[K\n$/);
  expect(run(["extract", "--jsonl", "--workers", "1", "--progress", "--quiet"], input).stderr).toBe("");
});
