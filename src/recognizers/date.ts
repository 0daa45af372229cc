/**
 * The date recognizer stage. Patterns live in patterns/date.*.ts, words in lexicons/.
 * One scan finds the language's trigger words (year figures, month stems, period and
 * relative words); the rules run only in short windows around them, each match extended
 * backwards over its prefix (modifiers, a day before a month). Overlapping matches keep
 * the longest; then the dates are resolved in text order, so that a date without a year
 * (a quarter, "May 10") can take it from the reference date or from the date before it. Between the
 * two, matches side by side that make one date are joined (src/dates/joins.ts).
 *
 * Points counted from the reference date ("2 года назад", "5 жылдан кейін", "in three days") take the
 * unit's granularity: years → "YYYY", months → "YYYY-MM", days and weeks (7 days) → "YYYY-MM-DD".
 * A weekday ("в четверг", "бейсенбіде", "on Thursday") is the nearest such day to the reference date
 * (−3…+3 days, the reference day itself when it is that weekday, as chrono does); with "last"/"прошлую"/
 * "өткен" the one before it (−1…−7), with "next"/"следующий"/"келесі" the one after it (+1…+7). A
 * weekday next to an explicit date with a day ("пятницу, 21 июня") is one mention with that date's
 * value. With no reference date (or one without a day) these are mentions with value null.
 *
 * Every relative date is a mention (contract v1.1): one that neither the reference date nor a year
 * named before resolves has `value: null`; relative ones, resolved or not, carry an `anchor`.
 */
import { clauseTense } from "../dates/tense.js";
import { DATE_GRAMMAR_EN } from "../../patterns/date.en.js";
import { DATE_GRAMMAR_KK } from "../../patterns/date.kk.js";
import { DATE_GRAMMAR_RU } from "../../patterns/date.ru.js";
import { PREFIX_REACH } from "../../patterns/date.shared.js";
import {
  anchorOf, DATE_GROUP_NAMES, DateGroups, readParts, resolveParts, UNRESOLVED, WIDE_GROUPS,
} from "../dates/resolve.js";
import type { DateGrammar, DateRule, DateVocabulary } from "../dates/types.js";
import { joinAppositions, joinLeadingYears, joinRanges } from "../dates/joins.js";
import { comesAfter, FoundList, sortByStart } from "../dates/found-list.js";
import { isWordChar, windows } from "../dates/windows.js";
import { PartsCache } from "../dates/parts-cache.js";
import { isSpaceCode } from "../word-start.js";
import type { DateMention, SupportedLanguage } from "../types.js";
import type { Recognizer, RecognizerContext } from "./types.js";

/** Each language's grammar, built on the stage's first text in that language. */
const GRAMMARS: Readonly<Record<SupportedLanguage, () => DateGrammar>> = {
  kk: DATE_GRAMMAR_KK,
  ru: DATE_GRAMMAR_RU,
  en: DATE_GRAMMAR_EN,
};


interface RuleMasks {
  /**
   * The grammar's rules, each as an object of one shape (every field present, in one order): the
   * hot loop reads their fields at one site, which stays fast only while few shapes pass it.
   */
  rules: CompiledRule[];
  /** Each rule's needed trigger kinds as a bit mask (-1: every window). */
  needs: number[];
  /** The kinds at whose words each rule's matches start (0: none). */
  startsAt: number[];
  /** For a window's set of trigger kinds, the orders of the rules that need one of them, in order. */
  byKinds: Map<number, Int32Array>;
}
const RULE_MASKS = new WeakMap<DateGrammar, RuleMasks>();
function ruleMasks(grammar: DateGrammar): RuleMasks {
  let masks = RULE_MASKS.get(grammar);
  if (!masks) {
    if (grammar.rules.length >= ORDER_SLOTS) throw new Error(`kzdeals: a date grammar has ${grammar.rules.length} rules, keepLongest keys hold ${ORDER_SLOTS}`);
    const kinds = grammar.triggerKinds ?? [];
    const maskOf = (rule: DateRule, list: readonly string[]) => {
      let mask = 0;
      for (const k of list) {
        const i = kinds.indexOf(k);
        if (i < 0) throw new Error(`kzdeals: date rule ${rule.name} names unknown trigger kind ${k}`);
        mask |= 1 << i;
      }
      return mask;
    };
    masks = {
      rules: grammar.rules.map((rule) => oneShape(rule, grammar.vocabulary)),
      needs: grammar.rules.map((rule) => (rule.needs ? maskOf(rule, rule.needs) : -1)),
      startsAt: grammar.rules.map((rule) => (rule.startsAt && rule.sticky ? maskOf(rule, rule.startsAt) : 0)),
      byKinds: new Map(),
    };
    RULE_MASKS.set(grammar, masks);
  }
  return masks;
}

