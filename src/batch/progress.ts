/**
 * The progress line of a batch run on stderr, redrawn in place ("\r") a few times a second:
 * documents, MB read, MB/s, elapsed time and, when the input size is known, percent and ETA.
 * Shown when stderr is a terminal (or with --progress), never with --quiet. One line of text
 * needs no library.
 */

const REDRAW_MS = 250;

export interface ProgressFigures {
  documents: number;
  bytes: number;
  seconds: number;
  /** The input's size in bytes, when known. */
  total?: number;
}

/** `0:07`, `12:30`, `1:02:03`. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const two = (n: number) => String(n).padStart(2, "0");
  const minutes = Math.floor(s / 60);
  return s >= 3600 ? `${Math.floor(s / 3600)}:${two(minutes % 60)}:${two(s % 60)}` : `${minutes}:${two(s % 60)}`;
}

/** The line, e.g. `12,345 documents  120.5 MB  10.2 MB/s  0:12  45%  ETA 0:15`. */
export function progressLine({ documents, bytes, seconds, total }: ProgressFigures): string {
  const mb = bytes / 1e6;
  const rate = seconds > 0 ? mb / seconds : 0;
  const parts = [`${documents.toLocaleString("en-US")} documents`, `${mb.toFixed(1)} MB`, `${rate.toFixed(1)} MB/s`, clock(seconds)];
  if (total !== undefined && total > 0) {
    const done = Math.min(1, bytes / total);
    parts.push(`${Math.floor(done * 100)}%`);
    if (bytes > 0 && done < 1) parts.push(`ETA ${clock((seconds * (1 - done)) / done)}`);
  }
  return parts.join("  ");
}

export class Progress {
  private documents = 0;
  private bytes = 0;
  private readonly started = process.hrtime.bigint();
  private readonly timer: NodeJS.Timeout | undefined;
  private shown = false;

  constructor(private readonly enabled: boolean, private readonly total?: number) {
    if (enabled) this.timer = setInterval(() => this.draw(), REDRAW_MS).unref();
  }

  read(bytes: number): void {
    this.bytes += bytes;
  }

  wrote(documents: number): void {
    this.documents += documents;
  }

  /** Clears the line, so that a message can be written to stderr. */
  clear(): void {
    if (this.shown) process.stderr.write("\r\x1b[K");
    this.shown = false;
  }

  /** The last figures, left on their line. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (!this.enabled) return;
    this.draw();
    process.stderr.write("\n");
    this.shown = false;
  }

  private draw(): void {
    const seconds = Number(process.hrtime.bigint() - this.started) / 1e9;
    const line = progressLine({ documents: this.documents, bytes: this.bytes, seconds, total: this.total });
    process.stderr.write(`\r${line}\x1b[K`);
    this.shown = true;
  }
}
