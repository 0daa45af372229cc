/** English place names: "Aktobe Region", "Keles district", "in Shymkent", "Almaty's". */
import XRegExp from "xregexp";
import { nativeRegExp } from "./deal.common.js";
import { REGION_WORDS } from "../lexicons/regions.js";
import { registerPattern } from "../src/regex.js";
import { ABBREVIATIONS, alternation, placeLookup, type RegionPattern } from "./region.common.js";

const { lookup, names } = placeLookup("en");

export const REGION_EN: RegionPattern = {
  regex: registerPattern(
    "region.en",
    nativeRegExp(XRegExp.build(
      String.raw`(?<![\p{L}\p{N}])
        (?: ({{regions}}) \s+ (?: {{regionWords}} )          # 1: "Aktobe Region"
          | ({{districts}}) \s+ (?: {{districtWords}} )      # 2: "Keles district"
          | ({{cities}}) (?: ['’]s )?                        # 3: "Shymkent", "Almaty's"
          | ({{abbreviations}})                              # 4: "WKO"
        ) (?![\p{L}\p{N}])`,
      {
        regions: alternation(names.region),
        districts: alternation(names.district),
        cities: alternation(names.city),
        regionWords: alternation(REGION_WORDS.en.region),
        districtWords: alternation(REGION_WORDS.en.district),
        abbreviations: ABBREVIATIONS,
      },
      "gux",
    )),
  ),
  groups: ["region", "district", "city", "abbreviation"],
  lookup,
};
