/** Trimming and splitting of Latin-script name runs, shared by the Latin sources and the English heads. */
import { GAZETTEER } from "../../patterns/organization.js";
import { lookupGazetteer } from "./gazetteer.js";
import { type Token } from "./tokens.js";
import { CONNECTORS, COORDINATORS, EN_ROLES, EN_STOP, NAME_PREPOSITIONS, POSSESSIVE } from "./words.js";

/**
 * Drops English stop words, a possessive owner or place ("China's", "Kazakhstan's") and an organ or
 * officer with its "of" ("Board of", "Chairman of the") from the left and connectors from the right
 * of a Latin name.
 */
export function trimLatin(words: Token[]): Token[] {
  let a = 0, b = words.length;
  while (a < b && (EN_STOP.has(words[a]!.text) || CONNECTORS.has(words[a]!.text) ||
    a < b - 1 && POSSESSIVE.test(words[a]!.text) ||
    a < b - 2 && EN_ROLES.has(words[a]!.text) && words[a + 1]!.text === "of")) a++;
  while (b > a && (CONNECTORS.has(words[b - 1]!.text) || words[b - 1]!.text.endsWith("'s"))) b--;
  return words.slice(a, b);
}

/** Whether a gazetteer form starts at `pos` (GAZETTEER is sticky; the trigger scan is over by now). */
function gazetteerAt(text: string, pos: number): boolean {
  GAZETTEER.lastIndex = pos;
  const m = GAZETTEER.exec(text);
  return m !== null && lookupGazetteer(m[1]!) !== undefined;
}

/**
 * Whether "and" between `before` (the words of the name so far) and `next` joins two names in any
 * case: an owner's possessive after it ("… and China's PowerChina"), a known name after it, or a
 * known name before it ("Kazakh Invest and …").
 */
export function andSplits(text: string, before: Token[], next: Token): boolean {
  if (POSSESSIVE.test(next.text) || gazetteerAt(text, next.start)) return true;
  return before.length > 0 && lookupGazetteer(text.slice(before[0]!.start, before[before.length - 1]!.end)) !== undefined;
}

/**
 * Splits a Latin run at "and" between capitalized words ("QazaqGaz and Wanhua Chemical"), unless
 * the part before has a preposition, whose phrase the "and" continues ("Ministry of Trade and
 * Integration"), or the run is a name ending in a legal form (`legal`), whose "and" joins its own
 * words ("… Engineering and Construction Co., Ltd"). See `andSplits` for the splits in any case.
 */
export function splitCoordinated(text: string, words: Token[], legal = false): Token[][] {
  const parts: Token[][] = [];
  let current: Token[] = [];
  let preposition = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (COORDINATORS.has(w.text) && current.length > 0 && next && /^[A-Z]/.test(next.text) &&
      (andSplits(text, current, next) || !preposition && !legal)) {
      parts.push(current);
      current = [];
      preposition = false;
      continue;
    }
    if (NAME_PREPOSITIONS.has(w.text)) preposition = true;
    current.push(w);
  }
  parts.push(current);
  return parts;
}
