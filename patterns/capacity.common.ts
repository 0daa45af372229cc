/**
 * The capacity pattern template shared by the language files. Every language assembles the same
 * parts from its own words (lexicons/units.ts): the recognizer anchors on a unit keyword
 * (UNIT_TRIGGER), reads the figure that ends just before it with the language's sticky `before`
 * pattern (tried from the first word of the run of number-like words before the unit, and anchored
 * at the unit), then the rate, commodity and qualifier after the unit with sticky patterns. Each
 * piece only ever looks at a bounded window.
 *
 * The templates are written in the layout of the `x` flag, with comments, and compiled by `build()`
 * below into native regexes: XRegExp would expand every `\p{L}` into a class of hundreds of ranges,
 * which made the unit scan four times slower.
 */
import { COMMODITIES, GENERIC_PRODUCT_STEMS } from "../lexicons/commodities.js";
import {
  ABBREVIATION_DOT_LETTERS, PRODUCT_STEMS, SPEED_SLASH, UNITS, type CapacityWords,
} from "../lexicons/units.js";
import { alternation as escapedAlternation, lazy, registerPattern } from "../src/regex.js";
import { NUMBER_WORD_LANGUAGES, numberSources, type NumberLanguage } from "./number.js";

/** `alternation()` escapes "-" as "\\-", which the `u` flag rejects outside a class: unescape it. */
export const alternation = (words: Iterable<string>) => escapedAlternation(words).replace(/\\-/g, "-");

/**
 * A literal alternation as a prefix tree ("т(?:онн|/(?:год|сут))"): the engine then decides on one
 * character at a time instead of trying hundreds of words at each position. Case folds to lower case
 * (use the `i` flag), or, with `cased`, each letter is a class of its case forms ("[мМ]") for a
 * pattern without `i`; a space matches any run of white space; longer words are tried first.
 */
export function trie(words: Iterable<string>, cased = false): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const c of w.toLowerCase()) {
      if (!n.next.has(c)) n.next.set(c, { end: false, next: new Map() });
      n = n.next.get(c)!;
    }
    n.end = true;
  }
  const esc = (c: string) =>
    c === " " ? String.raw`\s+` : cased ? caseClass(c) : /[.*+?^${}()|[\]\\\/]/.test(c) ? "\\" + c : c;
  const emit = (n: Node): string => {
    const branches = [...n.next].map(([c, child]) => esc(c) + emit(child));
    if (branches.length === 0) return "";
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/**
 * Characters outside a letter's upper and lower case that the `iu` flags also match to it
 * (Unicode simple case folding): "ᲀ" (U+1C80) folds to "в", the Kelvin sign to "k".
 */
const EXTRA_FOLDS = [
  0x17f, 0x1c80, 0x1c81, 0x1c82, 0x1c83, 0x1c84, 0x1c85, 0x1c86, 0x1c87, 0x1c88, 0x1e9e, 0x2126, 0x212a, 0x212b,
].map((c) => String.fromCodePoint(c));

/**
 * One character as the `iu` flags would match it, for patterns compiled without `i` (which V8 scans
 * much faster): "м" → "[мМ]". A candidate belongs when it has the same upper or lower case as `c`.
 */
function caseClass(c: string): string {
  let cls = CASE_CLASSES.get(c);
  if (cls === undefined) CASE_CLASSES.set(c, (cls = buildCaseClass(c)));
  return cls;
}

/**
 * caseClass's answers by character. Speed: the unit tries call it for every character of every form, a few dozen
 * distinct ones; building each class anew was most of building the capacity patterns (~25 ms at the first extraction).
 */
const CASE_CLASSES = new Map<string, string>();

function buildCaseClass(c: string): string {
  const up = c.toUpperCase();
  const low = c.toLowerCase();
  const chars = [...new Set([c, low, up, up.toLowerCase(), low.toUpperCase(), ...EXTRA_FOLDS])]
    .filter((x) => [...x].length === 1 && (x.toLowerCase() === low || x.toUpperCase() === up));
  const esc = (x: string) => x.replace(/[\]\\^\-\/]/g, "\\$&");
  return chars.length === 1 ? (/[.*+?^${}()|[\]\\\/]/.test(c) ? "\\" + c : c) : `[${chars.map(esc).join("")}]`;
}

