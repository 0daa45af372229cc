/**
 * Property tests: whatever the input, extract() does not throw, every mention's offsets
 * slice to its text, mentions are sorted, and a second run gives the same output.
 */
import fc from "fast-check";
import { extract } from "../src/index.js";
import type { ExtractionResult } from "../src/index.js";

/**
 * The broken invariants of a result, as readable lines (none: an empty list). Checked in plain code
 * and asserted once: an expect() per mention made a text with 20,000 mentions take seconds in Jest.
 */
function violations(text: string, result: ExtractionResult): string[] {
  const out: string[] = [];
  let last = -1;
  for (const m of result.mentions) {
    const where = `${m.type} ${m.start}-${m.end} ${JSON.stringify(m.text)}`;
    if (!(m.start >= 0)) out.push(`${where}: start below 0`);
    if (!(m.end <= text.length)) out.push(`${where}: end past the text (${text.length})`);
    if (!(m.end > m.start)) out.push(`${where}: empty or reversed`);
    if (text.slice(m.start, m.end) !== m.text) out.push(`${where}: the offsets slice to ${JSON.stringify(text.slice(m.start, m.end))}`);
    if (!(m.start >= last)) out.push(`${where}: starts before the mention before it (${last})`);
    last = m.start;
  }
  for (const d of result.deals) {
    for (const e of d.evidence) if (!(e.end <= text.length)) out.push(`deal evidence ending at ${e.end}, past the text (${text.length})`);
  }
  return out;
}

function checkInvariants(text: string, result: ExtractionResult): void {
  expect(violations(text, result)).toEqual([]);
}

const pieces = [
  "2025", "1 178,4", "млрд", "теңгеден", "астам", "миллион", "тонна", "МВт", "жылы", "года", "мая",
  "ТОО", "«", "»", "\"", "Co., Ltd", " ", "\u00a0", "\u202f", "\n", ".", ",", "-", "–", "$", "₸", "%",
  "AqtobeCem", "China", "Energy", "облысы", "области", "меморандум", "соглашение", "жоба", "\ud800", "\udc00",
  "0", "9", "000", "бір", "жүз", "елу", "мың", "two", "hundred", "million", "Q2", "II", "тоқсан", "биыл",
];
const newsLike = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join(""));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 200 }), newsLike);

test("the invariant check reports a broken result", () => {
  const text = "в 2025 году";
  const good = extract(text, { language: "ru" });
  expect(violations(text, good)).toEqual([]);
  const shifted = { ...good, mentions: good.mentions.map((m) => ({ ...m, start: m.start + 1 })) };
  expect(violations(text, shifted)).toEqual([expect.stringMatching(/^date 3-11 "2025 году": the offsets slice to "025 году"$/)]);
});

describe("extract() on random and adversarial input", () => {
  test("never throws, offsets are valid, output is deterministic", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom("auto", "kk", "ru", "en"), (text, language) => {
        const options = { language: language as "auto", referenceDate: "2025-10-09" };
        const first = extract(text, options);
        checkInvariants(text, first);
        expect(extract(text, options)).toEqual(first);
      }),
      { numRuns: 400, seed: 20251009 },
    );
  });

  const adversarial: [string, string][] = [
    ["a long digit run", "1".repeat(200_000)],
    ["digit groups separated by spaces", "1 000".repeat(40_000)],
    ["a long run of spaces", " ".repeat(200_000) + "5 млн теңге"],
    ["digits and commas", "1,".repeat(100_000)],
    ["digits and dots", "1.".repeat(100_000)],
    ["mixed scripts", "Қазақстан China Россия ".repeat(10_000)],
    ["lone surrogates", "\ud800 2025 \udc00 млн ".repeat(20_000)],
    ["quotes without an end", "ТОО «".repeat(50_000)],
    ["capitalized Latin words", "China Power International Holding ".repeat(20_000)],
    ["number words", "жүз елу мың бір миллион ".repeat(20_000)],
    ["1 MB of news-like text", "Биыл облыста 14 инвестициялық жоба іске асырылып, 134 миллиард теңгеден астам қаражат тартылды. ".repeat(5_500)],
  ];
  test.each(adversarial)("%s", (_name, text) => {
    const result = extract(text, { referenceDate: "2025-10-09" });
    checkInvariants(text, result);
  });
});
