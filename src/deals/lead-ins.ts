/**
 * Sentences that lend to the next: a new-item cue alone before a colon announces the items after it, and the first
 * clause of a sentence lends its triggers to a clause whose verb is left out (src/deals/assemble.ts reads both).
 */
import { isTrigger, TRIGGERS } from "./frame.js";
import type { SentenceInfo } from "./sentence-info.js";
import { isSpaceCode } from "../word-start.js";

/** A new-item cue alone before a colon ("Among them:", "Среди них:", "Олардың ішінде:"): it announces the next sentence. */
export function leadsIn(text: string, info: SentenceInfo): boolean {
  if (!info.newDeal || isTrigger(info) || info.money.length > 0 || info.capacity.length > 0 || info.orgs.length > 0) return false;
  let end = info.sentence.end;
  while (end > info.sentence.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return text[end - 1] === ":";
}

/** A clause with no trigger of its own after its sentence's first clause: its verb is left out ("а ТОО «Y» – склад за …"). */
export function inheritTriggers(first: SentenceInfo, second: SentenceInfo): void {
  if (isTrigger(second)) return;
  for (const c of TRIGGERS) if (first.has.has(c)) second.has.add(c);
  // (and the object the list is of, when the first clause is a deal by its object and figure: "Жел электр станциялары
  // бойынша жеңімпаздар: «X» ЖШС – … 120 МВт; «Y» ЖШС – … 90 МВт")
  if (!isTrigger(second) && first.has.has("facility") && isTrigger(first)) second.has.add("facility");
}
