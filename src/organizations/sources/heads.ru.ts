/** Source (Russian): a head word with its adjectives before it and its genitive phrase after it. */
import { isLatinLetterCode, startsLatinUpper } from "../../latin-letters.js";
import { RU_ADJECTIVE_ENDINGS, RU_ADJECTIVE_NOMINATIVE, RU_GENITIVE_NOUN_ENDINGS, RU_MASCULINE_HARD_SOFT, RU_NOMINATIVE_ADJECTIVE_ENDINGS, RU_NON_ADJECTIVE_ENDINGS, RU_SOFT_ADJECTIVE_STEMS, RU_STRESSED_ADJECTIVE_STEMS, RU_ORGANIZATION_PLURALS, RU_OWNER_GENITIVES, RU_PLANT_HEAD_WORDS, RU_PLURAL_GENITIVE_ADJECTIVE_ENDINGS, RU_POSTS_BEFORE_BODY, RU_SURNAME_ENDINGS, RU_TAIL_ENDINGS, RU_TIME_ADVERBS, RU_VERB_ENDINGS, type RuHead } from "../../../lexicons/org-heads.ru.js";
import { ruHeadForms } from "../../../patterns/organization.ru.js";
import { LEGAL_NORMALIZED, type Org, type Source, push } from "../candidate.js";
import { atSentenceStart, endsWithAny, isDigitStart, isLetterCode, isUpperStart, lower, wordAfter } from "../chars.js";
import { LazyTokens, type Token, TokensBefore, isQuote, isWord, lowerOf, wordBefore } from "../tokens.js";
import { RU_AND_WORDS, RU_APPOSITION, RU_ATTACHED_WORDS, RU_BLOCKERS, RU_COMPANY, RU_COUNTRY_NAMES, RU_EPONYM_WORDS, RU_GENITIVE, RU_PLACE_WORDS, RU_STOP, RU_NOUNS_BEFORE_NAME, RU_TOPIC_WORDS, RU_VERBS_AFTER_NAME, isRuLocalBody, isRuLocalHead, isRuOrdinal, nationalityAdjective } from "../words.js";

const PLANT_HEADS: ReadonlySet<string> = new Set(RU_PLANT_HEAD_WORDS);
const OWNER_GENITIVES: ReadonlySet<string> = new Set(RU_OWNER_GENITIVES);
/** Whether `word` (lower case) is an owner's noun after a plant head ("завод … компании «X»"): the plant's tail ends there. */
const ownerOfPlant = (head: RuHead, word: string): boolean => PLANT_HEADS.has(head.word) && OWNER_GENITIVES.has(word);

const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const TIME_ADVERBS: ReadonlySet<string> = new Set(RU_TIME_ADVERBS);
const POSTS: ReadonlySet<string> = new Set([...RU_NOUNS_BEFORE_NAME, ...RU_POSTS_BEFORE_BODY]);
/** One capital letter, a person's initial before its period ("Л" of "Л. Н. Гумилева"). */
const isInitial = (t: Token): boolean => t.text.length === 1 && isUpperStart(t.text);
/** A parenthesized group, one token ("(АФМ)"). */
const isBracketed = (t: Token): boolean => t.text.charCodeAt(0) === 0x28;

/** The oblique endings of RU_ADJECTIVE_NOMINATIVE per gender, longest first (a stable sort, as before). */
const RU_ADJECTIVE_ENDINGS_BY_GENDER = new Map(
  (Object.keys(RU_ADJECTIVE_NOMINATIVE) as RuHead["gender"][]).map((g) => [g, Object.keys(RU_ADJECTIVE_NOMINATIVE[g]).sort((a, b) => b.length - a.length)] as const),
);

const STRESSED_STEMS = new Set(RU_STRESSED_ADJECTIVE_STEMS);
/** The head words of the countries of RU_COUNTRY_NAMES ("федерация", "союз"). */
const COUNTRY_HEADS = new Set([...RU_COUNTRY_NAMES].map((n) => n.slice(n.lastIndexOf(" ") + 1)));

