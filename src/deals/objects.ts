/**
 * What a sentence says of the objects a deal builds, read by deal assembly (assemble.ts): another object, a further one
 * the party also builds, a second object of the deal's party, a part of its own object, a deal told apart, a package's
 * own item, documents signed for a total. Predicates of a frame and a sentence only.
 */
import type { SentenceInfo } from "./sentence-info.js";
import { anaphorOfOwnObject, hasDealMoney, objectAnaphor, ownFacility, PARTY_ANAPHORS, type Frame } from "./frame.js";
import { restates } from "./sums.js";

/**
 * A further object said to be one ("тағы бір зауыт салады", "Второй завод компания возведет …"): a new-item cue,
 * a construction word and a facility, for one object. With the party named generically it is that party's second deal.
 */
export const anotherObject = (info: SentenceInfo): boolean =>
  info.newDeal && !info.has.has("apart") && info.has.has("build") && info.has.has("facility") && !info.plural;

/**
 * The party named again building a further object with figures of its own ("CNPC will also build a polyethylene
 * plant in Shymkent with a capacity of 500,000 tonnes per year"), even when the facility noun repeats; not the
 * deal's own object ("the plant"), its total, or several projects.
 */
export const alsoBuilds = (frame: Frame, info: SentenceInfo): boolean =>
  info.has.has("also") && info.has.has("build") && info.has.has("facility") && !anaphorOfOwnObject(frame, info) && !info.plural &&
  !info.has.has("total") && (info.capacity.length > 0 || info.money.some((m) => frame.amount === null || !restates(frame.amount, m)));

/**
 * One of the projects of a package with its own party and its own sum ("15 проектов на 320 млрд тенге. Среди них: …
 * завод ТОО «X» … (стоимость – 60 млрд тенге)"): a deal of its own, not the package's party.
 */
export const itemOfPackage = (frame: Frame, info: SentenceInfo, infos: readonly SentenceInfo[]): boolean =>
  // (a counted package's project named with its own company building its own object, its sum told after: "В регионе
  // реализуется 48 проектов на 1,1 трлн тенге. … ТОО «X» совместно с Y завершает строительство фабрики …")
  (frame.package && (frame.count ?? 0) >= 2 && info.orgs.length > 0 && info.has.has("build") && info.has.has("facility") &&
    !objectAnaphor(info)) ||
  frame.package && hasDealMoney(info) && (frame.amount === null
    // (a package of documents with no sum, counted or not: an item with an object and a sum of its own, "подписал
    // меморандумы с тремя компаниями. Так, компания X построит ветропарк … за 85 млрд тенге")
    ? ((frame.count ?? 0) >= 2 || (frame.kind !== null && frame.kind !== "project")) && (info.has.has("facility") || info.has.has("build"))
    // (or documents signed for a total, uncounted: "Agreements worth a total of $560 million were signed"; or projects
    // with a total, an item building an object of its own: "Akmola region attracts $250 million in new projects ¶ X will
    // build a cheese plant worth $40 million")
    : ((frame.count ?? 0) >= 2 || totalOfDocuments(frame, infos) || (info.orgs.length > 0 && info.has.has("build") && info.has.has("facility"))) &&
      !info.money.every((m) => restates(frame.amount!, m)));

/** A sentence that also builds an object, one it does not point back to ("… will also build a heavy machinery plant"). */
export const furtherObject = (info: SentenceInfo): boolean =>
  info.has.has("also") && info.has.has("build") && info.has.has("facility") && !info.plural && !objectAnaphor(info);

/** Documents signed for a total ("подписаны соглашения на общую сумму 3,2 млрд долларов", "agreements worth a total of …"). */
export const totalOfDocuments = (frame: Frame, infos: readonly SentenceInfo[]): boolean =>
  frame.kind !== null && frame.kind !== "project" && frame.sentences.some((k) => infos[k]!.has.has("total"));

/**
 * A second object of the deal's party, to be a deal of its own: the sentence has the party build
 * (a construction word) a facility that the deal has not named yet, with the facility's own amount or
 * capacity, and says so as a further item ("Кроме того, компания построит склад стоимостью 5 млн
 * долларов", "Сонымен қатар компания … зауыт салады", "The company will also build …", "ещё один",
 * "тағы бір") or brings an amount while the deal already has one. Not a sentence about the deal's own
 * object or its total: an object anaphor ("этот завод"), the same facility noun again ("Кроме того,
 * строительство завода обойдётся в …"), a total ("Общая стоимость проекта – 50 млн долларов"), a
 * first stage, several projects, or a figure with no construction ("Кроме того, предприятие будет
 * производить 50 тыс. тонн").
 */
