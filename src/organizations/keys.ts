/**
 * Canonical keys for organizations: the same company under any spelling, script, case form or
 * legal form gets one key, so that deals about it meet across articles ("Синопек", "Sinopec",
 * "China Petroleum & Chemical Corporation", "Sinopec Corp.", "Синопектің" → "sinopec").
 *
 * The standard, step by step (the letters and folds are data in lexicons/transliteration.ts):
 * 1. The name without its legal form (every form of lexicons/legal-forms.ts, "Group" and
 *    "Corporation" included: the contract reports them as legal forms; "Holding" stays, it is part
 *    of names like "Freedom Holding"), national designations ("НК", "ҰК"), quotes, punctuation,
 *    joining words ("and", "&", "и", "және") and "company" ("Co.", "компаниясы"), and without a
 *    Kazakh case ending on its last word ("KEGOC-тың", "Альфа Стройдың"; without a hyphen only the
 *    genitive, see KEY_KAZAKH_ENDINGS). Russian case forms of names outside the gazetteer are not
 *    undone: the recognizer reports the nominative, and quoted Russian names do not inflect.
 * 2. Cyrillic to Latin letters: a Chinese name in Palladius spelling back to pinyin when it looks
 *    Chinese ("Хуадянь" → huadian, "Цзянсу" → jiangsu), other words letter by letter (Kazakh
 *    Latin of 2021, simplified BGN/PCGN for Russian), Latin letters outside ASCII to ASCII, lower
 *    case, no spaces: the folded name ("alfastroi").
 * 3. A gazetteer alias (lexicons/organizations.ts), or a name with the same comparable form (step 4),
 *    or any other form the recognizer knows (Russian case forms: "Синопеком"), keys to its entry's
 *    first alias folded ("sinopec", "kazmunaygas"): country prefixes and short names meet only
 *    there ("China Huadian" and "Huadian"), never by stripping country words.
 * 4. Any other name keys to its phonetic skeleton (SKELETON_FOLDS, WORD_VARIANTS): kh/h, q/k,
 *    zh/j, y/i, ts/c, doubled letters, ng/n, so that "Qazaqstan", "Kazakhstan", "Казахстан" and
 *    "Қазақстан" meet ("kazahstan"); an acronym ("CNNC", "КННК") keys to its folded letters, which
 *    are not sounds. Gazetteer aliases are looked up in the same comparable form.
 * A skeleton is a fixed point of the folds, so a name's key never equals another entry's key unless
 * the name is that entry (tested in test/keys.test.ts).
 */
import { ownString } from "../own-string.js";
import { LEGAL_FORMS, NATIONAL_DESIGNATIONS } from "../../lexicons/legal-forms.js";
import { ORGANIZATIONS } from "../../lexicons/organizations.js";
import {
  CYRILLIC_TO_LATIN, KEY_DROPPED_WORDS, KEY_KAZAKH_ENDINGS, LATIN_LETTERS, PALLADIUS, PALLADIUS_MARKERS, PALLADIUS_SEPARATOR,
  SKELETON_FOLDS, WORD_VARIANTS,
} from "../../lexicons/transliteration.js";
import { escapeRegExp } from "../regex.js";
import { lookupGazetteer } from "./gazetteer.js";
import { kkEndings } from "./inflect.js";

const CYRILLIC_WORD = /\p{Script=Cyrillic}+/gu;
const LONGEST_SYLLABLE = Math.max(...Object.keys(PALLADIUS).map((s) => s.length));

