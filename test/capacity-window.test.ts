/**
 * The capacity recognizer lower-cases only the part of its window that the figure pattern (`before`) reads: from
 * the run's first word, with BEFORE_LOOK_BEHIND characters before it for the pattern's look-behinds. Each
 * look-behind of the three languages' `before` patterns must read no further back: a single character, or
 * literal words of at most that length.
 */
import { CAPACITY_EN } from "../patterns/capacity.en.js";
import { CAPACITY_KK } from "../patterns/capacity.kk.js";
import { CAPACITY_RU } from "../patterns/capacity.ru.js";
import { BEFORE_LOOK_BEHIND } from "../src/recognizers/capacity.js";

/** The look-behind groups of a regex source, each as its body. */
function lookBehinds(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/\(\?<[!=]/g)) {
    let depth = 0, i = m.index!;
    for (; i < source.length; i++) {
      if (source[i] === "\\") { i++; continue; }
      if (source[i] === "[") { while (source[i] !== "]") i += source[i] === "\\" ? 2 : 1; continue; }
      if (source[i] === "(") depth++;
      if (source[i] === ")" && --depth === 0) break;
    }
    out.push(source.slice(m.index! + 4, i));
  }
  return out;
}

/** How many characters a look-behind body reads: a class reads one, a literal alternation its longest word; null for other shapes. */
function reach(body: string): number | null {
  if (/^\[(?:\\.|[^\]\\])*\]$/.test(body)) return 1;
  if (/^\\p\{\w+\}$/.test(body)) return 1;
  const words = body.split("|");
  if (words.every((w) => /^[\p{L}\p{N}]+$/u.test(w))) return Math.max(...words.map((w) => w.length));
  return null;
}

test.each([["kk", CAPACITY_KK], ["ru", CAPACITY_RU], ["en", CAPACITY_EN]] as const)(
  "the %s figure pattern looks behind at most BEFORE_LOOK_BEHIND characters", (_lang, build) => {
    const bodies = lookBehinds(build().before.source);
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.map((b) => [b, reach(b)]).filter(([, r]) => r === null || (r as number) > BEFORE_LOOK_BEHIND)).toEqual([]);
  },
);
