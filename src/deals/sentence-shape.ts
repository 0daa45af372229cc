/**
 * What the shape of a sentence says about the deal it holds, read from its cues and the characters around them: an item
 * of a numbered list or of a company list ("2) …", "ТОО «X» – производство кабеля, 12 млрд тенге;"), a plural noun that
 * classes one thing ("one of the flagship projects"), the deal's own object as the sentence's topic ("Проект …"), a
 * word as the sentence's first (firstWord, topicCue) and the investor's role named (namesInvestor).
 */
import type { Cue, SentenceInfo } from "./sentence-info.js";
import type { Span } from "../types.js";
import type { Frame } from "./frame.js";
import { DEMONSTRATIVE_OPENERS, INVESTOR_ROLE, OWNER_ROLE, OWNER_SHARES } from "../../lexicons/deal-triggers.js";
import { ATTRIBUTION_LEAD_INS } from "../../lexicons/party-sources.js";
import { isQuoteCode } from "../organizations/chars.js";
import { isDigitCode, isLetterCode, isSpaceCode } from "../word-start.js";

/** Whether a sentence opens with an item's number ("1)", "2.", "12)") and a space. */
export function numbered(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && i - at < 2 && isDigitCode(text.charCodeAt(i))) i++;
  if (i === at || i - at > 2) return false;
  const c = text.charCodeAt(i);
  return (c === 0x29 || c === 0x2e) && isSpaceCode(text.charCodeAt(i + 1));
}

/** The most words (adjectives) between "one of" and the plural noun it takes ("one of the largest greenfield projects"). */
const ONE_OF_WORDS = 2;

/**
 * Whether the plural cue `cs[k]` classes one thing: "one of" stands before it with at most ONE_OF_WORDS words between
 * (not "одним из победителей аукциона по отбору проектов", whose noun is another), or (Kazakh) right after it
 * ("жобалардың бірі").
 */
export function classesOne(text: string, cs: readonly Cue[], k: number): boolean {
  const c = cs[k]!, before = cs[k - 1], after = cs[k + 1];
  if (before !== undefined && before.categories.includes("oneOf") && before.end <= c.start) {
    let words = 0, inWord = false;
    for (let i = before.end; i < c.start; i++) {
      const code = text.charCodeAt(i);
      const letter = isLetterCode(code) || code === 0x2d;
      if (letter && !inWord) words++;
      else if (!letter && !isSpaceCode(code)) return false;
      inWord = letter;
    }
    if (words <= ONE_OF_WORDS) return true;
  }
  return after !== undefined && after.categories.includes("oneOf") && after.start - c.end <= 2;
}

/** Whether the cue `first` is a singular project noun or an object anaphor that opens the sentence (its topic). */
export function topicFirst(text: string, sentenceStart: number, first: Cue): boolean {
  if (first.categories.includes("plural") || !(first.categories.includes("project") || first.categories.includes("anaphor"))) return false;
  for (let i = sentenceStart; i < first.start; i++) if (isLetterCode(text.charCodeAt(i)) || isDigitCode(text.charCodeAt(i))) return false;
  return true;
}

const DEMONSTRATIVES = DEMONSTRATIVE_OPENERS.map((w) => w.toLowerCase());

/** Whether the sentence opens with a demonstrative (DEMONSTRATIVE_OPENERS: "Бұл …", "Это …", "This is …"), a whole word. */
export function opensWithDemonstrative(text: string, sentenceStart: number): boolean {
  let i = sentenceStart;
  while (i < text.length && !isLetterCode(text.charCodeAt(i))) i++;
  const head = text.slice(i, i + 14).toLowerCase();
  return DEMONSTRATIVES.some((w) => head.startsWith(w) && !isLetterCode(head.charCodeAt(w.length)));
}

/** How far after the dash of a list item its activity may start (Kazakh puts the object first: "дәрі-дәрмек қаптамасын шығару"). */
const ACTIVITY_REACH = 60;

/**
 * Whether a sentence is a company's item of a list: after a bullet (a dash, a bullet sign or a number) or at the line's
 * start, an organization (and a short bracket), a dash or a colon, then its activity (an `activity` cue, before any
 * comma).
 */
