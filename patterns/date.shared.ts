/**
 * Pattern parts shared by the date grammars of every language: a year figure, a day
 * figure, Roman numerals, numeric dates (10.05.2025, 2025-05-10), and small builders.
 * Group names follow the convention in src/dates/types.ts.
 */
import { ROMAN_PERIOD_NUMERALS } from "../lexicons/months.js";
import {
  alternation, buildPattern, escapeRegExp, NUMBER_START, registerPattern, WORD_END, WORD_START as LETTER_OR_DIGIT_NOT_BEFORE,
} from "../src/regex.js";
import { LAST_PERIOD, type DateRule, type NumericDateWords } from "../src/dates/types.js";
import { trieAlternation } from "../src/organizations/trie.js";
import { LIKELY_WORD_START } from "../src/word-start.js";

/**
 * A word start (WORD_START of src/regex.ts) behind the cheap LIKELY_WORD_START, which it implies:
 * a scan rejects the positions inside Cyrillic and Latin words with one small class test
 * before the full letter class is read. The date patterns use this one.
 */
export const WORD_START = `${LIKELY_WORD_START}${LETTER_OR_DIGIT_NOT_BEFORE}`;

/** A year figure 1800–2199 as the rules and the trigger read it, without its boundaries. */
export const YEAR_FIGURE_DIGITS = String.raw`(?:1[89]|2[01])\d\d`;

/** A year 1800–2199 in digits, not inside a longer number or a decimal. */
export function yearDigits(group: string): string {
  return String.raw`${NUMBER_START}(?<${group}>${YEAR_FIGURE_DIGITS})(?![\p{N}]|[.,]\p{N})`;
}

/** A day 1–31 in digits (checked against the calendar later). */
export function dayDigits(group: string): string {
  return String.raw`${NUMBER_START}(?<${group}>[12]\d|3[01]|0?[1-9])(?![\p{N}]|[.,]\p{N})`;
}

/** Nothing word-like follows: a bare figure is a year only before punctuation or the end. */
/**
 * An optional second year after a year, the next one in two or four digits ("2024/25", "2024-2025"): a season
 * across two years ("winter 2024/25"). Uses the language's `{{year2}}` part.
 */
export const SECOND_YEAR = String.raw`(?: \s*[-/]\s* (?: (?<y2s>\d\d)(?![\p{N}]|[-.,/]\p{N}) | {{year2}} ) )?`;

export const NO_WORD_AFTER = String.raw`(?!\s*[\p{L}\p{N}%$€₸₽¥£])`;

/** A Roman numeral I–IV (Latin or Kazakh Cyrillic "І"). */
export const ROMAN = String.raw`${WORD_START}(?:${alternation(Object.keys(ROMAN_PERIOD_NUMERALS).map((r) => r.toUpperCase()))})${WORD_END}`;

/**
 * Not one of a hyphenated pair of these words: "бүгін-ертең", "не сегодня-завтра" (any day now) are
 * vague, not two days. Goes around a pattern reading one of the words.
 */
export function unpaired(list: Iterable<string>, pattern: string): string {
  const any = alternation(list);
  return String.raw`(?<!(?:${any})-)${pattern}(?!-(?:${any})(?![\p{L}\p{N}]))`;
}

/** Literal words as a whole-word alternation. */
export function words(list: Iterable<string>): string {
  return `${WORD_START}(?:${alternation(list)})${WORD_END}`;
}

/** Word forms sharing a stem, written as stem + optional ending (fewer alternatives to try). */
export function forms(list: readonly string[]): string {
  const stem = stemOf(list);
  const endings = list.map((f) => f.slice(stem.length)).filter((e) => e !== "");
  const optional = list.includes(stem) ? "?" : "";
  return `${WORD_START}${escapeRegExp(stem)}(?:${alternation(endings)})${optional}${WORD_END}`;
}

/** Literal words as a whole-word alternation captured in a named group. */
export function captured(group: string, list: Iterable<string>): string {
  return `${WORD_START}(?<${group}>${alternation(list)})${WORD_END}`;
}

