/**
 * Deal assembly starts a sentence's and a frame's lists as one shared empty list (src/deals/lists.ts `none`) and a
 * frame's date roles as shared empty records (src/deals/frame.ts): `added` and setDate make a list or record of
 * its own on the first item. They are not frozen (for speed, see lists.ts), so a push or a write that bypassed them
 * would fill the shared one and every later frame would see it. After assembling the deals of every test article
 * and deal corpus case, the shared ones are still empty, and the same text read again gives the same deals.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { added, none, noneIsEmpty } from "../src/deals/lists.js";
import { noDatesAreEmpty } from "../src/deals/frame.js";
import { extract } from "../src/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function texts(): string[] {
  const out: string[] = [];
  for (const lang of ["kk", "ru", "en"]) {
    const dir = join(root, "test", "articles", lang);
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) out.push(readFileSync(join(dir, f), "utf8"));
    for (const line of readFileSync(join(root, "test", "corpus", `deals.${lang}.jsonl`), "utf8").split("\n")) {
      if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
    }
  }
  return out;
}

test("added makes a list of its own from the shared empty one, and grows a list of its own in place", () => {
  const first = added(none<number>(), 1);
  expect(first).toEqual([1]);
  expect(first).not.toBe(none<number>());
  expect(added(first, 2)).toBe(first);
  expect(first).toEqual([1, 2]);
  expect(noneIsEmpty()).toBe(true);
});

test("deal assembly leaves the shared empty list and date records empty", () => {
  const all = texts();
  expect(all.length).toBeGreaterThan(50);
  const first = all.map((t) => extract(t, { referenceDate: "2025-10-09" }).deals);
  expect(first.some((deals) => deals.some((d) => Object.keys(d.dates).length > 0))).toBe(true);
  expect(noneIsEmpty()).toBe(true);
  expect(noDatesAreEmpty()).toBe(true);
  // read again, each text gives the same deals (nothing carried over through a shared list)
  expect(all.map((t) => extract(t, { referenceDate: "2025-10-09" }).deals)).toEqual(first);
});
