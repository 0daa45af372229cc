/**
 * Days and seasons counted from a reference day: the weekday nearest a day of the month ("Tuesday the 19th"), the
 * last or next weekday ("last Friday"), the last or next season of a name ("last summer", "следующей весной").
 */
import { addCalendarMonths, calendarDaysBetween, isCalendarDay, isoWeekday } from "./calendar.js";
import type { CalendarDay } from "./calendar.js";

/** Seasons numbered from year 0, four a year, spring first: a winter is counted with the year of its December. */
export function seasonIndex(year: number, month: number): number {
  return month <= 2 ? (year - 1) * 4 + 3 : year * 4 + Math.floor((month - 3) / 3);
}

/**
 * The season numbered `target` (0 spring … 3 winter) counted `offset` times from the season `from`: −1 the last
 * one of that name before it, +1 the next after it (the current season is neither).
 */
export function countedSeason(from: number, target: number, offset: number): number {
  if (offset < 0) return from - 1 - ((((from - 1 - target) % 4) + 4) % 4) + 4 * (offset + 1);
  if (offset > 0) return from + 1 + ((((target - from - 1) % 4) + 4) % 4) + 4 * (offset - 1);
  return from;
}

/**
 * "Tuesday the 19th": of the dates whose day of the month is `day` and whose weekday is `weekday`, the
 * nearest to the reference day (the earlier of two as near), within a year either side; null if none.
 */
export function weekdayOnDay(year: number, month: number, refDay: number, weekday: number, day: number): CalendarDay | null {
  let best: CalendarDay | null = null;
  let bestDistance = Infinity;
  for (let offset = -12; offset <= 12; offset++) {
    const m = addCalendarMonths(year, month, offset);
    if (!isCalendarDay(m.year, m.month, day) || isoWeekday(m.year, m.month, day) !== weekday) continue;
    const distance = Math.abs(calendarDaysBetween({ year, month, day: refDay }, { year: m.year, month: m.month, day }));
    if (distance < bestDistance) {
      best = { year: m.year, month: m.month, day };
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Days from a reference weekday to a weekday (1 = Monday … 7 = Sunday): the previous one (−1…−7),
 * the next one (+1…+7), or the nearest (−3…+3, the reference day itself when they are the same).
 */
export function weekdayOffset(from: number, to: number, direction: number, tense = 0): number {
  const ahead = (((to - from) % 7) + 7) % 7;
  // a clause in the past or the future: the day on or before (after) the reference day ("signed on Monday", said on a
  // Monday, is that day)
  if (direction === 0 && tense < 0) return ahead === 0 ? 0 : ahead - 7;
  if (direction === 0 && tense > 0) return ahead;
  if (direction < 0) return ahead === 0 ? -7 : ahead - 7;
  if (direction > 0) return ahead === 0 ? 7 : ahead;
  return ahead > 3 ? ahead - 7 : ahead;
}
