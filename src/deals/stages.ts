/**
 * A project's stages in one sentence: where its later phase is named ("The second phase …", "екінші кезең"), and a later
 * stage named after its first ("Первая очередь … в 2027 году, вторая – в 2030 году"), whose dates are the project's
 * completion (frame.ts).
 */
import type { SentenceInfo } from "./sentence-info.js";

/** Where the sentence's first word of a later phase starts ("The second phase …"), or Infinity. */
export function phaseStart(info: SentenceInfo): number {
  let at = Infinity;
  for (const c of info.cues) if (c.start < at && c.categories.includes("phase")) at = c.start;
  return at;
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
