/**
 * HTML character references in text scraped from pages whose tags were stripped but whose entities were not
 * decoded: normalization reads each as its character, at the same length (offsets into the input never move).
 */
import { entitySpans, normalizeText } from "../src/normalize.js";
import { extract } from "../src/index.js";

const CASES: [string, string][] = [
  ["ТОО &laquo;Альфа&raquo; построит", "ТОО       «Альфа»       построит"],
  ["5&nbsp;млрд", "5      млрд"],
  ["Procter &amp; Gamble", "Procter &     Gamble"],
  ["&#171;Бета&#187;", "     «Бета»     "],
  ["2025&ndash;2027", "2025      -2027"],
  ["x&#x2014;y", "x       -y"],
  // unknown, control, surrogate, unterminated: left as they are
  ["&unknown; &#0; &#55357; &amp", "&unknown; &#0; &#55357; &amp"],
];

test.each(CASES)("%j is read as %j", (text, normalized) => {
  expect(normalizeText(text)).toBe(normalized);
  expect(normalizeText(text)).toHaveLength(text.length);
});

test("entitySpans lists the references normalization reads, in order", () => {
  expect(entitySpans("a &laquo;b&raquo; &foo; &#171;")).toEqual([2, 9, 10, 17, 24, 30]);
  expect(entitySpans("no references")).toEqual([]);
});

test("a deal from a text with references: whole references in each mention's text, values read", () => {
  const text = "ТОО &laquo;Альфа&raquo; построит завод стоимостью 5&nbsp;млрд тенге.";
  const r = extract(text, { language: "ru" });
  expect(r.mentions.map((m) => [m.type, m.text, text.slice(m.start, m.end)])).toEqual([
    ["organization", "ТОО &laquo;Альфа&raquo;", "ТОО &laquo;Альфа&raquo;"],
    ["money", "5&nbsp;млрд тенге", "5&nbsp;млрд тенге"],
  ]);
  expect(r.deals.map((d) => [d.parties.map((p) => p.name), d.amount])).toEqual([[["Альфа"], { amount: 5e9, currency: "KZT" }]]);
});
