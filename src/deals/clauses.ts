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
import { CLAUSE_ITEM_WORDS, CLAUSE_PART_WORDS } from "../../lexicons/deal-triggers.js";
import type { Sentence } from "../segment.js";
import type { Mention } from "../types.js";
import { isLetterCode, isSpaceCode } from "../word-start.js";

/**
 * The sentences with the split ones as their clauses (renumbered), the indexes of the clauses after a break, and of
 * those that are an item of a package named before them in the sentence (`items`: a new deal each).
 */
export interface Clauses {
  sentences: Sentence[];
  continued: Set<number>;
  items: Set<number>;
}

const PART_WORDS = CLAUSE_PART_WORDS.map((w) => w.toLowerCase());
const ITEM_WORDS = CLAUSE_ITEM_WORDS.map((w) => w.toLowerCase());

/**
 * Where a package's item starts in the sentence (after the break before an item word), or -1: a sum with no
 * organization before it, then a break and an item word, then an organization and a sum ("Signed 11 agreements
 * worth $2.4 billion, including a $600 million plant to be built by X").
 */
function itemAt(text: string, sentence: Sentence, orgs: readonly Mention[], money: readonly Mention[]): number {
  const m1 = money[0];
  if (!m1 || (orgs[0] && orgs[0].start < m1.start)) return -1;
  for (let i = text.indexOf(",", m1.end); i >= 0 && i < sentence.end; i = text.indexOf(",", i + 1)) {
    const rest = text.slice(i + 1, Math.min(sentence.end, i + 40)).trimStart().toLowerCase();
    if (!ITEM_WORDS.some((w) => rest.startsWith(w) && !isLetterCode(rest.charCodeAt(w.length)))) continue;
    const org = orgs.find((o) => o.start > i);
    const sum = money.find((m) => m.start > i);
    return org && sum && org.start < sentence.end && sum.start < sentence.end ? i + 1 : -1;
  }
  return -1;
}

/** An organization mention's name (its text for any other mention). */
const nameOf = (m: Mention): string => (m.type === "organization" ? m.name : m.text);

/** A clause break: a comma, a semicolon, or a dash between spaces. */
function breakIn(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b) return i + 1;
    if (c === 0x2d && i > from && text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(i + 1) === 0x20) return i + 1;
  }
  return -1;
}

/**
 * Where `sentence` splits (the start of its second clause), or -1: read from `orgs[o]` and `money[k]` on (both in
 * text order; indexes, not copies, so that a long sentence of many clauses is read in linear time).
 */
function splitAt(text: string, sentence: Sentence, orgs: readonly Mention[], o: number, money: readonly Mention[], k: number): number {
  // the first organization, then the first sum after it
  const a = orgs[o];
  if (!a) return -1;
  while (k < money.length && money[k]!.start < a.end) k++;
  const m1 = money[k];
  if (!m1) return -1;
  // another organization after that sum, and a sum after it
  let j = o + 1;
  while (j < orgs.length && orgs[j]!.start < m1.end) j++;
  const b = orgs[j];
  // (the same organization named again is the same deal's: "X … за N, X также …" is read by deal assembly)
  if (!b || b.start >= sentence.end || nameOf(b) === nameOf(a)) return -1;
  let n = k + 1;
  while (n < money.length && money[n]!.start < b.end) n++;
  if (n >= money.length || money[n]!.start >= sentence.end) return -1;
  const at = breakIn(text, m1.end, b.start);
  if (at < 0) return -1;
  const rest = text.slice(at, b.start).trim().toLowerCase();
  if (PART_WORDS.some((w) => rest.startsWith(w))) return -1;
  return at > sentence.start && at < sentence.end ? at : -1;
}

export function splitClauses(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): Clauses {
  const out: Sentence[] = [];
  const continued = new Set<number>();
  const items = new Set<number>();
  let k = 0;
  for (const s of sentences) {
    while (k < mentions.length && mentions[k]!.start < s.start) k++;
    // a sentence with fewer than two organizations and two sums is read as it is, with no list made for it
    let nOrgs = 0, nMoney = 0;
    for (let j = k; j < mentions.length && mentions[j]!.start < s.end; j++) {
      const t = mentions[j]!.type;
      if (t === "organization") nOrgs++;
      else if (t === "money") nMoney++;
    }
    if (nOrgs < 1 || nMoney < 2) {
      out.push(s.index === out.length ? s : { ...s, index: out.length });
      continue;
    }
    const orgs: Mention[] = [];
    const money: Mention[] = [];
    for (let j = k; j < mentions.length && mentions[j]!.start < s.end; j++) {
      const m = mentions[j]!;
      if (m.type === "organization") orgs.push(m);
      else if (m.type === "money") money.push(m);
    }
    // a package and one of its items: two clauses, the item a new deal
    const item = itemAt(text, s, orgs, money);
    if (item > s.start) {
      let start = item;
      while (start < s.end && isSpaceCode(text.charCodeAt(start))) start++;
      out.push({ ...s, end: item, index: out.length });
      items.add(out.length);
      out.push({ ...s, start, index: out.length });
      continue;
    }
    if (nOrgs < 2) {
      out.push(s.index === out.length ? s : { ...s, index: out.length });
      continue;
    }
    // split as often as the pattern repeats ("X – A за N, Y – B за M, Z – C за K"): each clause after a break is
    // read again with the mentions from its start on
    let rest: Sentence = s;
    let o = 0, n = 0;
    for (;;) {
      while (o < orgs.length && orgs[o]!.start < rest.start) o++;
      while (n < money.length && money[n]!.start < rest.start) n++;
      const at = orgs.length - o >= 2 && money.length - n >= 2 ? splitAt(text, rest, orgs, o, money, n) : -1;
      if (at < 0) break;
      let start = at;
      while (start < rest.end && isSpaceCode(text.charCodeAt(start))) start++;
      out.push({ ...rest, end: at, index: out.length });
      continued.add(out.length);
      rest = { ...rest, start };
    }
    // (the sentence itself while no split before it has moved the numbering: most documents split none)
    out.push(rest === s && s.index === out.length ? s : { ...rest, index: out.length });
  }
  return { sentences: out, continued, items };
}
