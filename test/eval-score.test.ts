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
  test("prf on empty counts", () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
    expect(prf({ tp: 0, fp: 2, fn: 0 }).precision).toBe(0);
  });
});
