/**
 * `kzdeals extract --jsonl`: records in (inputs.ts), one output line per record out, in input
 * order, in the main thread (--workers 1) or in worker threads (pool.ts); the same bytes either way.
 * A record that fails gets an error line in its place and the run goes on; exit 1 at the end.
 */
import { createWriteStream } from "node:fs";
import type { ExtractArgs } from "../cli/extract.js";
import { CSV_HEADER } from "../csv.js";
import { errorSection, reviewPage } from "../formats/html/review.js";
import { knownSize, openInputs, readInputs } from "./inputs.js";
import { closeOutput, isInterrupted, writeTo, writeWhole } from "./output.js";
import { IN_FLIGHT_PER_WORKER, inOrder, WorkerPool, type Batch } from "./pool.js";
import { Progress } from "./progress.js";
import { errorLine, lineEnd, processItems, type Engine, type Outcome, type PackedOutput, type RecordSettings } from "./record.js";
import { itemKey, readDone, type Done } from "./resume.js";

/** `loadExtract` loads the library: called only when the main thread extracts (--workers 1). */
export async function extractJsonl(args: ExtractArgs, loadExtract: () => Promise<Engine>): Promise<number> {
  const inputs = openInputs(args.files);
  const settings: RecordSettings = { format: args.format, options: args.options, maxLineBytes: args.maxLineBytes };
  const csv = args.format === "csv";
  const end = lineEnd(args.format);
  // html: each document's section is rendered as its line is read (the text is not kept), the page written at the end
  const sections: string[] | null = args.format === "html" ? [] : null;
  let records = 0; // non-blank lines (and documents)
  let failed = 0;
  const progress = new Progress(args.progress, knownSize(inputs));
  const warn = (message: string) => { progress.clear(); process.stderr.write(`kzdeals: ${message}\n`); };
  let batches = readInputs(inputs, { maxLineBytes: args.maxLineBytes, onBytes: (n) => progress.read(n), onWarning: warn });
  let done: Done | null = null;
  if (args.resume !== undefined) {
    done = readDone(args.resume);
    batches = skipDone(batches, done);
    writeTo(createWriteStream(args.resume, { flags: "a" }), args.resume);
  }
  if (csv) await writeWhole(CSV_HEADER);

  /**
   * A batch's outcomes: its output lines written as one write (one write per line was ~100,000
   * syscalls per 30 MB of JSONL, a quarter of the main thread's busy time with two workers), whole
   * or not at all after Ctrl-C, so no line is ever cut.
   */
  const emit = async (outcomes: readonly Outcome[] | PackedOutput): Promise<void> => {
    if (!Array.isArray(outcomes)) {
      // a worker's lines, encoded (see packOutput)
      const packed = outcomes as PackedOutput;
      records += packed.count;
      progress.wrote(packed.count);
      if (packed.bytes.byteLength > 0) await writeWhole(packed.bytes);
      return;
    }
    let text = "";
    for (const outcome of outcomes) {
      records++;
      progress.wrote(1);
      if ("out" in outcome) {
        if (sections) sections.push(outcome.out);
        else if (outcome.out !== "") text += outcome.out + end;
        continue;
      }
      if (!("error" in outcome)) throw new Error("extract --jsonl: an object where a line was expected");
      failed++;
      if (sections) sections.push(errorSection(outcome.line === undefined ? "document" : `line ${outcome.line}`, outcome.error));
      if (!csv && !sections) {
        text += errorLine(outcome) + "\n";
        continue;
      }
      progress.clear();
      process.stderr.write(`kzdeals: ${outcome.error}\n`);
    }
    if (text !== "") await writeWhole(text);
  };

  try {
    if (args.workers <= 1) {
      const { extract, extractBatch } = await loadExtract();
      for await (const batch of batches) {
        if (isInterrupted()) break;
        await emit(processItems(batch.items, settings, extract, extractBatch, batch.source));
      }
    } else {
      const pool = new WorkerPool(args.workers, settings);
      try {
        for await (const outcomes of inOrder(batches, (batch) => pool.run(batch), IN_FLIGHT_PER_WORKER * args.workers)) {
          if (isInterrupted()) break;
          await emit(outcomes);
        }
      } finally {
        await pool.close();
      }
    }
  } finally {
    progress.stop(); // an input that fails midway (a cut gzip) ends the line before its message
  }
  if (sections && !isInterrupted()) await writeWhole(reviewPage(sections));
  await closeOutput();
  if (done) {
    // the lines OUT held before this run count in the summary and the exit status
    await done.finish();
    records += done.lines;
    failed += done.failed;
  }
  if (failed > 0 && !isInterrupted()) process.stderr.write(`kzdeals: ${failed} of ${records} line(s) failed\n`);
  return failed > 0 ? 1 : 0;
}

/** The batches without the records OUT already holds (counted: a key held twice is skipped twice). */
async function* skipDone(batches: AsyncIterable<Batch>, done: Done): AsyncGenerator<Batch> {
  for await (const batch of batches) {
    if (done.exhausted) {
      yield batch; // all found: the ids of the rest need not be read
      continue;
    }
    const held = await done.take(batch.items.map(itemKey));
    const items = batch.items.filter((_, i) => !held[i]);
    if (items.length > 0) yield { ...batch, items };
  }
}
