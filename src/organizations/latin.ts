/** Trimming and splitting of Latin-script name runs, shared by the Latin sources and the English heads. */
import { gazetteerPattern } from "../../patterns/organization.js";
import { LEGAL_NORMALIZED } from "./candidate.js";
import { lookupGazetteer } from "./gazetteer.js";
import { type Token } from "./tokens.js";
import { isLetterCode } from "./chars.js";
import { isCapitalizedLatinWord, startsLatinUpper } from "../latin-letters.js";
import { EN_BARE_DEMONYMS, EN_BILATERAL_HEADS, EN_DEMONYM_PREFIXES, EN_PAIR_DEMONYMS, EN_PAIRED_FIELD_HEADS, PAIR_OPENERS } from "../../lexicons/org-heads.en.js";

const PAIR_OPENER_WORDS: ReadonlySet<string> = new Set(PAIR_OPENERS);
/** EN_BARE_DEMONYMS: a nationality before two words of a name or more is its country, no word of it. */
const BARE_DEMONYMS: ReadonlySet<string> = new Set(EN_BARE_DEMONYMS);
/** The nationalities of a joint venture's hyphenated pair ("Korean-Kazakh", "German-Kazakh"): EN_BARE_DEMONYMS and EN_PAIR_DEMONYMS. */
const PAIR_DEMONYMS: ReadonlySet<string> = new Set([...EN_BARE_DEMONYMS, ...EN_PAIR_DEMONYMS]);

/** A nationality (EN_BARE_DEMONYMS, or one of the stop words: "Kazakh", "Chinese"). */
function bareDemonymOrStop(word: string): boolean {
  return BARE_DEMONYMS.has(word) || EN_STOP.has(word) && nationalityWord(word);
}

const DEMONYM_PREFIXES: ReadonlySet<string> = new Set(EN_DEMONYM_PREFIXES);
const BILATERAL_HEADS: ReadonlySet<string> = new Set(EN_BILATERAL_HEADS);

/** Whether words[a] is a hyphenated pair of nationalities before a bilateral body's head ("Kazakh-Korean Business Council"). */
function bilateral(words: readonly Token[], a: number, b: number): boolean {
  if (!words[a]!.text.includes("-")) return false;
  for (let k = a + 1; k < b; k++) if (BILATERAL_HEADS.has(words[k]!.text)) return true;
  return false;
}

/** A nationality before a name, or a hyphenated pair of them ("Korean-Kazakh Seoul Bio Pharm"): no word of the name. */
function bareDemonym(word: string): boolean {
  if (BARE_DEMONYMS.has(word)) return true;
  const dash = word.indexOf("-");
  return dash > 0 && word.split("-").every((w) => PAIR_DEMONYMS.has(w));
}
import { ARTICLES, CONNECTORS, COORDINATORS, EN_COUNTRY_NAMES, EN_HEADS, EN_HEADS_OF_BY_FIRST, EN_OF_COUNTRY_HEADS, EN_ROLES, EN_STOP, INDUSTRY_PAIR_WORDS, LATIN_ORG_WORDS, NAME_PREPOSITIONS, PLACE_HEADS, PLACE_WORDS, endsWithPossessive, isBracketedAbbreviation, isEnDescriptor, isOwnerPossessive, nationalityWord } from "./words.js";

/**
 * Drops English stop words, a possessive owner or place ("China's", "Kazakhstan's") and an organ or
 * officer with its "of" ("Board of", "Chairman of the") and a hyphenated descriptor with the words
 * before it ("Hong Kong-listed") from the left and connectors from the right of a Latin name.
 */
