/**
 * Per-sentence features for deal assembly. Every pattern runs once over the document; matches
 * and mentions are then distributed to sentences by a sorted merge, so the cost is linear.
 */
import { COUNT_WORDS, FACILITY_PLURAL_SUFFIXES, JOBS_WORDS, type CueCategory } from "../../lexicons/deal-triggers.js";
import type { CuePattern } from "../../patterns/deal.common.js";
import { DEAL_CUES_EN } from "../../patterns/deal.en.js";
import { DEAL_CUES_KK } from "../../patterns/deal.kk.js";
import { DEAL_CUES_RU } from "../../patterns/deal.ru.js";
import type { JobsPattern } from "../../patterns/jobs.common.js";
import { JOBS_EN } from "../../patterns/jobs.en.js";
import { JOBS_KK } from "../../patterns/jobs.kk.js";
import { JOBS_RU } from "../../patterns/jobs.ru.js";
import { insidePairs, titleDatelines, wireDatelines } from "../dateline.js";
import type { RecognizerContext } from "../recognizers/types.js";
import type { Sentence } from "../segment.js";
import type { Mention, Span, SupportedLanguage } from "../types.js";
import { isSpaceCode } from "../word-start.js";
import { countBefore, facilityCount } from "./counts.js";
import { CueSet } from "./cue-set.js";
import { byStart, distribute, languagesOf, scanCues } from "./doc-scan.js";
import { jobsOf } from "./jobs.js";
import { added, none } from "./lists.js";
import { namesItsCompany, outsideNames } from "./name-cues.js";
import type { Cue, JobsHit, ResolvedDateMention, SentenceInfo } from "./sentence-info.js";
import { classesOne, listItem, numbered, opensWithDemonstrative, topicFirst } from "./sentence-shape.js";
import { dropOtherSums, perUnitFigure } from "./sums.js";
import { afterBlanks } from "../organizations/chars.js";

/** Each language's patterns, built on first use (the pattern modules build them lazily). */
const CUES: Record<SupportedLanguage, () => CuePattern<CueCategory>> = { kk: DEAL_CUES_KK, ru: DEAL_CUES_RU, en: DEAL_CUES_EN };
const JOBS: Record<SupportedLanguage, () => JobsPattern> = { kk: JOBS_KK, ru: JOBS_RU, en: JOBS_EN };

export const KIND_CATEGORIES = ["framework_agreement", "memorandum", "agreement", "contract", "protocol"] as const;
// (a bare document noun too: "signed 12 documents worth …", "подписано 8 документов на …")
const COUNTED: ReadonlySet<CueCategory> = new Set<CueCategory>(["project", "document", ...KIND_CATEGORIES]);

/**
 * Whether cue `k` of the sentence opens an aside after a comma with no figure, organization, object or project word
 * after it ("…, в том числе рыбаки"): no item of a deal (one that ends the sentence, "Олардың ең ірілері:", announces
 * the items after it).
 */
function emptyAside(text: string, info: SentenceInfo, k: number): boolean {
  const c = info.cues[k]!;
  let b = c.start - 1;
  while (b > info.sentence.start && isSpaceCode(text.charCodeAt(b))) b--;
  if (text.charCodeAt(b) !== 0x2c) return false;
  const after = (m: Span) => m.start >= c.end;
  return !(info.money.some(after) || info.capacity.some(after) || info.orgs.some(after) ||
    info.cues.some((x, j) => j > k && (x.categories.includes("facility") || x.categories.includes("project"))));
}

const NO_WIRES: readonly number[] = [];

/** Both lists of start and end pairs (most often both empty: no copy). */
function bothPairs(a: readonly number[], b: readonly number[]): readonly number[] {
  return b.length === 0 ? a : a.length === 0 ? b : [...a, ...b];
}

/** Every cue word of the document, in text order (one pass per language). */
export function scanDocumentCues(context: RecognizerContext, from: number): Cue[] {
  const cues: Cue[] = [];
  const langs = languagesOf(context.language);
  const put = (start: number, end: number, categories: readonly CueCategory[], key: string) => { cues.push({ start, end, categories, key }); };
  for (const lang of langs) scanCues(CUES[lang](), context.normalized, from, put);
  if (langs.length > 1) cues.sort(byStart);
  return cues;
}

