/**
 * Places named inside a quoted name ("тепличный комплекс «Шымкент Жемістері»", "логистический центр «Алматы Транзит»"):
 * part of a name, weaker than a place named for itself ("В Жамбылской области …"); places.ts marks them, attributes.ts
 * weighs them after the others.
 */
import type { PlaceHit } from "./sentence-info.js";

/**
 * Reads which quotes are open, left to right, once over the text: the places come in text order, so each is asked from
 * where the one before it was (a place at a time from its sentence's start made a long sentence of many places
 * quadratic).
 */
export class QuoteReader {
  private from = -1;
  private at = 0;
  private guillemets = 0;
  private curly = 0;
  private straight = 0;

  constructor(private readonly text: string) {}

  /** Whether `at` stands inside a «…», “…” or "…" pair opened after `from` (its sentence's start). */
  inside(from: number, at: number): boolean {
    if (from !== this.from || at < this.at) {
      this.from = this.at = from;
      this.guillemets = this.curly = this.straight = 0;
    }
    const text = this.text;
    for (let k = this.at; k < at; k++) {
      const c = text.charCodeAt(k);
      if (c === 0xab) this.guillemets++;
      else if (c === 0xbb) { if (this.guillemets > 0) this.guillemets--; }
      else if (c === 0x201c) this.curly++;
      else if (c === 0x201d) { if (this.curly > 0) this.curly--; }
      else if (c === 0x22) this.straight ^= 1;
    }
    this.at = Math.max(this.at, at);
    return this.guillemets > 0 || this.curly > 0 || this.straight === 1;
  }

  /** Marks the place as quoted when it stands inside quotes opened in its sentence. */
  mark(sentenceStart: number, h: PlaceHit): void {
    if (this.inside(sentenceStart, h.start)) h.quoted = true;
  }
}
