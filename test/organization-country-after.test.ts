/**
 * Bodies that several countries name alike (lexicons/organizations.ts `countryAfter`: "МИД", "Минфин", "Верховный
 * суд"): a country written after one is part of its name and gives its country (lexicons/countries.ts
 * COUNTRY_QUALIFIERS_AFTER); with none, the body has no country of its own. The gazetteer's state bodies
 * (`stateBody`) are state bodies to deal assembly.
 */
import { COUNTRY_QUALIFIERS_AFTER } from "../lexicons/countries.js";
import { ORGANIZATIONS, STATE_BODY_NAMES } from "../lexicons/organizations.js";
import { isStateBody } from "../src/deals/org-roles.js";
import { extract } from "../src/index.js";
import type { OrganizationMention } from "../src/types.js";

const organizations = (text: string): OrganizationMention[] =>
  extract(text, { language: "ru" }).mentions.filter((m): m is OrganizationMention => m.type === "organization");

// each body's nominative as written (without the "=" that turns case forms off, and its "|" forms)
const shared = ORGANIZATIONS.filter((e) => e.countryAfter).map((e) => e.aliases[0]!.replace(/^=/, "").split("|")[0]!);

test("the lexicon lists bodies that several countries name alike, with no country of their own", () => {
  expect(shared).toEqual(expect.arrayContaining(["МИД", "Минфин", "Минэнерго", "Верховный суд", "Генпрокуратура"]));
  for (const e of ORGANIZATIONS.filter((x) => x.countryAfter)) expect(e.country).toBeUndefined();
});

test.each(Object.entries(COUNTRY_QUALIFIERS_AFTER))("a body with %s after it is of %s", (qualifier, country) => {
  const [org, ...rest] = organizations(`Об этом сообщил Минфин ${qualifier} в среду.`);
  expect(rest).toEqual([]);
  expect(org).toMatchObject({ text: `Минфин ${qualifier}`, name: `Минфин ${qualifier}`, country });
});

test.each(shared)("%s: with a country after it, in any case form; alone, no country", (body) => {
  const [withCountry] = organizations(`Заявление сделал ${body} РК.`);
  expect(withCountry).toMatchObject({ name: `${body} РК`, country: "KZ" });
  const alone = organizations(`Заявление сделал ${body}.`);
  expect(alone).toHaveLength(1);
  expect(alone[0]!.name).toBe(body);
  expect(alone[0]!.country).toBeUndefined();
});

test("a case form keeps its nominative in the name, and a country in another case or inside a word is not read", () => {
  expect(organizations("Иск подан по требованию Генпрокуратуры РК.")[0]).toMatchObject({ text: "Генпрокуратуры РК", name: "Генпрокуратура РК", country: "KZ" });
  expect(organizations("Минфин Казахстану перечислил средства.")[0]).toMatchObject({ text: "Минфин", name: "Минфин" });
  expect(organizations("Минфин РКЗ сообщил.")[0]).toMatchObject({ text: "Минфин", name: "Минфин" });
});

test("a body of one country keeps it, and the country after it stays out of its name", () => {
  expect(organizations("Госдепартамент США выступил с заявлением.")[0]).toMatchObject({ name: "Госдепартамент", country: "US" });
  expect(organizations("ФНС России сообщила.")[0]).toMatchObject({ name: "ФНС", country: "RU" });
});

test("every state body of the gazetteer, alone or with its country after it, is a state body to deal assembly; a company is not", () => {
  expect(STATE_BODY_NAMES.length).toBeGreaterThan(30);
  for (const name of STATE_BODY_NAMES) {
    expect([name, isStateBody(name)]).toEqual([name, true]);
    expect([name, isStateBody(`${name} РК`)]).toEqual([name, true]);
  }
  for (const company of ["Газпром", "Казатомпром", "МИДАС Групп", "Минск-Арена", "Sinopec"]) expect([company, isStateBody(company)]).toEqual([company, false]);
});
