/**
 * The dateline some news feeds put before the body: " date 2025-10-09 Текст…"
 * (leading space optional, month and day optional, after a byte order mark if the file
 * had one). It sets the reference date and is never a mention.
 */
import { registerPattern } from "../src/regex.js";

export const DATELINE = registerPattern(
  "dateline",
  new RegExp(
    [
      String.raw`^\uFEFF?`, // a byte order mark that a file reader left in
      String.raw`[\p{Zs}\t]?`, // optional leading space
      String.raw`date[\p{Zs}\t]+`,
      String.raw`(\d{4}(?:-\d{2}(?:-\d{2})?)?)`, // 1: ISO year, month or day
      String.raw`(?=\s|$)`,
    ].join(""),
    "u",
  ),
);

/**
 * A news agency's dateline at the start of a paragraph: the city, the date of the wire and the agency, then a dash
 * ("ALMATY, Oct 15 (Reuters) -", "ASTANA, Sept. 3 (Xinhua) --", "Алматы. 15 октября. ИНТЕРФАКС-КАЗАХСТАН –",
 * "Астана, 3 сентября /Kazinform/ —"). Its date is when the wire was sent, not when anything in it happened; the
 * agency (in brackets, between slashes, or a word in capitals) tells it from a press release's "Астана, 15 октября –".
 * Group 1: the stretch where the date stands (from the city to the agency).
 */
export const WIRE_DATELINE = registerPattern(
  "dateline.wire",
  new RegExp(
    [
      // (every run bounded: a line of blanks costs linear time, see test/patterns-safety.test.ts)
      // (at a paragraph's start, or right after the feed's own dateline on the first line: " date 2025-04-10 ALMATY, …")
      String.raw`^(?:\uFEFF?[ \t]?date[ \t]+\d{4}(?:-\d{2}){0,2}[ \t]+)?[ \t]{0,3}`,
      String.raw`(\p{Lu}[\p{L}-]{1,30}(?:[ \t]\p{Lu}[\p{L}-]{1,30}){0,2}[,.][ \t]{1,3}[^\n()/]{1,30}?)`, // 1: the city and the date
      String.raw`[ \t]{0,3}(?:\([^()\n]{2,40}\)|/[^/\n]{2,40}/|[.,][ \t]{0,3}\p{Lu}[\p{Lu}\p{N}-]{2,30})`, // the agency
      String.raw`[.,]?[ \t]{0,3}(?:--|[-–—])[ \t]`,
    ].join(""),
    "gmu",
  ),
);

/** The dash and blank every WIRE_DATELINE match ends with: a text without one holds no wire dateline. */
export const WIRE_DASH = registerPattern("dateline.wire-dash", /[-\u2013\u2014][ \t]/);

/**
 * A place written in title case opening a paragraph as its dateline, up to the period that ends it: one to three
 * capitalized words ("Павлодар.", "Усть-Каменогорск.", "Нур-Султан."), and the day and month of a press release after a
 * comma ("Павлодар, 12 наурыз.", "Шымкент, 3 марта 2025."); read at a sentence's start (sticky), the period after it.
 * Group 1: the place (src/dateline.ts asks the place patterns whether it is one: "First." is no dateline).
 * Agencies write it before the lead, alone or before their name ("Ақтау. Inbusiness.kz – …", "Павлодар. Kursiv – …").
 */
export const TITLE_DATELINE = registerPattern(
  "dateline.title",
  new RegExp(
    [
      // 1: the place, one capitalized word or up to two more ("Усть-Каменогорск", "Ust-Kamenogorsk")
      String.raw`(\p{Lu}\p{Ll}{2,30}(?:-\p{Lu}?\p{Ll}{1,30}){0,2}(?: \p{Lu}\p{Ll}{1,30}(?:-\p{Lu}?\p{Ll}{1,30}){0,2}){0,2})`,
      String.raw`(?:, \d{1,2} \p{Ll}{3,12}(?: \d{4})?)?`, // a press release's day and month (and year)
      String.raw`(?=\.[ \t\u00A0])`,
    ].join(""),
    "uy",
  ),
);
