/**
 * A quoted text that names a work, a programme or an event: a Russian title noun before its opening quote ("фильм
 * «Жусан»", "операция «Жусан»"; RU_TITLE_STEMS) or a Kazakh one after its closing quote ("«Жусан» операциясы";
 * KK_TITLE_STEMS). Such a text is no organization, even when the gazetteer knows its words (Jusan, a bank).
 */
import { KK_GENITIVE_ENDINGS, KK_TITLE_STEMS } from "../../lexicons/org-heads.kk.js";
import { RU_TITLE_STEMS } from "../../lexicons/org-heads.ru.js";
import { wordAfter } from "./chars.js";
import { wordBefore } from "./tokens.js";
import type { LanguageCode } from "../types.js";

/** A noun that names a work or an event before its quoted title ("фильм", "проекта"): RU_TITLE_STEMS. */
export const isTitleNoun = (word: string): boolean => {
  const lower = word.toLowerCase();
  return RU_TITLE_STEMS.some((stem) => lower.startsWith(stem));
};

/**
 * Whether the quoted text from `quoteStart` (its opening quote) to `quoteEnd` (after its closing one) is a title: a
 * Russian noun before it (not in Kazakh text, whose word before a quote ends another phrase: "Акциядан «Хабар»
 * ұжымы"), a Kazakh one after it (not in Russian text).
 */
export function isQuotedTitle(text: string, quoteStart: number, quoteEnd: number, language: LanguageCode): boolean {
  if (language !== "kk") {
    const before = wordBefore(text, quoteStart);
    if (before && isTitleNoun(before)) return true;
  }
  if (language === "ru") return false;
  // a genitive inside the quotes owns what follows ("«Береке Инвесттің» жобасы": its project), a title is none
  if (KK_GENITIVE_ENDINGS.some((e) => text.endsWith(e, quoteEnd - 1))) return false;
  const after = wordAfter(text, quoteEnd);
  return after.length > 0 && KK_TITLE_STEMS.some((stem) => after.startsWith(stem));
}
