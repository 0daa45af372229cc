/**
 * Organization patterns shared by every language: quoted names, legal forms, Latin-script
 * names with a legal suffix, Latin capitalized sequences, media domains and the gazetteer.
 * Language-specific head words are in organization.kk.ts, organization.ru.ts, organization.en.ts.
 */
import { COUNTRY_CUES, COUNTRY_QUALIFIERS_AFTER } from "../lexicons/countries.js";
import { LATIN_COMPOUND_FORMS, LATIN_NATIONAL_DESIGNATIONS, LATIN_PREFIX_FORMS, LATIN_SUFFIX_FORMS, LEGAL_FORMS, NATIONAL_DESIGNATIONS, NESTED_NAME_DESIGNATIONS, NESTED_NAME_DESIGNATIONS_AFTER } from "../lexicons/legal-forms.js";
import { LATIN_NAME_CONNECTORS, ORIGINAL_NAME_CONNECTORS } from "../lexicons/org-heads.en.js";
import { CYRILLIC_CHINESE_NAME_STARTS, CYRILLIC_COMPANY_WORDS } from "../lexicons/org-heads.ru.js";
import { gazetteerForms } from "../src/organizations/gazetteer.js";
import { kkEndings } from "../src/organizations/inflect.js";
import { firstCharLookahead, trieAlternation } from "../src/organizations/trie.js";
import { LATIN_ALPHA, LATIN_UPPER } from "../src/latin-letters.js";
import { lazy, registerPattern, WORD_END, WORD_START } from "../src/regex.js";
import { compactPattern } from "./number.js";

/**
 * Builds and registers an organization pattern as a plain RegExp: `{{part}}` is replaced by the
 * part, the `x` layout is compacted here. Native named groups; `\p{L}` stays a compact property
 * class (XRegExp would expand it), and the regex keeps V8's fast `exec` path.
 */
export function orgPattern(name: string, template: string, parts: Record<string, string> = {}, flags = "gux"): RegExp {
  const source = template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const part = parts[key];
    if (part === undefined) throw new Error(`kzdeals: pattern ${name} has no part ${key}`);
    return `(?:${part})`;
  });
  return registerPattern(name, new RegExp(compactPattern(source), flags.replace("x", "")));
}

/** Kazakh endings after a name ("ҚазМұнайГазға", "CNPC-мен"), optionally after a hyphen. */
export let KK_NAME_ENDING: string;

/**
 * A company word borrowed from English and written in Cyrillic (CYRILLIC_COMPANY_WORDS: "Групп", "Моторс"), as a
 * whole word, with a Kazakh case ending after it ("Групптың"); group 1: the word. Sticky, tried at the word starts
 * the trigger scan finds (src/organizations/triggers.ts). Built with the shared patterns.
 */
export let CYRILLIC_COMPANY_WORD: RegExp;

/** Every legal form as written, case-sensitive ("ТОО", "АҚ", "LLP", "акционерное общество"). */
export let LEGAL_FORM: string;
/** The first characters of the legal forms (LEGAL_AFTER needs one after its spaces). */
export const LEGAL_FORM_INITIALS: ReadonlySet<string> = new Set(LEGAL_FORMS.flatMap((f) => f.forms.map((w) => w[0]!)));

/**
 * A quoted name: «…» (one level of «…» or „…“ nesting), "…" with a nested "…"" at its end
 * (ЗАО "Сервисный центр "Энергия""), "…", “…”, „…“. Bounded lengths keep it linear.
 */
export const QUOTED = orgPattern(
  "organization.quoted",
  String.raw`
    « [^«»\n]{1,80} (?: [«„“] [^«»„“”\n]{1,60} [»“”] [^«»\n]{0,40} )? »
  | " [^"\n]{1,60} \s " [^"\n]{1,60} ""
  | " [^"\n]{1,80} "
  | “ [^“”\n]{1,80} ”
  | „ [^„“”\n]{1,80} [“”]
  `,
  {},
  "gux",
);

/** A legal form just before a quoted name (the slice ends at the opening quote). */
export let LEGAL_BEFORE_QUOTE: RegExp;

/**
 * The outer part of a Russian nested national-company name before its inner quoted name (the slice
 * ends at the inner opening quote): an optional legal form, the outer quote and the designation
 * (NATIONAL_DESIGNATIONS): `АО «НК ` of `АО «НК «КазМунайГаз»»`; unnested, the form and the designation
 * without the outer quote: `АО НК ` of `АО НК «КазМунайГаз»`. Group 1 (nested) or 2 (unnested): the form.
 */
export let NATIONAL_BEFORE: RegExp;

