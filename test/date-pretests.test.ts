/**
 * A date rule scanned over whole windows may carry a pre-test (`mustContain`, patterns/date.shared.ts `pretested`):
 * something every match of the rule contains, tested on the window first, so that a window without it is not
 * scanned (src/recognizers/date.ts findAll). A pre-test that misses what a match holds would lose dates silently, so
 * for every such rule in each language this checks, at every match of the rule in the date corpus texts and in the
 * cases below, that the pre-test passes on the stretch of text the rule read (the match with the text around it that
 * its look-arounds may read); the cases name the match each rule must find, and texts it must not be scanned in.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATE_GRAMMAR_EN } from "../patterns/date.en.js";
import { DATE_GRAMMAR_KK } from "../patterns/date.kk.js";
import { DATE_GRAMMAR_RU } from "../patterns/date.ru.js";
import { normalizeText } from "../src/normalize.js";
import type { DateGrammar, DateRule } from "../src/dates/types.js";

const GRAMMARS: Record<string, () => DateGrammar> = { en: DATE_GRAMMAR_EN, kk: DATE_GRAMMAR_KK, ru: DATE_GRAMMAR_RU };

/** How far a rule's look-behind or look-ahead may read around its match (a window reaches 24 before, 48 after a trigger). */
const AROUND = 80;

function corpusTexts(lang: string): string[] {
  return readFileSync(join("test", "corpus", `date.${lang}.jsonl`), "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => normalizeText((JSON.parse(line) as { text: string }).text));
}

/** Every match of the rule in the text, with the stretch around it that the rule may read. */
function matches(rule: DateRule, text: string): { match: string; stretch: string }[] {
  const out: { match: string; stretch: string }[] = [];
  const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    out.push({ match: m[0], stretch: text.slice(Math.max(0, m.index - AROUND), m.index + m[0].length + AROUND) });
  }
  return out;
}

function ruleNamed(lang: string, name: string): DateRule {
  const rule = GRAMMARS[lang]!().rules.find((r) => r.name === name);
  if (!rule) throw new Error(`no rule ${name}`);
  return rule;
}

describe.each(Object.keys(GRAMMARS))("date pre-tests (%s)", (lang) => {
  const pretested = GRAMMARS[lang]!().rules.filter((r) => r.mustContain !== undefined);
  const texts = corpusTexts(lang);

  it("has rules with a pre-test", () => {
    expect(pretested.length).toBeGreaterThan(0);
  });

  it.each(pretested.map((r) => [r.name, r] as const))("%s: every match in the corpus passes its pre-test", (_name, rule) => {
    const missed: string[] = [];
    for (const text of texts) {
      for (const { match, stretch } of matches(rule, text)) if (!rule.mustContain!.test(stretch)) missed.push(match);
    }
    expect(missed).toEqual([]);
  });
});

/** [language, rule, text, the rule's match in it] */
const FOUND: [string, string, string, string][] = [
  ["ru", "ru.shortYear.году", "Завод построили в 91-м году.", "91-м году"],
  ["ru", "ru.shortYear.года", "Цены не менялись с 20-го года.", "20-го года"],
  ["ru", "ru.yearEarly", "Город основан в 988 году.", "988 году"],
  ["ru", "ru.monthsCounted", "Выпуск вырос за 9 месяцев 2025 года.", "9 месяцев 2025 года"],
  ["ru", "ru.dayAnd", "Встречи пройдут 17 и 21 апреля.", "17"],
  ["kk", "kk.monthsCounted", "2025 жылдың 9 айында өндіріс өсті.", "2025 жылдың 9 айында"],
  ["kk", "kk.dayAnd", "Кездесулер 17 және 21 сәуірде өтеді.", "17"],
  ["en", "en.dayAnd", "The talks are on 17 and 21 April.", "17"],
];

describe("date pre-tests: each rule finds its date and its pre-test passes there", () => {
  it.each(FOUND)("%s %s: %s", (lang, name, text, expected) => {
    const rule = ruleNamed(lang, name);
    const found = matches(rule, normalizeText(text));
    expect(found.map((f) => f.match)).toEqual([expected]);
    expect(rule.mustContain!.test(found[0]!.stretch)).toBe(true);
  });
});

/** [language, rule, a text the rule is not scanned in: its pre-test fails] */
const SKIPPED: [string, string, string][] = [
  ["ru", "ru.shortYear.года", "Выпуск начнется в 2025 года конце."],
  ["ru", "ru.shortYear.году", "Завод построят в 2025 году."],
  ["ru", "ru.yearEarly", "Завод построят в 2025 году."],
  ["ru", "ru.monthsCounted", "В 2025 году завод даст продукцию."],
  ["kk", "kk.monthsCounted", "2025 жылы жоба пайда әкеледі."],
  ["kk", "kk.dayAnd", "Кездесу 21 сәуірде өтеді."],
  ["ru", "ru.dayAnd", "Встреча пройдет 21 апреля и завершится вечером."],
];

describe("date pre-tests: windows without what every match holds are not scanned", () => {
  it.each(SKIPPED)("%s %s: %s", (lang, name, text) => {
    const rule = ruleNamed(lang, name);
    expect(rule.mustContain!.test(normalizeText(text))).toBe(false);
    expect(matches(rule, normalizeText(text))).toEqual([]);
  });
});
