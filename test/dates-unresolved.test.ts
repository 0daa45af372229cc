/**
 * `unresolved`: relative dates that the reference date cannot resolve (there is none, or it is
 * too coarse: a weekday under a month-only dateline) are left out of the mentions and listed by
 * their surface strings, in text order (gold format, seeds 001/002).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../src/index.js";

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
  if (c.dates) expect(r.mentions.filter((m) => m.type === "date").map((m) => (m as { value: string }).value)).toEqual(c.dates);
});
