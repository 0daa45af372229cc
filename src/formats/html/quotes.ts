/**
 * The quoted evidence of the report: merge sees only extract's results, whose evidence spans point
 * into texts it never read. Given the articles (the `extract --jsonl` input: {"id", "text"} per
 * line), each source deal's spans are cut out of its text. Only the quotes are kept, not the texts.
 */
import type { Readable } from "node:stream";
import { readLines } from "../../batch/lines.js";
import type { DealRef } from "../../projects/view.js";
import type { Span } from "../../types.js";
import type { QuoteLookup } from "./report.js";

/** Evidence spans per document id, per deal index in that document. */
export type EvidenceSpans = Map<string, Span[][]>;

/**
 * Reads the articles and returns each source deal's quotes. A record without an id is "#n", n its
 * position among the records from 1, as merge names a result without one. Lines that are not
 * records with a text are passed over (reported to `onError`).
 */
export async function readQuotes(texts: Readable, evidence: EvidenceSpans, maxLineBytes: number, onError?: (message: string) => void): Promise<QuoteLookup> {
  const quotes = new Map<string, string[][]>();
  let records = 0;
  for await (const line of readLines(texts, maxLineBytes)) {
    if (!("text" in line)) {
      onError?.(`texts line ${line.number}: too long (${line.tooLong} bytes)`);
      continue;
    }
    if (line.text.trim() === "") continue;
    records++;
    let rec: { id?: unknown; text?: unknown };
    try {
      rec = JSON.parse(line.text) as typeof rec;
    } catch {
      onError?.(`texts line ${line.number}: not valid JSON`);
      continue;
    }
    const id = rec.id === undefined || rec.id === null ? `#${records}` : String(rec.id);
    const spans = evidence.get(id);
    if (spans === undefined || typeof rec.text !== "string") continue;
    const text = rec.text;
    quotes.set(id, spans.map((list) => list.map((s) => text.slice(s.start, s.end).replace(/\s+/g, " ").trim())));
  }
  return (ref: DealRef) => quotes.get(ref.document)?.[ref.deal];
}
