/**
 * Relative dates that the reference date cannot resolve (there is none, or it is too coarse: a
 * weekday under a month-only dateline) are date mentions with `value: null` and an `anchor`
 * (contract v1.1); `unresolved` lists their surface strings, in text order, for compatibility
 * (gold format, seeds 001/002). `resolveDate` resolves such a mention later.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract, resolveDate } from "../src/index.js";
import type { DateMention } from "../src/index.js";

const DIR = join(process.cwd(), "seeds");
const seeds = readdirSync(DIR)
  .filter((f) => f.endsWith(".expected.json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), "utf8")) as { file: string; unresolved: string[] });

test.each(seeds.map((s) => [s.file, s] as const))("%s: unresolved as in the expected file", (_f, gold) => {
  const text = readFileSync(join(DIR, gold.file), "utf8");
  expect(extract(text).unresolved).toEqual(gold.unresolved);
});

const cases: { text: string; lang: "kk" | "ru" | "en"; ref?: string; unresolved: string[]; dates?: string[] }[] = [
  { text: "Биыл жоба аяқталады, былтыр құрылыс басталды.", lang: "kk", unresolved: ["Биыл", "былтыр"] },
  { text: "Биыл жоба аяқталады.", lang: "kk", ref: "2025-10-09", unresolved: [], dates: ["2025"] },
  { text: "Бүгінгі кездесуде екі құжатқа қол қойылды.", lang: "kk", unresolved: ["Бүгінгі"] },
  { text: "Бүгінде өңірде 40 кәсіпорын жұмыс істейді.", lang: "kk", unresolved: [] },
  { text: "В этом году завод запустят, а сегодня подписали договор.", lang: "ru", unresolved: ["этом году", "сегодня"] },
  { text: "Договор подписан 10 мая.", lang: "ru", unresolved: ["10 мая"] },
  { text: "Договор подписан 10 мая.", lang: "ru", ref: "2025-10-09", unresolved: [], dates: ["2025-05-10"] },
  // a year earlier in the text resolves a yearless day (relative), even in another sentence
  { text: "В 2024 году проект одобрили. Договор подписан 10 мая.", lang: "ru", unresolved: [], dates: ["2024", "2024-05-10"] },
  { text: "The plant opened last year and will expand next month.", lang: "en", unresolved: ["last year", "next month"] },
  // a part of the year with no figure is the reference year: without one it is listed
  { text: "Завод построят до конца года.", lang: "ru", unresolved: ["до конца года"] },
  { text: "Завод построят до конца года.", lang: "ru", ref: "2025-10-09", unresolved: [], dates: ["2025"] },
  { text: "The plant will open by the end of the year.", lang: "en", unresolved: ["by the end of the year"] },
  { text: "Үстіміздегі жылы зауыт ашылады.", lang: "kk", unresolved: ["Үстіміздегі жылы"] },
  // offsets and weekdays need the reference date
  { text: "Завод открыли 2 года назад, а в четверг подписали договор.", lang: "ru", unresolved: ["2 года назад", "четверг"] },
  { text: "Зауыт 2 жыл бұрын салынды, келісімге бейсенбіде қол қойылды.", lang: "kk", unresolved: ["2 жыл бұрын", "бейсенбіде"] },
  { text: "The plant opened two years ago; the deal was signed last Friday.", lang: "en", unresolved: ["two years ago", "last Friday"] },
  { text: "The plant opened two years ago; the deal was signed last Friday.", lang: "en", ref: "2025-10-09", unresolved: [], dates: ["2023", "2025-10-03"] },
  // a reference date without a day resolves year offsets only; the weekday it cannot place is
  // listed, not lost (as is "сегодня" under a year-only dateline)
  { text: "Завод открыли 2 года назад, а в четверг подписали договор.", lang: "ru", ref: "2025-10", unresolved: ["четверг"], dates: ["2023"] },
  { text: "Сегодня подписан договор, в прошлом году начали стройку.", lang: "ru", ref: "2025", unresolved: ["Сегодня"], dates: ["2024"] },
  // a weekday beside an explicit date needs no reference date
  { text: "Встреча прошла в пятницу, 21 июня 2019 года.", lang: "ru", unresolved: [], dates: ["2019-06-21"] },
  // the last century counts from the reference date
  { text: "Шахту открыли в 60-х годах прошлого века.", lang: "ru", unresolved: ["60-х годах прошлого века"] },
];

test.each(cases.map((c) => [c.text, c] as const))("%s", (_t, c) => {
  const r = extract(c.text, { language: c.lang, referenceDate: c.ref ?? null });
  expect(r.unresolved).toEqual(c.unresolved);
  const dates = r.mentions.filter((m): m is DateMention => m.type === "date");
  if (c.dates) expect(dates.filter((m) => m.value !== null).map((m) => m.value)).toEqual(c.dates);
  // unresolved is derived from the mentions: the texts of those with no value
  expect(dates.filter((m) => m.value === null).map((m) => m.text)).toEqual(c.unresolved);
});

/** The date mentions of a text with no reference date. */
const datesOf = (text: string, lang: "kk" | "ru" | "en") =>
  extract(text, { language: lang }).mentions.filter((m): m is DateMention => m.type === "date");

