/**
 * The capacity stage reads a plain number right before a unit without its figure pattern (plainFigureEnd in
 * src/capacity/figure-run.ts). Wherever it does, the pattern (`before`, run sticky at the number as the stage runs
 * it) must read the same: a match at that start whose figure group is the digits and whose other groups are empty.
 * Checked at every start of many generated windows, in the three languages.
 */
import { CAPACITY_EN } from "../patterns/capacity.en.js";
import { CAPACITY_KK } from "../patterns/capacity.kk.js";
import { CAPACITY_RU } from "../patterns/capacity.ru.js";
import { plainFigureEnd } from "../src/capacity/figure-run.js";
import { groupIndex } from "../src/regex.js";
import { random } from "./helpers/random.js";

const PIECES = ["1", "25", "300", "4000", " ", "  ", "\t", "-", ",", ".", "(", "/", "x", "Ж", "annual", "жылына", "около", "млн", "2,5", "\u00a0"];
const LOOK_BEHIND = 8; // the stage's BEFORE_LOOK_BEHIND

test.each([["en", CAPACITY_EN], ["ru", CAPACITY_RU], ["kk", CAPACITY_KK]] as const)("%s: the figure pattern reads a plain number as the stage does", (_lang, patterns) => {
  const before = patterns().before;
  const names = ["rate", "qual", "num2", "approx", "mid", "mult"].map((n) => groupIndex(before, n)).filter((i) => i > 0);
  const num = groupIndex(before, "num");
  const next = random(7);
  let plain = 0;
  for (let round = 0; round < 8000; round++) {
    let text = "";
    const pieces = 1 + Math.floor(next() * 6);
    for (let k = 0; k < pieces; k++) text += PIECES[Math.floor(next() * PIECES.length)];
    const unitStart = text.length; // the unit follows the window
    for (let start = 0; start < unitStart; start++) {
      const readFrom = Math.max(0, start - LOOK_BEHIND);
      const end = plainFigureEnd(text, start, unitStart, readFrom);
      if (end < 0) continue;
      plain++;
      before.lastIndex = start - readFrom;
      const m = before.exec(text.slice(readFrom, unitStart).toLowerCase());
      expect([text, start, m?.index, m?.[num]]).toEqual([text, start, start - readFrom, text.slice(start, end)]);
      for (const i of names) expect([text, start, i, m![i]]).toEqual([text, start, i, undefined]);
    }
  }
  expect(plain).toBeGreaterThan(600); // the generator does reach the plain case
});