export function trimLatin(words: Token[]): Token[] {
  let a = 0, b = words.length;
  for (let i = b - 2; i >= 0; i--) if (isEnDescriptor(words[i]!.text)) { a = i + 1; break; }
  // "the" right after a capitalized word opens a new phrase ("On Monday the Ministry of Energy", "In May
  // the Bank"): the name starts there; after "of", "and" or "for" it is the name's own ("Bank of the West")
  for (let i = b - 2; i > a; i--) {
    if (ARTICLES.has(words[i]!.text) && !CONNECTORS.has(words[i - 1]!.text)) { a = i; break; }
    // (after "and", an article and a nationality start the next name: "Ertis Kapital and the German Müller Chemie GmbH")
    // ("Chinese", "Kazakh" are stop words)
    if (ARTICLES.has(words[i]!.text) && COORDINATORS.has(words[i - 1]!.text) && i + 2 < b &&
      (bareDemonym(words[i + 1]!.text) || EN_STOP.has(words[i + 1]!.text))) { a = i; break; }
  }
  // (a nationality that is a stop word before one company word is the name's first word: "Kazakh Minerals LLP", "Kazakh
  // Gold Group"; the word alone names no company)
  const formLast = b - a === 3 && LEGAL_NORMALIZED.has(words[b - 1]!.text.replace(/[.,]$/, ""));
  const nationalFirst = (b - a === 2 || formLast) && bareDemonymOrStop(words[a]!.text) &&
    (LATIN_ORG_WORDS.has(words[a + 1]!.text) || EN_HEADS.has(words[a + 1]!.text));
  while (!nationalFirst && a < b && (EN_STOP.has(words[a]!.text) || CONNECTORS.has(words[a]!.text) ||
    a < b - 2 && bareDemonym(words[a]!.text) && !bilateral(words, a, b) ||
    // (a nationality of two words: "South Korean Hyosung Heavy")
    a < b - 3 && DEMONYM_PREFIXES.has(words[a]!.text) && BARE_DEMONYMS.has(words[a + 1]!.text) ||
    // (a country and "and" before the name: "… GmbH from Germany and Qazaq Energy Storage LLP")
    a < b - 2 && EN_COUNTRY_NAMES.has(words[a]!.text) && words[a + 1]!.text === "and" ||
    a < b - 1 && isOwnerPossessive(words[a]!.text) ||
    // (a country of two words and its possessive: "South Korea's POSCO International Corporation")
    a < b - 2 && isOwnerPossessive(words[a + 1]!.text) && EN_COUNTRY_NAMES.has(`${words[a]!.text} ${words[a + 1]!.text.slice(0, -2)}`) ||
    a < b - 2 && EN_ROLES.has(words[a]!.text) && words[a + 1]!.text === "of")) a++;
  // (an abbreviation in brackets after the name is its alias, which src/organizations/aliases.ts reads: "European Bank for
  // Reconstruction and Development (EBRD)")
  while (b > a && (CONNECTORS.has(words[b - 1]!.text) || endsWithPossessive(words[b - 1]!.text) || (b - 1 > a && isBracketedAbbreviation(words[b - 1]!.text)))) b--;
  // (a name "of" a country joined by "and" to the next name: "Kalyon Enerji of Turkey and Daewon Energy …" ends at its "of")
  for (let i = a + 2; i + 1 < b; i++) {
    if (!COORDINATORS.has(words[i]!.text)) continue;
    const country = ofCountryLength(words, a, i);
    if (country > 0) { b = EN_OF_COUNTRY_HEADS.has(words[i - country - 1]!.text) ? i : i - country; break; }
  }
  // (the country a name is "of", after no head that takes one: "Kalyon Enerji of Turkey", "Doosan Enerbility of South
  // Korea", not "Development Bank of Kazakhstan", "Aluminum Corporation of China"; the country stays the name's)
  const ofCountry = ofCountryLength(words, a, b);
  if (ofCountry > 0 && !EN_OF_COUNTRY_HEADS.has(words[b - ofCountry - 1]!.text)) b -= ofCountry;
  return words.slice(a, b);
}

/**
 * How many words " of <country>" (a country of one word or two: "of Turkey", "of South Korea") takes at the end of
 * words[a, end), with a word of the name before it, else 0.
 */
