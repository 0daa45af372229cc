/**
 * `kzdeals merge` without its argument parsing: `extract --jsonl` lines in, project records out.
 * The input is read line by line; only each deal's compact view and blocks stay in memory
 * (merge.ts), its JSON goes to a temporary file (store.ts) removed at the end, so memory grows
 * with the number of deals, not with the size of the texts.
 */
import { constants as buffer } from "node:buffer";
import type { Readable, Writable } from "node:stream";
import { readLines } from "../batch/lines.js";
import { readQuotes, type EvidenceSpans } from "../formats/html/quotes.js";
import { reportPage } from "../formats/html/report.js";
import type { Span } from "../types.js";
import { PROJECT_CSV_HEADER, projectRow } from "./csv.js";
import { ProjectMerger, type IdentifiedResult } from "./merge.js";
import { FileStore } from "./store.js";
import { kindOf } from "../options.js";
import { MergeInputError } from "./input.js";

export interface MergeRunOptions {
  /**
   * "json" (default): one record per line; "csv": tracker columns with a header; "html": the
   * tracker report, one self-contained page (src/formats/html/report.ts), written at the end.
   */
  format?: "json" | "csv" | "html";
  /** With "html": the articles (the `extract --jsonl` input), to quote each source's evidence. */
  texts?: Readable;
  /** Where to report input lines that are skipped (default: nowhere). */
  onError?: (message: string) => void;
  /** The longest input line read, in bytes (default 512 MiB less a little: what a string can hold). */
  maxLineBytes?: number;
}

export interface MergeRunSummary {
  documents: number;
  deals: number;
  projects: number;
  /** Lines that were not JSON objects, or that carried an `error` from extract. */
  skipped: number;
}

/** The longest line a string can hold: the default bound, as for `extract --jsonl --max-line-bytes`. */
const MAX_STRING_BYTES = buffer.MAX_STRING_LENGTH;

/** Where records go: a stream, or a function that writes a chunk and resolves when more can be taken. */
export type MergeOutput = Writable | ((chunk: string) => Promise<void>);

async function write(output: MergeOutput, chunk: string): Promise<void> {
  if (typeof output === "function") return output(chunk);
  if (!output.write(chunk)) await new Promise<void>((resolve) => output.once("drain", () => resolve()));
}

/** Reads `extract --jsonl` output from `input` and writes the projects to `output`. */
export async function runMerge(input: Readable, output: MergeOutput, options: MergeRunOptions = {}): Promise<MergeRunSummary> {
  checkRunMerge(input, output, options);
  const store = new FileStore();
  try {
    return await mergeInto(new ProjectMerger(store), input, output, options);
  } finally {
    store.close();
  }
}

const FORMATS = ["json", "csv", "html"];
const KNOWN_OPTIONS = ["format", "texts", "onError", "maxLineBytes"];
const isAsyncIterable = (x: unknown): boolean =>
  typeof x === "object" && x !== null && typeof (x as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function";

/** runMerge's arguments, checked before anything is read: a TypeError or RangeError naming the bad one. */
function checkRunMerge(input: unknown, output: unknown, options: unknown): void {
  if (!isAsyncIterable(input)) throw new TypeError(`kzdeals.runMerge: input must be a readable stream (or an async iterable of chunks), got ${kindOf(input)}`);
  if (typeof output !== "function" && (typeof output !== "object" || output === null || typeof (output as { write?: unknown }).write !== "function")) {
    throw new TypeError(`kzdeals.runMerge: output must be a writable stream or a function (chunk) => Promise, got ${kindOf(output)}`);
  }
  if (options === undefined || options === null) return;
  if (typeof options !== "object" || Array.isArray(options)) throw new TypeError(`kzdeals.runMerge: options must be an object, got ${kindOf(options)}`);
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!KNOWN_OPTIONS.includes(key)) throw new RangeError(`kzdeals.runMerge: unknown option "${key}" (known: ${KNOWN_OPTIONS.join(", ")})`);
  }
  if (o.format !== undefined && !FORMATS.includes(o.format as string)) {
    throw new RangeError(`kzdeals.runMerge: option "format" must be one of ${FORMATS.map((f) => `"${f}"`).join(", ")}, got ${JSON.stringify(o.format)}`);
  }
  if (o.texts !== undefined && !isAsyncIterable(o.texts)) throw new TypeError(`kzdeals.runMerge: option "texts" must be a readable stream, got ${kindOf(o.texts)}`);
  if (o.onError !== undefined && typeof o.onError !== "function") throw new TypeError(`kzdeals.runMerge: option "onError" must be a function, got ${kindOf(o.onError)}`);
  if (o.maxLineBytes !== undefined && !(Number.isInteger(o.maxLineBytes) && (o.maxLineBytes as number) > 0)) {
    throw new RangeError(`kzdeals.runMerge: option "maxLineBytes" must be a whole number from 1, got ${JSON.stringify(o.maxLineBytes)}`);
  }
}

