/**
 * Abbreviations alone (src/organizations/aliases.ts): with few abbreviations a text search for each
 * finds them, instead of the scan over every capital word; both must find the same mentions, also
 * where an occurrence sits inside a longer capital word.
 */
import { aliasesAlone, scanAliasesAlone, type Alias } from "../src/organizations/aliases.js";
import type { OrganizationMention } from "../src/types.js";

const named = (start: number, end: number, name: string, country?: string): OrganizationMention =>
  ({ type: "organization", start, end, text: name, name, ...(country ? { country } : {}) });

/** Texts the search reads alone (no occurrence right after a character a capital word may span). */
const searched: Array<[string, string[]]> = [
  ["Henan Gold Smelting Co. (HGS) builds. HGS will hire; HGS-тің жобасы; HGS-; HGSX; HGS2; (HGS); _HGS; «HGS»; 1 HGS.", ["HGS"]],
  ["Alfa (AB) and Beta (CD). AB CD AB. CD&Co, AB-, ÀB AB", ["AB", "CD"]],
  ["«Ертіс Агро» ЖШС (ЕА) элеватор салады. ЕА-ның жобасы, ЕАБ, ЕА.", ["ЕА"]],
  ["Корпорация (ABCDEFGHIJKLMN) и ABCDEFGHIJKLMN, ABCDEFGHIJKLMNO.", ["ABCDEFGHIJKLMN"]],
];
/** Texts with an occurrence right after a capital, a digit, "&", "-" or a surrogate: left to the scan. */
const scanned: Array<[string, string[]]> = [
  ["Henan Gold Smelting Co. (HGS) builds. XHGS and HGS.", ["HGS"]],
  ["Alfa (AB) and Beta (CD). AB-CD and CD.", ["AB", "CD"]],
  ["Alfa (AB) а 𝐀AB and AB.", ["AB"]],
  ["Alfa (AB): 1AB, AB.", ["AB"]],
  ["Alfa (AB): &AB, AB.", ["AB"]],
];

function find(text: string, abbreviations: string[]) {
  const mentions = [named(0, 4, text.slice(0, 4), "CN")];
  const aliases = new Map<string, Alias>(abbreviations.map((a) => [a, { named: mentions[0]!, from: text.indexOf(`(${a})`) }]));
  return { scan: scanAliasesAlone(text, text, mentions, aliases), search: aliasesAlone(text, text, mentions, aliases) };
}

test.each(searched)("the search per abbreviation finds what the scan finds: %s", (text, abbreviations) => {
  const { scan, search } = find(text, abbreviations);
  expect(scan.length).toBeGreaterThan(1);
  expect(search).toEqual(scan);
});

test.each(scanned)("an occurrence that may lie inside a longer capital word leaves the text to the scan: %s", (text, abbreviations) => {
  const { scan, search } = find(text, abbreviations);
  expect(scan.length).toBeGreaterThan(0);
  expect(search).toBeNull();
});