export function ofCountryLength(words: readonly Token[], a: number, end: number): number {
  if (end - a >= 4 && words[end - 3]!.text === "of" && EN_COUNTRY_NAMES.has(`${words[end - 2]!.text} ${words[end - 1]!.text}`)) return 3;
  return end - a >= 3 && words[end - 2]!.text === "of" && EN_COUNTRY_NAMES.has(words[end - 1]!.text) ? 2 : 0;
}

/**
 * trimLatin, except that a known name the trimmed words end with keeps the words trimLatin drops before it
 * ("Kazakh Invest National Company JSC": "Kazakh" is a stop word, and the gazetteer's "Kazakh Invest" starts there).
 */
export function trimLatinKnown(text: string, words: Token[]): Token[] {
  const trimmed = trimLatin(words);
  if (trimmed.length === 0 || trimmed[0] === words[0]) return trimmed;
  for (let i = 0; i < words.length && words[i] !== trimmed[0]; i++) {
    if (EN_STOP.has(words[i]!.text) && gazetteerEnd(text, words[i]!.start) > trimmed[0]!.start) {
      return words.slice(i, words.indexOf(trimmed[trimmed.length - 1]!) + 1);
    }
  }
  return trimmed;
}

/** Whether the last word of a part is a legal form ("LLP", "Ltd."). */
export function endsInLegalForm(words: Token[]): boolean {
  const last = words[words.length - 1];
  return last !== undefined && words.length > 1 && LEGAL_NORMALIZED.has(last.text.replace(/[.,]$/, ""));
}

/** Whether a gazetteer form starts at `pos` (the gazetteer patterns are sticky; the trigger scan is over by now). */
function gazetteerAt(text: string, pos: number): boolean {
  return gazetteerEnd(text, pos) >= 0;
}

/** Where the gazetteer form that starts at `pos` ends, else -1. */
function gazetteerEnd(text: string, pos: number): number {
  const gazetteer = gazetteerPattern(text.charCodeAt(pos));
  gazetteer.lastIndex = pos;
  const m = gazetteer.exec(text);
  return m !== null && lookupGazetteer(m[1]!) !== undefined ? pos + m[1]!.length : -1;
}

/**
 * Whether "and" between `before` (the words of the name so far) and `next` joins two names in any
 * case: an owner's possessive after it ("… and China's PowerChina"), a known name after it, or a
 * known name before it ("Kazakh Invest and …").
 */
export function andSplits(text: string, before: Token[], next: Token): boolean {
  if (isOwnerPossessive(next.text) || gazetteerAt(text, next.start)) return true;
  // "between X and Y": two names
  // (not before an industry word, which goes on the first name: "between Kazakh Oil and Gas LLP and …")
  if (before.length > 0 && !LATIN_ORG_WORDS.has(next.text) && opensPair(text, before[0]!.start)) return true;
  return before.length > 0 && lookupGazetteer(text.slice(before[0]!.start, before[before.length - 1]!.end)) !== undefined;
}

/** Whether a pair opener (PAIR_OPENERS: "between") is the word right before `at`, one space between. */
function opensPair(text: string, at: number): boolean {
  if (at < 2 || text.charCodeAt(at - 1) !== 0x20) return false;
  let j = at - 1;
  while (j > 0 && at - 1 - j < 12 && isLetterCode(text.charCodeAt(j - 1))) j--;
  return PAIR_OPENER_WORDS.has(text.slice(j, at - 1).toLowerCase()) && (j === 0 || !isLetterCode(text.charCodeAt(j - 1)));
}

/**
 * Whether the words (after an article or a stop word) open with a head that takes an "of" phrase ("Ministry of Energy",
 * "Development Bank of Kazakhstan"; EN_HEADS_BEFORE_OF): an institution's name, which ends in no company's
 * legal form, so that a legal form after its "and" is the next name's ("the Ministry of Energy and China
 * Power Co., Ltd.").
 */
