/**
 * US dollar rates: the shipped monthly table (src/rates/usd-monthly.generated.ts) and rates a
 * caller passes (`extract(text, { rates })`, `--rates FILE.csv`), looked up by currency and period.
 *
 * A period is a month ("2024-06") or a year ("2024": the mean of that year's months). When the
 * table has no figure for the period, the nearest month with one is used and the rate says
 * `estimated: true` (the shipped KZT series ends in 2024-10, so later periods are estimated).
 * A caller's rates come first: for a currency they cover, only they are used (the nearest of
 * them when the period is missing, again `estimated: true`); other currencies use the table.
 */
import { USD_MONTHLY, USD_RATES_SOURCE } from "./usd-monthly.generated.js";

/** A rate as given by a caller: units of `currency` per 1 US dollar in `period`. */
export interface UsdRateInput {
  currency: string;
  /** "2024-06" (a month) or "2024" (a year). */
  period: string;
  perUsd: number;
  /** Where the rate comes from, reported on every deal that uses it (default "caller"). */
  source?: string;
}

/** The rate a conversion used, as reported on a deal (`usdRate`). */
export interface UsdRate {
  currency: string;
  perUsd: number;
  /** The month ("2024-06") or year ("2024") the rate is the average of; null for a USD amount (no rate). */
  period: string | null;
  source: string;
  /** True when the wanted period has no rate and the nearest one was used. */
  estimated: boolean;
}

/** One currency's rates, month-indexed (year·12 + month − 1). */
interface Series {
  first: number;
  /** From month `first` on; NaN where there is no figure. */
  values: number[];
  /** The source of each value; absent: `source`. */
  sources?: string[];
  source: string;
  /** A caller's year-only rates ("2024"), by year. */
  years: Map<number, { perUsd: number; source: string }>;
}