function ruAdjectiveNominative(word: string, head: RuHead): string {
  const table = RU_ADJECTIVE_NOMINATIVE[head.gender];
  const lowerWord = lower(word);
  for (const ending of RU_ADJECTIVE_ENDINGS_BY_GENDER.get(head.gender)!) {
    if (!lowerWord.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    let nominative = table[ending]!;
    if (head.gender === "m" && STRESSED_STEMS.has(lower(stem))) nominative = RU_MASCULINE_HARD_SOFT.stressed;
    else if (head.gender === "m" && nominative === RU_MASCULINE_HARD_SOFT.hard && RU_SOFT_ADJECTIVE_STEMS.includes(stem.slice(-1).toLowerCase())) {
      nominative = RU_MASCULINE_HARD_SOFT.soft;
    }
    return stem + nominative;
  }
  return word;
}

function ruTailWord(t: Token): boolean {
  const w = lowerOf(t);
  if (RU_STOP.has(w)) return false;
  if (RU_GENITIVE.has(w)) return true;
  // a genitive noun in "-ли" ("торговли") ends like a past plural; it also ends in a tail ending
  if (endsWithAny(w, RU_VERB_ENDINGS)) return endsWithAny(w, RU_GENITIVE_NOUN_ENDINGS);
  return endsWithAny(w, RU_TAIL_ENDINGS);
}

/** Whether a character that starts a quote token (« or ") stands in `text` from `from` to `to`. */
function quoteOpensIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xab || c === 0x22) return true;
  }
  return false;
}

const ORGANIZATION_PLURALS: ReadonlySet<string> = new Set(RU_ORGANIZATION_PLURALS);

/** Whether the words after an "и" are a plural of organizations, with an adjective before it or not ("крупных компаний"). */
function otherBodies(next: Token, after: Token | undefined): boolean {
  const w = lowerOf(next);
  if (ORGANIZATION_PLURALS.has(w)) return true;
  return endsWithAny(w, RU_PLURAL_GENITIVE_ADJECTIVE_ENDINGS) && after !== undefined && isWord(after) && ORGANIZATION_PLURALS.has(lowerOf(after));
}

/**
 * Whether the tokens from `from` on are lower-case genitive words and commas (at most five tokens) up to an "и" with a
 * genitive word after it: the rest of a remit listed with commas ("…, инноваций и аэрокосмической промышленности").
 */
function listGoesOn(right: LazyTokens, from: number): boolean {
  for (let k = from, seen = 0; seen < 6; k++, seen++) {
    const t = right.at(k);
    if (t === undefined || isQuote(t) || isBracketed(t) || isUpperStart(t.text)) return false;
    if (t.text === ",") continue;
    if (!isWord(t)) return false;
    if (RU_AND_WORDS.has(lowerOf(t))) { const after = right.at(k + 1); return k > from && after !== undefined && isWord(after) && ruTailWord(after); }
    if (!ruTailWord(t)) return false;
  }
  return false;
}

