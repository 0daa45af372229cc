/**
 * Documents given as files (`extract FILE`, a folder of .txt files): UTF-8, or UTF-16 with a byte order mark (as
 * Windows editors save "Unicode" text); a file that is neither is read as UTF-8 and reported on stderr.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeTextFile } from "../src/text-file.js";
import { jsonLines, run } from "./helpers/cli.js";

const TEXT = "ТОО «Альфа» построит завод стоимостью 5 млрд тенге.";
const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]);
const utf16be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, "utf16le").swap16()]);
// "ТОО «Альфа»" in Windows-1251: not UTF-8
const cp1251 = Buffer.from([0xd2, 0xce, 0xce, 0x20, 0xab, 0xc0, 0xeb, 0xfc, 0xf4, 0xe0, 0xbb]);

test("decodeTextFile: UTF-8, UTF-16 by its byte order mark, and UTF-8 that is not valid", () => {
  expect(decodeTextFile(Buffer.from(TEXT))).toEqual({ text: TEXT, encoding: "utf-8", invalid: false });
  expect(decodeTextFile(utf16le)).toEqual({ text: "\uFEFF" + TEXT, encoding: "utf-16le", invalid: false });
  expect(decodeTextFile(utf16be)).toEqual({ text: "\uFEFF" + TEXT, encoding: "utf-16be", invalid: false });
  expect(decodeTextFile(cp1251).invalid).toBe(true);
  expect(decodeTextFile(cp1251).encoding).toBe("utf-8");
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kzdeals-text-files-"));
  mkdirSync(join(dir, "folder"));
  for (const [name, bytes] of [["utf8.txt", Buffer.from(TEXT)], ["utf16le.txt", utf16le], ["utf16be.txt", utf16be], ["cp1251.txt", cp1251]] as const) {
    writeFileSync(join(dir, name), bytes);
    writeFileSync(join(dir, "folder", name), bytes);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const summary = (result: Record<string, unknown>) =>
  (result.mentions as { type: string; text: string }[]).map((m) => [m.type, m.text]);

test("extract FILE: a UTF-16 file gives the mentions its UTF-8 twin gives; a file that is not UTF-8 is named on stderr", () => {
  const utf8 = run(["extract", "--lang", "ru", join(dir, "utf8.txt")]);
  expect(summary(JSON.parse(utf8.stdout))).toEqual([["organization", "ТОО «Альфа»"], ["money", "5 млрд тенге"]]);
  for (const name of ["utf16le.txt", "utf16be.txt"]) {
    const r = run(["extract", "--lang", "ru", join(dir, name)]);
    expect(r.stderr).toBe("");
    expect(summary(JSON.parse(r.stdout))).toEqual(summary(JSON.parse(utf8.stdout)));
  }
  const bad = run(["extract", join(dir, "cp1251.txt")]);
  expect(bad.status).toBe(0);
  expect(bad.stderr).toBe(`kzdeals: ${join(dir, "cp1251.txt")}: not valid UTF-8; read with replacement characters (kzdeals reads UTF-8, or UTF-16 that starts with a byte order mark)\n`);
});

test("a folder of .txt files: the same for each file, and the one that is not UTF-8 named on stderr", () => {
  const r = run(["extract", "--jsonl", "--quiet", "--lang", "ru", join(dir, "folder")]);
  expect(r.status).toBe(0);
  const lines = jsonLines(r.stdout);
  const alpha = [["organization", "ТОО «Альфа»"], ["money", "5 млрд тенге"]];
  expect(lines.map((l) => [l.id, summary(l)])).toEqual([["cp1251.txt", []], ["utf16be.txt", alpha], ["utf16le.txt", alpha], ["utf8.txt", alpha]]);
  expect(r.stderr).toContain(`kzdeals: ${join(dir, "folder", "cp1251.txt")}: not valid UTF-8`);
});
