/**
 * A project's stages in one sentence: where its later phase is named ("The second phase …", "екінші кезең"), and a later
 * stage named after its first ("Первая очередь … в 2027 году, вторая – в 2030 году"), whose dates are the project's
 * completion (attach-dates.ts).
 */
import type { Cue, SentenceInfo } from "./sentence-info.js";
import { KIND_CATEGORIES } from "./features.js";

/**
 * Where the sentence's first word of a later phase starts ("The second phase …"), or Infinity. Not a phase that is a
 * document's object, the document's near it ("signed an agreement on the second stage of the complex worth $1.8 billion",
 * "соглашение о втором этапе", "екінші кезеңі туралы келісім"): that stage is the deal's project, its sum the deal's.
 */
export function phaseStart(info: SentenceInfo): number {
  let at = Infinity;
  for (const c of info.cues) if (c.start < at && c.categories.includes("phase") && !ofDocument(info, c)) at = c.start;
  return at;
}

/**
 * How near a document's word stands to a phase it is about: before it ("agreement on the "), or after it, its sum between
 * (" туралы 1,8 млрд долларлық келісім").
 */
const DOCUMENT_BEFORE = 12, DOCUMENT_AFTER = 40;

/** Whether a document's word (a kind of KIND_CATEGORIES) stands near the phase cue `phase`, the document's object. */
function ofDocument(info: SentenceInfo, phase: Cue): boolean {
  return info.cues.some((c) => KIND_CATEGORIES.some((k) => c.categories.includes(k)) &&
    ((c.end <= phase.start && phase.start - c.end <= DOCUMENT_BEFORE) || (c.start >= phase.end && c.start - phase.end <= DOCUMENT_AFTER)));
}

/**
 * Where a later stage is named after the first stage's words end at `stageEnd` (a phase word, "екінші кезең", an
 * ordinal standing for one, "вторая", "the second", or the rest, "остальные"), or Infinity.
 */
export function laterStageStart(info: SentenceInfo, stageEnd: number): number {
  if (stageEnd === Infinity) return Infinity;
  for (const c of info.cues) {
    if (c.start < stageEnd || !(c.categories.includes("phase") || c.categories.includes("ordinal") || c.categories.includes("rest"))) continue;
    // (not an ordinal of a date: "in the second quarter of 2026", "во втором полугодии")
    if (info.dates.some((d) => d.start <= c.start && c.end <= d.end)) continue;
    return c.start;
  }
  return Infinity;
}
