/**
 * Source (Russian): a name that defines its abbreviation in the brackets after it, read as far back as the
 * abbreviation's letters reach ("Фонд борьбы с коррупцией (ФБК)", "Национальное движение за освобождение Азавада
 * (НДОА)", "Союз за республику и демократию (СРД)"). The head source stops before "с" or "за", which more often start
 * no part of a name ("Фонд с компанией", "Фонд за год"); the abbreviation tells where this name ends, and where it
 * starts at the start of a sentence, where a capital alone names nothing.
 *
 * The words must spell the abbreviation by their initials (small words such as "за", "с", "и" may stand between, see
 * `spelled`), the first one capitalized, and hold a head in the nominative (RU_INSTITUTION_HEADS: "фонд",
 * "движение", "союз"…), so that terms ("Единый государственный экзамен (ЕГЭ)") and a name in another case (whose
 * nominative the head source makes) are left to the other sources. The alias itself is read by aliases.ts.
 */
import { ALIAS_IN_BRACKETS } from "../../../patterns/organization.js";
import { ruHeadForms } from "../../../patterns/organization.ru.js";
import { type Org, type Source, push } from "../candidate.js";
import { blanksBefore, isUpperStart, lower, wordStartBefore } from "../chars.js";

/** The most words read back from a bracket: an abbreviation's letters and the small words between them. */
const MAX_WORDS = 12;
/** The most letters of a small word that may stand between the spelling words ("за", "с", "и", "по", "для"). */
const SMALL_WORD = 3;

function definitions(text: string, out: Org[]): void {
  for (let open = text.indexOf("("); open >= 0; open = text.indexOf("(", open + 1)) {
    ALIAS_IN_BRACKETS.lastIndex = open;
    const m = ALIAS_IN_BRACKETS.exec(text);
    if (m === null) continue;
    // the capitals of the abbreviation ("АСПиР": its small "и" is a small word's, which may be skipped anyway)
    const letters = lower(m[1]!.replace(NOT_CAPITAL, ""));
    if (letters.length < 2) continue;
    const words = wordsBefore(text, open, Math.min(MAX_WORDS, letters.length * 2));
    if (words.length < letters.length) continue;
    // the longest run of words before the bracket that spells the abbreviation
    for (let s = words.length - letters.length; s >= 0; s--) {
      const first = words[s]!;
      if (!isUpperStart(first.text) || lower(first.text[0]!) !== letters[0] || !spelled(words, s, letters)) continue;
      if (!hasNominativeHead(words, s)) break;
      const last = words[words.length - 1]!;
      push(out, first.start, last.end, text.slice(first.start, last.end));
      break;
    }
  }
}

const NOT_CAPITAL = /[^\p{Lu}]/gu;

interface Word { text: string; start: number; end: number }

/** Up to `max` words of letters (and inner hyphens) right before `pos`, past blanks, in text order; anything else ends them. */
function wordsBefore(text: string, pos: number, max: number): Word[] {
  const words: Word[] = [];
  let i = pos;
  while (words.length < max) {
    const end = blanksBefore(text, i);
    let start = wordStartBefore(text, end);
    if (text.charCodeAt(start) === 0x2d) start++; // a hyphen before the word is none of it
    if (start === end) break;
    words.push({ text: text.slice(start, end), start, end });
    // a sign, a digit or a quote before the word ends the words
    if (start === 0 || blanksBefore(text, start) === start) break;
    i = start;
  }
  return words.reverse();
}

/**
 * Whether words[s…] spell the letters by their initials, each word's initial the next letter, or a small lower-case word
 * between (which may also spell one: "Союз за республику и демократию" → "СРД", "Агентство по стратегическому
 * планированию и реформам" → "АСПР").
 */
function spelled(words: readonly Word[], s: number, letters: string): boolean {
  // the (word, letter) pairs found to spell nothing: a small word that may spell a letter or stand between tries both,
  // so without them a run of such words ("и а и а …") would try every subset
  FAILED.fill(0, 0, (words.length + 1) * STRIDE);
  const match = (i: number, k: number): boolean => {
    if (i === words.length) return k === letters.length;
    if (FAILED[i * STRIDE + k] === 1) return false;
    const w = words[i]!.text;
    const initial = lower(w[0]!);
    if (k < letters.length && initial === letters[k] && match(i + 1, k + 1)) return true;
    if (i > s && i < words.length - 1 && w.length <= SMALL_WORD && initial === w[0] && match(i + 1, k)) return true;
    FAILED[i * STRIDE + k] = 1;
    return false;
  };
  return match(s, 0);
}
/** Per word read, one mark per letter of an abbreviation (ALIAS_IN_BRACKETS: 14 at most) and one past them. */
const STRIDE = 16;
const FAILED = new Uint8Array((MAX_WORDS + 1) * STRIDE);

/** Whether a word from words[s] on is a head in its nominative ("Фонд", "движение"), before any small word. */
function hasNominativeHead(words: readonly Word[], s: number): boolean {
  const heads = ruHeadForms();
  for (let i = s; i < words.length; i++) {
    const w = lower(words[i]!.text);
    if (w.length <= SMALL_WORD) return false;
    const head = heads.get(w);
    if (head !== undefined && head.word === w) return true;
  }
  return false;
}

export const definitionsSource: Source = {
  name: "definitions",
  anchor: "ru-heads",
  find: (input, out) => { if (input.language === "ru") definitions(input.text, out); },
};