export function sentenceFeatures(
  context: RecognizerContext,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  cues: readonly Cue[],
): SentenceInfo[] {
  // the lists start as the one shared empty list (`added` makes a sentence's own on its first item): most of a
  // document's sentences hold no amount, capacity, date, jobs count, region or sector, and many no organization
  const infos: SentenceInfo[] = sentences.map((sentence) => ({
    sentence, cues: none(), has: new CueSet(), money: none(), capacity: none(), dates: none(), orgs: none(), jobs: none(),
    regions: none(), sectors: none(), asides: NO_WIRES, datelineEnd: -1,
    count: null, plural: false, newDeal: false, item: false, clause: false, objects: false, pluralObject: false, headline: false,
    partyIndex: null,
  }));
  if (sentences.length === 0) return infos;
  const text = context.normalized;
  const from = sentences[0]!.start;
  const langs = languagesOf(context.language);

  const jobs: JobsHit[] = [];
  // a loop, not push(...list): spreading a list of over ~100 k hits overflows the stack
  for (const lang of langs) jobsOf(JOBS[lang](), JOBS_WORDS[lang], lang, text, from, jobs);
  if (langs.length > 1 || jobs.some((h, k) => k > 0 && h.start < jobs[k - 1]!.start)) jobs.sort(byStart);

  distribute(outsideNames(cues, mentions), sentences, (i, c) => { infos[i]!.cues = added(infos[i]!.cues, c); for (const k of c.categories) infos[i]!.has.add(k); });
  distribute(jobs, sentences, (i, h) => { infos[i]!.jobs = added(infos[i]!.jobs, h); });
  // the date of a news agency's dateline is the wire's, no date of a deal ("ALMATY, Oct 15 (Reuters) - … signed on Tuesday")
  // (the date of a wire's dateline or of one in title case opening a paragraph is when the news was filed)
  const titles = titleDatelines(text, sentences);
  // (both in text order: one walk)
  for (let k = 0, i = 0; k < titles.length; k += 2) {
    while (sentences[i]!.start !== titles[k]) i++;
    infos[i]!.datelineEnd = titles[k + 1]!;
  }
  const wires = mentions.some((m) => m.type === "date") ? bothPairs(wireDatelines(text), titles) : NO_WIRES;
  distribute(mentions, sentences, (i, m) => {
    const info = infos[i]!;
    if (m.type === "money") info.money = added(info.money, m);
    else if (m.type === "capacity") info.capacity = added(info.capacity, m);
    else if (m.type === "date") {
      if (m.value !== null && !insidePairs(wires, m)) info.dates = added(info.dates, m as ResolvedDateMention);
    }
    else if (m.type === "organization") info.orgs = added(info.orgs, m);
  });

  // (a facility noun in the plural: several objects, "станцияларын", "дата-орталықтар")
  const pluralSuffixes = langs.flatMap((l) => FACILITY_PLURAL_SUFFIXES[l]);
  const countWords = langs.length === 1 ? COUNT_WORDS[langs[0]!] : Object.assign({}, ...langs.map((l) => COUNT_WORDS[l])) as Record<string, number>;
  for (let n = 0; n < infos.length; n++) {
    const info = infos[n]!;
    // a background aside about the company's other assets: its figures and dates are no deal's
    if (info.has.has("aside")) dropAsides(text, info);
    if (info.has.has("localization")) dropClausesOf(text, info, "localization");
    if (info.has.has("retire")) dropClausesOf(text, info, "retire");
    if (info.has.has("condition")) dropClausesOf(text, info, "condition");
    // (what the object takes in: the whole sentence measures the input or its source, "…, который компания X ввела в 2021 году")
    if (info.has.has("feedstock")) dropFiguresInside(info, [info.sentence.start, info.sentence.end]);
    // (a comparison with another object: its figures, from the comparison's clause to the sentence's end)
    if (info.has.has("comparison")) dropComparison(text, info);
    // the sums that are no deal's (a price, a wage, taxes, a charter capital, a yearly payment; sums.ts)
    dropOtherSums(text, info, n > 0 ? infos[n - 1]! : null);
    // an item of a numbered list ("2) птицефабрика ТОО «X» – 45 млрд тенге"): an enumerated item
    if (numbered(text, info.sentence.start)) info.item = true;
    // an auction or a tender won for a figure or an object: building it
    // (not the currency: "5 billion South Korean won")
    if (info.has.has("award") && (info.capacity.length > 0 || info.money.length > 0 || info.has.has("facility")) &&
      info.cues.some((c) => c.categories.includes("award") && !info.money.some((m) => m.start <= c.start && c.end <= m.end))) {
      info.has.add("build");
    }
    // a company's item of a list with its activity and figures ("ТОО «X» – производство кабеля, 12 млрд тенге;"): a project
    if (info.has.has("activity") && (info.money.length > 0 || info.capacity.length > 0) && listItem(text, info)) {
      info.has.add("project");
      info.item = true;
    }
    const cs = info.cues;
    for (let k = 0; k < cs.length; k++) {
      const c = cs[k]!;
      // (not a noun that classes one thing: "one of the flagship projects", "ірі жобалардың бірі")
      if (c.categories.includes("plural") && !classesOne(text, cs, k)) info.plural = true;
      // (not after the deal's own object named as the sentence's topic: "Проект … стал одним из крупнейших проектов",
      // "The project … is one of the largest in the region" class it, where "Одним из крупнейших станет …" opens an item)
      // (nor one after a comma with nothing of a deal after it: "В проекте участвуют местные фермеры, в том числе рыбаки")
      // ("another" before a sum adds to the deal: "the partners will invest another 6 billion tenge", "тағы 6 миллиард")
      if (c.categories.includes("another") && sumFollows(text, info, c.end)) info.has.add("further");
      // (nor after a demonstrative: "Бұл облыстағы ең ірі жоба, оның құны …" classes the deal just told)
      else if (c.categories.includes("another") && !(k > 0 && topicFirst(text, info.sentence.start, cs[0]!)) && !emptyAside(text, info, k) &&
        !opensWithDemonstrative(text, info.sentence.start)) info.newDeal = true;
      // (an item of a package named as one of them, "В их числе соглашение …", "They include an agreement …": an
      // enumerated item, as "Первое …" is)
      if (c.categories.includes("ordinal") || c.categories.includes("among")) info.item = true;
      if (c.categories.some((x) => COUNTED.has(x))) {
        const n = countBefore(text, info.sentence.start, c.start, countWords);
        if (n !== null && info.count === null) info.count = n;
        if (n !== null && n >= 2) info.plural = true;
      } else if (c.categories.includes("facility") && facilityCount(text, info.sentence.start, c.start, countWords) >= 2) {
        // "Екі станцияның жалпы қуаты", "двух станций", "The two plants", "15 солнечных электростанций": figures of
        // several objects (the count right before the noun or its kind: in "a 200 MW wind farm" the word before is the unit)
        info.objects = true;
      }
      if (c.categories.includes("facility") && pluralAfterStem(text, c, pluralSuffixes)) info.pluralObject = true;
      const next = cs[k + 1];
      const nounFollows = next !== undefined && next.start - c.end <= 16 && next.categories.some((x) => COUNTED.has(x));
      if (nounFollows && c.categories.includes("ordinal")) info.newDeal = true;
      // "Второй завод компания возведет в Шымкенте": an ordinal before a facility noun is a further object.
      const facilityFollows = next !== undefined && next.start - c.end <= 2 && next.categories.includes("facility");
      if (facilityFollows && c.categories.includes("ordinal")) info.newDeal = true;
      if (nounFollows && c.categories.includes("several")) info.plural = true;
    }
    // a capacity of one unit of many is none of the object's ("16 турбин единичной мощностью 6,25 МВт", "12 turbines of 4.2
    // MW each"), unless the units are the deal's own objects, counted ("две солнечные электростанции мощностью 50 МВт каждая")
    if (info.has.has("perUnit") && info.capacity.length > 0 && !info.objects) info.capacity = info.capacity.filter((m) => !perUnitFigure(text, info.cues, m));
    // an enumerated item that names its company alone ("Төртіншісі – «X» ЖШС.", "Четвертый – ТОО «X».", its project told
    // next): a project of that company (a word of its name no longer stands for a cue, see outsideNames)
    if (cs.length === 1 && cs[0]!.categories.includes("ordinal") && info.orgs.length > 0 && info.money.length === 0 &&
      info.capacity.length === 0 && namesItsCompany(text, info, cs[0]!)) info.has.add("project");
    // a stake bought or sold ("agreed to buy a 49% stake in X for $310 million"), or a company bought whole for a sum
    // from or by another ("CNPC acquired Aral Petroleum LLP for $310 million", "Zijin Mining купила 70% ТОО «Бета» за …"):
    // an agreement
    if (info.has.has("transfer") && (info.has.has("stake") || (info.orgs.length >= 2 && info.money.length > 0))) info.has.add("agreement");
    // a loan granted for a sum by a named lender ("Exim Bank approved a $430 million loan for the road"): a financing
    // agreement, unless the sentence names the project or facility it finances ("… a loan … to finance the construction
    // of a 150 MW wind farm", "EBRD lends $100 million to wind power project": a project and its lender)
    if (info.has.has("loan") && info.money.length > 0 && info.orgs.length > 0 && !info.has.has("facility") && !info.has.has("project")) {
      info.has.add("agreement");
    }
  }
  return infos;
}