export function listItem(text: string, info: SentenceInfo): boolean {
  const org = info.orgs[0];
  if (org === undefined) return false;
  let i = info.sentence.start;
  while (i < org.start && (isSpaceCode(text.charCodeAt(i)) || LIST_BULLETS.includes(text[i]!) || isDigitCode(text.charCodeAt(i)) ||
    text.charCodeAt(i) === 0x29 || text.charCodeAt(i) === 0x2e)) i++;
  if (i !== org.start) return false;
  let j = org.end;
  while (j < info.sentence.end && isSpaceCode(text.charCodeAt(j))) j++;
  // (a short bracket after the name: "ТОО «X» (Китай) – …")
  if (text[j] === "(") {
    const close = text.indexOf(")", j);
    if (close < 0 || close - j > 24) return false;
    j = close + 1;
    while (j < info.sentence.end && isSpaceCode(text.charCodeAt(j))) j++;
  }
  if (!(LIST_DASHES.includes(text[j]!) || text[j] === ":")) return false;
  const activity = info.cues.find((c) => c.categories.includes("activity"));
  if (activity === undefined || activity.start < j || activity.start - j > ACTIVITY_REACH) return false;
  return text.slice(j, activity.start).indexOf(",") < 0;
}

/** Signs that open an item of a list, and the dashes between a company and its activity. */
export const LIST_BULLETS = "–—-•·*";
export const LIST_DASHES = "–—-";

/** Whether only white space, dashes and quotes stand between a sentence's start and `at` (dashes are folded to "-"). */
export function firstWord(text: string, start: number, at: number): boolean {
  for (let k = start; k < at; k++) {
    const c = text.charCodeAt(k);
    if (!isSpaceCode(c) && c !== 0x2d && !isQuoteCode(c)) return false;
  }
  return true;
}

/**
 * Whether one of `cues` is the sentence's first word (its topic, known already): "Станцию построила …", "The plant, …",
 * or the first after a lead-in that says whose words the sentence gives ("Мәлімдемеге сәйкес, жоба …").
 */
export function topicCue(text: string, info: SentenceInfo, cues: readonly Cue[]): boolean {
  return cues.some((c) => firstWord(text, info.sentence.start, c.start) || afterAttribution(text, info.sentence.start, c.start));
}

/** The longest lead-in afterAttribution reads (a source's name may be long: "Облыс әкімдігінің баспасөз қызметінің хабарлауынша"). */
const LEAD_IN_REACH = 90;

/** Whether `at` is the first word after a lead-in of ATTRIBUTION_LEAD_INS closed by the sentence's first comma. */
function afterAttribution(text: string, start: number, at: number): boolean {
  let k = at;
  while (k > start && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k <= start || text.charCodeAt(k - 1) !== 0x2c || k - start > LEAD_IN_REACH) return false;
  const lead = text.slice(start, k - 1);
  if (lead.includes(",")) return false;
  const lower = lead.toLowerCase();
  return ATTRIBUTION_LEAD_INS.some((w) => lower.includes(w));
}

/** Whether a sentence names the investor's role (INVESTOR_ROLE), or owners with their shares (OWNER_ROLE). */
export function namesInvestor(text: string, info: SentenceInfo): boolean {
  const sentence = text.slice(info.sentence.start, info.sentence.end).toLowerCase();
  return INVESTOR_ROLE.some((w) => sentence.includes(w)) ||
    (OWNER_ROLE.some((w) => sentence.includes(w)) && OWNER_SHARES.some((w) => sentence.includes(w)));
}

/**
 * Whether `prev`, which names an object and no figure and holds no deal, names the owner of the object whose figures
 * `info` gives with a partner ("X Group broke ground on a tractor plant in Kostanay. The plant, built jointly with Y
 * JSC, will cost $45 million"): an anaphor or the same facility word in `info`, and a partner's word (jointly). Its
 * parties go before the partner's.
 */
