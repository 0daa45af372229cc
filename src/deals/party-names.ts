/**
 * One key per organization a document names, so that its other names are the same party:
 * - an abbreviation in brackets right after a name ("Kazakhstan Temir Zholy (KTZ)"), or inside the
 *   name's own span ("China Machinery Engineering Corporation (CMEC)": the name is reported without it),
 *   and that abbreviation used alone later in the document;
 * - two aliases of one gazetteer entry (lexicons/organizations.ts: "KazMunayGas" and "KMG");
 * - a name and the same name with company words after it ("Хуаши", "Хуаши Энерджи": shortForms), in either script
 *   ("Шэньхуа", "Shenhua Energy"), or with a place or country word before it ("Hengyuan New Materials", "Zhejiang
 *   Hengyuan New Materials").
 */
import type { Mention } from "../types.js";
import { ORGANIZATIONS } from "../../lexicons/organizations.js";
import { COUNTRY_CUES } from "../../lexicons/countries.js";
import { CYRILLIC_COMPANY_WORDS } from "../../lexicons/org-heads.ru.js";
import { EN_NAME_EXTENSION_WORDS, LATIN_ORGANIZATION_WORDS } from "../../lexicons/org-heads.en.js";
import { organizationKey } from "../organizations/keys.js";
import { ownString } from "../own-string.js";
import { registerPattern } from "../regex.js";

/**
 * A name's key: lower case, quotes as spaces, no final period or comma, single spaces.
 * Speed: keys already computed, by name (cleared when full, as keys.ts KEY_CACHE): a document names its
 * parties again and again, and each name is keyed for every sentence it is in (a bloc test, the party
 * key); four replaces a call before. See sentence-parties.ts for the figure.
 */
