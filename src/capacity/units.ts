/**
 * A capacity's unit and value as the contract writes them: the unit of a base unit and the period of its rate (rateUnit,
 * rateFactor), and exact arithmetic on the figures (a power of ten, an integer factor: no float product).
 */
import type { BaseUnit, Period } from "../../lexicons/units.js";
import type { CapacityUnit } from "../types.js";

/**
 * The contract's unit for a base unit and the period of its rate, or null for none (a count of products with no yearly
 * rate, a length per hour: a speed; other units keep no period). A rate per month or quarter of a mass, volume or count is read per year; per hour,
 * a mass per day and a volume per year; a volume per day per year (the contract has no m3/day): RATE_FACTOR gives
 * by how much the figure is multiplied, and the mention keeps what was written (`asWritten`).
 */
export function rateUnit(base: BaseUnit, rate: Period | undefined): CapacityUnit | null {
  if (base === "units") return rate === "year" || rate === "month" || rate === "quarter" ? "units/year" : null;
  if (base === "t") return rate === undefined ? "t" : rate === "day" || rate === "hour" ? "t/day" : "t/year";
  if (base === "m3") return rate === undefined ? "m3" : "m3/year";
  if (rate === "hour" && base === "km") return null;
  // an area per period ("2 млн кв. м стекла в год", "500,000 square metres of tiles a year") is output the contract has
  // no unit for, not the land a facility stands on
  if (base === "ha" && rate !== undefined) return null;
  return base;
}

/** By how much a figure per `rate` is multiplied to be read in `unit` (rateUnit), or 1. */
export function rateFactor(unit: CapacityUnit, rate: Period | undefined): number {
  if (rate === undefined || rate === "year") return 1;
  if (unit === "t/day") return rate === "hour" ? 24 : 1;
  if (unit === "t/year" || unit === "m3/year" || unit === "units/year") return RATE_FACTOR[rate];
  return 1;
}
/** Periods in a year: nominal calendar ones, the plant running every day (design capacity). */
const RATE_FACTOR: Readonly<Record<Exclude<Period, "year">, number>> = { day: 365, month: 12, quarter: 4, hour: 8760 };


// ---------------------------------------------------------------- exact arithmetic

/** n × an integer factor, exactly: n's decimals moved out, a product of integers, moved back (0.1 × 12 is 1.2). */
export function timesExact(n: number, factor: number): number {
  const s = String(n);
  const dot = s.indexOf(".");
  if (dot < 0 || s.includes("e")) return n * factor;
  const decimals = s.length - dot - 1;
  return shiftDecimal(Math.round(shiftDecimal(n, decimals)) * factor, -decimals);
}

/** n × 10^pow, exactly: the decimal point of n's shortest representation is moved, no float product. */
export function shiftDecimal(n: number, pow: number): number {
  if (pow === 0 || n === 0) return n;
  const [mantissa, exp = "0"] = String(Math.abs(n)).split("e");
  const [int, frac = ""] = mantissa!.split(".");
  let digits = int! + frac;
  let point = int!.length + Number(exp) + pow; // position of the decimal point in `digits`
  if (point <= 0) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  }
  if (point >= digits.length) digits += "0".repeat(point - digits.length);
  const text = digits.slice(0, point) + "." + digits.slice(point);
  return Math.sign(n) * Number(text);
}

