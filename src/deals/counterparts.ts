/**
 * A partner or counterpart of the open deal, named in a sentence with no figure and no object of its own (assemble.ts
 * asks, for the deal in reach).
 */
import type { Frame } from "./frame.js";
import { kindOf, objectAnaphor, ownFacility } from "./frame.js";
import { KIND_CATEGORIES } from "./features.js";
import type { SentenceInfo } from "./sentence-info.js";
import { COMITATIVE_ENDINGS, DOCUMENT_BACK_REFERENCES } from "../../lexicons/deal-triggers.js";
import { NO_WORDS, wordBefore } from "./word-before.js";
import type { PartyNames } from "./party-names.js";
import { alsoFinances, partnerOfTopic, topicCue } from "./sentence-shape.js";
import { restates } from "./sums.js";
import { isLender } from "./org-roles.js";

/**
 * A partner or counterpart of the open deal, named in a sentence with no figure and no object of its own
 * that works with it or signs for it ("Проект осуществляется совместно с ТОО «X»", "It is being implemented
 * jointly with X LLP", "Тиісті келісімге облыс әкімдігі мен «Самұрық-Энерго» АҚ қол қойды"), or named with
 * the deal's own object ("The smelter will be built by X and will have a capacity of …", its capacity but no
 * sum of its own), or working on it with a share of its own ("X will co-finance the project with a further $80
 * million"): a party of that deal, not a deal of its own. Not after "also", "another" or
 * "separately", nor for several.
 */
/**
 * "Жобаға сондай-ақ X компаниясы технология береді", "X will also supply technology to the project": "also" with the deal's
 * own object named back (an anaphor, no object of its own) and no figure is one more company working on it.
 */
function alsoToOwnObject(info: SentenceInfo): boolean {
  return objectAnaphor(info) && info.money.length === 0 && info.capacity.length === 0 &&
    info.cues.every((c) => !c.categories.includes("facility") || c.categories.includes("anaphor"));
}

const KINDS: readonly string[] = KIND_CATEGORIES;

/** Whether the sentence's first document noun has a word pointing back before it ("Тиісті келісімге …"). */
function pointsBack(text: string, info: SentenceInfo): boolean {
  const doc = info.cues.find((c) => c.categories.some((k) => KINDS.includes(k)));
  if (doc === undefined) return false;
  const before = wordBefore(text, doc.start, info.sentence.start, NO_WORDS, 0);
  return before !== null && DOCUMENT_BACK_REFERENCES.some((w) => before.startsWith(w));
}

/** Whether a name's text ends in a comitative case ending (COMITATIVE_ENDINGS: "«X» ЖШС-мен", "компаниясымен"): a partner. */
const comitative = (text: string): boolean => {
  const lower = text.toLowerCase();
  return COMITATIVE_ENDINGS.some((e) => lower.endsWith(e));
};

/**
 * Whether every organization the sentence names is a lender, with a sum: by name (org-roles.ts isLender) or by the word
 * right before it ("the French bank Société Générale").
 */
export function lendersOnly(info: SentenceInfo, text: string): boolean {
  return info.orgs.length > 0 && info.money.length > 0 && info.orgs.every((o) => isLender(o.name) || isLender(wordBefore(text, o.start, info.sentence.start, NO_WORDS, 0) ?? ""));
}

