/**
 * A date rule's prefix ("since", "by the end of", the count of "2 weeks ago", "екі апта бұрын") is found by a
 * search of the text before the match for the prefix pattern ending there (the leftmost, so the longest), or, for a
 * rule with a probe, by a look-behind at the match start that reads the prefix backwards (src/recognizers/date.ts
 * withPrefix; patterns/date.shared.ts `probe`). The probe is the fast path, so it must find what the search finds:
 * the same start and the same groups, or nothing (its runs of blanks are bounded: patterns/date.shared.ts
 * boundedRuns). For every rule with a probe, its prefix required or not, in each language, this compares the two
 * at every match of the rule in the date corpus texts and in texts made of a context, a modifier word or figure, a
 * separator and a date of the corpus.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATE_GRAMMAR_EN } from "../patterns/date.en.js";
import { DATE_GRAMMAR_KK } from "../patterns/date.kk.js";
import { DATE_GRAMMAR_RU } from "../patterns/date.ru.js";
import { EN_PRE_MODIFIERS } from "../lexicons/dates.en.js";
import { KK_ABLATIVE_POST_MODIFIERS, KK_POST_MODIFIERS } from "../lexicons/dates.kk.js";
import { RU_PRE_MODIFIERS } from "../lexicons/dates.ru.js";
import { PREFIX_REACH as REACH } from "../patterns/date.shared.js";
import { normalizeText } from "../src/normalize.js";
import type { DateRule } from "../src/dates/types.js";

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The search: the prefix pattern (ending in "$") over the text from a word start within reach. */
function bySearch(rule: DateRule, text: string, start: number): (string | number | undefined)[] | null {
  let from = Math.max(0, start - REACH);
  while (from > 0 && WORD_CHAR.test(text[from - 1]!)) from--;
  const m = rule.prefix!.exec(text.slice(from, start));
  return m && m[0].length > 0 ? [from + m.index, ...m.slice(1)] : null;
}

/** The probe: its group 1 is the prefix, the rest its groups; one reaching further back is left to the search. */
function byProbe(rule: DateRule, text: string, start: number): (string | number | undefined)[] | null {
  const probe = rule.prefixProbe!;
  probe.lastIndex = start;
  const p = probe.exec(text);
  if (p === null || p[1] === "") return null;
  return p[1]!.length <= REACH ? [start - p[1]!.length, ...p.slice(2)] : bySearch(rule, text, start);
}

const GRAMMARS = { en: DATE_GRAMMAR_EN, ru: DATE_GRAMMAR_RU, kk: DATE_GRAMMAR_KK };
const WORDS = {
  en: [...Object.keys(EN_PRE_MODIFIERS), "the end of", "by the end of", "10", "10th", "10th of", "10-12", "10 to 12", "the 1st of", "2 weeks", "two years"],
  ru: [...Object.keys(RU_PRE_MODIFIERS), "до конца", "10", "10-12", "с 10 по 12", "2 недели", "два года"],
  kk: [...Object.keys(KK_POST_MODIFIERS), ...Object.keys(KK_ABLATIVE_POST_MODIFIERS), "10", "10-12", "2 апта", "екі жыл"],
};
const CONTEXTS = ["", "2025 «"];
const SEPARATORS = [" ", "  "];

function corpus(lang: string): { texts: string[]; dates: string[] } {
  const lines = readFileSync(join(process.cwd(), "test", "corpus", `date.${lang}.jsonl`), "utf8").split("\n").filter((l) => l.trim());
  const cases = lines.map((l) => JSON.parse(l) as { text: string; expect: { text: string }[] });
  return { texts: cases.map((c) => c.text), dates: [...new Set(cases.flatMap((c) => c.expect.map((e) => e.text)))] };
}

describe.each(Object.entries(GRAMMARS))("%s: a rule's prefix probe finds what the search finds", (lang, grammar) => {
  const rules = grammar().rules.filter((r) => r.prefixProbe);
  const { texts, dates } = corpus(lang);
  const made: string[] = [];
  for (const date of dates) {
    for (const word of WORDS[lang as keyof typeof WORDS]) {
      for (const sep of SEPARATORS) for (const ctx of CONTEXTS) made.push(`${ctx}${word}${sep}${date} и далее`);
    }
  }
  const all = [...texts, ...made].map(normalizeText);

  test("there are such rules", () => {
    expect(rules.length).toBeGreaterThan(0);
  });

  test.each(rules.map((r) => [r.name, r] as const))("%s", (_name, rule) => {
    const re = new RegExp(rule.pattern.source, rule.pattern.flags.includes("g") ? rule.pattern.flags : `${rule.pattern.flags}g`);
    const differences: string[] = [];
    let withPrefix = 0;
    for (const text of all) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0].length === 0) { re.lastIndex++; continue; }
        const search = bySearch(rule, text, m.index);
        if (search) withPrefix++;
        const probe = byProbe(rule, text, m.index);
        if (JSON.stringify(search) !== JSON.stringify(probe)) differences.push(`${JSON.stringify(text.slice(0, m.index + 12))}: ${JSON.stringify(search)} ≠ ${JSON.stringify(probe)}`);
      }
    }
    expect(differences.slice(0, 5)).toEqual([]);
    // the texts exercise the prefix (a rule never met with one would prove nothing)
    expect(withPrefix).toBeGreaterThan(0);
  });
});
