/**
 * --resume OUT.jsonl: what an earlier run of the same input already wrote to OUT, so that the run
 * skips those records and appends the rest. A last line cut by a kill is dropped from the file
 * first. Records are known by their id, counted (an id given twice in the input is skipped as many
 * times as OUT holds it); a line without an id (bad JSON, a line over the bound) by its line
 * number, as its error line gives it. A record with no id that was extracted cannot be told and
 * is done again.
 */
import { createReadStream, existsSync, openSync, readSync, closeSync, statSync, truncateSync } from "node:fs";
import { constants as buffer } from "node:buffer";
import { readLines } from "./lines.js";
import type { WorkItem } from "./record.js";

export interface Done {
  /** How many times each record key is in OUT. */
  keys: Map<string, number>;
  /** Complete lines in OUT, and those of them that are error lines. */
  lines: number;
  failed: number;
}

/** A record's key: its id, or the line number when it has none. */
export function recordKey(id: unknown, line: number): string {
  return id === null || id === undefined ? `#${line}` : JSON.stringify(id);
}

/** The key of a work item, as its output line will carry it. */
export function itemKey(item: WorkItem): string {
  if ("tooLong" in item) return recordKey(null, item.number);
  if (!("text" in item)) return recordKey(item.id, item.number);
  try {
    const input = JSON.parse(item.text) as unknown;
    const id = typeof input === "object" && input !== null && !Array.isArray(input) ? (input as { id?: unknown }).id : null;
    return recordKey(id, item.number);
  } catch {
    return recordKey(null, item.number);
  }
}

/** The size of `path` up to and with its last "\n" (0 when it has none). */
function wholeLinesSize(path: string): number {
  const size = statSync(path).size;
  const fd = openSync(path, "r");
  try {
    const block = Buffer.alloc(64 * 1024);
    for (let end = size; end > 0; end -= block.length) {
      const start = Math.max(0, end - block.length);
      const read = readSync(fd, block, 0, end - start, start);
      const newline = block.subarray(0, read).lastIndexOf(0x0a);
      if (newline >= 0) return start + newline + 1;
    }
    return 0;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads OUT (a missing file is an empty one) after cutting it back to its last whole line.
 * Lines that are not JSON objects are counted but name no record.
 */
export async function readDone(path: string): Promise<Done> {
  const done: Done = { keys: new Map(), lines: 0, failed: 0 };
  if (!existsSync(path)) return done;
  const whole = wholeLinesSize(path);
  if (whole < statSync(path).size) truncateSync(path, whole);
  for await (const line of readLines(createReadStream(path), buffer.MAX_STRING_LENGTH)) {
    if (!("text" in line) || line.text === "") continue;
    done.lines++;
    const { key, error } = outputKey(line.text);
    if (error) done.failed++;
    if (key !== null) done.keys.set(key, (done.keys.get(key) ?? 0) + 1);
  }
  return done;
}

const HEAD = '{"id":';
const SIMPLE_ID = /^(?:"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|null)(?=,)/;

/**
 * The key and kind of an output line. Output lines start with the id, so a result line's id is read
 * without parsing the whole result (lines of many kB each); other lines are parsed.
 */
function outputKey(text: string): { key: string | null; error: boolean } {
  if (text.startsWith(HEAD)) {
    const m = SIMPLE_ID.exec(text.slice(HEAD.length, HEAD.length + 4096));
    if (m !== null) {
      const rest = text.slice(HEAD.length + m[0].length, HEAD.length + m[0].length + 10);
      if (!rest.startsWith(',"line":') && !rest.startsWith(',"error":')) {
        const id = JSON.parse(m[0]) as unknown;
        return { key: id === null ? null : recordKey(id, 0), error: false };
      }
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { key: null, error: false };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { key: null, error: false };
  const { id, line, error } = parsed as { id?: unknown; line?: unknown; error?: unknown };
  const isError = error !== undefined;
  if (id !== null && id !== undefined) return { key: recordKey(id, 0), error: isError };
  return { key: isError && typeof line === "number" ? recordKey(null, line) : null, error: isError };
}