async function mergeInto(merger: ProjectMerger, input: Readable, output: MergeOutput, options: MergeRunOptions): Promise<MergeRunSummary> {
  let skipped = 0;
  // html: each source deal's evidence spans (merging drops them), to quote from the texts.
  const evidence: EvidenceSpans | null = options.format === "html" ? new Map() : null;
  // Lines split on "\n" only, as extract --jsonl writes and reads them; a line too long to hold is skipped.
  for await (const read of readLines(input, options.maxLineBytes ?? MAX_STRING_BYTES)) {
    const lineNo = read.number;
    if (!("text" in read)) {
      skipped++;
      options.onError?.(`line ${lineNo}: longer than ${options.maxLineBytes ?? MAX_STRING_BYTES} bytes (${read.tooLong} bytes)`);
      continue;
    }
    const line = read.text;
    if (line.trim() === "") continue;
    let result: unknown;
    try {
      result = JSON.parse(line);
    } catch (e) {
      skipped++;
      options.onError?.(`line ${lineNo}: not valid JSON (${(e as Error).message})`);
      continue;
    }
    if (typeof result !== "object" || result === null || Array.isArray(result)) {
      skipped++;
      options.onError?.(`line ${lineNo}: expected a JSON object`);
      continue;
    }
    const r = result as IdentifiedResult;
    if (r.error !== undefined || !Array.isArray(r.deals)) {
      skipped++;
      options.onError?.(`line ${lineNo}: ${r.error !== undefined ? `extract error (${r.error})` : 'no "deals" array'}`);
      continue;
    }
    try {
      merger.add(r);
    } catch (e) {
      // a deal of another shape: the line is skipped, as a line that is not JSON is
      if (!(e instanceof MergeInputError)) throw e;
      skipped++;
      options.onError?.(`line ${lineNo}: ${e.message.replace(/^kzdeals\.ProjectMerger\.add: /, "")}`);
      continue;
    }
    if (evidence) {
      const document = r.id === undefined || r.id === null ? `#${merger.documents}` : String(r.id);
      evidence.set(document, r.deals.map((d) => ((d as { evidence?: Span[] }).evidence ?? [])));
    }
  }
  if (evidence) return writeReport(merger, evidence, output, options, skipped);
  const csv = options.format === "csv";
  if (csv) await write(output, PROJECT_CSV_HEADER);
  let projects = 0;
  for (const record of merger.records()) {
    projects++;
    await write(output, csv ? projectRow(record) : JSON.stringify(record) + "\n");
  }
  return { documents: merger.documents, deals: merger.deals, projects, skipped };
}

/** The html report: every record at once (the totals need them all), then one write. */
async function writeReport(merger: ProjectMerger, evidence: EvidenceSpans, output: MergeOutput, options: MergeRunOptions, skipped: number): Promise<MergeRunSummary> {
  const records = [...merger.records()];
  const max = options.maxLineBytes ?? MAX_STRING_BYTES;
  const quotes = options.texts ? await readQuotes(options.texts, evidence, max, options.onError) : () => undefined;
  await write(output, reportPage(records, { documents: merger.documents, deals: merger.deals }, quotes));
  return { documents: merger.documents, deals: merger.deals, projects: records.length, skipped };
}
