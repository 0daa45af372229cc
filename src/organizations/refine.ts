/**
 * The "not a name" decisions, in one place: each refiner names a phrase shape that a source finds
 * but that is not an organization, and drops those candidates right after their source runs,
 * before overlap resolution (so a dropped candidate hides nothing, as if its source had never found
 * it). A refiner reads only the candidates of the sources it lists. Language words stay in
 * lexicons/ and patterns/.
 */
import {
  KK_ADMINISTRATIVE_UNITS, KK_COMPANY_HEADS, KK_FACILITY_PHRASES, KK_GENITIVE_ENDINGS, KK_LOCATIVE_ATTRIBUTIVE, KK_PLACE_HEADS, KK_PLANT_HEAD_STEMS,
  KK_PLACE_SENSE_MODIFIERS, KK_STOCK_HEADS,
} from "../../lexicons/org-heads.kk.js";
import { isLatinUpperCode } from "../latin-letters.js";
import { COUNTRY_CUES } from "../../lexicons/countries.js";
import { RU_NOT_BODY_PHRASES, RU_PLANT_HEAD_WORDS } from "../../lexicons/org-heads.ru.js";
import { KAZAKH_NUMBER_WORDS } from "../../lexicons/numbers.kk.js";
import type { Org } from "./candidate.js";
import { endsWithAny, isBareNumber, isDigitStart, isLetterCode, isUpperStart, latinLetterIn, lower, opensSentence } from "./chars.js";
import { isWord, someWord, tokens, wordTexts, wordTokens } from "./tokens.js";
import { CONNECTORS, CYRILLIC_PLACE_NAMES, EN_GENERIC, EN_STATE_BODY, FACILITY_COMPANY, LATIN_ORG_WORDS, NON_ORG_WORDS, PLACE_HEADS, PLACE_WORDS, RU_COMPANY } from "./words.js";

const PLANT_HEADS: ReadonlySet<string> = new Set(RU_PLANT_HEAD_WORDS);
/** How many first letters of a place's name its adjective keeps ("Павлодар" → "Павлодарский": "павло"). */
const PLACE_PREFIX = 5;
/** The first PLACE_PREFIX letters of the Cyrillic place names of five letters or more. */
const PLACE_PREFIXES: ReadonlySet<string> = new Set([...CYRILLIC_PLACE_NAMES].filter((n) => n.length >= PLACE_PREFIX).map((n) => n.slice(0, PLACE_PREFIX)));

export interface Refiner {
  name: string;
  /** The sources whose candidates it reads. */
  sources: readonly string[];
  /** Whether the candidate is not an organization (`text`: the normalized text it was found in). */
  notAName(text: string, org: Org): boolean;
}

/**
 * The words (texts) of a candidate's span, kept for the candidate last asked about. Speed: the three refiners
 * of the English heads read the same candidate's words one after the other; tokenized once, the English
 * organization list of the adversarial bench (7,000 such candidates per 200 KB) took 6.2 -> 2.4 ms in
 * those refiners (median of 15).
 */
function wordsOf(text: string, org: Org): string[] {
  if (org !== wordsOrg || text !== wordsText) { wordsOrg = org; wordsText = text; words = wordTexts(text, org.start, org.end); }
  return words;
}
let wordsOrg: Org | null = null, wordsText = "", words: string[] = [];

const KK_NUMBER_WORDS = new Set(KAZAKH_NUMBER_WORDS.map((w) => w.stem));
/** First code units of the number words, in lower and upper case: most phrases are skipped by one test. */
const NUMBER_WORD_FIRST = new Set([...KK_NUMBER_WORDS].flatMap((w) => [w.charCodeAt(0), w[0]!.toUpperCase().charCodeAt(0)]));
const KK_STOCK = new Set(KK_STOCK_HEADS);
const KK_PLACE = new Set(KK_PLACE_HEADS);
const KK_UNITS = new Set(KK_ADMINISTRATIVE_UNITS);
const KK_PLACE_SENSE = new Set(KK_PLACE_SENSE_MODIFIERS);
/** The heads (last words) of KK_FACILITY_PHRASES. */
const FACILITY_HEADS = new Set(KK_FACILITY_PHRASES.map((f) => f.slice(f.lastIndexOf(" ") + 1)));

