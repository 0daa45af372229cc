/**
 * Merging deals into projects: the rules for one project (src/projects/similarity.ts), the choice of
 * each field and its conflicts (records.ts), stable ids, and the streaming entry point runMerge.
 * Deals are written here as extract() returns them, with the US dollar value it would compute.
 */
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { PassThrough, Readable } from "node:stream";
import { mergeDeals, runMerge, type Deal, type IdentifiedResult, type ProjectRecord } from "../src/index.js";

const USD = { currency: "USD", perUsd: 1, period: null, source: "identity", estimated: false };

function deal(fields: Partial<Deal> & { usd?: number }): Deal {
  const { usd, ...rest } = fields;
  const amount = rest.amount ?? null;
  return {
    kind: "project", parties: [], amount, capacity: [], region: null, sector: null, dates: {}, jobs: null,
    amountUsd: usd ?? (amount?.currency === "USD" ? amount.amount : null),
    usdRate: amount ? (amount.currency === "USD" ? USD : { currency: amount.currency, perUsd: amount.amount / (usd ?? 1), period: "2024-06", source: "test", estimated: false }) : null,
    evidence: [{ start: 0, end: 10 }],
    ...rest,
  };
}

const SINOPEC = { name: "Sinopec", country: "CN", key: "sinopec" };
const KMG = { name: "KazMunayGas", country: "KZ", key: "kazmunaygas" };
const polyethylene = (extra: Partial<Deal> & { usd?: number } = {}): Deal => deal({
  parties: [SINOPEC], region: "Atyrau Region", sector: "petrochemicals",
  amount: { amount: 7400000000, currency: "USD" }, capacity: [{ value: 1250000, unit: "t/year" }], ...extra,
});

/** The documents of each project, for comparing groupings. */
const grouping = (projects: ProjectRecord[]): string[][] =>
  projects.map((p) => p.sources.map((s) => `${s.document}#${s.deal}`)).sort();

describe("when two deals are one project", () => {
  const linked = (a: Deal, b: Deal): boolean => mergeDeals([{ id: "a", deals: [a] }, { id: "b", deals: [b] }]).length === 1;

  test("the same plant told twice, once without its amount", () => {
    expect(linked(polyethylene(), polyethylene({ amount: null, amountUsd: null, usdRate: null }))).toBe(true);
  });
  test("one company's polyethylene plant and its gas processing plant are two projects", () => {
    expect(linked(polyethylene(), polyethylene({ sector: "oil_gas", amount: null, amountUsd: null, usdRate: null, capacity: [] }))).toBe(false);
  });
  test("the same company in the same region with nothing else in common is not enough", () => {
    expect(linked(deal({ parties: [SINOPEC], region: "Atyrau Region" }), deal({ parties: [SINOPEC], region: "Atyrau Region" }))).toBe(false);
  });
  test("amounts within 15% in dollars meet, 20% apart do not", () => {
    expect(linked(polyethylene(), polyethylene({ amount: { amount: 8500000000, currency: "USD" } }))).toBe(true);
    expect(linked(polyethylene(), polyethylene({ amount: { amount: 8900000000, currency: "USD" } }))).toBe(false);
  });
  test("a tenge amount meets a dollar one through amountUsd", () => {
    expect(linked(polyethylene(), polyethylene({ amount: { amount: 3500000000000, currency: "KZT" }, usd: 7423000000 }))).toBe(true);
    expect(linked(polyethylene(), polyethylene({ amount: { amount: 2500000000000, currency: "KZT" }, usd: 5302000000 }))).toBe(false);
  });
  test("'over X' reaches up to 1.5 X (and the tolerance)", () => {
    const over = polyethylene({ amount: { amount: 5000000000, currency: "USD", qualifier: "over" } });
    expect(linked(over, polyethylene())).toBe(true);
    expect(linked(over, polyethylene({ amount: { amount: 9000000000, currency: "USD" } }))).toBe(false);
  });
  test("different capacities in one unit are two plants", () => {
    expect(linked(polyethylene(), polyethylene({ capacity: [{ value: 500000, unit: "t/year" }], amount: null, amountUsd: null, usdRate: null }))).toBe(false);
  });
  test("completions more than a year apart are two plans", () => {
    expect(linked(polyethylene({ dates: { completion: "2027" } }), polyethylene({ dates: { completion: "2028" } }))).toBe(true);
    expect(linked(polyethylene({ dates: { completion: "2027" } }), polyethylene({ dates: { completion: "2030" } }))).toBe(false);
  });
  test("different regions are two projects", () => {
    expect(linked(polyethylene(), polyethylene({ region: "Mangystau Region" }))).toBe(false);
  });
  test("another Chinese company with the same Kazakh partner is another deal", () => {
    const a = polyethylene({ parties: [SINOPEC, KMG] });
    const b = polyethylene({ parties: [{ name: "CNPC", country: "CN", key: "cnpc" }, KMG] });
    expect(linked(a, b)).toBe(false);
  });
  test("one article names only the Chinese side, the other only the Kazakh side", () => {
    expect(linked(polyethylene(), polyethylene({ parties: [KMG] }))).toBe(true);
  });
  test("an article naming only the region needs the region, the sector and a figure", () => {
    expect(linked(polyethylene(), polyethylene({ parties: [] }))).toBe(true);
    expect(linked(polyethylene(), polyethylene({ parties: [], amount: null, amountUsd: null, usdRate: null, capacity: [] }))).toBe(false);
  });
  test("a short and a full name of one company meet (a key that is a prefix of the other)", () => {
    const full = polyethylene({ parties: [{ name: "Sinopec Engineering", country: "CN", key: "sinopecengineering" }], region: null });
    expect(linked(polyethylene(), full)).toBe(true);
  });
  test("two deals of one document are never merged", () => {
    expect(mergeDeals([{ id: "a", deals: [polyethylene(), polyethylene()] }])).toHaveLength(2);
  });
  test("no chaining: a deal that fits one member but contradicts another starts its own project", () => {
    const a = polyethylene({ dates: { completion: "2026" } });
    const b = polyethylene({ amount: null, amountUsd: null, usdRate: null });
    const c = polyethylene({ dates: { completion: "2029" } });
    const projects = mergeDeals([{ id: "a", deals: [a] }, { id: "b", deals: [b] }, { id: "c", deals: [c] }]);
    expect(grouping(projects)).toEqual([["a#0", "b#0"], ["c#0"]]);
  });
});

