/**
 * The five seed articles with their expected results (seeds/*.expected.json, the contract's
 * gold format). Language and reference date must be exact; mention and deal figures must not
 * fall below the acceptance targets of the issues.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../src/index.js";
import { scoreDocument, summarize, type GoldDocument } from "../src/eval/score.js";

const DIR = join(process.cwd(), "seeds");
const seeds = readdirSync(DIR)
  .filter((f) => f.endsWith(".expected.json"))
  .sort()
  .map((f) => {
    const gold = JSON.parse(readFileSync(join(DIR, f), "utf8")) as GoldDocument & { language: string };
    return { gold, text: readFileSync(join(DIR, gold.file), "utf8") };
  });

/** Floors for the acceptance figures on the seeds: the issues' targets (F1 per type, deal F1, mean deal-field accuracy). */
export const SEED_FLOORS = { money: 1, capacity: 1, date: 0.95, organization: 0.9, deals: 0.9, dealFields: 0.85 };

test("five seeds with expected results", () => {
  expect(seeds).toHaveLength(5);
});

describe.each(seeds.map((s) => [s.gold.file, s] as const))("%s", (_file, { gold, text }) => {
  const result = extract(text);
  test("language and reference date", () => {
    expect(result.language.code).toBe(gold.language);
    expect(result.language.confidence).toBeGreaterThan(0.5);
    expect(result.referenceDate).toBe(gold.referenceDate);
  });
  test("every mention slices to its text", () => {
    for (const m of result.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

test("figures on the seeds stay at or above their floors", () => {
  const summary = summarize(seeds.map(({ gold, text }) => {
    const r = extract(text);
    return scoreDocument(gold, r.mentions, r.deals);
  }));
  expect({
    money: summary.mentions.money.f1 >= SEED_FLOORS.money,
    capacity: summary.mentions.capacity.f1 >= SEED_FLOORS.capacity,
    date: summary.mentions.date.f1 >= SEED_FLOORS.date,
    organization: summary.mentions.organization.f1 >= SEED_FLOORS.organization,
    deals: summary.deals.f1 >= SEED_FLOORS.deals,
    dealFields: (summary.dealFieldMean ?? 0) >= SEED_FLOORS.dealFields,
  }).toEqual({ money: true, capacity: true, date: true, organization: true, deals: true, dealFields: true });
});
