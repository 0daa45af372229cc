/**
 * One input record to one output line: the JSONL rules of `kzdeals extract --jsonl` (a record's
 * `date` and `lang`, the errors that take a line's place), shared by the in-process path, the worker
 * threads and extractStream(), so that all of them write the same bytes.
 */
import { mustBe, oneOf, type ValueType } from "../cli/args.js";
import { dealsToCsv } from "../csv.js";
import { documentSection } from "../formats/html/review.js";
import { parseIsoDate } from "../reference-date.js";
import type { ExtractOptions, ExtractionResult, LanguageCode } from "../types.js";
import { lineText, type InputLine } from "./lines.js";

export type Extract = (text: string, options?: ExtractOptions) => ExtractionResult;
export type ExtractBatch = (inputs: readonly { text: string; options?: ExtractOptions }[]) => ExtractionResult[];
/** The library's entry points a batch needs (loaded on demand by the command line). */
export interface Engine {
  extract: Extract;
  extractBatch: ExtractBatch;
}

export const LANGUAGE = oneOf(["kk", "ru", "en", "auto"]);

export const ISO_DATE: ValueType = {
  placeholder: "YYYY-MM-DD",
  allowed: "an ISO date YYYY-MM-DD, YYYY-MM or YYYY",
  accepts: (v) => parseIsoDate(v) !== null,
};

/**
 * A unit of work: a JSONL line (or a line over --max-line-bytes), or a whole document with its id
 * (a .txt file of a folder, a record of extractStream()), or a document that could not be read.
 */
export type WorkItem =
  | InputLine
  | { number: number; id: unknown; record: unknown }
  | { number: number; id: string; unreadable: string };

export interface RecordSettings {
  /** An output line of JSON or CSV, a document's section of the HTML review page, or (extractStream) the result object itself. */
  format: "json" | "csv" | "html" | "object";
  /** The command line's options: they override a record's own `date` and `lang`. */
  options: ExtractOptions;
  maxLineBytes: number;
}

/**
 * A batch's output lines, each with its line end, as UTF-8 bytes: what a worker sends for a batch of JSON or CSV
 * lines with no error (see `packOutput`). `count`: the records they stand for (a record with no CSV row has no line).
 */
export interface PackedOutput {
  bytes: Uint8Array;
  count: number;
}

/**
 * The outcomes as one run of output bytes, the same the main thread would write for them (each non-empty line and
 * its `lineEnd`); null when one of them is not a line (an error, a result object). Speed and memory: a worker that
 * encodes its own lines moves them to the main thread as one buffer, without a copy, where a string per record
 * cost the main thread the strings, their concatenation and the encoding. With the line views of lines.ts, the main
 * thread's CPU over 60 MB of the bench's JSONL with 2 workers fell from 1.94 to 1.05 s (read from /proc per thread).
 */
export function packOutput(outcomes: readonly Outcome[], lineEnd: string): PackedOutput | null {
  let text = "";
  for (const outcome of outcomes) {
    if (!("out" in outcome)) return null;
    if (outcome.out !== "") text += outcome.out + lineEnd;
  }
  // TextEncoder: a buffer of its own, which can move to another thread (Buffer.from may return a view of a shared pool)
  return { bytes: ENCODER.encode(text), count: outcomes.length };
}

const ENCODER = new TextEncoder();

/**
 * The end of an output line: CRLF after a CSV row (RFC 4180, as src/csv.ts ends its rows), LF after a JSON line. The
 * main thread (src/batch/run.ts) and a worker packing its lines (packOutput) write the same bytes with it.
 */
export function lineEnd(format: RecordSettings["format"]): string {
  return format === "csv" ? "\r\n" : "\n";
}

/** A record's output line (without its line end) or object, or the error that takes its place. */
export type Outcome =
  | { out: string }
  | { value: { id: unknown } & ExtractionResult }
  | { id: unknown; line?: number; error: string };

class RecordError extends Error {}

