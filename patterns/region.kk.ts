/**
 * Kazakh place names: "Батыс Қазақстан облысында", "Хромтау ауданының", "Шымкентте", "Астанадағы".
 * The name does not inflect before "облысы"/"ауданы"; a city takes a case ending from lexicons/regions.ts.
 */
import XRegExp from "xregexp";
import { nativeRegExp } from "./deal.common.js";
import { KK_CASE_ENDINGS, REGION_WORDS } from "../lexicons/regions.js";
import { registerPattern } from "../src/regex.js";
import { ABBREVIATIONS, alternation, placeLookup, type RegionPattern } from "./region.common.js";

const { lookup, names } = placeLookup("kk");
const cap = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;

export const REGION_KK: RegionPattern = {
  regex: registerPattern(
    "region.kk",
    nativeRegExp(XRegExp.build(
      String.raw`(?<![\p{L}\p{N}])
        (?: ({{regions}}) \s+ {{regionWord}} \p{L}{0,8}       # 1: "Ақтөбе облысының"
          | ({{districts}}) \s+ {{districtWord}} \p{L}{0,8}   # 2: "Хромтау ауданында"
          | ({{cities}}) (?: - ? (?: {{endings}} ) )?          # 3: "Шымкентте", "Астана-да"
          | ({{abbreviations}})                                # 4: "БҚО"
        ) (?![\p{L}\p{N}])`,
      {
        regions: alternation(names.region),
        districts: alternation(names.district),
        cities: alternation(names.city),
        endings: alternation(KK_CASE_ENDINGS),
        regionWord: cap(REGION_WORDS.kk.region[0]),
        districtWord: cap(REGION_WORDS.kk.district[0]),
        abbreviations: ABBREVIATIONS,
      },
      "gux",
    )),
  ),
  groups: ["region", "district", "city", "abbreviation"],
  lookup,
};
