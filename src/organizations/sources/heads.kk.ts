/** Source (Kazakh): a head word of a body or institution with the capitalized name phrase before it. */
import {
  KK_ACCUSATIVE_ENDINGS, KK_ADMINISTRATIVE_UNITS, KK_CAPITALIZED_NON_NAME_ENDINGS, KK_DATIVE_ENDINGS, KK_DATIVE_POSTPOSITIONS, KK_EPONYM_LINK, KK_LIST_AND,
  KK_GENITIVE_ENDINGS, KK_NAME_ENDINGS, KK_NAME_LINK_WORDS,
  KK_LOCAL_BODY_UNITS, KK_NON_NAME_ENDINGS, KK_PLURAL_ENDINGS, KK_POSTS_BEFORE_REMIT, KK_REMIT_HEADS, KK_VERBAL_NOUN_ENDINGS,
} from "../../../lexicons/org-heads.kk.js";
import { KK_BARE_HEAD_SET, KK_HEAD_FORMS, KK_HEAD_PREFIXES, KK_HEAD_WORD } from "../../../patterns/organization.kk.js";
import { KAZAKH_FORMS, LEGAL_NORMALIZED, type Org, type Source, push } from "../candidate.js";
import { atSentenceStart, blanksBefore, endsWithAny, isBareNumber, isDigitStart, isUpperStart, lower, lowerCodeOf, wordAfter, wordStartBefore } from "../chars.js";
import { kkHeadAfter, kkStaffAfter, legalAfter } from "../next-to.js";
import { isSpaceCode } from "../scan.js";
import { type Token, TokensBefore, isQuote, isWord } from "../tokens.js";
import { KK_COMPANY, KK_INNER, KK_LOCAL_HEADS, KK_LOCAL_UNITS, KK_NAME_WORDS, KK_STOP, KK_VERBS_AFTER_NAME } from "../words.js";
import { groupsOf } from "../../regex.js";
import { commodityName } from "../../capacity/lookup.js";

export function kkWordIsNameLike(word: string): boolean {
  const w = lower(word);
  if (KK_STOP.has(w)) return false;
  if (w.startsWith("(") || KK_NAME_WORDS.has(w)) return true;
  if (endsWithAny(w, KK_NAME_ENDINGS)) return true;
  return !endsWithAny(w, isUpperStart(word) ? KK_CAPITALIZED_NON_NAME_ENDINGS : KK_NON_NAME_ENDINGS);
}

const DATIVE_POSTPOSITIONS: ReadonlySet<string> = new Set(KK_DATIVE_POSTPOSITIONS);
/** The conjunction before the last item of a listed remit, and as a word between blanks. */
const AND = KK_LIST_AND;
const LISTED_AND = ` ${KK_LIST_AND} `;
/**
 * Whether a word in the dative stands right before a postposition that takes it, or is the object of a verbal noun one
 * or two words on ("Халыққа қызмет көрсету орталығы"): a word of the name (the phrase read backwards so far).
 */
function datativeOfPostposition(word: string, phrase: readonly Token[]): boolean {
  if (!endsWithAny(lower(word), KK_DATIVE_ENDINGS)) return false;
  const next = phrase[phrase.length - 1], after = phrase[phrase.length - 2];
  if (next === undefined) return false;
  if (DATIVE_POSTPOSITIONS.has(lower(next.text))) return true;
  // (in lower case: "Маңғыстау" after "Келісімге" is a place, not a verbal noun)
  if (isUpperStart(next.text)) return false;
  return [next, after].some((t) => t !== undefined && !isUpperStart(t.text) && endsWithAny(lower(t.text), KK_VERBAL_NOUN_ENDINGS));
}

/** The head a whole word is a form of, if any (a separate regex: KK_HEAD's lastIndex belongs to the scan). */
function headOfWord(word: string): string | undefined {
  const m = KK_HEAD_WORD.exec(word);
  if (!m || m.index !== 0 || m[0].length !== word.length) return undefined;
  return lower(groupsOf(KK_HEAD_WORD, m).head!);
}