/**
 * Compiles an `x`-layout template: drops `# comments` and white space outside character classes,
 * then puts each `{{part}}` in as a non-capturing group. Parts are plain sources (spaces in them are
 * `\s+` already), so they are not touched.
 */
function build(name: string, template: string, parts: Record<string, string>, flags: string): RegExp {
  const layout = template
    .replace(/(?<!\\)#[^\n]*/g, "")
    .replace(/\\.|\[(?:\\.|[^\]\\])*\]|\s+/g, (t) => (/^\s+$/.test(t) ? "" : t));
  const source = layout.replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
    if (!(k in parts)) throw new Error(`kzdeals: pattern ${name} has no part {{${k}}}`);
    return `(?:${parts[k]})`;
  });
  return registerPattern(name, new RegExp(source, flags));
}

const NOT_LETTER_AFTER = String.raw`(?!\p{L})`;
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;

const stems = UNITS.flatMap((u) => u.stems ?? []);
const forms = UNITS.filter((u) => !u.afterNumberOnly).flatMap((u) => u.forms ?? []);
const shortForms = UNITS.filter((u) => u.afterNumberOnly).flatMap((u) => u.forms ?? []);

/**
 * A unit keyword, with the one character before it (the match starts one character early): white
 * space, a digit ("500МВт"), a hyphen ("100-megawatt") or punctuation. That consumed character is
 * the cheap form of a word start; a look-behind would be tried at every position and cost most of
 * the scan (so would starting on the unit's first letter: V8 tries the word alternatives at every
 * letter, 4× slower). Case is spelled out in the prefix trees ("[мМ]") instead of the `i` flag.
 * Stems take up to 14 letters of ending; abbreviations may take a Kazakh ending after a hyphen. A length followed by "/h" is a speed.
 * Built on the capacity stage's first text, not at import.
 */
export const UNIT_TRIGGER = lazy(() => build(
  "capacity.unit",
  String.raw`
    [\s\d("'«\-/.,;:]                                      # the character before the unit
    (?: (?: {{forms}} ) (?: - \p{L}{1,8} )? ${NOT_WORD_AFTER}     # "куб. м" before the stem "куб"
      | (?: {{short}} ) (?! \. \s? \p{L}{1,${ABBREVIATION_DOT_LETTERS}} \. ) (?: - \p{L}{1,8} )? ${NOT_WORD_AFTER}   # "т", never "т.б."
      | (?: {{stems}} ) \p{L}{0,14}
      | (?: {{products}} ) \p{L}{0,14}
    )
    ${NOT_LETTER_AFTER}
    (?! \s? / \s? (?: {{speed}} ) ${NOT_LETTER_AFTER} )        # "км/сағ", "км/ч": a speed`,
  {
    stems: trie(stems, true),
    forms: trie(forms, true),
    short: trie(shortForms, true),
    products: trie(PRODUCT_STEMS, true),
    speed: trie(SPEED_SLASH, true),
  },
  "gu",
));

/** Commodity words: stems with any ending, or whole short words (built on first use, as UNIT_TRIGGER). */
export const COMMODITY_SOURCE = lazy(() => String.raw`(?:(?:${trie(COMMODITIES.flatMap((c) => c.stems ?? []))})\p{L}{0,12}|(?:${trie(COMMODITIES.flatMap((c) => c.exact ?? []))}))${NOT_LETTER_AFTER}`);