/** Whether no company head has a space (a name with one then is no company head alone). */
const COMPANY_HEADS_ONE_WORD = [...RU_COMPANY].every((w) => !w.includes(" "));

/** The stems of country cue words ("китай", "казахстан"): nationality adjectives. */
const COUNTRY_STEMS = COUNTRY_CUES.flatMap((c) => c.stems);
/** KK_COMPANY_HEADS. */
const KK_COMPANY: ReadonlySet<string> = new Set(KK_COMPANY_HEADS);

/** The run of letters and digits at `pos`. */
function firstWord(text: string, pos: number): string {
  let e = pos;
  while (e < text.length && isLetterCode(text.charCodeAt(e))) e++;
  return text.slice(pos, e);
}

/** Whether a number character (\p{N}) may occur in the text between `from` and `to` (a surrogate: maybe). */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39 || c > 0x7f && (c >= 0xd800 && c <= 0xdfff || isDigitStart(text[i]!))) return true;
  }
  return false;
}

/** The words (lower case) of a head-word candidate before its head. */
const phraseWords = (text: string, org: Org): string[] =>
  wordTexts(text, org.start, org.headStart).map((w) => lower(w));

/**
 * `/^[a-z]/` and `/^[A-Z0-9(]/` (with the Latin capitals beyond ASCII, src/latin-letters.ts) of a word's first code unit. Speed: a regex literal is a new object at
 * each evaluation; these run once or more per word of every English head candidate.
 */
const isAsciiLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const capitalOrDigitStart = (c: number): boolean => isLatinUpperCode(c) || c >= 0x30 && c <= 0x39 || c === 0x28;

/** A run ending in a local administration head ("Pavlodar Region Akimat", "… Region akimat") keeps its place words. */
function placeHeaded(words: readonly string[]): boolean {
  const head = words[words.length - 1];
  return head !== undefined && (PLACE_HEADS.has(head) || isAsciiLower(head.charCodeAt(0)));
}

/** A word that names a thing or a place, not part of a company's name (a facility word is). */
const notACompanyWord = (w: string): boolean => NON_ORG_WORDS.has(w) && !FACILITY_COMPANY.has(w);