const LINK_WORDS = new Set(KK_NAME_LINK_WORDS);
/** A person's initials as one token, capitals with periods between ("Л.Н", "Қ"). */
const INITIALS = /^\p{Lu}(?:\.\p{Lu})?$/u;

/**
 * Whether a phrase read backwards (nearest word first) ends in the surname of KK_EPONYM_LINK, with at most one
 * initial read before it: initials may come next.
 */
function initialsMayFollow(phrase: readonly Token[]): boolean {
  const n = phrase.length;
  const surname = n >= 1 && INITIALS.test(phrase[n - 1]!.text) ? n - 2 : n - 1;
  return surname >= 1 && !INITIALS.test(phrase[surname]!.text) && lower(phrase[surname - 1]!.text) === KK_EPONYM_LINK;
}

const REMIT_HEADS = new Set(KK_REMIT_HEADS);
const UNITS = new Set([...KK_ADMINISTRATIVE_UNITS, ...KK_LOCAL_BODY_UNITS]);

/** The number sign before a numbered body's number ("Қалалық №2 ауруханасы"). */
const NUMBER_SIGN = "№";

/**
 * Where a name phrase starts once its words are known: after the last lower-case word that stands before a
 * capitalized one, unless that word links two parts of one name (KK_NAME_LINK_WORDS) or is an administrative
 * unit, as such, as an adjective or in the genitive ("Түркістан облысының Жер қатынастары басқармасы", "Бостандық
 * аудандық Полиция басқармасы").
 */
function startAfterBreak(phrase: readonly Token[]): number {
  for (let j = phrase.length - 1; j > 0; j--) {
    if (!isUpperStart(phrase[j]!.text) || isUpperStart(phrase[j - 1]!.text) || phrase[j - 1]!.text === NUMBER_SIGN) continue;
    const w = lower(phrase[j - 1]!.text);
    if (LINK_WORDS.has(w) || UNITS.has(w)) continue;
    const genitive = KK_GENITIVE_ENDINGS.find((e) => w.endsWith(e));
    if (genitive !== undefined && UNITS.has(w.slice(0, -genitive.length))) continue;
    return j;
  }
  return 0;
}

/** Whether the word right before `at` (after one run of blanks) starts with a lower-case letter. */
function lowerWordBefore(text: string, at: number): boolean {
  const [start, end] = wordSpanBefore(text, at);
  if (start === end) return false;
  const c = text.charCodeAt(start);
  return lowerCodeOf(c) === c;
}

/** The start and end of the word right before `at`, over blanks (both `at`'s blank end when none stands there). */
function wordSpanBefore(text: string, at: number): [number, number] {
  const end = blanksBefore(text, at);
  return [end < at ? wordStartBefore(text, end) : end, end];
}

const POSTS: readonly string[] = KK_POSTS_BEFORE_REMIT;

/** Whether the word right before `at` (over blanks) ends with a person's post (KK_POSTS_BEFORE_REMIT). */
function postBefore(text: string, at: number): boolean {
  const [start, end] = wordSpanBefore(text, at);
  return start < end && endsWithAny(lower(text.slice(start, end)), POSTS);
}

/** Characters that always end a name phrase read backwards from a head (punctuation and quote tokens). */
const CLAUSE_BREAKS = ',;:!?«»"“”\n';

/**
 * Whether a capital letter or a digit occurs between `pos` and the clause start before it (at most
 * `max` characters back). A closing parenthesis may hide a comma inside one token: then yes.
 */
function capitalInClause(text: string, pos: number, max: number): boolean {
  let commas = 0;
  for (let i = pos - 1, from = Math.max(0, pos - max); i >= from; i--) {
    const kind = charKind(text.charCodeAt(i));
    if (kind === KIND_OTHER) continue;
    if (kind === KIND_CAPITAL) return true;
    // (a comma of a remit listed before its "және" goes on with the clause, as the phrase reading does)
    // (searched within the clause only: an indexOf over the rest of the text would make a list of commas quadratic)
    if (kind === KIND_BREAK && text.charCodeAt(i) === 0x2c && commas < 2 && text.slice(i, pos).includes(LISTED_AND)) {
      commas++;
      continue;
    }
    if (kind === KIND_BREAK) return false;
    // a full stop ends the clause before a space or at the text end
    if (i + 1 >= text.length || text[i + 1] === " ") return false;
  }
  return false;
}

