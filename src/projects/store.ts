/**
 * Where the merger keeps each deal's JSON until the records are built: in memory (mergeDeals), or
 * in a temporary file (runMerge, the command line), so that memory holds only the compact views
 * and blocks. On 1 million synthetic deals the file saves about a third of the heap
 * (scripts/bench-merge.mjs).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface SourceStore {
  /** Keeps `json` and returns a handle to read it back with. */
  put(json: string): string | number;
  get(handle: string | number): string;
  /** Frees what the store holds (the temporary file). */
  close(): void;
}

export const memoryStore: SourceStore = {
  put: (json) => json,
  get: (handle) => handle as string,
  close: () => undefined,
};

/** The handle is offset * 2^20 + length, exact in a double for a deal under 1 MB in a file under 8 GB. */
const LENGTH_BITS = 2 ** 20;
const FLUSH_BYTES = 1 << 20;

export class FileStore implements SourceStore {
  private readonly dir = mkdtempSync(join(tmpdir(), "kzdeals-merge-"));
  private readonly fd = openSync(join(this.dir, "deals.jsonl"), "w+");
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private offset = 0;

  put(json: string): number {
    const bytes = Buffer.from(json, "utf8");
    if (bytes.length >= LENGTH_BITS) throw new Error("a deal of 1 MB or more cannot be stored");
    const handle = this.offset * LENGTH_BITS + bytes.length;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    this.offset += bytes.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    return handle;
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    writeSync(this.fd, Buffer.concat(this.pending, this.pendingBytes));
    this.pending = [];
    this.pendingBytes = 0;
  }

  get(handle: string | number): string {
    this.flush();
    const h = handle as number;
    const length = h % LENGTH_BITS;
    const offset = (h - length) / LENGTH_BITS;
    const buffer = Buffer.allocUnsafe(length);
    readSync(this.fd, buffer, 0, length, offset);
    return buffer.toString("utf8");
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
