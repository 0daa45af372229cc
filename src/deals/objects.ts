/**
 * What a sentence says of the objects a deal builds, read by deal assembly (assemble.ts): another object, a further one
 * the party also builds, a package's own item, documents signed for a total. Predicates of a frame and a sentence only.
 */
import type { SentenceInfo } from "./features.js";
import { anaphorOfOwnObject, hasDealMoney, objectAnaphor, type Frame } from "./frame.js";
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
