/**
 * Small helpers shared by every pattern file: word edges that work next to Cyrillic
 * letters (JavaScript's `\b` is ASCII-only), and named groups for XRegExp-built patterns.
 */
import XRegExp from "xregexp";

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

/** Every compiled pattern is registered here so the safety test can check each one. */
const registry = new Map<string, RegExp>();

/** Registers a pattern under a unique name (e.g. "money.kk.amount") and returns it. */
export function registerPattern<R extends RegExp>(name: string, regex: R): R {
  if (registry.has(name) && registry.get(name)!.source !== regex.source) {
    throw new Error(`kzdeals: two different patterns registered as "${name}"`);
  }
  registry.set(name, regex);
  return regex;
}

/** All patterns compiled so far, by name. */
export function registeredPatterns(): ReadonlyMap<string, RegExp> {
  return registry;
}

/**
 * Builds a pattern with XRegExp from named parts and registers it.
 * `{{part}}` in `template` is replaced by the part; `(?<name>…)` groups are allowed.
 */
export function buildPattern(
  name: string,
  template: string,
  parts: Record<string, string | RegExp>,
  flags = "gu",
): RegExp {
  return registerPattern(name, XRegExp.build(template, parts, flags));
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
