/** Validation of extract()'s input: clear errors that name what is wrong. */
import { compileRates, type CallerRates } from "./rates/rates.js";
import { fromDate, parseIsoDate, type ReferenceDate } from "./reference-date.js";
import type { ExtractOptions, LanguageCode } from "./types.js";

const LANGUAGES: readonly (LanguageCode | "auto")[] = ["kk", "ru", "en", "und", "auto"];
const KNOWN_OPTIONS = new Set(["referenceDate", "language", "rates"]);

export interface ValidOptions {
  referenceDate: ReferenceDate | null;
  language: LanguageCode | "auto";
  /** The caller's US dollar rates, checked and indexed; undefined: the shipped table alone. */
  rates: CallerRates | undefined;
}

export function validateText(text: unknown, caller = "extract"): asserts text is string {
  if (typeof text !== "string") throw new TypeError(`kzdeals.${caller}: text must be a string, got ${kindOf(text)}`);
}

/** What a bad argument is, for an error message: "null", "an array", or its typeof. */
export function kindOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}

export function validateOptions(options: unknown): ValidOptions {
  if (options === undefined || options === null) return { referenceDate: null, language: "auto", rates: undefined };
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`kzdeals.extract: options must be an object, got ${Array.isArray(options) ? "an array" : typeof options}`);
  }
  const o = options as ExtractOptions & Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!KNOWN_OPTIONS.has(key)) {
      throw new RangeError(`kzdeals.extract: unknown option "${key}" (known: ${[...KNOWN_OPTIONS].join(", ")})`);
    }
  }
  return {
    referenceDate: validateReferenceDate(o.referenceDate),
    language: validateLanguage(o.language),
    rates: o.rates === undefined || o.rates === null ? undefined : compileRates(o.rates),
  };
}

function validateLanguage(value: unknown): LanguageCode | "auto" {
  if (value === undefined) return "auto";
  if (typeof value === "string" && (LANGUAGES as readonly string[]).includes(value)) {
    return value as LanguageCode | "auto";
  }
  throw new RangeError(
    `kzdeals.extract: option "language" must be one of ${LANGUAGES.map((l) => `"${l}"`).join(", ")}, got ${JSON.stringify(value)}`,
  );
}

export function validateReferenceDate(value: unknown): ReferenceDate | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError(`kzdeals.extract: option "referenceDate" is an invalid Date`);
    return fromDate(value);
  }
  if (typeof value === "string") {
    const parsed = parseIsoDate(value);
    if (parsed) return parsed;
  }
  throw new RangeError(
    `kzdeals.extract: option "referenceDate" must be an ISO date ("2025-10-09", "2025-10" or "2025") or a valid Date, got ${JSON.stringify(value)}`,
  );
}