/** A rule as the hot loop reads it: the group names of its patterns and whether it has WIDE_GROUPS. */
interface CompiledRule extends DateRule {
  /** Capture names of `pattern` (and `sticky`): group i + 1 is named names[i]. */
  readonly names: readonly (string | null)[];
  /** Capture names of `prefix` (group i + 2 of `prefixProbe`). */
  readonly prefixNames: readonly (string | null)[];
  /** Whether the rule (or its prefix) has one of WIDE_GROUPS. */
  readonly wide: boolean;
  /** Of `requireAny`, the indices in `names` and in `prefixNames`. */
  readonly requireIndices: readonly number[];
  readonly requirePrefixIndices: readonly number[];
  /** The grammar's vocabulary, which reads the rule's groups. */
  readonly vocabulary: DateVocabulary;
  /** Parts read before, by the values of the groups. */
  readonly partsCache: PartsCache;
}

/** A rule with every optional field present (undefined when absent), in one order. */
function oneShape(r: DateRule, vocabulary: DateVocabulary): CompiledRule {
  const names = captureNames(r.pattern);
  const prefixNames = r.prefix ? captureNames(r.prefix) : [];
  for (const n of [...names, ...prefixNames]) {
    if (n !== null && !DATE_GROUP_NAMES.has(n)) throw new Error(`kzdeals: date rule ${r.name} has group ${n} that DateGroups lacks`);
  }
  const fields: Record<keyof CompiledRule, unknown> = {
    name: r.name, pattern: r.pattern, prefix: r.prefix, prefixProbe: r.prefixProbe, prefixRequired: r.prefixRequired,
    requireAny: r.requireAny, mustContain: r.mustContain, needs: r.needs, startsAt: r.startsAt, sticky: r.sticky,
    names, prefixNames, wide: [...names, ...prefixNames].some((n) => n !== null && WIDE_GROUPS.includes(n)),
    requireIndices: indicesOf(names, r.requireAny), requirePrefixIndices: indicesOf(prefixNames, r.requireAny), vocabulary,
    partsCache: new PartsCache(),
  };
  return fields as unknown as CompiledRule;
}

/** The indices in `names` of the groups listed. */
function indicesOf(names: readonly (string | null)[], list: readonly string[] | undefined): number[] {
  const out: number[] = [];
  names.forEach((n, i) => {
    if (n !== null && list?.includes(n)) out.push(i);
  });
  return out;
}

/**
 * Whether a sentence ends in text[from, to) (as `/[.!?…](?:\s|$)|\n/u` on that slice, without
 * slicing): the year of the date before no longer carries over.
 */
function sentenceEndsIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if ((c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) && (i + 1 === to || isSpaceCode(text.charCodeAt(i + 1)))) return true;
  }
  return false;
}

/** The capture names of an XRegExp-built pattern (group i + 1 is named names[i]). */
function captureNames(re: RegExp): readonly (string | null)[] {
  return (re as RegExp & { xregexp?: { captureNames?: (string | null)[] | null } }).xregexp?.captureNames ?? [];
}

/**
 * Sets the named groups that took part in a match, group i + 1 + `shift` of `match` being named
 * `names[i]` (as `groupsOf`; an absent group leaves the field as it was).
 */
function setGroups(groups: DateGroups, names: readonly (string | null)[], match: RegExpExecArray, shift: number): void {
  for (let i = 0; i < names.length; i++) {
    const v = match[i + 1 + shift];
    if (v !== undefined) {
      const n = names[i];
      if (n) (groups as unknown as Record<string, string>)[n] = v;
    }
  }
}

