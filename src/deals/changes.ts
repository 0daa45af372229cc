/**
 * A figure that changes from one value to another, read as its new value, not a range: a sum revised, cut or grown ("с 870
 * млн до 1,1 млрд", "98 млрд теңгеден 112 млрд теңгеге дейін өсті"), a capacity raised ("вырастет с 540 тысяч до 1 млн TEU",
 * Kazakh "5 миллион тоннадан … 10 миллион тоннаға дейін"), and the words that open a change or a range (attach.ts and attach-dates.ts read them).
 */
import { CHANGE_FROM_OPENERS, RANGE_ONLY_OPENERS } from "../../lexicons/deal-triggers.js";
import { CAPACITY_WORDS } from "../../lexicons/units.js";
import { RANGE_CLOSING_WORDS } from "../../lexicons/qualifiers.js";
import type { CapacityMention, MoneyMention } from "../types.js";
import type { SentenceInfo } from "./sentence-info.js";

const RANGE_OPENERS: ReadonlySet<string> = new Set(RANGE_ONLY_OPENERS);
/**
 * Whether a figure with an upper bound `max` is a change to it (a rise, not a range opened as one: "с 540 тысяч до 1 млн",
 * not "мощностью от 100 до 250 МВт").
 */
export function risesTo(m: { text: string; descending?: boolean }, max: number | undefined): boolean {
  return max !== undefined && !m.descending && !opensRange(m.text);
}

/**
 * Whether a sum with an upper bound is a change from one figure to another, not a range: after a verb of growth, cut or
 * revision ("өсті", "сократилась", "пересмотрена"), or of increase when the sum opens with its "from" ("увеличилась с 12
 * до 15 млрд тенге"; "расширение стоимостью 12–15 млрд" stays a range). Its new figure is the one told second.
 */
const DASH_RANGE = /\d\s*[-–—]\s*\d/;

export function changedSum(info: SentenceInfo, m: MoneyMention): boolean {
  if (m.amountMax === undefined || opensRange(m.text)) return false;
  if (info.has.has("rise")) return !m.descending;
  // (a revised range stays one: "пересмотрена и составит 10–12 млрд тенге")
  if (info.has.has("fall") || info.has.has("revise")) return !DASH_RANGE.test(m.text);
  return info.has.has("expand") && !m.descending && opensWith(m.text, CHANGE_FROM);
}

/** Whether a mention's first word opens a range, not a change (RANGE_ONLY_OPENERS: "от", "between"). */
function opensRange(text: string): boolean {
  return opensWith(text, RANGE_OPENERS);
}

export const CHANGE_FROM: ReadonlySet<string> = new Set(CHANGE_FROM_OPENERS);

/** Whether the first word of `text` (lower case) is one of `words`. */
export function opensWith(text: string, words: ReadonlySet<string>): boolean {
  const space = text.indexOf(" ");
  return space > 0 && words.has(text.slice(0, space).toLowerCase());
}

/** Kazakh ablative endings: a figure so ended is where a change of capacity starts ("5 миллион тоннадан"). */
const FROM_ENDINGS = CAPACITY_WORDS.kk.rangeFromEndings ?? [];
const TO_ENDINGS = CAPACITY_WORDS.kk.rangeToEndings ?? [];

/**
 * The end of a change a Kazakh text gives as two mentions, each with its unit ("жылына 5 миллион тоннадан" and "10
 * миллион тоннаға дейін"): the second, with the first's rate and no upper bound, when `c` ends in an ablative and `next`
 * closes it with the same unit; else null.
 */
export function changeEnd(c: CapacityMention, next: CapacityMention | undefined): CapacityMention | null {
  // (the second figure closed by "дейін", or in the dative: "3 млн тоннадан 5 млн тоннаға артады"; "дейін" gives no "under"
  // before a verb of change, src/change-to.ts)
  if (next === undefined || !(next.qualifier === "under" || TO_ENDINGS.some((e) => next.text.endsWith(e)) ||
    RANGE_CLOSING_WORDS.some((w) => next.text.endsWith(` ${w}`))) ||
    !FROM_ENDINGS.some((e) => c.text.endsWith(e))) return null;
  const base = (u: string) => u.split("/", 1)[0];
  if (base(c.unit) !== base(next.unit)) return null;
  const out: CapacityMention = { ...next, unit: c.unit.length > next.unit.length ? c.unit : next.unit };
  delete out.qualifier;
  return out;
}