/**
 * Drops (in place) the sums, capacities and dates in the clause of each cue of `category`, between the clause breaks
 * (commas, semicolons) around it in the sentence: a localization level's ("…, and the localization level will reach 40
 * percent by 2027" gives no completion, "Уровень локализации к 2028 году составит 50%" no date) or retired units'
 * ("After that, the old units with a total capacity of 75 MW will be decommissioned"); the figures of the sentence's
 * other clauses stay ("The enterprise will produce 1,200 tractors per year, and the localization level …").
 */
function dropClausesOf(text: string, info: SentenceInfo, category: CueCategory): void {
  const pairs: number[] = [];
  for (const c of info.cues) {
    if (!c.categories.includes(category)) continue;
    let to = c.end;
    while (to < info.sentence.end && !isClauseBreak(text.charCodeAt(to))) to++;
    pairs.push(clauseStart(text, info, c.start), to);
  }
  dropFiguresInside(info, pairs);
}

/** A comma or a semicolon: what ends a clause of a sentence for dropClausesOf and dropComparison. */
const isClauseBreak = (c: number): boolean => c === 0x2c || c === 0x3b;

/** Where the clause that holds `at` starts: after the clause break before it, else at the sentence's start. */
function clauseStart(text: string, info: SentenceInfo, at: number): number {
  let from = at;
  while (from > info.sentence.start && !isClauseBreak(text.charCodeAt(from - 1))) from--;
  return from;
}

