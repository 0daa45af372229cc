import { DATELINE } from "../patterns/dateline.js";

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
