/**
 * The V8 options the command line sets for its own process (V8's options are process-wide, so the library never
 * sets any). Each is set only on the V8 versions it was measured on: V8 prints an error for an option it does not
 * know, and the same option can mean something else in another version's tiering.
 */
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { compilePatternsOnUse } from "../compile-mode.js";

const v8Major = Number(process.versions.v8.split(".")[0]);

let tuned = false;

/**
 * Called by the executable (src/cli.ts) before any command runs: what every command gets. A command is a process
 * that compiles each pattern it uses once, and most of them run only a few times in a short run: compiled straight
 * to machine code rather than first to bytecode and again to machine code on the second run (V8's regexp tier-up),
 * a one-sentence `kzdeals extract -` took 650 instead of 770 ms of CPU here, and each worker thread of a batch
 * warms up that much faster; a long batch is unchanged (15 MB of JSONL: 5.2 s of CPU either way). With tier-up
 * off, each pattern is compiled on its first use for each kind of string (src/compile-mode.ts). Checked on Node 20
 * to 25 (V8 11 to 14).
 */
export function tuneCommandLine(): void {
  if (v8Major < 11 || v8Major > 14) return;
  tuned = true;
  setFlagsFromString("--no-regexp-tier-up");
  compilePatternsOnUse();
}

/**
 * V8's interrupt budget, eight times its default of 67,584 on V8 11 (Node 20): a function runs that much more of
 * its bytecode before V8 considers optimizing it, so the functions that are only warm stay unoptimized and the hot
 * ones are optimized later, on fuller type feedback (fewer deoptimizations and compiles again).
 */
const BUSY_INTERRUPT_BUDGET = 8 * 67584;

/**
 * For a batch that puts an extracting thread on every core (`--workers` at least the cores; the default). Each
 * thread warms up on its own, and most of that is V8's optimizing compiler, which runs on background threads:
 * over 10 MB of the bench's JSONL read three times, one thread's compiles took 2.8-3.5 s of CPU with V8's default
 * budget (400-440 functions compiled, 45 deoptimizations), 1.4-1.9 s with this one (180-220; 12), the later passes
 * as fast. With a core to spare (`--workers 1`: the main thread extracts) those compiles cost no time, and the
 * default budget was the quicker there: 9.2-10.4 s against 10.5-11.0 s over the bench's 60 MB. With every core
 * extracting they take the extraction's time: 2 workers over the same 60 MB took 9.7-10.6 s (user CPU
 * 17.2-18.6 s) with the default budget and 8.4-9.2 s (14.9-16.3 s) with this one, in 8 interleaved runs on this
 * 2-core machine; four times the default gave a little less (8.8-9.5 s), sixteen and thirty-two times no more. It
 * saves warm-up only: over 200 MB the budget made no difference (26.4-26.6 s against 25.2-27.0 s), nor, with whole
 * batches per worker too (src/batch/record.ts), over 1 GB. Measured on V8 11 only, so set there only.
 */
export function tuneForBusyCores(workers: number): void {
  if (!tuned || workers < availableParallelism()) return;
  for (const flag of busyCoreFlags()) setFlagsFromString(flag);
}

/**
 * The V8 options tuneForBusyCores sets on this V8 (none where they were not measured, nor when node was given an
 * interrupt budget of its own: `userFlags`, node's options; NODE_OPTIONS cannot carry one); the bench gives them to
 * processes side by side.
 */
export function busyCoreFlags(userFlags: readonly string[] = process.execArgv): string[] {
  if (v8Major !== 11 || userFlags.some((f) => /^--interrupt[-_]budget(?:=|$)/.test(f))) return [];
  return [`--interrupt-budget=${BUSY_INTERRUPT_BUDGET}`];
}