/** Stems with optional endings, whole words, the stem captured: "мамыр" + "да". */
export function stemWithEndings(group: string, stems: Iterable<string>, endings: Iterable<string>): string {
  return `${WORD_START}(?<${group}>${alternation(stems)})(?:${alternation(endings)})?${WORD_END}`;
}

/**
 * A plain RegExp with the same source, flags and group names as an XRegExp-built one:
 * V8 runs `exec` on its fast path only for regexes with the standard prototype.
 */
function native(re: RegExp): RegExp {
  const copy = new RegExp(re.source, re.flags) as RegExp & { xregexp?: unknown };
  copy.xregexp = (re as RegExp & { xregexp?: unknown }).xregexp;
  return copy;
}

/**
 * The parts a template names ("{{year}}"): XRegExp.build compiles every part it is given, so
 * handing it a grammar's whole part table for each rule made module load slow.
 */
function partsUsed(template: string, parts: Record<string, string>): Record<string, string> {
  const used: Record<string, string> = {};
  for (const m of template.matchAll(PART_REFERENCE)) if (parts[m[1]!] !== undefined) used[m[1]!] = parts[m[1]!]!;
  return used;
}
const PART_REFERENCE = registerPattern("date.partReference", /\{\{(\w+)\}\}/g);

/** How far back withPrefix (src/recognizers/date.ts PREFIX_REACH) searches for a prefix. */
export const PREFIX_REACH = 48;

/**
 * A prefix pattern's runs of white space (and of hyphens) bounded at PREFIX_REACH: a probe read backwards from
 * every match start otherwise reads back over the whole run of blanks before it, which recheck rates quadratic as a
 * scan. A prefix reaching further back than PREFIX_REACH is the search's (withPrefix), which reads no further, so
 * the bound changes no prefix found (test/date-prefix-probes.test.ts compares the two).
 */
function boundedRuns(source: string): string {
  return source.replace(/(\\s|\[\\s-\]|\[ \\t\])([+*])/g, (_, run: string, q: string) => `${run}{${q === "+" ? 1 : 0},${PREFIX_REACH}}`);
}

/**
 * A prefix source of the shape `(?:(?:X)?)`, one optional group (in non-capturing wrappers), as `(?:X)`: its probe then fails where there is no
 * prefix instead of matching nothing, which withPrefix (src/recognizers/date.ts) reads the same way. Speed: an empty
 * match is a match array all the same, and on a list of English dates three probes of four matched empty, 33,000
 * arrays per 200 KB. Any other source is returned as it is.
 */
function nonEmpty(source: string): string {
  let s = source;
  // the wrappers around the template ("(?:…)$" and XRegExp's own)
  while (s.startsWith("(?:") && s.endsWith(")") && openingOf(s, s.length - 1) === 0) s = s.slice(3, -1);
  return s.endsWith(")?") && openingOf(s, s.length - 2) === 0 ? s.slice(0, -1) : source;
}

/** The index of the "(" that the ")" at `close` closes, in a regex source (escapes and classes skipped). */
function openingOf(source: string, close: number): number {
  const open: number[] = [];
  for (let i = 0; i <= close; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") {
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
    } else if (c === "(") open.push(i);
    else if (c === ")") {
      const at = open.pop();
      if (i === close) return at ?? -1;
    }
  }
  return -1;
}