export function counterpartOf(frame: Frame, info: SentenceInfo, text: string, names: PartyNames): boolean {
  if (info.newDeal || (info.has.has("also") && !alsoFinances(info) && !alsoToOwnObject(info)) || info.has.has("apart") || info.plural || info.count !== null) return false;
  // "Оператором терминала станет СП ТОО «X»", "The terminal will be operated by X": its operator, of any part of its object
  if (info.has.has("operator") && info.money.length === 0 && info.capacity.length === 0) return true;
  // (an object anaphor, "the plant", is the deal's object whatever noun it uses)
  const facilities = info.cues.filter((c) => c.categories.includes("facility") && !c.categories.includes("anaphor"));
  if (!facilities.every((c) => ownFacility(frame, c.key))) return false;
  // "ТОО «Бета» совместно с ТОО «Гамма» построит тракторный завод" after a cement plant's deal: a subject of its own, which
  // the deal does not hold, building an object of its own (not the deal's: "the plant"; nor the deal's as the topic:
  // "Зауытты қытайлық X компаниясымен бірлесіп салады", its partner before "бірлесіп"), is a deal of its own
  const jointly = info.cues.find((c) => c.categories.includes("jointly"));
  if (jointly && info.has.has("build") && facilities.length > 0 && !objectAnaphor(info) && !topicCue(text, info, facilities) &&
    info.orgs.some((o) => o.start < jointly.start && !comitative(o.text) && !frame.partyKeys.has(names.keyOf(o.name)))) return false;
  const figureless = info.money.length === 0 && info.capacity.length === 0;
  // "Станцию построила китайская компания X", "Станцияны … X компаниясы салды": the deal's object, named by its head
  // noun as the sentence's first word (the topic, known already), built by X (with no figure of its own)
  const builder = figureless && (info.has.has("build") || info.has.has("expand")) && topicCue(text, info, facilities);
  // "The smelter will be built by X and will have a capacity of …": the deal's own object, with no sum of its own, or
  // its first ("X invested $40 million in the project" after a plant's deal with none); the project named as the
  // sentence's topic is that object too ("Проект реализуется с участием X", "Жобаға X … салды")
  const topic = !info.plural && topicCue(text, info, info.cues.filter((c) => c.categories.includes("project")));
  const ownObject = (objectAnaphor(info) || topic || partnerOfTopic(text, info, jointly)) &&
    info.money.every((m) => frame.amount === null || restates(frame.amount, m));
  // "The AIIB will co-finance the project with a further $80 million": its share of the deal's own object
  // (not a further object of its own: "… will co-finance a $60 million meat processing plant built by Y" after a
  // cable plant's deal names a facility without referring back to the deal's)
  const share = info.has.has("jointly") && info.capacity.length === 0 && (objectAnaphor(info) || !info.has.has("facility"));
  // "The Bank of China will provide a $300 million loan for the project", "Банк развития выделит на проект кредит в
  // размере …": a lender's part of the deal's own sum (no object of its own, no more than the deal's sum)
  // (or a lender by name with its share, the verb left out or none of finance: "The Bank of China provides $1.2 billion of
  // the facility and Halyk Bank $800 million", "…, and Bereke Bank with 80 billion tenge")
  // (a facility word of its own, not one a clause read on with, "…, the Bank of China $1.2 billion," after "… of the facility")
  const lends = (info.has.has("loan") || info.has.has("finance") || lendersOnly(info, text)) && info.capacity.length === 0 && (objectAnaphor(info) || facilities.length === 0) &&
    // (a share in another currency than the deal's is not compared: "… €60 million to X. The regional akimat will also
    // allocate 4 billion tenge to the project")
    info.money.every((m) => frame.amount === null || m.currency !== frame.amount.currency || m.amount <= frame.amount.amount);
  // "Стоимость проекта составляет 38 млрд тенге, оборудование поставит китайская X": its supplier, beside no sum but the deal's
  const supplies = info.has.has("supply") && info.capacity.length === 0 && !info.has.has("facility") && info.money.every((m) => frame.amount === null || restates(frame.amount, m));
  // "The output will be purchased by X under a 20-year power purchase agreement": the buyer of its output, no figure of its own;
  // "40% в проекте принадлежит ТОО «X»", "Акционерами проекта являются X и Y": its owners
  const buys = (info.has.has("offtake") || (info.has.has("stake") && info.has.has("project"))) && figureless;
  // "Акциялардың сатушысы – «X» ЖШС", "Мәміледен кейін «X» ЖШС компанияда 10 пайыз үлесін сақтап қалады" after a purchase: its
  // seller, or the owner who keeps a stake, no sum of its own
  const sells = info.has.has("seller") && info.money.length === 0 && frame.amount !== null && frame.kind !== null && frame.kind !== "project";

  // (not a document of its own signed by a new pair, after a deal with its parties: "Kalyon Holding will build a solar
  // plant … . A memorandum was signed between the Kostanay Region akimat and Shandong Hengfa", "… Соглашение о строительстве
  // кабельного завода подписали ТОО «X» и Y")
  // (not "the relevant agreement": DOCUMENT_BACK_REFERENCES)
  const newPair = kindOf(info) !== null && frame.parties.length > 0 && !info.has.has("anaphor") && info.orgs.length >= 2 &&
    info.orgs.every((o) => !frame.partyKeys.has(names.keyOf(o.name))) && !pointsBack(text, info);
  return ((info.has.has("jointly") || info.has.has("sign")) && figureless && !newPair) || supplies || ownObject || share || lends || builder || buys || sells;
}
