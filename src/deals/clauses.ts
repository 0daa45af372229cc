/**
 * Clauses of a sentence that each hold a deal of their own: "X LLP will build a plant worth $20 million, and Y LLP
 * will build a warehouse worth $15 million", "ТОО «X» построит фабрику за 5 млрд тенге, а ТОО «Y» – склад за 3 млрд
 * тенге". Deal assembly reads such a sentence as two: each party keeps its own sum, place and sector.
 *
 * A sentence splits at a clause break (a comma, a semicolon or a dash) when an organization and a sum stand before
 * it and another organization, then a sum, after it. Not when what follows the break is a part of the first sum
 * ("…, из них 20 млн вложит ТОО «Y»", "…, of which Y will provide $5 million": CLAUSE_PART_WORDS), nor with no break
 * ("X will invest $20 million and Y $15 million in the joint venture": one deal). A clause after the break with no
 * trigger of its own takes the first clause's (its verb is left out: "а ТОО «Y» – склад за 3 млрд тенге").
 */
import { CLAUSE_PART_WORDS } from "../../lexicons/deal-triggers.js";
import type { Sentence } from "../segment.js";
import type { Mention } from "../types.js";

/** The sentences with the split ones as their clauses (renumbered), and the indexes of the clauses after a break. */
export interface Clauses {
  sentences: Sentence[];
  continued: Set<number>;
}

const PART_WORDS = CLAUSE_PART_WORDS.map((w) => w.toLowerCase());

/** A clause break: a comma, a semicolon, or a dash between spaces. */
function breakIn(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b) return i + 1;
    if (c === 0x2d && i > from && text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(i + 1) === 0x20) return i + 1;
  }
  return -1;
}

/** Where `sentence` splits (the start of its second clause), or -1. `orgs` and `money` are in text order. */
function splitAt(text: string, sentence: Sentence, orgs: readonly Mention[], money: readonly Mention[]): number {
  // the first organization, then the first sum after it
  const a = orgs[0]!;
  const m1 = money.find((m) => m.start >= a.end);
  if (!m1) return -1;
  // another organization after that sum, and a sum after it
  const b = orgs.find((o) => o.start >= m1.end);
  if (!b || !money.some((m) => m.start >= b.end) || b.text === a.text) return -1;
  const at = breakIn(text, m1.end, b.start);
  if (at < 0) return -1;
  const rest = text.slice(at, b.start).trim().toLowerCase();
  if (PART_WORDS.some((w) => rest.startsWith(w))) return -1;
  return at > sentence.start && at < sentence.end ? at : -1;
}

export function splitClauses(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): Clauses {
  const out: Sentence[] = [];
  const continued = new Set<number>();
  let k = 0;
  for (const s of sentences) {
    const orgs: Mention[] = [];
    const money: Mention[] = [];
    while (k < mentions.length && mentions[k]!.start < s.start) k++;
    for (let j = k; j < mentions.length && mentions[j]!.start < s.end; j++) {
      const m = mentions[j]!;
      if (m.type === "organization") orgs.push(m);
      else if (m.type === "money") money.push(m);
    }
    const at = orgs.length >= 2 && money.length >= 2 ? splitAt(text, s, orgs, money) : -1;
    if (at < 0) {
      out.push({ ...s, index: out.length });
      continue;
    }
    let start = at;
    while (start < s.end && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09)) start++;
    out.push({ ...s, end: at, index: out.length });
    continued.add(out.length);
    out.push({ ...s, start, index: out.length });
  }
  return { sentences: out, continued };
}