/** A rule: a registered, global, case-insensitive (unless told otherwise) pattern. */
export function rule(
  name: string,
  template: string,
  allParts: Record<string, string>,
  flags = "giux",
  prefix?: { template: string; required?: boolean; probe?: boolean },
  requireAny?: readonly string[],
): DateRule {
  const parts = partsUsed(`${template} ${prefix?.template ?? ""}`, allParts);
  const pattern = registerPattern(`date.${name}`, native(buildPattern(`date.${name}`, template, parts, flags)));
  if (!prefix) return requireAny ? { name, pattern, requireAny } : { name, pattern };
  // the prefix ends where the match starts
  const prefixName = `date.${name}.prefix`;
  const before = registerPattern(
    prefixName,
    native(buildPattern(prefixName, `(?:${prefix.template})$`, parts, flags.replace("g", ""))),
  );
  const required = prefix.required ?? false;
  // an optional prefix (rules on common triggers: years, months) also as a look-behind (without
  // the final "$"), its text in group 1, so that most matches skip the search for it; a required
  // one too when asked (`probe`: the look-behind reads the same prefix as the search)
  const prefixProbe = required && !prefix.probe ? undefined : registerPattern(
    `${prefixName}.probe`,
    new RegExp(`(?<=(${nonEmpty(boundedRuns(before.source.slice(0, -1)))}))`, flags.replace("g", "").replace("x", "") + "y"),
  );
  return {
    name, pattern, prefix: before, prefixRequired: required, ...(prefixProbe ? { prefixProbe } : {}), ...(requireAny ? { requireAny } : {}),
  };
}

/**
 * The same rules, each scanned only over windows where `source` matches: a cheap pattern that every
 * match of the rule satisfies within itself (a necessary condition, e.g. the two year figures of a
 * range). A window that fails it cannot hold a match, so the rule's own (costlier) scan is skipped.
 */
export function pretested(source: string, flags: string, ...rules: DateRule[]): DateRule[] {
  return rules.map((r) => {
    const mustContain = registerPattern(`date.${r.name}.contains`, new RegExp(source, flags));
    return { ...r, mustContain };
  });
}

/** What every numeric date d.m.yyyy contains: a digit, a dot, one or two digits, a dot, a year figure. */
const DOTTED_PRETEST = String.raw`\d\.\d\d?\.${YEAR_FIGURE_DIGITS}`;
/** What every day.month figure contains (also the trigger's second kind of figure): d.mm, the month in two digits. */
const DAY_MONTH_FIGURE = String.raw`\d\.(?:0[1-9]|1[0-2])(?!\d)`;
/** What every slashed date contains: a digit, a slash, one or two digits, a slash, a year figure. */
const SLASHED_PRETEST = String.raw`\d/\d\d?/${YEAR_FIGURE_DIGITS}`;

const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** The trigger kind of a year-like figure. */
export const YEAR_FIGURE = "figure";

/**
 * One character that is no ASCII or Cyrillic letter or digit: LIKELY_WORD_START as a consumed
 * character (or the text start), for the trigger scan.
 */
const NOT_WORD_BEFORE = (() => {
  const m = /^\(\?<!\[(.*)\]\)$/.exec(LIKELY_WORD_START);
  if (!m) throw new Error("kzdeals: LIKELY_WORD_START is no negative class look-behind");
  return { consumed: `(?:^|[^${m[1]!}])`, first: new RegExp(`^[${m[1]!}]`) };
})();

/**
 * A prefix tree of words whose first level is one character class per set of first letters with
 * the same continuation ("[Мм]амыр" for "мамыр" and "Мамыр"): half the branches a scan tests at a
 * word start. Each branch is a trie (src/organizations/trie.ts) of the rest of the words.
 */
function firstLetterTrie(list: Iterable<string>): string {
  const rests = new Map<string, string[]>();
  for (const w of new Set(list)) {
    if (w.length < 2) throw new Error(`kzdeals: date trigger word "${w}" is too short`);
    const first = w.charAt(0);
    rests.set(first, [...(rests.get(first) ?? []), w.slice(1)]);
  }
  const byTail = new Map<string, string[]>();
  for (const [first, tails] of rests) {
    const tail = trieAlternation(tails);
    byTail.set(tail, [...(byTail.get(tail) ?? []), first]);
  }
  return [...byTail].map(([tail, firsts]) => (firsts.length === 1 ? escapeRegExp(firsts[0]!) : `[${firsts.map(escapeRegExp).join("")}]`) + tail).join("|");
}

