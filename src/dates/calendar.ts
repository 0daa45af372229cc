/**
 * Calendar arithmetic on whole days of the proleptic Gregorian calendar, as integers: the answers
 * of `new Date(y, m - 1, d)` with date-fns' isExists / addDays / addMonths read back with
 * getFullYear / getMonth / getDate, without building Date objects (a relative date cost a few
 * hundred nanoseconds that way). Like the Date constructor, a year 0–99 given to `fromCalendar`
 * stands for 1900–1999.
 */

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in month 1–12 of a year. */
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/**
 * Whether year/month (1–12)/day names a calendar day, as date-fns `isExists(year, month - 1, day)`:
 * false for a year 0–99 too, which the Date constructor reads as 1900–1999.
 */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year >= 0 && year <= 99) return false;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The year as `new Date(year, …)` reads it (0–99 → 1900–1999). */
function dateYear(year: number): number {
  return year >= 0 && year <= 99 ? year + 1900 : year;
}

/** Days since 1970-01-01 of a valid calendar day (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A calendar day: year, month 1–12, day. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The calendar day `days` after 1970-01-01 (H. Hinnant's civil_from_days). */
function civilFromDays(days: number): CalendarDay {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** `days` days after a valid calendar day (date-fns addDays on `new Date(year, month - 1, day)`). */
export function addCalendarDays(year: number, month: number, day: number, days: number): CalendarDay {
  return civilFromDays(daysFromCivil(dateYear(year), month, day) + days);
}

/** The month `months` after a month (date-fns addMonths on its first day): year and month 1–12. */
export function addCalendarMonths(year: number, month: number, months: number): CalendarDay {
  const index = dateYear(year) * 12 + month - 1 + months;
  const y = Math.floor(index / 12);
  return { year: y, month: index - y * 12 + 1, day: 1 };
}

/** The weekday of a valid calendar day: 1 (Monday) … 7 (Sunday). */
export function isoWeekday(year: number, month: number, day: number): number {
  // 1970-01-01 was a Thursday (4)
  const d = (((daysFromCivil(dateYear(year), month, day) + 3) % 7) + 7) % 7;
  return d + 1;
}