export function partyKey(name: string): string {
  const cached = PARTY_KEYS.get(name);
  if (cached !== undefined) return cached;
  const key = name.toLowerCase().replace(/["«»“”„'’`]/g, " ").replace(/[.,]+$/g, "").replace(/\s+/g, " ").trim();
  if (PARTY_KEYS.size >= PARTY_KEYS_SIZE) PARTY_KEYS.clear();
  // (copies that keep no document alive: see ownString)
  const owned = ownString(key);
  PARTY_KEYS.set(ownString(name), owned);
  return owned;
}
const PARTY_KEYS = new Map<string, string>();
const PARTY_KEYS_SIZE = 20_000;

/** An abbreviation: two to twelve capitals, digits, "&", "." or "-", with at least two capitals. */
const ABBREVIATION = registerPattern("deal.party.abbreviation", /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\p{N}&.\-]{2,12}$/u);
/** The text between a name and its bracketed abbreviation; the period of a legal form may stand in it ("Co. ("). */
const OPEN_BRACKET = registerPattern("deal.party.open-bracket", /^\.?\s*\(\s*$/u);
const CLOSE_BRACKET = registerPattern("deal.party.close-bracket", /^\s*\)/u);

let gazetteer: Map<string, string> | null = null;

/** Company words in lower case (CYRILLIC_COMPANY_WORDS, LATIN_ORGANIZATION_WORDS, EN_NAME_EXTENSION_WORDS): what a short form of a name leaves out. */
const COMPANY_WORD_KEYS: ReadonlySet<string> = new Set([...CYRILLIC_COMPANY_WORDS, ...LATIN_ORGANIZATION_WORDS, ...EN_NAME_EXTENSION_WORDS].map((w) => w.toLowerCase()));

/** Country and place words that a country cue is whole ("zhejiang", "china", "kazakh"): what a short form leaves out before a name. */
const PLACE_WORD_KEYS: ReadonlySet<string> = new Set(COUNTRY_CUES.flatMap((c) => c.stems).filter((s) => s.length >= 4 && !s.includes(" ")));

/** Key of every gazetteer alias (nominative) → one key per entry. Built on first use. */
function gazetteerKeys(): Map<string, string> {
  if (gazetteer) return gazetteer;
  gazetteer = new Map();
  ORGANIZATIONS.forEach((entry, n) => {
    for (const alias of entry.aliases) {
      const nominative = alias.split("|")[0]!.replace(/^=/, "").replace(/~/g, "");
      const key = partyKey(nominative);
      if (key !== "" && !gazetteer!.has(key)) gazetteer!.set(key, `#${n}`);
    }
  });
  return gazetteer;
}

export function isAbbreviation(name: string): boolean {
  return ABBREVIATION.test(name);
}

/** The party names of one document. */
export class PartyNames {
  private readonly aliases = new Map<string, string>();

  /** The party's key: the same for every name of one organization. */
  keyOf(name: string): string {
    const key = partyKey(name);
    return this.aliases.get(key) ?? gazetteerKeys().get(key) ?? key;
  }

  /** A name without the abbreviation in brackets it ends with; the abbreviation becomes an alias. */
  split(name: string): string {
    if (!name.endsWith(")")) return name;
    const open = name.lastIndexOf("(");
    const abbreviation = name.slice(open + 1, -1);
    const head = name.slice(0, Math.max(open, 0)).trimEnd();
    if (open < 1 || head === "" || !isAbbreviation(abbreviation)) return name;
    this.alias(abbreviation, head);
    return head;
  }

  /** Whether `text` between two names and after the second brackets the second one ("A (B)"). */
  static bracketed(between: string, after: string): boolean {
    return OPEN_BRACKET.test(between) && CLOSE_BRACKET.test(after);
  }

  /**
   * Names that another name of the document extends with company words only ("Хуаши" and "Хуаши Энерджи", "Huashi"
   * and "Huashi Energy Group"): one party, keyed as the longer (whose fuller name then wins, see addParties). Not two
   * distinct entries of the gazetteer ("Samruk-Kazyna" and a subsidiary it knows). Read once per document, before its
   * parties; linear in the names' words (each name's word-boundary prefixes are looked up).
   */
  shortForms(names: readonly string[]): void {
    if (names.length < 2) return;
    const keys = new Set<string>();
    for (const name of names) keys.add(partyKey(name));
    if (keys.size < 2) return;
    const known = gazetteerKeys();
    // the names by their canonical key (src/organizations/keys.ts, one for both scripts): "Шэньхуа" is the short form
    // of "Shenhua Energy" written in the other script
    const canonical = new Map<string, string>();
    for (const k of keys) canonical.set(organizationKey(k), k);
    // (and the same name in both scripts: "Шэньхуа" and "Shenhua")
    for (const k of keys) {
      const same = canonical.get(organizationKey(k))!;
      if (same !== k && !this.aliases.has(k)) this.aliases.set(k, this.keyOf(same));
    }
    for (const long of keys) {
      // a place or country word before a name of two words or more: "zhejiang hengyuan new materials" is
      // "hengyuan new materials" (the headline names it short, the body in full)
      const first = long.indexOf(" ");
      if (first > 0 && PLACE_WORD_KEYS.has(long.slice(0, first)) && long.indexOf(" ", first + 1) > 0) {
        const short = long.slice(first + 1);
        const a = known.get(short), b = known.get(long);
        if (keys.has(short) && !this.aliases.has(short) && (a === undefined || b === undefined || a === b)) this.aliases.set(short, this.keyOf(long));
      }
      // from the longest prefix down: the words after it must all be company words
      let end = long.length;
      for (let cut = long.lastIndexOf(" "); cut > 0; cut = long.lastIndexOf(" ", cut - 1)) {
        if (!COMPANY_WORD_KEYS.has(long.slice(cut + 1, end))) break;
        end = cut;
        const prefix = long.slice(0, cut);
        const short = keys.has(prefix) ? prefix : canonical.get(organizationKey(prefix));
        if (short === undefined || short === long || short.length < 3 || this.aliases.has(short)) continue;
        const a = known.get(short), b = known.get(long);
        if (a !== undefined && b !== undefined && a !== b) continue;
        this.aliases.set(short, this.keyOf(long));
      }
    }
  }

  /** Records `abbreviation` as another name of `name`. */
  alias(abbreviation: string, name: string): void {
    const key = partyKey(abbreviation);
    if (!this.aliases.has(key)) this.aliases.set(key, this.keyOf(name));
  }
}

/** The names of a document's organization mentions. */
export function organizationNames(mentions: readonly Mention[]): string[] {
  const out: string[] = [];
  for (const m of mentions) if (m.type === "organization") out.push(m.name);
  return out;
}

/** Whether `long` is `short` with words after it ("KTZ Express" of "KTZ", "Samruk-Kazyna Energy" of "Samruk-Kazyna"), any case. */
export function extendsName(long: string, short: string): boolean {
  if (long.length <= short.length + 1 || long.slice(0, short.length).toLowerCase() !== short.toLowerCase()) return false;
  const c = long.charCodeAt(short.length);
  return c === 0x20 || c === 0x2d || c === 0xa0;
}