/**
 * A trigger whose hits say what they are: one capture group per kind of word (a year figure
 * first, kind YEAR_FIGURE, with a day.month and the language's `moreFigures`), so a window runs
 * only the rules that need one of its kinds.
 *
 * A word hit includes the character before the word (NOT_WORD_BEFORE, no letter or digit)
 * unless the word starts the text: in V8 a consumed class is several times cheaper per
 * position than the look-behind it stands for, and without the `u` flag (the trigger has no
 * `\p`) cheaper still. The scan (src/recognizers/date.ts) resumes one character earlier after a
 * hit that ends in such a character, so every word the look-behind would see is found.
 */
export function kindedTrigger(
  lang: string,
  kinds: Readonly<Record<string, Iterable<string>>>,
  moreFigures?: string,
): { trigger: RegExp; triggerKinds: readonly string[]; triggerWords?: ReadonlyMap<string, number> } {
  const names = Object.keys(kinds);
  const lists = names.map((k) => [...kinds[k]!].flatMap((w) => [w, capitalize(w)]));
  const triggerKinds = [YEAR_FIGURE, ...names];
  // words only where no ASCII or Cyrillic letter or digit stands before (LIKELY_WORD_START): the
  // engine rejects most positions with one cheap class test; every rule's match starts its
  // trigger words at a word start. A year figure is found anywhere, as the rules read it.
  // a day.month ("15.02", "31.10.74") is a figure too: a window opens at its "5.02" (dotted decimals
  // with a month-like fraction open one too; the numeric rules tell them apart)
  // (`moreFigures`: a language's own figures of the kind, "91-інші жыл")
  const figures = `${YEAR_FIGURE_DIGITS}|${DAY_MONTH_FIGURE}${moreFigures ? `|${moreFigures}` : ""}`;
  const source = (words: string) => String.raw`(${figures})|${NOT_WORD_BEFORE.consumed}(?:${words})`;
  for (const list of lists) {
    for (const w of list) if (!NOT_WORD_BEFORE.first.test(w)) throw new Error(`kzdeals: date trigger word "${w}" starts with no letter or digit`);
  }
  // One prefix tree of all words, each word's kind looked up after the match, finds what one
  // group per kind would (group order deciding) unless a word extends a word of an earlier kind.
  // (whether a word extends an earlier kind's word: each of its prefixes looked up among the earlier kinds' words,
  // not each earlier word tried against it; the quadratic test was most of building the Russian and English date
  // patterns, ~30 ms each at the first extraction)
  const triggerWords = new Map<string, number>();
  const earlierWords = new Set<string>();
  let flat = true;
  lists.forEach((list, i) => {
    for (const w of list) {
      if (!triggerWords.has(w)) triggerWords.set(w, i + 1);
      for (let end = 1; flat && end < w.length; end++) if (earlierWords.has(w.slice(0, end))) flat = false;
    }
    for (const w of list) earlierWords.add(w);
  });
  if (flat) {
    return {
      trigger: registerPattern(`date.${lang}.trigger`, new RegExp(source(firstLetterTrie(lists.flat())), "g")),
      triggerKinds,
      triggerWords,
    };
  }
  // each kind's words as a prefix tree in a group of its own: one character test per branch
  return {
    trigger: registerPattern(`date.${lang}.trigger`, new RegExp(source(lists.map((l) => `(${firstLetterTrie(l)})`).join("|")), "g")),
    triggerKinds,
  };
}

/** The same rules, each run only in windows with one of these trigger kinds. */
export function needing(kinds: readonly string[], ...rules: DateRule[]): DateRule[] {
  return rules.map((r) => ({ ...r, needs: kinds }));
}

/**
 * The same rules, each run only around these trigger kinds, and tried only at the trigger
 * words themselves: every match of the rule starts on one (a prefix may reach further back).
 */
export function startingAt(kinds: readonly string[], ...rules: DateRule[]): DateRule[] {
  return rules.map((r) => {
    const sticky = new RegExp(r.pattern.source, r.pattern.flags.replace("g", "") + "y") as RegExp & { xregexp?: unknown };
    sticky.xregexp = (r.pattern as RegExp & { xregexp?: unknown }).xregexp;
    registerPattern(`date.${r.name}.sticky`, sticky);
    return { ...r, needs: r.needs ?? kinds, startsAt: kinds, sticky };
  });
}

