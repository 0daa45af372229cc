/** The reference date relative dates are resolved against, at the precision it was given. */
export interface ReferenceDate {
  year: number;
  /** 1..12 when known. */
  month?: number;
  /** 1..31 when known. */
  day?: number;
  /** As reported in the result: "2025", "2025-10" or "2025-10-09". */
  iso: string;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "2025", "2025-10" or "2025-10-09"; null when the string is not a real calendar date. */
export function parseIsoDate(value: string): ReferenceDate | null {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return null;
  return { year, month, day, iso: m[0] };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A Date as a reference date: the calendar day it is in the caller's local time zone (the day
 * `date.toLocaleDateString()` shows), so "сегодня" written at 00:30 in Almaty is that day, not
 * the UTC one before it. Pass an ISO string to name a day independently of the time zone.
 */
export function fromDate(date: Date): ReferenceDate {
  const year = date.getFullYear();
  const month = date.getMonth() + 1;
  const day = date.getDate();
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { year, month, day, iso };
}