/** `line 12 (id a7)`, `data.jsonl line 12 (id a7)`, `record 3 (id a7)`: where to look in the input. */
function where(at: string, id: unknown): string {
  if (id === null || id === undefined) return at;
  return `${at} (id ${typeof id === "string" ? id : JSON.stringify(id)})`;
}

/** A record read and checked, waiting for its extraction. */
interface ReadRecord {
  id: unknown;
  text: string;
  options: ExtractOptions;
  number: number;
  /** The outcome when its extraction throws. */
  failed: (message: string) => Outcome;
}

/**
 * A work item read as far as its extraction: a record to extract, or the outcome that takes its
 * place (a line over the bound, bad JSON, a bad field, an unreadable file). `source` names the input
 * file in messages (none for stdin).
 */
function readItem(item: WorkItem, settings: RecordSettings, source?: string): { record: ReadRecord } | { outcome: Outcome } {
  const line = source === undefined ? `line ${item.number}` : `${source} line ${item.number}`;
  if ("tooLong" in item) {
    const error = `${line}: longer than --max-line-bytes (${item.tooLong} bytes, limit ${settings.maxLineBytes})`;
    return { outcome: { id: null, line: item.number, error } };
  }
  if ("unreadable" in item) return { outcome: { id: item.id, error: item.unreadable } };
  if ("record" in item) {
    const failed = (message: string): Outcome => ({ id: item.id, error: `${where(`record ${item.number}`, item.id)}: ${message}` });
    try {
      return { record: readRecord(item.record, settings, item.number, failed) };
    } catch (e) {
      return { outcome: failed((e as Error).message) };
    }
  }
  let id: unknown = null;
  const failed = (message: string): Outcome => ({ id, line: item.number, error: `${where(line, id)}: ${message}` });
  try {
    let input: unknown;
    try {
      input = JSON.parse(lineText(item));
    } catch (e) {
      throw new RecordError(`not valid JSON (${(e as Error).message})`);
    }
    if (typeof input === "object" && input !== null && !Array.isArray(input)) id = (input as Record<string, unknown>).id ?? null;
    return { record: readRecord(input, settings, item.number, failed) };
  } catch (e) {
    return { outcome: failed((e as Error).message) };
  }
}

/** `source` names the input file in messages (none for stdin). */
export function processItem(item: WorkItem, settings: RecordSettings, extract: Extract, source?: string): Outcome {
  const read = readItem(item, settings, source);
  if ("outcome" in read) return read.outcome;
  const { record } = read;
  try {
    return formatResult(record, extract(record.text, record.options), settings);
  } catch (e) {
    return record.failed((e as Error).message);
  }
}

/**
 * The text extracted together by processItems (UTF-16 code units). Measured with 2 workers on 60 MB
 * of JSONL (peak RSS of the process, CPU): one document at a time 302–307 MB, 14.1–14.9 s; groups of
 * 4 K characters 302–308 MB, 13.5–13.7 s; 16 K 354–389 MB; a whole 64 KB batch 452–457 MB with no
 * further gain. A larger group keeps its documents' intermediate results alive across more
 * allocation, so more of them are promoted to the old generation and the heap grows.
 */
const GROUP_CHARS = 4 * 1024;

/**
 * A worker thread's group: its whole batch (about 64 KB of input). The measurement above was made before a
 * worker's heap was capped (src/batch/pool.ts); under the cap the larger groups no longer grow it, and each
 * stage runs over more documents in turn. With 2 workers over the bench's 60 MB (4 interleaved runs each):
 * groups of 4 K characters 8.8-9.4 s (user CPU 15.6-16.6 s), 16 K 8.2-8.9 s (14.5-15.7 s), whole batches
 * 8.2-8.6 s (14.5-15.1 s), peak RSS 237-244 MB in all three; over 200 MB, 25.3-26.3 s against 26.8-29.9 s with
 * 4 K groups (two runs each: within this machine's noise there). The main thread (`--workers 1`, extractStream
 * without workers) has no cap and keeps GROUP_CHARS: with whole batches its peak RSS rose from 143-207 to
 * 239-247 MB.
 */
