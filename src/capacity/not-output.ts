/**
 * A mass said of emissions or of a reduction, not of what a plant makes: "сократит выбросы CO2 на 170 тыс. тонн в
 * год", "reduce CO2 emissions by 200,000 tonnes a year", "шығарындыларды жылына 100 мың тоннаға азайтады"
 * (lexicons/units.ts CapacityWords.notOutput). Read in the figure's clause: back to the last clause sign before the
 * figure (at most CLAUSE_REACH characters), and a few characters after the mention for a verb that ends it.
 */
import type { CapacityWords } from "../../lexicons/units.js";

/** How far back the clause before a figure is read, and how far after the mention a verb is looked for. */
const CLAUSE_REACH = 60;
const VERB_REACH = 16;

export function saysNoOutput(N: string, start: number, end: number, floor: number, words: CapacityWords): boolean {
  const { before, after } = words.notOutput;
  if (before.length > 0) {
    let from = Math.max(floor, start - CLAUSE_REACH);
    // the clause: after the last sentence or clause sign before the figure
    for (let k = start - 1; k >= from; k--) {
      const c = N.charCodeAt(k);
      if (c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x0a) { from = k + 1; break; }
    }
    const clause = N.slice(from, start).toLowerCase();
    if (before.some((w) => clause.includes(w))) return true;
  }
  if (after.length > 0) {
    const next = N.slice(end, end + VERB_REACH).toLowerCase();
    if (after.some((w) => next.includes(w))) return true;
  }
  return false;
}