export const REFINERS: readonly Refiner[] = [
  {
    // a word that names a thing or a place, not a company ("Astana Hub Park LLP"); a facility word is
    // part of a company's name before its legal form ("Aktau Port Services LLP")
    name: "non-organization word before a legal form",
    sources: ["latin-legal"],
    notAName(_text, org) {
      if (!someWord(org.name, 0, org.name.length, notACompanyWord)) return false;
      // a place word after a place's name and before more of the name is a Chinese company's own ("Jiangsu Province
      // Construction Group", "Qingdao City Construction Investment Group"; the name is without its form): only a
      // place word may be such a word, and not the name's last ("Pavlodar Region LLP")
      const words = wordTexts(org.name, 0, org.name.length);
      return words.some((w, i) => notACompanyWord(w) && !(PLACE_WORDS.has(w) && i > 0 && i < words.length - 1));
    },
  },
  {
    // a word that names a thing or a place, not a body ("Astana Hub Park"); a place word is part of a
    // local administration's name ("Pavlodar Region Akimat"), a facility word of a company's before its company word
    // ("Lianyungang Port Holdings", "China Merchants Port Holdings")
    name: "non-organization word before a head",
    sources: ["heads.en"],
    notAName(text, org) {
      const words = wordsOf(text, org);
      const place = placeHeaded(words);
      const company = LATIN_ORG_WORDS.has(words[words.length - 1]!);
      return words.some((w, i) => NON_ORG_WORDS.has(w) && !(place && PLACE_WORDS.has(w)) &&
        !(company && i < words.length - 1 && FACILITY_COMPANY.has(w)));
    },
  },
  {
    // a lower-case word inside an English run ("Kazakh oil Bank") other than an administration head
    name: "lower-case word in an English name",
    sources: ["heads.en"],
    notAName(text, org) {
      const words = wordsOf(text, org);
      const last = words.length - 1, place = placeHeaded(words);
      // (the head: the last word, by its place, not its text)
      return !words.every((w, i) => capitalOrDigitStart(w.charCodeAt(0)) || CONNECTORS.has(w) || i === last && place);
    },
  },
  {
    // industry words only before the head ("Green Energy", "Heavy Industry", "Oil and Gas") make a generic phrase;
    // before a state body's head they name it ("the Energy Ministry", "the Chinese Embassy")
    name: "generic industry phrase",
    sources: ["heads.en"],
    notAName(text, org) {
      const words = wordsOf(text, org);
      return !EN_STATE_BODY.has(words[words.length - 1]!) && words.slice(0, -1).every((w) => EN_GENERIC.has(w) || CONNECTORS.has(w));
    },
  },
  {
    // a kind of money named with a body's head (RU_NOT_BODY_PHRASES: "Общий призовой фонд составляет …"), not a body
    name: "money named as a fund",
    sources: ["heads.ru"],
    notAName: (_text, org) => {
      const name = lower(org.name);
      return RU_NOT_BODY_PHRASES.some((phrase) => name.includes(phrase));
    },
  },
  {
    // a kind of plant at a sentence start, capitalized only there ("Цементный завод будет построен …",
    // "Солеперерабатывающий завод стоимостью …"): an object, not a name; a plant named after its place keeps its name
    // ("Павлодарский нефтехимический завод", "Экибастузская ГРЭС-1")
    name: "kind of plant at a sentence start",
    sources: ["heads.ru"],
    notAName(text, org) {
      const space = org.name.indexOf(" ");
      if (space < 0 || org.name.indexOf(" ", space + 1) >= 0 || !PLANT_HEADS.has(lower(org.name.slice(space + 1)))) return false;
      if (!opensSentence(text, org.start)) return false;
      const adjective = lower(org.name.slice(0, space));
      return !PLACE_PREFIXES.has(adjective.slice(0, PLACE_PREFIX));
    },
  },
  {
    // a company head alone, even capitalized ("… с Корпорацией"), refers back to a name; it is not one
    name: "company head alone",
    sources: ["heads.ru"],
    // a name with a space is no company head (none has one): no lower-casing of every capitalized name
    notAName: (_text, org) => (!COMPANY_HEADS_ONE_WORD || !org.name.includes(" ")) && RU_COMPANY.has(lower(org.name)),
  },
  {
    // a nationality and a company head, with no name ("Китайская корпорация построит …" at a sentence
    // start, where the capital is the sentence's): a description, the name follows or came before
    name: "nationality and company head",
    sources: ["heads.ru"],
    notAName(_text, org) {
      // the last word is tested before the name is split (most names do not end in a company head)
      const space = org.name.lastIndexOf(" ");
      if (space < 0 || !RU_COMPANY.has(lower(org.name.slice(space + 1)))) return false;
      // lower-cased once per word, not once per stem (a capitalized word took `toLowerCase` 100 times)
      return org.name.split(" ").slice(0, -1).every((w) => {
        const lw = lower(w);
        return COUNTRY_STEMS.some((stem) => lw.startsWith(stem));
      });
    },
  },
  {
    // the same in Kazakh: a country's word and a company head, with no name ("Түрік холдингі … сатып алады", "Қытай
    // концерні … инвестиция салады" at a sentence start): a description, as "қытайлық компания" is
    name: "country and company head (kk)",
    sources: ["heads.kk"],
    notAName(_text, org) {
      const space = org.name.lastIndexOf(" ");
      if (space < 0 || !KK_COMPANY.has(lower(org.name.slice(space + 1)))) return false;
      return org.name.slice(0, space).split(" ").every((w) => {
        const lw = lower(w);
        return COUNTRY_STEMS.some((stem) => lw.startsWith(stem));
      });
    },
  },
  {
    // a count of bodies, not a name: a bare number inside the phrase ("Жылына 5000 банкі"; one before
    // it is not read: "25 ұйымның") or a number word opening it ("Екі университет"); "№5" is a name's
    name: "counted bodies",
    sources: ["heads.kk"],
    notAName(text, org) {
      if (NUMBER_WORD_FIRST.has(text.charCodeAt(org.start)) && KK_NUMBER_WORDS.has(lower(firstWord(text, org.start)))) return true;
      // tokenized only when a digit is there (most phrases have none)
      return hasDigit(text, org.start, org.headStart) &&
        tokens(text, org.start, org.headStart).some((w) => isWord(w) && isBareNumber(text, w.text, w.start));
    },
  },
  {
    // a stock or reserve: one sentence-opening common noun before "қоры" ("Астық қоры", "Су қоры");
    // after a dash the capital is the name's ("… — Елбасы қоры"); or the reserve of something named by
    // a lower-case genitive ("Ел бюджетінің қоры", "ауданның су қоры"): a fund's owner is a proper name
    name: "stock or reserve",
    sources: ["heads.kk"],
    notAName(text, org) {
      if (!KK_STOCK.has(org.head!)) return false;
      const words = wordTokens(text, org.start, org.headStart);
      // a common noun: lower case, or capitalized only by the sentence start with a lower-case word after it
      const common = (i: number) => !isUpperStart(words[i]!.text) ||
        i === 0 && opensSentence(text, org.start) && words.length > 1 && !isUpperStart(words[1]!.text);
      if (words.some((w, i) => endsWithAny(lower(w.text), KK_GENITIVE_ENDINGS) && common(i))) return true;
      return words.length === 1 && opensSentence(text, org.start);
    },
  },
  {
    // a centre as a place: a city's centre or a region's capital ("қаласының орталығында", "облыс
    // орталығынан"), a hub ("индустриялық орталығы")
    name: "centre as a place",
    sources: ["heads.kk"],
    notAName(text, org) {
      if (!KK_PLACE.has(org.head!)) return false;
      const words = phraseWords(text, org);
      const last = words[words.length - 1];
      return last !== undefined && (endsWithAny(last, KK_GENITIVE_ENDINGS) || KK_UNITS.has(last) || KK_PLACE_SENSE.has(last));
    },
  },
  {
    // a facility named with a body's head: "жылу электр орталығы" is a plant
    name: "facility",
    sources: ["heads.kk"],
    notAName(text, org) {
      if (!FACILITY_HEADS.has(org.head!)) return false;
      const phrase = phraseWords(text, org).join(" ") + " " + org.head;
      return KK_FACILITY_PHRASES.some((f) => phrase === f || phrase.endsWith(" " + f));
    },
  },
  {
    // a plant described by where it stands ("Шу ауданындағы қант зауыты", "Теміртаудағы ферроқорытпа зауыты"): a place
    // with the attributive locative first, then only common nouns before a plant's head (KK_PLANT_HEAD_STEMS); a body is named
    // so ("Еуропадағы қауіпсіздік және ынтымақтастық ұйымы", "Алматы қаласындағы балалар инфекциялық ауруханасы"), and
    // one named in a place keeps a proper name of its own ("Қазақстандағы Қытай елшілігі")
    name: "described by its place",
    sources: ["heads.kk"],
    notAName(text, org) {
      if (!KK_PLANT_HEAD_STEMS.some((h) => org.head!.startsWith(h))) return false;
      const words = wordTokens(text, org.start, org.headStart);
      if (words.length === 0) return false;
      // (the place may take two words, its name and its unit: "Шу ауданындағы", "Ақтөбе облысындағы")
      const at = words.findIndex((w) => endsWithAny(lower(w.text), KK_LOCATIVE_ATTRIBUTIVE));
      if (at < 0 || at > 1 || (at === 1 && !KK_ADMINISTRATIVE_UNITS.some((u) => lower(words[1]!.text).startsWith(u)))) return false;
      return words.slice(at + 1).every((w) => !isUpperStart(w.text));
    },
  },
  {
    // a Latin name with a Kazakh head word after it is found as a Latin name; the head stays out of it
    name: "Latin name before a Kazakh head",
    sources: ["heads.kk"],
    notAName: (text, org) => latinLetterIn(text, org.start, org.headStart),
  },
];

/** The refiners that read a source's candidates. */
export function refinersOf(source: string): readonly Refiner[] {
  return REFINERS.filter((r) => r.sources.includes(source));
}

/** Drops the candidates from `from` on that one of `refiners` finds not a name (the list is compacted in place). */
export function refine(text: string, out: Org[], from: number, refiners: readonly Refiner[]): void {
  let kept = from;
  for (let i = from; i < out.length; i++) {
    const org = out[i]!;
    let drop = false;
    for (let k = 0; k < refiners.length && !drop; k++) drop = refiners[k]!.notAName(text, org);
    if (!drop) out[kept++] = org;
  }
  if (kept < out.length) out.length = kept;
  // the memo of wordsOf keeps no text alive past its stage
  wordsOrg = null; wordsText = ""; words = [];
}
