/** Source: unquoted names next to an abbreviated Cyrillic legal form ("ТОО KazBeef", "KazBeef ЖШС"). */
import { NATIONAL_DESIGNATIONS, UNQUOTED_NAME_FORMS } from "../../../lexicons/legal-forms.js";
import { KK_GENITIVE_ENDINGS } from "../../../lexicons/org-heads.kk.js";
import { LEGAL_AFTER } from "../../../patterns/organization.js";
import { KAZAKH_FORMS, LEGAL_NORMALIZED, type Org, type Source, push } from "../candidate.js";
import { atSentenceStart, codeAfterBlanks, endsWithAny, hasLatinLetter, isLetterCode, isQuoteCode, isUpperStart, lower } from "../chars.js";
import { isSpaceCode, LONGEST_WORD } from "../../word-start.js";
import { kkWordIsNameLike } from "./heads.kk.js";
import { continuesWord, LazyTokens, mayBeInWord, type Token, TokensBefore, isQuote, isWord } from "../tokens.js";
import { EN_STOP, KK_STOP, RU_STOP } from "../words.js";

const NATIONAL = new Set(NATIONAL_DESIGNATIONS);

/** The script of a word for `formNameWords`: 1 Latin letters, 0 none (Cyrillic and others). */
const scriptOf = (word: string) => (hasLatinLetter(word) ? 1 : 0);

/**
 * Whether a token may be a word of an unquoted name next to a legal form: a capitalized word or
 * digit run (no quote, parenthesis or punctuation), not a legal form itself, not a stop word.
 */
function formNameWord(t: Token): boolean {
  // (a longer run of letters, hyphens and apostrophes is no word of a name: "ЖШС-ЖШС-…" read 100 characters a form)
  if (t.text.length > LONGEST_WORD) return false;
  if (!isWord(t) || isQuote(t) || t.text.startsWith("(") || !isUpperStart(t.text)) return false;
  // a legal form or a national company's designation ("«ҚТЖ» ҰК АҚ") is no word of the name
  if (LEGAL_NORMALIZED.has(t.text) || NATIONAL.has(t.text)) return false;
  const w = lower(t.text);
  return !RU_STOP.has(w) && !KK_STOP.has(w) && !EN_STOP.has(t.text);
}

/**
 * Unquoted names next to an abbreviated Cyrillic legal form (UNQUOTED_NAME_FORMS): "ТОО KazBeef",
 * "KazBeef ЖШС", "АО Kazakhmys Copper", "ТОО Казбиф". The name is the run of capitalized words
 * (at most four, of one script: a change of script ends it) right after the form, or right before
 * it, on the form's usual side first (on the other side, Latin-script names only). A quote next to the form leaves it to the quoted-name rule.
 */
function unquotedLegal(text: string, out: Org[], starts: readonly number[], count: number): void {
  for (let k = 0; k < count; k++) {
    const p = starts[k]!;
    LEGAL_AFTER.lastIndex = p;
    const m = LEGAL_AFTER.exec(text);
    if (!m || m[0].length === 0) continue;
    const form = m[1]!;
    const usual = UNQUOTED_NAME_FORMS[form];
    if (!usual) continue;
    const formEnd = p + m[0].length;
    const after = codeAfterBlanks(text, formEnd);
    let q = p;
    while (q > 0 && (text.charCodeAt(q - 1) === 32 || text.charCodeAt(q - 1) === 9)) q--;
    if (after >= 0 && isQuoteCode(after) || q > 0 && isQuoteCode(text.charCodeAt(q - 1))) continue;
    let side = usual.nameAfter;
    let words = side ? formWordsAfter(text, formEnd) : formWordsBefore(text, p);
    // on the other side only a Latin-script name ("ЖШС KazBeef"): a capitalized Cyrillic word there
    // is mostly a sentence opener or a person ("Акции АО …", "Директор ТОО …"); it is also taken over
    // one sentence-opening Cyrillic word on the usual side ("Зауытты ЖШС KazBeef …")
    const weakOwn = words.length === 1 && scriptOf(words[0]!.text) === 0 && atSentenceStart(text, words[0]!.start);
    if (words.length === 0 || weakOwn) {
      const other = side ? formWordsBefore(text, p) : formWordsAfter(text, formEnd);
      if (other.length > 0 && scriptOf(other[0]!.text) === 1) { side = !side; words = other; }
      else if (words.length === 0) continue;
    }
    const start = side ? p : words[0]!.start, end = side ? words[words.length - 1]!.end : formEnd;
    const extra: Partial<Org> = { legalForm: LEGAL_NORMALIZED.get(form)! };
    if (KAZAKH_FORMS.has(form)) {
      extra.country = "KZ";
      extra.formCountry = true;
    }
    push(out, start, end, text.slice(words[0]!.start, words[words.length - 1]!.end), extra);
  }
}