const monthIndex = (year: number, month: number): number => year * 12 + month - 1;
const periodOf = (index: number): string =>
  `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;

const PERIOD = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;
const CODE = /^[A-Z]{3}$/;

/** The shipped table, parsed per currency on first use (a few hundred numbers each). */
const tableCache = new Map<string, Series | null>();
function tableSeries(currency: string): Series | null {
  let series = tableCache.get(currency);
  if (series === undefined) {
    const entry = USD_MONTHLY[currency];
    series = null;
    if (entry) {
      const [y, m] = entry.first.split("-").map(Number);
      const values = entry.rates.split(",").map((v) => (v === "" ? NaN : Number(v)));
      series = { first: monthIndex(y!, m!), values, source: USD_RATES_SOURCE, years: new Map() };
    }
    tableCache.set(currency, series);
  }
  return series;
}

/** A caller's rates, by currency. */
export type CallerRates = ReadonlyMap<string, Series>;
/** Checked once per array: a batch passes the same array for every document. */
const callerCache = new WeakMap<readonly unknown[], CallerRates>();

/** Checks and indexes a caller's rates; a RangeError names the first bad entry and the option. */
export function compileRates(rates: unknown, what = 'option "rates"'): CallerRates {
  if (!Array.isArray(rates)) throw new RangeError(`kzdeals.extract: ${what} must be an array of { currency, period, perUsd }`);
  const cached = callerCache.get(rates);
  if (cached) return cached;
  const byCurrency = new Map<string, { months: Map<number, { perUsd: number; source: string }>; years: Series["years"] }>();
  rates.forEach((r: unknown, i: number) => {
    const bad = (why: string): never => {
      throw new RangeError(`kzdeals.extract: ${what}[${i}] ${why}, got ${JSON.stringify(r)}`);
    };
    if (typeof r !== "object" || r === null) bad("must be an object { currency, period, perUsd }");
    const { currency, period, perUsd, source = "caller" } = r as Record<string, unknown>;
    if (typeof currency !== "string" || !CODE.test(currency)) bad('needs "currency", an ISO 4217 code such as "KZT"');
    const p = typeof period === "string" ? PERIOD.exec(period) : null;
    if (!p) bad('needs "period", a month "2024-06" or a year "2024"');
    if (typeof perUsd !== "number" || !Number.isFinite(perUsd) || perUsd <= 0) bad('needs "perUsd", a positive number');
    if (typeof source !== "string") bad('has a "source" that is not a string');
    let entry = byCurrency.get(currency as string);
    if (!entry) byCurrency.set(currency as string, (entry = { months: new Map(), years: new Map() }));
    const rate = { perUsd: perUsd as number, source: source as string };
    if (p![2] === undefined) entry.years.set(Number(p![1]), rate);
    else entry.months.set(monthIndex(Number(p![1]), Number(p![2])), rate);
  });
  const compiled = new Map<string, Series>();
  for (const [code, { months, years }] of byCurrency) {
    const indexes = [...months.keys()];
    const first = indexes.length > 0 ? Math.min(...indexes) : 0;
    const length = indexes.length > 0 ? Math.max(...indexes) - first + 1 : 0;
    const values = new Array<number>(length).fill(NaN);
    const sources = new Array<string>(length).fill("caller");
    for (const [index, rate] of months) {
      values[index - first] = rate.perUsd;
      sources[index - first] = rate.source;
    }
    compiled.set(code, { first, values, sources, source: "caller", years });
  }
  callerCache.set(rates, compiled);
  return compiled;
}

function valueAt(series: Series, index: number): number {
  const v = series.values[index - series.first];
  return v === undefined ? NaN : v;
}

/** The nearest month with a rate (the earlier one on a tie); -1 when the series has none. */
function nearest(series: Series, index: number): number {
  if (valueAt(series, index) === valueAt(series, index)) return index;
  const last = series.first + series.values.length - 1;
  for (let d = 1; index - d >= series.first || index + d <= last; d++) {
    if (valueAt(series, index - d) === valueAt(series, index - d)) return index - d;
    if (valueAt(series, index + d) === valueAt(series, index + d)) return index + d;
  }
  return -1;
}

function monthRate(currency: string, series: Series, found: number, wanted: number): UsdRate {
  const source = series.sources?.[found - series.first] ?? series.source;
  return { currency, perUsd: valueAt(series, found), period: periodOf(found), source, estimated: found !== wanted };
}

/** The nearest of a caller's year rates. */
function yearRate(currency: string, series: Series, year: number): UsdRate | null {
  let best: number | undefined;
  for (const y of series.years.keys()) {
    if (best === undefined || Math.abs(y - year) < Math.abs(best - year) || (Math.abs(y - year) === Math.abs(best - year) && y < best)) best = y;
  }
  if (best === undefined) return null;
  const { perUsd, source } = series.years.get(best)!;
  return { currency, perUsd, period: String(best), source, estimated: best !== year };
}

/**
 * The rate for `currency` in a month (`year` and `month`), a year (`month` undefined: the year's
 * own rate, else the mean of its months) or, `year` undefined, the latest known; null when neither
 * the caller's rates nor the table know the currency.
 */
export function usdRate(currency: string, year: number | undefined, month: number | undefined, caller?: CallerRates): UsdRate | null {
  const series = caller?.get(currency) ?? tableSeries(currency);
  if (!series) return null;
  if (year === undefined) {
    const last = nearest(series, series.first + series.values.length - 1);
    if (last >= 0) return monthRate(currency, series, last, last);
    return series.years.size > 0 ? { ...yearRate(currency, series, Math.max(...series.years.keys()))!, estimated: false } : null;
  }
  if (month === undefined) {
    if (series.years.has(year)) return yearRate(currency, series, year);
    const known: number[] = [];
    for (let m = 1; m <= 12; m++) {
      const v = valueAt(series, monthIndex(year, m));
      if (v === v) known.push(v);
    }
    if (known.length > 0) {
      const mean = known.reduce((a, b) => a + b, 0) / known.length;
      const source = series.sources?.[monthIndex(year, 1) - series.first] ?? series.source;
      return { currency, perUsd: Number(mean.toPrecision(6)), period: String(year), source, estimated: known.length < 12 };
    }
    month = 7; // no month of that year has a rate: the month nearest to its middle
  }
  const wanted = monthIndex(year, month);
  const found = nearest(series, wanted);
  return found >= 0 ? monthRate(currency, series, found, wanted) : yearRate(currency, series, year);
}
