/**
 * The dates a sentence gives a deal frame (src/deals/frame.ts), by role: signed, start, completion, a delivery's
 * deadline, a date moved; a later stage's date is the project's completion, a first stage's none; a date with no
 * role waits for the signing (pendingDates).
 */
import { SEASON_SPAN_WORDS, STATUS_DATE_WORDS } from "../../lexicons/deal-triggers.js";
import { CHANGE_FROM } from "./changes.js";
import { dateRole, folded, textBefore } from "./sentence-parties.js";
import type { ResolvedDateMention, SentenceInfo } from "./sentence-info.js";
import { added, none } from "./lists.js";
import { isUpperCode } from "../word-start.js";
import { NO_WORDS, endsWithWord, wordBefore, wordsBetween } from "./word-before.js";
import { phaseStart } from "./stages.js";
import { INTERVAL, kindOf, setDate, yearOf, type Frame } from "./frame.js";

/** Adds the sentence's dates to the frame by role (none when its figures are shared by several objects). */
export function attachDates(frame: Frame, i: number, info: SentenceInfo, text: string, shared: boolean, stageEnd: number, laterStage: number): void {
  // ("Барлық жобалар 2028 жылға дейін жүзеге асырылады" after the last of several deals: the date of all, on none)
  for (const d of shared ? none<ResolvedDateMention>() : info.dates) {
    // ("as of October", "по состоянию на 1 октября": when something stood so)
    if (statusDate(text, d)) continue;
    const read = dateRole(info, d, text);
    // (a delivery's date: its deadline is the contract's completion, "Тепловоздар 2028 жылдың соңына дейін жеткізіледі";
    // any other tells when a batch arrives, not when the deal was signed: "Первые 10 локомотивов будут поставлены в мае
    // 2026 года")
    // (the rest's, after a first batch, is the last: "The first batch will be delivered in 2027 and the rest in 2028")
    if (read === "delivery") {
      if (d.modifier === "until" || d.modifier === "end" || d.start >= laterStage) setDate(frame, "completion", d.value, i);
      continue;
    }
    // ("signed an agreement to build a 600 MW CHP by 2028": a deadline is none of the signing's, the building's if any)
    let role = read === "signed" && d.modifier === "until" ? (info.has.has("build") ? "completion" : null) : read;
    // "Проект реализуется с августа 2025 года и будет завершен к концу 2027 года": what goes on since a date started
    // then, whatever completion word stands nearest
    // (unless the sentence says it begins to operate: "начнет работу с 2027 года" is done by then)
    if (role === "completion" && d.modifier === "since" && !info.has.has("begins")) role = "start";
    // "… кәсіпорынды 2026 жылдың соңына дейін салуға …", "построят до конца 2026 года": built by a date, completed then
    // (not in a document's sentence, where it may be the document's term: "меморандум …, рассчитанный до 2030 года")
    if (role === null && (d.modifier === "end" || d.modifier === "until") && info.has.has("build") && kindOf(info) === null) {
      role = "completion";
    }
    const interval = INTERVAL.exec(d.value);
    // "Первая очередь будет введена в 2027 году, вторая – в 2030 году", "Бірінші кезең 2026-2028 жылдары, екінші кезең
    // 2029-2031 жылдары …": the later stage's date, after the first's, is the project's completion
    if (d.start >= laterStage && (role === "completion" || role === null || role === "start")) {
      if (frame.from.dates.completion === i) delete frame.dates.completion;
      setDate(frame, "completion", interval ? interval[2]! : d.value, i);
      continue;
    }
    // "The first phase is expected to be completed in 2027": the completion of a first stage is not the deal's (of its
    // span, only the start: "Бірінші кезең 2026-2028 жылдары …")
    if (role === "completion" && stageEnd <= d.start) continue;
    if (interval && stageEnd <= d.start && laterStage < Infinity) { setDate(frame, "start", interval[1]!, i); continue; }
    // "Екінші кезеңнің құрылысы 2026 жылы басталады", "The second phase will start in 2027": a later phase's start is not the
    // project's (its completion, the last phase's, may be)
    if (role === "start" && info.has.has("phase") && phaseStart(info) <= d.start) continue;
    // "The second unit is scheduled for completion in 2028" after the first unit's year: the later one's is the project's
    if (role === "completion" && info.has.has("phase") && phaseStart(info) <= d.start && frame.dates.completion !== undefined &&
      frame.from.dates.completion !== i && yearOf(d.value) > yearOf(frame.dates.completion)) delete frame.dates.completion;
    // "сроки ввода перенесены с 2026 на 2028 год", "commissioning was postponed from 2026 to 2028": a date moved
    // replaces its role's (a launch's or a deal's with no role word: its completion), the end of a from–to the new one;
    // the date it was moved from is none ("postponed to 2029 from 2027", "с 2027 года на 2029 год")
    if (info.has.has("reschedule") && rescheduled(text, info, d)) {
      // (the date it was moved from: "moved from the end of 2025 to …", "перенесен с конца 2025 года на …")
      if (d.modifier === "since" || CHANGE_FROM.has(wordBefore(text, d.start, info.sentence.start, NO_WORDS, 0) ?? "")) continue;
      const moved = role ?? "completion";
      if (frame.dates[moved]) delete frame.dates[moved];
      setDate(frame, moved, interval ? interval[2]! : d.value, i);
      continue;
    }
    // (a season or months of one year with a role of its own is that role's date: "2026 жылдың көктемінде басталып",
    // "начнется весной 2026 года" start in spring, they do not end then)
    const ofOneYear = interval !== null && yearOf(interval[1]!) === yearOf(interval[2]!);
    // (a season over two years opens in the first: "to open in the 2027-2028 season", "к зимнему сезону 2026–2027 годов")
    if (interval && role === "completion" && seasonSpan(text, d, interval)) { setDate(frame, "completion", yearOf(interval[1]!).toString(), i); continue; }
    if (interval && role !== "signed" && (role !== null || info.has.has("build") || info.has.has("term")) && !(role !== null && ofOneYear)) {
      // "в 2026-2029 годах", "between 2026 and 2029" of building or implementing: the start and the completion
      // (of a start alone, its first year: "plans to begin construction in 2027/28", "начнется в 2026–2027 годах")
      // (of a later phase, only its end is the project's, the completion: "Второй этап (2028–2030 годы) предусматривает …",
      // "Вторую очередь планируется построить в 2027–2029 годах"; its start is the phase's)
      const ofLaterPhase = info.has.has("phase") && phaseStart(info) <= d.start;
      if (!ofLaterPhase) setDate(frame, "start", interval[1]!, i);
      if (role !== "start") setDate(frame, "completion", interval[2]!, i);
    // an earlier document's signing, not the deal's own document recalled ("Напомним, соглашение … было подписано в 2024
    // году" of the agreement the deal holds)
    } else if (role === "signed" && info.has.has("earlier") && i !== frame.opened && (frame.kind === null || kindOf(info) !== frame.kind)) continue;
    else if (role) setDate(frame, role, d.value, i);
    // "will be built in Kostanay by 2027", "построят до 2027 года": a deadline of building is its completion
    else if (d.modifier === "until" && info.has.has("build") && !info.has.has("sign")) setDate(frame, "completion", d.value, i);
    else frame.pendingDates = added(frame.pendingDates, { sentence: i, date: d });
  }
}

