/**
 * Organization keys (src/organizations/keys.ts): the corpus test/corpus/keys.jsonl (groups of names
 * that share one key, pairs that must not), the gazetteer's own aliases, and keys on extract()'s
 * organization mentions and deal parties.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ORGANIZATIONS } from "../lexicons/organizations.js";
import { extract } from "../src/index.js";
import { foldName, organizationKey, skeletonOf } from "../src/organizations/keys.js";

interface KeyCase {
  same?: string[];
  key?: string;
  differ?: [string, string];
  note?: string;
}

const cases = readFileSync(join(process.cwd(), "test", "corpus", "keys.jsonl"), "utf8")
  .split("\n")
  .map((raw, i) => ({ raw, line: i + 1 }))
  .filter(({ raw }) => raw.trim() !== "" && !raw.trim().startsWith("//"))
  .map(({ raw, line }) => ({ line, c: JSON.parse(raw) as KeyCase }));
const groups = cases.filter(({ c }) => c.same);
const pairs = cases.filter(({ c }) => c.differ);

test("the corpus has at least 60 names in 20 groups and 15 pairs that differ", () => {
  expect(groups.length).toBeGreaterThanOrEqual(20);
  expect(groups.reduce((n, { c }) => n + c.same!.length, 0)).toBeGreaterThanOrEqual(60);
  expect(pairs.length).toBeGreaterThanOrEqual(15);
});

describe.each(groups.map(({ line, c }) => [`${line}: ${c.key}`, c] as const))("same key %s", (_name, c) => {
  test.each(c.same!.map((n) => [n]))("%s", (name) => {
    expect(organizationKey(name)).toBe(c.key);
  });
});

test.each(pairs.map(({ line, c }) => [`${line}: ${c.differ![0]} / ${c.differ![1]}`, c] as const))("different keys %s", (_name, c) => {
  const [a, b] = c.differ!;
  expect(organizationKey(a)).not.toBe(organizationKey(b));
});

test("the groups of the corpus have different keys", () => {
  const keys = groups.map(({ c }) => c.key);
  expect(new Set(keys).size).toBe(keys.length);
});

test("the skeleton is a fixed point: folding a key again changes nothing", () => {
  for (const { c } of groups) for (const name of c.same!) {
    const skeleton = skeletonOf(foldName(name));
    expect(skeletonOf(skeleton)).toBe(skeleton);
  }
});

test("every gazetteer alias keys to its own entry, except spellings of one organization listed apart", () => {
  const foreign: string[] = [];
  for (const entry of ORGANIZATIONS) {
    const aliases = entry.aliases.map((a) => a.split("|")[0]!.replace(/^=/, "").replace(/~/g, ""));
    const key = foldName(aliases[0]!);
    for (const alias of aliases) if (organizationKey(alias) !== key) foreign.push(`${alias} → ${organizationKey(alias)}`);
  }
  // Each pair is one organization that the gazetteer lists as two entries (`each`): the skeleton joins them.
  expect(foreign.sort()).toEqual([
    "Interfax → interfaks", "Polymetal → polimetall", "Roscosmos → roskosmos", "Yandex → iandeks", "Байер → bayer", "Гринпис → greenpeace",
    "Норникель → nornickel", "Сони → sony", "Сухой → sukhoi", "Тойота → toyota", "Эксон → exxon",
  ]);
});

describe("extract puts keys on organization mentions and deal parties", () => {
  const orgs = (text: string) =>
    extract(text).mentions.filter((m) => m.type === "organization").map((m) => [m.name, m.key]);
  const parties = (text: string) => extract(text).deals.map((d) => d.parties.map((p) => [p.name, p.key]));

  test("Russian: a name outside the gazetteer and a Chinese company with its legal form", () => {
    const text = "ТОО «Альфа Строй» и китайская компания China Huadian Corporation подписали соглашение о строительстве ТЭЦ в Павлодарской области стоимостью 300 млн долларов США.";
    expect(orgs(text)).toEqual([["Альфа Строй", "alfastroi"], ["China Huadian", "chinahuadian"]]);
    expect(parties(text)).toEqual([[["Альфа Строй", "alfastroi"], ["China Huadian", "chinahuadian"]]]);
  });
  test("Kazakh: the same companies as in Russian and English news", () => {
    const text = "Sinopec компаниясы мен «ҚазМұнайГаз» АҚ Атырау облысында полиэтилен зауытын салады. Жобаның құны 7,4 млрд доллар.";
    expect(orgs(text)).toEqual([["Sinopec", "sinopec"], ["ҚазМұнайГаз", "kazmunaygas"]]);
    expect(parties(text)).toEqual([[["Sinopec", "sinopec"], ["ҚазМұнайГаз", "kazmunaygas"]]]);
  });
  test("English: a national company and a Chinese company outside the gazetteer", () => {
    const text = "Kazakh Invest and Hengtai Logistics Co., Ltd signed an agreement to build a logistics hub in Almaty region worth $50 million.";
    expect(parties(text)).toEqual([[["Kazakh Invest", "kazakhinvest"], ["Hengtai Logistics", "hentailojistiks"]]]);
    expect(organizationKey("Хэнтай Логистикс")).toBe("hentailojistiks");
  });
  test("an abbreviation in brackets and alone later keys as the name it follows, on mentions and on deal parties", () => {
    const text = "Henan Zhongyuan Gold Smelting Co. (ZYGS) will build a copper smelter in East Kazakhstan Region. ZYGS will invest $300 million.";
    const key = organizationKey("Henan Zhongyuan Gold Smelting");
    expect(organizationKey("ZYGS")).not.toBe(key);
    expect(orgs(text)).toEqual([["Henan Zhongyuan Gold Smelting", key], ["ZYGS", key], ["ZYGS", key]]);
    const keys = parties(text).flat().map(([, k]) => k);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys)).toEqual(new Set([key]));
  });
});
