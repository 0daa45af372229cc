/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The review view and the tracker report in a real browser: Debian's chromium, headless, driven by
 * puppeteer-core (no browser download). The pages are the ones the command line writes. Screenshots
 * go to test-output/screenshots/ (gitignored). KZDEALS_CHROMIUM names another Chromium or Chrome.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import type { Deal, ExtractionResult, Mention } from "../src/types.js";
import { CLI, SEEDS } from "./helpers/cli.js";

const CHROMIUM = process.env.KZDEALS_CHROMIUM ?? "/usr/bin/chromium";
const SHOTS = join(process.cwd(), "test-output", "screenshots");
const DIR = mkdtempSync(join(tmpdir(), "kzdeals-review-"));
const FIGURES = process.env.KZDEALS_REVIEW_FIGURES !== undefined;

const KK = join(SEEDS, "000_7c097ef5deff31d5.txt");
const RU = join(SEEDS, "003_a70f3a66ea427b18.txt");
const EN = join(process.cwd(), "test", "review", "english-article.txt");

/** Runs the built command line; resolves with its exit status and output (several run at once). */
function kzdeals(args: string[], input?: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args]);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
    child.stdin.end(input ?? "");
  });
}

/** Runs kzdeals and writes its stdout to DIR/name; the path. */
async function page(name: string, args: string[], input?: string): Promise<string> {
  const r = await kzdeals(args, input);
  if (r.stdout === "") throw new Error(`kzdeals ${args.join(" ")} wrote nothing (status ${r.status}): ${r.stderr}`);
  const file = join(DIR, name);
  writeFileSync(file, r.stdout);
  return file;
}

const INJECTIONS = [
  `<script>window.__pwned=1</script>`,
  `"><img src=x onerror="window.__pwned=2;alert(2)">`,
  `</style><script>window.__pwned=3</script>`,
  `'><svg onload="window.__pwned=4">`,
  `</textarea><iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>`,
];
const HOSTILE_TEXT = ` date 2025-05-20 Компания «${INJECTIONS[0]}» построит в Актюбинской области ветровую электростанцию мощностью 100 МВт стоимостью 50 млн долларов. ${INJECTIONS.slice(1).join(" ")}\n${INJECTIONS.join("\n")}`;

let browser: Browser;
const pages: Record<string, string> = {};
let seedResults: (ExtractionResult & { id: string })[] = [];
let articles: ExtractionResult[] = [];
let projects: { id: string; region: string | null; amountUsd: number | null; parties: { name: string }[]; sources: { document: string; deal: number }[] }[] = [];
const seedTexts = new Map<string, string>();
const timings: Record<string, number> = {};

async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const value = await work();
  timings[name] = Math.round(performance.now() - t0);
  return value;
}

