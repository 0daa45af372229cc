/**
 * English words for dates: modifiers, quarter and half words, ordinals, relative words.
 * Phrases are lower case; patterns add the capitalized form for sentence starts.
 */
import type { DateModifier } from "../src/types.js";
import type { NumericDateWords, OffsetUnit, RelativeWord } from "../src/dates/types.js";

export const EN_PRE_MODIFIERS: Readonly<Record<string, DateModifier | "">> = {
  "by the end of": "end", "at the end of": "end", "by end of": "end", "end of": "end", "the end of": "end",
  "until the end of": "end", "before the end of": "end", "late": "end",
  // "by end-2026", "at end-2025", "year-end 2025" (as "mid-2026"; not a bare "end": "In the end 2025 was …")
  "by end": "end", "at end": "end", "year-end": "end", "by year-end": "end",
  "at the beginning of": "start", "the beginning of": "start", "beginning of": "start", "start of": "start",
  "the start of": "start", "early": "start", "at the start of": "start",
  "since the beginning of": "since", "since the start of": "since",
  "in the middle of": "mid", "middle of": "mid", "mid": "mid", "by mid": "mid",
  "since": "since", "from": "since", "starting": "since", "starting from": "since", "starting in": "since",
  "as of": "since", "effective": "since",
  "until": "until", "till": "until", "through": "until", "by": "until", "no later than": "until",
  "before": "before", "prior to": "before", "ahead of": "before",
  "after": "after", "later than": "after",
  "during": "", "throughout": "",
  // the first end of "between May 3 and May 10" (joined with the second; alone it adds nothing)
  "between": "",
};
/** Prepositions that make a bare figure a year ("in 2025") without entering the span. */
export const EN_YEAR_PREPOSITIONS: readonly string[] = ["in", "In", "of", "for", "during", "year", "Year", "to", "and"];

export const EN_PERIOD_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
  q1: 1, q2: 2, q3: 3, q4: 4, "1q": 1, "2q": 2, "3q": 3, "4q": 4, h1: 1, h2: 2, "1h": 1, "2h": 2,
};
/** Words of a year's last quarter or half, read only with the year after ("the final quarter of 2025", "the latter half of 2024"). */
export const EN_LAST_PERIOD_WORDS: readonly string[] = ["last", "final", "latter"];
export const EN_QUARTER_WORDS: readonly string[] = ["quarter"];
export const EN_HALF_WORDS: readonly string[] = ["half"];
export const EN_DAY_SUFFIXES: readonly string[] = ["st", "nd", "rd", "th"];

export const EN_RELATIVE_YEAR_ADJECTIVES: Readonly<Record<string, RelativeWord>> = {
  this: { offset: 0 }, current: { offset: 0 }, "the current": { offset: 0 },
  last: { offset: -1 }, past: { offset: -1 }, "the past": { offset: -1 },
  next: { offset: 1 }, coming: { offset: 1 }, "the coming": { offset: 1 },
  "the previous": { offset: -1, fromPrevious: true }, "the following": { offset: 1, fromPrevious: true },
  "the same": { offset: 0, fromPrevious: true }, "that": { offset: 0, fromPrevious: true },
};
export const EN_RELATIVE_YEAR_PHRASES: Readonly<Record<string, RelativeWord>> = {
  "a year earlier": { offset: -1, fromPrevious: true },
  "a year later": { offset: 1, fromPrevious: true },
  "a year ago": { offset: -1 },
};
/**
 * "by the end of the year", "at the start of the year": the current year (as "до конца года",
 * "жыл соңына дейін"), after a modifier of one of these kinds only.
 */
export const EN_CURRENT_YEAR: Readonly<Record<string, RelativeWord>> = { "the year": { offset: 0 } };
export const EN_CURRENT_YEAR_MODIFIER_KINDS: readonly string[] = ["end", "start", "mid", "since"];
/** "by year-end", "at year end" with no year after: the current year's end (the words before, EN_YEAR_END_BEFORE). */
export const EN_YEAR_END: Readonly<Record<string, RelativeWord>> = { "year-end": { offset: 0 }, "year end": { offset: 0 } };
export const EN_YEAR_END_BEFORE: readonly string[] = ["by", "at", "before", "until"];
/**
 * The modifier of each (a table of its own: in EN_PRE_MODIFIERS, every rule's prefix would read these too, and the safety
 * check's fuzzer found the longer prefix alternation polynomial).
 */
