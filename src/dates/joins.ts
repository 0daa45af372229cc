/**
 * The date stage's joining steps, after overlaps are resolved (src/recognizers/date.ts): matches side by
 * side that make one date. A leading year and the yearless date after it ("2025 жылғы 10 мамыр"), a
 * relative date and the explicit date that restates it ("вчера, 9 мая 2019 года"), and the two ends of a
 * range ("с 10 по 15 мая", "13 июля – 15 июля").
 */
import { joinParts, yearless } from "./resolve.js";
import type { DateGrammar, DateParts } from "./types.js";
import { registerPattern } from "../regex.js";
import type { RecognizerContext } from "../recognizers/types.js";
import type { FoundList } from "./found-list.js";

// Each step reads the matches in order and writes them back in place: a join writes one entry for two,
// so the entry written is never one still to be read.

/** Joins a leading year (a year in a leading case form) with the yearless date right after it. */
export function joinLeadingYears(context: RecognizerContext, found: FoundList): void {
  const n = found.length;
  const parts = found.parts;
  if (!someParts(found, (p) => p.leads === true)) return;
  let w = 0;
  for (let i = 0; i < n; i++, w++) {
    const f = parts[i]!;
    if (f.leads && i + 1 < n && yearless(parts[i + 1]!) && SPACE_ONLY.test(context.normalized.slice(found.end[i]!, found.start[i + 1]!))) {
      found.set(w, found.start[i]!, found.end[i + 1]!, found.order[i]!, joinParts(f, parts[i + 1]!));
      i++;
    } else {
      found.copy(w, found, i);
    }
  }
  found.truncate(w);
}

/** Whether the parts of some match pass `test`. */
function someParts(found: FoundList, test: (p: DateParts) => boolean): boolean {
  for (let i = 0; i < found.length; i++) if (test(found.parts[i]!)) return true;
  return false;
}
const SPACE_ONLY = registerPattern("date.spaceOnly", /^\s{1,3}$/u);

/**
 * A relative date next to the explicit date it stands for is one date: the span covers both, the value
 * is the explicit date's. A weekday or a relative day beside a date with a day ("пятницу, 21 июня",
 * "21 June, Friday", "вчера, 9 мая 2019 года", "yesterday, May 9"); a relative month beside a date with
 * a month, a relative year or an offset in years beside a date with a year ("год назад, в мае 2024
 * года", "через четыре года, в декабре 1981").
 */
export function joinAppositions(context: RecognizerContext, found: FoundList): void {
  if (!someParts(found, isRelative)) return;
  const n = found.length;
  const parts = found.parts;
  let w = 0;
  for (let i = 0; i < n; i++, w++) {
    const f = parts[i]!;
    if (i + 1 < n && isRelative(f) !== isRelative(parts[i + 1]!)) {
      const next = parts[i + 1]!;
      const [relative, date, dateAt] = isRelative(f) ? [f, next, i + 1] : [next, f, i];
      const end = found.end[i]!;
      const nextStart = found.start[i + 1]!;
      const gap = context.normalized.slice(end, nextStart);
      // a weekday may stand right beside its date ("пятницу 21 июня"); other relative dates are restated
      // after a comma or bracket ("вчера, 9 мая"), not joined by a range word ("этого года по 15 мая")
      if (restates(date, relative) && nextStart - end <= 8 && WEEKDAY_GAP.test(gap)
        && (relative.weekday !== undefined || APPOSITION_MARK.test(gap))) {
        found.set(w, found.start[i]!, found.end[i + 1]!, found.order[dateAt]!, date);
        i++;
        continue;
      }
    }
    found.copy(w, found, i);
  }
  found.truncate(w);
}

/**
 * Whether the parts name a date relative to the reference date (a weekday, a relative day, month or
 * year); one counted from the date before ("на следующий день") restates none.
 */
function isRelative(p: DateParts): boolean {
  if (p.relativeDay?.fromPrevious || p.relativeMonth?.fromPrevious || p.relativeYear?.fromPrevious) return false;
  return p.weekday !== undefined || p.relativeDay !== undefined || p.relativeMonth !== undefined
    || (p.relativeYear !== undefined && p.year === undefined);
}