export interface CapacityPatterns {
  /** rate? qualifier? figure (range)? at the very end of the window before the unit. */
  before: RegExp;
  /** Sticky after the unit: (commodity if a rate follows)? rate? qualifier? */
  after: RegExp;
  /**
   * Sticky after the unit: a character that can open a non-empty `after` (white space, a hyphen, a rate word's first
   * letter, as `after` folds case). Where none follows the unit ("100 MW, 200 MW"), `after` can only match empty.
   */
  afterOpens: RegExp;
  /** Sticky after the span: a commodity that follows (not in the span). */
  commodityAfter: RegExp;
  /** Sticky after the span: a generic product word ("өнім"), whose commodity is named earlier. */
  genericAfter: RegExp;
  /** Sticky after a word of the run of words after a unit: a rate word (and a qualifier) that closes it. */
  rateAt: RegExp;
  /** Any rate word after white space, in a short stretch after a unit (is there one to read the run for?). */
  rateSearch: RegExp;
  /** Global: commodity words, for the look-back from a generic product word. */
  commodity: RegExp;
  /** A rate adjective shortly before the span ("годовой мощностью"). */
  rateContext: RegExp;
  /**
   * At the end of a short window before the span: a commodity, at most four words, a capacity frame word
   * ("полиэтилена мощностью", "полиэтилен өндіретін қуаты", "polyethylene plant with a capacity of"); group 1 the commodity.
   */
  frameCommodity: RegExp;
  /** The capacity frame words in lower case (CapacityWords.capacityFrames): frameCommodity runs only where one ends a window. */
  frames: readonly string[];
  /** A speed or distance word shortly before the span. */
  speedBefore: RegExp;
  /** Sticky after the span: a word that makes a length a location. */
  locatingAfter: RegExp;
  /** A word with a from-case ending just before a length ("қаладан 30 шақырым"), or null. */
  locatingBefore: RegExp | null;
  /** A built or planned thing near a length. */
  builtCue: RegExp;
}

function keys(record: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(record);
}

