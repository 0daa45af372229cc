/**
 * The organization stage's trigger scans (patterns/organization.scan.ts) stay under the size at which
 * V8 stops fully optimizing a regex (20 KB of source, kRegExpTooLargeToOptimize): past it the
 * whole-word scan ran about 3 times slower. The scans hold prefixes of the gazetteer forms and
 * heads; this test keeps them there as the lexicons grow.
 */
import { GAZETTEER_AFTER_NON_WORD, TRIGGER_AFTER_NON_WORD, TRIGGER_AT_TEXT_START, TRIGGER_AT_WORD_START, TRIGGER_SCANS } from "../patterns/organization.scan.js";
import { gazetteerPattern } from "../patterns/organization.js";
import { KK_HEAD } from "../patterns/organization.kk.js";
import { RU_HEAD } from "../patterns/organization.ru.js";
import { extract } from "../src/index.js";
import { buildTriggers, triggers } from "../src/organizations/triggers.js";
import { registeredPatterns } from "../src/regex.js";

/** V8's kRegExpTooLargeToOptimize, in characters of source. */
const V8_OPTIMIZE_LIMIT = 20 * 1024;

beforeAll(() => buildTriggers());

test.each([
  ["organization.trigger-scan", () => TRIGGER_AFTER_NON_WORD],
  ["organization.gazetteer-scan", () => GAZETTEER_AFTER_NON_WORD],
  ["organization.trigger-scan-exact", () => TRIGGER_AT_WORD_START],
  ["organization.trigger-at-start", () => TRIGGER_AT_TEXT_START],
  ...(["kk", "ru", "both"] as const).flatMap((language) => (["plain", "latinOrQuote", "latin"] as const).map(
    (kind) => [`the ${language} trigger scan (${kind})`, () => TRIGGER_SCANS[language][kind]] as [string, () => RegExp],
  )),
])("%s is under V8's 20 KB optimization limit, with room to grow", (_name, scan) => {
  expect(scan().source.length).toBeLessThan(V8_OPTIMIZE_LIMIT * 0.75);
});

test("every organization pattern is under V8's 20 KB optimization limit (the gazetteer's sticky pattern is the largest)", () => {
  const sizes = [...registeredPatterns()].filter(([name]) => name.startsWith("organization.")).map(([name, re]) => [name, re.source.length] as const);
  expect(sizes.length).toBeGreaterThan(20);
  expect(sizes.filter(([, length]) => length >= V8_OPTIMIZE_LIMIT)).toEqual([]);
});

test("a gazetteer form or head whose first characters start another word is still found whole", () => {
  // "Казахтелеком" shares its prefix with "Казахстан"; "министерство" with "министр"
  const orgs = (text: string, language: "ru" | "kk") =>
    extract(text, { language }).mentions.filter((m) => m.type === "organization").map((m) => m.text);
  expect(orgs("Министр энергетики Казахстана посетил Казахтелеком.", "ru")).toEqual(["Казахтелеком"]);
  expect(orgs("Министерство энергетики Республики Казахстан сообщило о росте.", "ru")).toEqual(["Министерство энергетики Республики Казахстан"]);
});

