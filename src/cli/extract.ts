/**
 * `kzdeals extract FILE...` (one JSON result per file, an array when several) and
 * `kzdeals extract --jsonl` (one JSON result per input line, streamed in input order).
 * With --format csv or html the same results are written as tracker rows or as one review page.
 * A file or line that fails is reported in its place and the run goes on; exit 1 at the end.
 */
import { readFileSync } from "node:fs";
import { decodeTextFile, invalidUtf8Warning } from "../text-file.js";
import { constants as buffer } from "node:buffer";
import { fileError } from "../batch/inputs.js";
import { writeWhole } from "../batch/output.js";
import { defaultWorkers } from "../batch/pool.js";
import { ISO_DATE, LANGUAGE, type Extract } from "../batch/record.js";
import { CSV_HEADER, dealsToCsv } from "../csv.js";
import { documentSection, errorSection, reviewPage } from "../formats/html/review.js";
import type { UsdRateInput } from "../rates/rates.js";
import type { ExtractOptions, ExtractionResult, LanguageCode } from "../types.js";
import { tuneForBusyCores } from "./v8-tuning.js";
import { oneOf, UsageError, type Command, type ParsedArgs, type ValueType } from "./args.js";

export { ISO_DATE, LANGUAGE };

const SIZE = /^(\d+)([KMG]?)$/i;
const SUFFIX = { "": 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 } as const;

/** A byte count such as 100, 64K, 64M; null when out of range (a decoded line must fit in a string). */
function parseSize(value: string): number | null {
  const m = SIZE.exec(value);
  if (!m) return null;
  const n = Number(m[1]) * SUFFIX[m[2]!.toUpperCase() as keyof typeof SUFFIX];
  return n >= 1 && n <= buffer.MAX_STRING_LENGTH ? n : null;
}

const SIZE_TYPE: ValueType = {
  placeholder: "N",
  allowed: `a byte count from 1 to ${buffer.MAX_STRING_LENGTH} (N, or NK, NM, NG)`,
  accepts: (v) => parseSize(v) !== null,
};

const DEFAULT_MAX_LINE = "64M";

const COUNT: ValueType = {
  placeholder: "N",
  allowed: "a whole number from 1 to 256",
  accepts: (v) => /^[1-9]\d*$/.test(v) && Number(v) <= 256,
};

export const extractCommand = {
  name: "extract",
  synopsis: [
    ["extract [options] FILE...", "print one JSON result per file (a JSON array when several);\nFILE - reads stdin"],
    [
      "extract --jsonl [options] [INPUT...]",
      'read JSONL records {"id","text","date"?,"lang"?}, one per line;\nwrite one JSON result per line, in input order.\n' +
      "INPUT: a JSONL file (gzipped or not), a folder of .txt files\n(id = path in the folder), or - for stdin (the default)",
    ],
  ],
  flags: [
    { name: "--jsonl", description: "read records, one result per line (see above)" },
    { name: "--lang", value: LANGUAGE, description: 'document language\n(overrides a record\'s "lang")', default: "auto" },
    {
      name: "--ref-date", value: ISO_DATE,
      description: 'reference date for relative dates, also YYYY-MM or YYYY\n(overrides a dateline and a record\'s "date")',
    },
    {
      name: "--format", value: oneOf(["json", "csv", "html"]), default: "json",
      description: "json: the full results\ncsv: one row per deal in tracker columns\nhtml: one self-contained page, each text with its mentions\nmarked and its deals beside it",
    },
    { name: "--pretty", description: "indent JSON output (files only)" },
    {
      name: "--rates", value: { placeholder: "FILE.csv", allowed: "a CSV file with columns currency, period, perUsd", accepts: () => true },
      description: "US dollar rates of your own (columns currency, period, perUsd,\nsource?), used before the shipped monthly table",
    },
    {
      name: "--max-line-bytes", value: SIZE_TYPE, default: DEFAULT_MAX_LINE,
      description: "with --jsonl: the longest input line read, in bytes\n(or with a suffix K, M, G); a longer line is skipped\nand gets an error line of its own",
    },
    {
      name: "--workers", value: COUNT, default: "the cores",
      description: "with --jsonl: worker threads\n(1: in the main thread; the same output whatever N)",
    },
    {
      name: "--resume", value: { placeholder: "OUT.jsonl", allowed: "a file name", accepts: () => true },
      description: "with --jsonl: append to OUT.jsonl instead of writing stdout,\nskipping the records it already holds (a cut last\nline is dropped first): rerun a killed run with it",
    },
    { name: "--progress", description: "with --jsonl: a progress line on stderr even when it is\nnot a terminal (shown on a terminal by default)" },
    { name: "--quiet", short: "-q", description: "no progress line" },
  ],
  run,
} satisfies Command & { run: (args: ParsedArgs) => Promise<number> };