function ruHeads(text: string, out: Org[], hits: RegExpExecArray[]): void {
  for (const m of hits) {
    const head = ruHeadForms().get(lower(m[1]!));
    if (!head) continue;
    // an acronym head counts in capitals only (its case ending, if any, in lower case: "ГОКе")
    if (head.acronym === true && !m[1]!.startsWith(head.word.toUpperCase())) continue;
    const headStart = m.index, headEnd = m.index + m[0].length;
    // the second part of a hyphenated word is no head: "пресс-служба АО «X»" is X's press office, not a body named
    // by "служба" (the quoted name is read on its own); "бизнес-центр"
    if (headStart > 1 && text.charCodeAt(headStart - 1) === 0x2d && isLetterCode(text.charCodeAt(headStart - 2))) continue;
    // the match is the head as written (RU_HEAD's word end is a look-ahead): no slice of the text per head
    const upperHead = isUpperStart(m[0]);
    // adjectives before the head, from the leftmost capitalized one
    const left = new TokensBefore(text, Math.max(0, headStart - 90), headStart);
    const before = left.at(0);
    if (before && RU_BLOCKERS.has(lowerOf(before))) continue;
    const adjectives: Token[] = [];
    for (let i = 0; left.at(i) !== undefined && adjectives.length < 4; i++) {
      const t = left.at(i)!;
      const w = lowerOf(t);
      if (!isWord(t) || isQuote(t) || RU_STOP.has(w) || isDigitStart(w)) break;
      if (!endsWithAny(w, RU_ADJECTIVE_ENDINGS) || endsWithAny(w, RU_NON_ADJECTIVE_ENDINGS)) break;
      adjectives.push(t);
    }
    adjectives.reverse();
    const firstCap = adjectives.findIndex((t) => isUpperStart(t.text));
    let adj = firstCap >= 0 ? adjectives.slice(firstCap) : [];
    // an ordinal opening the sentence counts the head ("Второй завод …"): capitalized only by its place
    if (adj.length > 0 && isRuOrdinal(lowerOf(adj[0]!)) && atSentenceStart(text, adj[0]!.start)) {
      const rest = adj.slice(1), cap = rest.findIndex((t) => isUpperStart(t.text));
      adj = cap >= 0 ? rest.slice(cap) : [];
    }
    // a country ("Российской Федерации", "в Советском Союзе"), whatever follows it: tested before the tail is read, as
    // "Российской Федерации" stands in most Russian texts
    if (adj.length > 0 && COUNTRY_HEADS.has(head.word)) {
      let nominative = "";
      for (const t of adj) nominative += ruAdjectiveNominative(t.text, head) + " ";
      if (RU_COUNTRY_NAMES.has((nominative + head.word).toLowerCase())) continue;
    }
    // genitive phrase after the head
    const rightEnd = Math.min(text.length, headEnd + 130);
    // a loose head in lower case with no capitalized adjective names a body only with a quoted name
    // after it (see `named` below): with no quote in the window no tail is read. Speed: 72 of the 310
    // heads over the Russian dev texts are such loose heads ("суд", "служба") with no quote after them
    // (with lowerOf, see tokens.ts: the source 0.67 -> 0.58 ms per pass)
    if (adj.length === 0 && !upperHead && head.loose === true && head.bare !== true && head.remit !== true &&
      !RU_COMPANY.has(head.word) && !isRuLocalHead(head.word) && !quoteOpensIn(text, headEnd, rightEnd)) continue;
    const right = new LazyTokens(text, headEnd, rightEnd);
    /** Whether a person's post stands before the body's name (read once, when asked). */
    let post: boolean | undefined;
    const postBefore = (): boolean => post ??= POSTS.has(wordBefore(text, adj.length ? adj[0]!.start : headStart));
    const tail: Token[] = [];
    let hasName = false;
    /** Initials read after "имени" ("имени Л. Н. Гумилева"): the surname after them belongs to the name. */
    let initials = false;
    // a plant's name ends at its acronym ("на Атырауском НПЗ компании …": the company is another name)
    // (a remit listed with commas reads on: "… по надзору в сфере связи, информационных технологий и массовых коммуникаций")
    let listed = false;
    for (let i = 0; head.acronym !== true && right.at(i) !== undefined && tail.length < (listed ? 14 : 9); i++) {
      const t = right.at(i)!;
      const w = lowerOf(t);
      const next = right.at(i + 1);
      if (isQuote(t)) { tail.push(t); hasName = true; break; }
      // a legal form starts another organization's name ("Совета иностранных инвесторов АО «Казахтелеком»"), as an
      // owner's noun after a plant does ("завод компании «Казэлектромаш»", "завод по сборке автомобилей компании «X»":
      // the company is the name)
      if (LEGAL_NORMALIZED.has(t.text)) break;
      if (ownerOfPlant(head, w)) break;
      // a remit listed with commas before its last "и" ("Министерство цифрового развития, инноваций и аэрокосмической
      // промышленности"): the comma goes on with the tail
      if (t.text === "," && tail.length > 0 && !tail.some((u) => isUpperStart(u.text)) && listGoesOn(right, i + 1)) { listed = true; continue; }
      // an abbreviation in brackets after the name is its alias (src/organizations/aliases.ts), not part of it
      if (!isWord(t) || isBracketed(t)) break;
      if (RU_PLACE_WORDS.has(w)) {
        if (!head.diplomatic || !next || !isUpperStart(next.text) || !isWord(next)) break;
        // (whose office it is must be said: "открыла представительство в Астане" names none)
        if (tail.length === 0 && adj.length === 0 && (!upperHead || atSentenceStart(text, headStart))) break;
        tail.push(t, next); hasName = true; i++;
        continue;
      }
      if (RU_ATTACHED_WORDS.has(w)) {
        if (!next || !isUpperStart(next.text)) break;
        tail.push(t, next); hasName = true; i++;
        continue;
      }
      if (RU_TOPIC_WORDS.has(w)) {
        // "по" + up to three lower-case words (and "и" + word): the body's remit
        let k = i + 1;
        const topic: Token[] = [];
        while (right.at(k) !== undefined && topic.length < 4) {
          const u = right.at(k)!;
          const lw = lowerOf(u);
          // (an adverb of time is no remit: "правительства по борьбе с пандемией утром")
          if (!isWord(u) || isQuote(u) || isBracketed(u) || isUpperStart(u.text) || endsWithAny(lw, RU_VERB_ENDINGS) || TIME_ADVERBS.has(lw)) break;
          if (RU_AND_WORDS.has(lw) && topic.length === 0) break;
          if (ownerOfPlant(head, lw)) break; // the plant's owner (see above)
          topic.push(u); k++;
        }
        while (topic.length && RU_AND_WORDS.has(lowerOf(topic[topic.length - 1]!))) topic.pop();
        if (topic.length === 0) break;
        tail.push(t, ...topic); i += topic.length;
        if (upperHead) hasName = true;
        continue;
      }
      if (RU_AND_WORDS.has(w)) {
        if (tail.length === 0 || !next || !isWord(next) || isUpperStart(next.text) || !ruTailWord(next)) break;
        // after a proper name the phrase is complete, and a nominative adjective starts a new phrase
        if (tail.some((u) => isUpperStart(u.text)) || endsWithAny(lowerOf(next), RU_NOMINATIVE_ADJECTIVE_ENDINGS)) break;
        // (other bodies: "… и крупных компаний", "… и ведущих университетов")
        if (otherBodies(next, right.at(i + 2))) break;
        tail.push(t, next); i++;
        continue;
      }
      if (isDigitStart(t.text)) break;
      // a person's initials after "имени" and at most one title ("имени академика Е. А. Букетова"), each a capital and
      // a period, a capitalized word after them
      if (isInitial(t) && next?.text === "." && (initials || tail.slice(-2).some((u) => RU_EPONYM_WORDS.has(lowerOf(u))))) {
        const after = right.at(i + 2);
        if (after === undefined || !isWord(after) || !isUpperStart(after.text) || tail.length > 7) break;
        tail.push(t, next); i++; initials = true;
        continue;
      }
      // a person's first name and surname after the body whose post stands before it ("прима-балерина Мариинского театра
      // Анна Яковлева", "руководитель департамента Минобрнауки Сергей Кравцов"): none of its name ("Фонд Нурсултана
      // Назарбаева" has no post before it)
      if (isUpperStart(t.text) && next !== undefined && isWord(next) && isUpperStart(next.text) &&
        CYRILLIC_LETTER.test(next.text) && endsWithAny(lowerOf(next), RU_SURNAME_ENDINGS) && postBefore()) break;
      if (isUpperStart(t.text) && CYRILLIC_LETTER.test(t.text) || startsLatinUpper(t.text)) {
        // a proper name in the genitive, an acronym, or an indeclinable name after an apposition word
        // (RU_APPOSITION_WORDS); a person's name after the body is not part of it
        const prev = tail[tail.length - 1];
        const fits = ruTailWord(t) || t.text === t.text.toUpperCase() || initials || (prev !== undefined && RU_APPOSITION.has(lowerOf(prev)));
        if (RU_STOP.has(w) || !fits) break;
        tail.push(t); hasName = true;
        continue;
      }
      if (ruTailWord(t)) { tail.push(t); continue; }
      break;
    }
    // a company's own name after its head, unquoted ("корпорация Хуадянь"): the name alone
    if (tail.length === 0 && RU_COMPANY.has(head.word)) {
      const own: Token[] = [];
      for (let i = 0, t = right.at(0); t !== undefined && own.length < 3; t = right.at(++i)) {
        const w = lowerOf(t);
        if (!isWord(t) || isQuote(t) || !isUpperStart(t.text) || !CYRILLIC_LETTER.test(t.text) || RU_STOP.has(w) || endsWithAny(w, RU_VERB_ENDINGS)) break;
        own.push(t);
      }
      if (own.length > 0) {
        push(out, own[0]!.start, own[own.length - 1]!.end, text.slice(own[0]!.start, own[own.length - 1]!.end));
        continue;
      }
    }
    // a company's Latin name after its head ("корпорация COFCO") is left to the Latin-run source, which names it alone
    if (RU_COMPANY.has(head.word) && tail.length > 0 && tail.every((t) => isLatinLetterCode(t.text.charCodeAt(0)))) continue;
    const capitalizedHead = upperHead && !atSentenceStart(text, adj.length ? adj[0]!.start : headStart);
    // a bare head before a quoted name ("банк «…»") is left to the quoted-name rule, which keeps the head out
    if (adj.length === 0 && tail.length === 1 && isQuote(tail[0]!)) continue;
    const lowerAdjective = adj.length === 0 && adjectives.length > 0;
    // a loose head ("банк", "фонд") names a body with a quoted name, or capitalized inside a sentence
    // with a genitive phrase ("Фондом развития промышленности")
    // at a sentence start the capital says nothing, but a genitive remit that ends in a proper name does: "Ассоциация
    // финансистов Казахстана", "Совет иностранных инвесторов при Президенте РК" ("Центр Алматы", "Фонд оплаты труда" are none)
    const remitToName = upperHead && tail.length >= 2 && !isUpperStart(tail[0]!.text) && !RU_APPOSITION.has(lowerOf(tail[0]!)) && tail.some((t) => isUpperStart(t.text) && CYRILLIC_LETTER.test(t.text));
    // (at a sentence start, a verb of business or reporting right after the head and its remit says as much: "Фонд
    // развития промышленности выделил …", "Комитет государственных доходов сообщил"; "Фонд оплаты труда вырос" is none)
    const acts = upperHead && tail.length > 0 && !lowerAdjective && RU_VERBS_AFTER_NAME.has(wordAfter(text, tail[tail.length - 1]!.end));
    // (a plant described by the country it is of, "Китайский завод по производству шин запустили …", names no plant)
    const national = adj.length > 0 && PLANT_HEADS.has(head.word) && adj.every((t) => nationalityAdjective(lowerOf(t)));
    const named = adj.length > 0 && !national || head.bare === true || head.remit === true && tail.length > 0 || acts ||
      (head.loose ? (tail.some(isQuote) || (capitalizedHead || remitToName) && tail.length > 0) && !lowerAdjective : hasName || capitalizedHead);
    // a local body named by its unit alone, in lower case ("акимат области", "областной акимат")
    // (the head is tested first: the word lists are built for a local body's head only)
    if (!named && !upperHead && isRuLocalHead(head.word) && isRuLocalBody(head.word, tail.map((t) => t.text), adjectives.map((t) => t.text))) {
      if (tail.length === 0) adj = adjectives;
    } else if (!named) continue;
    const start = adj.length ? adj[0]!.start : headStart;
    const end = tail.length ? tail[tail.length - 1]!.end : headEnd;
    // the adjectives in the nominative, the head in the nominative (capitalized as in the text), the
    // tail as written; one string built in place (no list of parts and join per candidate). Speed: this
    // and reading the head's case from the match are within the noise of interleaved runs alone
    // (ruHeads sampled 511 -> 475 in one profile of 200 passes over the Russian dev texts)
    let name = "";
    for (const t of adj) name += ruAdjectiveNominative(t.text, head) + " ";
    name += head.acronym === true ? head.word.toUpperCase() : upperHead ? head.word[0]!.toUpperCase() + head.word.slice(1) : head.word;
    if (tail.length) name += text.slice(headEnd, end);
    push(out, start, end, name);
  }
}

