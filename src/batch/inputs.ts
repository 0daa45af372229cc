/**
 * Where `extract --jsonl` reads its records: stdin or JSONL files, gzipped or not (told by their
 * first bytes, not by their name), and folders of .txt files (one document per file, its id the
 * path relative to the folder, in sorted order). Every input becomes batches of work items, with
 * the bytes read reported as they go (for the progress line).
 */
import { createReadStream, fstatSync, readdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { decodeTextFile, invalidUtf8Warning } from "../text-file.js";
import { join, sep } from "node:path";
import { pipeline, Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { isBlank, readLineBatches } from "./lines.js";
import type { Batch } from "./pool.js";
import type { WorkItem } from "./record.js";

const ERRNO: Record<string, string> = {
  ENOENT: "no such file or directory",
  EISDIR: "is a directory",
  ENOTDIR: "not a directory",
  EACCES: "permission denied",
};

/** A file's error with its path: Node's own messages leave it out for some (EISDIR). */
export function fileError(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return `${file}: ${code !== undefined && ERRNO[code] ? `${ERRNO[code]} (${code})` : (e as Error).message}`;
}

/** An input named on the command line ("-" is stdin), checked before anything is read. */
export type Input =
  | { kind: "stdin" }
  | { kind: "jsonl"; path: string; bytes: number }
  | { kind: "folder"; path: string; files: string[]; bytes: number };

/** The inputs of the operands (none: stdin); throws a message naming a path that cannot be read. */
export function openInputs(operands: readonly string[]): Input[] {
  if (operands.length === 0) return [{ kind: "stdin" }];
  return operands.map((path): Input => {
    if (path === "-") return { kind: "stdin" };
    let stat;
    try {
      stat = statSync(path);
    } catch (e) {
      throw new Error(fileError(path, e));
    }
    if (!stat.isDirectory()) return { kind: "jsonl", path, bytes: stat.size };
    const files = textFiles(path);
    return { kind: "folder", path, files, bytes: files.reduce((n, f) => n + statSync(join(path, f)).size, 0) };
  });
}

/** The .txt files under `dir`, as paths relative to it with "/" between parts, in code-unit order. */
function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".txt") && statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join("/"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The input's size in bytes when it is known (files; stdin redirected from a file). */
export function knownSize(inputs: readonly Input[]): number | undefined {
  let total = 0;
  for (const input of inputs) {
    if (input.kind !== "stdin") {
      total += input.bytes;
      continue;
    }
    const stat = fstatSync(0);
    if (!stat.isFile()) return undefined;
    total += stat.size;
  }
  return total;
}

export interface ReadOptions {
  maxLineBytes: number;
  /** Called with the count of bytes each read brings (compressed bytes for a gzipped input). */
  onBytes?: (count: number) => void;
  /** A folder's files are read into batches of about this many bytes (default 256 KiB). */
  batchBytes?: number;
  /** Called with a warning about a file read as it is (one not valid UTF-8, see src/text-file.ts). */
  onWarning?: (message: string) => void;
}

/** Every input's records as batches, in order; blank JSONL lines are left out (their numbers kept). */
export async function* readInputs(inputs: readonly Input[], options: ReadOptions): AsyncGenerator<Batch> {
  for (const input of inputs) {
    if (input.kind === "folder") {
      yield* readFolder(input.path, input.files, options);
      continue;
    }
    const stream = input.kind === "stdin" ? process.stdin : createReadStream(input.path);
    const source = input.kind === "stdin" ? undefined : input.path;
    try {
      // lines as bytes: the thread that extracts a line decodes it (with worker threads, not the main one)
      for await (const lines of readLineBatches(gunzipped(counted(stream, options.onBytes)), options.maxLineBytes, true)) {
        const items = lines.filter((l) => !isBlank(l));
        if (items.length > 0) yield source === undefined ? { items } : { items, source };
      }
    } catch (e) {
      throw new Error(`${source ?? "stdin"}: ${(e as Error).message}`);
    }
  }
}

async function* counted(input: AsyncIterable<Buffer>, onBytes: ((count: number) => void) | undefined): AsyncGenerator<Buffer> {
  for await (const chunk of input) {
    onBytes?.(chunk.length);
    yield chunk;
  }
}

/** The bytes of `input`, decompressed when they start with gzip's magic number 1f 8b. */
async function* gunzipped(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const chunks = input[Symbol.asyncIterator]();
  let head = Buffer.alloc(0);
  while (head.length < 2) {
    const next = await chunks.next();
    if (next.done) {
      if (head.length > 0) yield head;
      return;
    }
    head = Buffer.concat([head, next.value]);
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  if (head[0] !== 0x1f || head[1] !== 0x8b) {
    yield* all();
    return;
  }
  // pipeline() destroys the gunzip stream with the error of either side, which ends the loop with it.
  yield* pipeline(Readable.from(all()), createGunzip(), () => { /* reported through the loop */ });
}

async function* readFolder(dir: string, files: readonly string[], options: ReadOptions): AsyncGenerator<Batch> {
  const limit = options.batchBytes ?? 256 * 1024;
  let items: WorkItem[] = [];
  let size = 0;
  for (let i = 0; i < files.length; i++) {
    const id = files[i]!;
    let item: WorkItem;
    try {
      const bytes = await readFile(join(dir, id));
      options.onBytes?.(bytes.length);
      size += bytes.length;
      const decoded = decodeTextFile(bytes);
      if (decoded.invalid) options.onWarning?.(invalidUtf8Warning(join(dir, id)));
      item = { number: i + 1, id, record: { id, text: decoded.text } };
    } catch (e) {
      item = { number: i + 1, id, unreadable: fileError(join(dir, id), e) };
    }
    items.push(item);
    if (size >= limit) {
      yield { items };
      items = [];
      size = 0;
    }
  }
  if (items.length > 0) yield { items };
}
