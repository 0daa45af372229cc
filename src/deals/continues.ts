/**
 * Sentences that go on with the open deal, or leave it, by what they tell of it (src/deals/assemble.ts reads them in its
 * loop): a trigger sentence with no party that starts a deal of its own (startsNewDeal), the project's own cost with the
 * rest financed by another (cofinances), and an item with a figure of its own after a total over several objects with
 * no party (itemAfterTotal).
 */
import { hasDealMoney, isBareKind, kindOf, objectAnaphor, revisesFigures, type Frame } from "./frame.js";
import { namesBothParties, namesPartyGenerically } from "./party-references.js";
import type { SentenceInfo } from "./sentence-info.js";
import { componentOfOwn, furtherObject, secondObject } from "./objects.js";
import { restates } from "./sums.js";
import type { RecognizerContext } from "../recognizers/types.js";

/**
 * Whether the sentence tells the frame's own project's cost and who finances the rest of it ("Стоимость проекта
 * составляет 110 млн долларов, оставшуюся часть профинансирует АО «Halyk Bank»", "The project costs $110 million; the rest
 * will be financed by X"): the open deal's sentence, its financier a party.
 */
export function cofinances(frame: Frame, info: SentenceInfo): boolean {
  return frame.facility && info.has.has("finance") && (info.has.has("project") || objectAnaphor(info)) && info.money.length > 0 &&
    info.orgs.length > 0 && !info.plural && !info.newDeal && !info.has.has("also") && !info.has.has("build");
}

/**
 * Whether the sentence is an item with a capacity of its own (not the same said again) after a frame with no party
 * opened by a total over several objects (`opened`: "auctions for projects with a total capacity of 330 MW. X won a 100
 * MW solar plant …"): the total is shared, the item a deal of its own.
 */
export function itemAfterTotal(frame: Frame, opened: SentenceInfo, info: SentenceInfo): boolean {
  return frame.parties.length === 0 && frame.capacity.length > 0 && opened.has.has("total") && opened.plural && !info.plural &&
    info.capacity.length > 0 && !info.capacity.some((c) => frame.capacity.some((k) => k.value === c.value && k.unit === c.unit));
}

/**
 * Whether a trigger sentence without parties starts a deal of its own rather than going on with
 * `frame`: a new-item cue ("another", an ordinal before a project noun), a new count of projects,
 * a second amount, or a newly signed document that brings its own figure or says "also". `headline`: the frame is the
 * headline's deal.
 */