/** Whether an explicit date (no relative part) is as precise as a relative one, and so can restate it. */
function restates(date: DateParts, relative: DateParts): boolean {
  if (isRelative(date) || date.relativeDay || date.relativeMonth || date.relativeYear || date.relativeWeek || date.relativeSeason || date.relativeQuarter || date.relativeHalf || date.day2 !== undefined || date.year2 !== undefined) return false;
  if (relative.weekday !== undefined || relative.relativeDay) return date.day !== undefined && date.month !== undefined;
  if (relative.relativeMonth) return date.month !== undefined && (relative.day === undefined || date.day !== undefined);
  return date.year !== undefined;
}
/** A comma or an opening bracket: what sets off a restatement. */
const APPOSITION_MARK = registerPattern("date.appositionMark", /[,(]/);
/** Between a weekday and its date: a comma, a bracket, spaces, at most one short word ("в", "on"). */
const WEEKDAY_GAP = registerPattern("date.weekdayGap", /^[ \t]{0,3}(?:[,(][ \t]{0,3})?(?:\p{L}{1,2}[ \t]{1,3})?$/u);

/**
 * Two dates written as the two ends of one range are one date with an interval value: joined by a
 * dash ("13 июля – 15 июля 2025 года"), by a range word after a date that opens one ("from March 3 to
 * March 10, 2025"), or an opening date followed by a closing one ("с 10 мая до 15 мая", Kazakh "10
 * мамырдан 15 мамырға дейін", the first in the ablative), or "X мен Y аралығында" / "between X and Y". Both ends name the same kind of point (two
 * days, two months, two years), and the range goes forward; a year written on one end holds for both.
 */
export function joinRanges(context: RecognizerContext, grammars: readonly DateGrammar[], found: FoundList): void {
  const n = found.length;
  if (n < 2) return;
  const text = context.normalized;
  const parts = found.parts;
  let w = 0;
  for (let i = 0; i < n; i++, w++) {
    if (i + 1 < n) {
      const aStart = found.start[i]!;
      const aEnd = found.end[i]!;
      const bStart = found.start[i + 1]!;
      const bEnd = found.end[i + 1]!;
      if (bStart - aEnd <= RANGE_GAP_MAX && bStart >= aEnd) {
        const a = parts[i]!;
        const b = parts[i + 1]!;
        const gap = text.slice(aEnd, bStart);
        const opens = a.modifier === "since" || grammars.some((g) => g.rangeFrom?.test(text.slice(aStart, aEnd)));
        const connected = b.modifier === undefined
          ? (RANGE_DASH.test(gap) && (a.modifier === undefined || a.modifier === "since"))
            || (opens && grammars.some((g) => g.rangeWord?.test(gap)))
          : b.modifier === "until" && opens && RANGE_SPACE.test(gap);
        const between = !connected && grammars.some((g) => g.rangeAnd?.test(gap)
          && (g.rangeBetween?.test(text.slice(bStart, bEnd)) || g.rangeBetweenFirst?.test(text.slice(aStart, aEnd))));
        const joined = connected || between ? rangeParts(a, b) : null;
        if (joined) {
          found.set(w, aStart, bEnd, found.order[i]!, joined);
          i++;
          continue;
        }
      }
    }
    found.copy(w, found, i);
  }
  found.truncate(w);
}
const RANGE_GAP_MAX = 12;
const RANGE_DASH = registerPattern("date.rangeDash", /^[ \t]{0,3}-[ \t]{0,3}$/);
const RANGE_SPACE = registerPattern("date.rangeSpace", /^[ \t]{1,3}$/);

/** The parts of the range from `a` to `b` (see joinRanges); null when they do not make one. */
function rangeParts(a: DateParts, b: DateParts): DateParts | null {
  for (const p of [a, b]) {
    if (p.relativeDay || p.relativeMonth || p.relativeQuarter || p.relativeHalf || p.relativeWeek || p.relativeSeason || p.weekday !== undefined || p.quarter !== undefined || p.half !== undefined
      || p.season !== undefined || p.decade !== undefined || p.century !== undefined || p.centuryOffset !== undefined
      || p.year2 !== undefined || p.day2 !== undefined || (p.month2 !== undefined && p.month2 !== p.month) || p.wide) return null;
  }
  // a relative year on one end holds for both ("с 10 мая по 15 мая этого года", "осы жылдың қаңтар – мамыр"),
  // unless the other names its own
  if (a.relativeYear && (b.year !== undefined || b.relativeYear)) return null;
  if ((a.day === undefined) !== (b.day === undefined) || (a.month === undefined) !== (b.month === undefined)) return null;
  if (a.month === undefined) {
    // two years
    if (a.year === undefined || b.year === undefined || b.relativeYear || b.year <= a.year) return null;
    return { year: a.year, year2: b.year };
  }
  if (a.year !== undefined && b.relativeYear) return null;
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) {
    // across years: "с 10 декабря 2024 года по 15 января 2025 года"
    if (b.year < a.year) return null;
    return { year: a.year, year2: b.year, month: a.month, month2: b.month, day: a.day, day2: b.day };
  }
  if (b.month! < a.month! || (b.month === a.month && (a.day === undefined || b.day! <= a.day))) return null;
  const parts: DateParts = { year: a.year ?? b.year, month: a.month, month2: b.month };
  if (a.day !== undefined) {
    parts.day = a.day;
    parts.day2 = b.day;
  }
  if (parts.year === undefined) {
    const relativeYear = b.relativeYear ?? a.relativeYear;
    if (relativeYear) parts.relativeYear = relativeYear;
  }
  return parts;
}
