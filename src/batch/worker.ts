/** A worker thread of pool.ts: batches of work items in, their output lines out. */
import { parentPort, workerData } from "node:worker_threads";
import { compilePatternsOnUse } from "../compile-mode.js";
import { extract, extractBatch } from "../extract.js";
import type { Batch } from "./pool.js";
import { lineEnd, packOutput, processItems, WORKER_GROUP_CHARS, type RecordSettings } from "./record.js";

const { settings, compileOnUse } = workerData as { settings: RecordSettings; compileOnUse: boolean };
// the command line's process compiles patterns on use (src/compile-mode.ts): so does its worker
if (compileOnUse) compilePatternsOnUse();

parentPort!.on("message", ({ seq, batch }: { seq: number; batch: Batch }) => {
  const outcomes = processItems(batch.items, settings, extract, extractBatch, batch.source, WORKER_GROUP_CHARS);
  // JSON and CSV lines go as one buffer of bytes, moved without a copy (see packOutput)
  const packed = settings.format === "json" || settings.format === "csv" ? packOutput(outcomes, lineEnd(settings.format)) : null;
  if (packed) parentPort!.postMessage({ seq, packed }, [packed.bytes.buffer as ArrayBuffer]);
  else parentPort!.postMessage({ seq, outcomes });
});
