/**
 * A deal's party and its partner in one sentence, the partner named inside a relative clause of the party (or of "the
 * company"): "Caspian Su Qurylys, which bid in a consortium with China Harbour Engineering Co., Ltd, won with an offer of
 * 67.4 billion tenge", "The company, which partnered with Jiangsu Marine Works Co., Ltd, will invest 30 billion tenge",
 * "ТОО «X», которое в консорциуме с компанией Y выиграло тендер, …". The partner is the same deal's party, not a deal of
 * its own. The clause: a pronoun of RELATIVE_PARTNER_CLAUSES right after a comma, up to the next comma or the sentence's
 * end, with a "with" word before the organization.
 */
import { RELATIVE_PARTNER_CLAUSES } from "../../lexicons/deal-triggers.js";
import type { LanguageCode, OrganizationMention } from "../types.js";
import { isLetterCode } from "../word-start.js";
import type { SentenceInfo } from "./sentence-info.js";

const CLAUSES = {
  ru: { pronouns: new Set(RELATIVE_PARTNER_CLAUSES.ru.pronouns), with: new Set(RELATIVE_PARTNER_CLAUSES.ru.with) },
  en: { pronouns: new Set(RELATIVE_PARTNER_CLAUSES.en.pronouns), with: new Set(RELATIVE_PARTNER_CLAUSES.en.with) },
};

/** The organizations of the sentence named in a relative clause as a partner ("…, which … with X, …"); none for most. */
export function relativePartners(text: string, info: SentenceInfo, language: LanguageCode): OrganizationMention[] {
  if (info.orgs.length === 0 || (language !== "ru" && language !== "en")) return NONE;
  const words = CLAUSES[language];
  const { start, end } = info.sentence;
  let out: OrganizationMention[] | null = null;
  for (let comma = text.indexOf(",", start); comma >= 0 && comma < end; comma = text.indexOf(",", comma + 1)) {
    // the pronoun right after the comma
    let a = comma + 1;
    while (a < end && text.charCodeAt(a) === 0x20) a++;
    let b = a;
    while (b < end && isLetterCode(text.charCodeAt(b))) b++;
    if (b === a || !words.pronouns.has(text.slice(a, b).toLowerCase())) continue;
    // the clause runs to the next comma outside an organization's name ("Co., Ltd"), or to the sentence's end
    let clauseEnd = end;
    for (let c = text.indexOf(",", b); c >= 0 && c < end; c = text.indexOf(",", c + 1)) {
      if (!info.orgs.some((o) => o.start < c && c < o.end)) { clauseEnd = c; break; }
    }
    for (const o of info.orgs) {
      if (o.start < b || o.start >= clauseEnd) continue;
      if (withBefore(text, b, o.start, words.with)) (out ??= []).push(o);
    }
  }
  return out ?? NONE;
}

/** Whether a "with" word stands in text[from, to) as a word. */
function withBefore(text: string, from: number, to: number, withWords: ReadonlySet<string>): boolean {
  let i = from;
  while (i < to) {
    while (i < to && !isLetterCode(text.charCodeAt(i))) i++;
    const s = i;
    while (i < to && isLetterCode(text.charCodeAt(i))) i++;
    if (i > s && withWords.has(text.slice(s, i).toLowerCase())) return true;
  }
  return false;
}

const NONE: OrganizationMention[] = [];

/** Whether `name` stands in text[from, to) right before a comma ("Caspian Su Qurylys, which …"). */
export function namedBefore(text: string, from: number, to: number, name: string): boolean {
  const at = text.indexOf(name + ",", from);
  return at >= from && at + name.length < to;
}
