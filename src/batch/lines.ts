/**
 * Input lines of a JSONL stream, read as bytes. A line ends at byte 0x0A alone ("\r\n" too, its
 * "\r" dropped): a lone "\r" stays inside its line, where JSON reads it as white space. 0x0A never
 * occurs inside a UTF-8 multi-byte character, so each line is decoded by itself. A line longer than
 * the bound is counted and skipped as it streams past, never held, so one huge line costs no memory
 * and the lines after it are still read.
 */

export type InputLine =
  /** `number` counts every line from 1, blank ones included. */
  | { number: number; text: string }
  /** The same, not decoded yet (UTF-8): so read for worker threads, which decode their own lines. */
  | { number: number; bytes: Uint8Array }
  /** A line over the bound: its length in bytes without its line end. */
  | { number: number; tooLong: number };

/** A line's text (decoded as Buffer's toString("utf8") does, so the same for every thread). */
export function lineText(line: { text: string } | { bytes: Uint8Array }): string {
  if ("text" in line) return line.text;
  const { bytes } = line;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

/** Whether a line holds only white space (as String.prototype.trim reads it: a blank JSONL line). */
export function isBlank(line: InputLine): boolean {
  if ("tooLong" in line) return false;
  if ("text" in line) return line.text.trim() === "";
  for (const b of line.bytes) {
    // ASCII white space: tab, line feed, vertical tab, form feed, carriage return, space
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) continue;
    // anything else ASCII is not blank; a multi-byte character may be Unicode white space
    return b >= 0x80 ? lineText(line).trim() === "" : false;
  }
  return true;
}

const LF = 0x0a;
const CR = 0x0d;
const BOM = [0xef, 0xbb, 0xbf] as const;

/** Cuts chunks of bytes into lines; `maxBytes` counts a line's bytes without its "\n" or "\r\n". */
export class LineSplitter {
  private parts: Buffer[] = [];
  private size = 0; // bytes of the current line so far
  private last = -1; // its last byte, to tell a "\r\n" end
  private skipping = false; // over the bound: parts dropped, bytes only counted
  private number = 0;

  /** `raw`: lines as bytes, not decoded (see InputLine). */
  constructor(private readonly maxBytes: number, private readonly raw = false) {}

  /** The lines that `chunk` completes. */
  push(read: Buffer | string): InputLine[] {
    // a stream in text mode (setEncoding, Readable.from of strings) gives strings
    const chunk = typeof read === "string" ? Buffer.from(read, "utf8") : read;
    const lines: InputLine[] = [];
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(LF, start);
      const end = newline < 0 ? chunk.length : newline;
      if (end > start) {
        this.size += end - start;
        this.last = chunk[end - 1]!;
        // One byte of slack for the "\r" of a "\r\n" end, which the bound does not count.
        if (!this.skipping && this.size > this.maxBytes + 1) {
          this.skipping = true;
          this.parts = [];
        }
        if (!this.skipping) this.parts.push(chunk.subarray(start, end));
      }
      if (newline < 0) break;
      lines.push(this.finish());
      start = newline + 1;
    }
    return lines;
  }

  /** The last line, when the input does not end with "\n". */
  end(): InputLine[] {
    return this.size > 0 ? [this.finish()] : [];
  }

  private finish(): InputLine {
    const number = ++this.number;
    const length = this.last === CR ? this.size - 1 : this.size;
    let line: InputLine;
    if (this.skipping || length > this.maxBytes) {
      line = { number, tooLong: length };
    } else {
      // a line within one read is a view of it (no copy: the read is not reused, and a batch for the workers is
      // copied out of it, see packLines in pool.ts); one across reads is joined
      const whole = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.size);
      let bytes = whole.subarray(0, length);
      if (number === 1 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2]) bytes = bytes.subarray(3);
      line = this.raw ? { number, bytes } : { number, text: bytes.toString("utf8") };
    }
    this.parts = [];
    this.size = 0;
    this.last = -1;
    this.skipping = false;
    return line;
  }
}

/** A line read as text (or over the bound). */
export type TextLine = Exclude<InputLine, { bytes: Uint8Array }>;

export async function* readLines(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<TextLine> {
  for await (const lines of readLineBatches(input, maxBytes)) yield* lines as TextLine[];
}

/**
 * The same lines, as the arrays that each chunk of input completes (never empty): a batch is as
 * big as a read, so a batch waits for no later input (a line typed at a terminal goes at once).
 */
export async function* readLineBatches(input: AsyncIterable<Buffer | string>, maxBytes: number, raw = false): AsyncGenerator<InputLine[]> {
  const splitter = new LineSplitter(maxBytes, raw);
  for await (const chunk of input) {
    const lines = splitter.push(chunk);
    if (lines.length > 0) yield lines;
  }
  const last = splitter.end();
  if (last.length > 0) yield last;
}
