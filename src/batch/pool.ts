/**
 * Worker threads for batch extraction. Each worker loads the library once and turns batches of
 * work items into output lines (worker.ts); `inOrder` hands batches out and gives the results back
 * in input order, with a bounded number of batches in flight: a batch's slot is freed only when
 * the consumer has taken its result, so a slow reader of the output stops the reading of the input
 * instead of letting results pile up.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Worker, WorkerOptions } from "node:worker_threads";
import { workerClass } from "../builtins.js";
import type { Outcome, PackedOutput, RecordSettings, WorkItem } from "./record.js";
import { patternsCompileOnUse } from "../compile-mode.js";

export interface Batch {
  items: WorkItem[];
  /** The input file's name, for error messages (none for stdin). */
  source?: string;
}

/**
 * Batches taken and not yet written, per worker: one running and three waiting, so that a worker
 * does not idle while the main thread is off the CPU (a busy machine); about 64 KB each.
 */
export const IN_FLIGHT_PER_WORKER = 4;

/** The default --workers: the cores Node may use. */
export function defaultWorkers(): number {
  return availableParallelism();
}

interface Task {
  /** kept until the result comes, to run again on another thread if this one runs out of heap */
  batch: Batch;
  resolve: (outcomes: Outcome[] | PackedOutput) => void;
  reject: (e: Error) => void;
}

interface Thread {
  worker: Worker;
  tasks: Map<number, Task>;
}

/**
 * The worker thread's script. The package runs from esbuild bundles in dist/src (scripts/bundle.mjs),
 * where this code sits in a chunk beside worker.bundle.js; tsc's unbundled output (the tests, the
 * bench) has worker.js beside this module in dist/src/batch.
 */
function workerScript(): URL {
  const bundled = new URL("./worker.bundle.js", import.meta.url);
  return existsSync(fileURLToPath(bundled)) ? bundled : new URL("./worker.js", import.meta.url);
}

const isInputType = (arg: string) => arg === "--input-type" || arg.startsWith("--input-type=");

/**
 * The parent's Node options for a worker: none given (the worker inherits them all, V8's included), unless the parent
 * has `--input-type` (a program run as `node --input-type=module -e …`), with which Node refuses to load the worker's
 * script file: then the list without it. Node checks a list it is given, and a V8 option in it (`node
 * --max-old-space-size=… kzdeals extract --jsonl`) makes the Worker constructor throw ERR_WORKER_INVALID_EXEC_ARGV:
 * see startWorker.
 */
function workerExecArgv(): { execArgv?: string[] } {
  const argv = process.execArgv;
  if (!argv.some(isInputType)) return {};
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--input-type") i++;
    else if (!isInputType(argv[i]!)) out.push(argv[i]!);
  }
  return { execArgv: out };
}

/**
 * A worker with the parent's options (workerExecArgv). When Node rejects the list (a V8 option beside
 * `--input-type`), the worker gets none: V8's options are the process's and hold in every thread anyway, and the
 * worker's code reads none of Node's own.
 */
function startWorker(options: WorkerOptions): Worker {
  const Worker = workerClass();
  const inherited = workerExecArgv();
  try {
    return new Worker(workerScript(), { ...options, ...inherited });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ERR_WORKER_INVALID_EXEC_ARGV" || inherited.execArgv === undefined) throw e;
    return new Worker(workerScript(), { ...options, execArgv: [] });
  }
}

/**
 * The heap a worker may grow its old generation to (MB) before its batches are rerun on a thread
 * without the cap (see WorkerPool), and the size of its young generation (V8's default here is 32 MB).
 * Under the cap V8 collects before the heap grows past it instead of growing it by half at each full
 * collection; a smaller young generation is scavenged more often, and a batch's garbage dies young
 * either way. A worker keeps about 30 MB live (the library and a batch). What they buy, measured with
 * 2 workers on 100 MB of JSONL (interleaved runs, 3 each): peak RSS 283-291 MB with V8's defaults,
 * 276-282 with the old generation capped, 253-257 with the young one at 24 MB too; user CPU 20.4-26.0 s
 * with the defaults, 23.1-24.8 s capped (within this machine's noise). A 16 MB young generation gave
 * 250 MB for 24.3-26.9 s. Over 1 GB with 2 workers: 323 MB before, 257-270 MB with both.
 * Later the same 1 GB (its figures varied, record by record) peaked at 295 MB, and 301-316 MB resumed halfway: a
 * worker's heap was 16.8 MB young (two semi-spaces of a third of the limit each), ~35 MB old, 16 MB of code. With
 * 12 MB the young one is 8.4 MB: over 60 MB of the bench's JSONL with 2 workers (4 interleaved runs each) peak RSS
 * 245-249 against 267-279 MiB, for 4% more CPU (user 15.2-16.3 against 14.5-15.2 s); 8 MB saved no more.
 */
const WORKER_HEAP_MB = 128;
const WORKER_YOUNG_MB = 12;

export class WorkerPool {
  private readonly threads: Thread[] = [];
  private seq = 0;

  /**
   * Threads start as work comes (see `run`), up to `size`: each loads the library and warms up on
   * its own (about half a second of CPU), which a short input never needs twice. `heapMb`: the cap on
   * new workers' heaps (null: none), lifted for good once a worker has run out of it.
   */
  constructor(private readonly limit: number, private readonly settings: RecordSettings, private heapMb: number | null = WORKER_HEAP_MB) {}