/** The prefix match `withPrefix` found last (null: none), its groups from index 1 + `shift`. */
const lastPrefix: { match: RegExpExecArray | null; shift: number } = { match: null, shift: 0 };

/**
 * Where a match starting at `start` begins with its rule's prefix, that prefix's match left in
 * `lastPrefix`; -1 when a required prefix is missing.
 */
function withPrefix(context: RecognizerContext, rule: CompiledRule, start: number): number {
  lastPrefix.match = null;
  const prefix = rule.prefix!;
  const text = context.normalized;
  // a look-behind at the match start reads the prefix backwards (the longest first, like the
  // leftmost search below); used when it stays within the reach of that search
  const probe = rule.prefixProbe;
  if (probe) {
    probe.lastIndex = start;
    const p = probe.exec(text);
    if (p === null || p[1] === "") return rule.prefixRequired ? -1 : start;
    const from = start - p[1]!.length;
    if (from >= context.bodyStart && from >= start - PREFIX_REACH) {
      lastPrefix.match = p;
      lastPrefix.shift = 1;
      return from;
    }
  }
  let from = Math.max(context.bodyStart, start - PREFIX_REACH);
  while (from > context.bodyStart && isWordChar(text, from - 1)) from--;
  const m = prefix.exec(text.slice(from, start));
  if (!m || m[0].length === 0) return rule.prefixRequired ? -1 : start;
  lastPrefix.match = m;
  lastPrefix.shift = 0;
  return from + m.index;
}

/**
 * The orders of the rules a window with these trigger kinds runs (a window without a trigger a rule
 * needs holds none of its matches), remembered per set of kinds.
 */
function rulesFor(masks: RuleMasks, kinds: number): Int32Array {
  let orders = masks.byKinds.get(kinds);
  if (orders === undefined) {
    const list: number[] = [];
    for (let order = 0; order < masks.rules.length; order++) {
      if ((kinds === 0 ? -1 : masks.needs[order]! & kinds) !== 0) list.push(order);
    }
    orders = Int32Array.from(list);
    masks.byKinds.set(kinds, orders);
  }
  return orders;
}

/** Every match of every rule inside the trigger windows, with the parts it names. */
function findAll(context: RecognizerContext, grammar: DateGrammar, found: FoundList, chains: number[]): void {
  const text = context.normalized;
  const { list: ws, hits } = windows(context, grammar, chains);
  if (ws.length === 0) return;
  const masks = ruleMasks(grammar);
  const rules = masks.rules;
  for (const w of ws) {
    let slice: string | undefined;
    const orders = rulesFor(masks, w.kinds);
    for (let k = 0; k < orders.length; k++) {
      const order = orders[k]!;
      const rule = rules[order]!;
      const needed = w.kinds === 0 ? -1 : masks.needs[order]! & w.kinds;
      const startsAt = masks.startsAt[order]!;
      if (needed !== -1 && (needed & ~startsAt) === 0) {
        // every match starts on one of the window's trigger words: try only there
        const sticky = rule.sticky!;
        // a required prefix is read first (it depends only on where the match starts, and most words have none):
        // a match without it is not run (speed: every year tried "since 2020"'s rule, every month "10 May"'s)
        const prefixFirst = rule.prefixRequired === true;
        for (let i = w.from; i < w.to; i += 2) {
          if ((hits[i + 1]! & needed) === 0) continue;
          const at = hits[i]!;
          const from = prefixFirst ? withPrefix(context, rule, at) : -1;
          if (prefixFirst && from < 0) continue;
          sticky.lastIndex = at;
          const m = sticky.exec(text);
          if (m !== null && m[0].length > 0) accept(context, rule, order, m.index, m, found, from);
        }
        continue;
      }
      slice ??= text.slice(w.start, w.end);
      // a rule that needs a word its window lacks cannot match there
      if (rule.mustContain && !rule.mustContain.test(slice)) continue;
      const { pattern } = rule;
      pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(slice)) !== null) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        accept(context, rule, order, w.start + m.index, m, found);
      }
    }
  }
}

