/**
 * Source (Kazakh, Russian): an acronym that no list knows, named an organization by what stands beside it: a noun of
 * a company or of its people before it ("компании МНКТ", "представитель NHS", "члену ХДС"), a verb of business or
 * reporting after it ("НКОК сообщил", "ПКОП построит", "НКОК хабарлады"), or in Kazakh a head or staff word after it
 * ("АБВГ компаниясы", "АБВГ басшылығы"). Codes, places and terms in capitals (NON_ORGANIZATION_ABBREVIATIONS,
 * NON_ORGANIZATION_TOKENS), legal forms and Roman numerals are none; known acronyms are the gazetteer's.
 */
import { ACRONYM, NOT_BEFORE_WORD } from "../../../patterns/organization.js";
import { LEGAL_NORMALIZED, type Org, type Source, push } from "../candidate.js";
import { codeAfterBlanks, isQuoteCode, wordAfter } from "../chars.js";
import { kkHeadAfter, kkStaffAfter } from "../next-to.js";
import { execAtWordStart } from "../scan.js";
import { wordBefore } from "../tokens.js";
import { KK_VERBS_AFTER_NAME, NON_ORG_ABBREVIATIONS, NON_ORG_TOKENS, RU_NOUNS_BEFORE_NAME, RU_VERBS_AFTER_NAME } from "../words.js";

const ROMAN = /^[IVXLCDM]+$/;

function acronyms(text: string, out: Org[], kk: boolean, ru: boolean): void {
  ACRONYM.lastIndex = 0;
  for (let m = execAtWordStart(ACRONYM, text, NOT_BEFORE_WORD); m; m = execAtWordStart(ACRONYM, text, NOT_BEFORE_WORD)) {
    const ending = m[1];
    const name = ending === undefined ? m[0] : m[0].slice(0, -ending.length);
    // (the whole word too: "МВт" is no "МВ" with an ending)
    if (NON_ORG_ABBREVIATIONS.has(name) || NON_ORG_ABBREVIATIONS.has(m[0]) || NON_ORG_TOKENS.has(name) || LEGAL_NORMALIZED.has(name) || ROMAN.test(name)) continue;
    const start = m.index, end = start + m[0].length;
    // before a quoted name it is the name's form or designation ("НП «Викимедиа РУ»")
    if (isQuoteCode(codeAfterBlanks(text, end))) continue;
    const next = wordAfter(text, end);
    const named = ru && (RU_NOUNS_BEFORE_NAME.has(wordBefore(text, start)) || RU_VERBS_AFTER_NAME.has(next)) ||
      kk && ending === undefined && (KK_VERBS_AFTER_NAME.has(next) || kkHeadAfter(text, end) !== null || kkStaffAfter(text, end));
    if (named) push(out, start, end, name);
  }
}

export const acronymsSource: Source = {
  name: "acronyms",
  anchor: "kk-or-ru",
  find: (input, out) => acronyms(input.text, out, input.kk, input.ru),
};
