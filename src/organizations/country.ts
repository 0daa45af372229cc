/**
 * The country of a kept organization without one from its source: a cue word (a nationality or a
 * country, lexicons/countries.ts) in its name, else in the three words before it.
 */
import { lookupGazetteer } from "./gazetteer.js";
import { COUNTRY_CUES, NON_NATIONALITY_STEMS, ORIGIN_WORDS_AFTER_NAME } from "../../lexicons/countries.js";
import { KK_DOMESTIC_STATE_HEADS, KK_LOCATIVE_ATTRIBUTIVE, KK_NOT_DOMESTIC_STEMS } from "../../lexicons/org-heads.kk.js";
import { COUNTRY_CUE } from "../../patterns/organization.js";
import { currencyForms } from "../../patterns/money.js";
import { USD_MARKERS_AFTER } from "../../lexicons/currencies.js";
import { type Org } from "./candidate.js";
import { afterBlanks, endsWithAny, isLetterCode, isQuoteCode, wordAfter, wordEndAfter } from "./chars.js";
import { isPlainCode, isSpaceCode } from "./scan.js";
import { TokensBefore, isWord, lowerOf } from "./tokens.js";
import { AND_WORDS, CYRILLIC_PLACE_NAMES, LATIN_ABBREVIATIONS, PLACE_NAMES, RU_PLACE_WORDS } from "./words.js";
import { groupIndex, lazy } from "../regex.js";

/** Whether the cue word at `at` names where a body sits ("in China"), not whose body it is. */
function placeCue(text: string, at: number): boolean {
  const word = /^[\p{L}\p{N}-]*/u.exec(text.slice(at, at + 40))![0].toLowerCase();
  if (endsWithAny(word, KK_LOCATIVE_ATTRIBUTIVE)) return true;
  const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, at - 4), at));
  return before !== null && RU_PLACE_WORDS.has(before[1]!.toLowerCase());
}

/** Lower case of a plain code unit (-1 when it is not one code unit). */
function lowerCode(c: number): number {
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : -1;
}

/**
 * How many first letters of a stem `mayHaveCue` compares. Speed: with three, the common Russian "про…"
 * words passed for "провинци" (and "коронавирус" for "корей"): 93 of the 227 names without a country
 * over the Russian dev texts had a word start that passed, and ran the cue regex; with five, countryOf
 * over the kept names per pass: Russian 0.21 -> 0.20 ms, Kazakh 0.13 -> 0.11 ms (min of 50 and 30
 * interleaved rounds).
 */
const CUE_PREFIX_LENGTH = 5;

/**
 * Cue stems by their first two code units (lower case, `first << 16 | second`): the code units of their
 * next letters (up to CUE_PREFIX_LENGTH letters in all; fewer where a stem has a space, a capital or a
 * character outside the plain blocks there), or `true` when a stem has only two.
 */
const CUE_PREFIXES = new Map<number, number[][] | true>();
for (const cue of COUNTRY_CUES) {
  for (const stem of cue.stems) {
    const codes = [...stem.slice(0, CUE_PREFIX_LENGTH)].map((ch) => ch.charCodeAt(0));
    const plainLowerLetter = (c: number) => !isSpaceCode(c) && isPlainCode(c) && lowerCode(c) === c;
    if (stem.length < 2 || !codes.slice(0, 3).every(plainLowerLetter)) {
      throw new Error(`kzdeals: country cue stem "${stem}" needs two plain lower-case letters first`);
    }
    const usable = codes.findIndex((c) => !plainLowerLetter(c));
    if (usable >= 0) codes.length = usable;
    const key = codes[0]! << 16 | codes[1]!;
    const known = CUE_PREFIXES.get(key);
    if (codes.length === 2) CUE_PREFIXES.set(key, true);
    else if (known !== true) CUE_PREFIXES.set(key, [...(known ?? []), codes.slice(2)]);
  }
}
/** Lower case of each plain code unit (-1: none of one code unit), filled on demand (0: not yet known). */
const PLAIN_LOWER = new Int32Array(0x10000);

function plainLower(c: number): number {
  let l = PLAIN_LOWER[c]!;
  if (l === 0) l = PLAIN_LOWER[c] = lowerCode(c);
  return l;
}

/**
 * Whether COUNTRY_CUE may match in `text.slice(from, to)`, read in place: some word start (as its
 * look-behind sees it in that slice, where `from` is one) has the first letters of a stem (see
 * CUE_PREFIX_LENGTH), in any case. A character outside the plain blocks among those letters (whose case folding
 * this test does not know) leaves the answer to the regex; one inside a word cannot start a cue.
 * Speed: only word starts are read past the letter test (the earlier form read every position's
 * pair), and no slice is made for a text with no cue; with the early return in countryOf, countryOf
 * over the kept names of the dev texts per pass: Russian 0.25 -> 0.21 ms, Kazakh 0.21 -> 0.13 ms
 * (min of 60 and 30 interleaved rounds).
 */
