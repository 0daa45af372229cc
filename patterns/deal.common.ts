/**
 * The cue-word pattern template shared by patterns/deal.kk.ts, .ru.ts and .en.ts: one prefix tree
 * of every stem and whole word of a lexicon (lexicons/deal-triggers.ts, lexicons/sectors.ts), longer
 * words preferred, and a lookup from the matched stem to its categories. One pass over the text finds them all.
 */
import { ownString } from "../src/own-string.js";
import { registerPattern } from "../src/regex.js";
import { isSpaceCode, LIKELY_WORD_START } from "../src/word-start.js";
import { compactPattern, trie } from "./number.js";

export interface CuePattern<C extends string> {
  /**
   * Group 1: a stem (letters may follow); group 2: a whole word. Case-insensitive. A match is a
   * cue only where `startsWord()` (src/word-start.ts) holds; else the scan resumes one further.
   */
  regex: RegExp;
  /** Key (see cueKey) → categories. */
  lookup: ReadonlyMap<string, readonly C[]>;
  /** Group 1's and group 2's texts as written → their keys (see matchKey). */
  keys: readonly [Map<string, string>, Map<string, string>];
}

/** How many spellings each of a pattern's `keys` memos holds before it starts anew (a lexicon has a few hundred). */
const KEY_MEMO_SIZE = 4096;

/**
 * The lookup key of a match's stem (group 1) or whole word (group 2), memoized by its text as written.
 * Speed: a cue is matched again and again in the same few spellings ("agreement", "Agreement"); building its
 * key each time (a lower-case copy, the "=" prefix, a flattened string to hash) was 40% of a cue scan's time
 * over deal-dense English text (9.5 → 5.7 ms per MB measured alone).
 */
export function matchKey(pattern: CuePattern<string>, text: string, whole: boolean): string {
  const memo = pattern.keys[whole ? 1 : 0];
  let key = memo.get(text);
  if (key === undefined) {
    // copies: a match is a slice of its document and would keep all of it alive in the memo (see ownString; a
    // 60 MB batch grew from 137 to 235 MB of memory)
    key = ownString(cueKey(text, whole));
    if (memo.size >= KEY_MEMO_SIZE) memo.clear();
    memo.set(ownString(text), key);
  }
  return key;
}

/** The lookup key of a matched stem (group 1) or whole word (group 2). */
export function cueKey(text: string, whole: boolean): string {
  // Most cues are one word: the white-space fold runs only when the text has white space.
  let spaced = false;
  for (let i = 0; i < text.length && !spaced; i++) spaced = isSpaceCode(text.charCodeAt(i));
  return (whole ? "=" : "") + (spaced ? text.replace(/\s+/g, " ") : text).toLowerCase();
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
  // Prefix trees of the lower-cased words (the `i` flag folds case), compiled natively: XRegExp
  // would expand `\p{L}` into explicit ranges, and a plain alternation tries every word in turn.
  const lower = (list: string[]) => list.map((w) => w.toLowerCase());
  const regex = registerPattern(
    name,
    new RegExp(compactPattern(String.raw`${LIKELY_WORD_START}
        (?: (${trie(lower(stems))}) \p{L}{0,20}                        # 1: a stem and its ending
          | (${words.length ? trie(lower(words)) : "(?!)"}) (?![\p{L}\p{N}])   # 2: a whole word
        )`), "giu"),
  );
  return { regex, lookup, keys: [new Map(), new Map()] };
}

/** A sector pattern: its cues, and the keys of those that name what is built (an object phrase). */
export interface SectorPattern<S extends string> extends CuePattern<S> {
  objects: ReadonlySet<string>;
}

type ByLanguage<S extends string, L extends string> = Readonly<Partial<Record<S, Readonly<Record<L, readonly string[]>>>>>;

/** One pattern of a language's sector keywords and object phrases (lexicons/sectors.ts). */
export function sectorPattern<S extends string, L extends string>(
  name: string, keywords: ByLanguage<S, L>, objects: ByLanguage<S, L>, lang: L,
): SectorPattern<S> {
  const lexicon: Partial<Record<S, string[]>> = {};
  for (const source of [keywords, objects]) {
    for (const [sector, byLang] of Object.entries(source) as [S, Readonly<Record<L, readonly string[]>>][]) {
      (lexicon[sector] ??= []).push(...byLang[lang]);
    }
  }
  const keys = new Set<string>();
  for (const byLang of Object.values(objects) as Readonly<Record<L, readonly string[]>>[]) {
    for (const entry of byLang[lang]) keys.add(cueKey(entry.replace(/^=/, ""), entry.startsWith("=")));
  }
  return { ...buildCuePattern<S>(name, lexicon), objects: keys };
}
