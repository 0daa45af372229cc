/**
 * The review view's HTML without a browser: escaping, values as shown, unresolved relative dates
 * (before and after contract v1.1's `value: null` mentions), evidence that cuts a mention, and the
 * command line's html flags. The browser tests are in review-browser.test.ts.
 */
import { documentSection } from "../src/formats/html/document.js";
import { esc } from "../src/formats/html/escape.js";
import { barChart, totals } from "../src/formats/html/charts.js";
import { amountText, anchorText, usdShort } from "../src/formats/html/values.js";
import type { Deal, ExtractionResult, Mention } from "../src/types.js";
import { run } from "./helpers/cli.js";

function result(mentions: unknown[], deals: Partial<Deal>[] = [], unresolved: string[] = []): ExtractionResult {
  return {
    language: { code: "ru", confidence: 0.9 },
    referenceDate: null,
    mentions: mentions as Mention[],
    unresolved,
    deals: deals.map((d) => ({
      kind: "project", parties: [], amount: null, capacity: [], region: null, sector: null, dates: {}, jobs: null,
      amountUsd: null, usdRate: null, evidence: [], ...d,
    })),
  };
}

/** The opening tag of each element with `class` containing `cls`, in order. */
function tags(html: string, cls: string): string[] {
  return [...html.matchAll(/<[a-z]+ [^>]*>/g)].map((m) => m[0]).filter((t) => new RegExp(`class="[^"]*\\b${cls}\\b`).test(t));
}

describe("escaping", () => {
  test("the five characters that can end text or an attribute", () => {
    expect(esc(`<a href="x" title='y'>&amp;</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    expect(esc(null)).toBe("");
  });
  test("a label and a text with markup stay text", () => {
    const text = "<script>alert(1)</script> 5 млн долларов";
    const html = documentSection(0, { label: `"><img src=x onerror=alert(1)>`, text, result: result([]) });
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; 5 млн долларов");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  });
});

describe("values as shown", () => {
  test("amounts, short US dollars, anchors", () => {
    expect(amountText({ amount: 134000000000, currency: "KZT", qualifier: "over" })).toBe("over 134,000,000,000 KZT");
    expect(amountText({ amount: 10000000, amountMax: 20000000, currency: "USD" })).toBe("10,000,000–20,000,000 USD");
    expect(amountText({ amount: 1e22, amountExact: "12345678901234567890123", currency: "KZT" })).toBe("12,345,678,901,234,567,890,123 KZT");
    expect(usdShort(171000000)).toBe("$171 M");
    expect(usdShort(1250000000)).toBe("$1.25 bn");
    expect(usdShort(47800000)).toBe("$47.8 M");
    expect(anchorText({ unit: "year", offset: -1 })).toBe("year −1");
    expect(anchorText({ month: 5, day: 10 })).toBe("month 5, day 10");
  });
  test("a mention of a type added later shows its fields, in the 'other' style", () => {
    const text = "создано 60 рабочих мест";
    const html = documentSection(0, { label: "x", text, result: result([{ type: "jobs", start: 8, end: 23, text: "60 рабочих мест", count: 60 }]) });
    expect(tags(html, "m")).toEqual([expect.stringContaining(`class="m t-other"`)]);
    expect(html).toContain(`title="jobs: count: 60"`);
  });
});

describe("unresolved relative dates", () => {
  const text = "В прошлом году компания построила завод.";
  test("as the unresolved list of contract v1 results", () => {
    const html = documentSection(0, { label: "x", text, result: result([], [], ["В прошлом году"]) });
    expect(html).toMatch(/unresolved relative dates<\/b> “В прошлом году”/);
  });
  test("as v1.1 date mentions with value null: marked unresolved, with the anchor", () => {
    const m = { type: "date", start: 0, end: 14, text: "В прошлом году", value: null, relative: true, anchor: { unit: "year", offset: -1 } };
    const html = documentSection(0, { label: "x", text, result: result([m]) });
    expect(tags(html, "m")).toEqual([expect.stringContaining(`class="m t-date unresolved"`)]);
    expect(html).toContain(`title="date: unresolved (year −1)"`);
    expect(html).toMatch(/unresolved relative dates<\/b> “В прошлом году”/);
    const bare = documentSection(0, { label: "x", text, result: result([{ ...m, anchor: undefined }]) });
    expect(bare).toContain(`title="date: unresolved"`);
  });
  test("from the command line, with no reference date", () => {
    const r = run(["extract", "--jsonl", "--format", "html"], JSON.stringify({ id: "a", text: "В прошлом году компания построила завод мощностью 50 МВт." }) + "\n");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/<b>reference date<\/b> <span class="none">none<\/span>/);
    expect(r.stdout).toMatch(/unresolved relative dates<\/b> “(В )?прошлом году”|title="date: unresolved/);
  });
});

describe("evidence", () => {
  // "Завод стоит 5 млн долларов. Второй завод тоже."; the money mention is 12..26.
  const text = "Завод стоит 5 млн долларов. Второй завод тоже.";
  const money = { type: "money", start: 12, end: 26, text: "5 млн долларов", amount: 5000000, currency: "USD" };
  test("a span that ends inside a mention is widened to hold it whole", () => {
    const html = documentSection(0, { label: "x", text, result: result([money], [{ evidence: [{ start: 0, end: 16 }] }]) });
    expect(html).toContain(`<span class="ev" data-deals="0">Завод стоит <mark`);
    expect(html).toContain(`5 млн долларов</mark></span>. Второй`);
  });
  test("overlapping evidence of two deals: each stretch names the deals that cover it", () => {
    const html = documentSection(0, { label: "x", text, result: result([money], [{ evidence: [{ start: 0, end: 27 }] }, { evidence: [{ start: 12, end: 46 }] }]) });
    expect(tags(html, "ev").map((t) => /data-deals="([^"]*)"/.exec(t)![1])).toEqual(["0", "0 1", "1"]);
  });
});

describe("charts", () => {
  test("totals per key, largest bar first, labels escaped", () => {
    const sums = totals([{ k: "A", v: 1 }, { k: null, v: 2 }, { k: "A", v: 3 }, { k: "B", v: null }], (x) => x.k, (x) => x.v, "(none)");
    expect(sums).toEqual([["A", 4], ["(none)", 2]]);
    const svg = barChart("t", [["<b>", 1e6], ["x", 3e6]]);
    expect(svg.indexOf(">x<")).toBeLessThan(svg.indexOf("&lt;b&gt;"));
    expect(svg).not.toContain("<b>");
  });
});

describe("command line", () => {
  test("merge --texts goes with --format html, and must exist", () => {
    const a = run(["merge", "--texts", "/dev/null"], "");
    expect(a.status).toBe(2);
    expect(a.stderr).toMatch(/^kzdeals: --texts goes with --format html\n/);
    const b = run(["merge", "--format", "html", "--texts", "/nonexistent.jsonl"], "");
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/^kzdeals: --texts \/nonexistent.jsonl: no such file or directory/);
  });
  test("a report of no projects is still a page", () => {
    const r = run(["merge", "--format", "html"], "");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(r.stdout).toContain("0 project(s) from 0 deal(s) in 0 document(s)");
  });
});