/**
 * A designation after a quoted name: in a Kazakh nested national-company name with the outer closing
 * quote (`ҰК»` of `«Қазақстан темір жолы» ҰК» АҚ`), or between the name and its legal form, unnested
 * (`ҰК` of `«ҚТЖ» ҰК АҚ`); sticky, at the designation (the caller skips the blanks before it: a
 * leading run of blanks would make a scan quadratic).
 */
export let NATIONAL_AFTER: RegExp;

/** A name's leading designation before its inner quoted name (ASCII quotes: "НК "КазМунайГаз""). */
export let NATIONAL_LEADING: RegExp;

/**
 * A legal form just after a name, with a Kazakh ending ("«X» ЖШС-нің"); sticky at the name's end.
 * Group 1: the form (unnamed: a named group costs V8 a groups object per match).
 */
export let LEGAL_AFTER: RegExp;

/** A Latin legal form at the end of a quoted name («Chian Chuangshi Construction Group»). */
export let LATIN_SUFFIX_AT_END: RegExp;

/**
 * One word of a Latin-script name: "SUNGROW", "Non-Ferrous", "iKang", "(SUZHOU)", "Zakon.kz", "O'Neil", and with the
 * letters beyond ASCII of src/latin-letters.ts, "Çalık", "Müller", "İnşaat"; and "No." before a number, the numbered
 * unit of a Chinese state enterprise ("China Railway No. 21 Engineering Group", "Sinohydro Bureau No. 8").
 */
const LATIN_WORD = String.raw`(?: No \. (?= [ \t]? [0-9] ) | [${LATIN_UPPER}0-9] [${LATIN_ALPHA}0-9&'’-]{0,30} (?: \. [A-Za-z0-9]{1,10} )? | [a-z]{1,3} [${LATIN_UPPER}] [${LATIN_ALPHA}0-9-]{0,30} | \( [${LATIN_UPPER}0-9] [${LATIN_ALPHA}0-9 ]{0,30} \) )`;
let CONNECTOR: string;

/**
 * What may not stand right before a Latin name (a name starts a word). Scanned patterns below
 * leave this test to `execAtWordStart` (src/organizations/scan.ts): a look-behind or look-ahead
 * at the start of a pattern stops V8 from skipping impossible start positions by their first
 * characters, which costs several times the scan.
 */