/**
 * Lower-case words as an alternation (longest first) that also matches them capitalized,
 * for patterns without the `i` flag: "[Бб]үгін".
 */
export function capitalizable(list: Iterable<string>): string {
  const unique = [...new Set(list)].sort((a, b) => b.length - a.length);
  return unique.map((w) => {
    const first = w.charAt(0);
    const head = first.toUpperCase() === first.toLowerCase() ? escapeRegExp(first) : `[${first.toUpperCase()}${first.toLowerCase()}]`;
    return head + escapeRegExp(w.slice(1)).replace(/ +/g, String.raw`\s+`);
  }).join("|");
}

/** The longest common beginning of some word forms ("январь", "января" → "январ"). */
export function stemOf(forms: readonly string[]): string {
  let stem = forms[0] ?? "";
  for (const f of forms) while (!f.startsWith(stem)) stem = stem.slice(0, -1);
  return stem;
}

/**
 * Numeric dates: 10.05.2025 and 2025-05-10 as every language writes them, d/m/y or (`monthFirst`) m/d/y;
 * and the year of an event named by an acronym ("ЕГЭ-2013"). With `dotted` words, also a two-digit
 * year ("31.10.74") and a day.month with no year ("15.02"), which the words around it tell from a
 * decimal, a clause number, a version or a time (`NumericDateWords`).
 */
export function numericDateRules(
  lang: string,
  dotted: NumericDateWords | null,
  monthFirst = false,
  modifiers?: { template?: string; parts: Record<string, string>; after?: string },
): DateRule[] {
  // a whole date takes the language's modifier before it ("с 01.01.2026", "by 2025-11-03") and its year noun after it
  // ("01.01.2026 года", "31.12.2025 г.")
  // (a language whose modifiers follow the date gives them as `after`: "01.01.2026 ж. бастап")
  const prefix = modifiers?.template ? { template: modifiers.template } : undefined;
  const parts = modifiers?.parts ?? {};
  const yearWord = (dotted?.yearWordsAfter?.length ? String.raw`(?: [ \t]{1,3} (?:${alternation(dotted.yearWordsAfter)}) (?:(?<=\.)|${WORD_END}) )?` : "") +
    (modifiers?.after ?? "");
  const rules = startingAt(
    [YEAR_FIGURE],
    rule(`${lang}.iso`, String.raw`${yearDigits("y")} - (?<mn>0[1-9]|1[0-2]) - (?<d>0[1-9]|[12]\d|3[01]) (?![\p{N}]) ${yearWord}`, parts, "giux", prefix),
  );
  // 15/02/2025 (day first) or, in English, 2/15/2025 (month first; day first when the first figure is
  // above 12, as no month is)
  const d = String.raw`(?<d>0?[1-9]|[12]\d|3[01])`;
  const mn = String.raw`(?<mn>0?[1-9]|1[0-2])`;
  const slashed = (name: string, first: string, second: string) => pretested(SLASHED_PRETEST, "", ...needing([YEAR_FIGURE], rule(
    `${lang}.${name}`,
    String.raw`${NUMBER_START} ${first} / ${second} / (?<y>${YEAR_FIGURE_DIGITS}) (?![\p{N}]|[.,/]\p{N}) ${yearWord}`,
    parts,
    "giux",
    prefix,
  )));
  if (monthFirst) rules.push(...slashed("slashMonthFirst", mn, d), ...slashed("slashDayFirst", String.raw`(?<d>1[3-9]|2\d|3[01])`, mn));
  else rules.push(...slashed("slashDayFirst", d, mn));
  if (dotted) {
    rules.push(
      ...pretested(DOTTED_PRETEST, "", ...needing([YEAR_FIGURE], rule(
        `${lang}.dotted`,
        String.raw`${NUMBER_START} (?<d>0?[1-9]|[12]\d|3[01]) \. (?<mn>0?[1-9]|1[0-2]) \. (?<y>${YEAR_FIGURE_DIGITS}) (?![\p{N}]|[.,]\p{N}) ${yearWord}`,
        parts,
        "giux",
        prefix,
      ))),
      ...shortDottedRules(lang, dotted, modifiers),
    );
  }
  // ЕГЭ-2013, ЭКСПО-2017, EXPO-2020: the year of an event named by an acronym (only the year is the
  // date; case-sensitive, as "\p{Lu}" under the "i" flag takes lower-case letters too: "Ил-2013" is no event)
  rules.push(...startingAt([YEAR_FIGURE], rule(
    `${lang}.eventYear`, String.raw`(?<=\p{Lu}{2}-)(?<y>(?:19|20)\d\d)(?![\p{N}]|[.,]\p{N})`, {}, "gux",
  )));
  return rules;
}

