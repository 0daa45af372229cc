/**
 * Nothing a document was read from stays alive after extract() returns: the caches that outlive a document
 * (organization and party keys, cue spellings, src/own-string.ts) hold copies, not slices of the document.
 * Before, each of these documents (a company name and 1.8 MB of text) was held whole by the key caches.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { extract } from "../src/index.js";
import { mergeDeals } from "../src/index.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapAfterGc = (): number => { gc(); gc(); return process.memoryUsage().heapUsed; };

const FILLER = "Погода сегодня хорошая, дети гуляют в парке. ".repeat(10_000); // 450 k characters, 0.9 MB

describe("memory", () => {
  it("keeps no document alive after extract() (names keyed in caches are copies)", () => {
    extract("ТОО «Альфа» подписало соглашение.", { language: "ru" }); // patterns built before measuring
    const before = heapAfterGc();
    let results: { id: string; deals: ReturnType<typeof extract>["deals"] }[] = [];
    for (let i = 0; i < 12; i++) {
      const text = `ТОО «Северная Звезда Инвестмент ${i}» подписало соглашение о строительстве завода за 5 млрд тенге. ${FILLER}${i}`;
      const { deals } = extract(text, { language: "ru" });
      expect(deals.map((d) => d.parties.map((p) => p.name))).toEqual([[`Северная Звезда Инвестмент ${i}`]]);
      results.push({ id: `d${i}`, deals });
    }
    // projects merged in the same process (a tracker service), kept while measuring: they hold no text either
    const projects = mergeDeals(results);
    expect(projects.length).toBe(12);
    // (the results themselves are let go: a party's name is a slice of its document, as every mention's text is)
    results = [];
    // 12 documents of 0.9 MB: held, they were 11 MB
    expect((heapAfterGc() - before) / 1e6).toBeLessThan(4);
    expect(projects.length).toBe(12);
  });
});