function opensWithHeadOf(words: readonly Token[]): boolean {
  let i = 0;
  // "the", "The", and an owner's possessive ("Kazakhstan's Ministry of Energy and …")
  while (i < words.length && (ARTICLES.has(words[i]!.text) || EN_STOP.has(words[i]!.text) || isOwnerPossessive(words[i]!.text))) i++;
  const heads = words[i] === undefined ? undefined : EN_HEADS_OF_BY_FIRST.get(words[i]!.text);
  if (heads === undefined) return false;
  return heads.some((head) => head.every((w, k) => words[i + k]?.text === w) && words[i + head.length]?.text === "of");
}

/** Whether the words before the "and" at `i` and all after it are two or more capitalized words each. */
function twoNames(before: readonly Token[], words: readonly Token[], i: number): boolean {
  if (before.length < 2 || words.length - i - 1 < 2) return false;
  // ("Steppe Oil and Gas Services": two company words joined are one name's; "Shaanxi Coal and Chemical Industry": an
  // industry word after the "and" goes on with the name)
  if (LATIN_ORG_WORDS.has(before[before.length - 1]!.text) && LATIN_ORG_WORDS.has(words[i + 1]!.text)) return false;
  if (INDUSTRY_PAIR_WORDS.has(words[i + 1]!.text)) return false;
  for (const w of before) if (!startsLatinUpper(w.text)) return false;
  for (let k = i + 1; k < words.length; k++) if (!startsLatinUpper(words[k]!.text)) return false;
  return true;
}

/**
 * Whether the "and" at `words[i]` joins two industry words of one name (EN_INDUSTRY_PAIR_WORDS: "… Engineering and
 * Construction", "… Import and Export Corporation"): the word after it one of them and after that only heads or forms
 * that are none ("Samruk Energy and Power Construction Corporation" are two names).
 */
function industryPair(before: readonly Token[], words: readonly Token[], i: number): boolean {
  if (!INDUSTRY_PAIR_WORDS.has(before[before.length - 1]!.text) || !INDUSTRY_PAIR_WORDS.has(words[i + 1]?.text ?? "")) return false;
  for (let k = i + 2; k < words.length; k++) if (!LATIN_ORG_WORDS.has(words[k]!.text) || INDUSTRY_PAIR_WORDS.has(words[k]!.text)) return false;
  return true;
}

/** EN_PAIRED_FIELD_HEADS. */
const PAIRED_FIELD_HEADS: ReadonlySet<string> = new Set(EN_PAIRED_FIELD_HEADS);

/**
 * Whether the "and" at words[i] pairs two fields of one body's name: one capitalized word and a head of
 * EN_PAIRED_FIELD_HEADS after it ("… Development and Reform Commission"), no article after "and", and before it words
 * of no head, legal form or preposition ("National Development", "State Property", "Mangystau Region Energy").
 */
function pairedField(before: readonly Token[], words: readonly Token[], i: number, article: boolean): boolean {
  if (article || !PAIRED_FIELD_HEADS.has(words[i + 2]?.text ?? "")) return false;
  const field = words[i + 1]!.text;
  if (!isCapitalizedLatinWord(field) || PAIRED_FIELD_HEADS.has(field)) return false;
  return before.every((t) => isCapitalizedLatinWord(t.text) && !LATIN_ORG_WORDS.has(t.text) && !NAME_PREPOSITIONS.has(t.text)) ||
    before.length >= 1 && INDUSTRY_PAIR_WORDS.has(before[before.length - 1]!.text) && before.slice(0, -1).every((t) => isCapitalizedLatinWord(t.text));
}

/** Whether the words end in a place word or a local administration's head ("… Pavlodar Region", "… Region Akimat"). */
function endsPlace(words: readonly Token[]): boolean {
  const last = words[words.length - 1]!.text;
  return PLACE_WORDS.has(last) || PLACE_HEADS.has(last);
}