/** A Cyrillic word (lower case) as pinyin when it splits wholly into Palladius syllables of two or more; else null. */
export function fromPalladius(word: string): string | null {
  // best[i]: pinyin of word.slice(0, i) in the fewest syllables, or undefined when it does not split
  const best: ({ text: string; count: number } | undefined)[] = [{ text: "", count: 0 }];
  for (let i = 0; i < word.length; i++) {
    const at = best[i];
    if (!at) continue;
    // a separator between two syllables ("минъян") is read as nothing
    if (i > 0 && word[i] === PALLADIUS_SEPARATOR) {
      if (!best[i + 1]) best[i + 1] = at;
      continue;
    }
    for (let len = 1; len <= LONGEST_SYLLABLE && i + len <= word.length; len++) {
      const pinyin = PALLADIUS[word.slice(i, i + len)];
      if (pinyin === undefined) continue;
      const next = best[i + len];
      if (!next || next.count > at.count + 1) best[i + len] = { text: at.text + pinyin, count: at.count + 1 };
    }
  }
  const whole = best[word.length];
  return whole && whole.count >= 2 ? whole.text : null;
}

function lettersOf(word: string): string {
  let out = "";
  for (const ch of word) out += CYRILLIC_TO_LATIN[ch] ?? ch;
  return out;
}

/** Speed: most names have no Cyrillic, and most Cyrillic names no Palladius marker; both skip the syllable search. */
const ANY_CYRILLIC = /[\u0400-\u04ff]/u;

/** The Cyrillic words of a name in Latin letters: all of them in pinyin when one looks Chinese. */
function cyrillicToLatin(text: string): string {
  if (!ANY_CYRILLIC.test(text)) return text;
  const lower = text.toLowerCase();
  const words = lower.match(CYRILLIC_WORD) ?? [];
  let pinyin: Map<string, string> | null = null;
  if (words.some((w) => PALLADIUS_MARKERS.test(w))) {
    const read = new Map<string, string>();
    for (const w of words) {
      const p = fromPalladius(w);
      if (p !== null) read.set(w, p);
    }
    if ([...read.keys()].some((w) => PALLADIUS_MARKERS.test(w))) pinyin = read;
  }
  return lower.replace(CYRILLIC_WORD, (w) => pinyin?.get(w) ?? lettersOf(w));
}

/** Legal forms, national designations (НК, ҰК…) and KEY_DROPPED_WORDS as whole words, longest first, case-insensitive. */
const DROPPED_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    [...new Set([...LEGAL_FORMS.flatMap((f) => f.forms), ...NATIONAL_DESIGNATIONS, ...KEY_DROPPED_WORDS])]
      .sort((a, b) => b.length - a.length)
      .map((f) => escapeRegExp(f).replace(/ +/g, String.raw`\s+`))
      .join("|") +
    String.raw`)(?![\p{L}\p{N}])`,
  "giu",
);

/** A Kazakh case ending at the end of a name: any after a hyphen, the unambiguous ones without. */
const KAZAKH_ENDING = new RegExp(
  String.raw`(?:(?<=\S)[-‐‑–](?:${[...kkEndings()].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})` +
    String.raw`|(?<=\p{Script=Cyrillic}{3})(?:${KEY_KAZAKH_ENDINGS.map(escapeRegExp).join("|")}))$`,
  "u",
);

const NOT_LETTER = /[^\p{L}\p{N}]/gu;
const MARKS = /\p{M}/gu;
const NON_ASCII_LATIN = new RegExp(`[${Object.keys(LATIN_LETTERS).join("")}]`, "gu");

/** The name folded: no legal form, quotes, punctuation or case ending, Latin letters, lower case, no spaces. */
export function foldName(name: string): string {
  const bare = name.normalize("NFKC").replace(DROPPED_WORDS, " ").trim().replace(KAZAKH_ENDING, "");
  const latin = cyrillicToLatin(bare).toLowerCase().replace(NON_ASCII_LATIN, (ch) => LATIN_LETTERS[ch]!);
  const folded = latin.normalize("NFD").replace(MARKS, "").replace(NOT_LETTER, "");
  return folded === "" ? name.toLowerCase().replace(/\s+/g, "") : folded;
}

const DOUBLED = /(.)\1+/g;

