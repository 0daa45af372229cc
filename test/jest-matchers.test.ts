import { expect as globalsExpect } from "@jest/globals";
import "../src/jest.js";
import { differences, nearest, numericDistance, partialMatch, toContainDeal, toContainMention } from "../src/jest.js";
import type { ExtractionResult } from "../src/index.js";

const result: ExtractionResult = {
  language: { code: "ru", confidence: 0.9 },
  referenceDate: "2025-05",
  unresolved: [],
  mentions: [
    { type: "money", start: 0, end: 20, text: "171 млн долларов США", amount: 171e6, currency: "USD" },
    { type: "capacity", start: 30, end: 36, text: "200 МВт", value: 200, unit: "MW" },
  ],
  deals: [
    {
      kind: "project",
      parties: [{ name: "SUNGROW Renewables Development", country: "CN" }, { name: "Aktobe LLP", country: "KZ" }],
      amount: { amount: 171e6, currency: "USD" },
      capacity: [{ value: 200, unit: "MW" }],
      region: "Aktobe Region",
      sector: "energy",
      dates: { start: "2025" },
      jobs: null,
      amountUsd: 171e6,
      usdRate: { currency: "USD", perUsd: 1, period: null, source: "identity", estimated: false },
      evidence: [{ start: 0, end: 40 }],
    },
  ],
};