type Format = "json" | "csv" | "html";

export interface ExtractArgs {
  files: string[];
  format: Format;
  pretty: boolean;
  maxLineBytes: number;
  options: ExtractOptions;
  workers: number;
  resume?: string;
  progress: boolean;
}

async function run({ flags, operands }: ParsedArgs): Promise<number> {
  const jsonl = flags.has("--jsonl");
  if (!jsonl && operands.length === 0) throw new UsageError("extract needs FILE... or --jsonl");
  for (const batchOnly of ["--workers", "--resume", "--progress"]) {
    if (!jsonl && flags.has(batchOnly)) throw new UsageError(`${batchOnly} goes with --jsonl`);
  }
  const args: ExtractArgs = {
    files: operands,
    format: (flags.get("--format") ?? "json") as Format,
    pretty: flags.has("--pretty"),
    maxLineBytes: parseSize(flags.get("--max-line-bytes") ?? DEFAULT_MAX_LINE)!,
    options: {},
    workers: flags.has("--workers") ? Number(flags.get("--workers")) : defaultWorkers(),
    progress: !flags.has("--quiet") && (flags.has("--progress") || process.stderr.isTTY === true),
  };
  if (flags.has("--resume")) {
    if (args.format !== "json") throw new UsageError(`--resume writes JSON lines; it does not go with --format ${args.format}`);
    args.resume = flags.get("--resume")!;
  }
  if (flags.has("--lang")) args.options.language = flags.get("--lang") as LanguageCode;
  if (flags.has("--ref-date")) args.options.referenceDate = flags.get("--ref-date");
  if (flags.has("--rates")) args.options.rates = await readRates(flags.get("--rates")!);
  // Loaded here, not at the top, so that --help and usage errors do not pay for the library (nor
  // the main thread of a run with workers, which loads it in each worker only).
  const loadExtract = async () => await import("../extract.js");
  if (!jsonl) return extractFiles(args, (await loadExtract()).extract);
  // an extracting thread on every core: V8's background compiles would take their time (src/cli/v8-tuning.ts)
  if (args.workers > 1) tuneForBusyCores(args.workers);
  const { extractJsonl } = await import("../batch/run.js");
  return extractJsonl(args, loadExtract);
}

/** The --rates file, read and checked before any input: a bad file is a usage error naming it. */
async function readRates(file: string): Promise<UsdRateInput[]> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`--rates ${fileError(file, e)}`);
  }
  // loaded here: the rates module holds the 40 kB monthly table, which --version and --help need not parse
  const { parseRatesCsv } = await import("../rates/csv.js");
  try {
    return parseRatesCsv(text, file);
  } catch (e) {
    throw new UsageError(`--rates ${(e as Error).message}`);
  }
}

type FileOutcome = { file: string; text: string; result: ExtractionResult } | { file: string; error: string };

async function extractFiles(args: ExtractArgs, extract: Extract): Promise<number> {
  const outcomes = args.files.map((file): FileOutcome => {
    try {
      const decoded = decodeTextFile(readFileSync(file === "-" ? 0 : file));
      if (decoded.invalid) process.stderr.write(`kzdeals: ${invalidUtf8Warning(file)}\n`);
      const text = decoded.text;
      return { file, text, result: extract(text, args.options) };
    } catch (e) {
      const error = fileError(file, e);
      process.stderr.write(`kzdeals: ${error}\n`);
      return { file, error };
    }
  });
  const failed = outcomes.some((o) => "error" in o);
  if (args.format === "html") {
    await writeWhole(reviewPage(outcomes.map((o, n) => ("result" in o ? documentSection(n, { label: o.file, ...o }) : errorSection(o.file, o.error)))));
  } else if (args.format === "csv") {
    let csv = CSV_HEADER;
    for (const o of outcomes) if ("result" in o) csv += dealsToCsv(o.file, o.result, o.text);
    await writeWhole(csv);
  } else if (outcomes.length === 1) {
    const [only] = outcomes;
    if ("result" in only!) await writeWhole(JSON.stringify(only.result, null, args.pretty ? 2 : undefined) + "\n");
  } else {
    const out = outcomes.map((o) => ("result" in o ? { file: o.file, ...o.result } : { file: o.file, error: o.error }));
    await writeWhole(JSON.stringify(out, null, args.pretty ? 2 : undefined) + "\n");
  }
  return failed ? 1 : 0;
}

