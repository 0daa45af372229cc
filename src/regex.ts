/**
 * Small helpers shared by every pattern file: word edges that work next to Cyrillic
 * letters (JavaScript's `\b` is ASCII-only), and named groups for XRegExp-built patterns.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { patternsCompileOnUse } from "./compile-mode.js";

/** Not preceded by a letter or digit: a word start that works for every script. */
export const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
/** Not followed by a letter or digit. */
export const WORD_END = String.raw`(?![\p{L}\p{N}])`;
/** Not inside a number: stops a digit pattern from starting in the middle of one (and recheck's quadratic warning). */
export const NUMBER_START = String.raw`(?<![\p{N}.,])`;

/** Escapes a literal for use outside a character class (valid with the `u` flag, where "\\-" is not). */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\\/]/g, "\\$&");
}

/**
 * An alternation of literals, longest first so that the regex engine prefers
 * "миллиардтан" over "миллиард". Spaces inside a literal match any run of white space.
 */
export function alternation(literals: Iterable<string>): string {
  const unique = [...new Set(literals)].filter((w) => w.length > 0);
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return unique.map((w) => escapeRegExp(w).replace(/ +/g, String.raw`\s+`)).join("|");
}

/**
 * A memoized thunk: `build` runs on the first call only, and every call returns its value. Pattern
 * modules build their tries and regexes through it on first use instead of at import (building
 * them all at import cost about 0.6 s of CPU; a stage or language that never runs builds nothing).
 */
export function lazy<T>(build: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = build();
      done = true;
    }
    return value;
  };
}

/** Every compiled pattern is registered here so the safety test can check each one. */
const registry = new Map<string, RegExp>();

/** Registers a pattern under a unique name (e.g. "money.kk.amount"), compiles it (see compileNow) and returns it. */
export function registerPattern<R extends RegExp>(name: string, regex: R): R {
  const numbered = numberedGroups(regex) as R;
  if (registry.has(name) && registry.get(name)!.source !== numbered.source) {
    throw new Error(`kzdeals: two different patterns registered as "${name}"`);
  }
  registry.set(name, numbered);
  compileNow(numbered);
  return numbered;
}

