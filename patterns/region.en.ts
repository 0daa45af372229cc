/** English place names: "Aktobe Region", "Keles district", "in Shymkent", "Almaty's". */
import { lazy } from "../src/regex.js";
import { EN_BARE_REGION_NAMES, EN_COMPASS_REGION_NAMES, REGION_WORDS } from "../lexicons/regions.js";
import { ABBREVIATIONS, alternation, buildRegionRegex, placeKey, placeLookup, type RegionPattern } from "./region.common.js";

/** Built on the deal stage's first en text, not at import. */
export const REGION_EN = lazy((): RegionPattern => {
  const { lookup, names } = placeLookup("en");
  for (const [name, region] of Object.entries(EN_BARE_REGION_NAMES)) lookup.set(placeKey("abbreviation", name), region);
  for (const [name, region] of Object.entries(EN_COMPASS_REGION_NAMES)) lookup.set(placeKey("compass", name), region);
  return {
    regex: buildRegionRegex(
      "region.en",
      String.raw`
          (?: ({{regions}}) \s+ (?: {{regionWords}} )          # 1: "Aktobe Region"
            | ({{districts}}) \s+ (?: {{districtWords}} )      # 2: "Keles district"
            | ({{cities}}) (?: ['’]s )?                        # 3: "Shymkent", "Almaty's"
            | ({{abbreviations}})                              # 4: "WKO"
            | ({{bare}})                                       # 5: "in Zhetysu" (EN_BARE_REGION_NAMES)
            | ({{compass}})                                    # 6: "in East Kazakhstan" (EN_COMPASS_REGION_NAMES)
          ) (?![\p{L}\p{N}])`,
        {
          regions: names.region,
          districts: names.district,
          cities: names.city,
          regionWords: alternation(REGION_WORDS.en.region),
          districtWords: alternation(REGION_WORDS.en.district),
          abbreviations: ABBREVIATIONS,
          bare: alternation(Object.keys(EN_BARE_REGION_NAMES)),
          compass: alternation(Object.keys(EN_COMPASS_REGION_NAMES)),
        },
    ),
    groups: ["region", "district", "city", "abbreviation", "abbreviation", "compass"],
    lookup,
  };
});
