/**
 * The output shape of kzdeals, as fixed by the output contract (v1.1; documented in docs/output.md).
 * Fields may be added; none may be renamed or dropped.
 */

import type { UsdRate, UsdRateInput } from "./rates/rates.js";

export type { UsdRate, UsdRateInput };

/** Languages kzdeals reads. `und` means "not enough evidence to say". */
export type LanguageCode = "kk" | "ru" | "en" | "und";
export type SupportedLanguage = Exclude<LanguageCode, "und">;

export interface LanguageGuess {
  code: LanguageCode;
  /** 0..1; 0 for `und`. */
  confidence: number;
}

/** "over" (астам, более), "under" (менее, до), "approx" (около, шамамен), "at_least" (кемінде, не менее). */
export type Qualifier = "over" | "under" | "approx" | "at_least";

export type CapacityUnit =
  | "MW" | "MWh" | "t" | "t/day" | "t/year" | "m3" | "m3/year" | "ha" | "km" | "TEU" | "units/year";

export type DateModifier = "start" | "mid" | "end" | "since" | "until" | "before" | "after";

export type MentionType = "money" | "capacity" | "date" | "organization";

interface MentionBase {
  /** UTF-16 offset of the first character: `text.slice(start, end) === mention.text`. */
  start: number;
  end: number;
  text: string;
}

export interface MoneyMention extends MentionBase {
  type: "money";
  /** In major units (tenge, dollars), an exact decimal. */
  amount: number;
  /** Upper bound of a range (`amount` is then the lower bound). */
  amountMax?: number;
  /**
   * The exact amount as a decimal string, present only when `amount` (a double) cannot hold it:
   * past 2^53 (about 9 quadrillion) or with more significant digits than a double keeps.
   */
  amountExact?: string;
  /** The exact `amountMax`, under the same rule as `amountExact`. */
  amountMaxExact?: string;
  /** True when the text gives the range high to low, as a fall ("с 9 до 6 млрд"): the final figure is `amount`. */
  descending?: boolean;
  /** ISO 4217 code. */
  currency: string;
  qualifier?: Qualifier;
  /**
   * A figure joined before another that writes the multiplier and the unit once for both: "100" of "100 и 200 млн
   * долларов" (src/coordinated.ts). Absent on every other mention.
   */
  coordinated?: true;
}

export interface CapacityMention extends MentionBase {
  type: "capacity";
  value: number;
  /** Upper bound of a range (`value` is then the lower bound). */
  valueMax?: number;
  /** True when the text gives the range high to low, as a fall ("с 300 до 150 МВт"): the final figure is `value`. */
  descending?: boolean;
  unit: CapacityUnit;
  qualifier?: Qualifier;
  commodity?: string;
  /**
   * A rate the contract has no unit for, read in its unit ("10 тыс. тонн в месяц": `value` 120000 `t/year`): the figure
   * and the period as written (`{ value: 10000, per: "month" }`). Per month and quarter are read per year, per hour per
   * day (mass) or per year (volume, as per day: there is no m3/day).
   */
  asWritten?: CapacityAsWritten;
  /**
   * A figure joined before another that writes the multiplier and the unit once for both: "100" of "100 и 200 млн
   * долларов" (src/coordinated.ts). Absent on every other mention.
   */
  coordinated?: true;
}

/** A capacity's figure as written, per a period the contract has no unit for. */
export interface CapacityAsWritten {
  value: number;
  valueMax?: number;
  per: WrittenPeriod;
}
export type WrittenPeriod = "hour" | "day" | "month" | "quarter";

export interface DateMention extends MentionBase {
  type: "date";
  /**
   * ISO 8601: "2025", "2025-05", "2025-05-10", "2025-Q2", "2025-H1", or an interval "2025/2028".
   * (v1.1) null for a relative date that neither the reference date nor a date earlier in the
   * text resolves (none given, or one too coarse: a weekday under "2025-05"); `anchor` then says
   * what it needs, and `resolveDate` resolves it once the date is known.
   */
  value: string | null;
  modifier?: DateModifier;
  /** True when resolved from the reference date or from an earlier date in the text, or left unresolved (value null). */
  relative: boolean;
  /** (v1.1) On every relative date (resolved or not): what it is relative to. */
  anchor?: DateAnchor;
}

/**
 * (v1.1) What a relative date is relative to. Fields combine: `{ unit: "year", offset: -1 }` is
 * "last year" ("былтыр", "в прошлом году"); `{ unit: "day", offset: 0 }` today; `{ month: 5, day: 10 }`
 * "10 мая" with no year (in the reference year, or the year named earlier in the sentence);
 * `{ unit: "year", offset: 0, quarter: 3 }` "the third quarter of this year"; `{ weekday: 4, direction: -1 }`
 * "last Thursday".
 */
export interface DateAnchor {
  /**
   * Counted from the reference date in this unit: −1 the one before, 0 the current one, +1 the next. "week" is
   * a calendar week, Monday to Sunday ("на этой неделе"); a count of weeks from a day is 7 days ("через неделю").
   * "season" counts the season named by `season` from the reference date's season: −1 the last one of that name
   * before it ("last summer", "прошлым летом", "өткен жазда"), +1 the next one after it.
   */
  unit?: "year" | "half" | "quarter" | "month" | "week" | "day" | "century" | "season";
  offset?: number;
  /** Calendar parts named without a year (with `unit: "year"`, of that year). */
  month?: number;
  day?: number;
  /** The end of a yearless range ("10–15 мая": day 10, day2 15). */
  month2?: number;
  day2?: number;
  quarter?: number;
  half?: number;
  /** A season by its first month: 3 spring, 6 summer, 9 autumn, 12 winter. */
  season?: number;
  /** 1 (Monday) … 7 (Sunday); `direction` −1 the last one before the reference day, +1 the next after it, 0 the nearest (−3…+3 days). */
  weekday?: number;
  direction?: number;
  /**
   * With `direction` 0: the tense of the clause the weekday stands in ("signed on Thursday", "подпишут в четверг"):
   * "past" the last such day on or before the reference day, "future" the next on or after it (absent: the nearest).
   */
  tense?: "past" | "future";
  /** With `unit: "century"`: the decade in that century (90 for "the 90s of the last century"). */
  decade?: number;
  /** Counted from the date named before in the text ("a year later"), from the reference date when there is none. */
  fromPrevious?: boolean;
}