/**
 * Drops (in place) the figures and dates from the clause of the sentence's first comparison cue to its end ("Для сравнения,
 * …", "Завод мощностью 1 млн тонн, что в два раза больше, чем у элеватора «X», рассчитанного на 500 тысяч тонн": the
 * plant's capacity stays).
 */
function dropComparison(text: string, info: SentenceInfo): void {
  let at = Infinity;
  for (const c of info.cues) if (c.start < at && c.categories.includes("comparison")) at = c.start;
  dropFiguresInside(info, [clauseStart(text, info, at), info.sentence.end]);
}

/** Drops (in place) the sentence's sums, capacities and dates inside one of `pairs` (start and end pairs). */
function dropFiguresInside(info: SentenceInfo, pairs: readonly number[]): void {
  const outside = (m: Span) => !insidePairs(pairs, m);
  info.money = info.money.filter(outside);
  info.capacity = info.capacity.filter(outside);
  info.dates = info.dates.filter(outside);
}

/** Whether a cue's word goes on past its stem (the cue's key) with one of `suffixes` ("станция|ларын"). */
function pluralAfterStem(text: string, c: Cue, suffixes: readonly string[]): boolean {
  if (suffixes.length === 0) return false;
  const stem = c.key.startsWith("=") ? c.key.slice(1) : c.key;
  const at = c.start + stem.length;
  return at < c.end && suffixes.some((x) => text.startsWith(x, at));
}

/** Whether a money mention of the sentence starts right after `at`, past blanks ("another | 6 billion tenge"). */
function sumFollows(text: string, info: SentenceInfo, at: number): boolean {
  const next = afterBlanks(text, at);
  return info.money.some((m) => m.start === next);
}

/**
 * Drops (in place) the sums, capacities and dates inside the sentence's background asides, and keeps their spans for the
 * places (places.ts): an `aside` cue right after a comma, up to the next comma ("Zhongtai Chemical, which already operates a
 * $400 million caustic soda plant in Pavlodar, signed …"); one with no comma to close it is no aside.
 */
function dropAsides(text: string, info: SentenceInfo): void {
  const pairs: number[] = [];
  for (const c of info.cues) {
    if (!c.categories.includes("aside")) continue;
    let b = c.start;
    while (b > info.sentence.start && isSpaceCode(text.charCodeAt(b - 1))) b--;
    if (text.charCodeAt(b - 1) !== 0x2c) continue;
    // (the closing comma within the sentence: no search past its end)
    let close = c.end;
    while (close < info.sentence.end && text.charCodeAt(close) !== 0x2c) close++;
    if (close >= info.sentence.end) continue;
    pairs.push(c.start, close);
  }
  if (pairs.length === 0) return;
  dropFiguresInside(info, pairs);
  info.asides = pairs;
}