  private start(): Thread {
    const capped = this.heapMb !== null;
    const resourceLimits = capped ? { resourceLimits: { maxOldGenerationSizeMb: this.heapMb!, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } } : {};
    const worker = startWorker({ workerData: { settings: this.settings, compileOnUse: patternsCompileOnUse() }, ...resourceLimits });
    const thread: Thread = { worker, tasks: new Map() };
    worker.on("message", ({ seq, outcomes, packed }: { seq: number; outcomes?: Outcome[]; packed?: PackedOutput }) => {
      const task = thread.tasks.get(seq)!;
      thread.tasks.delete(seq);
      task.resolve(packed ?? outcomes!);
    });
    const fail = (e: Error) => {
      const tasks = [...thread.tasks.values()];
      thread.tasks.clear();
      if ((e as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY" && capped) {
        // A document too big for the capped heap (a line of tens of MB): this thread's batches run again,
        // with the rest of the input, on threads without the cap. Nothing is lost and the output is the
        // same; only the memory bound is given up.
        this.heapMb = null;
        const at = this.threads.indexOf(thread);
        if (at >= 0) this.threads.splice(at, 1);
        for (const task of tasks) this.run(task.batch).then(task.resolve, task.reject);
        return;
      }
      for (const task of tasks) task.reject(e);
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`a worker thread stopped (exit code ${code})`)));
    this.threads.push(thread);
    return thread;
  }

  /**
   * The batch's outcomes (for JSON and CSV lines with no error, their bytes: see packOutput), from the least busy
   * worker; a new worker when every one has work and the limit allows (a one-batch input starts one worker, not one
   * per core).
   */
  run(batch: Batch): Promise<Outcome[] | PackedOutput> {
    let thread = this.threads[0];
    for (const t of this.threads) if (t.tasks.size < thread!.tasks.size) thread = t;
    if (thread === undefined || (thread.tasks.size > 0 && this.threads.length < this.limit)) thread = this.start();
    const seq = this.seq++;
    const chosen = thread;
    return new Promise((resolve, reject) => {
      chosen.tasks.set(seq, { batch, resolve, reject });
      const packed = packLines(batch);
      chosen.worker.postMessage({ seq, batch: packed.batch }, packed.transfer);
    });
  }

  /** The cap on new workers' heaps in MB (null: none, or lifted after a worker ran out of it). */
  get heapCap(): number | null {
    return this.heapMb;
  }

  /** The threads started so far. */
  get started(): number {
    return this.threads.length;
  }

  async close(): Promise<void> {
    for (const t of this.threads) t.worker.removeAllListeners("exit");
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }
}

/**
 * `run` over `source`, results in source order, at most `limit` items taken from the source and not
 * yet given to the consumer. The next item is read while earlier ones run, and a result is given
 * as soon as it and all before it are done: a slow source (a terminal) does not hold back results.
 */
export async function* inOrder<T, R>(source: AsyncIterable<T>, run: (item: T) => Promise<R>, limit: number): AsyncGenerator<R> {
  const input = source[Symbol.asyncIterator]();
  const queue: Promise<R>[] = [];
  let reading: Promise<IteratorResult<T>> | null = null;
  let ended = false;
  try {
    for (;;) {
      if (!ended && reading === null && queue.length < limit) reading = input.next();
      if (reading !== null) {
        // Wait for the next item, or for the oldest result if that comes first.
        const head = queue[0];
        const first = head === undefined ? "read" : await Promise.race([reading.then(() => "read"), head.then(() => "head")]);
        if (first === "read") {
          const next = await reading;
          reading = null;
          if (next.done) ended = true;
          else {
            const result = run(next.value);
            result.catch(() => { /* rethrown when its turn comes; not an unhandled rejection before that */ });
            queue.push(result);
          }
          continue;
        }
      }
      if (queue.length === 0) return;
      yield await queue.shift()!;
    }
  } finally {
    // The consumer left early: let the source close (not awaited: it may be waiting for input).
    if (!ended) input.return?.().catch(() => { /* nothing to report to a consumer that left */ });
  }
}

/**
 * The batch with its undecoded lines copied into one buffer of their own, which moves to the worker
 * without a copy (a line read from a file is a view of a larger read buffer, all of which a
 * structured clone would copy); the worker decodes them. What it buys, measured with 2 workers: the
 * main thread no longer decodes every line (with the output also encoded by the workers, its busy
 * time on 15 MB of JSONL fell from 2.2 to 0.57 s); on 150 MB the run's CPU and wall time are within
 * noise of decoding in the main thread, with about 10 MB more peak RSS (332 against 322 MB).
 */
function packLines(batch: Batch): { batch: Batch; transfer: ArrayBuffer[] } {
  let total = 0;
  for (const item of batch.items) if ("bytes" in item) total += item.bytes.byteLength;
  if (total === 0) return { batch, transfer: [] };
  const packed = new Uint8Array(total);
  let at = 0;
  const items = batch.items.map((item) => {
    if (!("bytes" in item)) return item;
    packed.set(item.bytes, at);
    const bytes = packed.subarray(at, at + item.bytes.byteLength);
    at += item.bytes.byteLength;
    return { number: item.number, bytes };
  });
  return { batch: { ...batch, items }, transfer: [packed.buffer] };
}
