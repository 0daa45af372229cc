/** The lexicon lists the organization sources test words against, as sets (lower case where the test lowers the word). */
import { COMPANY_FACILITY_WORDS, EN_ACRONYM_HEADS_BEFORE, EN_FORMS_BEFORE_COUNTRY, EN_HEADS_BEFORE_OF, EN_DESCRIPTOR_SUFFIXES, EN_CHINESE_NAME_STOPS, EN_CONNECTORS, EN_GENERIC_MODIFIERS, EN_HEADS_AFTER, EN_INDUSTRY_PAIR_WORDS, EN_LOWER_PLACE_WORDS, EN_NAME_POSSESSIVES, EN_OWNER_COUNTRIES, EN_PLACE_HEADS, EN_POSSESSIVE_ENDINGS, EN_PLACE_WORDS, EN_ROLES_BEFORE_OF, EN_STATE_BODY_HEADS, EN_STOP_WORDS, LATIN_ARTICLES, LATIN_NAME_CONNECTORS, LATIN_NAME_PREPOSITIONS, LATIN_ORGANIZATION_WORDS, LATIN_PURPOSE_PREPOSITIONS, NON_ORGANIZATION_TOKENS, NON_ORGANIZATION_WORDS } from "../../lexicons/org-heads.en.js";
import { KK_ACRONYM_VERBS_AFTER, KK_COMPANY_HEADS, KK_CONNECTORS, KK_INNER_ONLY_WORDS, KK_LOCAL_BODY_HEADS, KK_LOCAL_BODY_UNITS, KK_NAME_WORDS_LIKE_ENDINGS, KK_PHRASE_STOP_WORDS } from "../../lexicons/org-heads.kk.js";
import { NON_ORGANIZATION_ABBREVIATIONS, RU_ACRONYM_NOUNS_BEFORE, RU_ACRONYM_VERBS_AFTER, RU_CONNECTORS, RU_APPOSITION_WORDS, RU_COMPANY_HEAD_WORDS, RU_COUNTRY_HEAD_NAMES, RU_GENITIVE_WORDS, RU_HEAD_BLOCKERS, RU_LOCAL_BODY, RU_NAME_PREPOSITIONS, RU_ORDINAL_STEMS, RU_STAFF_BEFORE, RU_STOP_WORDS } from "../../lexicons/org-heads.ru.js";
import { COUNTRY_CUES, LATIN_COUNTRY_ABBREVIATIONS, NATIONALITY_ADJECTIVE_ENDINGS, NON_NATIONALITY_STEMS } from "../../lexicons/countries.js";
import { REGIONS } from "../../lexicons/regions.js";
import { endsWithAny } from "./chars.js";

const set = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
export const KK_STOP = set(KK_PHRASE_STOP_WORDS);
export const KK_INNER = set(KK_INNER_ONLY_WORDS);
/**
 * KK_NAME_WORDS_LIKE_ENDINGS and the Kazakh names of regions, districts and cities, whose ends may look like a
 * case ending ("Қызылорда облысы әкімдігі": "-да" is no locative there).
 */
export const KK_NAME_WORDS = set([
  ...KK_NAME_WORDS_LIKE_ENDINGS,
  ...REGIONS.flatMap((r) => [...r.names.kk, ...r.districts.flatMap((d) => d.kk), ...r.cities.flatMap((c) => c.kk)]),
]);
/** Kazakh and Russian names of regions, districts and cities (lower case). */
export const CYRILLIC_PLACE_NAMES = set(REGIONS.flatMap((r) => [
  ...r.names.kk, ...r.names.ru, ...r.districts.flatMap((d) => [...d.kk, ...d.ru]), ...r.cities.flatMap((c) => [...c.kk, ...c.ru]),
]));
/** The same names in the three languages (lower case). */
export const PLACE_NAMES = new Set([
  ...CYRILLIC_PLACE_NAMES,
  ...set(REGIONS.flatMap((r) => [...r.names.en, ...r.districts.flatMap((d) => d.en), ...r.cities.flatMap((c) => c.en)])),
]);
export const KK_COMPANY = set(KK_COMPANY_HEADS);
export const KK_LOCAL_UNITS = set(KK_LOCAL_BODY_UNITS);
export const KK_LOCAL_HEADS = set(KK_LOCAL_BODY_HEADS);
export const RU_COMPANY = set(RU_COMPANY_HEAD_WORDS);
export const RU_STOP = set(RU_STOP_WORDS);
/**
 * Nouns that govern an organization's name after them, none of its words: its people and leadership, a company, bank or
 * party ("компании МНКТ", "Глава Астана Моторс", "Компания Хайлань Моторс" at a sentence start).
 */
