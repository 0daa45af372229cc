/** Runs the built command line (package.json's "bin": the bundled dist/src/cli.bundle.js) as a user runs it. */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";

export const CLI = join(process.cwd(), "dist", "src", "cli.bundle.js");
export const SEEDS = join(process.cwd(), "seeds");

export function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8", maxBuffer: 1 << 28 });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

export function start(args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [CLI, ...args]);
}

/** Resolves with the exit code and signal once the child has exited and its pipes are closed (call it at once after start). */
export function exited(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
}

/** stdout as JSON objects, one per line. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Record<string, unknown>);
}
