/**
 * Canonical keys for organizations: the same company under any spelling, script, case form or
 * legal form gets one key, so that deals about it meet across articles ("Синопек", "Sinopec",
 * "China Petrochemical", "Sinopec Corp." → "sinopec").
 *
 * 1. A gazetteer alias (lexicons/organizations.ts) keys to its entry's first alias.
 * 2. Otherwise the name is folded: quotes, punctuation and legal forms dropped, Cyrillic read
 *    into Latin letters (lexicons/transliteration.ts: Chinese syllables in Palladius spelling back
 *    to pinyin, other letters by a fixed table), lower case, no spaces.
 * A folded name that is a gazetteer alias once folded keys to that entry too.
 */
import { LEGAL_FORMS } from "../../lexicons/legal-forms.js";
import { ORGANIZATIONS } from "../../lexicons/organizations.js";
import { CYRILLIC_TO_LATIN, PALLADIUS } from "../../lexicons/transliteration.js";

const CYRILLIC_WORD = /\p{Script=Cyrillic}+/gu;
const LONGEST_SYLLABLE = Math.max(...Object.keys(PALLADIUS).map((s) => s.length));

/** A Cyrillic word as pinyin when it splits wholly into Palladius syllables of two or more; else null. */
function fromPalladius(word: string): string | null {
  // best[i]: pinyin of word.slice(0, i) in the fewest syllables, or undefined when it does not split
  const best: ({ text: string; count: number } | undefined)[] = [{ text: "", count: 0 }];
  for (let i = 0; i < word.length; i++) {
    const at = best[i];
    if (!at) continue;
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

function latinOf(word: string): string {
  const lower = word.toLowerCase();
  const pinyin = fromPalladius(lower);
  if (pinyin !== null) return pinyin;
  let out = "";
  for (const ch of lower) out += CYRILLIC_TO_LATIN[ch] ?? ch;
  return out;
}

/** Legal forms as whole words, longest first, case-insensitive. */
const LEGAL_FORM_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    [...new Set(LEGAL_FORMS.flatMap((f) => f.forms))]
      .sort((a, b) => b.length - a.length)
      .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ +/g, String.raw`\s+`))
      .join("|") +
    String.raw`)(?![\p{L}\p{N}])`,
  "giu",
);

/** The name folded: no quotes, punctuation or legal form, Latin letters, lower case, no spaces. */
export function foldName(name: string): string {
  const bare = name.normalize("NFKC").replace(LEGAL_FORM_WORDS, " ");
  const latin = bare.replace(CYRILLIC_WORD, latinOf).toLowerCase();
  const folded = latin.normalize("NFD").replace(/[^\p{L}\p{N}]/gu, "");
  return folded === "" ? name.toLowerCase().replace(/\s+/g, "") : folded;
}

/** Every alias of every gazetteer entry, folded, to the entry's key (its first alias, folded). */
const GAZETTEER_KEYS: ReadonlyMap<string, string> = (() => {
  const keys = new Map<string, string>();
  for (const entry of ORGANIZATIONS) {
    const aliases = entry.aliases.map((a) => a.split("|")[0]!.replace(/^=/, "").replace(/~/g, ""));
    const key = foldName(aliases[0]!);
    for (const alias of aliases) if (!keys.has(foldName(alias))) keys.set(foldName(alias), key);
  }
  return keys;
})();

/** The canonical key of an organization name (a mention's `name` or a deal party's). */
export function organizationKey(name: string): string {
  const folded = foldName(name);
  return GAZETTEER_KEYS.get(folded) ?? folded;
}