export function secondObject(frame: Frame, info: SentenceInfo): boolean {
  if (componentOfOwn(frame, info)) return false;
  if (!(info.has.has("build") || info.has.has("launch") || info.has.has("open")) || !info.has.has("facility") || info.plural || info.has.has("total") || anaphorOfOwnObject(frame, info)) return false;
  const money = hasDealMoney(info);
  if (!money && info.capacity.length === 0) return false;
  // (the deal's own sum said again is no second one: the headline's "$100 million" in the body, its object named anew)
  const restated = frame.amount !== null && info.money.length > 0 && info.money.every((m) => restates(frame.amount!, m));
  // (or one told as earlier: "Ранее в 2025 году в Алматинской области начато строительство автодороги … 28 км"; not the
  // terms of a deal that has no object or sum yet, recalled: "… келісімді бұзды. Еске сала кетейік, инвестор зауыт салуға
  // 290 млн доллар салуға уәде берген еді")
  const recalledTerms = info.has.has("earlier") && frame.amount === null && !frame.facility && frame.capacity.length === 0;
  const newSum = frame.amount !== null && money && !restated;
  if (!(info.has.has("also") || info.newDeal || (info.has.has("earlier") && !recalledTerms) || newSum)) return false;
  // (a facility the deal has not named, or its noun again with a sum of its own, no pointer back to the deal's: "It was
  // built by X for 34 billion tenge. … X said it will invest €45 million in a seeder plant in Kostanay")
  return info.cues.some((c) => c.categories.includes("facility") && (!frame.facilityKeys.has(c.key) || newSum));
}

/**
 * A part of the deal's own object told with its capacity ("На станции также будет установлен накопитель энергии емкостью
 * 60 МВт·ч", "Кроме того, при заводе будет построен склад клинкера емкостью 50 тысяч тонн", "The plant will also have a
 * 60 MWh energy storage system", "Станцияда сондай-ақ … жинақтағыш орнатылады"): the deal's own facility (or an anaphor of
 * it) named before any facility the deal has not named, and no organization or sum of the sentence's own.
 */
export function componentOfOwn(frame: Frame, info: SentenceInfo): boolean {
  if (info.orgs.length > 0 || info.money.length > 0 || info.plural || !frame.facility) return false;
  let own = Infinity, other = Infinity;
  // (the project itself, where the sentence says what it comprises or what is built within it: "Проект предусматривает
  // также систему накопления энергии емкостью 60 МВт·ч", "В состав проекта также войдет …", "Кроме того, в рамках проекта
  // будет построена подъездная ветка протяженностью 18 км", "Жоба аясында сондай-ақ …": languages with no article name
  // the deal's project with the bare noun; "проект строительства завода", with nothing of the kind, may be a new one)
  const withinProject = info.has.has("comprises") || info.has.has("venueBefore") || info.has.has("venueAfter");
  for (const c of info.cues) {
    if (c.categories.includes("anaphor")) {
      if (!PARTY_ANAPHORS.has(c.key)) own = Math.min(own, c.start);
    } else if (withinProject && c.categories.includes("project")) {
      own = Math.min(own, c.start);
    } else if (c.categories.includes("facility")) {
      if (ownFacility(frame, c.key)) own = Math.min(own, c.start);
      else other = Math.min(other, c.start);
    }
  }
  return own < other;
}

/**
 * A deal told apart from `frame` ("Separately, …", "In addition, …"), with a figure or an object of its own and no anaphor
 * to the frame's: a deal of its own, whatever parties the two share (a lender, a parent, a partner).
 */
export function toldApart(frame: Frame, info: SentenceInfo): boolean {
  if (!info.has.has("apart") || info.plural || objectAnaphor(info)) return false;
  const amount = frame.amount;
  return info.capacity.length > 0 || (hasDealMoney(info) && !info.money.every((m) => amount !== null && restates(amount, m))) ||
    info.cues.some((c) => c.categories.includes("facility") && !ownFacility(frame, c.key));
}

/**
 * Whether every facility word of the sentence names the frame's own object, by an anaphor or by one of its facility
 * words ("Зауыт заманауи технологиямен жабдықталады" after "… зауыт салады"): no other object.
 */
export function namesOnlyOwn(frame: Frame, info: SentenceInfo): boolean {
  return info.cues.every((c) => !c.categories.includes("facility") || c.categories.includes("anaphor") || ownFacility(frame, c.key));
}
