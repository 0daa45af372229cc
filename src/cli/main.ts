/** The kzdeals command line: dispatch to a command, exit statuses, --help and --version. */
import { readFileSync } from "node:fs";
import { guardStdout, writeWhole } from "../batch/output.js";
import { formatHelp, parseArgs, UsageError, type Flag } from "./args.js";
import { evalCommand } from "./eval.js";
import { extractCommand } from "./extract.js";
import { mergeCommand } from "./merge.js";

const COMMANDS = [extractCommand, mergeCommand, evalCommand];

const GLOBAL_FLAGS: Flag[] = [
  { name: "--help", short: "-h", description: "this help" },
  { name: "--version", short: "-v", description: "the version" },
];

const NOTES = [
  "An option's value may also follow an equals sign: --lang=kk.",
  "Exit status: 0 all done; 1 a FILE or line failed (the others are still printed);",
  "2 usage error (nothing read); 130 interrupted (Ctrl-C; no output line is cut).",
];

export const USAGE = formatHelp("kzdeals", COMMANDS, GLOBAL_FLAGS, NOTES);

/**
 * The version in kzdeals' package.json, found by walking up from this module: the same code runs
 * from src/cli (tests), dist/src/cli (tsc's output) and dist/src (the bundle), at other depths.
 */
function version(): string {
  for (let dir = new URL("./", import.meta.url); ; dir = new URL("../", dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL("package.json", dir), "utf8")) as { name?: string; version: string };
      if (pkg.name === "kzdeals") return pkg.version;
    } catch { /* no package.json here */ }
    if (dir.pathname === "/") throw new Error("kzdeals: cannot find its package.json");
  }
}

const HELP_HINT = "Run 'kzdeals --help' for the commands and their options.\n";

export async function main(argv: string[]): Promise<number> {
  guardStdout();
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    await writeWhole(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === "-v" || name === "--version") {
    await writeWhole(version() + "\n");
    return 0;
  }
  try {
    if (rest.includes("-h") || rest.includes("--help")) {
      await writeWhole(USAGE);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return await command.run(parseArgs(command.flags, rest));
  } catch (e) {
    if (e instanceof UsageError) {
      // the message and a pointer, not the whole help: sixty lines of it would push the message off a terminal
      process.stderr.write(`kzdeals: ${e.message}\n${HELP_HINT}`);
      return 2;
    }
    process.stderr.write(`kzdeals: ${(e as Error).message}\n`);
    return 1;
  }
}
