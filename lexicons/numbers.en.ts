/**
 * English number words and multipliers. Hyphenated tens ("twenty-five") are formed by the
 * pattern builder from TENS × UNITS.
 */
import type { NumberWordKind } from "./numbers.kk.js";

export interface EnglishNumberWord {
  forms: readonly string[];
  value: number;
  kind: NumberWordKind;
}

export const ENGLISH_UNITS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};

export const ENGLISH_TEENS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

export const ENGLISH_TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const ENGLISH_NUMBER_WORDS: readonly EnglishNumberWord[] = [
  { forms: ["zero"], value: 0, kind: "zero" },
  { forms: ["hundred"], value: 100, kind: "hundred" },
  { forms: ["thousand"], value: 1e3, kind: "multiplier" },
  { forms: ["million"], value: 1e6, kind: "multiplier" },
  { forms: ["billion"], value: 1e9, kind: "multiplier" },
  { forms: ["trillion"], value: 1e12, kind: "multiplier" },
  { forms: ["half"], value: 0.5, kind: "fraction" },
  // "a quarter of a billion" (the singular only: "three quarters" would add, not multiply)
  { forms: ["quarter"], value: 0.25, kind: "fraction" },
];

/** Abbreviations written with or without a space after digits: "$1.2 bn", "$30m", "5k". */
export const ENGLISH_MULTIPLIER_ABBREVIATIONS: Readonly<Record<string, number>> = {
  bn: 1e9,
  bln: 1e9,
  mn: 1e6,
  mln: 1e6,
  tn: 1e12,
  trn: 1e12,
  // as Kazakhstan's English-language agencies write it ("KZT 1.5 trln")
  trln: 1e12,
};

/**
 * English multiplier words read after digits in a text of any language, as the abbreviations are: an English quote in a
 * Russian or Kazakh article ("$540 million", "2 billion tenge"). Their forms in words alone ("five million") stay English.
 */
export const ENGLISH_MULTIPLIERS_AFTER_DIGITS: readonly string[] = ["million", "billion", "trillion", "millions", "billions"];

/** One-letter abbreviations, only glued to the digits ("$30m", "$2b", "5k"). */
export const ENGLISH_GLUED_MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  b: 1e9,
};

/**
 * Joins words inside one number: "two hundred and fifty million", "one and a half billion", "half a
 * billion", "a quarter of a million" (the reader skips them; a joiner stands only between two number words).
 */
export const ENGLISH_NUMBER_JOINERS: readonly string[] = ["and", "a"];
/**
 * The decimal point in words: "one point five billion" = 1.5 billion, "two point two five million" = 2.25 million
 * (the unit words after it are the decimal digits, one by one).
 */
export const ENGLISH_DECIMAL_POINT = "point";
/** Joins a fraction to the number it takes a part of: "a quarter of a million" ("two of three million" is no number). */
export const ENGLISH_FRACTION_JOINERS: readonly string[] = ["of"];

/** Words that open and close a range: "from 10 to 20 million", "between 5 and 7 billion". */
export const ENGLISH_RANGE_FROM: readonly string[] = ["from", "between"];
export const ENGLISH_RANGE_TO: readonly string[] = ["to", "and"];
/** A closing word that alone makes two sums a range: "$5 million to $7 million". */
export const ENGLISH_RANGE_TO_ALONE: readonly string[] = ["to"];
/** Before the first of two such sums, a change rather than a range: "cut by $5 million to $7 million". */
export const ENGLISH_CHANGE_BY: readonly string[] = ["by"];

/** Words of an unknown count before a multiplier: "several billion dollars" is no sum ("a billion dollars" is one). */
export const ENGLISH_VAGUE_QUANTITIES: readonly string[] = [
  "several", "few", "many", "multiple", "numerous", "dozens", "tens", "hundreds", "thousands", "third", "thirds", "quarters", "fraction",
];

/**
 * Words that join two figures sharing the multiplier and unit written after the second ("100 and 200 MW", "$5 and $7 million"): the first is
 * a figure of that unit too (src/coordinated.ts). A comma may join more before them ("12, 18 и 24").
 */
export const ENGLISH_FIGURE_COORDINATORS: readonly string[] = ["and"];
/** Words before the first of such figures or after the last that make them one range instead ("между 10 и 20", "5 және 10 млрд теңге аралығында"). */
export const ENGLISH_FIGURE_RANGE_WORDS: { readonly before: readonly string[]; readonly after: readonly string[] } = { before: ["between", "from"], after: [] };