/**
 * Records one match (starting at `start` in the text) with its prefix, if its parts read. `prefixFrom`: where the
 * prefix starts when withPrefix was read for this start already (its match still in `lastPrefix`), else -1.
 */
function accept(
  context: RecognizerContext,
  rule: CompiledRule,
  order: number,
  start: number,
  m: RegExpExecArray,
  found: FoundList,
  prefixFrom = -1,
): void {
  const end = start + m[0].length;
  let from = start;
  let prefix: RegExpExecArray | null = null;
  let prefixShift = 0;
  if (rule.prefix) {
    from = prefixFrom >= 0 ? prefixFrom : withPrefix(context, rule, start);
    if (from < 0) return;
    prefix = lastPrefix.match;
    prefixShift = lastPrefix.shift;
  }
  if (rule.requireAny && !tookPart(rule, m, prefix, prefixShift)) return;
  // the same groups give the same parts: a match whose group values were read before takes the
  // parts read then (parts are never changed after reading, so matches can share them). With the
  // shared group object below and the bucketed overlap step, this took the date stage on
  // "2025-2025-…" from 1.3–1.5 to 2.3 MB/s and on "2025–2026, 2027–2028, …" from 1.4 to 2.3 MB/s
  // (language ru, interleaved runs), news unchanged; extract() on the first from 2.6× to 1.7× news's
  // cost per MB. Most of the cost was allocation: a group object and a parts object per match, the
  // parts kept until the overlap step, so pretenured and collected as old objects.
  let parts = rule.partsCache.lookup(rule.prefixNames, prefix, prefixShift, rule.names, m);
  if (parts === undefined) {
    // the prefix's groups first, overridden by the match's own, in one object shared by every match
    // (cleared after)
    const groups = SCRATCH;
    if (prefix) setGroups(groups, rule.prefixNames, prefix, prefixShift);
    setGroups(groups, rule.names, m, 0);
    parts = readParts(groups, rule.vocabulary, rule.wide);
    clearGroups(groups, rule.prefixNames);
    clearGroups(groups, rule.names);
    rule.partsCache.store(parts);
  }
  if (parts) found.push(from, end, order, parts);
}

const SCRATCH = new DateGroups();

/** Whether one of the rule's `requireAny` groups took part in the match or its prefix. */
function tookPart(rule: CompiledRule, m: RegExpExecArray, prefix: RegExpExecArray | null, shift: number): boolean {
  for (const i of rule.requireIndices) if (m[i + 1] !== undefined) return true;
  if (prefix) for (const i of rule.requirePrefixIndices) if (prefix[i + 1 + shift] !== undefined) return true;
  return false;
}

/** Sets the named groups back to undefined. */
function clearGroups(groups: DateGroups, names: readonly (string | null)[]): void {
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n) (groups as unknown as Record<string, undefined>)[n] = undefined;
  }
}

/**
 * Drops matches that overlap a longer one (then an earlier rule's). Works cluster by cluster, in place; the
 * list it returns is `found`, or SORTED when the matches came out of start order.
 */
