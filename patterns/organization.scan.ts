/**
 * One scan for every word-start trigger of the organization stage: gazetteer forms and the
 * Kazakh and Russian institution heads. The scan only finds candidate word starts; the
 * triggers' own patterns (GAZETTEER, KK_HEAD, RU_HEAD, sticky) are then tried there.
 * Three scans over the whole text cost three times one; the heads' `i` flag and a look-behind
 * in front cost V8 more than the tries themselves (see plainNonWord in src/organizations/scan.ts).
 */
import { UNQUOTED_NAME_FORMS } from "../lexicons/legal-forms.js";
import { CYRILLIC_CHINESE_NAME_STARTS, CYRILLIC_COMPANY_WORDS } from "../lexicons/org-heads.ru.js";
import { gazetteerForms } from "../src/organizations/gazetteer.js";
import { PLAIN, plainExcept, plainNonWord } from "../src/organizations/scan.js";
import { firstCharLookahead, trieAlternation } from "../src/organizations/trie.js";
import { isLatinLetterCode } from "../src/latin-letters.js";
import { lazy, registerPattern } from "../src/regex.js";
import { KK_HEAD_FORMS } from "./organization.kk.js";
import { ruHeadForms } from "./organization.ru.js";
import { orgPattern } from "./organization.js";

/**
 * A text with a character outside the plain blocks: word starts need the exact look-behind. No `u`
 * flag: a character outside the Basic Multilingual Plane is a surrogate pair, and not plain either.
 */
export const NOT_PLAIN = registerPattern("organization.not-plain", new RegExp(`[^${PLAIN}]`));

/**
 * The Latin letters of the plain blocks (ASCII and the Latin-1 letters, "Müller", "Société"; those of Latin Extended,
 * "Çalık"'s "ı", are not plain and take the exact path), and the quote characters that open a quoted name (QUOTED).
 */
export const LATIN_LETTERS = Array.from({ length: 0x100 }, (_, c) => String.fromCharCode(c)).filter((ch) => isLatinLetterCode(ch.charCodeAt(0))).join("");
export const OPENING_QUOTES = "\"«“„";

/** How many first characters of a gazetteer form or a head the scans hold (see buildOrganizationScans). */
const GAZETTEER_SCAN_PREFIX = 6;
const HEAD_SCAN_PREFIX = 5;
/**
 * The same for the Kazakh scans, longer: many Kazakh words share the first five or six characters of a
 * head or a gazetteer form, and each such word start is a call of the sticky patterns. Speed: over the
 * Kazakh dev texts 1,580 -> 1,342 candidate starts, and the scan with those calls 1.68-1.74 -> 1.53 ms
 * (min of 30 interleaved rounds; the scan alone is faster too, 1.47-1.49 -> 1.34 ms). Longer prefixes
 * (8 and 7, 10 and 8) were slower; on Russian texts no longer prefixes paid (6 and 6, 8 and 5 to 8 and 7,
 * 10 and 6: all within the noise or slower), so the Russian and "und" scans keep the shorter ones.
 */
const KK_GAZETTEER_SCAN_PREFIX = 8;
const KK_HEAD_SCAN_PREFIX = 6;

/** The distinct first `length` characters of the words. */
const prefixes = (words: readonly string[], length: number): string[] => [...new Set(words.map((w) => w.slice(0, length)))];

/** The abbreviated Cyrillic legal forms that may stand next to an unquoted name. */
const UNQUOTED_FORMS = Object.keys(UNQUOTED_NAME_FORMS);
/**
 * Words the scans find beside the gazetteer's forms: the abbreviated legal forms above, the company words
 * borrowed from English in Cyrillic ("Групп", "Моторс": src/organizations/sources/company-words.ts), whose own
 * global scan (a look-behind at every capital) cost the stage a third more over the news corpus, and the Chinese
 * provinces and cities that start a company's name (src/organizations/sources/chinese-cyrillic.ts), whose own scan
 * was 3% of extract() samples over the bench mix.
 */
const SCANNED_WORDS = [...UNQUOTED_FORMS, ...CYRILLIC_COMPANY_WORDS, ...CYRILLIC_CHINESE_NAME_STARTS];

export let UNQUOTED_FORM_FIRST_CHARS: ReadonlySet<string>;
export let TRIGGER_FIRST_CHARS: ReadonlySet<string>;
export let TRIGGER_AFTER_NON_WORD: RegExp;
/**
 * The trigger scans of a text whose language reads Kazakh heads, Russian heads or both ("und"): the
 * scan alone, and the scan that also matches a Latin letter or an opening quote, or a Latin letter,
 * as one character (see buildOrganizationScans).
 */