describe("an unresolved relative date is a mention with an anchor", () => {
  test.each([
    ["Былтыр зауыт салынды.", "kk", { unit: "year", offset: -1 }],
    ["В прошлом году завод построили.", "ru", { unit: "year", offset: -1 }],
    ["The plant opened last year.", "en", { unit: "year", offset: -1 }],
    ["Бүгін форум ашылды.", "kk", { unit: "day", offset: 0 }],
    ["Сегодня стороны подписали соглашение.", "ru", { unit: "day", offset: 0 }],
    ["Договор подписан 10 мая.", "ru", { month: 5, day: 10 }],
    ["Во втором квартале выручка выросла.", "ru", { quarter: 2 }],
    ["Завод открыли 2 года назад.", "ru", { unit: "year", offset: -2 }],
    ["The deal was signed last Friday.", "en", { weekday: 5, direction: -1 }],
    ["Шахту открыли в 60-х годах прошлого века.", "ru", { unit: "century", offset: -1, decade: 60 }],
  ] as const)("%s", (text, lang, anchor) => {
    const [m, ...rest] = datesOf(text, lang);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ value: null, relative: true });
    expect(m!.anchor).toEqual(anchor);
  });

  test("a resolved relative date carries its anchor too", () => {
    const r = extract("В прошлом году завод построили.", { language: "ru", referenceDate: "2025-10-09" });
    expect(r.mentions).toEqual([
      expect.objectContaining({ type: "date", text: "прошлом году", value: "2024", relative: true, anchor: { unit: "year", offset: -1 } }),
    ]);
  });

  test("a date with its own year has no anchor", () => {
    expect(datesOf("Договор подписан 10 мая 2025 года.", "ru")[0]!.anchor).toBeUndefined();
  });
});

describe("resolveDate", () => {
  test.each([
    ["Былтыр зауыт салынды.", "kk", "2025-10-09", "2024"],
    ["Сегодня стороны подписали соглашение.", "ru", "2025-10-09", "2025-10-09"],
    ["Договор подписан 10 мая.", "ru", "2025-10-09", "2025-05-10"],
    ["Во втором квартале выручка выросла.", "ru", "2025", "2025-Q2"],
    ["Завод открыли 2 года назад.", "ru", "2025-10-09", "2023"],
    ["The deal was signed last Friday.", "en", "2025-10-09", "2025-10-03"],
    ["The plant will open by the end of the year.", "en", "2025-10-09", "2025"],
    ["Договор подписали 15.02.", "ru", "2025-10-09", "2025-02-15"],
    ["The board met on the 19th.", "en", "2025-10-09", "2025-10-19"],
    ["The board met on the 19th.", "en", "2025-10", "2025-10-19"],
    ["The board met on the 19th of last month.", "en", "2025-03-12", "2025-02-19"],
    ["It was held on Tuesday the 19th.", "en", "2025-03-12", "2024-11-19"],
  ] as const)("%s at %s", (text, lang, ref, value) => {
    const m = datesOf(text, lang)[0]!;
    const resolved = resolveDate(m, ref);
    expect(resolved.value).toBe(value);
    // the same value extract() gives with that reference date
    const direct = extract(text, { language: lang, referenceDate: ref }).mentions.find((x) => x.type === "date") as DateMention;
    expect(resolved).toEqual(direct);
  });

  test("a reference date too coarse leaves the mention as it is; a Date is its local day", () => {
    const m = datesOf("Вчера стороны подписали соглашение.", "ru")[0]!;
    expect(resolveDate(m, "2025-10")).toBe(m);
    expect(resolveDate(m, new Date(2025, 9, 9)).value).toBe("2025-10-08");
  });

  test("a mention with a value is returned as it is; a bad reference date throws", () => {
    const m = datesOf("Договор подписан 10 мая 2025 года.", "ru")[0]!;
    expect(resolveDate(m, "2030-01-01")).toBe(m);
    expect(() => resolveDate(m, "2025-02-30")).toThrow(RangeError);
  });
});