function mayHaveCue(text: string, from: number, to: number): boolean {
  let letterBefore = false;
  for (let i = from; i + 1 < to; i++) {
    const c = text.charCodeAt(i);
    const wordStart = !letterBefore;
    letterBefore = isLetterCode(c);
    if (!wordStart) continue;
    const d = text.charCodeAt(i + 1);
    if (!isPlainCode(c) || !isPlainCode(d)) return true;
    const lc = plainLower(c), ld = plainLower(d);
    if (lc < 0 || ld < 0) return true;
    const rests = CUE_PREFIXES.get(lc << 16 | ld);
    if (rests === undefined) continue;
    if (rests === true) return true;
    // an index loop: `for … of` here allocated an iterator at each word start where V8 did not inline
    // this function (countryOf alone over the dev texts: 555 KB per pass, sampling heap profile)
    for (let r = 0; r < rests.length; r++) {
      const rest = rests[r]!;
      let k = 0;
      // a stem that does not fit before `to` is no match there
      for (; k < rest.length && i + 2 + k < to; k++) {
        const e = text.charCodeAt(i + 2 + k);
        if (!isPlainCode(e)) return true;
        const le = plainLower(e);
        if (le < 0) return true;
        if (le !== rest[k]) break;
      }
      if (k === rest.length) return true;
    }
  }
  return false;
}

/**
 * The index in a match of COUNTRY_CUE of each cue's group (`c${k}`), read once: the cue is that of the group that took
 * part. Speed: the groups object of each match (groupsOf: one property per cue, a hundred and more) and a search of its
 * names took most of the stage's time over a name with a cue every twelve characters ("A.b:₸акимат A.b:₸акимат …").
 */
const cueGroupIndices = lazy((): number[] => COUNTRY_CUES.map((_, k) => {
  const i = groupIndex(COUNTRY_CUE, `c${k}`);
  if (i < 1) throw new Error(`kzdeals: organization.country-cue has no group c${k}`);
  return i;
}));

/** The first (or last) country cue in `text.slice(from, to)`. */
function cueCountry(source: string, from: number, to: number, last = false): string | undefined {
  if (!mayHaveCue(source, from, to)) return undefined;
  const text = source.slice(from, to);
  COUNTRY_CUE.lastIndex = 0;
  let found: string | undefined;
  for (let m = COUNTRY_CUE.exec(text); m; m = COUNTRY_CUE.exec(text)) {
    if (!last && placeCue(text, m.index)) continue;
    const indices = cueGroupIndices();
    let i = -1;
    for (let k = 0; k < indices.length; k++) if (m[indices[k]!] !== undefined) { i = k; break; }
    if (i >= 0) found = COUNTRY_CUES[i]!.country;
    if (found && !last) break;
  }
  return found;
}

/** The shortest and longest Latin country abbreviation: a word of another length is none (no slice made for it). */
const ABBREVIATION_LENGTHS = lazy((): readonly [number, number] => {
  const lengths = [...LATIN_ABBREVIATIONS.keys()].map((a) => a.length);
  return [Math.min(...lengths), Math.max(...lengths)];
});

/** The country of the first Latin country abbreviation (LATIN_ABBREVIATIONS) among the words of text[from, to). */
function abbreviationCountry(text: string, from: number, to: number): string | undefined {
  const [shortest, longest] = ABBREVIATION_LENGTHS();
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // a word that starts with a capital, not inside a longer word
    if (c < 0x41 || c > 0x5a || (i > from && isLetterCode(text.charCodeAt(i - 1)))) continue;
    let e = i;
    while (e < to && isLetterCode(text.charCodeAt(e))) e++;
    if (e - i >= shortest && e - i <= longest) {
      const country = LATIN_ABBREVIATIONS.get(text.slice(i, e));
      if (country !== undefined) return country;
    }
    i = e;
  }
  return undefined;
}

/** Whether text[from, to) may hold a Latin country abbreviation: a capital followed by a capital (speed: most windows have none). */
function mayHaveAbbreviation(text: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) { const d = text.charCodeAt(i + 1); if (d >= 0x41 && d <= 0x5a) return true; }
  }
  return false;
}

