/**
 * Merging on a corpus: test/corpus/merge.jsonl holds short articles written for this test, each
 * about one deal, with the project it belongs to (`group`). Groups of 2-4 articles describe one
 * project in Kazakh, Russian and English, in tenge, dollars or yuan, rounded differently, some
 * naming only the Chinese side or only the region; single-article groups marked `confusable`
 * resemble one of those projects (same company, region or object) and must stay apart from it.
 * Scored as the contract scores projects: every pair of deals from two documents is linked or not.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract, mergeDeals, type ProjectRecord } from "../src/index.js";

interface Article {
  id: string;
  group: string;
  date: string;
  text: string;
  confusable?: string;
}

const articles = readFileSync(join(process.cwd(), "test/corpus/merge.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as Article);
const results = articles.map((a) => ({ id: a.id, ...extract(a.text, { referenceDate: a.date }) }));
const projects = mergeDeals(results);
const projectOf = new Map<string, string>();
for (const p of projects) for (const s of p.sources) projectOf.set(`${s.document}#${s.deal}`, p.id);

test("the corpus has at least 15 projects told 2-4 times and 10 confusable articles", () => {
  const sizes = new Map<string, number>();
  for (const a of articles) sizes.set(a.group, (sizes.get(a.group) ?? 0) + 1);
  expect([...sizes.values()].filter((n) => n >= 2 && n <= 4).length).toBeGreaterThanOrEqual(15);
  expect(articles.filter((a) => a.confusable !== undefined).length).toBeGreaterThanOrEqual(10);
  expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
  expect(new Set(articles.map((a) => a.text)).size).toBe(articles.length);
});

test.each(articles.map((a, i) => [a.id, i] as const))("%s reads as one deal", (_id, i) => {
  expect(results[i]!.deals).toHaveLength(1);
});

test("every deal is in exactly one project", () => {
  const all = results.flatMap((r) => r.deals.map((_, j) => `${r.id}#${j}`)).sort();
  const sourced = projects.flatMap((p) => p.sources.map((s) => `${s.document}#${s.deal}`)).sort();
  expect(sourced).toEqual(all);
});

test("pairwise link precision and recall are at least 0.95", () => {
  const deals = results.flatMap((r, i) => r.deals.map((_, j) => ({ document: r.id, key: `${r.id}#${j}`, group: articles[i]!.group })));
  let tp = 0, fp = 0, fn = 0;
  const errors: string[] = [];
  for (let i = 0; i < deals.length; i++) {
    for (let j = i + 1; j < deals.length; j++) {
      const a = deals[i]!, b = deals[j]!;
      if (a.document === b.document) continue;
      const linked = projectOf.get(a.key) === projectOf.get(b.key);
      const gold = a.group === b.group;
      if (linked && gold) tp++;
      else if (linked) { fp++; errors.push(`linked ${a.key} ${b.key}`); }
      else if (gold) { fn++; errors.push(`apart ${a.key} ${b.key}`); }
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  expect({ precision: precision >= 0.95, recall: recall >= 0.95, errors }).toEqual({ precision: true, recall: true, errors: expect.any(Array) });
  expect(tp).toBeGreaterThanOrEqual(30);
});

test("a confusable article joins no article of the project it resembles", () => {
  for (const a of articles.filter((x) => x.confusable !== undefined)) {
    const own = projectOf.get(`${a.id}#0`);
    const others = articles.filter((x) => x.group === a.confusable).map((x) => projectOf.get(`${x.id}#0`));
    expect(others.length).toBeGreaterThan(0);
    expect({ id: a.id, joined: others.includes(own) }).toEqual({ id: a.id, joined: false });
  }
});

describe("a merged record", () => {
  const byDoc = (doc: string): ProjectRecord => projects.find((p) => p.sources.some((s) => s.document === doc))!;
  test("a company under its short name and under the gazetteer's full one is one party of one project", () => {
    // the short name's key is its skeleton ("chinapover"), the full name's the gazetteer's folded letters
    const p = byDoc("g18-en");
    expect(p.sources.map((s) => s.document)).toEqual(["g18-en", "g18-ru"]);
    expect(p.parties.map((x) => [x.name, x.key])).toEqual([["Samruk-Energy", "samrukenergy"], ["China Power International Holding", "chinapowerinternationalholding"]]);
  });

  test("Sinopec's plant told four times, in dollars and yuan: the most sources' figure, the others in conflicts", () => {
    const p = byDoc("g02-en");
    expect(p.sources.map((s) => s.document)).toEqual(["g02-cny", "g02-en", "g02-kk", "g02-ru"]);
    expect(p.amount).toEqual({ amount: 7400000000, currency: "USD" });
    expect(p.amountUsd).toBe(7400000000);
    expect(p.capacity).toEqual([expect.objectContaining({ value: 1250000, unit: "t/year" })]);
    expect(p).toMatchObject({ region: "Atyrau Region", sector: "petrochemicals", parties: [expect.objectContaining({ key: "sinopec", country: "CN" })] });
    const amount = p.conflicts.find((c) => c.field === "amount")!;
    expect(amount.values.map((v) => [v.value, v.sources.map((s) => s.document)])).toEqual([
      [{ amount: 7400000000, currency: "USD" }, ["g02-en", "g02-ru"]],
      [{ amount: 53000000000, currency: "CNY" }, ["g02-cny"]],
      [{ amount: 7500000000, currency: "USD", qualifier: "approx" }, ["g02-kk"]],
    ]);
  });
  test("a slipped completion (2027 twice, 2028 once) keeps 2027 and notes 2028", () => {
    const p = byDoc("g13-kk");
    expect(p.sources).toHaveLength(3);
    expect(p.dates.completion).toBe("2027");
    expect(p.conflicts.find((c) => c.field === "dates.completion")!.values.map((v) => v.value)).toEqual(["2027", "2028"]);
  });
  test("the furthest stage names the kind: a project and an agreement are an agreement", () => {
    expect(byDoc("g09-ru").kind).toBe("agreement");
  });
});

test("the five seeds stay 13 separate projects", () => {
  const dir = join(process.cwd(), "seeds");
  const seeds = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ""), ...extract(readFileSync(join(dir, f), "utf8")) }));
  expect(seeds.reduce((n, r) => n + r.deals.length, 0)).toBe(13);
  const merged = mergeDeals(seeds);
  expect(merged).toHaveLength(13);
  expect(merged.every((p) => p.sources.length === 1 && p.conflicts.length === 0)).toBe(true);
});
