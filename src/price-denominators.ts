/**
 * A capacity that is the unit a price is given per ("18,5 тенге за 1 кВт·ч", "1 кВт·сағ үшін 19,9 теңге", "бір
 * киловатт-сағатқа 18,5 теңге"): one unit written beside a sum is no physical size (the contract's capacity), and is
 * dropped. Read after the stages' overlaps, where a sum and a capacity of one document are both known.
 */
import { PRICE_DENOMINATOR_CASE_ENDINGS, PRICE_DENOMINATOR_FIGURES, PRICE_DENOMINATOR_LINKS } from "../lexicons/units.js";
import { MULTIPLIER_WORDS } from "../lexicons/deal-triggers.js";
import type { Mention } from "./types.js";

const ONE: ReadonlySet<string> = new Set(PRICE_DENOMINATOR_FIGURES);
const MULTIPLIERS: readonly string[] = MULTIPLIER_WORDS.map((w) => w.toLowerCase());
/** The most characters between the sum and its unit ("тенге за 1 кВт·ч", "1 кВт·сағ үшін 19,9 теңге"). */
const REACH = 12;

/** The mentions without the capacities of one unit that stand within REACH of a sum (sorted mentions kept in order). */
export function withoutPriceDenominators(text: string, mentions: Mention[]): Mention[] {
  let capacity = false, money = false;
  for (const m of mentions) { if (m.type === "capacity") capacity = true; else if (m.type === "money") money = true; }
  if (!capacity || !money) return mentions;
  return mentions.filter((m, k) => !(m.type === "capacity" && oneUnit(m.text) && besideSum(text, mentions, k)));
}

/** Whether the mention is one unit: its first word one, the next no multiplier ("1 млн тонн" is a million). */
function oneUnit(mentionText: string): boolean {
  const words = mentionText.toLowerCase().split(/\s+/u);
  return ONE.has(words[0]!) && words.length > 1 && !MULTIPLIERS.some((w) => words[1]!.startsWith(w));
}

const LINKS: ReadonlySet<string> = new Set(PRICE_DENOMINATOR_LINKS);

/**
 * Whether a sum stands within REACH before or after the mention and the words between them make the unit its
 * denominator: a link word ("за", "үшін", "per"), or none with the unit in the Kazakh dative ("киловатт-сағатқа").
 */
function besideSum(text: string, mentions: readonly Mention[], k: number): boolean {
  const m = mentions[k]!;
  const dative = PRICE_DENOMINATOR_CASE_ENDINGS.some((e) => m.text.toLowerCase().endsWith(e));
  const links = (between: string): boolean => {
    const words = between.toLowerCase().split(/[\s/]+/u).filter((w) => w !== "");
    return words.length === 0 ? dative || between.includes("/") : words.every((w) => LINKS.has(w));
  };
  for (let j = k - 1; j >= 0 && mentions[j]!.end >= m.start - REACH; j--) {
    const o = mentions[j]!;
    if (o.type === "money" && links(text.slice(o.end, m.start))) return true;
  }
  for (let j = k + 1; j < mentions.length && mentions[j]!.start <= m.end + REACH; j++) {
    const o = mentions[j]!;
    if (o.type === "money" && links(text.slice(m.end, o.start))) return true;
  }
  return false;
}
