/**
 * Russian place names: "Актюбинской области", "в Алгинском районе", "области Жетісу", "Шымкента",
 * "в Астане". Region and district names are adjective stems with every case ending; city names
 * are generated in every case from their ending class (lexicons/regions.ts).
 */
import { lazy } from "../src/regex.js";
import { REGIONS, RU_ADJECTIVE_ENDINGS, RU_BARE_REGION_NOUN, RU_BARE_REGION_STEMS, RU_CITY_ENDINGS } from "../lexicons/regions.js";
import { ABBREVIATIONS, alternation, buildRegionRegex, placeKey, placeLookup, type RegionPattern } from "./region.common.js";

/** Every case form of a Russian city name, from its ending class. */
function cityForms(name: string): string[] {
  const last = name.slice(-1);
  if (name.endsWith("ый")) return RU_CITY_ENDINGS.adjective.map((e) => name.slice(0, -2) + e);
  if (last === "а") return RU_CITY_ENDINGS.a.map((e) => name.slice(0, -1) + e);
  if (last === "й") return RU_CITY_ENDINGS.short.map((e) => name.slice(0, -1) + e);
  if (last === "ь") return RU_CITY_ENDINGS.soft.map((e) => name.slice(0, -1) + e);
  if (/[еуыоиэ]$/u.test(name)) return [name];
  return RU_CITY_ENDINGS.consonant.map((e) => name + e);
}

/** Built on the deal stage's first ru text, not at import. */
export const REGION_RU = lazy((): RegionPattern => {
  const { lookup, names } = placeLookup("ru", (kind, n) => (kind === "city" ? cityForms(n) : [n]));
  // Regions named by a noun after the word: "области Абай", "области Жетісу", "области Ұлытау".
  const nounRegions = REGIONS.filter((r) => ["Abai Region", "Jetisu Region", "Ulytau Region"].includes(r.region))
    .flatMap((r) => r.names.kk.concat(r.names.kk.map((k) => k.replace("Ұ", "У").replace("і", "ы"))).map((n) => [n, r.region] as const));
  for (const [n, region] of nounRegions) lookup.set(`noun:${n.toLowerCase()}`, region);

  const cityAdjectives = REGIONS.flatMap((r) => (r.cityAdjectives ?? []).map((n) => [n, r.region] as const));
  for (const [n, region] of cityAdjectives) lookup.set(`cityAdjective:${n.toLowerCase()}`, region);
  for (const [stem, region] of Object.entries(RU_BARE_REGION_STEMS)) lookup.set(placeKey("compass", stem), region);
  return {
    regex: buildRegionRegex(
      "region.ru",
      String.raw`
          (?: ({{regions}}) (?: {{adjective}} ) \s+ [оО]бласт\p{L}{0,3}     # 1: "Актюбинской области"
            | ({{districts}}) (?: {{adjective}} ) \s+ [рР]айон\p{L}{0,3}    # 2: "Алгинском районе"
            | ({{cities}})                                                  # 3: "Шымкента", "Астане"
            | ({{abbreviations}})                                           # 4: "ЗКО"
            | [оО]бласт\p{L}{0,3} \s+ ({{nouns}})                           # 5: "области Жетісу"
            | ({{cityAdjectives}}) (?: {{adjective}} )                      # 6: "Шымкентского завода"
            | ({{bareStems}}) (?: {{adjective}} ) \s+ {{country}}          # 7: "в Восточном Казахстане" (RU_BARE_REGION_STEMS)
          ) (?![\p{L}\p{N}])`,
        {
          regions: names.region,
          districts: names.district,
          cities: names.city,
          adjective: alternation(RU_ADJECTIVE_ENDINGS),
          abbreviations: ABBREVIATIONS,
          nouns: nounRegions.map(([n]) => n),
          cityAdjectives: cityAdjectives.map(([n]) => n),
          bareStems: alternation(Object.keys(RU_BARE_REGION_STEMS)),
          country: `${RU_BARE_REGION_NOUN.stem}(?:${alternation(RU_BARE_REGION_NOUN.endings.filter((e) => e !== ""))})?`,
        },
    ),
    groups: ["region", "district", "city", "abbreviation", "noun", "cityAdjective", "compass"],
    lookup,
  };
});