/** The phonetic skeleton of a folded name: the folds repeated until nothing changes. */
export function skeletonOf(folded: string): string {
  let s = folded;
  for (let previous = ""; previous !== s;) {
    previous = s;
    s = s.replace(DOUBLED, "$1");
    for (const [from, to] of SKELETON_FOLDS) s = s.replace(from, to);
    for (const [from, to] of WORD_VARIANTS) s = s.replace(from, to);
  }
  return s;
}

/** An acronym ("CNNC", "КННК", "KEGOC"): its letters are not sounds, it is keyed by its folded letters. */
const ACRONYM = /^[\p{Lu}\p{N}&.\-]{2,8}$/u;

/** The form of a name that keys compare: the folded letters of an acronym, else the skeleton. */
function comparable(name: string): string {
  const folded = foldName(name);
  return ACRONYM.test(name.trim()) ? folded : skeletonOf(folded);
}

interface GazetteerKeys {
  /** Every nominative gazetteer alias to its entry's key: the entry's first alias folded. */
  nominative: ReadonlyMap<string, string>;
  /** The comparable form (see comparable) of every nominative alias to its key. The first entry to claim one keeps it. */
  comparable: ReadonlyMap<string, string>;
}

/** Built on the first key asked for, not on import: folding ~1,000 aliases costs about 60 ms. */
let gazetteerKeys: GazetteerKeys | undefined;
function tables(): GazetteerKeys {
  if (gazetteerKeys) return gazetteerKeys;
  const nominative = new Map<string, string>();
  for (const entry of ORGANIZATIONS) {
    const aliases = entry.aliases.map((a) => a.split("|")[0]!.replace(/^=/, "").replace(/~/g, ""));
    const key = foldName(aliases[0]!);
    for (const alias of aliases) if (!nominative.has(alias)) nominative.set(alias, key);
  }
  const byForm = new Map<string, string>();
  for (const [alias, key] of nominative) {
    const form = comparable(alias);
    if (!byForm.has(form)) byForm.set(form, key);
  }
  return (gazetteerKeys = { nominative, comparable: byForm });
}

/** The key of a gazetteer form written as the recognizer knows it (a Russian case form included), or undefined. */
function knownFormKey(name: string): string | undefined {
  const nominative = lookupGazetteer(name.trim())?.name;
  return nominative === undefined ? undefined : tables().nominative.get(nominative);
}

/**
 * Keys already computed, by name. Speed: a corpus names the same organizations again and again (the
 * dev sets: 2,000 keys of 782 names); a hit costs a map lookup instead of ~15 µs of folding. Cleared
 * when full, so memory stays bounded over any number of documents.
 */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_SIZE = 20_000;

/** The canonical key of an organization name (a mention's `name` or a deal party's). */
export function organizationKey(name: string): string {
  const cached = KEY_CACHE.get(name);
  if (cached !== undefined) return cached;
  const form = comparable(name);
  const key = tables().comparable.get(form) ?? knownFormKey(name) ?? form;
  if (KEY_CACHE.size >= KEY_CACHE_SIZE) KEY_CACHE.clear();
  // (copies that keep no document alive: see ownString)
  const owned = ownString(key);
  KEY_CACHE.set(ownString(name), owned);
  return owned;
}

/**
 * The keys of a document's aliases (a mention's `aliases`, see aliases.ts): the key of each alias
 * alone → the key of the name it is an alias of, so that "HGS" keys as "Henan Gold Smelting Co." in
 * that document. Empty (no allocation) when no mention has aliases.
 */
export function aliasKeys(mentions: readonly { type: string; name?: string; aliases?: string[] }[]): ReadonlyMap<string, string> {
  let map: Map<string, string> | undefined;
  for (const m of mentions) {
    if (m.type !== "organization" || !m.aliases || m.name === undefined) continue;
    const key = organizationKey(m.name);
    for (const alias of m.aliases) {
      const own = organizationKey(alias);
      if (own !== key && !(map ??= new Map()).has(own)) map.set(own, key);
    }
  }
  return map ?? NO_ALIASES;
}
const NO_ALIASES: ReadonlyMap<string, string> = new Map();