/** KK_DOMESTIC_STATE_HEADS: the kk heads source reports a name's head in `head`. */
const DOMESTIC_STATE_HEADS: ReadonlySet<string> = new Set(KK_DOMESTIC_STATE_HEADS);

export function countryOf(text: string, org: Org): string | undefined {
  // an international organization of the gazetteer, by its nominative name: the gazetteer's own candidates carry
  // it, and a head source reads the name in another case form into it ("Шанхайской организации сотрудничества")
  if (lookupGazetteer(org.name)?.international) return undefined;
  const found = cuedCountry(text, org);
  // a Kazakh name of one of Kazakhstan's state bodies, with no country named
  return found ?? (org.head !== undefined && DOMESTIC_STATE_HEADS.has(org.head) && !notDomestic(org.name) ? "KZ" : undefined);
}

/** Whether a name has a stem of KK_NOT_DOMESTIC_STEMS at a word start. */
function notDomestic(name: string): boolean {
  const lower = name.toLowerCase();
  return KK_NOT_DOMESTIC_STEMS.some((stem) => {
    for (let i = lower.indexOf(stem); i >= 0; i = lower.indexOf(stem, i + 1)) if (i === 0 || !isLetterCode(lower.charCodeAt(i - 1))) return true;
    return false;
  });
}

/** The country a name's own words, or the three words before it, name (or the one set by its source). */
function cuedCountry(text: string, org: Org): string | undefined {
  if (org.country) return org.country;
  const after = countryAfter(text, org.end);
  // (of a hyphenated pair of nationalities right before the name, "Korean-Kazakh Seoul Bio Pharm", "German-Kazakh Almaty
  // Brau GmbH", the first: the foreign partner's, over a place in the name; the joint venture is Kazakh by registration)
  const pair = org.start > 0 && text.charCodeAt(org.start - 1) === 0x20 ? pairCountry(text, Math.max(0, org.start - 40), org.start) : undefined;
  if (pair) return pair;
  const own = cueCountry(text, org.start, org.end) ?? (mayHaveAbbreviation(text, org.start, org.end) ? abbreviationCountry(text, org.start, org.end) : undefined);
  if (own) return own;
  if (after) return after;
  // the three words before the name (a nationality adjective and a company head): they start at
  // `from` or at a word start, so no cue in the window before the name is none in them either (speed:
  // most names have none there, and skip reading the words, see mayHaveCue)
  const from = Math.max(0, org.start - 80);
  const cue = mayHaveCue(text, from, org.start), abbreviation = mayHaveAbbreviation(text, from, org.start);
  if (!cue && !abbreviation) return undefined;
  const before = new TokensBefore(text, from, org.start);
  let first = -1, second = -1, firstLower = "";
  for (let i = 0, t = before.at(0); t !== undefined && i < 3; t = before.at(++i)) {
    // the words before "and" are another name's ("Development Bank of Kazakhstan and Sinotruk")
    if (!isWord(t) || AND_WORDS.has(lowerOf(t))) break;
    // and those of a sum before the name are its currency's ("90 million US dollars to Jambyl Solar LLP"), with the
    // marker after the currency word ("40 млн долларов США компании «…»")
    if (currencyForms().has(lowerOf(t))) {
      if (USD_MARKERS.has(firstLower)) first = second;
      break;
    }
    second = first;
    first = t.start;
    firstLower = lowerOf(t);
  }
  if (first < 0) return undefined;
  return (cue ? cueCountry(text, first, org.start, true) : undefined) ?? (abbreviation ? abbreviationCountry(text, first, org.start) : undefined);
}

/**
 * The nationality said right before a name whose country is its Kazakh legal form's ("Қытайлық «X» ЖШС", "китайское ТОО
 * «X»", "с китайской компанией ТОО «X»"): a country cue in the word right before it, or in the word before that when the
 * word between is no cue (a company head); of a hyphenated pair, the first ("казахстанско-китайское ТОО": the Kazakh
 * partner's, as cuedCountry reads it). None when the words start right after another name (`floor`), whose description
 * they are ("«Zhongyuan Nonferrous» қытайлық компаниясы «X» ЖШС-ның"), nor across a comma or a quote.
 */
export function nationalityBefore(text: string, org: Org, floor: number): string | undefined {
  const from = Math.max(floor, org.start - 60);
  if (!mayHaveCue(text, from, org.start)) return undefined;
  const before = new TokensBefore(text, from, org.start);
  const t1 = before.at(0);
  if (t1 === undefined || !isWord(t1)) return undefined;
  const pair = pairCountry(text, t1.start, org.start);
  const c1 = pair ?? (placeName(lowerOf(t1)) ? undefined : cueCountry(text, t1.start, t1.end, true));
  if (c1 !== undefined) return afterName(text, floor, t1.start) ? undefined : c1;
  const t2 = before.at(1);
  if (t2 === undefined || !isWord(t2)) return undefined;
  const c2 = pairCountry(text, t2.start, t1.start) ?? (placeName(lowerOf(t2)) ? undefined : cueCountry(text, t2.start, t2.end, true));
  return c2 !== undefined && !afterName(text, floor, t2.start) ? c2 : undefined;
}