function keepLongest(found: FoundList): FoundList {
  // by start, the longer first (a list already in that order, as most are, stays as it is)
  let list = found;
  let overlaps = false;
  for (let i = 1; i < found.length; i++) {
    if (comesAfter(found, i - 1, i)) {
      list = sortByStart(found, SORTED);
      overlaps = true;
      break;
    }
    if (found.start[i]! < found.end[i - 1]!) overlaps = true;
  }
  if (!overlaps) {
    // in order, each ends before the next starts (so before every later one): nothing to drop
    return list;
  }
  const n = list.length;
  const starts = list.start;
  const ends = list.end;
  let w = 0;
  let i = 0;
  while (i < n) {
    // one cluster of transitively overlapping matches
    let j = i + 1;
    let end = ends[i]!;
    while (j < n && starts[j]! < end) end = Math.max(end, ends[j++]!);
    if (j === i + 1) {
      // a match overlapping no other (most of them)
      list.copy(w++, list, i);
      i = j;
      continue;
    }
    const base = starts[i]!;
    // the characters the chosen matches cover: a match is checked against its own span, not
    // against every chosen match (a text of chained ranges, "2025-2025-…", is one cluster of
    // thousands of matches: comparing each with all chosen ones made 100 k characters take 1.2 s)
    const covered = cleared(SCRATCH_COVERED, end - base);
    SCRATCH_COVERED = covered;
    const chosen = cleared(SCRATCH_CHOSEN, j - i);
    SCRATCH_CHOSEN = chosen;
    // the cluster's matches by length (longest first), then rule order, then start. Few lengths and
    // rules recur in one cluster: with a handful of distinct keys, one pass over the cluster per key
    // (no allocation per match); with more, buckets of one key each, filled in start order. Either
    // way no comparison sort (on "2025-2025-…" the two sorts of a cluster of thousands of matches were
    // a seventh of the date stage's time, and the buckets' arrays a sixth after that).
    const keys = clusterKeys(list, i, j);
    if (keys.length <= FEW_KEYS) {
      for (const key of keys) {
        for (let k = i; k < j; k++) {
          if (keyOf(list, k) === key) choose(covered, chosen, starts[k]! - base, ends[k]! - base, k - i);
        }
      }
    } else {
      const buckets = new Map<number, number[]>();
      for (let k = i; k < j; k++) {
        const key = keyOf(list, k);
        const bucket = buckets.get(key);
        if (bucket) bucket.push(k);
        else buckets.set(key, [k]);
      }
      for (const key of [...buckets.keys()].sort((a, b) => b - a)) {
        for (const k of buckets.get(key)!) choose(covered, chosen, starts[k]! - base, ends[k]! - base, k - i);
      }
    }
    // in start order (the cluster's); every entry written is at or before the one it copies, which the
    // passes above have read already
    for (let k = i; k < j; k++) if (chosen[k - i] === 1) list.copy(w++, list, k);
    i = j;
  }
  list.truncate(w);
  return list;
}

/**
 * keepLongest's marks of a cluster's covered characters and chosen matches: buffers kept from one cluster to the
 * next (`cleared` gives one of at least the length asked, zeroed up to it), not two typed arrays per cluster. Speed:
 * in a list of dates every date is a cluster of two or three matches, and their typed arrays were 10 MB of the 68 MB
 * the date stage allocated per 200 KB ("May 1, 2000, May 2, 2001, …"), which young-generation collections then had
 * to work around. A buffer grown past a large cluster's span is let go after it (SCRATCH_KEEP).
 */
let SCRATCH_COVERED: Uint8Array = new Uint8Array(256);
let SCRATCH_CHOSEN: Uint8Array = new Uint8Array(64);
const SCRATCH_KEEP = 1 << 16;

function cleared(buffer: Uint8Array, length: number): Uint8Array {
  if (length > buffer.length) return length > SCRATCH_KEEP ? new Uint8Array(length) : new Uint8Array(Math.max(length, 2 * buffer.length));
  buffer.fill(0, 0, length);
  return buffer;
}

/** More than any grammar's number of rules: a rule's order fits in a bucket key below the length. */
const ORDER_SLOTS = 1024;
/** Up to this many distinct keys in a cluster, keepLongest passes over the cluster once per key. */
const FEW_KEYS = 8;

/** Match k's rank in its cluster: the longer first, then the earlier rule. */
function keyOf(list: FoundList, k: number): number {
  return (list.end[k]! - list.start[k]!) * ORDER_SLOTS + (ORDER_SLOTS - 1 - list.order[k]!);
}

/** The distinct keys of found[i, j), highest first; stops collecting past FEW_KEYS (then its length says "many"). */
function clusterKeys(list: FoundList, i: number, j: number): number[] {
  const keys: number[] = [];
  for (let k = i; k < j && keys.length <= FEW_KEYS; k++) {
    const key = keyOf(list, k);
    if (keys.includes(key)) continue;
    // in place, highest first (at most FEW_KEYS + 1 keys: Array#sort allocated for each cluster)
    let at = keys.length;
    keys.push(key);
    while (at > 0 && keys[at - 1]! < key) { keys[at] = keys[at - 1]!; at--; }
    keys[at] = key;
  }
  return keys;
}

