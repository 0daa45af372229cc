/**
 * Source (Kazakh, Russian): a Chinese company's name in Cyrillic with no quotes, legal form or borrowed company word to
 * find it by ("Хэнань Юйтун Бас построит …", "с Ганьсу Цилянь Металлургия", "Шыңжаң Тяньшань Цемент компаниясы"): a
 * province or large city (CYRILLIC_CHINESE_NAME_STARTS), then capitalized Cyrillic words, the first of which reads
 * wholly as Mandarin in the Palladius spelling, in two syllables or more ("Юйтун", "Хуагуан", "Минъян": keys.ts
 * fromPalladius). That word tells a company from a place and a person after it ("провинции Цзянсу Ли Цян", one
 * syllable; "Синьцзян Уйгурский …"). The name runs to the last capitalized word before a lower-case word or
 * punctuation, up to four after the start. The country is China's. The names are found by the stage's trigger scan
 * (src/organizations/triggers.ts), which holds the starts' first characters.
 */
import { type Org, type Source, push } from "../candidate.js";
import { KK_NAME_CASE_ENDINGS } from "../../../lexicons/org-heads.kk.js";
import { isQuoteCode, lowerCodeOf } from "../chars.js";
import { fromPalladius } from "../keys.js";
import { CYRILLIC_PLACE_NAMES } from "../words.js";

const CHINA = { country: "CN" } as const;

const isCyrillicUpper = (c: number) => c >= 0x400 && c <= 0x52f && lowerCodeOf(c) !== c;
const isBlank = (c: number) => c === 0x20 || c === 0x09;

function chineseNames(text: string, kk: boolean, out: Org[], hits: readonly RegExpExecArray[]): void {
  for (const m of hits) {
    // a quoted name is the quoted source's
    if (m.index > 0 && isQuoteCode(text.charCodeAt(m.index - 1))) continue;
    const groupEnd = m.index + m[0].length;
    let at = groupEnd - m[1]!.length, end = -1, nameEnd = -1, words = 0;
    while (at < groupEnd) {
      while (at < groupEnd && isBlank(text.charCodeAt(at))) at++;
      let e = at;
      while (e < groupEnd && !isBlank(text.charCodeAt(e))) e++;
      if (!isCyrillicUpper(text.charCodeAt(at))) break;
      const word = text.slice(at, e).toLowerCase();
      // the first word after the start is Mandarin; the rest may be any capitalized word ("Бас", "Металлургия") but a
      // place of Kazakhstan ("… Цементная Алматы")
      if (words === 0 ? fromPalladius(word) === null : CYRILLIC_PLACE_NAMES.has(word)) break;
      end = nameEnd = e;
      words++;
      at = e;
      // a Kazakh case ending ends the name, which stops before it; the span runs over it ("Хэнань Юйтун Баспен")
      if (kk && words > 1) {
        const ending = KK_NAME_CASE_ENDINGS.find((x) => word.endsWith(x) && word.length - x.length >= 3);
        if (ending !== undefined) { nameEnd = e - ending.length; break; }
      }
    }
    if (words === 0) continue;
    push(out, m.index, end, text.slice(m.index, nameEnd), CHINA);
  }
}

export const chineseCyrillicSource: Source = {
  name: "chinese-cyrillic",
  anchor: "kk-or-ru",
  find(input, out) { if (input.triggers.chinese.length > 0) chineseNames(input.text, input.kk, out, input.triggers.chinese); },
};
