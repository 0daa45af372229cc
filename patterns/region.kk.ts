/**
 * Kazakh place names: "Батыс Қазақстан облысында", "Хромтау ауданының", "Шымкентте", "Астанадағы".
 * The name does not inflect before "облысы"/"ауданы"; a city takes a case ending from lexicons/regions.ts.
 */
import { lazy } from "../src/regex.js";
import { KK_BARE_REGION_NAMES, KK_CASE_ENDINGS, KK_EPENTHETIC_VOWELS, REGION_WORDS } from "../lexicons/regions.js";
import { ABBREVIATIONS, alternation, buildRegionRegex, placeKey, placeLookup, type RegionPattern } from "./region.common.js";

const cap = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;

/** Built on the deal stage's first kk text, not at import. */
export const REGION_KK = lazy((): RegionPattern => {
  const { lookup, names } = placeLookup("kk");
  for (const [name, region] of Object.entries(KK_BARE_REGION_NAMES)) lookup.set(placeKey("compass", name), region);
  return {
    regex: buildRegionRegex(
      "region.kk",
      String.raw`
          (?: ({{regions}}) \s+ {{regionWord}} \p{L}{0,8}       # 1: "Ақтөбе облысының"
            | ({{districts}}) \s+ {{districtWord}} \p{L}{0,8}   # 2: "Хромтау ауданында"
            | ({{cities}}) (?: - ? {{vowel}}? (?: {{endings}} ) )? # 3: "Шымкентте", "Астана-да", "Степногорскіде"
            | ({{abbreviations}})                                # 4: "БҚО"
            | ({{bare}}) (?: {{endings}} )?                      # 5: "Шығыс Қазақстанда" (KK_BARE_REGION_NAMES)
          ) (?![\p{L}\p{N}])`,
        {
          regions: names.region,
          districts: names.district,
          cities: names.city,
          endings: alternation(KK_CASE_ENDINGS),
          vowel: `[${KK_EPENTHETIC_VOWELS.join("")}]`,
          regionWord: cap(REGION_WORDS.kk.region[0]),
          districtWord: cap(REGION_WORDS.kk.district[0]),
          abbreviations: ABBREVIATIONS,
          bare: alternation(Object.keys(KK_BARE_REGION_NAMES)),
        },
    ),
    groups: ["region", "district", "city", "abbreviation", "compass"],
    lookup,
  };
});