export const RU_NOUNS_BEFORE_NAME = set([...RU_STAFF_BEFORE, ...RU_ACRONYM_NOUNS_BEFORE]);
/** Verbs of business or reporting right after a name no list knows, that make it a body that acts ("НКОК сообщил", "Odebrecht заявила"). */
export const RU_VERBS_AFTER_NAME: ReadonlySet<string> = new Set([
  ...RU_ACRONYM_VERBS_AFTER.past.flatMap((v) => RU_ACRONYM_VERBS_AFTER.pastEndings.map((e) => v + e)),
  ...RU_ACRONYM_VERBS_AFTER.present,
]);
/** The Kazakh ones ("ПКОП хабарлады"). */
export const KK_VERBS_AFTER_NAME: ReadonlySet<string> = new Set(KK_ACRONYM_VERBS_AFTER);
export const RU_GENITIVE = set(RU_GENITIVE_WORDS);
export const EN_STOP = new Set(EN_STOP_WORDS);
/** Countries named in English (EN_OWNER_COUNTRIES' names: "China", "South Korea"). */
export const EN_COUNTRY_NAMES: ReadonlySet<string> = new Set(Object.keys(EN_OWNER_COUNTRIES));
export const EN_ROLES = new Set(EN_ROLES_BEFORE_OF);
const EN_DESCRIPTORS = new Set(EN_DESCRIPTOR_SUFFIXES);
/** Whether a word is a hyphenated descriptor before a name ("Kong-listed", "Shanghai-based"). */
export function isEnDescriptor(word: string): boolean {
  const dash = word.lastIndexOf("-");
  return dash > 0 && EN_DESCRIPTORS.has(word.slice(dash + 1));
}
export const CHINESE_NAME_STOPS = new Set(EN_CHINESE_NAME_STOPS);
export const EN_ACRONYM_HEADS = new Set(EN_ACRONYM_HEADS_BEFORE);
export const NON_ORG_WORDS = new Set(NON_ORGANIZATION_WORDS);
export const NON_ORG_TOKENS = new Set(NON_ORGANIZATION_TOKENS);
export const NON_ORG_ABBREVIATIONS = new Set(NON_ORGANIZATION_ABBREVIATIONS);
export const FACILITY_COMPANY = new Set(COMPANY_FACILITY_WORDS);
export const CONNECTORS = new Set(LATIN_NAME_CONNECTORS);
export const LATIN_ORG_WORDS = new Set(LATIN_ORGANIZATION_WORDS);
export const INDUSTRY_PAIR_WORDS = new Set(EN_INDUSTRY_PAIR_WORDS);
export const EN_HEADS = new Set(EN_HEADS_AFTER);
export const EN_GENERIC = new Set(EN_GENERIC_MODIFIERS);
export const EN_STATE_BODY = new Set(EN_STATE_BODY_HEADS);
/** A word of capitals and digits in brackets, as a Latin run reads one: "(CNPC)", "(CR20G)". */
const BRACKETED_ABBREVIATION = /^\([A-Z][A-Z0-9&-]{1,9}\)$/;
/** Whether a word of a Latin run is an abbreviation in brackets ("(EBRD)"): a name's alias, not a word of it. */
export const isBracketedAbbreviation = (w: string): boolean => BRACKETED_ABBREVIATION.test(w);

/** EN_NAME_POSSESSIVES, with "’" as "'". */
const NAME_POSSESSIVES = new Set(EN_NAME_POSSESSIVES);
/** Whether a word ends with a possessive ending (EN_POSSESSIVE_ENDINGS, two characters each). */
export const endsWithPossessive = (w: string): boolean => EN_POSSESSIVE_ENDINGS.some((e) => w.endsWith(e));
/** Whether a possessive ending starts at `i` in the text. */
export const possessiveAt = (text: string, i: number): boolean => EN_POSSESSIVE_ENDINGS.some((e) => text.startsWith(e, i));
/** Whether a word is an owner's possessive ("China's", "Kazakhstan’s"), not a possessive word of a name ("People's"). */
export const isOwnerPossessive = (w: string): boolean => endsWithPossessive(w) && !NAME_POSSESSIVES.has(w.replace("’", "'"));
export const PLACE_HEADS = new Set(EN_PLACE_HEADS);
export const PLACE_WORDS = new Set(EN_PLACE_WORDS);
export const EN_LOWER_PLACE = new Set(EN_LOWER_PLACE_WORDS);
export const COORDINATORS = new Set(EN_CONNECTORS);
export const NAME_PREPOSITIONS = new Set(LATIN_NAME_PREPOSITIONS);
export const PURPOSE_PREPOSITIONS = new Set(LATIN_PURPOSE_PREPOSITIONS);
export const ARTICLES = new Set(LATIN_ARTICLES);
/** Heads that come first and take an "of" phrase ("Ministry of Energy"), by their first word: each head's words. */
export const EN_HEADS_OF_BY_FIRST = new Map<string, string[][]>();
for (const head of EN_HEADS_BEFORE_OF) {
  const words = head.split(" ");
  EN_HEADS_OF_BY_FIRST.set(words[0]!, [...(EN_HEADS_OF_BY_FIRST.get(words[0]!) ?? []), words]);
}
/**
 * The last words of the heads that take an "of" phrase (EN_HEADS_BEFORE_OF: "Bank", "Ministry") and the forms whose
 * country is a word of the name (EN_FORMS_BEFORE_COUNTRY: "Corporation"): "… Bank of China" keeps its "of China", "Kalyon
 * Enerji of Turkey" does not.
 */