/** Takes the match over [from, to) of the cluster (index `at` in it) unless a chosen match covers part of it. */
function choose(covered: Uint8Array, chosen: Uint8Array, from: number, to: number, at: number): void {
  if (isCovered(covered, from, to)) return;
  covered.fill(1, from, to);
  chosen[at] = 1;
}

/** Whether any of covered[from, to) is set. */
function isCovered(covered: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (covered[k] !== 0) return true;
  return false;
}

const ALL_GRAMMARS = Object.values(GRAMMARS);

/**
 * Drops the matches that overlap a hyphen chain (src/dates/windows.ts: "8-777-2025-2026" holds no
 * year range), `chains` holding start, end pairs (in order for each grammar).
 */
function dropInChains(found: FoundList, chains: number[]): void {
  const spans: [number, number][] = [];
  for (let i = 0; i < chains.length; i += 2) spans.push([chains[i]!, chains[i + 1]!]);
  spans.sort((a, b) => a[0] - b[0]);
  let kept = 0;
  for (let k = 0; k < found.length; k++) {
    const start = found.start[k]!;
    const end = found.end[k]!;
    // the last span starting before the match's end; spans do not nest, so it is the only candidate
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]![0] < end) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && spans[lo - 1]![1] > start) continue;
    found.copy(kept++, found, k);
  }
  found.truncate(kept);
}

/** The matches of the text being read, and keepLongest's sorted copy of them (see FoundList). */
const FOUND = new FoundList();
const SORTED = new FoundList();

export function recognizeDates(context: RecognizerContext): DateMention[] {
  try {
    return datesOf(context);
  } finally {
    FOUND.clear();
    SORTED.clear();
  }
}

function datesOf(context: RecognizerContext): DateMention[] {
  const found = FOUND;
  const grammars = context.language === "und" ? ALL_GRAMMARS.map((g) => g()) : [GRAMMARS[context.language]()];
  const chains: number[] = [];
  for (const grammar of grammars) findAll(context, grammar, found, chains);
  if (chains.length > 0) dropInChains(found, chains);
  if (found.length === 0) return [];
  const list = keepLongest(found);
  joinAppositions(context, list);
  joinLeadingYears(context, list);
  joinRanges(context, grammars, list);
  const mentions: DateMention[] = [];
  let previousYear: number | null = null;
  let previousEnd = -1;
  for (let i = 0; i < list.length; i++) {
    const start = list.start[i]!;
    const end = list.end[i]!;
    const parts = list.parts[i]!;
    // a bare weekday in a clause of the past or the future
    const weekdayTense = parts.weekday !== undefined && parts.day === undefined && !parts.weekdayDirection
      ? clauseTense(context.normalized, start, end, context.language) : 0;
    const previousInSentence =
      previousEnd >= 0 && !sentenceEndsIn(context.normalized, previousEnd, start);
    const resolved = resolveParts(parts, { reference: context.referenceDate, previousYear, previousInSentence, weekdayTense });
    if (!resolved) continue;
    const mention: DateMention = {
      type: "date",
      start,
      end,
      text: context.text.slice(start, end),
      value: null,
      relative: true,
    };
    if (resolved !== UNRESOLVED) {
      // a relative date left unresolved carries no year on to the dates after it, nor does a deadline ("will build … by
      // 2028, the company said on Tuesday, Nov. 17": the report's day is this year's, not 2028's)
      if (parts.modifier !== "until") previousYear = resolved.year;
      previousEnd = end;
      mention.value = resolved.value;
      mention.relative = resolved.relative;
    }
    if (parts.modifier) mention.modifier = parts.modifier;
    if (mention.relative) {
      const anchor = anchorOf(parts, weekdayTense);
      if (anchor) mention.anchor = anchor;
    }
    mentions.push(mention);
  }
  return mentions;
}

export const dateRecognizer: Recognizer = {
  name: "date",
  type: "date",
  languages: ["kk", "ru", "en"],
  recognize: recognizeDates,
};