/**
 * "31.10.74" (the year in two digits, `fullYearOf` in src/dates/resolve.ts) and "15.02" / "15.02."
 * (no year: resolved like "15 февраля"). Neither after a clause, version or time word, nor glued to a
 * letter ("v1.02"). A day.month needs a word before it that makes it a date ("от 15.02", "on 15.02",
 * a modifier in `modifiers`, in the span), or after it: punctuation or the end (`beforePunctuation`),
 * a word of `after`, a dot of its own before a lower-case word ("15.02. күні"); and no quantity after
 * it ("15.02 га", "1.05 млн", "1.05-2.10 млн").
 */
function shortDottedRules(lang: string, words: NumericDateWords, modifiers?: { template?: string; parts: Record<string, string> }): DateRule[] {
  const latin = words.beforePunctuation ? String.raw`(?<![A-Za-z][ \t])` : "";
  const veto = String.raw`(?<!\p{L})(?<!${WORD_START}(?:${alternation(words.notAfter)})[ \t]?)${latin}`;
  const dayMonth = String.raw`${veto} ${NUMBER_START} (?<d>0?[1-9]|[12]\d|3[01]) \. (?<mn>0[1-9]|1[0-2])`;
  const quantity = String.raw`(?: [%‰$€₸₽¥£] | ${WORD_START}(?:${alternation(words.quantityWords)})(?:\.|${WORD_END}) | ${WORD_START}(?:${alternation(words.quantityStems)}) )`;
  // a word of `before`, or the dash after a first day.month ("10.09-12.09")
  const beforeWords = words.before.length > 0 ? String.raw`${WORD_START}(?:${alternation(words.before)})[ \t]{1,3} |` : "";
  const before = String.raw`(?: (?<ctxB>) (?<= ${beforeWords} ${DAY_MONTH_FIGURE}[ \t]{0,3}-[ \t]{0,3} ) | )`;
  const afterWords = words.after.length > 0 ? String.raw`| (?=[ \t]{1,3}(?:${alternation(words.after)})${WORD_END})` : "";
  const punctuation = words.beforePunctuation ? `| ${NO_WORD_AFTER}` : "";
  const after = String.raw`(?: (?<ctxA>) (?: (?<=\d\.) ${punctuation} ${afterWords} ) | )`;
  const shortYear = rule(
    `${lang}.dottedShortYear`,
    String.raw`${dayMonth} \. (?<ys>\d\d) (?![\p{N}]|[.,]\p{N})`,
    {},
  );
  const noYear = rule(
    `${lang}.dottedDayMonth`,
    String.raw`${before} ${dayMonth} (?: \. (?=[ \t]{0,3}\p{Ll}|-) )? (?![\p{N}]|[.,]\p{N})
      (?! \s* ${quantity} ) (?! \s* (?:-|\p{L}{1,3}) \s* \d[\d.,]* \s* ${quantity} ) ${after}`,
    modifiers?.parts ?? {},
    "giux",
    modifiers?.template ? { template: modifiers.template } : undefined,
    ["ctxA", "ctxB", "pre"],
  );
  return pretested(DAY_MONTH_FIGURE, "", ...needing([YEAR_FIGURE], shortYear, noYear));
}

