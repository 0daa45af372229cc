/**
 * Patterns that recheck cannot prove safe but that are linear in practice, each with the
 * reason. test/patterns-safety.test.ts measures every one: matching its attack string at
 * sizes n and 4n over the whole input (global scan) must grow about linearly.
 * Keep this list empty whenever a pattern can be rewritten instead.
 */
/**
 * Money patterns embed NUMBER_SOURCE (patterns/number.ts): recheck times out (status
 * "unknown") on its ~1,000-word alternation. Every repetition in it is bounded (≤ 6 digit
 * groups, ≤ 3 more groups of digits and a multiplier after a multiplier, ≤ 16 number words, ≤ 2
 * connectors between two of them) and each step consumes a whole word, so one attempt costs O(1).
 * Measured over a global scan of "бір "×n+"x", "1 000 "×n+"x" and "ч\t"×n: 4× the input
 * costs 2.9–3.6× the time. In use, `left` runs only on a ≤ 240-character window before a
 * currency token and `forward` is sticky after a currency symbol or code.
 */
const MONEY_NUMBER = "bounded NUMBER_SOURCE repetitions; recheck times out on the word alternation; measured linear";

/**
 * Organization patterns (patterns/organization.ts). The gazetteer is a trie of ~1,500 literal
 * forms (branches differ in their first character, so no split is ambiguous) plus an optional
 * trie of Kazakh endings: recheck times out on its size. latin-legal and quoted use only
 * bounded repetitions (≤ 8 words of ≤ 31 characters; quotes ≤ 80 characters), which recheck's
 * fuzzer reports as polynomial. Measured over a global scan (n → 4n): the recheck attacks
 * cost 1.1–3.3× the time, "China Power International "×n 3.3×, '"a '×n 4.0×,
 * "China China Power International Holdin"×n 4.2×. The trigger scans (patterns/organization.scan.ts) are
 * one non-word character or a word-start look-behind, then the gazetteer trie or the heads' trie (literals
 * only, no repetition but the `[ \t]+` between a literal's words): recheck times out on their size.
 */
const ORGANIZATION_BOUNDED = "bounded repetitions / literal trie; recheck times out or fuzzes; measured linear";

/**
 * Capacity patterns (patterns/capacity.common.ts). `before` embeds NUMBER_SOURCE like money's `left`
 * (recheck times out on the word alternation) and ends with `$`: it is only ever run sticky, from the
 * first word of a run of number-like words, on a window of at most 160 characters before a unit
 * keyword, so one call costs O(window). `commodity`/`commodityAfter` are a prefix tree of commodity
 * stems with a bounded ending (\p{L}{0,12}), sticky after a span or run on a ≤ 300-character
 * look-back; recheck times out on the case-folded Unicode tree.
 */
const CAPACITY_WINDOW = "NUMBER_SOURCE or a bounded word tree; recheck times out; run sticky on a bounded window";

/**
 * Deal cue, sector and region patterns (patterns/deal.common.ts, patterns/region.*.ts): one
 * alternation of literal stems (a few hundred, case-insensitive) after a word-start lookbehind,
 * followed by a bounded ending (\p{L}{0,20}) or a word end; recheck times out on the case-folded
 * alternation. No repetition is unbounded except the single `\s+` inside multi-word stems, which is
 * preceded and followed by literals. Measured over a global scan of 20,000 and 80,000 repetitions of
 * "жоба ", "а", "Ақтөбе ", "рамочное ", "қол ", "Алматы облыс", "project ", "1 ", "ж-": at most 4.4 ms for
 * the larger input (0.1–1 MB), i.e. no super-linear growth.
 */
const DEAL_WORDS = "literal stem alternation with bounded endings; recheck times out; measured linear";

/**
 * Look-behind guards that recheck's fuzzer does not model. jobs.*: "(?<![\p{N}.,])(?<!\p{N} )"
 * stops a count from starting inside "8 250 000", so each digit group is read from one start only.
 * segment.boundary: "(?<![.!?…])" stops a run of end marks from being re-read from each mark.
 * recheck reports the pumps "0 00"×n and "!"×n as quadratic; V8 rejects every inner start in O(1).
 */
const GUARDED_START = "look-behind stops a match from starting inside a run; recheck's fuzzer ignores it; measured linear";

/**
 * Date prefix probes (patterns/date.shared.ts): a rule's prefix ("by the end of", the day of "10 May") read backwards
 * as a look-behind, run sticky at a match start only. Its runs of blanks are bounded at PREFIX_REACH (48), so one
 * attempt reads at most a few bounded runs; recheck's fuzzer reports the bounded runs as a polynomial ('t' +
 * '\t'×2084). Measured over a global scan (every position an attempt, unlike in use) of the safety test's pumps:
 * linear (n → 4n about 4×).
 */
const DATE_PROBE = "a look-behind with its runs of blanks bounded; run sticky at a match start; measured linear";

/**
 * Russian date prefixes with a day in words ("двадцать пятого" before a month: patterns/date.ru.ts `dayInWords`): the
 * modifier, the day and the blanks between are each tried once per start (the ten's blanks bounded at 3), and withPrefix
 * searches at most PREFIX_REACH (48) characters before a month. recheck's fuzzer reports a different quadratic attack on
 * each run ('a' + 'до\t'×n + 'три', 'дс\tдª\t' + 'тридцать\t'×n + 'дв\0'×n, '3' + 'до\t'×n, 'з' + 'с\t4-де'×n); measured
 * over a global scan of each (every position an attempt, unlike in use), 20,000 → 80,000 units: ×3.8–4.1.
 */
const DATE_DAY_WORDS = "a day in words before a month: one attempt per start, searched over 48 characters in use; measured linear";

