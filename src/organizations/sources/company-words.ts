/**
 * Source (Kazakh, Russian): an unquoted name that ends in a company word borrowed from English and written in
 * Cyrillic (CYRILLIC_COMPANY_WORDS): "Евразия Групп построит …", "Каспий Ойл компаниясы", "Береке Инвесттің".
 * The name is the capitalized Cyrillic words before the company word (one to three) and the word itself; quoted
 * names are the quoted source's.
 */
import { type Org, type Source, push } from "../candidate.js";
import { KK_GENITIVE_ENDINGS } from "../../../lexicons/org-heads.kk.js";
import { endsWithAny, isQuoteCode, lowerCodeOf, wordStartBefore } from "../chars.js";
import { isSpaceCode } from "../scan.js";
import { CYRILLIC_PLACE_NAMES, KK_STOP, RU_NOUNS_BEFORE_NAME, RU_STOP } from "../words.js";

/** At most this many capitalized words before the company word ("Транс Азия Констракшн"). */
const MAX_WORDS = 3;

const isCyrillicUpper = (c: number) => c >= 0x400 && c <= 0x52f && lowerCodeOf(c) !== c;

function companyWordNames(text: string, out: Org[], hits: readonly RegExpExecArray[]): void {
  for (const m of hits) {
    let start = -1;
    let at = m.index;
    for (let k = 0; k < MAX_WORDS; k++) {
      // one blank, then a capitalized Cyrillic word (letters and inner hyphens)
      if (at === 0 || text.charCodeAt(at - 1) !== 0x20) break;
      const end = at - 1;
      const s = wordStartBefore(text, end);
      if (s === end || !isCyrillicUpper(text.charCodeAt(s))) break;
      const word = text.slice(s, end).toLowerCase();
      // an owner in the Kazakh genitive is not part of the name ("Қытайдың Шаньдун Агро")
      if (RU_STOP.has(word) || KK_STOP.has(word) || endsWithAny(word, KK_GENITIVE_ENDINGS)) break;
      // nor a noun that governs it, capitalized at a sentence start ("Компания Хайлань Моторс", "Глава Астана Моторс")
      if (RU_NOUNS_BEFORE_NAME.has(word)) break;
      start = at = s;
    }
    if (start < 0) continue;
    // a place before another capitalized word is where the company is ("В Алматы Транс Азия Констракшн"); right
    // before the company word it starts the name ("Астана Моторс")
    const firstEnd = text.indexOf(" ", start);
    if (firstEnd > 0 && firstEnd < m.index - 1 && CYRILLIC_PLACE_NAMES.has(text.slice(start, firstEnd).toLowerCase())) start = firstEnd + 1;
    // a quoted name is the quoted source's («Астана Моторс»), and a word glued to something else is no name start
    const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
    if (isQuoteCode(before) || !(isSpaceCode(before) || before === 0x28 || before === 0x2c)) continue;
    // the span runs over a Kazakh case ending ("Береке Инвесттің"); the name stops before it
    push(out, start, m.index + m[0].length, text.slice(start, m.index + m[1]!.length));
  }
}

export const companyWordsSource: Source = {
  name: "company-words",
  anchor: "always",
  find(input, out) { if (input.triggers.companyWords.length > 0) companyWordNames(input.text, out, input.triggers.companyWords); },
};
