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
import { lineText, readLines } from "./lines.js";
import type { WorkItem } from "./record.js";

/** A record's key: its id, or the line number when it has none. */
export function recordKey(id: unknown, line: number): string {
  return id === null || id === undefined ? `#${line}` : JSON.stringify(id);
}

/** The key of a work item, as its output line will carry it. */
export function itemKey(item: WorkItem): string {
  if ("tooLong" in item) return recordKey(null, item.number);
  if (!("text" in item) && !("bytes" in item)) return recordKey(item.id, item.number);
  try {
    const input = JSON.parse(lineText(item)) as unknown;
    const id = typeof input === "object" && input !== null && !Array.isArray(input) ? (input as { id?: unknown }).id : null;
    return recordKey(id, item.number);
  } catch {
    return recordKey(null, item.number);
  }
}

/**
 * What OUT holds, read as the run needs it. A run resumed on the input it was started on finds OUT's
 * records in input order, one output line per record: each record is matched against OUT's line at
 * the same place, so no key is held in memory (a Map of 3.75 million ids, 1 GB of input resumed,
 * peaked at 650 MB). From the first record that differs (another input, an id written twice, a
 * record without id), every line of OUT left is read into counts, and a record is skipped while OUT
 * holds its key more times than records with that key were skipped: the same multiset rule either
 * way, since the records matched in order are taken from both sides alike.
 */
export class Done {
  /** Complete lines of OUT read so far, and those of them that are error lines (all of them after `finish`). */
  lines = 0;
  failed = 0;
  private readonly keys: AsyncIterator<string | null>;
  /** OUT's keys read ahead, in order, from `at` on. */
  private ahead: (string | null)[] = [];
  private at = 0;
  private ended = false;
  /** After the first difference: how many times each key of the rest of OUT is there. */
  private rest: Map<string, number> | null = null;

  constructor(lines: AsyncIterable<string>) {
    this.keys = this.read(lines)[Symbol.asyncIterator]();
  }

  private async *read(lines: AsyncIterable<string>): AsyncGenerator<string | null> {
    for await (const text of lines) {
      this.lines++;
      const { key, error } = outputKey(text);
      if (error) this.failed++;
      yield key;
    }
  }

  /** Reads OUT's keys until `n` are ahead or OUT ends. */
  private async fill(n: number): Promise<void> {
    if (this.at > 4096) {
      this.ahead = this.ahead.slice(this.at);
      this.at = 0;
    }
    while (!this.ended && this.ahead.length - this.at < n) {
      const r = await this.keys.next();
      if (r.done) this.ended = true;
      else this.ahead.push(r.value);
    }
  }

  /** Whether all of OUT has been taken: the records left are all new. */
  get exhausted(): boolean {
    return this.ended && this.at === this.ahead.length && (this.rest === null || this.rest.size === 0);
  }

  /** For each key, in input order, whether OUT holds that record (then it is taken and skipped). */
  async take(keys: readonly string[]): Promise<boolean[]> {
    const held: boolean[] = [];
    if (this.rest === null) await this.fill(keys.length);
    for (const key of keys) {
      if (this.rest === null) {
        if (this.at < this.ahead.length && this.ahead[this.at] === key) {
          this.at++;
          held.push(true);
          continue;
        }
        if (this.at === this.ahead.length && this.ended) {
          held.push(false);
          continue;
        }
        await this.countRest();
      }
      const count = this.rest!.get(key);
      if (count === undefined) held.push(false);
      else {
        if (count > 1) this.rest!.set(key, count - 1);
        else this.rest!.delete(key);
        held.push(true);
      }
    }
    return held;
  }

  /** The keys of the rest of OUT, counted. */
  private async countRest(): Promise<void> {
    const rest = new Map<string, number>();
    const add = (key: string | null): void => {
      if (key !== null) rest.set(key, (rest.get(key) ?? 0) + 1);
    };
    for (let i = this.at; i < this.ahead.length; i++) add(this.ahead[i]!);
    this.ahead = [];
    this.at = 0;
    for (let r = await this.keys.next(); !r.done; r = await this.keys.next()) add(r.value);
    this.ended = true;
    this.rest = rest;
  }

  /** Reads what is left of OUT, so that `lines` and `failed` count all of it. */
  async finish(): Promise<void> {
    while (!(await this.keys.next()).done);
    this.ended = true;
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
 * OUT (a missing file is an empty one) after cutting it back to its last whole line, read as the
 * run needs it: only up to that size, so the lines this run appends are not read back. Lines that
 * are not JSON objects are counted but name no record.
 */
export function readDone(path: string): Done {
  if (!existsSync(path)) return new Done(noLines());
  const whole = wholeLinesSize(path);
  if (whole < statSync(path).size) truncateSync(path, whole);
  return new Done(nonBlank(whole === 0 ? noLines() : readLines(createReadStream(path, { end: whole - 1 }), buffer.MAX_STRING_LENGTH)));
}

async function* noLines(): AsyncGenerator<never> {
  // an empty OUT
}

async function* nonBlank(lines: AsyncIterable<{ text: string } | { tooLong: number }>): AsyncGenerator<string> {
  for await (const line of lines) if ("text" in line && line.text !== "") yield line.text;
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
