/**
 * `kzdeals extract FILE...` (one JSON result per file, an array when several) and
 * `kzdeals extract --jsonl` (one JSON result per input line, streamed in input order).
 * With --format csv or html the same results are written as tracker rows or as one review page.
 * A file or line that fails is reported in its place and the run goes on; exit 1 at the end.
 */
import { readFileSync } from "node:fs";
import { constants as buffer } from "node:buffer";
import { readLines } from "../batch/lines.js";
import { isInterrupted, writeWhole } from "../batch/output.js";
import { CSV_HEADER, dealsToCsv } from "../csv.js";
import { documentSection, errorSection, reviewPage } from "../formats/html/review.js";
import { parseRatesCsv } from "../rates/csv.js";
import type { UsdRateInput } from "../rates/rates.js";
import { parseIsoDate } from "../reference-date.js";
import type { ExtractOptions, ExtractionResult, LanguageCode } from "../types.js";
import { mustBe, oneOf, UsageError, type Command, type ParsedArgs, type ValueType } from "./args.js";

type Extract = (text: string, options?: ExtractOptions) => ExtractionResult;

export const LANGUAGE = oneOf(["kk", "ru", "en", "auto"]);

export const ISO_DATE: ValueType = {
  placeholder: "YYYY-MM-DD",
  allowed: "an ISO date YYYY-MM-DD, YYYY-MM or YYYY",
  accepts: (v) => parseIsoDate(v) !== null,
};

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

export const extractCommand = {
  name: "extract",
  synopsis: [
    ["extract [options] FILE...", "print one JSON result per file (a JSON array when several);\nFILE - reads stdin"],
    ["extract --jsonl [options]", 'read JSONL from stdin: {"id","text","date"?,"lang"?} per line;\nwrite one JSON result per line, in input order'],
  ],
  flags: [
    { name: "--jsonl", description: "read records from stdin instead of FILEs (see above)" },
    { name: "--lang", value: LANGUAGE, description: 'document language\n(overrides a record\'s "lang")', default: "auto" },
    {
      name: "--ref-date", value: ISO_DATE,
      description: 'reference date for relative dates, also YYYY-MM or YYYY\n(overrides a dateline and a record\'s "date")',
    },
    {
      name: "--format", value: oneOf(["json", "csv", "html"]), default: "json",
      description: "json, csv or html\ncsv: one row per deal in tracker columns\nhtml: one self-contained review page, each text with\nits mentions marked and its deals beside it",
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
  ],
  run,
} satisfies Command & { run: (args: ParsedArgs) => Promise<number> };

type Format = "json" | "csv" | "html";

interface ExtractArgs {
  files: string[];
  format: Format;
  pretty: boolean;
  maxLineBytes: number;
  options: ExtractOptions;
}

async function run({ flags, operands }: ParsedArgs): Promise<number> {
  const jsonl = flags.has("--jsonl");
  if (jsonl && operands.length > 0) throw new UsageError("--jsonl reads stdin; give no FILE");
  if (!jsonl && operands.length === 0) throw new UsageError("extract needs FILE... or --jsonl");
  const args: ExtractArgs = {
    files: operands,
    format: (flags.get("--format") ?? "json") as Format,
    pretty: flags.has("--pretty"),
    maxLineBytes: parseSize(flags.get("--max-line-bytes") ?? DEFAULT_MAX_LINE)!,
    options: {},
  };
  if (flags.has("--lang")) args.options.language = flags.get("--lang") as LanguageCode;
  if (flags.has("--ref-date")) args.options.referenceDate = flags.get("--ref-date");
  if (flags.has("--rates")) args.options.rates = readRates(flags.get("--rates")!);
  // Loaded here, not at the top, so that --help and usage errors do not pay for the library.
  const { extract } = await import("../extract.js");
  return jsonl ? extractJsonl(args, extract) : extractFiles(args, extract);
}

/** The --rates file, read and checked before any input: a bad file is a usage error naming it. */
function readRates(file: string): UsdRateInput[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`--rates ${fileError(file, e)}`);
  }
  try {
    return parseRatesCsv(text, file);
  } catch (e) {
    throw new UsageError(`--rates ${(e as Error).message}`);
  }
}

const ERRNO: Record<string, string> = {
  ENOENT: "no such file or directory",
  EISDIR: "is a directory",
  ENOTDIR: "not a directory",
  EACCES: "permission denied",
};

