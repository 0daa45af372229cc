/**
 * US dollars on deals (contract v1.1): `amountUsd` (and `amountUsdMax`) converts the deal's amount
 * at the monthly rate of its signing date, else of the document's reference date, else the latest
 * rate known; `usdRate` says which rate. Arithmetic through currency.js: a result in whole cents,
 * with no float drift on the way.
 */
import currency from "currency.js";
import { usdRate, type CallerRates, type UsdRate } from "../rates/rates.js";
import type { ReferenceDate } from "../reference-date.js";
import type { AssembledDeal, Deal } from "../types.js";

/** A USD amount converts to itself. */
const IDENTITY = "identity";

/** The period to convert at: the signing date's month (or year), else the reference date's, else none (latest). */
function periodOf(deal: AssembledDeal, referenceDate: ReferenceDate | null): { year?: number; month?: number } {
  const signed = deal.dates.signed && /^(\d{4})(?:-(\d{2})(?![\d]))?/.exec(deal.dates.signed);
  if (signed && signed[2] !== undefined) return { year: Number(signed[1]), month: Number(signed[2]) };
  if (referenceDate?.month !== undefined) return { year: referenceDate.year, month: referenceDate.month };
  if (signed) return { year: Number(signed[1]) };
  if (referenceDate) return { year: referenceDate.year };
  return {};
}

/**
 * Below this, an amount in whole units is already whole cents for currency.js (amount × 100 is exact), so a dollar
 * amount converts to itself.
 */
const EXACT_CENTS = 2 ** 53 / 100;

/** An amount in major units of a currency to dollars at `perUsd` units per dollar, rounded to the cent. */
function toUsd(amount: number, perUsd: number): number {
  // a whole number of dollars is itself (speed: no currency.js objects, ~780 bytes a deal; the same result)
  if (perUsd === 1 && Number.isInteger(amount) && Math.abs(amount) < EXACT_CENTS) return amount;
  return currency(amount, { precision: 2 }).divide(perUsd).value;
}

/**
 * The deal with `amountUsd`, `amountUsdMax` and `usdRate`, before `evidence` as the contract shows them.
 * Written out field by field: the object rest (`const { evidence, ...fields } = deal`) it replaces is a
 * slow path in V8 and cost more than the conversion, 11.7% of the CPU of extract() on a one-sentence
 * deal ("Компания вложит 5 млрд тенге.": 19.6 -> 11.9 µs per call, the garbage collector's share
 * 19 -> 13%). A test checks that every field of an assembled deal is kept, in order.
 */
export function withUsd(deal: AssembledDeal, referenceDate: ReferenceDate | null, rates: CallerRates | undefined): Deal {
  let amountUsd: number | null = null;
  let amountUsdMax: number | undefined;
  let rate: UsdRate | null = null;
  if (deal.amount) {
    const { amount, amountMax, currency: code } = deal.amount;
    const { year, month } = periodOf(deal, referenceDate);
    rate = code === "USD" ? { currency: "USD", perUsd: 1, period: null, source: IDENTITY, estimated: false } : usdRate(code, year, month, rates);
    if (rate) {
      amountUsd = toUsd(amount, rate.perUsd);
      if (amountMax !== undefined) amountUsdMax = toUsd(amountMax, rate.perUsd);
    }
  }
  const { kind, parties, amount, capacity, region, sector, dates, jobs, status, evidence } = deal;
  // (a deal given up or on hold, rare, carries its status before its evidence, as the assembled deal does)
  if (status !== undefined) {
    return amountUsdMax === undefined
      ? { kind, parties, amount, capacity, region, sector, dates, jobs, amountUsd, usdRate: rate, status, evidence }
      : { kind, parties, amount, capacity, region, sector, dates, jobs, amountUsd, amountUsdMax, usdRate: rate, status, evidence };
  }
  return amountUsdMax === undefined
    ? { kind, parties, amount, capacity, region, sector, dates, jobs, amountUsd, usdRate: rate, evidence }
    : { kind, parties, amount, capacity, region, sector, dates, jobs, amountUsd, amountUsdMax, usdRate: rate, evidence };
}
