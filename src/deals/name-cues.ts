/**
 * Cues read with the organizations' names: a cue word inside a name is none of the sentence's (outsideNames), and an
 * enumerated item that names only its company ("Төртіншісі – «X» ЖШС.") is that company's project (namesItsCompany).
 */
import type { Mention } from "../types.js";
import type { Cue, SentenceInfo } from "./sentence-info.js";

/**
 * The cues outside the organizations' names: the words of a name tell nothing of a deal ("Министерство промышленности и
 * строительства", "Өнеркәсіп және құрылыс министрлігі", "the Construction Department of Almaty" name no construction,
 * "China Railway Construction Corporation" builds nothing by its name). A facility word stays: a plant named as an
 * organization is still the object it names ("модернизация Шымкентского НПЗ"). Both lists are in text order.
 */
export function outsideNames(cues: readonly Cue[], mentions: readonly Mention[]): readonly Cue[] {
  return outside(cues, mentions, (c) => !c.categories.includes("facility"));
}

/**
 * The facility cues of `cues` (all of one category) outside the names of companies with a legal form: such a name is
 * the company's ("АО «Атырауская ТЭЦ» и китайская X подписали контракт на строительство энергоблока" names one object, the
 * unit), which a sentence's roundup of clauses each with its object does not count (clauses.ts).
 */
export function outsideCompanyNames(facilities: readonly Cue[], mentions: readonly Mention[]): readonly Cue[] {
  return outside(facilities, mentions, (_, m) => m.type === "organization" && m.legalForm !== undefined);
}

/** The cues of `cues` not inside an organization `m` for which `drops(cue, m)` holds. Both lists are in text order. */
function outside(cues: readonly Cue[], mentions: readonly Mention[], drops: (c: Cue, m: Mention) => boolean): readonly Cue[] {
  let out: Cue[] | null = null;
  let k = 0;
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i]!;
    // the organizations that may still hold a cue: those ending after this one's start (mentions by start, few overlaps)
    while (k < mentions.length && (mentions[k]!.type !== "organization" || mentions[k]!.end <= c.start)) k++;
    let inside = false;
    for (let j = k; j < mentions.length && mentions[j]!.start <= c.start; j++) {
      const m = mentions[j]!;
      if (m.type === "organization" && m.start <= c.start && c.end <= m.end && drops(c, m)) { inside = true; break; }
    }
    if (inside && out === null) out = cues.slice(0, i);
    else if (!inside && out !== null) out.push(c);
  }
  return out ?? cues;
}

/** Whether the sentence is an ordinal, a dash and its organizations only: "Төртіншісі – «X» ЖШС.". */
export function namesItsCompany(text: string, info: SentenceInfo, ordinal: Cue): boolean {
  let p = info.sentence.start;
  while (p < ordinal.start && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09)) p++;
  if (p !== ordinal.start) return false;
  p = ordinal.end;
  while (text.charCodeAt(p) === 0x20) p++;
  const dash = text.charCodeAt(p);
  if (dash !== 0x2013 && dash !== 0x2014 && dash !== 0x2d) return false;
  // the organizations after the dash, then the sentence's end
  const last = info.orgs[info.orgs.length - 1]!;
  const rest = text.slice(last.end, info.sentence.end).trim();
  return info.orgs[0]!.start > p && (rest === "" || rest === ".");
}
