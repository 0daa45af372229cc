import { DATELINE, WIRE_DATELINE } from "../patterns/dateline.js";

export interface Dateline {
  /** The ISO date it carries ("2025-10-09", "2025-05"). */
  iso: string;
  /** Offset just after the date: the body starts here. */
  end: number;
}

/** Reads a leading dateline, if the text has one. */
export function readDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  return { iso: m[1]!, end: m.index + m[0].length };
}

/**
 * Where the date of a news agency's dateline may stand (see patterns/dateline.ts WIRE_DATELINE): start and end pairs,
 * in text order, one per paragraph that opens with one (none for most texts).
 */
export function wireDatelines(text: string): number[] {
  let out: number[] | null = null;
  WIRE_DATELINE.lastIndex = 0;
  for (let m = WIRE_DATELINE.exec(text); m; m = WIRE_DATELINE.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    (out ??= []).push(start, start + m[1]!.length);
  }
  return out ?? NONE;
}

const NONE: number[] = [];
