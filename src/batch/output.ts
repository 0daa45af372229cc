/**
 * Output to stdout as a Unix filter behaves. Every line (or whole document) is one write, so a
 * reader sees it whole or not at all. A reader that leaves early (`… | head -1`, EPIPE) ends the
 * run quietly. Ctrl-C while a write is still in flight (a long line to a slow pipe) lets that
 * write finish, starts no new one and exits 130; with nothing in flight it exits at once, as it
 * would without this module. A second Ctrl-C exits at once.
 */

import type { Writable } from "node:stream";

/** Exit status after Ctrl-C (128 + SIGINT). */
export const INTERRUPTED = 130;

let pending = 0; // writes handed to stdout and not yet flushed
let interrupted = false;
let whenIdle: (() => void)[] = [];
let target: Writable = process.stdout;

function onInterrupt(): void {
  if (interrupted) process.exit(INTERRUPTED);
  interrupted = true;
  void flushed().then(() => process.exit(INTERRUPTED));
}

function settled(): void {
  pending--;
  if (pending > 0) return;
  // Nothing in flight: Ctrl-C may kill the process at once again, even inside a long extract().
  process.off("SIGINT", onInterrupt);
  const waiting = whenIdle;
  whenIdle = [];
  for (const resolve of waiting) resolve();
}

/** Installs the EPIPE handling; call once before writing. */
export function guardStdout(): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0); // the reader left: nothing more to say to anyone
    process.stderr.write(`kzdeals: cannot write the output: ${e.message}\n`);
    process.exit(1);
  });
  process.stderr.on("error", () => { /* stderr closed: nowhere left to report */ });
}

/**
 * Sends the output to `stream` (a file opened for appending, for --resume) instead of stdout; an
 * error writing it ends the run with status 1.
 */
export function writeTo(stream: Writable, name: string): void {
  target = stream;
  stream.on("error", (e: Error) => {
    process.stderr.write(`kzdeals: cannot write ${name}: ${e.message}\n`);
    process.exit(1);
  });
}

/** Ends the output stream when it is not stdout, once all is written. */
export function closeOutput(): Promise<void> {
  if (target === process.stdout) return flushed();
  return new Promise((resolve) => target.end(resolve));
}

/** True once Ctrl-C was pressed: stop reading and write nothing more. */
export function isInterrupted(): boolean {
  return interrupted;
}

/**
 * Writes `text` (whole lines, a string or UTF-8 bytes) as one write; resolves when stdout can take more. After Ctrl-C it
 * writes nothing: the line is dropped whole.
 */
export async function writeWhole(text: string | Uint8Array): Promise<void> {
  if (interrupted) return;
  if (pending++ === 0) process.on("SIGINT", onInterrupt);
  const out = target;
  if (!out.write(text, settled)) {
    await new Promise<void>((resolve) => {
      const done = () => {
        out.off("drain", done);
        out.off("close", done);
        resolve();
      };
      out.on("drain", done);
      out.on("close", done);
    });
  }
}

/** Resolves when every write so far has reached the operating system. */
export function flushed(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise((resolve) => whenIdle.push(resolve));
}
