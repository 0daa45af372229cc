/**
 * Title lines (src/organizations/title-lines.ts): a line of 4 to 20 words, three quarters of them capitalized,
 * with no final period. The lines end at "\n" and at "\r" (so "\r\n" ends one line and leaves an empty one).
 */
import { inTitleLine, titleLines } from "../src/organizations/title-lines.js";

const TITLE = "China Power Signs Deal to Build Wind Farm";
const SENTENCE = "China Power signed a deal to build a wind farm.";

test.each([
  ["one title line", TITLE, [0, TITLE.length]],
  ["a sentence", SENTENCE, []],
  ["a title line, then a sentence (\\n)", `${TITLE}\n${SENTENCE}`, [0, TITLE.length]],
  ["a sentence, then a title line (\\r\\n)", `${SENTENCE}\r\n${TITLE}`, [SENTENCE.length + 2, SENTENCE.length + 2 + TITLE.length]],
  ["title lines apart (\\r)", `${TITLE}\r${TITLE}`, [0, TITLE.length, TITLE.length + 1, 2 * TITLE.length + 1]],
  ["blank lines around", `\n\n${TITLE}\n\n`, [2, 2 + TITLE.length]],
  ["three words are too few", "China Power Signs", []],
  ["a title line ending in a period is a sentence", `${TITLE}.`, []],
] as const)("titleLines: %s", (_name, text, expected) => {
  expect(titleLines(text)).toEqual(expected);
});

test("inTitleLine finds the line a position lies in", () => {
  const text = `${SENTENCE}\n${TITLE}\n${SENTENCE}`;
  const lines = titleLines(text);
  const start = SENTENCE.length + 1;
  expect([start - 1, start, start + TITLE.length - 1, start + TITLE.length].map((p) => inTitleLine(lines, p))).toEqual([false, true, true, false]);
});
