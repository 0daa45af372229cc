/**
 * Node built-ins that only some calls need, loaded on their first use instead of at import.
 * Measured with `--cpu-prof` on `import("kzdeals")` on the 2-core CI machine: node:crypto
 * (hashes for the HTML page's Content-Security-Policy and the project ids) cost about 15 ms
 * of the import, node:stream (extractTransform only) a few more; node:worker_threads (the worker
 * pool, for `workers` above 1 only) 5-6 ms with the streams it loads.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

let crypto: typeof import("node:crypto") | undefined;
let stream: typeof import("node:stream") | undefined;
let threads: typeof import("node:worker_threads") | undefined;

/** `createHash` of node:crypto. */
export function createHash(algorithm: string): import("node:crypto").Hash {
  crypto ??= require("node:crypto") as typeof import("node:crypto");
  return crypto.createHash(algorithm);
}

/** node:stream's `Duplex` class. */
export function duplexClass(): typeof import("node:stream").Duplex {
  stream ??= require("node:stream") as typeof import("node:stream");
  return stream.Duplex;
}

/** node:worker_threads's `Worker` class. */
export function workerClass(): typeof import("node:worker_threads").Worker {
  threads ??= require("node:worker_threads") as typeof import("node:worker_threads");
  return threads.Worker;
}