describe("the record's fields", () => {
  const [project] = mergeDeals([
    { id: "03", deals: [polyethylene({ kind: "memorandum", jobs: 500, dates: { completion: "2027" }, parties: [{ name: "Синопек", key: "sinopec" }, KMG] })] },
    { id: "01", deals: [polyethylene({ amount: { amount: 53000000000, currency: "CNY" }, usd: 7300000000, jobs: 450, dates: { completion: "2027-06" } })] },
    { id: "02", deals: [polyethylene({ kind: "agreement", jobs: 500, capacity: [{ value: 1250000, unit: "t/year", commodity: "polyethylene" }] })] },
  ]);

  test("sources in document order, the id from the first", () => {
    expect(project!.sources).toEqual([{ document: "01", deal: 0 }, { document: "02", deal: 0 }, { document: "03", deal: 0 }]);
    expect(project!.id).toMatch(/^p-[0-9a-f]{10}$/);
  });
  test("the amount most sources give, its dollars and rate; the other figure in conflicts", () => {
    expect(project!.amount).toEqual({ amount: 7400000000, currency: "USD" });
    expect(project!.amountUsd).toBe(7400000000);
    expect(project!.usdRate).toEqual(USD);
    expect(project!.conflicts.find((c) => c.field === "amount")).toEqual({
      field: "amount",
      values: [
        { value: { amount: 7400000000, currency: "USD" }, sources: [{ document: "02", deal: 0 }, { document: "03", deal: 0 }] },
        { value: { amount: 53000000000, currency: "CNY" }, sources: [{ document: "01", deal: 0 }] },
      ],
    });
  });
  test("the furthest stage is the kind", () => {
    expect(project!.kind).toBe("agreement");
  });
  test("parties: one per key, the spelling most sources use", () => {
    expect(project!.parties).toEqual([SINOPEC, KMG]);
  });
  test("a capacity keeps the commodity one source names", () => {
    expect(project!.capacity).toEqual([{ value: 1250000, unit: "t/year", commodity: "polyethylene" }]);
  });
  test("jobs: the figure most sources give, the other in conflicts", () => {
    expect(project!.jobs).toBe(500);
    expect(project!.conflicts.find((c) => c.field === "jobs")!.values.map((v) => v.value)).toEqual([500, 450]);
  });
  test("dates: the most specific of values that agree, and no conflict between them", () => {
    expect(project!.dates).toEqual({ completion: "2027-06" });
    expect(project!.conflicts.map((c) => c.field)).not.toContain("dates.completion");
  });
  test("a tie goes to the exact figure with more digits", () => {
    const [p] = mergeDeals([
      { id: "a", deals: [polyethylene({ amount: { amount: 7000000000, currency: "USD", qualifier: "approx" } })] },
      { id: "b", deals: [polyethylene({ amount: { amount: 7350000000, currency: "USD" } })] },
    ]);
    expect(p!.amount).toEqual({ amount: 7350000000, currency: "USD" });
  });
});

