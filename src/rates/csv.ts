/**
 * Reads a caller's US dollar rates from CSV (`kzdeals extract --rates FILE.csv`): a header naming
 * the columns `currency`, `period` and `perUsd` (any order, case-insensitive; `per_usd` too) and an
 * optional `source`, then one rate a row: `KZT,2025-05,512.35,NBK`. Blank lines and lines starting
 * with `#` are skipped. A bad row is an error naming the file and the line.
 */
import { compileRates, type UsdRateInput } from "./rates.js";

const COLUMN_NAMES: Readonly<Record<string, keyof UsdRateInput>> = {
  currency: "currency", period: "period", perusd: "perUsd", per_usd: "perUsd", source: "source",
};

/** Splits one CSV line (RFC 4180 quoting, no line breaks inside quotes). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === "") { quoted = true; cell = ""; }
    else if (ch === ",") { out.push(cell.trim()); cell = ""; }
    else cell += ch;
  }
  out.push(cell.trim());
  return out;
}

export function parseRatesCsv(text: string, file = "rates"): UsdRateInput[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  let header: (keyof UsdRateInput | undefined)[] | null = null;
  const rates: UsdRateInput[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    const row = cells(line);
    if (!header) {
      header = row.map((name) => COLUMN_NAMES[name.toLowerCase()]);
      const missing = (["currency", "period", "perUsd"] as const).filter((c) => !header!.includes(c));
      if (missing.length > 0) throw new RangeError(`${file}:${i + 1}: the header must name the columns currency, period, perUsd (missing: ${missing.join(", ")})`);
      return;
    }
    const rate: Record<string, unknown> = {};
    header.forEach((column, c) => {
      if (column === undefined || row[c] === undefined || row[c] === "") return;
      rate[column] = column === "perUsd" ? Number(row[c]) : row[c];
    });
    try {
      compileRates([rate], "rate");
    } catch (e) {
      throw new RangeError(`${file}:${i + 1}: ${(e as Error).message.replace(/^kzdeals\.extract: rate\[0\] /, "")}`);
    }
    rates.push(rate as unknown as UsdRateInput);
  });
  if (!header) throw new RangeError(`${file}: no header (currency, period, perUsd)`);
  return rates;
}
