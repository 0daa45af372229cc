/**
 * franc's language guess restricted to a few languages, as `franc(value, { only, minLength })`
 * computes it, on franc's own data for those languages (lexicons/franc-data.generated.ts, written by
 * scripts/franc-data.mjs): importing franc itself builds the trigram tables of every language it
 * knows at module evaluation (about 60 ms of CPU), and even its data module alone (238 kB of
 * trigram strings) was about a fifth of importing this library; here only the allowed languages'
 * tables are shipped, and built on the first guess. The steps below are franc 6's: the script with the most characters, then
 * the allowed language of that script whose trigram ranks differ least from the value's trigram
 * counts (the first one in franc's data order on a tie). test/language.test.ts compares it with
 * franc itself.
 */
import { FRANC_DATA as data, FRANC_DATA_LANGUAGES, FRANC_EXPRESSIONS as expressions } from "../lexicons/franc-data.generated.js";

/** franc's MAX_LENGTH: only this many first code units are read. */
const MAX_LENGTH = 2048;
/** franc's MAX_DIFFERENCE: the distance of a trigram the language's table lacks. */
const MAX_DIFFERENCE = 300;
const UND = "und";

/** A language's trigrams by rank (franc's "numericData" entry). */
type Model = ReadonlyMap<string, number>;

/** The tables of each allowed list (keyed by the list, joined), by script, in franc's data order. */
const MODELS = new Map<string, ReadonlyMap<string, readonly (readonly [string, Model])[]>>();

function modelsOf(only: readonly string[]): ReadonlyMap<string, readonly (readonly [string, Model])[]> {
  const key = only.join("|");
  let byScript = MODELS.get(key);
  if (!byScript) {
    const missing = only.filter((language) => !FRANC_DATA_LANGUAGES.includes(language));
    if (missing.length > 0) {
      throw new RangeError(`francOnly: no trigram table for ${missing.join(", ")} (scripts/franc-data.mjs keeps ${FRANC_DATA_LANGUAGES.join(", ")})`);
    }
    const built = new Map<string, (readonly [string, Model])[]>();
    for (const [script, languages] of Object.entries(data)) {
      const models: (readonly [string, Model])[] = [];
      for (const [language, ranked] of Object.entries(languages)) {
        if (!only.includes(language)) continue;
        const list = ranked.split("|");
        const model = new Map<string, number>();
        // from the last rank down, as franc does: a trigram listed twice keeps its first rank
        for (let rank = list.length - 1; rank >= 0; rank--) model.set(list[rank]!, rank);
        models.push([language, model]);
      }
      built.set(script, models);
    }
    MODELS.set(key, (byScript = built));
  }
  return byScript;
}

/** The script whose expression matches the most characters of `value` (the first on a tie), and that share. */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const [script, expression] of Object.entries(expressions)) {
    const count = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** trigram-utils' trigram counts: punctuation and digits to spaces, white space collapsed, lower case, padded. */
function trigramCounts(value: string): Map<string, number> {
  const padded = ` ${value.replace(/[\u0021-\u0040]+/g, " ").replace(/\s+/g, " ").trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/** `franc(value, { only, minLength })`: the most probable of the `only` languages, or "und". */
export function francOnly(value: string, only: readonly string[], minLength: number): string {
  if (!value || value.length < minLength) return UND;
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  const byScript = modelsOf(only); // also refuses a language the shipped table lacks
  const models = script === undefined ? undefined : byScript.get(script);
  if (script === undefined || models === undefined) {
    // a script with one language of its own (not in franc's data): its name is the guess
    return script === undefined || share === 0 || !only.includes(script) ? UND : script;
  }
  let best = UND;
  let bestDistance = Infinity;
  const counts = trigramCounts(sample);
  for (const [language, model] of models) {
    let distance = 0;
    for (const [trigram, count] of counts) {
      const rank = model.get(trigram);
      distance += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
    // franc sorts the distances (stably): the first smallest wins
    if (distance < bestDistance) {
      bestDistance = distance;
      best = language;
    }
  }
  return best;
}