export const WORKER_GROUP_CHARS = Number.POSITIVE_INFINITY;

/**
 * processItem over a batch, with the same outcomes: the records are extracted together
 * (`extractBatch`, each stage over all of them in turn). Should that throw (a document that cannot
 * be read), the batch is done again one item at a time, so that only that document's line is an error.
 */
export function processItems(
  items: readonly WorkItem[], settings: RecordSettings, extract: Extract, extractBatch: ExtractBatch, source?: string,
  groupChars = GROUP_CHARS,
): Outcome[] {
  const outcomes: Outcome[] = [];
  const records: { at: number; record: ReadRecord }[] = [];
  for (const item of items) {
    const read = readItem(item, settings, source);
    if ("outcome" in read) outcomes.push(read.outcome);
    else {
      records.push({ at: outcomes.length, record: read.record });
      outcomes.push({ out: "" }); // its place, filled below
    }
  }
  try {
    // in groups of about `groupChars` of text (see GROUP_CHARS)
    for (let from = 0; from < records.length;) {
      let to = from;
      for (let chars = 0; to < records.length && (to === from || chars < groupChars); to++) chars += records[to]!.record.text.length;
      const group = records.slice(from, to);
      const results = extractBatch(group.map(({ record }) => ({ text: record.text, options: record.options })));
      group.forEach(({ at, record }, k) => { outcomes[at] = formatResult(record, results[k]!, settings); });
      from = to;
    }
    return outcomes;
  } catch {
    return items.map((item) => processItem(item, settings, extract, source));
  }
}

/** A parsed record `{id, text, date?, lang?}`, checked; throws what is wrong with it. */
function readRecord(input: unknown, settings: RecordSettings, number: number, failed: ReadRecord["failed"]): ReadRecord {
  if (typeof input !== "object" || input === null || Array.isArray(input)) throw new RecordError("expected a JSON object");
  const rec = input as Record<string, unknown>;
  const id = rec.id ?? null;
  if (typeof rec.text !== "string") throw new RecordError('"text" must be a string');
  const options: ExtractOptions = { ...settings.options };
  if (rec.date !== undefined && rec.date !== null && options.referenceDate === undefined) {
    if (typeof rec.date !== "string" || !ISO_DATE.accepts(rec.date)) throw new RecordError(mustBe('"date"', ISO_DATE, rec.date));
    options.referenceDate = rec.date;
  }
  if (rec.lang !== undefined && rec.lang !== null && options.language === undefined) {
    if (typeof rec.lang !== "string" || !LANGUAGE.accepts(rec.lang)) throw new RecordError(mustBe('"lang"', LANGUAGE, rec.lang));
    options.language = rec.lang as LanguageCode;
  }
  return { id, text: rec.text, options, number, failed };
}

/** A record's result as its output line, section or object. */
function formatResult(record: ReadRecord, result: ExtractionResult, settings: RecordSettings): Outcome {
  const { id, text, number } = record;
  // The line number stands in for a missing id in CSV, as it always has.
  if (settings.format === "csv") return { out: dealsToCsv(String(id ?? number), result, text).replace(/\r\n$/, "") };
  if (settings.format === "object") return { value: { id, ...result } };
  if (settings.format === "html") return { out: documentSection(number, { label: id === null ? `line ${number}` : String(id), text, result }) };
  return { out: JSON.stringify({ id, ...result }) };
}

/** The output line of an error: `{"id":…,"line":N,"error":"…"}` (no "line" for a whole document). */
export function errorLine(outcome: { id: unknown; line?: number; error: string }): string {
  return outcome.line === undefined
    ? JSON.stringify({ id: outcome.id, error: outcome.error })
    : JSON.stringify({ id: outcome.id, line: outcome.line, error: outcome.error });
}