/**
 * Jobs counts in words (patterns/jobs.common.ts JobsWordsPattern `count`): NUMBER_SOURCE (its repetitions bounded, see
 * MONEY_NUMBER) then a look-ahead of bounded blanks, a qualifier and an adjective to the window's end. recheck times out
 * or fuzzes a run of number words as polynomial; one attempt reads at most NUMBER_SOURCE's bounded words, and in use
 * the pattern runs only on the 90 characters before a jobs noun whose word before is a number word
 * (src/deals/jobs-words.ts).
 */
const JOBS_WORDS_COUNT = "bounded NUMBER_SOURCE and a bounded look-ahead; run on a 90-character window at a jobs noun; measured linear";

export const LINEAR_PROOFS: Record<string, string> = {
  "jobs.kk.words-count": JOBS_WORDS_COUNT,
  "jobs.ru.words-count": JOBS_WORDS_COUNT,
  "jobs.en.words-count": JOBS_WORDS_COUNT,
  "date.ru.month.prefix": DATE_DAY_WORDS,
  "date.ru.monthAbbreviation.prefix": DATE_DAY_WORDS,
  "date.en.dayMonth.prefix.probe": DATE_PROBE,
  "date.en.yearModified.prefix.probe": DATE_PROBE,
  // optional prefixes whose probes fail where there is none (nonEmpty in patterns/date.shared.ts); recheck's fuzzer
  // found these five of them polynomial ('\t' repeated)
  "date.en.century.prefix.probe": DATE_PROBE,
  "date.en.halfCode.prefix.probe": DATE_PROBE,
  "date.en.monthDay.prefix.probe": DATE_PROBE,
  "date.en.quarterCode.prefix.probe": DATE_PROBE,
  "date.kk.monthRange.prefix.probe": DATE_PROBE,
  // the same optional year before a month's genitive and its day ("2024 жылғы мамырдың 10-ы")
  "date.kk.monthDay.prefix.probe": DATE_PROBE,
  "date.kk.monthDayWords.prefix.probe": DATE_PROBE,
  "date.kk.monthDayWordsAmbiguous.prefix.probe": DATE_PROBE,
  // with the hyphened modifiers "by end-", "year-end" (patterns/date.en.ts PRE), the fuzzer reports every English PRE probe
  // polynomial ('DD' + '\t'×n)
  "date.en.decade.prefix.probe": DATE_PROBE,
  "date.en.yearKind.prefix.probe": DATE_PROBE,
  "date.en.yearSeason.prefix.probe": DATE_PROBE,
  "date.en.monthDayYear.prefix.probe": DATE_PROBE,
  "date.en.monthModified.prefix.probe": DATE_PROBE,
  "date.en.monthRange.prefix.probe": DATE_PROBE,
  "date.en.relDay.prefix.probe": DATE_PROBE,
  "date.en.relMonth.prefix.probe": DATE_PROBE,
  "date.en.seasonRel.prefix.probe": DATE_PROBE,
  "date.en.relYear.prefix.probe": DATE_PROBE,
  "date.en.shortYear.prefix.probe": DATE_PROBE,
  // the decades without a century took PRE ("the late 90s", "the early nineties")
  "date.en.decadeShort.prefix.probe": DATE_PROBE,
  "date.en.decadeWord.prefix.probe": DATE_PROBE,
  "jobs.kk": GUARDED_START,
  "jobs.ru": GUARDED_START,
  "jobs.en": GUARDED_START,
  "segment.boundary": GUARDED_START,
  "deal.kk.cues": DEAL_WORDS,
  "deal.ru.cues": DEAL_WORDS,
  "deal.en.cues": DEAL_WORDS,
  "deal.kk.sectors": DEAL_WORDS,
  "deal.ru.sectors": DEAL_WORDS,
  "deal.en.sectors": DEAL_WORDS,
  "region.kk": DEAL_WORDS,
  "region.ru": DEAL_WORDS,
  "region.en": DEAL_WORDS,
  "organization.gazetteer.ascii": ORGANIZATION_BOUNDED,
  "organization.gazetteer.other": ORGANIZATION_BOUNDED,
  "organization.latin-legal": ORGANIZATION_BOUNDED,
  // ≤ 10 words of ≤ 31 characters; recheck's attack 'ref' + 'fAaref'×n over execAtWordStart's scan: 20,000 → 80,000
  // units ×4.0 (12.8 → 51.6 ms), "Ab of "×n and "Aa "×n linear too
  "organization.latin-sequence": ORGANIZATION_BOUNDED,
  "organization.quoted": ORGANIZATION_BOUNDED,
  "organization.gazetteer-scan": ORGANIZATION_BOUNDED,
  "organization.trigger-scan": ORGANIZATION_BOUNDED,
  "organization.trigger-scan-exact": ORGANIZATION_BOUNDED,
  "money.kk.left": MONEY_NUMBER,
  "money.ru.left": MONEY_NUMBER,
  "money.en.left": MONEY_NUMBER,
  "money.kk.forward": MONEY_NUMBER,
  "money.ru.forward": MONEY_NUMBER,
  "money.en.forward": MONEY_NUMBER,
  "capacity.kk.before": CAPACITY_WINDOW,
  "capacity.kk.commodity": CAPACITY_WINDOW,
  "capacity.kk.commodityAfter": CAPACITY_WINDOW,
  "capacity.ru.before": CAPACITY_WINDOW,
  "capacity.ru.commodity": CAPACITY_WINDOW,
  "capacity.ru.commodityAfter": CAPACITY_WINDOW,
  "capacity.en.before": CAPACITY_WINDOW,
  "capacity.en.commodity": CAPACITY_WINDOW,
  "capacity.en.commodityAfter": CAPACITY_WINDOW,
};