export const NOT_BEFORE_LATIN = registerPattern("organization.not-before-latin", /[\p{L}\p{N}&'’.-]/u);

/**
 * An acronym in Cyrillic or Latin capitals (2–8, digits after the first; a second part after a hyphen: "ZANU-PF"), and
 * a Russian case ending glued to it in lower case ("ВГИКе"; group 1). No word may start before it (the caller tests
 * the character before a match with NOT_BEFORE_WORD): a scanned pattern with no look-behind in front.
 */
export const ACRONYM = registerPattern(
  "organization.acronym",
  /[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9]{1,7}(?:-[A-ZА-ЯЁ0-9]{1,6}(?![a-zа-яё]))?([а-яё]{1,3})?(?![\p{L}\p{N}])/gu,
);
/** What may not stand before an acronym: a letter, digit or joining sign of a word. */
export const NOT_BEFORE_WORD = registerPattern("organization.not-before-word", /[\p{L}\p{N}&'’-]/u);

/** A Latin letter, ASCII or beyond (the first of a text, the next Latin run). */
export const ANY_LATIN = registerPattern("organization.any-latin", new RegExp(`[${LATIN_ALPHA}]`, "g"));

/**
 * A Latin name ending in a legal form: "SUNGROW Renewables Development Co., Ltd", "China Huadian
 * Corporation" (at a word start, see NOT_BEFORE_LATIN). Sticky: tried only at the word starts before
 * a LATIN_LEGAL_FORM (below), not scanned. Groups: 1 the name, 2 the form, 3 the form's period (numbered, not
 * named: V8 builds a groups object for every match of a pattern with named groups).
 */
export let LATIN_LEGAL: RegExp;

/**
 * A legal form of LATIN_LEGAL: the rare anchor that gates LATIN_LEGAL (a name is tried only in the
 * run of name characters before one). The separator before it is tested by the caller (a class in
 * front would make every space a start position for the scan).
 */
export let LATIN_LEGAL_FORM: RegExp;

/** A run of Latin-script words in Cyrillic text: "China Non-Ferrous Mining", "YTO Cargo Airlines" (at a word start, see NOT_BEFORE_LATIN). */
export let LATIN_SEQUENCE: RegExp;
/**
 * A Kazakh or Russian legal form written in Latin before an unquoted Latin name (LATIN_PREFIX_FORMS: "JSC Orda Energy",
 * "LLP Nur Tau", "JSC NC KazMunayGas"). Scanned; the word start before the form is left to the caller (see
 * NOT_BEFORE_LATIN). Groups: 1 the form, 2 the name (up to five words; a national designation before it is not part of it).
 */
export let LATIN_LEGAL_BEFORE: RegExp;
/** LATIN_LEGAL_BEFORE, sticky. */
export let LATIN_LEGAL_BEFORE_AT: RegExp;

/** A news site named by its domain: "Zakon.kz", "BAQ.KZ", "newsroom.kz" (not inside a URL or an e-mail). */
export const MEDIA_DOMAIN = registerPattern(
  "organization.domain",
  new RegExp(
    String.raw`(?<![\p{L}\p{N}./@:-])[A-Za-z][A-Za-z0-9-]{1,30}\.(?:kz|KZ|Kz|ru|RU|com|cn|net|org|info|news|media|uz|kg)(?![\p{L}\p{N}/@-])(?!\.[A-Za-z])`,
    "gu",
  ),
);

/**
 * An abbreviation in brackets after a name, sticky at the bracket: "(CNCEC)", "(ZANU-PF)", "(НДОА)".
 * Group 1: the abbreviation (two capitals at least, the last one a capital or up to two digits after it).
 */
export const ALIAS_IN_BRACKETS = orgPattern(
  "organization.alias-in-brackets",
  String.raw`\( [ \t]* ( \p{Lu} [\p{Lu}\p{N}&-]{0,10} \p{Lu} \p{N}{0,2} ) [ \t]* \)`,
  {},
  "yux",
);

/**
 * An organization's own Latin name in brackets after its Cyrillic name, and its abbreviation after a comma, sticky at the
 * bracket: "ТОО «Хуаши Энерджи» (Huashi Energy)", "(King’s College London, KCL)", "(Rassemblement pour le Mali, RPM)".
 * Group 1: the name (a capitalized Latin word, then up to seven words, capitalized or LATIN_NAME_CONNECTORS and the
 * French and German ones of ORIGINAL_NAME_CONNECTORS); group 2: the abbreviation. src/organizations/aliases.ts tests
 * the rest (the name's last word, its capitals, the abbreviation's letters).
 */
export const ORIGINAL_IN_BRACKETS = orgPattern(
  "organization.original-in-brackets",
  String.raw`\( [ \t]* ( {{word}} (?: [ \t]+ (?: {{word}} | {{connector}} ) ){0,7} ) (?: [ \t]* , [ \t]* ( \p{Lu} [\p{Lu}\p{N}&-]{0,10} \p{Lu} ) )? [ \t]* \)`,
  {
    word: String.raw`[${LATIN_UPPER}] [\p{L}\p{N}&'’.-]{0,30}`,
    connector: [...LATIN_NAME_CONNECTORS, ...ORIGINAL_NAME_CONNECTORS].join("|") + String.raw`(?![\p{L}\p{N}])`,
  },
  "yux",
);

/**
 * A word of capitals (and digits, "&", "-" after the first): where an abbreviation of ALIAS_IN_BRACKETS
 * may stand alone (src/organizations/aliases.ts tests its edges and looks it up).
 */
export const CAPITAL_WORD = registerPattern("organization.capital-word", /\p{Lu}[\p{Lu}\p{N}&-]{1,13}/gu);

/** The most characters a quoted name holds as one token (a parenthesized group: 40); src/organizations/tokens.ts reads that far. */
export const TOKEN_GROUP_LENGTH = 60;

/** Words of a short text, with parenthesized groups and quoted names as single tokens. */
export const TOKEN = registerPattern(
  "organization.token",
  new RegExp(String.raw`«[^«»\n]{1,${TOKEN_GROUP_LENGTH}}»|"[^"\n]{1,${TOKEN_GROUP_LENGTH}}"|\([^()\n]{1,40}\)|[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]`, "gu"),
);

/**
 * Any gazetteer form, with a Kazakh ending ("Самұрық-Қазынаның", "Sinopec-тің"); sticky, tried at
 * the word starts found by the trigger scan (patterns/organization.scan.ts). Group 1: the alias,
 * group 2: the ending (unnamed: a named group costs V8 a groups object per match). Two patterns, the forms that start
 * with an ASCII character and the others, each under the 20 KB up to which V8 optimizes a pattern (one over every
 * form passed it): `gazetteerPattern` gives the one for a start's first character.
 */
let GAZETTEER_ASCII: RegExp;
let GAZETTEER_OTHER: RegExp;

/** The gazetteer pattern for a form whose first character has code `code` (see GAZETTEER_ASCII). */
export function gazetteerPattern(code: number): RegExp {
  return code < 0x80 ? GAZETTEER_ASCII : GAZETTEER_OTHER;
}

/** Country cue words ("қытайлық", "китайской", "Chinese", "облысы"), case-insensitive. */
export let COUNTRY_CUE: RegExp;

/**
 * A country written right after a body's name ("МИД РК", "Минфин России"; COUNTRY_QUALIFIERS_AFTER), as a whole
 * word after one to three spaces or tabs, case-sensitive; group 1: the country. Sticky, tried at a name's end.
 */
export let COUNTRY_AFTER: RegExp;

/**
 * The shared patterns above that hold a trie of a lexicon (legal forms, designations, endings), built
 * by buildOrganizationPatterns on the stage's first text rather than at import (~7 ms of import CPU).
 */
function buildSharedPatterns(): void {
  KK_NAME_ENDING = String.raw`-?${trieAlternation(kkEndings())}`;
  CYRILLIC_COMPANY_WORD = orgPattern(
    "organization.cyrillic-company-word",
    String.raw`( {{words}} ) (?: {{ending}} )? (?![\p{L}\p{N}])`,
    { words: trieAlternation(CYRILLIC_COMPANY_WORDS), ending: KK_NAME_ENDING },
    "yux",
  );

  LEGAL_FORM = trieAlternation(LEGAL_FORMS.flatMap((f) => f.forms));
  CONNECTOR = trieAlternation(LATIN_NAME_CONNECTORS);
  // (the word start before the form is tested by its reader, src/organizations/sources/quoted.ts: a look-behind in
  // front made V8 try it at every position of the text before a quote)
  LEGAL_BEFORE_QUOTE = orgPattern(
    "organization.legal-before",
    String.raw`(?<form> {{legal}} ) [ \t]* $`,
    { legal: LEGAL_FORM },
    "gux",
  );
  NATIONAL_BEFORE = orgPattern(
    "organization.national-before",
    String.raw`(?: (?: ${WORD_START} ( {{legal}} ) [ \t]* )? [«"] [ \t]* | ${WORD_START} (?: ( {{legal}} ) [ \t]+ )? ) (?: {{designations}} ) [ \t]+ $`,
    { legal: LEGAL_FORM, designations: trieAlternation([...NATIONAL_DESIGNATIONS, ...NESTED_NAME_DESIGNATIONS]) },
    "ux",
  );
  NATIONAL_AFTER = orgPattern(
    "organization.national-after",
    // (the written-out Kazakh designations only before the outer closing quote: "«X» ұлттық компаниясы" alone is a head noun)
    String.raw`(?: {{designations}} ) (?: [»"”] | (?![\p{L}\p{N}]) ) | (?: {{written}} ) [»"”]`,
    { designations: trieAlternation(NATIONAL_DESIGNATIONS), written: trieAlternation(NESTED_NAME_DESIGNATIONS_AFTER) },
    "yux",
  );
  NATIONAL_LEADING = orgPattern(
    "organization.national-leading",
    String.raw`^ (?: {{designations}} ) [ \t]+ (?= \S )`,
    { designations: trieAlternation([...NATIONAL_DESIGNATIONS, ...NESTED_NAME_DESIGNATIONS]) },
    "ux",
  );
  LEGAL_AFTER = orgPattern(
    "organization.legal-after",
    String.raw`[ \t]* ( {{legal}} ) (?: {{ending}} )? ${WORD_END}`,
    { legal: LEGAL_FORM, ending: KK_NAME_ENDING },
    "yux",
  );
  LATIN_SUFFIX_AT_END = orgPattern(
    "organization.latin-suffix-end",
    String.raw`(?<![ \t,]) ,? [ \t]+ (?<form> {{forms}} ) \.? $`,
    { forms: trieAlternation(LATIN_SUFFIX_FORMS) },
    "ux",
  );
  LATIN_LEGAL = orgPattern(
    "organization.latin-legal",
    String.raw`
      ( {{word}} (?: [ \t]+ (?! {{compound}} (?![\p{L}\p{N}]) ) (?: {{word}} | (?:{{connector}}) (?=[ \t]) ) ){0,7} )
      (?: , [ \t]* | [ \t]+ )
      ( {{forms}} ) ( \. )?
      (?![\p{L}\p{N}])`,
    // (a name stops before a form of several words that opens with one of one word: "X GmbH & Co. KG" is X's)
    { word: LATIN_WORD, connector: CONNECTOR, forms: trieAlternation(LATIN_SUFFIX_FORMS), compound: trieAlternation(LATIN_COMPOUND_FORMS) },
    "yux",
  );
  LATIN_LEGAL_FORM = orgPattern(
    "organization.latin-legal-form",
    String.raw`{{forms}}`,
    { forms: trieAlternation(LATIN_SUFFIX_FORMS) },
    "gx",
  );
  const latinLegalBefore = String.raw`
      ( {{forms}} ) [ \t]+
      (?: (?: {{designations}} ) [ \t]+ )?
      ( {{word}} (?: [ \t]+ {{word}} ){0,4} )
      (?![\p{L}\p{N}])`;
  const latinLegalBeforeParts = { word: LATIN_WORD, forms: trieAlternation(LATIN_PREFIX_FORMS), designations: trieAlternation(LATIN_NATIONAL_DESIGNATIONS) };
  LATIN_LEGAL_BEFORE = orgPattern("organization.latin-legal-before", latinLegalBefore, latinLegalBeforeParts, "gux");
  // the same, sticky: whether one starts at a given place (the global one, run from there, searched the rest of the
  // text when none did: "Group, Group, …" took time that grew with the square of its length)
  LATIN_LEGAL_BEFORE_AT = orgPattern("organization.latin-legal-before-at", latinLegalBefore, latinLegalBeforeParts, "yux");
  LATIN_SEQUENCE = orgPattern(
    "organization.latin-sequence",
    String.raw`{{word}} (?: [ \t]+ (?: {{word}} | (?:{{connector}}) (?=[ \t]) ) ){0,9} (?![\p{L}\p{N}])`,
    { word: LATIN_WORD, connector: CONNECTOR },
    "gux",
  );
}

/**
 * Builds GAZETTEER and COUNTRY_CUE on first use (the organization stage calls it before its sources
 * run): their tries over every gazetteer form and cue stem cost about 0.1 s of CPU at import.
 */
export const buildOrganizationPatterns = lazy((): void => {
  buildSharedPatterns();
  const forms = [...gazetteerForms().keys()];
  const gazetteer = (name: string, list: string[]) => orgPattern(
    name,
    String.raw`( {{alias}} ) ( {{ending}} )? (?![\p{L}\p{N}])`,
    { alias: trieAlternation(list), ending: KK_NAME_ENDING },
    "yux",
  );
  GAZETTEER_ASCII = gazetteer("organization.gazetteer.ascii", forms.filter((f) => f.charCodeAt(0) < 0x80));
  GAZETTEER_OTHER = gazetteer("organization.gazetteer.other", forms.filter((f) => f.charCodeAt(0) >= 0x80));
  COUNTRY_AFTER = orgPattern(
    "organization.country-after",
    String.raw`[ \t]{1,3} ( {{countries}} ) (?![\p{L}\p{N}-])`,
    { countries: trieAlternation(Object.keys(COUNTRY_QUALIFIERS_AFTER)) },
    "yux",
  );
  COUNTRY_CUE = orgPattern(
    "organization.country-cue",
    String.raw`${firstCharLookahead(COUNTRY_CUES.flatMap((c) => c.stems), true)} ${WORD_START} (?: ${COUNTRY_CUES.map((c, i) => `(?<c${i}> ${trieAlternation(c.stems)} )`).join(" | ")} )`,
    {},
    "giux",
  );
});

/** The words between two quoted names that share one head: a comma or a conjunction ("және", "и", "and"). */
export function coordinationPattern(name: string, conjunctions: readonly string[]): RegExp {
  return orgPattern(name, String.raw`^ [ \t]* (?: , [ \t]* | (?: {{words}} ) [ \t]+ ) $`, { words: trieAlternation(conjunctions) }, "ux");
}

/**
 * A Chinese province or large city in Cyrillic (CYRILLIC_CHINESE_NAME_STARTS) and one to four capitalized words after
 * it, each after one or a few blanks: "Хэнань Юйтун Бас", "Ганьсу Цилянь Металлургия". Group 1: the words after the
 * start. Sticky, tried at the word starts the organization trigger scan finds (src/organizations/triggers.ts). Built on
 * first use.
 */
export const CYRILLIC_CHINESE_NAME = lazy(() => orgPattern(
  "organization.cyrillic-chinese-name",
  String.raw`(?: {{starts}} ) ( (?: [ \t]{1,3} \p{Lu} \p{L}{0,24} (?: - \p{L}{1,24} )? ){1,4} ) (?![\p{L}\p{N}])`,
  { starts: trieAlternation(CYRILLIC_CHINESE_NAME_STARTS) },
  "yux",
));