export interface TriggerScans { plain: RegExp; latinOrQuote: RegExp; latin: RegExp }
export let TRIGGER_SCANS: { kk: TriggerScans; ru: TriggerScans; both: TriggerScans };
export let GAZETTEER_AFTER_NON_WORD: RegExp;
export let TRIGGER_AT_TEXT_START: RegExp;
export let TRIGGER_AT_WORD_START: RegExp;

/**
 * Builds the scans below on first use (the organization stage calls it before its sources run):
 * their tries over every gazetteer form and head cost about 0.1 s of CPU at import.
 */
export const buildOrganizationScans = lazy((): void => {
  for (const head of [...KK_HEAD_FORMS.keys(), ...ruHeadForms().keys()]) {
    // the "[мМ]" classes equal the `i` flag for plain literals only (see src/organizations/scan.ts)
    if (NOT_PLAIN.test(head)) throw new Error(`kzdeals: organization head "${head}" has a character outside the plain blocks`);
  }
  const forms = gazetteerForms();
  /**
   * The scans' tries hold the first GAZETTEER_SCAN_PREFIX characters of each gazetteer form and the first
   * HEAD_SCAN_PREFIX of each head, not the whole words: a scan only finds the word starts where a trigger
   * may start, and the sticky patterns (GAZETTEER, KK_HEAD, RU_HEAD) decide there, so a prefix finds
   * every start the whole word found (and a few more). Where no gazetteer prefix starts, no gazetteer
   * form does: the scan's "no gazetteer here" group stays exact. Speed: V8 does not fully optimize a
   * regex whose source is over 20 KB (kRegExpTooLargeToOptimize); the whole-word scan had grown to
   * 21.3 KB and ran about 3 times slower than the same scan under the limit (10-11 ms against 3-4 ms
   * of CPU over the dev texts; 20,413 characters 2-6 ms, 20,513 characters 10-15 ms). With prefixes
   * the scan is about 8.5 KB, and the gazetteer can grow a long way before it nears the limit (a test
   * in test/organization-scan.test.ts keeps it under).
   */
  const GAZETTEER_TRIE = trieAlternation(prefixes([...forms.keys(), ...SCANNED_WORDS], GAZETTEER_SCAN_PREFIX));
  /** Kazakh and Russian heads (lower case in the lexicons), in any case: one trie, as they share stems ("банк"). */
  const HEAD_TRIE = trieAlternation(prefixes([...KK_HEAD_FORMS.keys(), ...ruHeadForms().keys()], HEAD_SCAN_PREFIX), true);

  /**
   * The abbreviated Cyrillic legal forms that may stand next to an unquoted name (case-sensitive)
   * are found by the same scans as gazetteer forms: they join the scans' gazetteer trie (not the
   * GAZETTEER pattern), which costs the scan nothing measurable (a separate alternative cost it ~10%).
   * The caller tests a form at each trigger that starts with one of their first characters.
   */
  UNQUOTED_FORM_FIRST_CHARS = new Set(UNQUOTED_FORMS.map((f) => f[0]!));

  /** Characters a trigger may start with (the scan cannot see the text start, where no character comes before). */
  TRIGGER_FIRST_CHARS = new Set([
    ...[...forms.keys(), ...SCANNED_WORDS].map((f) => f[0]!),
    ...[...KK_HEAD_FORMS.keys(), ...ruHeadForms().keys()].flatMap((h) => [h[0]!.toLowerCase(), h[0]!.toUpperCase()]),
  ]);

  /**
   * The gazetteer trie behind a look-ahead on its first characters (mostly capitals): most word
   * starts are rejected by one class test instead of a test per branch of the trie.
   */
  const gazetteerAtWord = (trie: string) => `${firstCharLookahead([...forms.keys(), ...SCANNED_WORDS])}(?:${trie})`;
  const GAZETTEER_AT_WORD = gazetteerAtWord(GAZETTEER_TRIE);

  /**
   * A plain non-word character, then a gazetteer form or a head: the trigger starts one character
   * after the match (a match of two or more characters). Or one character outside the plain blocks
   * (a match of one character): the text then needs the exact path, and this scan needs no separate
   * NOT_PLAIN pass over the text. No `u` flag: it costs V8 a slower scan, and the tries and classes
   * are plain characters of the Basic Multilingual Plane. The empty group 1 takes part when the
   * gazetteer failed and a head matched: the gazetteer's own pattern then need not be tried there
   * (unnamed: a named group costs V8 a groups object per match).
   *
   * Each scan also comes as one that matches, as one character, a Latin letter or an opening quote
   * (`latinOrQuote`), or a Latin letter (`latin`): the stage needs the first of each (its sources'
   * anchors), and the scan reads every character anyway; src/organizations/triggers.ts runs one of
   * these until it has found them, then the plain scan. Speed: a separate scan for them
   * (organization.latin-or-quote) read the whole of every text without one (most Kazakh and Russian
   * texts): scan and separate pass 3.1-3.3 ms, the combined scans 2.6-2.7 ms over the seeds and dev
   * texts (interleaved runs).
   *
   * Kazakh text reads Kazakh heads only, Russian text Russian heads only: their scans hold only those
   * heads (a trie root with fewer branches, tried at every word start: over the Kazakh dev texts
   * 1.59-1.63 ms instead of 1.48-1.54, the Russian 0.89-0.94 instead of 0.78-0.83). The word starts
   * they leave out are those of the other language's heads, where the stage tries no head pattern
   * (and a gazetteer form or legal form starts there only where the gazetteer trie matches).
   */
  const scansOf = (name: string, headForms: readonly string[], gazetteerPrefix = GAZETTEER_SCAN_PREFIX, headPrefix = HEAD_SCAN_PREFIX): TriggerScans => {
    const gazetteer = gazetteerPrefix === GAZETTEER_SCAN_PREFIX ? GAZETTEER_AT_WORD
      : gazetteerAtWord(trieAlternation(prefixes([...forms.keys(), ...SCANNED_WORDS], gazetteerPrefix)));
    const parts = { gazetteer, heads: headForms === BOTH ? HEAD_TRIE : trieAlternation(prefixes(headForms, headPrefix), true) };
    const scan = (suffix: string, single: string) =>
      orgPattern(`${name}${suffix}`, String.raw`[${plainNonWord()}] (?: {{gazetteer}} | {{heads}} () ) | [^${single}]`, parts, "g");
    return {
      plain: scan("", PLAIN),
      latinOrQuote: scan("-latin-quote", plainExcept(LATIN_LETTERS + OPENING_QUOTES)),
      latin: scan("-latin", plainExcept(LATIN_LETTERS)),
    };
  };
  const BOTH = [...KK_HEAD_FORMS.keys(), ...ruHeadForms().keys()];
  TRIGGER_SCANS = {
    kk: scansOf("organization.trigger-scan.kk", [...KK_HEAD_FORMS.keys()], KK_GAZETTEER_SCAN_PREFIX, KK_HEAD_SCAN_PREFIX),
    ru: scansOf("organization.trigger-scan.ru", [...ruHeadForms().keys()]),
    both: scansOf("organization.trigger-scan", BOTH),
  };
  TRIGGER_AFTER_NON_WORD = TRIGGER_SCANS.both.plain;

  /**
   * The scans' test at the text start (where no character comes before it), sticky: a trigger starts
   * there only where this matches (group 1 as in the scans). Speed: most texts start with a capital,
   * which may start a gazetteer form or a head; the sticky GAZETTEER and head patterns were tried there
   * (two or three calls) for every such text, this one decides for the most: over the seeds and dev
   * texts 6,899 instead of 8,794 sticky regex calls per pass (a small gain, within the noise of the
   * stage's interleaved timings).
   */
  TRIGGER_AT_TEXT_START = orgPattern(
    "organization.trigger-at-start",
    String.raw`(?: {{gazetteer}} | {{heads}} () )`,
    { gazetteer: GAZETTEER_AT_WORD, heads: HEAD_TRIE },
    "y",
  );

  /** The same for English text (no Kazakh or Russian heads). */
  GAZETTEER_AFTER_NON_WORD = orgPattern(
    "organization.gazetteer-scan",
    String.raw`[${plainNonWord()}] (?: {{gazetteer}} ) | [^${PLAIN}]`,
    { gazetteer: GAZETTEER_AT_WORD },
    "g",
  );

  /**
   * The exact test for the word starts near characters outside the plain blocks: a look-behind word
   * start, and the `i` flag (a character outside the plain blocks may fold to a head's letter; this
   * may accept more than the gazetteer's case-sensitive pattern does). Sticky: tried at the word starts
   * of a window around each such character (see `TRIGGER_SCAN_REACH`).
   */
  TRIGGER_AT_WORD_START = orgPattern(
    "organization.trigger-scan-exact",
    String.raw`(?<![\p{L}\p{N}]) (?: {{gazetteer}} | {{heads}} )`,
    { gazetteer: GAZETTEER_TRIE, heads: HEAD_TRIE },
    "yiu",
  );

});

/**
 * The longest prefix of a gazetteer form or a head that a scan holds, in code units: a scan's match
 * after its first character spans at most this many characters, counting a run of spaces and tabs
 * (one space of a form) as one. A trigger that starts further before a character outside the plain
 * blocks has its prefix in plain text before it, where the plain scan finds it.
 */
export const TRIGGER_SCAN_REACH = Math.max(GAZETTEER_SCAN_PREFIX, HEAD_SCAN_PREFIX, KK_GAZETTEER_SCAN_PREFIX, KK_HEAD_SCAN_PREFIX);