/** Compiles the patterns of one language from its words. */
export function buildCapacityPatterns(lang: NumberLanguage, w: CapacityWords): CapacityPatterns {
  const { number: NUMBER_SOURCE, multiplier: MULTIPLIER_SOURCE } = numberSources(NUMBER_WORD_LANGUAGES[lang]);
  const commoditySource = COMMODITY_SOURCE();
  const name = (part: string) => `capacity.${lang}.${part}`;
  // (a rate word then a word of notRateAfter is a comparison's time: "a year earlier", "a year ago")
  const rates = String.raw`(?:${alternation(keys(w.rates))})` +
    (w.notRateAfter?.length ? String.raw`(?!\p{L}|\s+(?:${alternation(w.notRateAfter)})(?!\p{L}))` : "");
  const qualBefore = alternation(keys(w.qualifiersBefore));
  const qualAfter = alternation(keys(w.qualifiersAfter));
  const links = w.commodityLinks.length ? String.raw`(?:(?:${alternation(w.commodityLinks)})\s+)?` : "";
  const fromEnding = w.rangeFromEndings?.length ? String.raw`(?:-?(?:${alternation(w.rangeFromEndings)}))?` : "";
  const between = [String.raw`\s*-\s*`, ...(w.rangeBetween?.length ? [String.raw`\s+(?:${alternation(w.rangeBetween)})\s+`] : [])];
  const opener = w.rangeOpeners?.length ? String.raw`(?:(?:${alternation(w.rangeOpeners)})\s+(?=\p{N}|\p{L}))?` : "";

  // Sticky: tried at the first word of the run of number-like words before the unit, and must
  // reach the unit (the end of the window).
  const before = build(
    name("before"),
    String.raw`(?<![\p{L}\p{N}])
      (?: (?<rate> {{rates}} ) \s+ (?: {{additive}} \s+ )? )?
      (?: (?<qual> {{qualBefore}} ) \s+ )?
      {{opener}}
      (?<num> {{number}} )
      (?: ${fromEnding} (?: {{between}} ) (?<num2> {{number}} ) )?
      (?<approx> {{approx}} )?
      {{inside}}                       # "400-ге жуық мың тонна"
      (?: \s* \( \p{L}{1,3} \) )?   # a transcribed hesitation, "(іі)"
      (?: \s* | - ) $                  # "100 MW", "100MW", "100-megawatt"`,
    {
      rates, qualBefore, opener: opener || "(?:)", number: NUMBER_SOURCE,
      additive: w.additiveAfterRate?.length ? alternation(w.additiveAfterRate) : "(?!)",
      approx: w.figureApproxEndings?.length ? String.raw`-(?:${alternation(w.figureApproxEndings)})` : "(?!)",
      inside: w.insideQualifiers && Object.keys(w.insideQualifiers).length
        ? String.raw`(?:(?:-(?:${alternation(w.figureCaseEndings ?? [])}))?\s+(?<mid>${alternation(Object.keys(w.insideQualifiers))})(?:\s+(?<mult>${MULTIPLIER_SOURCE}))?)?`
        : "(?:)",
      between: between.join("|"),
    },
    "uy", // no `i`: the recognizer gives it the window in lower case, which keeps the word alternations fast
  );

  const after = build(
    name("after"),
    String.raw`
      (?: \s+ ${links}
          (?: (?<commodity> {{commodity}} ) {{andMore}} {{tail}}  # "тонн клинкера в сутки", "тонн томатов и огурцов в год"
            | (?<generic> {{generic}} ) \p{L}{0,12} ${NOT_LETTER_AFTER}   # "тонн продукции в год": named earlier
          )
          (?= \s+ (?: {{rates}} ) ${NOT_LETTER_AFTER} ) )?
      (?: (?: \s* | - ) (?<rate> {{rates}} ) ${NOT_LETTER_AFTER} )?   # "тонн в год", "tonne-per-year"
      (?: \s+ (?<qual> {{qualAfter}} ) ${NOT_LETTER_AFTER} )?`,
    {
      commodity: commoditySource, generic: alternation(GENERIC_PRODUCT_STEMS), rates, qualAfter,
      // a second commodity, any word, joined to the first right before the rate
      andMore: w.commodityAnd?.length ? String.raw`(?:\s+(?:${alternation(w.commodityAnd)})\s+\p{L}{2,24})?` : "(?:)",
      // a short phrase after it, right before the rate ("of copper in concentrate per year")
      tail: w.commodityTail?.length ? String.raw`(?:\s+(?:${alternation(w.commodityTail)})\s+(?:the\s+)?\p{L}{2,24})?` : "(?:)",
    },
    "iuy",
  );

  const rateFirsts = [...new Set(keys(w.rates).map((k) => k[0]!))].map((c) => (/[\\\]\[^-]/.test(c) ? `\\${c}` : c)).join("");
  return {
    before,
    after,
    afterOpens: registerPattern(name("afterOpens"), new RegExp(String.raw`[\s\-${rateFirsts}]`, "iuy")),
    commodityAfter: registerPattern(name("commodityAfter"), new RegExp(String.raw`(?<!\s)\s+${links}(${commoditySource})`, "iuy")),
    genericAfter: registerPattern(
      name("genericAfter"),
      new RegExp(String.raw`(?<!\s)\s+${links}(?:${alternation(GENERIC_PRODUCT_STEMS)})`, "iuy"),
    ),
    commodity: registerPattern(name("commodity"), new RegExp(String.raw`(?<!\p{L})(?:${commoditySource})`, "giu")),
    rateSearch: registerPattern(name("rateSearch"), new RegExp(String.raw`\s(?:${rates})${NOT_LETTER_AFTER}`, "iu")),
    rateAt: registerPattern(
      name("rateAt"),
      new RegExp(String.raw`(?<!\s)\s+(${rates})${NOT_LETTER_AFTER}(?:\s+(${qualAfter})${NOT_LETTER_AFTER})?`, "iuy"),
    ),
    rateContext: registerPattern(
      name("rateContext"),
      new RegExp(String.raw`(?<!\p{L})(${alternation(keys(w.rateContext))})(?:\s+\p{L}+){0,2}\s*(?:[-:]\s*)?$`, "iu"),
    ),
    frames: w.capacityFrames.map((f) => f.toLowerCase()),
    frameCommodity: registerPattern(
      name("frameCommodity"),
      new RegExp(String.raw`(?<!\p{L})(${commoditySource})(?:\s+[\p{L}-]+){0,4}\s+(?:${alternation(w.capacityFrames)})\s*$`, "iu"),
    ),
    speedBefore: registerPattern(
      name("speedBefore"),
      new RegExp(String.raw`(?<!\p{L})(?:${alternation(w.speedOrDistanceBefore)})(?:\s+\p{L}+)?\s*$`, "iu"),
    ),
    locatingAfter: registerPattern(
      name("locatingAfter"),
      new RegExp(String.raw`(?<!\s)\s+(?:${alternation(w.locatingAfter)})${NOT_LETTER_AFTER}`, "iuy"),
    ),
    locatingBefore: w.locatingBeforeEndings?.length
      ? registerPattern(
          name("locatingBefore"),
          new RegExp(String.raw`\p{L}(?:${alternation(w.locatingBeforeEndings)})\s+$`, "iu"),
        )
      : null,
    builtCue: registerPattern(name("builtCue"), new RegExp(String.raw`(?<!\p{L})(?:${alternation(w.builtCues)})`, "iu")),
  };
}

