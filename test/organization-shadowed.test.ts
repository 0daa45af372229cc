/**
 * The English heads source leaves unread a run of capitalized words inside a name the legal-form source found
 * ("China Power Energy" in "China Power Energy Co., Ltd"), and the recognizer reads such runs after all when overlap
 * resolution drops that name (src/organizations/candidate.ts, Shadowed). The result must be what reading every run
 * gives: checked on texts made of name pieces in random order, where legal-form names are often dropped for a
 * longer phrase overlapping them ("Ministry of Energy … LLP"), and on such texts written out.
 */
import { organizationRecognizer } from "../src/recognizers/organization.js";
import { SHADOWED_RUNS } from "../src/organizations/sources/heads.en.js";
import { normalizeText } from "../src/normalize.js";
import { random } from "./helpers/random.js";

const PIECES = [
  "China", "Power", "Bank", "Energy", "Halyk", "Kazakh", "Invest", "Fund", "Co., Ltd.", "Ltd", "LLP", "JSC", "Group",
  "Holding", "and", "of", "the", "Ministry of Energy", "Development Bank of Kazakhstan", "akimat of Almaty Region",
  "Almaty Region", "Region", "signed", "with", "«Alfa Power»", "\"Beta Bank\"", ",", ".", "Sinopec", "CNPC",
  "KazMunayGas", "Samruk-Kazyna", "Corporation", "Company", "Agency", "University", "Astana", "Hub", "Park", "Co.",
  "International", "Limited", "Inc",
];

/** The organization mentions of an English text, with the runs inside legal-form names read (`read`) or left. */
function organizations(text: string, read: boolean): unknown {
  SHADOWED_RUNS.read = read;
  try {
    return organizationRecognizer.recognize({ text, normalized: normalizeText(text), bodyStart: 0, language: "en", referenceDate: null });
  } finally {
    SHADOWED_RUNS.read = false;
  }
}

test.each([
  "China Power Energy Co., Ltd. and Halyk Bank JSC signed an agreement.",
  "Development Bank of Kazakhstan Ministry of Energy JSC Ministry of Energy and",
  "Halyk Ministry of Energy Ministry of Energy Kazakh LLP Samruk-Kazyna Co. Kazakh Halyk Hub Hub Park Almaty Region Group",
  "the Fund Energy of Ministry of Energy Limited Holding Sinopec akimat of Almaty Region Halyk Ltd Fund akimat of Almaty Region Fund",
])("leaving runs inside legal-form names unread changes nothing: %s", (text) => {
  expect(organizations(text, false)).toEqual(organizations(text, true));
});

test("leaving runs inside legal-form names unread changes nothing on 3,000 texts of name pieces", () => {
  const next = random(7);
  const differ: string[] = [];
  for (let k = 0; k < 3000; k++) {
    const words: string[] = [];
    for (let i = 3 + Math.floor(next() * 14); i > 0; i--) words.push(PIECES[Math.floor(next() * PIECES.length)]!);
    const text = words.join(" ");
    if (JSON.stringify(organizations(text, false)) !== JSON.stringify(organizations(text, true))) differ.push(text);
  }
  expect(differ).toEqual([]);
});
