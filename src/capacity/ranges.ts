/**
 * Ranges of capacity written with the unit at both ends: "с 250 тысяч тонн до 500 тысяч тонн в год", "from 250,000
 * tonnes to 500,000 tonnes a year". The recognizer reads each end as a mention of its own (the first often with no rate,
 * the second's "до" as an upper bound); `joinedRange` makes them one mention, as money's joinRange does for two sums: the
 * rate one end names holds for both. The Kazakh ends of a change, each with its unit ("800 тоннадан 7000 тоннаға дейін
 * артқан"), stay two mentions, as Kazakh annotation gives them (KazNERD's QUANTITY); a first figure with no unit of its
 * own ("250 мыңнан 500 мың тоннаға дейін") is one range (`ablativeEnds`).
 */
import type { CapacityWords } from "../../lexicons/units.js";
import type { CapacityMention } from "../types.js";
import { wordBefore } from "../organizations/tokens.js";
import { isSpaceCode } from "../word-start.js";

/** The most characters between the two ends ("to", "and", "до" with spaces). */
const MAX_GAP = 8;

/** The first word of a mention's text, lower case. */
function firstWord(s: string): string {
  let e = 0;
  while (e < s.length && !isSpaceCode(s.charCodeAt(e))) e++;
  return s.slice(0, e).toLowerCase();
}

/** The unit without its period: "t" of "t/year". */
const baseOf = (unit: string): string => {
  const slash = unit.indexOf("/");
  return slash < 0 ? unit : unit.slice(0, slash);
};

/**
 * One mention for `prev` and `next` when they are the two ends of one range, else null: the same base unit, neither a
 * range already, at most one of them with a rate (or the same one, read at its nominal period: a rate converted from
 * another period is left alone), and range words around them: an opener before the first ("с", "от", "from",
 * "between", in its span or right before it) and a closing word between them or opening the second ("до", "to", "and").
 * `N` is the normalized text the words are read in, `text` the input the mention's text is taken from.
 */
export function joinedRange(
  prev: CapacityMention, next: CapacityMention, N: string, text: string, words: CapacityWords,
): CapacityMention | null {
  if (next.start - prev.end > MAX_GAP || prev.valueMax !== undefined || next.valueMax !== undefined) return null;
  if (baseOf(prev.unit) !== baseOf(next.unit) || prev.asWritten || next.asWritten) return null;
  const prevRated = prev.unit.includes("/"), nextRated = next.unit.includes("/");
  if (prevRated && nextRated && prev.unit !== next.unit) return null;
  const gap = N.slice(prev.end, next.start).trim().toLowerCase();
  const between = words.rangeBetween ?? [];
  const openers = words.rangeOpeners ?? [];
  const opened = openers.includes(firstWord(prev.text)) || openers.includes(wordBefore(N, prev.start));
  const closed = gap === "" ? between.includes(firstWord(next.text)) : between.includes(gap);
  if (!opened || !closed) return null;
  const [low, high] = next.value < prev.value ? [next, prev] : [prev, next];
  const joined: CapacityMention = {
    type: "capacity",
    start: prev.start,
    end: next.end,
    text: text.slice(prev.start, next.end),
    value: low.value,
    unit: nextRated ? next.unit : prev.unit,
  };
  if (high.value !== low.value) joined.valueMax = high.value;
  if (low === next && high.value !== low.value) joined.descending = true;
  // (the second end's "до"/"дейін" closes the range: no upper bound)
  const qualifier = prev.qualifier ?? (next.qualifier === "under" ? undefined : next.qualifier);
  if (qualifier) joined.qualifier = qualifier;
  const commodity = prev.commodity ?? next.commodity;
  if (commodity) joined.commodity = commodity;
  return joined;
}

/**
 * A figure that is the two ends of a Kazakh range, the first closed by an ablative ending ("250 мыңнан 500 мың", then
 * "тоннаға дейін"): the two figures, else null. The reader reads the whole as one chain of groups, which a larger
 * group after a smaller one makes no number.
 */
export function ablativeEnds(figure: string, words: CapacityWords): { lo: string; hi: string } | null {
  const endings = words.rangeFromEndings;
  if (!endings) return null;
  for (let i = 1; i < figure.length - 1; i++) {
    if (!isSpaceCode(figure.charCodeAt(i)) || isSpaceCode(figure.charCodeAt(i - 1))) continue;
    const c = figure.charCodeAt(i + 1);
    if (c < 48 || c > 57) continue;
    const lo = figure.slice(0, i);
    const ending = endings.find((e) => lo.endsWith(e));
    if (ending !== undefined) return { lo: lo.slice(0, -ending.length), hi: figure.slice(i + 1).trim() };
  }
  return null;
}

/** A year a figure may be: four digits, 1900–2099. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Whether a range's first figure `low`, which starts at `start`, is a year after a preposition of time (the words'
 * `yearBefore`): the date of a change, not the range's low end ("rose in 2025 to 56,500 TEU").
 */
export function yearOpensRange(N: string, start: number, low: string, words: CapacityWords): boolean {
  return words.yearBefore !== undefined && YEAR.test(low) && words.yearBefore.includes(wordBefore(N, start));
}

/**
 * Where the second figure of a range read before a unit starts, when the word between the two joins a range only after
 * an opener (`rangeBetweenAlone`) and none stands before the first ("100 and 200 MW", not "between 100 and 200 MW"): the
 * two are coordinated figures, and the mention is the second's. Else -1. `start` is where the match starts in `N`.
 */
export function unopenedRangeHigh(N: string, start: number, end: number, low: string, high: string, words: CapacityWords): number {
  const alone = words.rangeBetweenAlone;
  if (alone === undefined) return -1;
  const lower = N.slice(start, end).toLowerCase();
  const lowAt = lower.indexOf(low);
  const highAt = lowAt < 0 ? -1 : lower.indexOf(high, lowAt + low.length);
  if (highAt < 0) return -1;
  const gap = lower.slice(lowAt + low.length, highAt).trim();
  if (gap === "-" || gap === "" || alone.includes(gap)) return -1;
  const openers = words.rangeOpeners ?? [];
  if (openers.includes(firstWord(lower)) || openers.includes(wordBefore(N, start))) return -1;
  return start + highAt;
}

