/**
 * Sentences that tell a statistic, not a deal, whatever deal is open (src/deals/assemble.ts skips them; an investment
 * volume, which may go on with the deal just told, is read there).
 */
import { isStateBody } from "./org-roles.js";
import type { SentenceInfo } from "./sentence-info.js";

/** Whether the sentence (after `prev`, null for the first; before `next`, null for the last) is a statistic, a flow, a tally's part, a target of several objects, a portfolio, a signing's expected total, a career, a crime, an incident, a dispute, a denial, an instruction or a budget's line. */
export function statisticOnly(info: SentenceInfo, prev: SentenceInfo | null, next: SentenceInfo | null = null): boolean {
  return info.has.has("statistic") ||
    // a flow into the country or its trade told with no organization, no facility and no project ("салынды" of
    // "экономикасына … инвестиция салынды" is invested, not built)
    (info.has.has("flow") && info.orgs.length === 0 && !info.has.has("facility") && !info.has.has("project")) ||
    // a part of the tally right before it, of several projects and no organization ("… реализуется 224 проекта на 66
    // млрд долларов. Из них 56 проектов на 15 млрд долларов уже завершены")
    (prev !== null && prev.has.has("statistic") && info.plural && info.orgs.length === 0) ||
    // the expected total of a signing to come, no company, object or project named ("На форуме планируется подписать
    // соглашения на 800 млрд тенге")
    (info.has.has("unsigned") && info.money.length > 0 && info.orgs.every((o) => isStateBody(o.name)) && !info.has.has("facility") &&
      !info.has.has("project")) ||
    // several objects to be built by a deadline, no company named but a state body: a target ("Қазақстанда 2030 жылға
    // дейін жалпы қуаты 1 ГВт дата-орталықтар салу көзделген")
    ((info.objects || info.pluralObject) && info.dates.some((d) => d.modifier === "until") && info.orgs.every((o) => isStateBody(o.name))) ||
    // a portfolio of projects, no signing ("Kazakh Invest will present a portfolio of 120 projects worth $35 billion")
    (info.has.has("portfolio") && !info.has.has("sign")) ||
    // a person's career: the projects of a biography ("В 2018–2021 годах он возглавлял ТОО «X», под его руководством …")
    info.has.has("career") ||
    // a crime's sums and contracts ("4,2 млрд тенге были выведены через фиктивные договоры с ТОО «X»"), an incident's
    // lengths ("закрыты участки автодорог протяженностью 640 км"), a dispute's claims ("о взыскании 2,3 млрд тенге")
    info.has.has("crime") || info.has.has("incident") || info.has.has("dispute") ||
    // a denied report or a signing that did not happen ("… опровергло информацию о том, что X построит завод …")
    info.has.has("denial") ||
    // a running tally of many projects, no organization named but a state body ("Chinese companies are now carrying out
    // about 80 projects worth about $15 billion", "С 2018 года по итогам аукционов отобрано 142 проекта общей мощностью …")
    // (unless the next sentence details one of them, "Соның бірі – …", "One of them is …": the tally is its package)
    ((info.has.has("tally") || info.dates.some((d) => d.modifier === "since")) && (info.count ?? 0) >= 2 && info.orgs.every((o) => isStateBody(o.name)) &&
      !(next !== null && ((next.item && next.has.has("among")) || next.newDeal))) ||
    // a bank's or a company's own record since a year, over several projects or with a sum and no object ("ADB has
    // provided $6 billion to more than 150 projects in Kazakhstan since 1994", "Банк 2016 жылдан бері өңірге 4 млрд доллар
    // бөлген"), whoever is named (not when the next sentence details one of them)
    (info.dates.some((d) => d.modifier === "since") && (info.plural || (info.count ?? 0) >= 2 ||
      (info.money.length > 0 && !info.has.has("facility") && !info.has.has("project") && !info.has.has("build"))) &&
      !(next !== null && ((next.item && next.has.has("among")) || next.newDeal))) ||
    // a company's results or spending plan with a sum and no object of its own ("Выручка ТОО «X» составила 70 млрд
    // тенге", "the company plans capital expenditure of 95 billion tenge")
    (info.has.has("results") && info.money.length > 0 && !info.has.has("facility") && !info.has.has("project")) ||
    // the company's record abroad, with no place of Kazakhstan ("Компания бұған дейін Өзбекстанда … зауыт салған")
    (info.has.has("abroad") && (info.has.has("earlier") || info.has.has("done") || info.has.has("superseded")) && info.regions.length === 0) ||
    // a figure or target of the whole country, no organization named but a state body ("В целом по стране установленная
    // мощность ВИЭ превышает 3 ГВт", "21 hospitals are to be built across the country by 2030")
    (info.has.has("national") && info.orgs.every((o) => isStateBody(o.name))) ||
    // a past year's or an expected tally of several documents or projects, no organization named but a state body ("Last
    // year, the forum resulted in 47 agreements worth …", "… объем подписанных документов превысит 5 млрд долларов")
    (info.has.has("background") && (info.plural || (info.count ?? 0) >= 2 || info.has.has("document")) && info.orgs.every((o) => isStateBody(o.name))) ||
    // a generic or hypothetical object, no organization named ("A typical 50 MW solar plant costs about $40 million")
    (info.has.has("hypothetical") && info.orgs.length === 0) ||
    // an instruction to bodies with no figure of its own ("… instructed the Ministry of Industry and Kazakh Invest to set
    // up a project office")
    // (not one that names a contractor, nor one to finish by a date that names no state body, the instructed: "Подрядчиком
    // выступает ТОО «X», завершить работы поручено до конца 2026 года", the deal's party and deadline)
    (info.has.has("instruct") && info.money.length === 0 && info.capacity.length === 0 && !info.has.has("supply") &&
      !(info.has.has("completion") && info.dates.length > 0 && !info.orgs.some((o) => isStateBody(o.name)))) ||
    budgetLine(info) ||
    // the next line of a budget told in the sentence before, with no organization but a state body and no project of its
    // own ("Облыс бюджеті … бекітілді. Жол құрылысына 58 млрд теңге қарастырылған", "The regional budget was approved. 58
    // billion tenge is provided for roads")
    (prev !== null && prev.has.has("budget") && prev.orgs.every((o) => isStateBody(o.name)) && info.has.has("spend") &&
      info.money.length > 0 && info.orgs.every((o) => isStateBody(o.name)) && !info.has.has("project") && !info.has.has("anaphor"));
}

/**
 * A budget's line or a state body's spending, on no project or object of its own ("Из областного бюджета на
 * строительство 12 школ выделено 48 млрд тенге", "The republican budget provides 410 billion tenge for the construction
 * of national roads", "the Ministry of Transport spent 410 billion tenge on … roads"); not a project's own budget
 * ("Бюджет проекта — 48 млрд тенге") nor a sum of money a company spent.
 */
function budgetLine(info: SentenceInfo): boolean {
  return (info.has.has("budget") || (info.has.has("spend") && info.orgs.length > 0)) && info.money.length > 0 &&
    info.orgs.every((o) => isStateBody(o.name)) && !info.has.has("project") && !info.has.has("anaphor") &&
    (info.plural || info.objects || !info.has.has("facility"));
}