const STATUS_BEFORE = STATUS_DATE_WORDS.before;
const STATUS_REACH = Math.max(...STATUS_BEFORE.map((w) => w.length)) + 2;

/** Whether a date says when something stood so (STATUS_DATE_WORDS: "as of October", "… жағдай бойынша"). */
function statusDate(text: string, d: ResolvedDateMention): boolean {
  const own = folded(d.text.slice(0, STATUS_REACH));
  if (STATUS_BEFORE.some((w) => own.startsWith(w))) return true;
  const before = textBefore(text, d.start, STATUS_REACH);
  if (endsWithWord(before, STATUS_BEFORE)) return true;
  const after = folded(text.slice(d.end, d.end + 24)).trimStart();
  return STATUS_DATE_WORDS.after.some((w) => after.startsWith(w));
}


/** SEASON_SPAN_WORDS, lower case. */
const SEASON_WORDS = SEASON_SPAN_WORDS.map((w) => w.toLowerCase());

/** Whether a date of two years running names one season (SEASON_SPAN_WORDS right after it, or just before it). */
function seasonSpan(text: string, d: { start: number; end: number }, interval: RegExpExecArray): boolean {
  if (yearOf(interval[2]!) !== yearOf(interval[1]!) + 1) return false;
  const after = text.slice(d.end, d.end + 24).toLowerCase();
  const before = text.slice(Math.max(0, d.start - 16), d.start).toLowerCase();
  return SEASON_WORDS.some((w) => after.trimStart().startsWith(w) || before.includes(w));
}


/** At most this many words between a word of rescheduling and the date it moves to ("postponed from 2026 to 2028"). */
const RESCHEDULE_WORDS = 6;

/**
 * Whether a date is one a word of rescheduling moves (a "reschedule" cue): the date right after it, with no capitalized
 * word between ("postponed to 2029", "перенесены с 2026 на 2028 год"; not "Its founder moved to Kokshetau in 2012"), or
 * right before it ("2028 жылға шегерілді").
 */
function rescheduled(text: string, info: SentenceInfo, d: { start: number; end: number }): boolean {
  return info.cues.some((c) => c.categories.includes("reschedule") && (
    (c.end <= d.start && wordsBetween(text, c.end, d.start) <= RESCHEDULE_WORDS && !hasCapital(text, c.end, d.start)) ||
    (c.start >= d.end && wordsBetween(text, d.end, c.start) <= 1)));
}

/** Whether text[from, to) holds a capital letter. */
function hasCapital(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (isUpperCode(text.charCodeAt(k))) return true;
  }
  return false;
}

