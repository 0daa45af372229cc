/**
 * The cue-word pattern template shared by patterns/deal.kk.ts, .ru.ts and .en.ts: one alternation
 * of every stem and whole word of a lexicon (lexicons/deal-triggers.ts, lexicons/sectors.ts), longest
 * first, and a lookup from the matched stem to its categories. One pass over the text finds them all.
 */
import XRegExp from "xregexp";
import { alternation as escapedAlternation, registerPattern } from "../src/regex.js";

/** `alternation()` escapes "-" as "\\-", which the `u` flag rejects outside a class. */
const alternation = (words: Iterable<string>): string => escapedAlternation(words).replace(/\\-/g, "-");

export interface CuePattern<C extends string> {
  /** Group 1: a stem (letters may follow); group 2: a whole word. Case-insensitive. */
  regex: RegExp;
  /** Key (see cueKey) → categories. */
  lookup: ReadonlyMap<string, readonly C[]>;
}

/** A plain RegExp with the same source and flags as an XRegExp-built one (plain `exec`, no wrapper). */
export function nativeRegExp(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags);
}

/** The lookup key of a matched stem (group 1) or whole word (group 2). */
export function cueKey(text: string, whole: boolean): string {
  return (whole ? "=" : "") + text.replace(/\s+/g, " ").toLowerCase();
}

export function buildCuePattern<C extends string>(name: string, lexicon: Partial<Record<C, readonly string[]>>): CuePattern<C> {
  const lookup = new Map<string, C[]>();
  const stems: string[] = [];
  const words: string[] = [];
  for (const [category, entries] of Object.entries(lexicon) as [C, readonly string[]][]) {
    for (const entry of entries) {
      const whole = entry.startsWith("=");
      const word = whole ? entry.slice(1) : entry;
      (whole ? words : stems).push(word);
      const key = cueKey(word, whole);
      const list = lookup.get(key) ?? [];
      if (!list.includes(category)) list.push(category);
      lookup.set(key, list);
    }
  }
  const regex = registerPattern(
    name,
    nativeRegExp(XRegExp.build(
      String.raw`(?<![\p{L}\p{N}])
        (?: ({{stems}}) \p{L}{0,20}            # 1: a stem and its ending
          | ({{words}}) (?![\p{L}\p{N}])       # 2: a whole word
        )`,
      { stems: alternation(stems), words: words.length ? alternation(words) : "(?!)" },
      "giux",
    )),
  );
  return { regex, lookup };
}