/** Whether a word after the first is a coordinator ("and"): only there can a run split. */
export function hasCoordinator(words: readonly Token[]): boolean {
  for (let i = 1; i < words.length; i++) if (COORDINATORS.has(words[i]!.text)) return true;
  return false;
}

/**
 * Splits a Latin run at "and" between capitalized words ("QazaqGaz and Wanhua Chemical"), unless
 * the part before has a preposition, whose phrase the "and" continues ("Ministry of Trade and
 * Integration"), or the run is a name ending in a legal form (`legal`), whose "and" joins its own
 * words ("… Engineering and Construction Co., Ltd"), unless the part before ends in a legal form of
 * its own ("Alfa LLP and Beta Co., Ltd": two names) or in a place word or a local administration's head ("the
 * akimat of Pavlodar Region and Orda Invest LLP", "Pavlodar Region Akimat and …": a place's or a body's name ends there), or the run ends in a legal form (`endsInForm`: `legal`,
 * or a form after it) and the part before its last "and" opens with an institution's head and its "of" (see
 * opensWithHeadOf; `afterHeadOf`: the words follow one's "of", as a run read from its first capitalized
 * word may). See `andSplits` for the splits in any case.
 * The parts may share the list `words` (the caller's, which it may change).
 */
export function splitCoordinated(text: string, words: Token[], legal = false, endsInForm = legal, afterHeadOf = false): Token[][] {
  // Speed: a run with no coordinator after its first word is one part, the list itself (the callers own
  // it): no copy and no other lookups per word, for most runs. The sources that split (with refinement),
  // per 200 KB: latin-legal 10.4 -> 9.1 ms on the English organization list, 3.4 -> 2.7 ms on the English
  // deal-dense text; heads.en 9.5 -> 8.5 ms on the list (median of 5 alternating processes of 25 rounds).
  if (!hasCoordinator(words)) return [words];
  const parts: Token[][] = [];
  let current: Token[] = [];
  let preposition = false;
  // the last coordinator: the one before a name with a legal form, after an institution's name
  let lastAnd = -1;
  if (endsInForm) for (let i = words.length - 1; i > 0 && lastAnd < 0; i--) if (COORDINATORS.has(words[i]!.text)) lastAnd = i;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // the capitalized word after "and", or after "and the" ("Halyk Bank and the Ministry of Finance")
    const article = ARTICLES.has(words[i + 1]?.text ?? "");
    const next = article ? words[i + 2] : words[i + 1];
    // ("and the" opens another name even after a preposition whose phrase a bare "and" continues: "the People's Bank
    // of China and the People's Liberation Army", not "Ministry of Trade and Integration")
    if (COORDINATORS.has(w.text) && current.length > 0 && next && startsLatinUpper(next.text) && !industryPair(current, words, i) &&
      !pairedField(current, words, i, article) &&
      (article && preposition || andSplits(text, current, next) || !preposition && !legal || endsInLegalForm(current) || endsPlace(current) ||
        // (a name "of" a country ends before "and" and a name that is none: "Kalyon Enerji of Turkey and Hanwha Energy
        // Corporation of South Korea", "Aluminum Corporation of China and …")
        ofCountryLength(current, 0, current.length) > 0 && !EN_COUNTRY_NAMES.has(next.text) ||
        // two names of two capitalized words or more each before one legal form ("Sunfield Energy and Qazaq Power LLP"),
        // not one name's pair of words ("Kazakh Oil and Gas LLP", "Engineering and Construction")
        legal && !preposition && twoNames(current, words, i) ||
        i === lastAnd && (afterHeadOf || opensWithHeadOf(current)))) {
      parts.push(current);
      current = [];
      preposition = false;
      continue;
    }
    if (NAME_PREPOSITIONS.has(w.text)) preposition = true;
    current.push(w);
  }
  parts.push(current);
  return parts;
}
