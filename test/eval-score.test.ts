import { organizationKey, prf, scoreDocument, summarize, type GoldDocument } from "../src/eval/score.js";
import type { AssembledDeal, Mention } from "../src/index.js";

const money: Mention = { type: "money", start: 0, end: 10, text: "5 млн тг", amount: 5e6, currency: "KZT" };
const org: Mention = { type: "organization", start: 20, end: 35, text: 'ТОО "AqtobeCem"', name: "AqtobeCem", legalForm: "LLP" };
const deal: AssembledDeal = {
  kind: "project", parties: [{ name: "AqtobeCem" }], amount: { amount: 5e6, currency: "KZT" }, capacity: [],
  region: "Aktobe Region", sector: "construction_materials", dates: {}, jobs: null, evidence: [],
};
const gold: GoldDocument = { file: "x.txt", mentions: [money, org], deals: [deal] };

describe("eval scoring", () => {
  test("a perfect prediction scores 1 everywhere", () => {
    const s = summarize([scoreDocument(gold, [money, org], [deal])]);
    expect(s.mentions.all.f1).toBe(1);
    expect(s.deals.f1).toBe(1);
    expect(s.dealFieldMean).toBe(1);
  });
  test("a wrong amount is a false positive and a miss; organizations match by overlap", () => {
    const wrong: Mention = { ...money, amount: 6e6 } as Mention;
    const otherName: Mention = { ...org, name: "Aqtobe Cement" } as Mention;
    const s = scoreDocument(gold, [wrong, otherName], [{ ...deal, region: null }]);
    expect(s.mentions.money).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.mentions.organization).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.dealFields.region).toEqual({ correct: 0, total: 1 });
    expect(s.dealFields.parties).toEqual({ correct: 1, total: 1 });
  });
  test("organization keys drop quotes, case and legal forms", () => {
    expect(organizationKey('ТОО "AqtobeCem"')).toBe("aqtobecem");
    expect(organizationKey("Sinoma (SUZHOU) Construction Co., Ltd")).toBe("sinoma (suzhou) construction");
    expect(organizationKey("«VEGA Power»")).toBe("vega power");
  });
  test("a date with value null is scored apart, against the gold's unresolved strings", () => {
    const year: Mention = { type: "date", start: 40, end: 44, text: "2025", value: "2025", relative: false };
    const biyl: Mention = { type: "date", start: 50, end: 54, text: "Биыл", value: null, relative: true, anchor: { unit: "year", offset: 0 } };
    const bugin: Mention = { type: "date", start: 60, end: 65, text: "Бүгін", value: null, relative: true, anchor: { unit: "day", offset: 0 } };
    const g: GoldDocument = { ...gold, mentions: [money, org, year], unresolved: ["Биыл", "былтыр"] };
    const s = scoreDocument(g, [money, org, year, biyl, bugin], [deal]);
    // the dates with a value score as before; the null ones do not count as spurious dates
    expect(s.mentions.date).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.unresolved).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(summarize([s]).unresolved.f1).toBeCloseTo(0.5);
    expect(summarize([s]).mentions.all.f1).toBe(1);
  });
  test("prf on empty counts", () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
    expect(prf({ tp: 0, fp: 2, fn: 0 }).precision).toBe(0);
  });
});
