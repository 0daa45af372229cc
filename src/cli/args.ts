/**
 * The argument parser every command shares: a command declares a table of flags (name, the values
 * it takes, description), and the same table parses argv, checks values before any input is read,
 * and writes --help, so that an error message names values exactly as --help shows them.
 */

/** Thrown for a bad command line: exit status 2 and the usage text. */
export class UsageError extends Error {}

/** The values a flag (or a field of an input record) accepts. */
export interface ValueType {
  /** How --help shows the value: "kk|ru|en|auto", "YYYY-MM-DD", "N". */
  placeholder: string;
  /** How an error names the allowed values, after "must be": "one of kk, ru, en, auto". */
  allowed: string;
  accepts(value: string): boolean;
}

export interface Flag {
  name: `--${string}`;
  /** A one-letter alias such as "-h". */
  short?: `-${string}`;
  /** What the flag takes; a flag without one is a switch. */
  value?: ValueType;
  /** Shown in --help; "\n" starts a continuation line. */
  description: string;
  /** Shown in --help as "(default …)" after the first line of the description. */
  default?: string;
}

export interface Command {
  name: string;
  /** Synopsis lines for --help: the call, and what it does ("\n" starts a continuation line). */
  synopsis: readonly (readonly [string, string])[];
  flags: readonly Flag[];
}

export interface ParsedArgs {
  /** Each flag given, by its long name: the value, or "" for a switch. The last one given wins. */
  flags: Map<string, string>;
  operands: string[];
}

export function oneOf(values: readonly string[]): ValueType {
  return { placeholder: values.join("|"), allowed: `one of ${values.join(", ")}`, accepts: (v) => values.includes(v) };
}

/** "X must be …, got …": the one wording for a bad flag value and a bad input field. */
export function mustBe(name: string, type: ValueType, got: unknown): string {
  return `${name} must be ${type.allowed}, got ${got === undefined ? "undefined" : JSON.stringify(got)}`;
}

/**
 * Flags may come anywhere among the operands, as `--flag value` or `--flag=value`; `-` is an
 * operand (stdin) and everything after `--` is an operand.
 */
export function parseArgs(flags: readonly Flag[], argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { flags: new Map(), operands: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      parsed.operands.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      parsed.operands.push(arg);
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const flag = flags.find((f) => f.name === name || f.short === name);
    if (!flag) throw new UsageError(`unknown option ${name}`);
    if (!flag.value) {
      if (eq >= 0) throw new UsageError(`${flag.name} takes no value`);
      parsed.flags.set(flag.name, "");
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith("--"))) {
      throw new UsageError(`${flag.name} needs a value (${flag.value.placeholder})`);
    }
    if (!flag.value.accepts(value)) throw new UsageError(mustBe(flag.name, flag.value, value));
    parsed.flags.set(flag.name, value);
  }
  return parsed;
}

const COLUMN = 40;

/** Two columns: the left one padded to COLUMN, continuation lines of the right one aligned under it. */
function rows(entries: readonly (readonly [string, string])[]): string[] {
  const lines: string[] = [];
  for (const [left, right] of entries) {
    const [first, ...rest] = right.split("\n");
    const head = `  ${left}`;
    if (head.length < COLUMN) lines.push(head.padEnd(COLUMN) + first);
    else lines.push(head, " ".repeat(COLUMN) + first);
    for (const more of rest) lines.push(" ".repeat(COLUMN) + more);
  }
  return lines;
}

function flagRow(flag: Flag): [string, string] {
  const names = flag.short ? `${flag.short}, ${flag.name}` : flag.name;
  const left = flag.value ? `${names} ${flag.value.placeholder}` : names;
  if (flag.default === undefined) return [left, flag.description];
  const [first, ...rest] = flag.description.split("\n");
  return [left, [`${first} (default ${flag.default})`, ...rest].join("\n")];
}

/** The --help text, from the commands' synopses and flag tables. */
export function formatHelp(program: string, commands: readonly Command[], globalFlags: readonly Flag[], notes: readonly string[]): string {
  const out = ["Usage:", ...rows(commands.flatMap((c) => c.synopsis.map(([call, what]) => [`${program} ${call}`, what] as const)))];
  for (const c of commands) out.push("", `Options for ${c.name}:`, ...rows(c.flags.map(flagRow)));
  out.push("", "Options:", ...rows(globalFlags.map(flagRow)));
  if (notes.length > 0) out.push("", ...notes);
  return out.join("\n") + "\n";
}
