/**
 * The money stage reads each currency hit in a lower-cased region around it; from a text's third hit the regions are
 * slices of the whole text lower-cased once (src/recognizers/money.ts regionFree), which is the same only for a text
 * whose lower case does not depend on where a region starts or ends.
 */
import { regionFree } from "../src/recognizers/money.js";
import { lowerSameLength } from "../patterns/money.js";

test("a text of letters, digits and signs lower-cases the same in any region", () => {
  for (const text of ["Budgets: $120 million, $130 million", "120 млн теңге, 130 млн теңге", "Ж ж Ә ә Ө Ұ Ү Һ"]) {
    expect(regionFree(text)).toBe(true);
  }
});

test("a capital sigma or a surrogate pair lower-cases by its context: such a text keeps a region of its own per hit", () => {
  // the final sigma: "ΑΣ" is "ας", its last letter alone "σ"
  expect(lowerSameLength("ΑΣ").slice(1)).toBe("ς");
  expect(lowerSameLength("Σ")).toBe("σ");
  expect(regionFree("ΑΣ $1 million")).toBe(false);
  // a region's edge between the two halves of "𐐀" (U+10400, lower case U+10428) keeps the half as it is
  expect(lowerSameLength("𐐀").charCodeAt(1)).not.toBe("𐐀".charCodeAt(1));
  expect(regionFree("𐐀 $1 million")).toBe(false);
  expect(regionFree("🚀 $1 million")).toBe(false);
});

test("a dotted capital I, whose lower case is two characters, keeps a region of its own per hit", () => {
  expect("İ".toLowerCase()).toHaveLength(2);
  expect(lowerSameLength("İstanbul")).toBe("İstanbul");
  expect(regionFree("İstanbul $1 million")).toBe(false);
});