test("the trigger scan finds the first Latin letter and the first opening quote as a separate scan does", () => {
  // the sources' anchors: quoted names start at the first of /[A-Za-z"«“„]/, Latin names at the first of /[A-Za-z]/
  const texts = [
    "Астана қаласында жаңа зауыт ашылды.",
    "«Самұрық-Қазына» АҚ мен KEGOC компаниясы келісімге қол қойды.",
    "Компания «Казахтелеком» и банк Halyk подписали меморандум.",
    "«Қазақстан темір жолы» ұлттық компаниясы",
    "\"НК \"КазМунайГаз\" АО", "“Air Astana” and „Kazatomprom“", "2025 жылы ZYGS-тің зауыты",
    "Министерство энергетики 😀 и Sinopec", "Ұлттық банк 𝐀 «Bank»", "Kazakh Invest", "x", "",
  ];
  for (const language of ["kk", "ru", "und", "en"] as const) {
    for (const text of texts) {
      const kk = language === "kk" || language === "und", ru = language === "ru" || language === "und";
      const found = triggers(text, kk, ru);
      expect([text, language, found.firstQuoteOrLatin, found.firstLatin]).toEqual([text, language, text.search(/[A-Za-z"«“„]/), text.search(/[A-Za-z]/)]);
    }
  }
});

test.each([
  ["Казахтелеком объявил о росте.", "ru", "Казахтелеком"],
  ["ТОО Казбиф построит завод.", "ru", "ТОО Казбиф"],
  ["Самұрық-Қазына қоры жаңа жоба бастады.", "kk", "Самұрық-Қазына"],
  ["Ұлттық банк мөлшерлемені өзгертпеді.", "kk", "Ұлттық банк"],
  ["KEGOC signed a deal.", "en", "KEGOC"],
] as const)("a gazetteer form, legal form or head at the very start of a text is found (the start's own test): %s", (text, language, org) => {
  const orgs = extract(text, { language }).mentions.filter((m) => m.type === "organization").map((m) => [m.start, m.text]);
  expect(orgs).toEqual([[0, org]]);
});

/**
 * The definition the scans stand for: at every word start, in text order, each sticky trigger pattern
 * (GAZETTEER, KK_HEAD, RU_HEAD) is tried unless its previous match covers the position.
 */
function triggersByDefinition(text: string, kk: boolean, ru: boolean): [number, string][][] {
  const wordStart = /(?<![\p{L}\p{N}])/uy;
  // the gazetteer's two patterns as one, chosen by the position's first character
  const gazetteer = {
    lastIndex: 0,
    exec(t: string): RegExpExecArray | null {
      const re = gazetteerPattern(t.charCodeAt(this.lastIndex));
      re.lastIndex = this.lastIndex;
      return re.exec(t);
    },
  };
  const patterns: { lastIndex: number; exec(t: string): RegExpExecArray | null }[] = [gazetteer, ...(kk ? [KK_HEAD] : []), ...(ru ? [RU_HEAD] : [])];
  const found: [number, string][][] = patterns.map(() => []);
  const from = patterns.map(() => 0);
  for (let p = 0; p < text.length; p++) {
    wordStart.lastIndex = p;
    if (!wordStart.test(text)) continue;
    patterns.forEach((re, i) => {
      if (p < from[i]!) return;
      re.lastIndex = p;
      const m = re.exec(text);
      if (m) { found[i]!.push([m.index, m[0]]); from[i] = p + m[0].length; }
    });
  }
  return found;
}

test.each([
  "Заявление ▶ Министерство энергетики и «Самұрық-Қазына» сообщили",
  "Министерство▶энергетики Казахстана и Казахтелеком",
  "何猷君 и Казахтелеком подписали, 何Казахтелеком нет",
  "Ол министерстᲀо туралы, Министерстᲀо энергетики",
  // "ᲀ" and "ᲂ" (outside the plain blocks) fold to "в" and "о": a head is found through them
  "Городской соᲀет собрался, Астана қаласының ᲂрталығы",
  "Самұрық-Қазына ▶ қоры және ▶Ұлттық банк ▶ министрлігі",
  "Sinopecʼ KEGOC ▶ Sinopec ▶KEGOC",
  "Ұлттық банк 𝐀 «Bank» және 𝐀Самұрық-Қазына",
])("near characters outside the plain blocks the scans find the triggers of the definition: %s", (text) => {
  for (const language of ["kk", "ru", "und", "en"] as const) {
    const kk = language === "kk" || language === "und", ru = language === "ru" || language === "und";
    const found = triggers(text, kk, ru);
    const got = [found.gazetteer, ...(kk ? [found.kk] : []), ...(ru ? [found.ru] : [])].map((ms) => ms.map((m) => [m.index, m[0]]));
    expect([language, got]).toEqual([language, triggersByDefinition(text, kk, ru)]);
  }
});
