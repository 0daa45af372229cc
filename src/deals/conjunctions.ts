/**
 * The conjunctions that join two clauses of one sentence (lexicons CLAUSE_AND), read between two offsets, and on which
 * side of its date a clause's verb stands in the conjunction's language: "after" where the verb comes first and its
 * date after it ("signed an agreement in May 2025 and expect completion in 2029": the completion word past "and" is
 * the next clause's), "before" where the verb ends its clause ("2026 жылы басталады және 2028 жылы аяқталады": the
 * start word before "және" is the clause before).
 */
import { CLAUSE_AND } from "../../lexicons/deal-triggers.js";
import { isLetterCode } from "../word-start.js";

/** Each one-word conjunction of CLAUSE_AND (lower case) and its language's side. */
const SIDES: ReadonlyMap<string, "before" | "after"> = new Map(
  Object.values(CLAUSE_AND).flatMap(({ words, facility }) => words.filter((w) => !w.includes(" ")).map((w) => [w, facility] as const)),
);
/** The longest of them: a longer word is none. */
const LONGEST = Math.max(...[...SIDES.keys()].map((w) => w.length));

/** The side of the first conjunction that stands as a whole word in text[from, to), or null. */
export function conjunctionBetween(text: string, from: number, to: number): "before" | "after" | null {
  let k = from;
  while (k < to) {
    while (k < to && !wordCode(text.charCodeAt(k))) k++;
    const start = k;
    while (k < to && wordCode(text.charCodeAt(k))) k++;
    if (k - start > 0 && k - start <= LONGEST && (k >= text.length || !wordCode(text.charCodeAt(k)))) {
      const side = SIDES.get(text.slice(start, k).toLowerCase());
      if (side) return side;
    }
  }
  return null;
}

/** A letter, or the hyphen inside a word ("сондай-ақ"). */
function wordCode(c: number): boolean {
  return isLetterCode(c) || c === 0x2d;
}
