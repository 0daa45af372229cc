/**
 * The dateline some news feeds put before the body: " date 2025-10-09 Текст…"
 * (leading space optional, month and day optional, after a byte order mark if the file
 * had one). It sets the reference date and is never a mention.
 */
import { registerPattern } from "../src/regex.js";

export const DATELINE = registerPattern(
  "dateline",
  new RegExp(
    [
      String.raw`^\uFEFF?`, // a byte order mark that a file reader left in
      String.raw`[\p{Zs}\t]?`, // optional leading space
      String.raw`date[\p{Zs}\t]+`,
      String.raw`(\d{4}(?:-\d{2}(?:-\d{2})?)?)`, // 1: ISO year, month or day
      String.raw`(?=\s|$)`,
    ].join(""),
    "u",
  ),
);
