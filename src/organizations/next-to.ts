/**
 * Whether a head word or a legal form stands right next to a position: a Kazakh head after a name,
 * a Russian head before it, a legal form after it. Each test runs its sticky pattern only when the
 * next (or previous) word can start one.
 */
import { LEGAL_AFTER, LEGAL_FORM_INITIALS } from "../../patterns/organization.js";
import { KK_HEAD_AFTER, KK_HEAD_AFTER_INITIALS } from "../../patterns/organization.kk.js";
import { RU_HEAD_BEFORE } from "../../patterns/organization.ru.js";
import { KK_ACCUSATIVE_ENDINGS, KK_DESCRIPTIVE_ENDINGS, KK_DESCRIPTIVE_WORDS, KK_GENITIVE_ENDINGS, KK_POSSESSIVE_CASE_ENDINGS, KK_STAFF_AFTER, KK_VERBAL_NOUN_ENDINGS } from "../../lexicons/org-heads.kk.js";
import { afterBlanks, codeAfterBlanks, endsWithAny, isLetterCode, lowerCodeOf, wordEndAfter } from "./chars.js";
import { isPlainCode } from "./scan.js";

/**
 * `RU_HEAD_BEFORE.test(text.slice(max(0, pos - reach), pos))` when the word before `pos` (by
 * `wordBefore`) is in ruQuoteHeadWords(): the head is that word, so spaces or tabs must follow it
 * and it must start a word of the slice. The regex decides only what the word cannot: a surrogate
 * before it (an astral letter), or a word that starts before the slice.
 */
export function ruHeadBefore(text: string, pos: number, reach: number): boolean {
  let e = pos;
  while (e > 0 && (text[e - 1] === " " || text[e - 1] === "\t")) e--;
  if (e === pos) return false;
  let s = e;
  while (s > 0 && isLetterCode(text.charCodeAt(s - 1))) s--;
  const from = Math.max(0, pos - reach);
  const c = s > from ? text.charCodeAt(s - 1) : 0;
  if (s < from || c >= 0xd800 && c <= 0xdfff) return RU_HEAD_BEFORE.test(text.slice(from, pos));
  return true;
}

/** KK_HEAD_AFTER's initials as lower-case code units. */
const KK_HEAD_AFTER_CODES = new Set([...KK_HEAD_AFTER_INITIALS].map((ch) => ch.charCodeAt(0)));
/** LEGAL_FORM_INITIALS as code units. */
const LEGAL_FORM_CODES = new Set([...LEGAL_FORM_INITIALS].map((ch) => ch.charCodeAt(0)));

/**
 * `KK_HEAD_AFTER.exec(text)` at `pos` (sticky), run only when the character after the blanks may
 * start a head: a plain one whose lower case is an initial (the `i` flag equals that there), or any
 * other (its case folding is left to the regex).
 */
export function kkHeadAfter(text: string, pos: number): RegExpExecArray | null {
  const c = codeAfterBlanks(text, pos);
  if (c < 0) return null;
  if (isPlainCode(c)) {
    const l = lowerCodeOf(c);
    if (l >= 0 && !KK_HEAD_AFTER_CODES.has(l)) return null;
  }
  KK_HEAD_AFTER.lastIndex = pos;
  return KK_HEAD_AFTER.exec(text);
}

const DESCRIPTIVE_WORDS = new Set(KK_DESCRIPTIVE_WORDS);

/** Whether a lower-case word may describe a body between its quoted name and its head (KK_DESCRIPTIVE_ENDINGS). */
function isDescriptive(word: string, next: string): boolean {
  if (DESCRIPTIVE_WORDS.has(word) || endsWithAny(word, KK_DESCRIPTIVE_ENDINGS) || endsWithAny(word, KK_VERBAL_NOUN_ENDINGS)) return true;
  // the object of a verbal noun: "кәсіпкерлікті қолдау"
  if (endsWithAny(word, KK_ACCUSATIVE_ENDINGS) && endsWithAny(next, KK_VERBAL_NOUN_ENDINGS)) return true;
  // whom the body serves, in the genitive before a word of its own: "«Шапағат» мүгедектердің қайырымдылық қоры"
  return next !== "" && endsWithAny(word, KK_GENITIVE_ENDINGS);
}