export interface OrganizationMention extends MentionBase {
  type: "organization";
  /** Nominative form, without quotes and legal form. */
  name: string;
  legalForm?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /**
   * Other names of this organization in the text: the abbreviation in brackets after the name
   * ("Henan Gold Smelting Co. (HGS)" → ["HGS"]). That abbreviation alone is a mention with the same key.
   */
  aliases?: string[];
  /**
   * (v1.1) Canonical key: the same for every spelling, script, case form and legal form of one
   * organization ("Синопек", "Sinopec Corp." → "sinopec"). See src/organizations/keys.ts.
   */
  key?: string;
}

export type Mention = MoneyMention | CapacityMention | DateMention | OrganizationMention;

export type DealKind =
  | "memorandum" | "agreement" | "framework_agreement" | "contract" | "protocol" | "project";

export type Sector =
  | "energy" | "oil_gas" | "petrochemicals" | "mining" | "metallurgy" | "manufacturing"
  | "construction_materials" | "agriculture" | "food" | "textiles" | "logistics" | "transport"
  | "healthcare" | "education" | "tourism" | "it" | "finance" | "real_estate" | "other";

export type RegionName =
  | "Abai Region" | "Akmola Region" | "Aktobe Region" | "Almaty Region" | "Atyrau Region"
  | "East Kazakhstan Region" | "Jambyl Region" | "Jetisu Region" | "Karaganda Region"
  | "Kostanay Region" | "Kyzylorda Region" | "Mangystau Region" | "North Kazakhstan Region"
  | "Pavlodar Region" | "Turkistan Region" | "Ulytau Region" | "West Kazakhstan Region"
  | "Astana" | "Almaty" | "Shymkent";

export interface DealParty {
  name: string;
  country?: string;
  legalForm?: string;
  /** (v1.1) The organization's canonical key, as on its mention. */
  key?: string;
}

export interface DealAmount {
  amount: number;
  amountMax?: number;
  /** As on the money mention: the exact decimal when `amount` cannot hold it. */
  amountExact?: string;
  amountMaxExact?: string;
  currency: string;
  qualifier?: Qualifier;
}

export interface DealCapacity {
  value: number;
  unit: CapacityUnit;
  qualifier?: Qualifier;
  commodity?: string;
}

export interface DealDates {
  signed?: string;
  start?: string;
  completion?: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Deal {
  kind: DealKind;
  parties: DealParty[];
  amount: DealAmount | null;
  capacity: DealCapacity[];
  region: RegionName | null;
  sector: Sector | null;
  dates: DealDates;
  jobs: number | null;
  /**
   * (v1.1) The amount in US dollars, to the cent, at `usdRate`; null when there is no amount or
   * no rate for its currency. A USD amount is itself.
   */
  amountUsd: number | null;
  /** (v1.1) `amount.amountMax` in US dollars, at the same rate. */
  amountUsdMax?: number;
  /** (v1.1) The rate `amountUsd` was computed at; null when there is none. */
  usdRate: UsdRate | null;
  /**
   * Absent for a deal signed, planned or under way; "cancelled" when the text says it was given up ("отказалось от
   * строительства", "контракт расторгнут", "scrapped"), "suspended" when put on hold ("приостановлено", "frozen").
   */
  status?: DealStatus;
  /** The sentence(s) the deal was read from. */
  evidence: Span[];
}

export type DealStatus = "cancelled" | "suspended";

/** A deal as assembled from one document, before its amount is priced in US dollars. */
export type AssembledDeal = Omit<Deal, "amountUsd" | "amountUsdMax" | "usdRate">;

export interface ExtractionResult {
  language: LanguageGuess;
  /** ISO date ("2025-10-09" or "2025-05") or null. */
  referenceDate: string | null;
  /** Sorted by start. */
  mentions: Mention[];
  /**
   * In text order, the surface strings of relative dates ("биыл", "сегодня", "10 мая" with
   * no year before it) that the reference date cannot resolve, because there is none or it is
   * too coarse (a weekday under a month-only dateline). (v1.1) Kept for compatibility: it is
   * derived from `mentions`, the texts of the date mentions whose `value` is null.
   */
  unresolved: string[];
  deals: Deal[];
}

export interface ExtractOptions {
  /**
   * Resolves relative dates. ISO string ("2025-10-09", "2025-05", "2025") or a valid Date, read as
   * its calendar day in the local time zone of the process (set TZ, or pass a string, to choose).
   * Overrides the dateline.
   */
  referenceDate?: string | Date | null;
  /** Default "auto". */
  language?: LanguageCode | "auto";
  /**
   * US dollar rates that take precedence over the shipped table for the currencies they cover
   * (e.g. the National Bank of Kazakhstan's official rates): units of `currency` per 1 USD in a
   * month ("2024-06") or a year ("2024").
   */
  rates?: readonly UsdRateInput[];
}
