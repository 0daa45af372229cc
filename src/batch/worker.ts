/** A worker thread of pool.ts: batches of work items in, their output lines out. */
import { parentPort, workerData } from "node:worker_threads";
import { extract, extractBatch } from "../extract.js";
import type { Batch } from "./pool.js";
import { processItems, type RecordSettings } from "./record.js";

const { settings } = workerData as { settings: RecordSettings };

parentPort!.on("message", ({ seq, batch }: { seq: number; batch: Batch }) => {
  const outcomes = processItems(batch.items, settings, extract, extractBatch, batch.source);
  parentPort!.postMessage({ seq, outcomes });
});
