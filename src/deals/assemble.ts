/**
 * Deal assembly: from mentions to deals.
 *
 * The document is read sentence by sentence (src/segment.ts) with the cues of src/deals/features.ts.
 * A deal is built as a frame that sentences open or join:
 *
 * - A sentence with a statistics or target cue is skipped: national figures are not deals.
 * - A trigger sentence (a document kind, a project noun, a construction, signing or launch word,
 *   or a facility with a figure) that names parties joins the frame that already holds one of them,
 *   or the open frame that has no party yet (when it is the next sentence, or a package with a
 *   figure waiting for its party, and the sentence builds no further object with a sum of its own),
 *   or opens a new frame. A new-item cue alone before a colon ("Among them:") marks the next sentence.
 * - A package frame ("14 жоба", "четыре меморандума") whose parties are later detailed one by one
 *   ("По первому проекту … SUNGROW") is split: each party gets its own frame, which keeps the
 *   package's kind; the package and its total go.
 * - An enumerated item ("The second, with X LLP, …") right after a package of documents
 *   keeps the package's kind.
 * - A trigger sentence without parties goes on with the open frame (its cost, its signing, its
 *   construction and launch dates) when it follows it closely or the frame is a package, unless it
 *   starts a new deal: a new-item cue ("another", an ordinal before a project noun), a new count,
 *   a second amount, "also" with figures of its own (not only measuring what is described), or a newly
 *   signed document that brings its own figure or says "also". A document signed in such a sentence
 *   turns a bare project into that kind; a signed bare document ("құжатқа", "документ") takes the kind
 *   named in the deal. An anaphor ("this project") takes its parties from the sentence before.
 * - A second object of the same party (secondObject: a construction word and a facility the deal has not
 *   named, with its own amount or capacity, after "also"/"another" or with an amount when the deal has
 *   one) is a deal of its own with that party, whether the party is named again or referred to as
 *   "компания"/"the company": "Кроме того, компания построит склад стоимостью 5 млн долларов". A total
 *   ("Общая стоимость проекта – 50 млн долларов") or the same facility again stays on the deal.
 * - A sentence without a trigger adds its figures right after the frame's last sentence, or after one
 *   quiet sentence in the same paragraph ("Its cost is …", "800 jobs will be created").
 * - Names of one organization are one party (src/deals/party-names.ts): "Kazakhstan Temir Zholy (KTZ)".
 * - Figures in a sentence about several projects ("В рамках реализации проектов … 65 рабочих мест")
 *   are shared and go on no single deal; a first-stage sum is not the deal's amount; a total is the
 *   deal's amount only when the sentence speaks of one project ("the total cost of the project").
 *
 * At the end (src/deals/deals.ts) a frame is a deal when it has a party, an amount or a capacity, and is not a
 * cooperation document between state bodies with no figure and no facility, nor a count of realized
 * projects with no party ("40 projects were implemented in the region").
 */
import type { RecognizerContext } from "../recognizers/types.js";
import { splitClauses } from "./clauses.js";
import { itemSentences } from "./item-fields.js";
import type { DealKind, Mention } from "../types.js";
import {
  addParties, detailedBySigning, hasDealMoney, isTrigger, kindOf, MAY_OPEN, newFrame, objectAnaphor, ownFacility, setKind, setParties,
  upgradeKind, type Frame, type Party,
} from "./frame.js";
import { attach } from "./attach.js";
import { extendsName, organizationNames, PartyNames } from "./party-names.js";
import { partiesOf } from "./sentence-parties.js";
import { genericBeside, namesInvestor, namesObjectOf, ownerBefore, supporters } from "./sentence-shape.js";
import { none } from "./lists.js";
import { inheritTriggers, leadsIn } from "./lead-ins.js";
import { namedBefore, relativePartners } from "./relative.js";
import { statisticOnly } from "./statistics.js";
import { cofinances, itemAfterTotal, startsNewDeal } from "./continues.js";
import { Reach } from "./reach.js";
import { restates } from "./sums.js";
import { counterpartOf } from "./counterparts.js";
import { PARTNER_RULES, type PartnerEnv } from "./partners-after.js";
import { alsoBuilds, anotherObject, furtherObject, itemOfPackage, secondObject, toldApart, totalOfDocuments } from "./objects.js";
import { namesBuyer, namesPartyGenerically, partyReference } from "./party-references.js";
import { scanDocumentCues, sentenceFeatures } from "./features.js";
import type { SentenceInfo } from "./sentence-info.js";

/** The largest count of projects read as the deals told one by one before a figure they share ("the two projects"). */
const MAX_SHARED_COUNT = 12;