export function ownerBefore(prev: SentenceInfo, info: SentenceInfo, prevInDeal: boolean): boolean {
  if (prevInDeal || !info.has.has("jointly") || !prev.has.has("facility") || prev.money.length > 0 || prev.capacity.length > 0) return false;
  // (or an anaphor: "The plant, built jointly with …", "The company, together with …")
  return info.has.has("anaphor") ||
    info.cues.some((c) => c.categories.includes("facility") && prev.cues.some((p) => p.key === c.key && p.categories.includes("facility")));
}

/**
 * The deal's object named as the sentence's first word, built with a partner named after the partner's word, and no
 * other company ("Завод, который строится совместно с китайской компанией X, обойдется в $7,4 млрд" after "ТОО «Y»
 * планирует построить завод"): the partner's share of that object.
 */
export function partnerOfTopic(text: string, info: SentenceInfo, jointly: Cue | undefined): boolean {
  if (!jointly || info.orgs.some((o) => o.start < jointly.start)) return false;
  return topicCue(text, info, info.cues.filter((c) => c.categories.includes("facility")));
}

/**
 * State bodies alone that support the deal, with no figure and no signing ("Үкімет жобаны барынша қолдайтынын атап
 * өтті", "Правительство поддержит проект"), or companies that only say so: not its parties.
 */
export function supporters(info: SentenceInfo, parties: readonly { state: boolean }[]): boolean {
  return info.has.has("support") && !info.has.has("sign") && info.money.length === 0 && info.capacity.length === 0 &&
    // (a company alone too, when the sentence has nothing it does for the project: "«Kazakh Invest» ұлттық компаниясы
    // жобаны қолдайтынын мәлімдеді")
    (parties.every((p) => p.state) || !SUPPORT_ACTS.some((c) => info.has.has(c)));
}

/** What a supporter does for a project that makes it a party: builds, signs, finances, lends, takes part, supplies. */
const SUPPORT_ACTS = ["build", "sign", "jointly", "finance", "loan", "facility", "supply"] as const;

/**
 * "Также проект профинансирует АО «X», выделив заем на 2 млрд тенге", "Софинансирование проекта также осуществит X": a
 * further financier of the project as the topic (its word, a loan, financing or a partner's share, no object of its own):
 * the same deal, "also" notwithstanding.
 */
export function alsoFinances(info: SentenceInfo): boolean {
  return info.has.has("project") && (info.has.has("loan") || info.has.has("finance") || info.has.has("jointly")) &&
    !info.has.has("facility") && info.capacity.length === 0;
}

/**
 * Whether a sentence names the object of `frame` by the head of one of its facility words ("Бұл желі 2027 жылы
 * пайдалануға беріледі" after "теміржол желісінің құрылысы"): the last word of a facility key, at a word start.
 */
export function namesObjectOf(text: string, info: SentenceInfo, frame: Frame): boolean {
  const sentence = text.slice(info.sentence.start, info.sentence.end).toLowerCase();
  return frame.facilityKeys.some((key) => {
    const head = key.slice(key.lastIndexOf(" ") + 1).replace(/^=/, "");
    for (let at = sentence.indexOf(head); at >= 0; at = sentence.indexOf(head, at + 1)) {
      if (at === 0 || !isLetterCode(sentence.charCodeAt(at - 1))) return true;
    }
    return false;
  });
}

/** How close an organization's name may stand to a party word that is its head ("компания «X»", "X компаниясы"). */
const HEAD_GAP = 3;

/**
 * Whether the sentence's party word (`ref`, "the company", "компания", "серіктестік") names a party of its own beside the
 * organizations it names ("In Kostanay, the company and X JSC signed …", "The Chinese company will build … together with
 * X LLP", "компания … «X» АҚ-пен бірлесіп … салады"): it is no head noun of a name right before or after it.
 */
export function genericBeside(info: SentenceInfo, ref: Span | null): boolean {
  if (ref === null || info.orgs.length === 0) return false;
  return info.orgs.every((o) => !(o.end <= ref.start && ref.start - o.end <= HEAD_GAP) && !(o.start >= ref.end && o.start - ref.end <= HEAD_GAP) &&
    !(o.start <= ref.start && ref.end <= o.end));
}