/** Nominative adjective endings of a word before a head inside a quoted name ("Шымкентский", "Национальная"). */
const NOMINATIVE_ADJECTIVE = Object.values(RU_ADJECTIVE_NOMINATIVE).flatMap((t) => Object.values(t));

/**
 * Whether a quoted name is capitalized adjectives and a head in the nominative, a name of its own with no head
 * outside its quotes: «Шымкентский НПЗ», «Павлодарский нефтехимический завод», «Национальная академия». (The
 * head source reads no adjective across a quote.) `name`: the text inside the quotes, trimmed.
 */
export function ruHeadEndsQuotedName(name: string): boolean {
  const words = name.split(" ");
  if (words.length < 2 || words.length > 5) return false;
  const last = words[words.length - 1]!;
  const head = ruHeadForms().get(lower(last));
  if (!head || (head.acronym === true ? last !== head.word.toUpperCase() : lower(last) !== head.word)) return false;
  for (let i = 0; i < words.length - 1; i++) {
    const w = lower(words[i]!);
    if (!endsWithAny(w, NOMINATIVE_ADJECTIVE) || endsWithAny(w, RU_NON_ADJECTIVE_ENDINGS)) return false;
  }
  return isUpperStart(words[0]!);
}

export const ruHeadsSource: Source = {
  name: "heads.ru",
  anchor: "ru-heads",
  find: (input, out) => ruHeads(input.text, out, input.triggers.ru),
};
