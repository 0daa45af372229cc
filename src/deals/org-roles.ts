/** What an organization's name says of its role: a state body, a medium (a news agency, an exchange) or a lender. */
import { EXCHANGE_NAMES, LENDER_ABBREVIATIONS, LENDER_NAME_STEMS, MEDIA_NAME_WORDS, MEDIA_STEMS, STATE_BODY_STEMS } from "../../lexicons/deal-triggers.js";
import { STATE_BODY_NAMES } from "../../lexicons/organizations.js";
import { alternation, registerPattern } from "../regex.js";
import { isLetterCode, isUpperCode } from "../word-start.js";

const STATE_BODY = registerPattern("deal.state-body", new RegExp(alternation(STATE_BODY_STEMS).replace(/\\-/g, "-"), "iu"));
/** A name that starts with a state body's gazetteer alias ("МИД РК", "Минфин", "ҰҚК"), case-sensitive, as a whole word. */
const STATE_BODY_NAME = registerPattern("deal.state-body-name", new RegExp(`^(?:${alternation(STATE_BODY_NAMES)})(?![\\p{L}\\p{N}])`, "u"));
const MEDIA = registerPattern("deal.media", new RegExp(alternation(MEDIA_STEMS).replace(/\\-/g, "-"), "iu"));

export function isStateBody(name: string): boolean {
  return STATE_BODY.test(name) || STATE_BODY_NAME.test(name);
}

export function isMedia(name: string): boolean {
  if (EXCHANGES.has(name.toLowerCase())) return true;
  const m = MEDIA.exec(name);
  if (m === null) return false;
  // a company whose name only begins like an agency's ("Синьхуа Металл", "Xinhua Metals Co."): a capitalized word of its
  // own after the stem's word
  let i = m.index + m[0].length;
  while (i < name.length && isLetterCode(name.charCodeAt(i))) i++;
  for (const word of name.slice(i).split(/[\s-]+/)) {
    if (word !== "" && isUpperCode(word.charCodeAt(0)) && !MEDIA_WORDS.has(word.toLowerCase().replace(/[.,]$/, ""))) return false;
  }
  return true;
}

const MEDIA_WORDS: ReadonlySet<string> = new Set(MEDIA_NAME_WORDS);

const LENDER_CODES: ReadonlySet<string> = new Set(LENDER_ABBREVIATIONS);

/** Whether a name is a lender's (LENDER_NAME_STEMS, LENDER_ABBREVIATIONS). */
export function isLender(name: string): boolean {
  if (LENDER_CODES.has(name)) return true;
  const lower = name.toLowerCase();
  return LENDER_NAME_STEMS.some((s) => lower.includes(s));
}
const EXCHANGES: ReadonlySet<string> = new Set(EXCHANGE_NAMES);