/** The name words after a legal form (see `unquotedLegal`). */
function formWordsAfter(text: string, from: number): Token[] {
  const right = new LazyTokens(text, from, Math.min(text.length, from + 100));
  const words: Token[] = [];
  for (let i = 0, t = right.at(0); t !== undefined && words.length < 4 && formNameWord(t); t = right.at(++i)) {
    if (words.length > 0 && scriptOf(t.text) !== scriptOf(words[0]!.text)) break;
    words.push(t);
  }
  return words;
}

/** The name words before a legal form (see `unquotedLegal`); Kazakh words must look like a name's. */
function formWordsBefore(text: string, to: number): Token[] {
  // a name word (formNameWord: a word token) ends in a letter or digit, "'", "’" or "-", or in a dot read before a
  // letter past `to` ("Альфа.АО"); with another character last before the form there is none, and the window is not
  // tokenized (speed: "АО(АО(АО(…" tokenized 100 characters at every form, 5× news's cost per MB)
  let e = to;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e === 0 || !mayBeInWord(text.charCodeAt(e - 1))) return [];
  const from = Math.max(0, to - 100);
  if (endsLongWord(text, e, from)) return [];
  const left = new TokensBefore(text, from, to);
  const words: Token[] = [];
  for (let i = 0, t = left.at(0); t !== undefined && words.length < 4 && formNameWord(t); t = left.at(++i)) {
    // a word the window cuts (the text goes on before it with no white space) is none: its start is not the word's
    if (t.start === from && from > 0 && !isSpaceCode(text.charCodeAt(from - 1))) break;
    if (words.length > 0 && scriptOf(t.text) !== scriptOf(words[0]!.text)) break;
    if (scriptOf(t.text) === 0 && (!kkWordIsNameLike(t.text) || endsWithAny(lower(t.text), KK_GENITIVE_ENDINGS))) break;
    words.push(t);
  }
  return words.reverse();
}

/**
 * Whether the word token that ends at `end` is longer than LONGEST_WORD, told from its last characters: a letter or
 * digit at least LONGEST_WORD + 1 back, and from it on only what continues a word (letters, digits, "'", "’", "-", a dot
 * before a letter or digit). A word token is read from its first letter on, so the token holding them all starts at that
 * letter or before. Speed: legal forms joined into one long word ("ЖШС-ЖШС-…") tokenized their windows at every form.
 */
function endsLongWord(text: string, end: number, from: number): boolean {
  // the letter may stand a few characters further back than LONGEST_WORD + 1 ("ЖШС-ЖШС-…": a hyphen there)
  const reach = Math.max(from, end - LONGEST_WORD - 9);
  for (let k = end - 1; k >= reach; k--) {
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) return false;
    const letter = isLetterCode(c);
    if (letter && k <= end - LONGEST_WORD - 1) return true;
    if (letter || continuesWord(c)) continue;
    // a dot continues a word only before a letter or digit
    if (c === 0x2e && k + 1 < text.length && isLetterCode(text.charCodeAt(k + 1))) continue;
    return false;
  }
  return false;
}

export const unquotedLegalSource: Source = {
  name: "unquoted-legal",
  anchor: "legal-form",
  find(input, out) {
    const t = input.triggers;
    unquotedLegal(input.text, out, t.legalStarts, t.legalCount);
  },
};
