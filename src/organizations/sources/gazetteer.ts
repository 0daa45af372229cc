/** Source: gazetteer forms found by the trigger scan (with Kazakh endings and Russian case forms). */
import { COUNTRY_QUALIFIERS_AFTER } from "../../../lexicons/countries.js";
import { COUNTRY_AFTER } from "../../../patterns/organization.js";
import { type Org, type Source, push } from "../candidate.js";
import { lookupGazetteer } from "../gazetteer.js";
import { isQuoteCode } from "../chars.js";
import { isQuotedTitle } from "../titles.js";
import type { LanguageCode } from "../../types.js";

function gazetteer(out: Org[], hits: RegExpExecArray[], text: string, language: LanguageCode): void {
  for (const m of hits) {
    // groups: 1 alias, 2 ending
    const entry = lookupGazetteer(m[1]!);
    if (!entry) continue;
    const ending = m[2];
    if (ending && entry.hyphenOnly && !ending.startsWith("-")) continue;
    const end = m.index + m[0].length;
    // a known name that is the whole of a quoted title ("«Жусан» операциясы", "фильм «Жусан»") is none
    if (m.index > 0 && isQuoteCode(text.charCodeAt(m.index - 1)) && isQuoteCode(text.charCodeAt(end)) && isQuotedTitle(text, m.index - 1, end + 1, language)) continue;
    // a body several countries name alike, with its country after it: one name, of that country ("МИД РК", "Минфин
    // России")
    if (entry.countryAfter && !ending) {
      COUNTRY_AFTER.lastIndex = end;
      const after = COUNTRY_AFTER.exec(text);
      if (after) {
        push(out, m.index, end + after[0].length, `${entry.name} ${after[1]}`, { country: COUNTRY_QUALIFIERS_AFTER[after[1]!] });
        continue;
      }
    }
    push(out, m.index, end, entry.name, entry);
  }
}

export const gazetteerSource: Source = {
  name: "gazetteer",
  anchor: "always",
  find: (input, out) => gazetteer(out, input.triggers.gazetteer, input.text, input.language),
};