/** A short aside in brackets after a day ("17 (пятница) и 21 апреля"). */
const ASIDE = String.raw`(?: \s{0,3} \( [^()\n]{0,16} \) )`;

/**
 * A day coordinated with a later day and month ("17 и 21 апреля", "17, 18 и 21 апреля 2019 года",
 * "17 және 21 сәуірде", "17 and 21 April") takes that month (and year): the first days are dates of
 * their own, read in a look-ahead. `day` is a day figure with its ending (no groups), `month` the part
 * naming the month in group `m`, `year` one naming the year in `y`; all within one trigger window.
 * `monthFirst` (English "April 17 and 21"): the later day takes the month named before the first. Not
 * after a word that opens a range (`rangeOpeners`: "между", "between").
 */
export function coordinatedDayRules(
  lang: string,
  w: { day: string; conjunctions: readonly string[]; month: string; year: string; rangeOpeners: readonly string[]; monthFirst?: string },
): DateRule[] {
  const conj = String.raw`\s{1,3} (?:${alternation(w.conjunctions)}) \s{1,3}`;
  // "между 17 и 21 апреля", "between 17 and 21 April" open a range (read as one)
  const notRange = w.rangeOpeners.length > 0 ? String.raw`(?<!${WORD_START}(?:${alternation(w.rangeOpeners)})\s{1,3})` : "";
  const rules = [rule(
    `${lang}.dayAnd`,
    String.raw`${notRange} ${dayDigits("d")}${w.day} (?= ${ASIDE}? (?: [ \t]{0,3},[ \t]{0,3} ${NUMBER_START}\d{1,2}${w.day} ${ASIDE}? ){0,3} ${conj}
      ${NUMBER_START}\d{1,2}${w.day} ${ASIDE}? \s{1,3} ${w.month} (?: \s{1,3} ${w.year} )? )`,
    {},
  )];
  if (w.monthFirst) {
    rules.push(rule(
      `${lang}.andDay`,
      String.raw`(?<= ${w.monthFirst} \s{1,3} \d{1,2}${w.day} (?: [ \t]{0,3},[ \t]{0,3} \d{1,2}${w.day} ){0,3} ,? ${conj} ) ${dayDigits("d")}${w.day}
        (?: ,? \s{1,3} ${w.year} )?`,
      {},
    ));
  }
  // every match has a conjunction between spaces and then a day figure (in its look-ahead or look-behind, inside the
  // window): a window without one is not scanned (most windows around a month have none)
  return pretested(String.raw`\s(?:${alternation(w.conjunctions)})\s{1,3}\d`, "iu", ...needing(["month"], ...rules));
}

/** Lower-cased keys; spaces collapsed, so a matched phrase can be looked up as written. */
/** Words of a year's last quarter or half as periodOrdinals entries: each LAST_PERIOD (src/dates/resolve.ts reads it as the last). */
export function lastPeriodWords(words: readonly string[]): Record<string, number> {
  return Object.fromEntries(words.map((w) => [w, LAST_PERIOD]));
}

export function lookup<V>(...records: Readonly<Record<string, V>>[]): ReadonlyMap<string, V> {
  const map = new Map<string, V>();
  for (const record of records) {
    for (const [k, v] of Object.entries(record)) {
      const key = k.toLowerCase().replace(/\s+/g, " ");
      if (!map.has(key)) map.set(key, v);
    }
  }
  return map;
}


/** The range join words of a language (`DateGrammar.rangeWord`): the whole gap between two dates. */
export function rangeWord(lang: string, list: readonly string[]): RegExp {
  return registerPattern(`date.${lang}.rangeWord`, new RegExp(String.raw`^[ \t]{1,3}(?:${alternation(list)})[ \t]{1,3}$`, "iu"));
}

/** Endings at the end of a date's text (`DateGrammar.rangeFrom`, `rangeBetween`). */
export function rangeFrom(lang: string, endings: readonly string[]): RegExp {
  return registerPattern(`date.${lang}.rangeFrom`, new RegExp(String.raw`(?:${alternation(endings)})$`, "iu"));
}