export function startsNewDeal(context: RecognizerContext, frame: Frame, info: SentenceInfo, headline: boolean): boolean {
  if (info.newDeal) return true;
  // "Under the agreement, the new shareholders will invest a further 25 billion tenge", "Жаңа акционер … қосымша 5
  // миллиард теңге салып …": more money from the deal's own party, named generically, goes on with the deal
  if (info.has.has("further") && info.orgs.length === 0 && !info.plural && namesPartyGenerically(context, info.sentence)) return false;
  // "The second phase, a weaving factory, …", "На втором этапе будет построен склад …": the project's part
  if (info.has.has("phase") && info.orgs.length === 0 && !info.plural && frame.parties.length > 0) return false;
  const restated = frame.amount !== null && info.money.length > 0 && info.money.every((m) => restates(frame.amount!, m));
  // "В 2027–2028 годах на строительство будет направлено 500 млн долларов" after an $800 million plant: a tranche of the
  // deal's sum (smaller, in its currency), no party and no object of its own
  if (info.has.has("tranche") && info.orgs.length === 0 && frame.amount !== null && info.money.length > 0 && !info.has.has("also") &&
    !info.cues.some((c) => c.categories.includes("facility")) &&
    info.money.every((m) => m.currency === frame.amount!.currency && m.amount < frame.amount!.amount)) return false;
  // The headline's deal goes on in the body ("Павлодарда 1 миллиард долларлық алюминий зауыты салынады" → the plant,
  // its partner and its precise cost; "… sign $4 billion of deals" → "… signed 12 agreements worth a total of $4 billion"),
  // unless the body says a further item begins, brings a second sum or an earlier object ("Ранее … начато строительство автодороги").
  if (headline && !info.has.has("also") && !info.has.has("apart") && (frame.amount === null || restated || !hasDealMoney(info)) &&
    !(info.has.has("earlier") && secondObject(frame, info))) return false;
  if (info.count !== null && info.count >= 2 && info.count !== frame.count) return true;
  if (secondObject(frame, info)) return true;
  const anaphoric = objectAnaphor(info);
  const figures = info.money.length > 0 || info.capacity.length > 0;
  if (frame.amount !== null && hasDealMoney(info) && !anaphoric && !restated && !revisesFigures(info)) return true;
  // "Сонымен қатар … теміржол желісінің құрылысы …, ұзындығы 272 шақырым": a further item with its own figures,
  // unless the figures only measure what is described ("Кроме того, предприятие будет выпускать 500 тысяч тонн").
  const measuresOnly = info.has.has("measure") && !info.has.has("build");
  // (nor another's share of the deal's own project, named back, its giver no organization: "The regional akimat will also
  // allocate 4 billion tenge to the project")
  if (anaphoric && frame.amount !== null && (info.has.has("contribution") || info.has.has("finance")) && !info.has.has("build") &&
    !info.has.has("facility")) return false;
  // (nor a part of the deal's own object: "На станции также будет установлен накопитель энергии емкостью 60 МВт·ч")
  if (info.has.has("also") && figures && !measuresOnly && (frame.amount !== null || frame.capacity.length > 0) && !componentOfOwn(frame, info)) return true;
  // "The company also plans to build a heavy machinery plant in Karaganda" (its sum told next): a further object, not one
  // that points back ("… will also build a railway siding to the plant")
  // (of the company the deal holds, named generically; not an item of a package: "Сонымен қатар … зауытының құрылысы
  // басталады" among a package's projects)
  if (!figures && furtherObject(info) && !frame.package && frame.parties.length > 0 &&
    (frame.amount !== null || frame.capacity.length > 0) && namesPartyGenerically(context, info.sentence)) return true;
  // A package of documents with no party yet is ended by a document of another kind ("Astana and Shanghai also signed a sister-city memorandum").
  const docKind = kindOf(info);
  // (a frame that only names a party, "X's delegation was received", is not a document of its own; nor the same parties'
  // talks or project with no figure and no document, which "the parties" then sign: "… келіссөз жүргізді. Екі тарап …
  // меморандумға қол қойды", "Еске салайық, тараптар 2022 жылы … келісімге қол қойған")
  const substance = frame.amount !== null || frame.capacity.length > 0 || frame.signed ||
    (frame.facility && !namesBothParties(context, info.sentence));
  const otherDocument = (frame.parties.length > 0 && substance) || (frame.package && frame.kind !== null && docKind !== frame.kind);
  const signedDocument = docKind !== null && info.has.has("sign") && otherDocument;
  // (the document of the deal told before, signed with no party, object or sum of its own, where the deal has no sum and
  // no document yet: "Tobol Milk LLP will build a dairy plant … . The investment agreement worth 40 billion tenge was signed
  // in Astana on June 30", "… Инвестиционное соглашение на 40 млрд тенге было подписано в Астане")
  // (or recalled, "Напомним, соглашение стоимостью 9 млрд тенге было подписано в 2024 году" after the deal's document
  // was terminated: its document, whatever noun the recall uses)
  if (signedDocument && info.orgs.length === 0 && !info.has.has("also") && !info.has.has("apart") && frame.amount === null &&
    !frame.signed && (isBareKind(frame.kind) || info.has.has("earlier")) && !frame.package && frame.parties.length > 0) return false;
  // (the purchase agreement of the project's output, with no company or figure of its own: "The Chinese partner has also
  // signed an offtake agreement for the entire concentrate output", "Компания также подписала оффтейк-контракт с корейским
  // партнером": the deal's offtake, told of it; its kind stays, see upgradeKind)
  if (signedDocument && info.has.has("offtake") && !figures && info.orgs.length === 0 && frame.facility) return false;
  return signedDocument && !anaphoric && (info.has.has("also") || figures);
}