/** The end of the lower-case word (letters and inner hyphens) at `start`, or -1 when none starts there. */
function lowerWordEnd(text: string, start: number): number {
  const end = wordEndAfter(text, start);
  if (end === start || text.charCodeAt(end) === 0x2d) return -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (lowerCodeOf(c) !== c) return -1; // a capital: a name, not a description
  }
  return end;
}

/**
 * kkHeadAfter, or a head after at most three words that describe the body ("«Арман» балалар ансамблі",
 * "«Жетісу» республикалық мемлекеттік кәсіпорны", "«Нұр» әлеуметтік қызмет көрсету орталығы"): the match of the head.
 * Each word is read once; the head pattern runs after each.
 */
function kkHeadAfterWords(text: string, pos: number): RegExpExecArray | null {
  const direct = kkHeadAfter(text, pos);
  if (direct) return direct;
  let start = afterBlanks(text, pos);
  let end = start > pos ? lowerWordEnd(text, start) : -1;
  for (let k = 0; k < 3 && end > 0; k++) {
    const nextStart = afterBlanks(text, end);
    const nextEnd = nextStart > end ? lowerWordEnd(text, nextStart) : -1;
    if (!isDescriptive(text.slice(start, end), nextEnd > 0 ? text.slice(nextStart, nextEnd) : "")) return null;
    const head = kkHeadAfter(text, end);
    if (head) return head;
    start = nextStart; end = nextEnd;
  }
  return null;
}

/** `LEGAL_AFTER.exec(text)` at `pos` (sticky), run only when a form's first character follows the blanks. */
export function legalAfter(text: string, pos: number): RegExpExecArray | null {
  const c = codeAfterBlanks(text, pos);
  if (c < 0 || !LEGAL_FORM_CODES.has(c)) return null;
  LEGAL_AFTER.lastIndex = pos;
  return LEGAL_AFTER.exec(text);
}

/**
 * The Kazakh head after a name (quoted or Latin) at `pos`: in Kazakh text also after the words that describe the body
 * (kkHeadAfterWords); in Russian text, where those words are not Kazakh, the head alone (kkHeadAfter).
 */
export function kkHeadAfterName(text: string, pos: number, kazakhText: boolean): RegExpExecArray | null {
  return kazakhText ? kkHeadAfterWords(text, pos) : kkHeadAfter(text, pos);
}

const KK_STAFF = new Set(KK_STAFF_AFTER);
const KK_POSSESSIVE_ENDINGS = new Set(KK_POSSESSIVE_CASE_ENDINGS);
/** The longest KK_STAFF_AFTER entry, in words. */
const KK_STAFF_WORDS_MAX = Math.max(...KK_STAFF_AFTER.map((w) => w.split(" ").length));

/**
 * Whether a word of KK_STAFF_AFTER follows `pos` (after blanks), with a case ending of KK_POSSESSIVE_CASE_ENDINGS or
 * none: «Сусервис» қызметкерлері, «Алтынтау» басшылығының. Reads at most two words; no pattern.
 */
export function kkStaffAfter(text: string, pos: number): boolean {
  let start = afterBlanks(text, pos);
  if (start === pos) return false;
  let phrase = "";
  for (let k = 0; k < KK_STAFF_WORDS_MAX; k++) {
    const end = wordEndAfter(text, start);
    if (end === start) return false;
    phrase += (k > 0 ? " " : "") + text.slice(start, end).toLowerCase();
    for (let cut = 0; cut <= 5 && cut < phrase.length; cut++) {
      if (KK_STAFF.has(phrase.slice(0, phrase.length - cut)) && KK_POSSESSIVE_ENDINGS.has(phrase.slice(phrase.length - cut))) return true;
    }
    const next = afterBlanks(text, end);
    if (next === end) return false;
    start = next;
  }
  return false;
}