/** Kinds of characters for `capitalInClause`, memoized per UTF-16 code unit. */
const KIND_OTHER = 1, KIND_CAPITAL = 2, KIND_BREAK = 3, KIND_STOP = 4;
const CHAR_KINDS = new Uint8Array(0x10000);

function charKind(code: number): number {
  const known = CHAR_KINDS[code]!;
  if (known !== 0) return known;
  const ch = String.fromCharCode(code);
  const kind = ch === ")" || ch >= "0" && ch <= "9" || ch !== ch.toLowerCase() ? KIND_CAPITAL
    : CLAUSE_BREAKS.includes(ch) ? KIND_BREAK
    : ch === "." ? KIND_STOP
    : KIND_OTHER;
  CHAR_KINDS[code] = kind;
  return kind;
}

/**
 * A token (or its part before a hyphen) may be a LEGAL_NORMALIZED key: keys are case-sensitive, and
 * a token has no space (a quoted or parenthesized one starts with a character no key starts with),
 * so only the first code units of the keys without a space pass.
 */
const startsLegalForm = (() => {
  const codes = new Uint8Array(0x10000);
  for (const k of LEGAL_NORMALIZED.keys()) if (![...k].some((ch) => isSpaceCode(ch.charCodeAt(0)))) codes[k.charCodeAt(0)] = 1;
  return (word: string) => codes[word.charCodeAt(0)] === 1 || word.length === 0;
})();

/**
 * `KK_HEAD_PREFIXES.has(lower(word.slice(0, 4)))` without building the slice: the first (up to) four
 * code units in lower case as two numbers, the second marked with the length. A code unit whose lower
 * case is not one code unit below U+4000 takes the string test.
 */
const isHeadPrefix = (() => {
  const keys = new Map<number, Set<number>>();
  const second = (codes: number[]) => (codes.length === 4 ? codes[2]! << 14 | codes[3]! : codes.length === 3 ? 1 << 28 | codes[2]! : 2 << 28 | codes.length);
  const numeric = (codes: number[]) => codes.every((c) => c > 0 && c < 0x4000);
  const fallback = new Set<string>();
  for (const p of KK_HEAD_PREFIXES) {
    const codes = [...p].map((ch) => lowerCodeOf(ch.charCodeAt(0)));
    if (p.length !== codes.length || !numeric(codes) || lower(p) !== p || codes.length < 2) { fallback.add(p); continue; }
    const k = codes[0]! << 14 | codes[1]!;
    keys.set(k, (keys.get(k) ?? new Set<number>()).add(second(codes)));
  }
  if (fallback.size > 0) throw new Error(`kzdeals: head prefixes need two or more lower-case letters below U+4000: ${[...fallback].join(", ")}`);
  return (word: string) => {
    const n = Math.min(4, word.length);
    if (n < 2) return KK_HEAD_PREFIXES.has(lower(word));
    const a = lowerCodeOf(word.charCodeAt(0)), b = lowerCodeOf(word.charCodeAt(1));
    const c = n > 2 ? lowerCodeOf(word.charCodeAt(2)) : 1, d = n > 3 ? lowerCodeOf(word.charCodeAt(3)) : 1;
    if (!(a > 0 && a < 0x4000 && b > 0 && b < 0x4000 && c > 0 && c < 0x4000 && d > 0 && d < 0x4000)) {
      return KK_HEAD_PREFIXES.has(lower(word.slice(0, 4)));
    }
    const seconds = keys.get(a << 14 | b);
    return seconds !== undefined && seconds.has(n === 4 ? c << 14 | d : n === 3 ? 1 << 28 | c : 2 << 28 | n);
  };
})();

/**
 * A body named by its unit word alone in lower case ("облыс әкімдігі", "аудан әкімдігіне"): the unit
 * word right before the head, itself not after a name (that phrase is read as a name above).
 */
