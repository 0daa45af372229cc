/** Source: gazetteer forms found by the trigger scan (with Kazakh endings and Russian case forms). */
import { type Org, type Source, push } from "../candidate.js";
import { lookupGazetteer } from "../gazetteer.js";

function gazetteer(out: Org[], hits: RegExpExecArray[]): void {
  for (const m of hits) {
    // groups: 1 alias, 2 ending
    const entry = lookupGazetteer(m[1]!);
    if (!entry) continue;
    const ending = m[2];
    if (ending && entry.hyphenOnly && !ending.startsWith("-")) continue;
    push(out, m.index, m.index + m[0].length, entry.name, entry);
  }
}

export const gazetteerSource: Source = {
  name: "gazetteer",
  anchor: "always",
  find: (input, out) => gazetteer(out, input.triggers.gazetteer),
};
