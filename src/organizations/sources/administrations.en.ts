/**
 * Source (English): a local administration written with its head in lower case, as English news about
 * Kazakhstan often does: "the akimat of Pavlodar Region", "the Pavlodar region akimat", "the Almaty city
 * akimat"; and a ministry named by its field in lower case ("the energy ministry"). (Capitalized, "Akimat of Pavlodar
 * Region" and "Ministry of Energy" are heads.en's.) The heads, fields and place words are lexicon data (EN_PLACE_HEADS,
 * EN_PLACE_WORDS, EN_LOWER_PLACE_WORDS, EN_LOWER_MINISTRY).
 */
import { EN_LOWER_MINISTRY, EN_LOWER_PLACE_ADJECTIVES, EN_PLACE_HEAD_LINK, EN_PLACE_HEADS } from "../../../lexicons/org-heads.en.js";
import { type Org, type Source, push } from "../candidate.js";
import { afterBlanks, blanksBefore, isLetterCode, wordEndAfter, wordStartBefore } from "../chars.js";
import { ARTICLES, EN_LOWER_PLACE, EN_STOP, PLACE_WORDS, possessiveAt } from "../words.js";

const HEADS: readonly string[] = EN_PLACE_HEADS.map((h) => h.toLowerCase());
/** At most this many capitalized words name the place ("North Kazakhstan", "East Kazakhstan Region"). */
const MAX_PLACE_WORDS = 3;

const isAsciiUpper = (c: number) => c >= 0x41 && c <= 0x5a;
/** A capitalized article or stop word ("The", "On") is no word of a place's name. */
const notAPlaceWord = (word: string) => ARTICLES.has(word.toLowerCase()) || EN_STOP.has(word);

/** The start of the blanks before `at`, or -1 when no blank stands there. */
function blanksStart(text: string, at: number): number {
  const b = blanksBefore(text, at);
  return b < at ? b : -1;
}

/** The end of the blanks after `at`, or -1 when no blank stands there. */
function blanksEnd(text: string, at: number): number {
  const b = afterBlanks(text, at);
  return b > at ? b : -1;
}

const PLACE_ADJECTIVES: ReadonlySet<string> = new Set(EN_LOWER_PLACE_ADJECTIVES);

/** "Pavlodar region akimat", "the Turkistan regional akimat": capitalized place words, a lower-case place word, the head at `head`. */
function placeBefore(text: string, head: number): number {
  const b = blanksStart(text, head);
  if (b < 0) return -1;
  const unitStart = wordStartBefore(text, b);
  if (unitStart === b) return -1;
  const unit = text.slice(unitStart, b);
  if (!EN_LOWER_PLACE.has(unit) && !PLACE_ADJECTIVES.has(unit)) return -1;
  let start = -1;
  for (let k = 0, at = unitStart; k < MAX_PLACE_WORDS; k++) {
    const bb = blanksStart(text, at);
    if (bb < 0) break;
    const s = wordStartBefore(text, bb);
    if (s === bb || !isAsciiUpper(text.charCodeAt(s)) || notAPlaceWord(text.slice(s, bb))) break;
    start = at = s;
  }
  return start;
}

/** "akimat of Pavlodar Region", "akimat of Almaty": the end of the place after the head's "of", or -1. */
function placeAfter(text: string, headEnd: number): number {
  const o = blanksEnd(text, headEnd);
  const link = EN_PLACE_HEAD_LINK;
  if (o < 0 || !text.startsWith(link, o) || isLetterCode(text.charCodeAt(o + link.length))) return -1;
  let at = blanksEnd(text, o + link.length);
  let end = -1;
  for (let k = 0; at > 0 && k < MAX_PLACE_WORDS; k++) {
    const e = wordEndAfter(text, at);
    if (e === at) break;
    const word = text.slice(at, e);
    if (PLACE_WORDS.has(word) || EN_LOWER_PLACE.has(word)) return end < 0 ? -1 : e; // "… Region", "… city"
    if (!isAsciiUpper(text.charCodeAt(at)) || notAPlaceWord(word)) break;
    end = e;
    at = blanksEnd(text, e);
  }
  // a place of one word without a place word ("the akimat of Almaty"); longer runs may be a person's title
  return end >= 0 && wordStartBefore(text, end) === afterBlanks(text, o + link.length) ? end : -1;
}

const MINISTRY_FIELDS: ReadonlySet<string> = new Set(EN_LOWER_MINISTRY.fields);

/** "the energy ministry", "Kazakhstan's finance ministry": a field in lower case right before "ministry". */
function lowerMinistries(text: string, out: Org[]): void {
  const head = EN_LOWER_MINISTRY.head;
  for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + head.length)) {
    const end = i + head.length;
    if (isLetterCode(text.charCodeAt(end)) && !possessiveAt(text, end)) continue;
    const b = blanksStart(text, i);
    if (b < 0) continue;
    const s = wordStartBefore(text, b);
    if (s === b || !MINISTRY_FIELDS.has(text.slice(s, b))) continue;
    push(out, s, end, text.slice(s, end));
  }
}

function administrations(text: string, out: Org[]): void {
  lowerMinistries(text, out);
  for (const head of HEADS) {
    for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + head.length)) {
      if (i > 0 && isLetterCode(text.charCodeAt(i - 1))) continue;
      // the head, or its possessive ("akimat's")
      let end = i + head.length;
      if (isLetterCode(text.charCodeAt(end))) continue;
      const start = placeBefore(text, i);
      if (start >= 0) { push(out, start, end, text.slice(start, end)); continue; }
      const after = placeAfter(text, end);
      if (after >= 0) { end = after; push(out, i, end, text.slice(i, end)); }
    }
  }
}

export const enAdministrationsSource: Source = {
  name: "administrations.en",
  anchor: "latin",
  find(input, out) { if (input.language === "en") administrations(input.text, out); },
};