/** 1,000 documents: the seeds' results 200 times over, each copy's parties renamed so that no copy merges with another. */
function thousandDocuments(): { results: string; texts: string } {
  const results: string[] = [];
  const texts: string[] = [];
  for (let k = 0; k < 200; k++) {
    for (const r of seedResults) {
      const id = `${r.id}-${k}`;
      const deals = r.deals.map((d: Deal) => ({ ...d, parties: d.parties.map((p) => ({ name: `${p.name} ${k}`, country: p.country })) }));
      results.push(JSON.stringify({ ...r, id, deals }));
      texts.push(JSON.stringify({ id, text: seedTexts.get(r.id) }));
    }
  }
  return { results: results.join("\n") + "\n", texts: texts.join("\n") + "\n" };
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The review view's browser tests need Chromium, and there is none at ${CHROMIUM}. ` +
      `Install Debian's package: apt-get install chromium (.ci/run installs it when missing), ` +
      `or set KZDEALS_CHROMIUM to a Chromium or Chrome binary.`);
  }
  mkdirSync(SHOTS, { recursive: true });
  const launched = puppeteer.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"], headless: true });

  const seedFiles = ["000_7c097ef5deff31d5", "001_3c4fe715eecdf423", "002_12fb6f9cafcf0699", "003_a70f3a66ea427b18", "004_389de04fdf3086d7"];
  for (const id of seedFiles) seedTexts.set(id, readFileSync(join(SEEDS, `${id}.txt`), "utf8"));
  const seedsJsonl = seedFiles.map((id) => JSON.stringify({ id, text: seedTexts.get(id) })).join("\n") + "\n";
  writeFileSync(join(DIR, "seeds.jsonl"), seedsJsonl);

  const hostileFile = join(DIR, `${INJECTIONS[1]!.replace(/\//g, "")}.txt`);
  writeFileSync(hostileFile, HOSTILE_TEXT);
  const hostileJsonl = INJECTIONS.map((id) => JSON.stringify({ id, text: HOSTILE_TEXT })).join("\n") + "\n";
  writeFileSync(join(DIR, "hostile.jsonl"), hostileJsonl);
  const hostileResults = INJECTIONS.map((id, i) => JSON.stringify({
    id, language: { code: "ru", confidence: 1 }, referenceDate: null, mentions: [], unresolved: [],
    deals: [{
      kind: "project", parties: [{ name: INJECTIONS[(i + 1) % INJECTIONS.length], country: INJECTIONS[i] }],
      amount: { amount: 50000000, currency: "USD" }, amountUsd: 50000000, usdRate: null, capacity: [{ value: 100, unit: "MW", commodity: INJECTIONS[i] }],
      region: INJECTIONS[i], sector: INJECTIONS[(i + 2) % INJECTIONS.length], dates: { start: INJECTIONS[i] }, jobs: null, evidence: [{ start: 17, end: 140 }],
    }],
  })).join("\n") + "\n";

  let results = "";
  await Promise.all([
    timed("extract html, 3 articles (CLI)", () => page("articles.html", ["extract", "--format", "html", KK, RU, EN])).then((p) => { pages.articles = p; }),
    // One run gives the seeds' results (for the report) and the English article's (for the document view).
    kzdeals(["extract", "--jsonl"], seedsJsonl + JSON.stringify({ id: "en", text: readFileSync(EN, "utf8") }) + "\n").then((r) => { results = r.stdout; }),
    page("hostile-files.html", ["extract", "--format", "html", hostileFile]).then((p) => { pages.hostileFiles = p; }),
    page("hostile-jsonl.html", ["extract", "--jsonl", "--format", "html"], hostileJsonl).then((p) => { pages.hostileJsonl = p; }),
    page("hostile-report.html", ["merge", "--format", "html", "--texts", join(DIR, "hostile.jsonl")], hostileResults).then((p) => { pages.hostileReport = p; }),
  ]);
  const all = results.trim().split("\n").map((l) => JSON.parse(l) as ExtractionResult & { id: string });
  const byId = (id: string) => all.find((r) => r.id === id)!;
  articles = [byId("000_7c097ef5deff31d5"), byId("003_a70f3a66ea427b18"), byId("en")];
  seedResults = all.filter((r) => r.id !== "en");
  results = seedResults.map((r) => JSON.stringify(r)).join("\n") + "\n";
  writeFileSync(join(DIR, "seeds.results.jsonl"), results);
  const thousand = thousandDocuments();
  writeFileSync(join(DIR, "thousand.results.jsonl"), thousand.results);
  writeFileSync(join(DIR, "thousand.jsonl"), thousand.texts);
  await Promise.all([
    kzdeals(["merge"], results).then((r) => { projects = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as (typeof projects)[number]); }),
    timed("merge html, seeds (CLI)", () => page("report.html", ["merge", "--format", "html", "--texts", join(DIR, "seeds.jsonl"), join(DIR, "seeds.results.jsonl")]))
      .then((p) => { pages.report = p; }),
    timed("merge html, 1,000 documents (CLI)", () => page("thousand.html", ["merge", "--format", "html", "--texts", join(DIR, "thousand.jsonl"), join(DIR, "thousand.results.jsonl")]))
      .then((p) => { pages.thousand = p; }),
  ]);
  browser = await launched;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(DIR, { recursive: true, force: true });
  if (FIGURES) process.stderr.write(`review timings (ms): ${JSON.stringify(timings, null, 1)}\n`);
});

interface Opened {
  page: Page;
  dialogs: string[];
  errors: string[];
}

/** Opens a written page and waits until its script has run (html[data-ready]). */
async function open(file: string, name: string, width = 1280, height = 900): Promise<Opened> {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("request", (r) => { if (!r.url().startsWith("file:")) errors.push(`request ${r.url()}`); });
  await page.setViewport({ width, height });
  const t0 = performance.now();
  await page.goto(`file://${file}`, { waitUntil: "load" });
  await page.waitForSelector("html[data-ready]", { timeout: 20_000 });
  timings[`open ${name} (load to ready)`] = Math.round(performance.now() - t0);
  return { page, dialogs, errors };
}

