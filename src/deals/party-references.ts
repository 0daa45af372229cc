/**
 * The words that name a sentence's party generically ("компания", "the company", "Тараптар"; PARTY_REF of each
 * language), found once per document.
 */
import { BOTH_PARTIES_REFERENCES, BUYER_REFERENCES } from "../../lexicons/deal-triggers.js";
import { matchKey, type CuePattern } from "../../patterns/deal.common.js";
import { PARTY_REF_EN } from "../../patterns/deal.en.js";
import { PARTY_REF_KK } from "../../patterns/deal.kk.js";
import { PARTY_REF_RU } from "../../patterns/deal.ru.js";
import type { RecognizerContext } from "../recognizers/types.js";
import type { Sentence } from "../segment.js";
import type { Span, SupportedLanguage } from "../types.js";
import { startsWord } from "../word-start.js";
import { languagesOf } from "./doc-scan.js";
import { firstStartingAt } from "./lists.js";
import { pronounSubject } from "./pronoun-subject.js";
import { wordsBetween } from "./word-before.js";

const PARTY_REF: Record<SupportedLanguage, () => CuePattern<"partyRef" | "ignore" | "other">> = { kk: PARTY_REF_KK, ru: PARTY_REF_RU, en: PARTY_REF_EN };

/**
 * Whether the sentence names a party generically ("компания", "the company"; lexicons/deal-triggers.ts,
 * PARTY_REFERENCES), not as another one ("другая китайская компания": an `other` word at most two words before).
 */
export function namesPartyGenerically(context: RecognizerContext, sentence: Sentence): boolean {
  return partyReference(context, sentence) !== null;
}

/** The first word of the sentence that names its party generically (see namesPartyGenerically), or null. */
export function partyReference(context: RecognizerContext, sentence: Sentence): Span | null {
  const text = context.normalized;
  // (a subject pronoun opening the sentence: "It signed an agreement with …")
  const pronoun = pronounSubject(text, sentence, languagesOf(context.language));
  if (pronoun !== null) return pronoun;
  for (const hits of partyRefHits(context)) {
    let otherEnd = -1;
    // (the document's hits, read once: a scan from the sentence's start ran on to the next hit, wherever it was, and
    // read a document of many clauses with none once per clause)
    for (let k = firstStartingAt(hits, sentence.start); k < hits.length && hits[k]!.start < sentence.end; k++) {
      const h = hits[k]!;
      if (h.other) otherEnd = h.end;
      else if (h.ref && !(otherEnd >= 0 && wordsBetween(text, otherEnd, h.start) <= 1)) return { start: h.start, end: h.end };
    }
  }
  return null;
}

/** BOTH_PARTIES_REFERENCES. */
const BOTH_PARTIES: ReadonlySet<string> = new Set(BOTH_PARTIES_REFERENCES);

/** Whether the sentence names both parties of a deal generically ("Тараптар … қол қойды", "Стороны подписали …"). */
export function namesBothParties(context: RecognizerContext, sentence: Sentence): boolean {
  return referenceIn(context, sentence, BOTH_PARTIES);
}

/** BUYER_REFERENCES. */
const BUYERS: ReadonlySet<string> = new Set(BUYER_REFERENCES);

/** Whether the sentence names its party as a stake's buyer ("Сатып алушы …", "Новый собственник …", "The buyer …"). */
export function namesBuyer(context: RecognizerContext, sentence: Sentence): boolean {
  return referenceIn(context, sentence, BUYERS);
}

/** Whether the sentence's party reference (partyReference), in lower case with single spaces, is one of `words`. */
function referenceIn(context: RecognizerContext, sentence: Sentence, words: ReadonlySet<string>): boolean {
  const ref = partyReference(context, sentence);
  return ref !== null && words.has(context.normalized.slice(ref.start, ref.end).toLowerCase().replace(/\s+/g, " "));
}

interface PartyRefHit extends Span { other: boolean; ref: boolean }

/** Each language's party words in the document (PARTY_REF), in text order, found once per document. */
const PARTY_REF_HITS = new WeakMap<RecognizerContext, PartyRefHit[][]>();

function partyRefHits(context: RecognizerContext): PartyRefHit[][] {
  let all = PARTY_REF_HITS.get(context);
  if (all !== undefined) return all;
  all = [];
  const text = context.normalized;
  for (const lang of languagesOf(context.language)) {
    const hits: PartyRefHit[] = [];
    const pattern = PARTY_REF[lang]();
    const { regex: re, lookup } = pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!startsWord(text, m.index)) { re.lastIndex = m.index + 1; continue; }
      const whole = m[1] === undefined;
      const cats = lookup.get(matchKey(pattern, whole ? m[2]! : m[1]!, whole));
      if (cats?.includes("other") || cats?.includes("partyRef")) {
        hits.push({ start: m.index, end: m.index + m[0].length, other: cats.includes("other"), ref: cats.includes("partyRef") });
      }
    }
    all.push(hits);
  }
  PARTY_REF_HITS.set(context, all);
  return all;
}
