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
  /** A line over the bound: its length in bytes without its line end. */
  | { number: number; tooLong: number };

const LF = 0x0a;
const CR = 0x0d;
const BOM = [0xef, 0xbb, 0xbf] as const;

/** `maxBytes` counts a line's bytes without its "\n" or "\r\n". */
export async function* readLines(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let size = 0; // bytes of the current line so far
  let last = -1; // its last byte, to tell a "\r\n" end
  let skipping = false; // over the bound: parts dropped, bytes only counted
  let number = 0;

  const finish = (): InputLine => {
    number++;
    const length = last === CR ? size - 1 : size;
    let line: InputLine;
    if (skipping || length > maxBytes) {
      line = { number, tooLong: length };
    } else {
      let bytes = Buffer.concat(parts, size).subarray(0, length);
      if (number === 1 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2]) bytes = bytes.subarray(3);
      line = { number, text: bytes.toString("utf8") };
    }
    parts = [];
    size = 0;
    last = -1;
    skipping = false;
    return line;
  };

  for await (const read of input) {
    // a stream in text mode (setEncoding, Readable.from of strings) gives strings
    const chunk = typeof read === "string" ? Buffer.from(read, "utf8") : read;
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(LF, start);
      const end = newline < 0 ? chunk.length : newline;
      if (end > start) {
        size += end - start;
        last = chunk[end - 1]!;
        // One byte of slack for the "\r" of a "\r\n" end, which the bound does not count.
        if (!skipping && size > maxBytes + 1) {
          skipping = true;
          parts = [];
        }
        if (!skipping) parts.push(chunk.subarray(start, end));
      }
      if (newline < 0) break;
      yield finish();
      start = newline + 1;
    }
  }
  if (size > 0) yield finish(); // a last line without "\n"
}
