/** Generates case forms from a stem and an ending class (data in lexicons/org-heads.*.ts). */
import { KK_CASE_ENDINGS, KK_POSSESSIVE, KK_POSSESSIVE_CASE_ENDINGS } from "../../lexicons/org-heads.kk.js";
import {
  RU_CLASS_BY_ENDING, RU_ENDING_CLASSES, RU_UNINFLECTED_FINALS, type RuEndingClass,
} from "../../lexicons/org-heads.ru.js";

const CYRILLIC_LOWER = /\p{Script=Cyrillic}/u;

/** The Russian ending class of a word, or null when it is not inflected (acronyms, soft stems, Latin). */
export function ruClassOf(word: string): RuEndingClass | null {
  const last = word[word.length - 1] ?? "";
  if (!CYRILLIC_LOWER.test(last) || last !== last.toLowerCase()) return null;
  for (const [ending, cls] of RU_CLASS_BY_ENDING) if (word.endsWith(ending)) return cls;
  return RU_UNINFLECTED_FINALS.includes(last) ? null : "m";
}

/** Singular case forms of a Russian word (from RU_ENDING_CLASSES). */
export function ruForms(word: string, cls: RuEndingClass | null = ruClassOf(word)): string[] {
  if (!cls) return [word];
  const endings = RU_ENDING_CLASSES[cls];
  const nominative = endings[0]!;
  const stem = word.slice(0, word.length - nominative.length);
  return endings.map((e) => stem + e);
}

/** Every Kazakh ending after a stem: possessive, case, or possessive + case. */
export function kkEndings(): string[] {
  const out = new Set<string>();
  for (const c of KK_CASE_ENDINGS) out.add(c);
  for (const p of KK_POSSESSIVE) for (const c of KK_POSSESSIVE_CASE_ENDINGS) out.add(p + c);
  return [...out];
}