function localBody(text: string, out: Org[], headStart: number, headEnd: number, base: string): void {
  if (!KK_LOCAL_HEADS.has(base)) return;
  let i = headStart;
  if (i === 0 || !isSpaceCode(text.charCodeAt(i - 1))) return;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  const wordEnd = i;
  while (i > 0 && lowerCodeOf(text.charCodeAt(i - 1)) === text.charCodeAt(i - 1) && !isSpaceCode(text.charCodeAt(i - 1)) &&
    !CLAUSE_BREAKS.includes(text[i - 1]!) && text[i - 1] !== "." && text[i - 1] !== "(") i--;
  const unit = text.slice(i, wordEnd);
  if (!KK_LOCAL_UNITS.has(unit)) return;
  push(out, i, headEnd, `${unit} ${base}`, { head: base, headStart });
}

function kkHeads(text: string, out: Org[], hits: RegExpExecArray[]): void {
  for (let h = 0; h < hits.length; h++) {
    const m = hits[h]!;
    // groups: 1 head, 2 ending
    const headStart = m.index, headEnd = m.index + m[0].length, ending = m[2];
    const base = KK_HEAD_FORMS.get(lower(m[1]!));
    if (!base) continue;
    // a bare head with no ending ends a name before punctuation, or before the body's people ("Мемлекеттік кредиттік
    // бюро өкілдері", "Ұлттық қоғамдық кеңес мүшелері")
    // or a verb of business or reporting ("Инвестициялар жөніндегі комитет хабарлады")
    if (KK_BARE_HEAD_SET.has(base) && !ending && !/^\s*[.,;:!?)\n]/.test(text.slice(headEnd, headEnd + 2)) && !kkStaffAfter(text, headEnd) &&
      !KK_VERBS_AFTER_NAME.has(wordAfter(text, headEnd))) continue;
    // the phrase must start with a capitalized word: skip the tokenizing when its clause has none
    if (!capitalInClause(text, headStart, 130)) { localBody(text, out, headStart, headEnd, base); continue; }
    // a head that also names someone's work needs a lower-case word right before it (see below): tested before the
    // phrase is read, as "қызметі" is a common word
    // (nor a person's post: "вице-министрі қызметін атқарды")
    if (REMIT_HEADS.has(base) && (!lowerWordBefore(text, headStart) || postBefore(text, headStart))) continue;
    const window = new TokensBefore(text, Math.max(0, headStart - 130), headStart);
    // the phrase, read from the right (reversed below)
    const phrase: Token[] = [];
    let commas = 0;
    for (let i = 0; window.at(i) !== undefined && phrase.length < 9; i++) {
      const t = window.at(i)!;
      // a person's initials before the surname of KK_EPONYM_LINK ("Л.Н. Гумилев атындағы", "Қ. Сәтбаев атындағы"): up to two
      if (t.text === "." && initialsMayFollow(phrase)) {
        const initial = window.at(i + 1);
        if (initial === undefined || !INITIALS.test(initial.text)) break;
        phrase.push(initial); i++;
        continue;
      }
      // the number sign of a numbered body ("Қалалық №2 ауруханасы", "№7 емханасы"), before its number
      if (t.text === NUMBER_SIGN && phrase.length > 0 && isDigitStart(phrase[phrase.length - 1]!.text)) { phrase.push(t); continue; }
      // a remit listed with commas before its "және" ("Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі"):
      // the comma goes on with the phrase (at most two)
      if (t.text === "," && commas < 2 && phrase.length > 0 && phrase.some((p) => lower(p.text) === AND) && !phrase.some((p) => isUpperStart(p.text))) {
        commas++;
        continue;
      }
      if (!isWord(t) || isQuote(t)) break;
      // a legal form belongs to the name before it («X» ЖШС), not to a phrase before the head
      if (startsLegalForm(t.text)) {
        const dash = t.text.indexOf("-");
        if (LEGAL_NORMALIZED.has(dash < 0 ? t.text : t.text.slice(0, dash))) break;
      }
      // another head ends the phrase (two bodies joined by a conjunction); a bare head word may sit inside a name
      const headPrefix = isHeadPrefix(t.text);
      const other = headPrefix ? headOfWord(t.text) : undefined;
      if (other) {
        if (!KK_BARE_HEAD_SET.has(other)) break;
      } else if (headPrefix) {
        if (kkHeadAfter(t.text, 0)?.[0].length === t.text.length) break;
      }
      // (a dative before a postposition of the name is a word of it: "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі")
      if (!kkWordIsNameLike(t.text) && !datativeOfPostposition(t.text, phrase)) break;
      phrase.push(t);
    }
    phrase.reverse();
    // before a numbered body's number sign its adjectives and place stay, not a plural noun ("Дәрігерлер №7 емханасында")
    const sign = phrase.findIndex((t) => t.text === NUMBER_SIGN);
    for (let k = sign - 1; k >= 0; k--) {
      if (endsWithAny(lower(phrase[k]!.text), KK_PLURAL_ENDINGS)) { phrase.splice(0, k + 1); break; }
    }
    const cut = startAfterBreak(phrase);
    if (cut > 0) phrase.splice(0, cut);
    // the phrase starts at a capitalized word; a bare number before it counts something else ("1 ғана Қарағанды … университетінде")
    while (phrase.length && phrase[0]!.text !== NUMBER_SIGN && (!isUpperStart(phrase[0]!.text) || KK_INNER.has(lower(phrase[0]!.text)) ||
      phrase[0]!.text.startsWith("(") || isBareNumber(text, phrase[0]!.text, phrase[0]!.start))) phrase.shift();
    // an owner in the genitive before a company's name ("Қытайдың Хуадянь корпорациясы") is not part of it
    if (phrase.length > 1 && KK_COMPANY.has(base) && endsWithAny(lower(phrase[0]!.text), KK_GENITIVE_ENDINGS)) phrase.shift();
    // a sentence-opening verbal noun before a capitalized name ("Meeting <Name> …") is not part of it
    // (or a sentence-opening object in the accusative: "Жобаны Қазақстанның Даму банкі …", not a place: "Алматы …")
    if (phrase.length > 1 && atSentenceStart(text, phrase[0]!.start) && isUpperStart(phrase[1]!.text) &&
      (endsWithAny(lower(phrase[0]!.text), KK_VERBAL_NOUN_ENDINGS) ||
        (endsWithAny(lower(phrase[0]!.text), KK_ACCUSATIVE_ENDINGS) && !KK_NAME_WORDS.has(lower(phrase[0]!.text))))) phrase.shift();
    if (phrase.length === 0) { localBody(text, out, headStart, headEnd, base); continue; }
    // a product's noun opening the sentence, its other words in lower case, before a company head: the plant spoken of,
    // no name ("Цемент зауыты 2027 жылы іске қосылады", "Мыс өңдеу зауыты"; not "Шымкент Цемент зауыты")
    if (atSentenceStart(text, phrase[0]!.start) && commodityName(phrase[0]!.text) !== undefined &&
      phrase.slice(1).every((t) => !isUpperStart(t.text))) continue;
    // a head that also names someone's work needs its remit in lower case right before it, in a short phrase
    // ("Мемлекеттік күзет қызметі"; not "Нарухито мамырдың бірі күні ресми қызметі", his official duty)
    if (REMIT_HEADS.has(base) && (phrase.length < 2 || phrase.length > 4 || isUpperStart(phrase[phrase.length - 1]!.text))) continue;
    let end = headEnd;
    const extra: Partial<Org> = { head: base, headStart };
    const la = legalAfter(text, headEnd);
    if (la) {
      const form = la[1]!;
      if (KAZAKH_FORMS.has(form)) {
        end = headEnd + la[0].length;
        extra.legalForm = LEGAL_NORMALIZED.get(form)!;
      }
    }
    const start = phrase[0]!.start;
    const name = text.slice(start, headStart) + text.slice(headStart, headStart + base.length);
    push(out, start, end, name, extra);
  }
}

export const kkHeadsSource: Source = {
  name: "heads.kk",
  anchor: "kk-heads",
  find: (input, out) => kkHeads(input.text, out, input.triggers.kk),
};
