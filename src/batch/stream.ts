/**
 * extractStream(): the batch rules of `kzdeals extract --jsonl` for a program. Records
 * `{id, text, date?, lang?}` in, results `{id, ...ExtractionResult}` out in input order; a record
 * that cannot be read gives `{id, error}` in its place and the stream goes on. In the calling thread
 * by default, or in worker threads (`workers`), with the same results and a bounded number of
 * records in flight: a consumer that stops pulling stops the reading of the source.
 */
import type { Duplex } from "node:stream";
import { duplexClass } from "../builtins.js";
import { extract, extractBatch } from "../extract.js";
import type { ExtractOptions, ExtractionResult, LanguageCode } from "../types.js";
import { kindOf, validateOptions } from "../options.js";
import { IN_FLIGHT_PER_WORKER, inOrder, WorkerPool, type Batch } from "./pool.js";
import { processItems, type Outcome, type RecordSettings, type WorkItem } from "./record.js";

export interface StreamRecord {
  id?: unknown;
  text: string;
  /** The record's reference date (ISO, also YYYY-MM or YYYY); the options' referenceDate wins. */
  date?: string | null;
  /** The record's language; the options' language wins. */
  lang?: LanguageCode | "auto" | null;
}

export type StreamResult = ({ id: unknown } & ExtractionResult) | { id: unknown; error: string };

export interface ExtractStreamOptions extends ExtractOptions {
  /** Worker threads; 1 (the default) extracts in the calling thread. */
  workers?: number;
}

/** Records are gathered into a batch while the source has them at hand, up to about this much text. */
const BATCH_BYTES = 64 * 1024;

/** The results of `records`, in order. Bad arguments throw here, before anything is read. */
export function extractStream(
  records: AsyncIterable<StreamRecord> | Iterable<StreamRecord>,
  options: ExtractStreamOptions = {},
): AsyncGenerator<StreamResult> {
  checkStreamOptions(options, "extractStream");
  const iterable = typeof records === "object" && records !== null &&
    (typeof (records as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function" ||
      typeof (records as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function");
  if (!iterable) throw new TypeError(`kzdeals.extractStream: records must be an iterable or async iterable of { id, text, date?, lang? }, got ${kindOf(records)}`);
  return results(records, options ?? {});
}

/**
 * The stream's options, checked up front (an extract option once for all records, rather than as an error on each):
 * `workers` a whole number from 1, the rest as extract() takes them.
 */
function checkStreamOptions(options: unknown, caller: string): void {
  if (options === undefined || options === null) return;
  if (typeof options !== "object" || Array.isArray(options)) throw new TypeError(`kzdeals.${caller}: options must be an object, got ${kindOf(options)}`);
  const { workers, ...extractOptions } = options as ExtractStreamOptions;
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) {
    throw new RangeError(`kzdeals.${caller}: option "workers" must be a whole number from 1, got ${JSON.stringify(workers)}`);
  }
  try {
    validateOptions(extractOptions);
  } catch (e) {
    const Type = e instanceof RangeError ? RangeError : TypeError;
    throw new Type((e as Error).message.replace(/^kzdeals\.extract: /, `kzdeals.${caller}: `));
  }
}

async function* results(
  records: AsyncIterable<StreamRecord> | Iterable<StreamRecord>,
  options: ExtractStreamOptions,
): AsyncGenerator<StreamResult> {
  const { workers = 1, ...extractOptions } = options;
  const settings: RecordSettings = { format: "object", options: extractOptions, maxLineBytes: Infinity };
  const batches = batched(records);
  if (workers <= 1) {
    for await (const batch of batches) for (const outcome of processItems(batch.items, settings, extract, extractBatch)) yield result(outcome);
    return;
  }
  const pool = new WorkerPool(workers, settings);
  try {
    for await (const outcomes of inOrder(batches, (batch) => pool.run(batch), IN_FLIGHT_PER_WORKER * workers)) {
      // result objects ("object" format) come back as outcomes, never as encoded lines
      if (!Array.isArray(outcomes)) throw new Error("kzdeals: extractStream: a worker sent encoded lines where results were expected");
      for (const outcome of outcomes) yield result(outcome);
    }
  } finally {
    await pool.close();
  }
}

/** extractStream() as a Node stream in object mode: records written in, results read out. */
export function extractTransform(options: ExtractStreamOptions = {}): Duplex {
  checkStreamOptions(options, "extractTransform");
  return duplexClass().from(async function* (source: AsyncIterable<StreamRecord>) {
    yield* extractStream(source, options);
  });
}

function result(outcome: Outcome): StreamResult {
  if ("value" in outcome) return outcome.value;
  if ("error" in outcome) return { id: outcome.id, error: outcome.error };
  throw new Error("extractStream: a line where an object was expected");
}

const NOT_YET = Symbol("not yet");

/**
 * Records in batches: a batch takes what the source gives before the event loop turns (an array,
 * a file being read) up to BATCH_BYTES of text, so that a record arriving alone goes at once.
 */
async function* batched(records: AsyncIterable<StreamRecord> | Iterable<StreamRecord>): AsyncGenerator<Batch> {
  const source = Symbol.asyncIterator in records ? records[Symbol.asyncIterator]() : toAsync(records);
  let number = 0;
  const item = (record: StreamRecord): WorkItem => {
    const id = typeof record === "object" && record !== null ? record.id ?? null : null;
    return { number: ++number, id, record };
  };
  const size = (record: StreamRecord) => (typeof record?.text === "string" ? record.text.length : 0);
  let next = source.next();
  for (;;) {
    const first = await next;
    if (first.done) return;
    const items = [item(first.value)];
    let bytes = size(first.value);
    next = source.next();
    while (bytes < BATCH_BYTES) {
      const ready = await Promise.race([next, new Promise<typeof NOT_YET>((resolve) => setImmediate(resolve, NOT_YET))]);
      if (ready === NOT_YET || ready.done) break;
      items.push(item(ready.value));
      bytes += size(ready.value);
      next = source.next();
    }
    yield { items };
  }
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}