/** A "(?<" that opens no look-behind: maybe a named group. */
const MAYBE_NAMED = /\(\?<[^=!]/;

/**
 * What numberedGroups reads in a source: an escape, a class, a group's "(" or a named group's "(?<name>". Speed: the
 * same walk a character at a time in JavaScript took ~20 ms of the first extraction (the money patterns' sources,
 * 18 KB each); one native scan of these tokens takes a fraction of it.
 */
const GROUP_TOKENS = /\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]|\((?!\?)|\(\?<(?![=!])([^>]*)>/g;

/**
 * The pattern with its named groups made plain numbered ones, the names kept as `xregexp.captureNames` (as for an
 * XRegExp-built pattern), which groupsOf reads; a pattern without named groups is returned as it is. Every pattern
 * goes through it (registerPattern), so `match.groups` is never there: read groups with groupsOf.
 *
 * Speed: V8 (Node 20) gives every match of a pattern with named groups a `groups` object in dictionary mode, a hash
 * table of all the names: 470 bytes per match of capacity's `before` (five names), which on a list of capacities was
 * most of the 25 MB the stage allocated per 200 KB. The more a text allocates, the more often the young generation
 * is collected, and each collection copies the mentions read so far and then moves them to the old generation, onto
 * fresh pages (a first touch of a page costs about 11 µs on this machine).
 */
export function numberedGroups(regex: RegExp): RegExp {
  const s = regex.source;
  // most sources have look-behinds, few a named group (speed: the tries are sources of up to 200 KB, read at start-up)
  if (!MAYBE_NAMED.test(s)) return regex;
  const names: (string | null)[] = [];
  const pieces: string[] = [];
  let copied = 0;
  let named = false;
  // escapes and classes are read past (in a class "(" is no group); a "(" not followed by "?" opens a numbered
  // group, "(?<name>" a named one (not a look-behind)
  GROUP_TOKENS.lastIndex = 0;
  for (let m = GROUP_TOKENS.exec(s); m; m = GROUP_TOKENS.exec(s)) {
    if (m[0] === "(") {
      names.push(null);
    } else if (m[1] !== undefined) {
      names.push(m[1]);
      named = true;
      pieces.push(s.slice(copied, m.index + 1));
      copied = m.index + m[0].length;
    }
  }
  if (!named) return regex;
  pieces.push(s.slice(copied));
  const out = pieces.join("");
  const numbered = new RegExp(out, regex.flags) as RegExp & { xregexp?: { captureNames: (string | null)[] } };
  numbered.xregexp = { captureNames: names };
  return numbered;
}

/**
 * Texts of at least 1,000 characters (V8 compiles a pattern to machine code at once for such a subject, not
 * first to the bytecode of its interpreter), one stored one byte per character and one two bytes per
 * character (V8 compiles a pattern separately for each).
 */
const ONE_BYTE_SUBJECT = "x ".repeat(600);
const TWO_BYTE_SUBJECT = ONE_BYTE_SUBJECT + "\u0416";

/**
 * Has V8 compile the pattern to machine code for both kinds of string now, by running it once on each subject
 * (its lastIndex is kept). Otherwise V8 first interprets a pattern's bytecode, compiles it again on later use,
 * and a process that reads both kinds of text (all-Latin-1 English and any other) could keep patterns in the
 * slower state: what was measured (this machine, best of interleaved runs in one process each):
 * - the adversarial bench's English deal text with new names, against news: ×4.7–5.1 → ×2.5–3.8 over 4 runs,
 *   the other rows unchanged;
 * - a process's first 4,000 news sentences: 1.10–1.12 s → 0.90–0.98 s;
 * - the second call in a new process: 14–52 ms → 1–2 ms; the first: the same in Kazakh and Russian (420–510 ms),
 *   +120 ms in English (235–260 → 355–425 ms), which now compiles what the second call used to;
 * - news read in steady state: the same.
 */
function compileNow(regex: RegExp): void {
  if (patternsCompileOnUse()) return;
  if (deferred !== null) {
    deferred.push(regex);
    return;
  }
  compileForBothKinds(regex);
}

/**
 * Patterns registered before the first extraction (those the modules build as they load), compiled by
 * compileDeferred instead of at import. Speed: compiling them was 12% of importing the library (profiled);
 * the first extraction, which compiles a language's patterns anyway, pays it instead.
 */
let deferred: RegExp[] | null = [];

/** Compiles the patterns deferred so far (see compileNow); from then on each is compiled as it is registered. */
export function compileDeferred(): void {
  if (deferred === null) return;
  const list = deferred;
  deferred = null;
  if (!patternsCompileOnUse()) for (const regex of list) compileForBothKinds(regex);
}

function compileForBothKinds(regex: RegExp): void {
  const lastIndex = regex.lastIndex;
  for (const subject of [ONE_BYTE_SUBJECT, TWO_BYTE_SUBJECT]) {
    regex.lastIndex = 0;
    regex.exec(subject);
  }
  regex.lastIndex = lastIndex;
}

/** All patterns compiled so far, by name. */
export function registeredPatterns(): ReadonlyMap<string, RegExp> {
  return registry;
}

/** An XRegExp-built pattern as `npm run build` stores it: source, native flags, capture names. */
export interface PrecompiledPattern {
  key: string;
  source: string;
  flags: string;
  captureNames: (string | null)[] | null;
}

/**
 * The tables scripts/precompile-patterns.mjs writes beside the compiled regex.js at build time
 * (precompiled-patterns/GROUP.json, one per group of names: "date.ru" holds "date.ru.month", …),
 * each read on its group's first pattern. Loading XRegExp (with its core-js runtime) and running
 * XRegExp.build on every date rule cost about 0.3 s of CPU at import; the table turns each into one
 * `new RegExp(source, flags)`. One table per language: a process that reads only Russian text reads
 * a third of the 2.2 MB (the whole table took ~40 ms to read and parse). An entry is used only when
 * its key (a hash of the template, parts and flags) matches the call, so a stale or missing table
 * only makes import slower, never the patterns different; test/precompiled-patterns.test.ts checks
 * that the built tables match the sources.
 */
const tables = new Map<string, Readonly<Record<string, PrecompiledPattern>>>();

/** The table group of a pattern name: its first two dot-separated parts ("date.ru" of "date.ru.month"). */
export function tableGroup(name: string): string {
  return name.split(".", 2).join(".");
}

function precompiledEntry(name: string): PrecompiledPattern | undefined {
  const group = tableGroup(name);
  let table = tables.get(group);
  if (table === undefined) tables.set(group, (table = readPrecompiled(group)));
  return table[name];
}

function readPrecompiled(group: string): Record<string, PrecompiledPattern> {
  if (process.env.KZDEALS_NO_PRECOMPILED) return {};
  for (const dir of PRECOMPILED_DIRS) {
    try {
      return JSON.parse(readFileSync(new URL(`${dir}${group}.json`, import.meta.url), "utf8")) as Record<string, PrecompiledPattern>;
    } catch { /* not here */ }
  }
  return {};
}

/**
 * Where the tables are, from this module: beside it (the build's output and its bundles), else in the build's output
 * seen from the TypeScript sources (src/regex.ts, which the tests run). An entry is used only when its key matches, so
 * the build's table read from the sources makes no pattern different, only quicker to build: every test file loads
 * the library afresh, and XRegExp built its date rules again, ~0.3 s of CPU a file.
 */
const PRECOMPILED_DIRS = ["./precompiled-patterns/", "../dist/src/precompiled-patterns/"];

/** Every buildPattern call of this process, by name: what the build step writes into the table. */
const built = new Map<string, PrecompiledPattern>();

/** The XRegExp-built patterns of this process as the precompiled table stores them. */
export function builtPatterns(): ReadonlyMap<string, PrecompiledPattern> {
  return built;
}

type XRegExpBuild = (template: string, parts: Record<string, string | RegExp>, flags: string) => RegExp;
let xregexpBuild: XRegExpBuild | undefined;

/** XRegExp.build, loaded on first use only (xregexp is CommonJS, so it can be required synchronously). */
function xregexp(): XRegExpBuild {
  if (!xregexpBuild) {
    const XRegExp = createRequire(import.meta.url)("xregexp") as { build: XRegExpBuild };
    xregexpBuild = XRegExp.build.bind(XRegExp);
  }
  return xregexpBuild;
}

/** A 53-bit FNV-style hash of a pattern's inputs, as hex: the precompiled table's key. */
export function patternKey(template: string, parts: Record<string, string | RegExp>, flags: string): string {
  let h1 = 0x811c9dc5, h2 = 0x01000193;
  const feed = (s: string): void => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    h1 = Math.imul(h1 ^ 0xff, 0x01000193);
    h2 = Math.imul(h2 ^ 0xff, 0x5bd1e995);
  };
  feed(template);
  feed(flags);
  for (const part of Object.keys(parts).sort()) {
    const value = parts[part]!;
    feed(part);
    feed(typeof value === "string" ? value : `/${value.source}/${value.flags}`);
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}

/**
 * Builds a pattern with XRegExp from named parts and registers it.
 * `{{part}}` in `template` is replaced by the part; `(?<name>…)` groups are allowed.
 * The result is a plain RegExp carrying XRegExp's `xregexp.captureNames` (see groupsOf).
 */
export function buildPattern(
  name: string,
  template: string,
  parts: Record<string, string | RegExp>,
  flags = "gu",
): RegExp {
  const key = patternKey(template, parts, flags);
  let entry = precompiledEntry(name);
  if (!entry || entry.key !== key) {
    const re = xregexp()(template, parts, flags) as RegExp & { xregexp?: { captureNames?: (string | null)[] | null } };
    entry = { key, source: re.source, flags: re.flags, captureNames: re.xregexp?.captureNames ?? null };
  }
  built.set(name, entry);
  const regex = new RegExp(entry.source, entry.flags) as RegExp & { xregexp?: unknown };
  regex.xregexp = { captureNames: entry.captureNames };
  return registerPattern(name, regex);
}

/** The index in a match of `regex` of its group named `name` (see numberedGroups), or -1 when it has none. */
export function groupIndex(regex: RegExp, name: string): number {
  const names = (regex as RegExp & { xregexp?: { captureNames?: (string | null)[] | null } }).xregexp?.captureNames;
  const i = names ? names.indexOf(name) : -1;
  return i < 0 ? -1 : i + 1;
}

/**
 * Named groups of a match from an XRegExp-built pattern (XRegExp turns named groups
 * into numbered ones and keeps the names on the regex).
 */
export function groupsOf(regex: RegExp, match: RegExpExecArray): Record<string, string | undefined> {
  if (match.groups) return match.groups;
  const names = (regex as RegExp & { xregexp?: { captureNames?: (string | null)[] | null } }).xregexp
    ?.captureNames;
  const groups: Record<string, string | undefined> = {};
  if (!names) return groups;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n) groups[n] = match[i + 1];
  }
  return groups;
}
