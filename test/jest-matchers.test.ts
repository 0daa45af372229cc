import "../src/jest.js";
import { partialMatch, toContainDeal, toContainMention } from "../src/jest.js";
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
    expect(r.message()).toContain("nearest of 1 mention(s)");
    expect(r.message()).toContain("171 млн долларов США");
    const d = toContainDeal(result, { sector: "mining" });
    expect(d.message()).toContain("SUNGROW");
    expect(d.message()).not.toContain("evidence");
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
});
