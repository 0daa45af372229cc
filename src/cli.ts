#!/usr/bin/env node
/**
 * kzdeals command line.
 *   kzdeals extract FILE...              one JSON result per file (an array when several)
 *   kzdeals extract --jsonl < in.jsonl   one JSON object per input line, streamed in order
 *   kzdeals eval GOLD_DIR [--docs DIR]   score against gold files
 */
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { extract } from "./extract.js";
import { runEval } from "./eval/cli.js";
import { dealsToCsv, CSV_HEADER } from "./csv.js";
import type { ExtractOptions, LanguageCode } from "./types.js";

const USAGE = `Usage:
  kzdeals extract [options] FILE...       print one JSON result per file (a JSON array when several)
  kzdeals extract --jsonl [options]       read JSONL from stdin: {"id","text","date"?,"lang"?} per line;
                                          write one JSON result per line, in input order
  kzdeals eval GOLD_DIR [--docs DIR] [--json]
                                          score kzdeals against gold files (see README)

Options for extract:
  --lang kk|ru|en|auto    document language (default auto)
  --ref-date YYYY-MM-DD   reference date for relative dates (overrides a dateline)
  --format json|csv       json (default), or csv: one row per deal in tracker columns
  --pretty                indent JSON output (files only)
  -h, --help              this help
  -v, --version           the version
`;

class UsageError extends Error {}

interface ExtractArgs {
  files: string[];
  jsonl: boolean;
  format: "json" | "csv";
  pretty: boolean;
  options: ExtractOptions;
}

function parseExtractArgs(args: string[]): ExtractArgs {
  const parsed: ExtractArgs = { files: [], jsonl: false, format: "json", pretty: false, options: {} };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = (): string => {
      const v = args[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case "--jsonl": parsed.jsonl = true; break;
      case "--pretty": parsed.pretty = true; break;
      case "--lang": parsed.options.language = value() as LanguageCode; break;
      case "--ref-date": parsed.options.referenceDate = value(); break;
      case "--format": {
        const f = value();
        if (f !== "json" && f !== "csv") throw new UsageError(`--format must be json or csv, got "${f}"`);
        parsed.format = f;
        break;
      }
      default:
        if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option ${arg}`);
        parsed.files.push(arg);
    }
  }
  if (parsed.jsonl && parsed.files.length > 0) throw new UsageError("--jsonl reads stdin; give no FILE");
  if (!parsed.jsonl && parsed.files.length === 0) throw new UsageError("extract needs FILE... or --jsonl");
  return parsed;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

function extractFiles(args: ExtractArgs): number {
  const texts = new Map<string, string>();
  const results = args.files.map((file) => {
    const text = readFileSync(file === "-" ? 0 : file, "utf8");
    texts.set(file, text);
    return { file, result: extract(text, args.options) };
  });
  if (args.format === "csv") {
    process.stdout.write(CSV_HEADER);
    for (const { file, result } of results) process.stdout.write(dealsToCsv(file, result, texts.get(file)!));
    return 0;
  }
  const out = results.length === 1 ? results[0]!.result : results.map(({ file, result }) => ({ file, ...result }));
  process.stdout.write(JSON.stringify(out, null, args.pretty ? 2 : undefined) + "\n");
  return 0;
}

/** One input line → one output line; errors stay on their line and the run goes on. */
function processJsonlLine(line: string, lineNo: number, args: ExtractArgs): { out: string; ok: boolean } {
  let id: unknown = null;
  try {
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch (e) {
      throw new Error(`line ${lineNo}: not valid JSON (${(e as Error).message})`);
    }
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      throw new Error(`line ${lineNo}: expected a JSON object`);
    }
    const rec = input as Record<string, unknown>;
    id = rec.id ?? null;
    if (typeof rec.text !== "string") throw new Error(`line ${lineNo}: "text" must be a string`);
    const options: ExtractOptions = { ...args.options };
    if (rec.date !== undefined && rec.date !== null && options.referenceDate === undefined) {
      options.referenceDate = rec.date as string;
    }
    if (rec.lang !== undefined && rec.lang !== null && options.language === undefined) {
      options.language = rec.lang as LanguageCode;
    }
    const result = extract(rec.text, options);
    if (args.format === "csv") return { out: dealsToCsv(String(id ?? lineNo), result, rec.text).replace(/\r\n$/, ""), ok: true };
    return { out: JSON.stringify({ id, ...result }), ok: true };
  } catch (e) {
    const message = (e as Error).message;
    if (args.format === "csv") {
      process.stderr.write(`kzdeals: ${message}\n`);
      return { out: "", ok: false };
    }
    return { out: JSON.stringify({ id, error: message }), ok: false };
  }
}

async function extractJsonl(args: ExtractArgs): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let failed = 0;
  let lineNo = 0;
  if (args.format === "csv") process.stdout.write(CSV_HEADER);
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === "") continue;
    const { out, ok } = processJsonlLine(line, lineNo, args);
    if (!ok) failed++;
    if (out !== "" && !process.stdout.write(out + (args.format === "csv" ? "\r\n" : "\n"))) {
      await new Promise<void>((resolve) => process.stdout.once("drain", () => resolve()));
    }
  }
  if (failed > 0) process.stderr.write(`kzdeals: ${failed} of ${lineNo} line(s) failed\n`);
  return failed > 0 ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === "-v" || command === "--version") {
    process.stdout.write(version() + "\n");
    return 0;
  }
  try {
    if (rest.includes("-h") || rest.includes("--help")) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (command === "extract") {
      const args = parseExtractArgs(rest);
      return args.jsonl ? await extractJsonl(args) : extractFiles(args);
    }
    if (command === "eval") return runEval(rest);
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`kzdeals: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    process.stderr.write(`kzdeals: ${(e as Error).message}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.stderr.write(`kzdeals: ${(e as Error).stack ?? String(e)}\n`); process.exitCode = 1; },
);
