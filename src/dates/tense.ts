/**
 * The tense of the clause a bare weekday stands in ("signed on Thursday", "в четверг подпишут", "бейсенбіде қол
 * қойылды"): −1 past, +1 future, 0 unknown. News tells a past event on a weekday of the week before as often as
 * a coming one, so the nearest day (−3…+3) is only the default; a verb of the past or the future decides (counted.ts
 * weekdayOffset, through resolve.ts). The words are the lexicons' (EN_TENSE_WORDS, RU_TENSE_WORDS, KK_TENSE_WORDS), whole words, lower case.
 */
import { EN_TENSE_WORDS } from "../../lexicons/dates.en.js";
import { KK_TENSE_WORDS } from "../../lexicons/dates.kk.js";
import { RU_TENSE_WORDS } from "../../lexicons/dates.ru.js";
import { LEGAL_FORM_ABBREVIATIONS } from "../../lexicons/sentence-abbreviations.js";
import { isLetterCode } from "../word-start.js";

/** The longest word of tense (a longer word is none). */
const LONGEST = Math.max(...[EN_TENSE_WORDS, RU_TENSE_WORDS, KK_TENSE_WORDS].flatMap((w) => [...w.past, ...w.future])
  .flatMap((w) => w.split(" ")).map((w) => w.length));

/** Per language: past words, future words and phrases (as their words joined by one space), lower case. */
const TENSE_WORDS: Readonly<Record<string, { past: ReadonlySet<string>; future: ReadonlySet<string>; phraseLast: ReadonlySet<string> }>> =
  Object.fromEntries(Object.entries({ en: EN_TENSE_WORDS, ru: RU_TENSE_WORDS, kk: KK_TENSE_WORDS }).map(([lang, w]) => [lang, {
    past: new Set(w.past), future: new Set(w.future),
    phraseLast: new Set(w.future.filter((f) => f.includes(" ")).map((f) => f.slice(f.lastIndexOf(" ") + 1))),
  }]));

/**
 * How far around the weekday its clause is read, each side (a clause end stops it sooner): the verb stands within a few
 * words. Speed: reading the whole clause (120 characters each side, lower-cased and split) cost a text of weekdays with
 * no comma ("signed on Thursday signed on …") 6× the build before on it; reading outward from the weekday word by word,
 * 60 characters at most, and stopping at the first word of tense, what the build before cost (40 and 43 ms per 380 KB,
 * the two builds in turn).
 */
const REACH = 60;

type Words = (typeof TENSE_WORDS)[string];

/**
 * The tense of the clause around [start, end) of `text` in `language`: −1, +1 or 0. The nearest word of tense decides
 * (a sentence end, a comma or a semicolon bounds the clause: "signed on Thursday, and … will be finalized on Friday"); a
 * past form right after a future one is the future's ("будет подписано", "will be signed"), as is a phrase's last word
 * ("set to", "to be held").
 */
export function clauseTense(text: string, start: number, end: number, language: string): number {
  const words = TENSE_WORDS[language];
  if (words === undefined) return 0;
  let back = 0;
  let backDistance = Infinity;
  // backward: the first word of tense before the weekday
  for (let i = start, n = 0; n < 12;) {
    let j = i;
    while (j > 0 && start - j < REACH && !isLetterCode(text.charCodeAt(j - 1))) {
      if (endsClause(text, j - 1)) { j = -1; break; }
      j--;
    }
    if (j <= 0 || start - j >= REACH) break;
    let k = j;
    while (k > 0 && isLetterCode(text.charCodeAt(k - 1))) k--;
    const t = tenseAt(text, k, j, words);
    if (t !== 0) { back = t; backDistance = start - j; break; }
    i = k;
    n++;
  }
  // forward: the first word of tense after it, nearer than the one before
  for (let i = end, n = 0; n < 12;) {
    let j = i;
    // (a comma right after the weekday closes a fronted phrase, not the clause: "On Thursday, the companies signed …")
    while (j < text.length && j - end < REACH && !isLetterCode(text.charCodeAt(j))) {
      if (endsClause(text, j) && !(j === end && text.charCodeAt(j) === 0x2c)) { j = text.length; break; }
      j++;
    }
    if (j >= text.length || j - end >= REACH || j - end >= backDistance) break;
    let k = j;
    while (k < text.length && isLetterCode(text.charCodeAt(k))) k++;
    const t = tenseAt(text, j, k, words);
    if (t !== 0) return t;
    i = k;
    n++;
  }
  return back;
}

/** The tense the word at [from, to) gives: a past form after a future one and a phrase's last word are the future's. */
function tenseAt(text: string, from: number, to: number, words: Words): number {
  if (to - from > LONGEST) return 0;
  const w = text.slice(from, to).toLowerCase();
  const past = words.past.has(w);
  if (!past && !words.phraseLast.has(w)) return words.future.has(w) ? 1 : 0;
  // the two words before it
  const p1 = wordEndingAt(text, from);
  const w1 = p1 ? text.slice(p1[0], p1[1]).toLowerCase() : "";
  const p2 = p1 ? wordEndingAt(text, p1[0]) : null;
  const w2 = p2 ? text.slice(p2[0], p2[1]).toLowerCase() : "";
  if (words.future.has(`${w1} ${w}`) || words.future.has(`${w2} ${w1} ${w}`)) return 1;
  if (past) return words.future.has(w1) || words.future.has(w2) ? 1 : -1;
  return words.future.has(w) ? 1 : 0;
}

/** The word that ends before `at` after one space, as [start, end), or null. */
function wordEndingAt(text: string, at: number): [number, number] | null {
  if (at < 2 || text.charCodeAt(at - 1) !== 0x20) return null;
  let k = at - 1;
  while (k > 0 && at - 1 - k < LONGEST + 1 && isLetterCode(text.charCodeAt(k - 1))) k--;
  return k < at - 1 ? [k, at - 1] : null;
}

/** A clause's end: ".", "!", "?", ",", ";" or a line break (a period inside "Co." ends it too: the clause is shorter). */
function endsClause(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (!(c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x2c || c === 0x3b)) return false;
  // (not the period or comma of a company's legal form: "signed … with Baotou Iron Co., Ltd. on Friday")
  return !((c === 0x2e || c === 0x2c) && LEGAL_FORMS.has(wordBefore(text, at)));
}

/** Legal forms written with a period, lower case (lexicons/sentence-abbreviations.ts). */
const LEGAL_FORMS: ReadonlySet<string> = new Set(LEGAL_FORM_ABBREVIATIONS);

/** The letters right before `at` (and its period: the comma of "Co., Ltd."), lower case ("" when none; at most a legal form's length is read). */
function wordBefore(text: string, at: number): string {
  if (at > 0 && text.charCodeAt(at - 1) === 0x2e) at--;
  let k = at;
  while (k > 0 && at - k <= 5 && isLetterCode(text.charCodeAt(k - 1))) k--;
  return text.slice(k, at).toLowerCase();
}
