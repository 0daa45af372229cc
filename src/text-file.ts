/**
 * The text of a file given as a document (`kzdeals extract FILE`, a folder of .txt files): UTF-8, or UTF-16 when it
 * starts with a byte order mark, as Windows editors save "Unicode" text. A file that is neither (an archive in
 * Windows-1251, say) is read as UTF-8 with replacement characters, and `invalid` says so, for the caller to report:
 * read as it is, such a file gave no mention and no word about why.
 */
import { isUtf8 } from "node:buffer";

export interface DecodedText {
  text: string;
  /** The encoding read: "utf-8", "utf-16le" or "utf-16be". */
  encoding: "utf-8" | "utf-16le" | "utf-16be";
  /** UTF-8 that is not valid (read with U+FFFD in place of the bad bytes). */
  invalid: boolean;
}

export function decodeTextFile(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { text: buffer.subarray(0, buffer.length & ~1).toString("utf16le"), encoding: "utf-16le", invalid: false };
  }
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
    // (a copy: swap16 works in place)
    const swapped = Buffer.from(buffer.subarray(0, buffer.length & ~1)).swap16();
    return { text: swapped.toString("utf16le"), encoding: "utf-16be", invalid: false };
  }
  return { text: buffer.toString("utf8"), encoding: "utf-8", invalid: !isUtf8(buffer) };
}

/** The warning for a file that is not valid UTF-8 (see decodeTextFile). */
export function invalidUtf8Warning(file: string): string {
  return `${file}: not valid UTF-8; read with replacement characters (kzdeals reads UTF-8, or UTF-16 that starts with a byte order mark)`;
}