export const EN_YEAR_END_MODIFIERS: Readonly<Record<string, DateModifier>> = Object.fromEntries(
  EN_YEAR_END_BEFORE.flatMap((w) => Object.keys(EN_YEAR_END).map((e) => [`${w} ${e}`, "end" as const])),
);
/** "the first half of the year": the year being talked about. */
export const EN_THE_YEAR: Readonly<Record<string, RelativeWord>> = { the: { offset: 0, fromPrevious: true } };
export const EN_MONTH_NOUNS: readonly string[] = ["month"];
export const EN_RELATIVE_MONTH_ADJECTIVES: Readonly<Record<string, RelativeWord>> = {
  this: { offset: 0 }, last: { offset: -1 }, next: { offset: 1 },
};
export const EN_RELATIVE_DAY_WORDS: Readonly<Record<string, RelativeWord>> = {
  today: { offset: 0 }, yesterday: { offset: -1 }, tomorrow: { offset: 1 },
  // the longer phrase wins over its last word, which alone is one day off
  "day before yesterday": { offset: -2 }, "day after tomorrow": { offset: 2 },
};
export const EN_RANGE_FROM: readonly string[] = ["from", "between"];
export const EN_RANGE_AND: readonly string[] = ["and"];
export const EN_RANGE_TO: readonly string[] = ["to", "and", "through", "until"];

/** Season words → the season's first month ("in spring 2025" → "2025-03/2025-05"; winter: the one ending in the year). */
export const EN_SEASONS: Readonly<Record<string, number>> = {
  spring: 3, Spring: 3, summer: 6, Summer: 6, autumn: 9, Autumn: 9, fall: 9, Fall: 9, winter: 12, Winter: 12,
};

/**
 * Words before a season that count it from the reference date's season (`relS`): "last summer" is the last summer
 * before the reference date's season (said in October, that year's; said in June, the year before's), "next spring"
 * the next one after it. "The next summer" (after a date told before) is none.
 */
export const EN_RELATIVE_SEASON_WORDS: Readonly<Record<string, RelativeWord>> = {
  last: { offset: -1 }, Last: { offset: -1 }, past: { offset: -1 }, Past: { offset: -1 },
  "this past": { offset: -1 }, "This past": { offset: -1 },
  next: { offset: 1 }, Next: { offset: 1 }, "this coming": { offset: 1 }, "This coming": { offset: 1 },
};

/** Count words of an offset ("two years ago", "in three days"); "a"/"an"/"one" before a singular unit. */
export const EN_COUNT_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  a: 1, an: 1,
};
/** Calendar units of an offset; a week is 7 days. */
export const EN_OFFSET_UNITS: Readonly<Record<string, OffsetUnit>> = {
  year: { unit: "year", size: 1 }, years: { unit: "year", size: 1 },
  month: { unit: "month", size: 1 }, months: { unit: "month", size: 1 },
  week: { unit: "day", size: 7 }, weeks: { unit: "day", size: 7 },
  day: { unit: "day", size: 1 }, days: { unit: "day", size: 1 },
};
/**
 * "in N days/weeks" is a point ahead of the reference date; "in N months/years" is mostly a
 * duration ("built in 2 years"), so those count only with "time" or "from now" ("in two years'
 * time", "two years from now").
 */
export const EN_OFFSET_UNITS_IN: readonly string[] = ["days", "weeks", "day", "week"];
/** After a count and unit, a point counted from the date told before ("two years later"); not before "than". */
export const EN_OFFSET_EARLIER_LATER: readonly string[] = ["later", "earlier"];
export const EN_OFFSET_DIRECTIONS: Readonly<Record<string, RelativeWord>> = {
  ago: { offset: -1 }, in: { offset: 1 }, "from now": { offset: 1 },
  // counted from the date told before: "two years later", "three days earlier"
  later: { offset: 1, fromPrevious: true }, earlier: { offset: -1, fromPrevious: true },
};

/** Weekday names (capitalized, as the English grammar is case-sensitive). */
export const EN_WEEKDAYS: Readonly<Record<string, number>> = {
  Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6, Sunday: 7,
};
export const EN_WEEKDAY_MODIFIERS: Readonly<Record<string, number>> = {
  last: -1, Last: -1, past: -1, Past: -1, next: 1, Next: 1, coming: 1, "this coming": 1, this: 0, This: 0,
};
/** Named days that are no weekday of the reference week ("Good Friday", "Black Friday"). */
export const EN_WEEKDAY_NAMES_BEFORE: readonly string[] = ["Good", "Black", "Cyber", "Ash", "Palm", "Super", "Easter", "Blue"];

/** Modifiers between "the" and a decade named without its century ("the late nineties", "the mid-90s"); EN_PRE_MODIFIERS reads them. */
export const EN_DECADE_MODIFIERS: readonly string[] = ["early", "mid", "late"];
/** "the nineties" → 1990 (no century named: the 1920s–1990s). */
export const EN_DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 1920, thirties: 1930, forties: 1940, fifties: 1950, sixties: 1960, seventies: 1970, eighties: 1980,
  nineties: 1990,
};
/** Century ordinals in words ("the twentieth century"). */
export const EN_CENTURY_WORDS: Readonly<Record<string, number>> = {
  fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  "twenty-first": 21, "twenty first": 21,
};
/** "the last century", "this century": from the reference date. */
export const EN_RELATIVE_CENTURY: Readonly<Record<string, RelativeWord>> = {
  last: { offset: -1 }, past: { offset: -1 }, previous: { offset: -1 }, this: { offset: 0 }, current: { offset: 0 },
};