/**
 * Whether a word (lower case) is a place's, whatever its case ending ("облысында", "Алматыдағы"): a country cue of a body's
 * name (NON_NATIONALITY_STEMS, the places of lexicons/regions.ts), no nationality said of a company.
 */
function placeName(lower: string): boolean {
  if (NON_NATIONALITY.some((s) => lower.startsWith(s))) return true;
  for (let e = lower.length; e >= 3; e--) if (CYRILLIC_PLACE_NAMES.has(lower.slice(0, e)) || PLACE_NAMES.has(lower.slice(0, e))) return true;
  return false;
}
const NON_NATIONALITY: readonly string[] = NON_NATIONALITY_STEMS;

/** Whether only white space stands between `floor` (another name's end, 0: none) and `at`. */
function afterName(text: string, floor: number, at: number): boolean {
  if (floor <= 0) return false;
  for (let i = floor; i < at; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** The country of the first half of a hyphenated word right before `end` ("Korean-Kazakh "), when both halves are country cues. */
function pairCountry(text: string, from: number, end: number): string | undefined {
  let e = end;
  while (e > from && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0xa0)) e--;
  let s = e;
  while (s > from && text.charCodeAt(s - 1) !== 0x20 && text.charCodeAt(s - 1) !== 0xa0) s--;
  let dash = s + 1;
  while (dash < e - 1 && text.charCodeAt(dash) !== 0x2d) dash++;
  if (dash >= e - 1) return undefined;
  const head = cueCountry(text, s, dash, true);
  return head !== undefined && cueCountry(text, dash + 1, e, true) !== undefined ? head : undefined;
}

/** USD_MARKERS_AFTER in lower case ("сша"): after a currency word, the sum's. */
const USD_MARKERS: ReadonlySet<string> = new Set(USD_MARKERS_AFTER.map((w) => w.toLowerCase()));

/** ORIGIN_WORDS_AFTER_NAME: "из", "from". */
const ORIGIN_WORDS: ReadonlySet<string> = new Set(ORIGIN_WORDS_AFTER_NAME);
/** The longest bracket read for a country after a name ("(Китай)", "(КНР, Пекин)"): a longer one is a description. */
const COUNTRY_BRACKET_MAX = 24;

/**
 * The country in a short bracket right after a name ending at `end` ("«X» ЖШС (ҚХР)", "ТОО «X» (КНР)"): said of the name,
 * its legal form's country notwithstanding.
 */
export function bracketCountryAfter(text: string, end: number): string | undefined {
  return text.charCodeAt(afterBlanks(text, afterQuotes(text, end))) === 0x28 ? countryAfter(text, end) : undefined;
}

/** Past the closing quotes at `at` (a name's span leaves out its quotes: «X» (Китай)). */
function afterQuotes(text: string, at: number): number {
  while (at < text.length && isQuoteCode(text.charCodeAt(at))) at++;
  return at;
}

/** The country in text[from, to): a cue word or a Latin abbreviation. */
function countryIn(text: string, from: number, to: number): string | undefined {
  return cueCountry(text, from, to) ?? (mayHaveAbbreviation(text, from, to) ? abbreviationCountry(text, from, to) : undefined);
}

/**
 * The country named right after a name that ends at `end`: a short bracket of it ("«Альфа» (Китай)", "Beta Group
 * (China)") or a word of origin and the country ("«Альфа» из Китая", "Beta Group from China").
 */
function countryAfter(text: string, end: number): string | undefined {
  const at = afterBlanks(text, afterQuotes(text, end));
  if (text.charCodeAt(at) === 0x28) {
    const close = text.indexOf(")", at);
    return close > at && close - at <= COUNTRY_BRACKET_MAX ? countryIn(text, at + 1, close) : undefined;
  }
  const word = wordAfter(text, at);
  if (!ORIGIN_WORDS.has(word)) return undefined;
  // two words: a country of two ("из Внутренней Монголии", "from South Korea")
  const from = afterBlanks(text, at + word.length), first = wordEndAfter(text, from);
  return countryIn(text, from, wordEndAfter(text, afterBlanks(text, first)));
}