describe("kzdeals/jest matchers", () => {
  test("null expected matches null or an optional field left out, and nothing else", () => {
    expect(partialMatch({ jobs: null }, { jobs: null })).toBe(true);
    expect(partialMatch({ kind: "project" }, { status: null })).toBe(true);
    expect(partialMatch({ status: "cancelled" }, { status: null })).toBe(false);
    expect(partialMatch({ jobs: 0 }, { jobs: null })).toBe(false);
    globalsExpect(result).toContainDeal({ kind: "project", status: null });
    globalsExpect({ ...result, deals: [{ ...result.deals[0]!, status: "cancelled" as const }] }).not.toContainDeal({ kind: "project", status: null });
  });

  test("an unresolved relative date matches on value null and its anchor; a wrong offset is named", () => {
    const withDates: ExtractionResult = {
      ...result,
      unresolved: ["былтыр"],
      mentions: [
        ...result.mentions,
        { type: "date", start: 40, end: 46, text: "былтыр", value: null, relative: true, anchor: { unit: "year", offset: -1 } },
        { type: "date", start: 50, end: 54, text: "2025", value: "2025", relative: false },
      ],
    };
    expect(withDates).toContainMention({ type: "date", value: null, anchor: { unit: "year", offset: -1 } });
    expect(withDates).toContainMention({ type: "date", value: "2025" });
    const failure = toContainMention(withDates, { type: "date", value: null, anchor: { unit: "year", offset: -2 } });
    expect(failure.pass).toBe(false);
    expect(failure.message()).toContain("anchor.offset: expected -2, has -1");
    // the anchored candidate ranks first (numerically closest)
    const message = failure.message();
    expect(message.indexOf("былтыр")).toBeLessThan(message.indexOf('"text":"2025"'));
  });

  test("toContainMention matches on the given fields", () => {
    expect(result).toContainMention({ type: "money", amount: 171e6, currency: "USD" });
    expect(result).not.toContainMention({ type: "money", amount: 171e6, currency: "KZT" });
    expect(result).toContainMention({ type: "capacity", value: 200, unit: "MW" });
  });
  test("toContainDeal matches partial deals, parties by subset", () => {
    expect(result).toContainDeal({ region: "Aktobe Region", parties: [{ name: "SUNGROW Renewables Development" }] });
    expect(result).toContainDeal({ amount: { amount: 171e6 }, capacity: [{ unit: "MW" }] });
    expect(result).not.toContainDeal({ sector: "mining" });
    expect(result).not.toContainDeal({ parties: [{ name: "Nobody" }] });
  });
  test("a failure lists the nearest candidates", () => {
    const r = toContainMention(result, { type: "money", amount: 170e6, currency: "USD" });
    expect(r.pass).toBe(false);
    expect(r.message()).toContain("nearest of 1 money mention(s)");
    expect(r.message()).toContain("171 млн долларов США");
    const d = toContainDeal(result, { sector: "mining" });
    expect(d.message()).toContain("SUNGROW");
    expect(d.message()).not.toContain("evidence");
  });
  test("the matchers type-check and run on the expect of @jest/globals", () => {
    globalsExpect(result).toContainMention({ type: "money", amount: 171e6 });
    globalsExpect(result).not.toContainDeal({ sector: "mining" });
  });
  test("a failure names each field that differs, with its path", () => {
    const m = toContainMention(result, { type: "money", amount: 172e6, currency: "USD" }).message();
    expect(m).toContain("amount: expected 172000000, has 171000000");
    expect(m).not.toContain("currency:");
    const d = toContainDeal(result, {
      amount: { amount: 172e6 },
      parties: [{ name: "SUNGROW Renewables Development", country: "KZ" }],
      capacity: [{ value: 250 }],
    }).message();
    expect(d).toContain("amount.amount: expected 172000000, has 171000000");
    expect(d).toContain('parties[0].country: expected "KZ", has "CN"');
    expect(d).toContain("capacity[0].value: expected 250, has 200");
    expect(d).not.toContain("region:");
    expect(differences({ jobs: null }, { jobs: 500 })).toEqual(["jobs: expected 500, has null"]);
    expect(differences({}, { sector: "energy" })).toEqual(['sector: expected "energy", has nothing']);
  });
  test("the nearest candidates come numerically closest first: 171e6 before 218.8e6 for 172e6", () => {
    const three: ExtractionResult = {
      ...result,
      mentions: [
        { type: "money", start: 0, end: 5, text: "218.8 млн", amount: 218.8e6, currency: "USD" },
        { type: "money", start: 10, end: 15, text: "5 млрд тенге", amount: 5e9, currency: "KZT" },
        { type: "money", start: 20, end: 25, text: "171 млн", amount: 171e6, currency: "KZT" },
        { type: "capacity", start: 30, end: 36, text: "172 МВт", value: 172, unit: "MW" },
      ],
    };
    // 218.8e6 agrees on currency, 171e6 does not: closeness of the amount decides before field count.
    const m = toContainMention(three, { type: "money", amount: 172e6, currency: "USD" }).message();
    expect(m).toContain("nearest of 3 money mention(s), closest first");
    const order = ["171 млн", "218.8 млн", "5 млрд тенге"].map((t) => m.indexOf(t));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(m).toContain("amount: expected 172000000, has 171000000");
    expect(m).toContain('currency: expected "USD", has "KZT"');
    // Without a numeric field, the count of agreeing fields ranks, then text order.
    const units = nearest(three.mentions, { currency: "KZT", amount: 1 }, 4).map((c) => c.text);
    expect(units).toEqual(["171 млн", "218.8 млн", "5 млрд тенге", "172 МВт"]);
    expect(nearest(three.mentions, { currency: "KZT" }, 4).map((c) => c.text)).toEqual(["5 млрд тенге", "171 млн", "218.8 млн", "172 МВт"]);
  });
  test("numericDistance: relative gap per expected number, 1 when missing, closest array element", () => {
    expect(numericDistance({ amount: 171e6 }, { amount: 172e6 })).toBeCloseTo(1 / 172, 6);
    expect(numericDistance({}, { amount: 5 })).toBe(1);
    expect(numericDistance({ capacity: [{ value: 100 }, { value: 240 }] }, { capacity: [{ value: 250 }] })).toBeCloseTo(0.04, 6);
    expect(numericDistance({ amount: 0 }, { amount: 0 })).toBe(0);
  });
  test("a passing negation shows the candidate that matched", () => {
    const r = toContainMention(result, { type: "capacity", value: 200 });
    expect(r.pass).toBe(true);
    expect(r.message()).toContain('"text":"200 МВт"');
  });
  test("a non-result is a TypeError", () => {
    expect(() => toContainDeal({}, {})).toThrow(TypeError);
  });
  test("partialMatch: arrays match element-wise without reuse, null and scalars exactly", () => {
    expect(partialMatch([{ a: 1 }, { a: 2 }], [{ a: 2 }, { a: 1 }])).toBe(true);
    expect(partialMatch([{ a: 1 }], [{ a: 1 }, { a: 1 }])).toBe(false);
    expect(partialMatch(null, null)).toBe(true);
    expect(partialMatch({ x: null }, { x: 0 })).toBe(false);
  });
  test("partialMatch: an empty array expected matches only an empty one (\"capacity: []\": no capacity)", () => {
    expect(partialMatch({ capacity: [] }, { capacity: [] })).toBe(true);
    expect(partialMatch({ capacity: [{ value: 50, unit: "MW" }] }, { capacity: [] })).toBe(false);
    expect(partialMatch({ capacity: [{ value: 50, unit: "MW" }] }, { capacity: [{ unit: "MW" }] })).toBe(true);
  });
  test("partialMatch: a field expected as an empty object matches only an empty one (\"dates: {}\": no date role)", () => {
    expect(partialMatch({ dates: {} }, { dates: {} })).toBe(true);
    expect(partialMatch({ dates: { completion: "2028" } }, { dates: {} })).toBe(false);
    expect(partialMatch({ dates: { completion: "2028" } }, { dates: { start: null } })).toBe(true);
    // (the whole expectation {} is no field: any deal)
    expect(partialMatch({ kind: "project", dates: { start: "2026" } }, {})).toBe(true);
  });
});