/** What a mark's title must show of the mention's value, commas (digit grouping) aside. */
function valueParts(m: Mention): string[] {
  switch (m.type) {
    case "money": return [String(m.amount), m.currency];
    case "capacity": return [String(m.value), m.unit];
    case "date": return [m.value === null ? "unresolved" : m.value];
    case "organization": return [m.name];
    default: return [];
  }
}

describe("extract --format html: the document view", () => {
  let opened: Opened;
  beforeAll(async () => { opened = await open(pages.articles!, "3 articles"); });
  afterAll(() => opened.page.close());

  test("one mark per mention, over the mention's own text, its title showing the value; language and reference date above", async () => {
    const sections = await opened.page.$$eval("section.doc", (docs) => docs.map((d) => ({
      meta: d.querySelector(".meta")!.textContent,
      marks: [...d.querySelectorAll("mark.m")].map((m) => ({ text: m.textContent, title: m.getAttribute("title"), tabindex: m.getAttribute("tabindex") })),
    })));
    expect(sections).toHaveLength(3);
    expect(sections.map((s) => s.meta)).toEqual([
      expect.stringMatching(/language Kazakh \(kk.*reference date 2025-10-09/),
      expect.stringMatching(/language Russian \(ru.*reference date 2025-05/),
      expect.stringMatching(/language English \(en.*reference date 2025-06-12/),
    ]);
    sections.forEach((s, d) => {
      const mentions = articles[d]!.mentions;
      expect(mentions.length).toBeGreaterThan(5);
      expect(s.marks).toHaveLength(mentions.length);
      s.marks.forEach((mark, i) => {
        const m = mentions[i]!;
        expect(mark.text).toBe(m.text);
        expect(mark.tabindex).toBe("0");
        expect(mark.title!.startsWith(`${m.type}: `)).toBe(true);
        for (const part of valueParts(m)) expect(mark.title!.replace(/,/g, "")).toContain(part);
      });
    });
    expect(opened.errors).toEqual([]);
  });

  test("keyboard focus on a mark shows its value", async () => {
    await opened.page.focus("#d1-m0");
    const shown = await opened.page.$eval("#d1-m0", (m) => [getComputedStyle(m, "::after").content, m.getAttribute("title")]);
    expect(shown[0]).toBe(JSON.stringify(shown[1]));
  });

  test("a click on a deal card highlights its evidence sentences and scrolls to them; a field lights up its mention", async () => {
    const ru = articles[1]!;
    const text = readFileSync(RU, "utf8");
    const deal = 1;
    await opened.page.click(`#d1 .card[data-deal="${deal}"] h3`);
    const state = await opened.page.$eval("#d1", (doc) => ({
      active: [...doc.querySelectorAll(".card.active")].map((c) => c.getAttribute("data-deal")),
      highlighted: [...doc.querySelectorAll(".ev.hl")].map((e) => ({ text: e.textContent!, deals: e.getAttribute("data-deals")!.split(" ") })),
      inView: (() => { const r = doc.querySelector(".ev.hl")!.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; })(),
      elsewhere: document.querySelectorAll(".hl").length - doc.querySelectorAll(".hl").length,
    }));
    expect(state.active).toEqual([String(deal)]);
    expect(state.elsewhere).toBe(0);
    expect(state.inView).toBe(true);
    for (const h of state.highlighted) expect(h.deals).toContain(String(deal));
    const joined = state.highlighted.map((h) => h.text).join("");
    for (const span of ru.deals[deal]!.evidence) expect(joined).toContain(text.slice(span.start, span.end));

    const amount = ru.deals[0]!.amount!;
    const field = await opened.page.$$(`#d1 .card[data-deal="0"] button.field`);
    const labels = await Promise.all(field.map((f) => f.evaluate((b) => b.closest("dd")!.previousElementSibling!.textContent)));
    await field[labels.indexOf("amount")]!.click();
    const focused = await opened.page.$$eval("#d1 mark.focus", (ms) => ms.map((m) => m.getAttribute("title")!.replace(/,/g, "")));
    expect(focused.length).toBeGreaterThan(0);
    for (const t of focused) expect(t).toContain(`${amount.amount} ${amount.currency}`);
  });

  test("screenshots of a Kazakh, a Russian and an English article", async () => {
    for (const [n, lang] of [[0, "kk"], [1, "ru"], [2, "en"]] as const) {
      await opened.page.evaluate(() => document.querySelectorAll("section.doc").forEach((d) => { (d as HTMLElement).style.display = ""; }));
      await opened.page.setViewport({ width: 1280, height: 900 });
      await opened.page.$eval(`#d${n} .card[data-deal="0"] h3`, (h) => (h as HTMLElement).click());
      // The other articles out of the way, and a viewport as tall as the page: nothing scrolls, so
      // the sticky header and cards stay in place (a page over 16,384 px tall screenshots blank).
      const height = await opened.page.evaluate((id) => {
        document.querySelectorAll("section.doc").forEach((d) => { (d as HTMLElement).style.display = d.id === id ? "" : "none"; });
        return document.documentElement.scrollHeight;
      }, `d${n}`);
      await opened.page.setViewport({ width: 1280, height });
      const box = (await (await opened.page.$(`#d${n}`))!.boundingBox())!;
      const file = join(SHOTS, `article-${lang}.png`);
      await opened.page.screenshot({ path: file, clip: { x: 0, y: box.y, width: 1280, height: Math.min(box.height, 1000) } });
      expect(existsSync(file)).toBe(true);
    }
    await opened.page.evaluate(() => document.querySelectorAll("section.doc").forEach((d) => { (d as HTMLElement).style.display = ""; }));
    await opened.page.setViewport({ width: 1280, height: 900 });
  });
});

describe("merge --format html: the tracker report", () => {
  let opened: Opened;
  beforeAll(async () => { opened = await open(pages.report!, "seeds' report"); });
  afterAll(() => opened.page.close());

  const usdOrder = (page: Page) => page.$$eval("table.projects tbody:not([hidden])", (bodies) =>
    bodies.map((b) => b.rows[0]!.cells[5]!.getAttribute("data-v")).map((v) => (v === "" ? null : Number(v))));

  test("one row per project; sorting by US dollars both ways, blanks last", async () => {
    expect(projects.length).toBeGreaterThan(5);
    expect(await opened.page.$$eval("table.projects tbody", (b) => b.length)).toBe(projects.length);
    const priced = projects.map((p) => p.amountUsd).filter((v): v is number => v !== null);
    const blanks = projects.length - priced.length;
    await opened.page.click("th button[data-col='5']");
    expect(await opened.page.$eval("th:has(button[data-col='5'])", (th) => th.getAttribute("aria-sort"))).toBe("ascending");
    expect(await usdOrder(opened.page)).toEqual([...[...priced].sort((a, b) => a - b), ...Array(blanks).fill(null)]);
    await opened.page.click("th button[data-col='5']");
    expect(await usdOrder(opened.page)).toEqual([...[...priced].sort((a, b) => b - a), ...Array(blanks).fill(null)]);
  });

  test("filters by region and by text", async () => {
    await opened.page.select("#filter-region", "Aktobe Region");
    const aktobe = projects.filter((p) => p.region === "Aktobe Region").length;
    expect(await opened.page.$$eval("table.projects tbody:not([hidden])", (b) => b.length)).toBe(aktobe);
    expect(await opened.page.$eval("#shown", (s) => s.textContent)).toBe(`${aktobe} of ${projects.length} projects match`);
    await opened.page.type("#filter-text", "sungrow");
    expect(await opened.page.$$eval("table.projects tbody:not([hidden])", (b) => b.length)).toBe(1);
  });

  test("a project expands to its sources with the quoted evidence; screenshot", async () => {
    const sungrow = projects.find((p) => p.parties.some((x) => x.name.startsWith("SUNGROW")))!;
    const src = sungrow.sources[0]!;
    const result = seedResults.find((r) => r.id === src.document)!;
    const quote = (() => { const s = result.deals[src.deal]!.evidence[0]!; return seedTexts.get(src.document)!.slice(s.start, s.end).replace(/\s+/g, " ").trim(); })();
    await opened.page.click("table.projects tbody:not([hidden]) button.expand");
    const shown = await opened.page.$eval("table.projects tbody:not([hidden])", (b) => ({
      hidden: (b.rows[1] as HTMLElement).hidden,
      expanded: b.querySelector("button.expand")!.getAttribute("aria-expanded"),
      quotes: [...b.rows[1]!.querySelectorAll("blockquote")].map((q) => q.textContent),
    }));
    expect(shown).toEqual({ hidden: false, expanded: "true", quotes: expect.arrayContaining([quote]) });
    await opened.page.select("#filter-region", "");
    await opened.page.$eval("#filter-text", (i) => { (i as HTMLInputElement).value = ""; i.dispatchEvent(new Event("input")); });
    expect(await opened.page.$$eval("svg[role=img] rect", (r) => r.length)).toBeGreaterThan(2);
    await opened.page.screenshot({ path: join(SHOTS, "report-seeds.png"), fullPage: true });
  });
});

describe("every piece of input is escaped: injected markup runs nothing and shows as text", () => {
  for (const name of ["hostileFiles", "hostileJsonl", "hostileReport"]) {
    test(name, async () => {
      const { page, dialogs, errors } = await open(pages[name]!, name);
      await page.$$eval("button.expand", (bs) => bs.forEach((b) => (b as HTMLButtonElement).click()));
      await page.$$eval(".card", (cs) => cs.forEach((c) => (c as HTMLElement).click()));
      const seen = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        scripts: document.scripts.length,
        injected: document.querySelectorAll("img, iframe, script:not(body > script), [onerror], [onload]").length,
        // the page's text nodes (scripts left out), not innerText: innerText follows layout, and on a loaded machine it
        // once came back without the articles' text, which the browser had not laid out yet
        text: (() => {
          const body = document.body.cloneNode(true) as HTMLElement;
          body.querySelectorAll("script").forEach((s) => s.remove());
          return body.textContent;
        })() + " " + [...document.querySelectorAll("[title]")].map((e) => e.getAttribute("title")).join(" "),
      }));
      await page.close();
      expect(seen.pwned).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(seen.scripts).toBe(1);
      expect(seen.injected).toBe(0);
      for (const payload of INJECTIONS) expect(seen.text).toContain(payload);
      expect(errors).toEqual([]);
    });
  }
});

