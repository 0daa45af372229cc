/**
 * `kzdeals merge [FILE]`: the results of `kzdeals extract --jsonl` (stdin by default) merged into one
 * record per project (src/projects/), as JSONL, in tracker CSV columns or as the HTML tracker report.
 */
import { createReadStream, statSync } from "node:fs";
import { writeWhole } from "../batch/output.js";
import { oneOf, UsageError, type Command, type ParsedArgs } from "./args.js";

export const mergeCommand = {
  name: "merge",
  synopsis: [["merge [options] [FILE]", "merge extract --jsonl results (FILE, or stdin) into one record\nper project, in US dollars"]],
  flags: [
    {
      name: "--format", value: oneOf(["json", "csv", "html"]), default: "json",
      description: "json, csv or html\njson: one record per line; csv: tracker columns\nhtml: the tracker report, one self-contained page",
    },
    {
      name: "--texts", value: { placeholder: "FILE.jsonl", allowed: "a JSONL file of {\"id\",\"text\"} records", accepts: () => true },
      description: "with --format html: the articles given to extract --jsonl,\nto quote each project's evidence from them",
    },
  ],
  run,
} satisfies Command & { run: (args: ParsedArgs) => Promise<number> };

async function run({ flags, operands }: ParsedArgs): Promise<number> {
  if (operands.length > 1) throw new UsageError(`merge takes one FILE (got "${operands[0]}" and "${operands[1]}")`);
  const file = operands[0];
  if (file !== undefined && file !== "-") {
    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      throw new Error(`merge: ${file}: no such file or directory (ENOENT)`);
    }
    if (!isFile) throw new Error(`merge: ${file}: is a directory (EISDIR)`);
  }
  const format = (flags.get("--format") ?? "json") as "json" | "csv" | "html";
  const texts = flags.get("--texts");
  if (texts !== undefined) {
    if (format !== "html") throw new UsageError("--texts goes with --format html");
    if (texts === "-" && (file === undefined || file === "-")) throw new UsageError("--texts - and the results cannot both be stdin");
    if (texts !== "-") {
      try {
        if (!statSync(texts).isFile()) throw new UsageError(`--texts ${texts}: is a directory (EISDIR)`);
      } catch (e) {
        if (e instanceof UsageError) throw e;
        throw new UsageError(`--texts ${texts}: no such file or directory (ENOENT)`);
      }
    }
  }
  // Loaded here, not at the top, so that --help and usage errors do not pay for the library.
  const { runMerge } = await import("../projects/stream.js");
  const input = file === undefined || file === "-" ? process.stdin : createReadStream(file);
  const summary = await runMerge(input, writeWhole, {
    format,
    ...(texts === undefined ? {} : { texts: texts === "-" ? process.stdin : createReadStream(texts) }),
    onError: (message) => process.stderr.write(`kzdeals: merge: ${message}\n`),
  });
  process.stderr.write(`kzdeals: merge: ${summary.deals} deal(s) from ${summary.documents} document(s) in ${summary.projects} project(s)` +
    (summary.skipped > 0 ? `; ${summary.skipped} line(s) skipped\n` : "\n"));
  return summary.skipped > 0 ? 1 : 0;
}
