/**
 * Runs the built command line as a user runs it: package.json's "bin" (dist/src/bin.cjs, the launcher
 * that answers --version and loads the bundled dist/src/cli.bundle.js for everything else).
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const pkg = JSON.parse(readFileSync(join(process.cwd(), "package.json"), "utf8")) as { bin: { kzdeals: string } };
export const CLI = join(process.cwd(), pkg.bin.kzdeals);
export const SEEDS = join(process.cwd(), "seeds");

/**
 * The environment of the spawned command line: this one without NODE_EXTRA_CA_CERTS, a bundle of certificates that
 * every Node process reads and parses as it starts when the variable names one (about 40 ms of CPU in this sandbox,
 * which sets it). The command line makes no network connection.
 */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

export function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8", maxBuffer: 1 << 28, env: childEnv() });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

export function start(args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [CLI, ...args], { env: childEnv() });
}

/** Resolves with the exit code and signal once the child has exited and its pipes are closed (call it at once after start). */
export function exited(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
}

/** stdout as JSON objects, one per line. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Record<string, unknown>);
}