/** Words between the two ends of a range of dates written in full ("from March 3 to March 10"; not "and": "on 3 and 10 May" are two days). */
export const EN_RANGE_JOIN: readonly string[] = ["to", "through", "till", "until", "thru"];

/**
 * Around a day.month figure with no year ("15.02") or a two-digit year ("31.10.74"): English writes
 * decimals with a dot, so a day.month is a date only after "on"; a version, clause or time number and
 * a quantity ("15.02 ha", "2.05 million") are none (see `NumericDateWords`).
 */
export const EN_NUMERIC_DATE_WORDS: NumericDateWords = {
  notAfter: [
    "version", "Version", "v", "V", "release", "build", "section", "Section", "article", "Article", "chapter", "Chapter",
    "clause", "Clause", "paragraph", "No.", "no.", "§", "at", "around", "about",
  ],
  before: ["on", "On"],
  after: [],
  beforePunctuation: false,
  quantityWords: ["k", "m", "bn", "mln", "t", "kg", "ha", "km", "h", "am", "pm", "a.m", "p.m", "pct", "%", "per", "times"],
  quantityStems: [
    "thousand", "million", "billion", "trillion", "percent", "point", "tonne", "ton", "hectare", "kilomet", "metre", "meter",
    "dollar", "tenge", "rouble", "ruble", "euro", "yuan", "hour", "minute", "second", "degree", "share",
  ],
};

/** Ordinal words of the days 1–20 and 30 ("the fifth of March", "May first"). */
const EN_DAY_ORDINAL_UNITS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
/** The tens before a day's ordinal ("twenty-fifth", "thirty first"). */
export const EN_DAY_TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30 };
/**
 * A day of the month in words, 1–31: the ordinals of 1–20 and 30, and a ten joined to one of 1–9 by a hyphen
 * ("twenty-fifth"; written with a space, "twenty fifth" is the ten and the ordinal, each its own word here).
 */
export const EN_DAY_ORDINAL_WORDS: Readonly<Record<string, number>> = {
  ...EN_DAY_ORDINAL_UNITS,
  ...Object.fromEntries(Object.entries(EN_DAY_TENS).flatMap(([ten, t]) => Object.entries(EN_DAY_ORDINAL_UNITS)
    .filter(([, n]) => n <= 9 && t + n <= 31).map(([unit, n]) => [`${ten}-${unit}`, t + n] as const))),
};

/**
 * A day of the month with no month ("on the 19th", "Tuesday the 19th"): the words before "the" that
 * make "the 19th" a date (a modifier such as "since" or "until" does too; "the 19th floor" is none),
 * and the ordinal figures ("1st" … "31st") the trigger looks for.
 */
export const EN_DAY_OF_MONTH_BEFORE: readonly string[] = ["on", "On"];
export const EN_DAY_ORDINALS: readonly string[] = Array.from({ length: 31 }, (_, i) => {
  const n = i + 1;
  const suffix = n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th";
  return `${n}${suffix}`;
});

/** Words between two days of one month ("17 и 21 апреля"): the first day takes the later month. */
export const EN_DAY_CONJUNCTIONS: readonly string[] = ["and", "or"];

/** Words before a two-digit year with an apostrophe ("in '91", "the class of '98"); a modifier ("since '91") does too. */
export const EN_SHORT_YEAR_BEFORE: readonly string[] = ["in", "In", "of", "during", "During"];

/** The months of a period counted from January: "the first nine months of 2025". */
export const EN_MONTHS_COUNTED = { first: ["first"], month: ["months"] } as const;

/** The kinds of year between a year and "year" ("the 2025 fiscal year", "the 2024/25 marketing year"). */
export const EN_YEAR_KIND_WORDS: readonly string[] = ["fiscal", "financial", "budget", "marketing", "academic", "calendar", "school", "crop", "reporting"];
/** Kinds of season between a year and "season" ("the 2027 heating season", "the 2026 tourist season"): the year's. */
export const EN_SEASON_KIND_WORDS: readonly string[] = ["heating", "sowing", "harvest", "harvesting", "tourist", "ski", "construction", "navigation"];

/**
 * Words that put a clause in the past or the future, which decides a bare weekday ("signed on Thursday" is the last
 * Thursday, "will sign on Thursday" the next; src/dates/tense.ts). Lower case, whole words; a clause with both keeps the
 * nearest day.
 */
export const EN_TENSE_WORDS: { past: readonly string[]; future: readonly string[] } = {
  past: ["signed", "said", "announced", "agreed", "held", "met", "visited", "opened", "launched", "reported", "told", "was", "were",
    "had", "took", "unveiled", "inaugurated", "completed", "concluded", "approved", "ratified",
    "inked", "sealed", "clinched", "struck", "broke", "began", "won"],
  future: ["will", "shall", "due", "scheduled", "expected", "plans", "planned", "set to", "to be held", "to sign"],
};