/** A file's error with its path: Node's own messages leave it out for some (EISDIR). */
function fileError(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return `${file}: ${code !== undefined && ERRNO[code] ? `${ERRNO[code]} (${code})` : (e as Error).message}`;
}

type FileOutcome = { file: string; text: string; result: ExtractionResult } | { file: string; error: string };

async function extractFiles(args: ExtractArgs, extract: Extract): Promise<number> {
  const outcomes = args.files.map((file): FileOutcome => {
    try {
      const text = readFileSync(file === "-" ? 0 : file, "utf8");
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

/** A record's output line (without its line end), or the error that takes its place. */
type LineOutcome = { out: string } | { id: unknown; error: string };

class RecordError extends Error {}

/** `line 12 (id a7): reason`: where to look in the input. */
function where(lineNo: number, id: unknown): string {
  if (id === null || id === undefined) return `line ${lineNo}`;
  return `line ${lineNo} (id ${typeof id === "string" ? id : JSON.stringify(id)})`;
}

function processRecord(line: string, lineNo: number, args: ExtractArgs, extract: Extract): LineOutcome {
  let id: unknown = null;
  try {
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch (e) {
      throw new RecordError(`not valid JSON (${(e as Error).message})`);
    }
    if (typeof input !== "object" || input === null || Array.isArray(input)) throw new RecordError("expected a JSON object");
    const rec = input as Record<string, unknown>;
    id = rec.id ?? null;
    if (typeof rec.text !== "string") throw new RecordError('"text" must be a string');
    const options: ExtractOptions = { ...args.options };
    if (rec.date !== undefined && rec.date !== null && options.referenceDate === undefined) {
      if (typeof rec.date !== "string" || !ISO_DATE.accepts(rec.date)) throw new RecordError(mustBe('"date"', ISO_DATE, rec.date));
      options.referenceDate = rec.date;
    }
    if (rec.lang !== undefined && rec.lang !== null && options.language === undefined) {
      if (typeof rec.lang !== "string" || !LANGUAGE.accepts(rec.lang)) throw new RecordError(mustBe('"lang"', LANGUAGE, rec.lang));
      options.language = rec.lang as LanguageCode;
    }
    const result = extract(rec.text, options);
    if (args.format === "csv") return { out: dealsToCsv(String(id ?? lineNo), result, rec.text).replace(/\r\n$/, "") };
    if (args.format === "html") return { out: documentSection(lineNo, { label: id === null ? `line ${lineNo}` : String(id), text: rec.text, result }) };
    return { out: JSON.stringify({ id, ...result }) };
  } catch (e) {
    return { id, error: `${where(lineNo, id)}: ${(e as Error).message}` };
  }
}

async function extractJsonl(args: ExtractArgs, extract: Extract): Promise<number> {
  const csv = args.format === "csv";
  // html: each document's section is rendered as its line is read (the text is not kept), the page written at the end.
  const sections: string[] | null = args.format === "html" ? [] : null;
  let failed = 0;
  let records = 0; // non-blank lines
  if (csv) await writeWhole(CSV_HEADER);
  for await (const line of readLines(process.stdin, args.maxLineBytes)) {
    if (isInterrupted()) break;
    if ("text" in line && line.text.trim() === "") continue;
    records++;
    const outcome: LineOutcome = "text" in line
      ? processRecord(line.text, line.number, args, extract)
      : { id: null, error: `line ${line.number}: longer than --max-line-bytes (${line.tooLong} bytes, limit ${args.maxLineBytes})` };
    let out: string;
    if ("error" in outcome) {
      failed++;
      if (sections) {
        process.stderr.write(`kzdeals: ${outcome.error}\n`);
        sections.push(errorSection(`line ${line.number}`, outcome.error));
        continue;
      }
      if (csv) {
        process.stderr.write(`kzdeals: ${outcome.error}\n`);
        continue;
      }
      out = JSON.stringify({ id: outcome.id, line: line.number, error: outcome.error });
    } else {
      out = outcome.out;
    }
    if (sections) sections.push(out);
    else if (out !== "") await writeWhole(out + (csv ? "\r\n" : "\n"));
  }
  if (sections && !isInterrupted()) await writeWhole(reviewPage(sections));
  if (failed > 0 && !isInterrupted()) process.stderr.write(`kzdeals: ${failed} of ${records} line(s) failed\n`);
  return failed > 0 ? 1 : 0;
}
