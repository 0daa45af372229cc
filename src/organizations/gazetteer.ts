/**
 * Expands the gazetteer (lexicons/organizations.ts) into surface forms: each alias, its
 * Russian case forms, and a table from every form back to its nominative and country.
 * Kazakh endings are matched by the pattern after the form (see patterns/organization.ts).
 */
import { ORGANIZATIONS } from "../../lexicons/organizations.js";
import { lazy } from "../regex.js";
import { ruForms } from "./inflect.js";

export interface GazetteerForm {
  /** Nominative name reported for this form. */
  name: string;
  country?: string;
  /** Latin script or an acronym: Kazakh endings only after a hyphen (with a hyphen). */
  hyphenOnly: boolean;
  /** A body several countries name alike: a country written after it is part of its name (lexicons/organizations.ts). */
  countryAfter?: true;
  /** An international or regional organization: of no country (lexicons/organizations.ts). */
  international?: true;
}

const LATIN = /^[\p{Script=Latin}\p{N}\s.,&'’+()-]+$/u;
const ACRONYM = /^[\p{Lu}\p{N}.+-]+$/u;

/** Surface forms of one alias: "A|B|C" lists inflected forms B, C of A; "~" marks the inflecting word; "=" turns generation off. */
function formsOf(alias: string): { name: string; forms: string[] } {
  const [head, ...inflected] = alias.split("|");
  let name = head!;
  const verbatim = name.startsWith("=");
  if (verbatim) name = name.slice(1);
  const forms = new Set<string>([name.replace(/~/g, ""), ...inflected]);
  if (!verbatim) {
    const words = name.split(" ");
    const marked = words.findIndex((w) => w.endsWith("~"));
    const at = marked >= 0 ? marked : words.length === 1 ? 0 : -1;
    if (at >= 0) {
      const word = words[at]!.replace(/~$/, "");
      if (!ACRONYM.test(word)) {
        for (const f of ruForms(word)) forms.add([...words.slice(0, at), f, ...words.slice(at + 1)].join(" ").replace(/~/g, ""));
      }
    }
  }
  return { name: name.replace(/~/g, ""), forms: [...forms] };
}

function build(): Map<string, GazetteerForm> {
  const table = new Map<string, GazetteerForm>();
  for (const entry of ORGANIZATIONS) {
    for (const alias of entry.aliases) {
      const { name, forms } = formsOf(alias);
      const hyphenOnly = LATIN.test(name) || ACRONYM.test(name);
      for (const form of forms) {
        if (table.has(form)) continue;
        const value: GazetteerForm = { name, hyphenOnly };
        if (entry.country) value.country = entry.country;
        if (entry.countryAfter) value.countryAfter = true;
        if (entry.international) value.international = true;
        table.set(form, value);
      }
    }
  }
  return table;
}

/** Forms are stored with single spaces: a form with other white space is looked up folded. */
const UNFOLDED_SPACE = /[^\S ]|  /;

interface Tables {
  forms: ReadonlyMap<string, GazetteerForm>;
  /** The first two code units of every form, by their low bytes (`a << 8 | b`): a cheap test before the table. */
  firstPairs: Uint8Array;
}

/** The forms and their first pairs, built on the first lookup, not at import (about 20 ms of CPU). */
const tables = lazy((): Tables => {
  const forms = build();
  const firstPairs = new Uint8Array(0x10000);
  for (const form of forms.keys()) {
    if (UNFOLDED_SPACE.test(form)) throw new Error(`kzdeals: gazetteer form "${form}" has white space other than single spaces`);
    if (form.length < 2) throw new Error(`kzdeals: gazetteer form "${form}" is shorter than two characters`);
    firstPairs[(form.charCodeAt(0) & 0xff) << 8 | form.charCodeAt(1) & 0xff] = 1;
  }
  return { forms, firstPairs };
});

/** Every surface form of every gazetteer alias. */
export function gazetteerForms(): ReadonlyMap<string, GazetteerForm> {
  return tables().forms;
}

/** The entry for a form matched in text (spaces folded to one). */
export function lookupGazetteer(form: string): GazetteerForm | undefined {
  const { forms, firstPairs } = tables();
  const key = UNFOLDED_SPACE.test(form) ? form.replace(/\s+/g, " ") : form;
  if (key.length < 2 || firstPairs[(key.charCodeAt(0) & 0xff) << 8 | key.charCodeAt(1) & 0xff] !== 1) return undefined;
  return forms.get(key);
}