export function assembleFrames(context: RecognizerContext, mentions: readonly Mention[]): { frames: Frame[]; infos: SentenceInfo[] } {
  const text = context.normalized;
  // Most texts have no deal word at all: one pass over the cue words decides.
  const cues = scanDocumentCues(context, context.bodyStart);
  if (!cues.some((c) => c.categories.some((k) => MAY_OPEN.has(k)))) return { frames: [], infos: [] };
  // a sentence with a deal in each of its clauses is read as its clauses (src/deals/clauses.ts), an item's fields as its own (item-fields.ts)
  const { sentences, continued, items, sameParty } = splitClauses(text, itemSentences(text, context.bodyStart, context.language), mentions, cues, context.language);
  const infos = sentenceFeatures(context, sentences, mentions, cues);
  for (const i of continued) {
    // the sentence's first clause has the verb every later one leaves out
    let first = i - 1;
    while (continued.has(first)) first--;
    inheritTriggers(infos[first]!, infos[i]!);
    infos[i]!.clause = true;
    // (and the first clause takes the verb of the last, where it stands at the sentence's end: "X компаниясы Павлодар
    // облысында 30 млн еуроға, Y Атырау облысында 90 млн долларға инвестиция салуға келісті")
    if (!continued.has(i + 1)) inheritTriggers(infos[i]!, infos[first]!);
  }
  // an item of the package its sentence opened with ("…, including a $600 million plant to be built by X"): a new deal
  for (const i of items) infos[i]!.newDeal = true;
  // "Among them:" as a sentence of its own: the item after it is the new deal the cue announces
  for (let i = 0; i + 1 < infos.length; i++) if (leadsIn(text, infos[i]!)) infos[i + 1]!.newDeal = true;
  const names = new PartyNames();
  names.shortForms(organizationNames(mentions));
  const frames: Frame[] = [];
  const index = new Map<string, Frame>();
  let cur: Frame | null = null;
  // The last package of documents ("two agreements") and the last sentence of it or of its enumerated items.
  let pkg: Frame | null = null;
  let pkgAt = -1;

  // (which sentences stand within reach of a deal: reach.ts)
  const reach = new Reach(infos, text);
  const { title } = reach;
  const samePara = (a: number, b: number): boolean => reach.samePara(a, b);
  const reaches = (frame: Frame, i: number): boolean => reach.reaches(frame, i);
  const goesOn = (frame: Frame, i: number): boolean => reach.goesOn(frame, i);

  const open = (i: number, info: SentenceInfo, kind: DealKind | null): Frame => {
    const f = newFrame(frames.length, i, info, kind);
    frames.push(f);
    if (f.package && f.kind !== null && f.kind !== "project") { pkg = f; pkgAt = i; }
    return f;
  };

  /**
   * A second object of `of`'s party (see secondObject): a deal of its own with those parties (the
   * parties stay indexed to the first deal) and the first deal's region unless it names one.
   */
  const sibling = (i: number, info: SentenceInfo, of: Frame, parties: readonly Party[]): Frame => {
    const f = open(i, info, kindOf(info) ?? "project");
    f.parent = of;
    f.package = false;
    setParties(f, parties.slice());
    f.hadParties = true;
    return f;
  };

  /** An enumerated item ("The second, with X LLP") of a package of documents keeps the package's kind. */
  const itemKind = (i: number, info: SentenceInfo): DealKind | null => {
    // (right after the package, or after its item before: "Первое соглашение подписано с X … . Стоимость … . Второе – с Y …")
    if (!info.item || pkg === null || (i - pkgAt > 2 && !(cur !== null && cur.parent === pkg && i - cur.last <= 2))) return null;
    pkgAt = i;
    return pkg.kind;
  };

  /**
   * A new-deal cue ("in particular", "one of them", "Первое соглашение") right after a package that names no
   * party: the package is detailed item by item, so it and its total go (returns the package).
   */
  const detailsPackage = (info: SentenceInfo): Frame | null => {
    // (an enumerated item, "The first, with X …", details a package as a new-deal cue does)
    if (!(info.newDeal || (info.item && cur?.package)) || info.has.has("apart") || !cur || cur.parties.length > 0 || cur.parent) return null;
    // (a package, or documents signed for a total: "подписаны соглашения на общую сумму 3,2 млрд долларов")
    if (!cur.package && !totalOfDocuments(cur, infos)) return null;
    const pack: Frame = cur;
    pack.split = true;
    pack.hadParties = true;
    pack.amount = null;
    return pack;
  };

  /** A partner or counterpart of the open deal (counterparts.ts), in its reach. */
  const counterpart = (i: number, info: SentenceInfo): boolean =>
    cur !== null && (cur.facility || cur.amount !== null || cur.capacity.length > 0) && reaches(cur, i) && counterpartOf(cur, info, text, names);

  /**
   * The investor named as such (INVESTOR_ROLE) right after a concrete deal that only state bodies hold so far, with no
   * sum or capacity of its own.
   */
  const investorOfStateDeal = (i: number, info: SentenceInfo): boolean =>
    cur !== null && (cur.facility || cur.amount !== null || cur.capacity.length > 0) && cur.parties.every((p) => p.state) &&
    i <= cur.last + 1 && !info.newDeal && !info.has.has("apart") && info.capacity.length === 0 &&
    info.money.every((m) => cur!.amount !== null && restates(cur!.amount, m)) && namesInvestor(text, info);

  /**
   * The state bodies of a deal whose investor is then named: they approved or announced it ("Правительство одобрило
   * проект …"), unless they signed it. (They stay in the index: named again, they point to this deal.)
   */
  const byInvestor = (frame: Frame): void => {
    if (!frame.signed) setParties(frame, frame.parties.filter((p) => !p.state));
  };

  /**
   * A sentence that names a party of `known` beside a company `known` does not hold, with its own build, facility and
   * figure (a sum that is not known's, or a capacity when known has a sum): that company's project, with the party it
   * shares (not an object anaphor's: "The plant will be built by Y with X").
   */
  const ownProjectBeside = (known: Frame, info: SentenceInfo, parties: readonly Party[]): boolean =>
    !known.package && info.has.has("build") && info.has.has("facility") && !info.plural && !objectAnaphor(info) &&
    parties.some((p) => !p.state && !known.partyKeys.has(p.key) && !index.has(p.key)) &&
    (known.amount !== null && hasDealMoney(info) && !info.money.some((m) => restates(known.amount!, m)));

  /**
   * A sentence (or an anaphor and its antecedent) that names parties; `apart`: a document of their own, which joins
   * no open frame that does not hold one of them.
   */
  const withParties = (i: number, info: SentenceInfo, parties: Party[], evidence: number[], apart = false): void => {
    let known: Frame | null = null;
    for (const p of parties) {
      const f = index.get(p.key);
      if (f && (!known || f.seq > known.seq)) known = f;
    }
    const docKind = kindOf(info);
    let target: Frame;
    if (known) {
      const inKnown = parties.filter((p) => known!.partyKeys.has(p.key));
      const umbrella = known.package && known.parties.length >= 2 && inKnown.length < known.parties.length;
      if (umbrella || known.split) {
        // A package detailed party by party: this party gets its own deal, with the package's kind.
        target = open(i, info, known.kind ?? docKind);
        target.parent = known;
        target.package = false;
        target.signed = target.signed || known.signed;
        const moved = new Set(inKnown.map((p) => p.key));
        setParties(known, known.parties.filter((x) => !moved.has(x.key)));
        known.split = true;
        known.amount = null;
        addParties(target, parties.filter((p) => !index.has(p.key) || inKnown.includes(p)), index);
      } else if (ownProjectBeside(known, info, parties)) {
        // "«Тараз Азот» ЖШС қытайлық «Sinopec Engineering» компаниясымен бірлесіп … 1,3 млрд доллар … зауытын салады" after
        // «Атырау Полимер»'s plant with the same partner: a company of its own with an object and a sum of its own, the
        // shared partner beside it (a deal of both)
        target = open(i, info, docKind ?? "project");
        addParties(target, parties, index);
      } else if (secondObject(known, info) || alsoBuilds(known, info)) {
        // The same party builds a second object with its own figures: a deal of its own.
        // (the party under the name the deal knows it by: "China National Petroleum Corporation (CNPC)", not "CNPC")
        target = sibling(i, info, known, known.parties.filter((p) => inKnown.some((q) => q.key === p.key)));
        addParties(target, parties.filter((p) => !index.has(p.key)), index);
      } else if (toldApart(known, info)) {
        target = open(i, info, docKind ?? "project");
        addParties(target, parties, index);
      } else {
        target = known;
        upgradeKind(target, i, info);
        addParties(target, parties.filter((p) => !index.has(p.key) || target.partyKeys.has(p.key)), index);
      }
    } else if (
      !apart && cur && cur.parties.length === 0 && !info.newDeal && !info.has.has("apart") && !itemOfPackage(cur, info, infos) &&
      // (an item named as one of a counted package's, "В их числе соглашение между X и Y …", details it; an item of a
      // numbered list with a sum of its own after an item with none's party: "1) … цех – 9,5 млрд тенге; 2) завод ТОО «X» – 4 млрд")
      !(info.item && info.has.has("among") && cur.package && (cur.count ?? 0) >= 2) &&
      !(info.item && cur.amount !== null && hasDealMoney(info) && !info.money.some((m) => restates(cur!.amount!, m))) &&
      // (a further object with its own sum is a deal of its own, unless the open deal is the headline's: "- a glass
      // factory, 35 billion tenge; - a wind farm built by X for 58 billion tenge")
      (cur.opened === title || !secondObject(cur, info)) &&
      // (nor an item with a figure of its own after a total of several with no party: "auctions for projects with a total
      // capacity of 330 MW. X won a 100 MW solar plant …": the total is shared, the item a deal of its own)
      !splitsFromTotal(cur, info) &&
      (i <= cur.last + 1 || (cur.package && (cur.amount !== null || cur.capacity.length > 0)))
    ) {
      target = cur;
      if (docKind) setKind(target, i, docKind);
      if (info.has.has("sign")) target.signed = true;
      if (info.item && target === pkg) pkgAt = i;
      addParties(target, parties, index);
    } else if (!apart && investorOfStateDeal(i, info)) {
      // "Үкімет … зауытын салу жобасын мақұлдады. Жобаның инвесторы – «X» ЖШС": the investor of the deal a state body
      // approved or announced
      target = cur!;
      byInvestor(target);
      addParties(target, parties, index);
    } else if (!apart && headlineShortened(i, parties)) {
      // "KTZ and Chinese partner to build rail terminal near Dostyk ¶ KTZ Express JSC and China's Lianyungang … signed an
      // agreement to build a container terminal …": the headline's deal, its party named short (a group's brand for its
      // subsidiary, a known name of its own): the body's fuller names take its place
      target = cur!;
      setParties(target, target.parties.filter((h) => !parties.some((p) => extendsName(p.name, h.name))));
      upgradeKind(target, i, info);
      if (info.has.has("sign")) target.signed = true;
      addParties(target, parties, index);
    } else if (!apart && counterpart(i, info)) {
      // "Проект осуществляется совместно с ТОО «X»", "Тиісті келісімге … «Самұрық-Энерго» АҚ қол қойды": the same deal.
      target = cur!;
      upgradeKind(target, i, info);
      if (info.has.has("sign")) target.signed = true;
      addParties(target, parties, index);
    } else {
      // the package being detailed, or the one the deal before was detailed from ("In a separate deal, …" after "The largest deal …")
      const item = cur !== null && cur.parties.length === 0 && itemOfPackage(cur, info, infos) ? cur : null;
      if (item) detailedBySigning(item, info);
      // (or the package the clause before was an item of: "…, Xinjiang Zhongtai Chemical – завод … за 200 млрд тенге")
      const detailed = detailsPackage(info) ?? item ?? (info.newDeal && cur?.parent?.split && i - cur.last <= 2 ? cur.parent : null) ??
        (continued.has(i) && cur?.parent?.itemized ? cur.parent : null);
      target = open(i, info, docKind ?? itemKind(i, info) ?? (detailed?.kind !== "project" ? detailed?.kind : null) ?? "project");
      if (detailed) target.parent = detailed;
      addParties(target, parties, index);
    }
    for (const e of evidence) {
      // (the sentence before that named the party as it told a statistic or the company's results gives the party only:
      // "Выручка ТОО «X» составила 70 млрд тенге. Компания начала строительство завода …")
      if (e !== i && isStatistic(e, infos[e]!)) continue;
      target.core.add(e);
      attach(target, e, infos[e]!, text);
    }
    cur = target;
  };

  /**
   * Whether the deal open is the headline's, whose every party the first body sentence after it names in full (a name
   * that extends it by words: "KTZ" and "KTZ Express", "QazaqGaz" and "QazaqGaz Aimak").
   */
  const headlineShortened = (i: number, parties: readonly Party[]): boolean =>
    cur !== null && title >= 0 && cur.opened === title && cur.parties.length > 0 && i <= cur.last + 2 && !cur.package &&
    cur.parties.every((h) => parties.some((p) => p.key !== h.key && extendsName(p.name, h.name)));

  /**
   * Whether the last `n` deals told (at most MAX_SHARED_COUNT, read back over twice as many frames: bounded per sentence)
   * have parties, none a package.
   */
  const dealsTold = (n: number): boolean => {
    if (n > MAX_SHARED_COUNT) return false;
    let told = 0;
    for (let k = frames.length - 1; k >= 0 && frames.length - k <= 2 * n; k--) {
      const f = frames[k]!;
      if (f.package) return false;
      if (f.parties.length > 0 && ++told >= n) return true;
    }
    return false;
  };

  /** The last deal opened by a purchase (a `transfer` cue) with parties, at most three sentences before `i`. */
  const purchaseBefore = (i: number): Frame | null => {
    for (let k = frames.length - 1; k >= 0 && i - frames[k]!.last <= 3; k--) {
      const f = frames[k]!;
      if (f.parties.length > 0 && infos[f.opened]!.has.has("transfer")) return f;
    }
    return null;
  };

  const startsNew = (frame: Frame, info: SentenceInfo): boolean => startsNewDeal(context, frame, info, frame.opened === title);

  /**
   * "Caspian Su Qurylys, which bid in a consortium with China Harbour, won with an offer of …", "The company, which
   * partnered with X, will invest …": when the sentence's other organizations are the frame's parties (or it names its
   * party generically), the sentence goes on with the frame and the partner joins it.
   */
  const joinsPartner = (frame: Frame, i: number, info: SentenceInfo): boolean => {
    const partners = relativePartners(text, info, context.language);
    if (partners.length === 0) return false;
    const others = info.orgs.filter((o) => !partners.includes(o));
    // (the clause's antecedent: an organization of the frame, "the company", or a party's name written bare before the
    // clause: "Caspian Su Qurylys, which …" after "… Caspian Su Qurylys LLP")
    const antecedent = others.length > 0 ? others.every((o) => frame.partyKeys.has(names.keyOf(o.name)))
      : namesPartyGenerically(context, info.sentence) || frame.parties.some((p) => namedBefore(text, info.sentence.start, partners[0]!.start, p.name));
    if (!antecedent) return false;
    const keys = new Set(partners.map((o) => names.keyOf(o.name)));
    attach(frame, i, info, text);
    upgradeKind(frame, i, info);
    addParties(frame, partiesOf(info, text, true, names).filter((p) => keys.has(p.key)), index);
    return true;
  };

  /**
   * State bodies named in a sentence that goes on with the open deal of companies, with no figure of its
   * own ("Соглашение подписано … при участии представителей Министерства энергетики"): witnesses of the
   * same project, not the parties of a new deal.
   */
  const witnesses = (i: number, info: SentenceInfo, parties: readonly Party[]): boolean =>
    cur !== null && !info.newDeal && info.money.length === 0 && info.capacity.length === 0 &&
    parties.every((p) => p.state && !index.has(p.key)) && cur.parties.some((p) => !p.state) && reaches(cur, i) &&
    // (not two bodies signing a document of their own with no facility: "A memorandum on e-commerce was signed by the
    // Ministry of Trade and the Ministry of Commerce of China" names its signatories)
    !(parties.length >= 2 && info.has.has("sign") && kindOf(info) !== null && !info.has.has("facility") && !objectAnaphor(info));

  /**
   * A statistic, or an investment volume that does not go on with the deal just described: right after it, or after
   * neutral sentences only ("Об этом сообщил аким области … . По его словам, объем инвестиций составит …").
   */
  const isStatistic = (i: number, info: SentenceInfo): boolean =>
    statisticOnly(info, i > 0 ? infos[i - 1]! : null, i + 1 < infos.length ? infos[i + 1]! : null) ||
    // (not an item of a list that names its company: "– «X» ЖШС – … шығару, инвестиция көлемі 4,8 миллиард теңге;")
    // (nor a sentence of its own deal: "X JSC will build an ammonia plant in Taraz with a total investment of KZT 240 billion")
    (info.has.has("volume") && !(cur && goesOn(cur, i) && !info.plural && info.count === null) && !(info.item && info.orgs.length > 0) &&
      !(info.orgs.length > 0 && !info.plural && (info.has.has("build") || info.has.has("facility") || info.has.has("sign"))));

  /** See the loop: a signed document with no party and no figure, after a new paragraph's sentence naming other organizations. */
  const theirDocument = (i: number, info: SentenceInfo): boolean => {
    if (cur === null || i === 0 || !info.has.has("sign") || kindOf(info) === null) return false;
    if (info.money.length > 0 || info.capacity.length > 0 || cur.members.has(i - 1) || samePara(cur.last, i - 1)) return false;
    const before = partiesOf(infos[i - 1]!, text, true, names);
    return before.length > 0 && before.every((p) => !cur!.partyKeys.has(p.key));
  };

  /**
   * The organizations of sentence `i` (no state body) that no deal holds and `take` accepts join `frame` as its
   * parties, the sentence among its core ones.
   */
  const joinNamed = (frame: Frame, i: number, info: SentenceInfo, take: (p: Party) => boolean): void => {
    const named = partiesOf(info, text, false, names).filter((p) => take(p) && !index.has(p.key));
    if (named.length === 0) return;
    addParties(frame, named, index);
    frame.core.add(i);
  };

  /** itemAfterTotal, the total then a tally of the items told after it (itemized: no deal of its own, see deals.ts). */
  const splitsFromTotal = (frame: Frame, info: SentenceInfo): boolean => {
    if (!itemAfterTotal(frame, infos[frame.opened]!, info)) return false;
    frame.itemized = true;
    return true;
  };

  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    if (isStatistic(i, info)) continue;
    // The project's jobs or dates told right after a side object with no party and no sum of its own ("… а также
    // земельный участок площадью 30 гектаров. Строительство начнется в 2027 году, будет создано 200 рабочих мест"): the
    // project's, the deal before the side object's.
    const main = frames.length > 1 ? frames[frames.length - 2]! : null;
    if (cur && main && cur.parties.length === 0 && cur.amount === null && !cur.package && i - cur.last <= 1 && cur.opened - main.last <= 1 &&
      main.parties.length > 0 && (info.jobs.length > 0 || info.dates.length > 0) && info.money.length === 0 && info.capacity.length === 0 &&
      info.orgs.length === 0 && !info.has.has("facility") && !info.has.has("anaphor") && !namesObjectOf(text, info, cur)) {
      attach(main, i, info, text, false);
      continue;
    }
    // An enumerated item with its party ("The first, with X") right after a package of documents.
    if (isTrigger(info) || (info.item && pkg !== null && i - pkgAt <= 2 && info.orgs.length > 0)) {
      // a partner named in a relative clause of the open deal's party or of "the company" is that deal's (relative.ts)
      if (cur !== null && reaches(cur, i) && joinsPartner(cur, i, info)) continue;
      // the open deal's own cost, the rest financed by another ("Стоимость проекта составляет 110 млн долларов, оставшуюся
      // часть профинансирует АО «Halyk Bank»", "The project costs $110 million; the rest will be financed by X"): that
      // deal's sentence, its financier a party
      if (cur !== null && i - cur.last <= 1 && cofinances(cur, info)) {
        attach(cur, i, info, text, false);
        addParties(cur, partiesOf(info, text, true, names).filter((p) => !index.has(p.key)), index);
        continue;
      }
      const parties = partiesOf(info, text, true, names);
      if (parties.length > 0 && !witnesses(i, info, parties) && !supporters(info, parties)) {
        // (the owner the sentence before named with the object, ownerBefore; or its one company, named "the company" beside a partner)
        const owner = i > 0 && ownerBefore(infos[i - 1]!, info, cur !== null && cur.members.has(i - 1));
        // (the sentence before's parties read only then: partiesOf for every trigger sentence cost deal-dense text a third more)
        const before = owner || (i > 0 && genericBeside(info, partyReference(context, info.sentence))) ? partiesOf(infos[i - 1]!, text, false, names) : none<Party>();
        const owners = owner || (before.length === 1 && !parties.some((q) => q.key === before[0]!.key)) ? before.filter((p) => !index.has(p.key)) : none<Party>();
        // ("the company" being the open deal's party, putting money in its project named back, with a partner: "… построит
        // кабельный завод. Компания вложит в проект 14 млрд тенге, в том числе заемные средства ЕАБР": that deal's)
        // (or its buyer of the output: "The company also signed an offtake agreement with Glencore", as an offtake told after
        // the deal with no trigger is)
        if (!owner && before.length === 1 && cur !== null && cur.partyKeys.has(before[0]!.key) && (objectAnaphor(info) ||
          (info.has.has("offtake") && info.money.length === 0 && info.capacity.length === 0)) && reaches(cur, i)) {
          attach(cur, i, info, text, false);
          addParties(cur, parties.filter((p) => !index.has(p.key)), index);
          continue;
        }
        withParties(i, info, owners.length > 0 ? [...owners, ...parties] : parties, owners.length > 0 ? [i - 1, i] : [i]); continue;
      }
      // What was realized before, with no party named ("Өткен жылы … екі күн электр станциясы іске қосылған"), beside a
      // deal still to come: other objects' figures, neither that deal's nor a deal of their own
      if (info.has.has("done") && cur !== null && !cur.done && reaches(cur, i)) continue;
      // An anaphor takes the parties of the sentence before, unless the open deal of a facility is within reach
      // ("Its Chinese partner, X, will supply equipment. The plant is due to be commissioned …").
      const ownObject = cur !== null && cur.facility && cur.parties.length > 0 && objectAnaphor(info) && reaches(cur, i);
      if (info.has.has("anaphor") && i > 0 && !(cur && cur.members.has(i - 1)) && !ownObject) {
        const before = partiesOf(infos[i - 1]!, text, false, names);
        if (before.length > 0) { withParties(i, info, before, [i - 1, i]); continue; }
      }
      // "«Qarmet» АҚ … жоспарлап отыр. Компания … қаржы жұмсайды": a deal of "the company" with no open deal within reach (or none
      // of whose sentences names it: "Екінші қатысушы – «X» ЖШС. Компания …") is that of the one company no deal holds yet.
      // (the last sentence before it that names an organization, up to two sentences with none between: "«X» ЖШС жаңа
      // директор тағайындады. Бұған дейін ол министрлікте жұмыс істеген. Компания … диірмен салуды жоспарлап отыр")
      // "Сатып алушы зауытқа … салады", "The buyer then intends to invest $80 million …" after a purchase (its seller named
      // between: "Акцияларды X қоры сатады"): the purchase's parties, whose deal a further sum of theirs goes on with (as in
      // continues.ts), or whose deal of their own it is
      const purchase = info.orgs.length === 0 && namesBuyer(context, info.sentence) ? purchaseBefore(i) : null;
      if (purchase !== null && info.has.has("further") && !info.plural) { attach(purchase, i, info, text); cur = purchase; continue; }
      if (purchase !== null) { withParties(i, info, purchase.parties, [i]); continue; }
      const named = i > 0 && cur === null ? reach.lastNaming(i) : i - 1;
      if (i > 0 && namesPartyGenerically(context, info.sentence) &&
        (cur === null || !reaches(cur, i) || (!cur.members.has(i - 1) && !namesInvestor(text, infos[i - 1]!)))) {
        const before = partiesOf(infos[named]!, text, false, names);
        if (before.length === 1 && !index.has(before[0]!.key)) { withParties(i, info, before, [named, i]); continue; }
      }
      // "Делегация компании X посетила область. Подписано соглашение о строительстве завода стоимостью …": the
      // company of the sentence before, which opened no deal, signs the document that brings a figure or an object
      // (or talks it over: "Премьер-Министр «X» тобының басшысымен кездесті. Кездесуде … зауыт салу жобасы талқыланды").
      const signsAfterVisit = (info.has.has("sign") || info.has.has("discuss")) && i > 0 && !info.plural && (cur === null || !reaches(cur, i)) &&
        (info.money.length > 0 || info.capacity.length > 0 || info.has.has("facility"));
      if (signsAfterVisit && !(cur && cur.members.has(i - 1))) {
        const before = partiesOf(infos[i - 1]!, text, false, names).filter((p) => !index.has(p.key));
        if (before.length > 0) { withParties(i, info, before, [i]); continue; }
      }
      // "… ¶ Министр … и заместитель председателя правительства СУАР провели переговоры. По итогам встречи подписан
      // меморандум": a document signed with no party and no figure, right after a sentence that names other
      // organizations in a paragraph after the open deal's, is theirs (a cooperation of state bodies is then no deal).
      if (theirDocument(i, info)) {
        withParties(i, info, partiesOf(infos[i - 1]!, text, true, names), [i - 1, i], true);
        continue;
      }
      // "Общая стоимость двух проектов – …" after single deals: a shared total, on none of them.
      if (info.has.has("total") && info.plural && cur && !cur.package && !(cur.opened === title && cur.parties.length === 0)) continue;
      // "The investment in the two projects is $200 million", "Инвестиции в два проекта составят 200 млн долларов" after as
      // many deals told one by one, with no company or object of its own: their shared figure, on none (nor a deal of its own)
      if (info.plural && info.count !== null && info.count >= 2 && info.has.has("project") && info.orgs.length === 0 &&
        !info.has.has("facility") && cur && !cur.package && dealsTold(info.count)) continue;
      // A sentence that goes on with the open deal (its cost, its signing, its construction dates) joins it.
      const joins = cur !== null && !startsNew(cur, info) &&
        (cur.package || reaches(cur, i) || reach.headlineGoesOn(cur, i, info));
      if (joins) {
        // the headline's deal turns out to be several documents ("… sign $4 billion of deals. … signed 12 agreements")
        if (cur!.opened === title && cur!.parties.length === 0 && info.plural) {
          cur!.package = true;
          cur!.count ??= info.count;
          // (a package of documents, whose enumerated items keep its kind: "Второе – с корпорацией X …")
          if (cur!.kind !== null && cur!.kind !== "project") { pkg = cur; pkgAt = i; }
        }
        // (`alone`: the only deal told so far, whose total a bare total sentence names)
        attach(cur!, i, info, text, true, frames.length === 1);
        upgradeKind(cur!, i, info);
      } else if (
        cur && cur.parties.length > 0 && info.orgs.length === 0 &&
        (secondObject(cur, info) || anotherObject(info) || (kindOf(info) !== null && info.has.has("sign") && !info.plural && hasDealMoney(info)) ||
          // "The company also plans to build a heavy machinery plant in Karaganda" (its figures told next: see startsNew)
          (furtherObject(info) && info.money.length === 0 && info.capacity.length === 0)) &&
        namesPartyGenerically(context, info.sentence)
      ) {
        // "Кроме того, компания построит склад стоимостью 5 млн долларов": the same party's second object; "Кроме того,
        // стороны подписали контракт на поставку 150 локомотивов на сумму $600 млн": the same parties' second document, with a
        // sum of its own (not "стороны подписали протокол о побратимских связях", the regions' document).
        cur = sibling(i, info, cur, cur.parties);
        attach(cur, i, info, text);
      } else {
        const docKind = kindOf(info);
        detailsPackage(info);
        cur = open(i, info, docKind ?? (info.has.has("project") || info.has.has("build") || info.has.has("facility") ? "project" : null));
        attach(cur, i, info, text);
      }
      continue;
    }
    // A sentence with no trigger adds its figures right after the deal, or one quiet sentence later.
    const gap = cur ? i - cur.last : 0;
    // Its investor named right after a concrete deal (a facility or a figure) that has none
    // ("Инвестором выступает китайская компания X"), when the name's country is known or the sentence says it is the
    // investor (INVESTOR_ROLE: "Инвестором выступила компания «Восход-Oriel»").
    const concrete = cur !== null && (cur.facility || cur.amount !== null || cur.capacity.length > 0);
    if (cur && concrete && gap === 1 && !cur.package && !isStatistic(i, info) && info.orgs.length > 0) {
      const role = namesInvestor(text, info);
      // (after a deal of state bodies alone only when the sentence says so: "Правительство одобрило проект … .
      // Инвестором выступает ТОО «X», партнерами — …")
      // (and after a company's deal when the role is named: "ТОО «X» построит завод … . Инвестором выступила китайская Y")
      if (cur.parties.length === 0 || role) {
        if (role && cur.parties.every((p) => p.state)) byInvestor(cur);
        joinNamed(cur, i, info, (p) => p.country !== undefined || role);
      }
    }
    // A partner named right after the deal, in this sentence with no trigger: a supplier, a buyer of the output, a co-financier,
    // a new owner, a seller, a lender (partners-after.ts)
    if (cur && gap === 1 && info.orgs.length > 0 && !isStatistic(i, info)) {
      const deal = cur;
      const env: PartnerEnv = { context, counterpart: () => counterpart(i, info) };
      for (const rule of PARTNER_RULES) {
        if (rule.concrete && !concrete) continue;
        const take = rule.take(deal, info, env);
        if (take === null) continue;
        joinNamed(deal, i, info, take);
        if (rule.attach) attach(deal, i, info, text, false, frames.length === 1);
      }
    }
    // its figures, right after it or a sentence or two on (reach.ts figuresReach)
    if (cur && reach.figuresReach(cur, i)) {
      const mentionsParty = info.orgs.some((o) => cur!.partyKeys.has(names.keyOf(o.name)));
      // (or says what became of it: "Алайда зауыт ешқашан салынбаған", "The project was frozen"; or what is paid for it each
      // year, its sums no deal's: "мемлекет … жыл сайын 4,8 млрд теңгеге дейін төлейді")
      if (mentionsParty || info.money.length || info.capacity.length || info.dates.length || info.jobs.length ||
        (info.has.has("payment") && info.has.has("periodic")) ||
        // (or where its object will stand: "Предприятие разместится в Кызылординской области")
        (info.has.has("located") && (objectAnaphor(info) || info.has.has("facility")) && info.orgs.length === 0 &&
          !info.newDeal && !info.has.has("also")) ||
        // (not another object's fate: "In Turkistan region, a project to build a glass plant has been frozen" after a
        // subsoil contract names a facility the deal has not)
        ((info.has.has("cancel") || info.has.has("suspend")) && info.orgs.length === 0 && (cur.parties.length > 0 || cur.amount !== null) &&
          !info.cues.some((c) => c.categories.includes("facility") && !c.categories.includes("anaphor") && !ownFacility(cur!, c.key)))) {
        attach(cur, i, info, text, false, frames.length === 1);
      } else if ((info.has.has("finance") || info.has.has("loan")) && info.orgs.length > 0 && counterpart(i, info)) {
        // (or who finances it, no figure of its own: "The investor will finance the cost through loans from China
        // Development Bank"; not a trigger, so not read above)
        attach(cur, i, info, text, false, frames.length === 1);
        joinNamed(cur, i, info, () => true);
      }
    }
  }
  // a further object of the party its sentence named first, in a clause of its own: a deal of that party
  // (the frame of each clause before one, mapped once: a search per frame would cost the square of a text of many)
  if (sameParty.size > 0) {
    const opener = new Map<number, Frame>();
    for (const f of frames) for (const i of f.sentences) if (sameParty.has(i + 1) && !opener.has(i)) opener.set(i, f);
    for (const f of frames) {
      if (!sameParty.has(f.opened) || f.parties.length > 0) continue;
      const before = opener.get(f.opened - 1);
      if (before !== undefined && before !== f && before.parties.length > 0) setParties(f, [...before.parties]);
    }
  }
  return { frames, infos };
}
