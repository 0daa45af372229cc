/** `kzdeals eval GOLD_DIR [--docs DIR] [--json] [--verbose]`: the scoring table and a one-line summary. */
import { UsageError, type Command, type ParsedArgs, type ValueType } from "./args.js";
import { writeWhole } from "../batch/output.js";

const DIR: ValueType = { placeholder: "DIR", allowed: "a directory", accepts: () => true };

export const evalCommand = {
  name: "eval",
  synopsis: [["eval GOLD_DIR [options]", "score kzdeals against gold files (see README)"]],
  flags: [
    { name: "--docs", value: DIR, description: "where the documents are\n(default: GOLD_DIR, then GOLD_DIR/../seeds)" },
    { name: "--json", description: "the figures as JSON instead of the table" },
    { name: "--verbose", description: "list each document's misses under it" },
  ],
  run,
} satisfies Command & { run: (args: ParsedArgs) => Promise<number> };

async function run({ flags, operands }: ParsedArgs): Promise<number> {
  if (operands.length === 0) throw new UsageError("eval needs GOLD_DIR");
  if (operands.length > 1) throw new UsageError(`eval takes one GOLD_DIR (got "${operands[0]}" and "${operands[1]}")`);
  // Loaded here so that usage errors do not pay for the library.
  const { evaluate, formatTable } = await import("../eval/report.js");
  const { scores, summary } = evaluate(operands[0]!, flags.get("--docs"));
  await writeWhole(flags.has("--json")
    ? JSON.stringify({ summary, documents: scores }, null, 2) + "\n"
    : formatTable(scores, summary, flags.has("--verbose")));
  return 0;
}