export const EN_OF_COUNTRY_HEADS: ReadonlySet<string> = new Set([
  ...EN_HEADS_BEFORE_OF.map((h) => h.slice(h.lastIndexOf(" ") + 1)), ...EN_FORMS_BEFORE_COUNTRY,
]);
export const RU_APPOSITION = set(RU_APPOSITION_WORDS);
export const RU_BLOCKERS = set(RU_HEAD_BLOCKERS);
export const RU_COUNTRY_NAMES = set(RU_COUNTRY_HEAD_NAMES);
const RU_LOCAL_HEADS = new Set<string>(RU_LOCAL_BODY.heads), RU_LOCAL_UNITS = new Set<string>(RU_LOCAL_BODY.units);
/** Whether a head (lower case) may name a local body by its unit alone (see isRuLocalBody). */
export const isRuLocalHead = (head: string): boolean => RU_LOCAL_HEADS.has(head);

/**
 * Whether a Russian head with its lower-case tail or adjectives is a local body named by its unit alone
 * ("акимат области", "областной акимат"; lexicons RU_LOCAL_BODY): the unit word, lower case.
 */
export function isRuLocalBody(head: string, tail: readonly string[], adjectives: readonly string[]): boolean {
  if (!RU_LOCAL_HEADS.has(head)) return false;
  if (tail.length === 1) return RU_LOCAL_UNITS.has(tail[0]!);
  return tail.length === 0 && adjectives.length === 1 && RU_LOCAL_BODY.adjectiveStems.some((s) => adjectives[0]!.startsWith(s));
}
/** Whether a (lower-case) word is an ordinal adjective: a RU_ORDINAL_STEMS stem and an ending of one to three letters. */
export function isRuOrdinal(w: string): boolean {
  return RU_ORDINAL_STEMS.some((s) => w.startsWith(s) && w.length - s.length >= 1 && w.length - s.length <= 3);
}
export const RU_PLACE_WORDS = new Set<string>(RU_NAME_PREPOSITIONS.place);
export const RU_ATTACHED_WORDS = new Set<string>(RU_NAME_PREPOSITIONS.attached);
export const RU_TOPIC_WORDS = new Set<string>(RU_NAME_PREPOSITIONS.topic);
export const RU_AND_WORDS = new Set<string>(RU_NAME_PREPOSITIONS.and);
export const RU_EPONYM_WORDS = new Set<string>(RU_NAME_PREPOSITIONS.eponym);
/** The one-word coordinators of the three languages, lower case ("and", "и", "және", "мен"). */
export const AND_WORDS: ReadonlySet<string> = set([...EN_CONNECTORS, ...RU_CONNECTORS, ...KK_CONNECTORS].filter((w) => !w.includes(" ")));

/** The Latin country abbreviations ("US", "UK") → country, as whole words and case-sensitive (lexicons/countries.ts). */
export const LATIN_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries(LATIN_COUNTRY_ABBREVIATIONS));

/** Latin stems of the country cues (lower case): a word that starts with one is a nationality or country word. */
const LATIN_COUNTRY_STEMS = COUNTRY_CUES.flatMap((c) => c.stems).filter((stem) => /^[a-z]/.test(stem));

const CYRILLIC_COUNTRY_STEMS = COUNTRY_CUES.flatMap((c) => c.stems).filter((stem) => /^[\u0400-\u04ff]/.test(stem) && !NON_NATIONALITY_STEMS.includes(stem));

/**
 * Whether a lower-case Cyrillic word is an adjective of a country ("китайская", "турецкой", "қытайлық", "итальяндық"):
 * a country stem (lexicons/countries.ts) and an adjective ending (NATIONALITY_ADJECTIVE_ENDINGS).
 */
export function nationalityAdjective(word: string): boolean {
  return word.length > 4 && endsWithAny(word, NATIONALITY_ADJECTIVE_ENDINGS) && CYRILLIC_COUNTRY_STEMS.some((stem) => word.startsWith(stem));
}

/** Whether a capitalized Latin word names a nationality or a country ("Polish", "Chinese", "China"). */
export function nationalityWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x41 || c > 0x5a) return false;
  if (LATIN_ABBREVIATIONS.has(word)) return true;
  const w = word.toLowerCase();
  return LATIN_COUNTRY_STEMS.some((stem) => w.startsWith(stem));
}