describe("ids", () => {
  const corpus: IdentifiedResult[] = [
    { id: "a", deals: [polyethylene()] },
    { id: "b", deals: [polyethylene({ parties: [KMG] }), deal({ parties: [{ name: "CNPC", country: "CN", key: "cnpc" }], region: "Shymkent", sector: "oil_gas", amount: { amount: 1e9, currency: "USD" } })] },
    { id: "c", deals: [deal({ region: "Aktobe Region", sector: "energy", capacity: [{ value: 200, unit: "MW" }] })] },
  ];
  const ids = (projects: ProjectRecord[]): Record<string, string> =>
    Object.fromEntries(projects.flatMap((p) => p.sources.map((s) => [`${s.document}#${s.deal}`, p.id])));

  test("the same input gives the same ids, in any order", () => {
    expect(ids(mergeDeals([...corpus].reverse()))).toEqual(ids(mergeDeals(corpus)));
    expect(mergeDeals(corpus)).toEqual(mergeDeals(corpus));
  });
  test("an unrelated article changes no other project's id", () => {
    const before = ids(mergeDeals(corpus));
    const after = ids(mergeDeals([{ id: "0", deals: [deal({ parties: [{ name: "Huawei", country: "CN", key: "huawei" }], region: "Astana", sector: "it" })] }, ...corpus]));
    expect(after).toEqual({ ...before, "0#0": expect.any(String) });
  });
  test("every deal is in exactly one project; a document without an id is numbered", () => {
    const projects = mergeDeals([...corpus, { deals: [deal({ region: "Almaty" })] }, { id: "e", error: "bad line" }]);
    expect(projects.flatMap((p) => p.sources.map((s) => `${s.document}#${s.deal}`)).sort()).toEqual(["#4#0", "a#0", "b#0", "b#1", "c#0"]);
  });
});

describe("partOf", () => {
  const AKIMAT = { name: "Turkistan Region Akimat", country: "KZ", key: "turkistanregionakimat" };
  const pkg = deal({ kind: "memorandum", parties: [AKIMAT], region: "Turkistan Region", amount: { amount: 432200000000, currency: "KZT" }, usd: 885184123.21, dates: { signed: "2025-04" } });
  const hotel = deal({ kind: "memorandum", parties: [AKIMAT, { name: "Silk Road Hotels", country: "CN", key: "silkroadhotels" }], region: "Turkistan Region", sector: "tourism", amount: { amount: 120000000, currency: "USD" }, dates: { signed: "2025-04-10" } });

  test("an item of a package told elsewhere points to the package and stays its own record", () => {
    const projects = mergeDeals([{ id: "forum", deals: [pkg] }, { id: "hotel", deals: [hotel] }]);
    expect(projects).toHaveLength(2);
    const [p, h] = projects;
    expect(p!.partOf).toBeUndefined();
    expect(h!.partOf).toBe(p!.id);
  });
  test("not when it was signed at another time, lies in another region or shares no party", () => {
    for (const other of [
      { ...hotel, dates: { signed: "2024-09" } },
      { ...hotel, region: "Shymkent" as const },
      { ...hotel, parties: [{ name: "Silk Road Hotels", country: "CN", key: "silkroadhotels" }] },
    ]) {
      const projects = mergeDeals([{ id: "forum", deals: [pkg] }, { id: "hotel", deals: [other] }]);
      expect(projects.map((p) => p.partOf)).toEqual([undefined, undefined]);
    }
  });
});

describe("runMerge", () => {
  const input = [
    JSON.stringify({ id: "a", deals: [polyethylene()] }),
    "not json",
    JSON.stringify({ id: "x", error: "line 3: \"text\" must be a string" }),
    JSON.stringify({ id: "b", deals: [polyethylene({ amount: { amount: 3500000000000, currency: "KZT" }, usd: 7423000000, parties: [KMG] })] }),
    "",
  ].join("\n");

  async function run(format: "json" | "csv"): Promise<{ text: string; errors: string[]; summary: unknown }> {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on("data", (c: Buffer) => chunks.push(c.toString()));
    const errors: string[] = [];
    const summary = await runMerge(Readable.from([input]), out, { format, onError: (m) => errors.push(m) });
    return { text: chunks.join(""), errors, summary };
  }

  test("JSONL: one record per line; bad lines are reported and skipped", async () => {
    const { text, errors, summary } = await run("json");
    const lines = text.trim().split("\n").map((l) => JSON.parse(l) as ProjectRecord);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.sources).toEqual([{ document: "a", deal: 0 }, { document: "b", deal: 0 }]);
    expect(summary).toEqual({ documents: 2, deals: 2, projects: 1, skipped: 2 });
    expect(errors).toEqual([expect.stringMatching(/^line 2: not valid JSON/), expect.stringMatching(/^line 3: extract error/)]);
  });
  test("the deals kept in a temporary file while merging are removed after", async () => {
    const spills = (): string[] => readdirSync(tmpdir()).filter((f) => f.startsWith("kzdeals-merge-"));
    const before = spills();
    await run("json");
    expect(spills()).toEqual(before);
  });
  test("CSV: tracker columns", async () => {
    const { text } = await run("csv");
    const [header, row] = text.split("\r\n");
    expect(header).toBe("id,kind,parties,chinese_party,kazakh_party,amount,currency,amount_usd_millions,capacity,unit,region,sector,start,completion,jobs,sources,documents,conflicts");
    expect(row).toMatch(/^p-[0-9a-f]{10},project,Sinopec; KazMunayGas,Sinopec,KazMunayGas,7400000000,USD,7400,1250000,t\/year,Atyrau Region,petrochemicals,,,,2,a; b,amount: 7400000000 USD \[a\] \| 3500000000000 KZT \[b\]$/);
  });
});