describe("a 1,000-document report stays usable", () => {
  test("opens, sorts and filters in well under a few seconds; more rows as the reader scrolls", async () => {
    const { page, errors } = await open(pages.thousand!, "1,000-document report");
    const rows = await page.$$eval("table.projects tbody", (b) => b.length);
    expect(rows).toBeGreaterThan(2000);
    const visible = () => page.$$eval("table.projects tbody:not([hidden])", (b) => b.length);
    expect(await visible()).toBe(100);
    const sungrow = await page.$$eval("table.projects tbody", (bs) => bs.filter((b) => b.getAttribute("data-search")!.includes("sungrow")).length);
    expect(sungrow).toBeGreaterThan(100);
    const sortMs = await page.evaluate(() => {
      const t0 = performance.now();
      (document.querySelector("th button[data-col='5']") as HTMLButtonElement).click();
      document.body.getBoundingClientRect(); // the layout the sort causes, inside the measure
      return performance.now() - t0;
    });
    const filterMs = await page.evaluate(() => {
      const input = document.getElementById("filter-text") as HTMLInputElement;
      const t0 = performance.now();
      input.value = "sungrow";
      input.dispatchEvent(new Event("input"));
      document.body.getBoundingClientRect();
      return performance.now() - t0;
    });
    timings["sort 1,000-document report (in page)"] = Math.round(sortMs);
    timings["filter 1,000-document report (in page)"] = Math.round(filterMs);
    expect(await page.$eval("#shown", (s) => s.textContent)).toBe(`${sungrow} of ${rows} projects match, the first 100 shown`);
    await page.$eval("#more", (m) => m.scrollIntoView());
    await page.waitForFunction(() => document.querySelectorAll("table.projects tbody:not([hidden])").length > 100);
    expect(await visible()).toBe(sungrow);
    expect(await page.$eval("#more", (m) => (m as HTMLElement).hidden)).toBe(true);
    await page.close();
    expect(errors).toEqual([]);
    // Generous bounds for a loaded 2-core machine; measured well below them (see README).
    expect(timings["open 1,000-document report (load to ready)"]).toBeLessThan(15_000);
    expect(sortMs).toBeLessThan(3_000);
    expect(filterMs).toBeLessThan(3_000);
  });
});
