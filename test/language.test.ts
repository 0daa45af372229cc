/**
 * Language detection over a labelled corpus (test/corpus/language.jsonl), written for this
 * project: whole articles (the seeds and our own), news sentences in kk/ru/en, mixed-script
 * sentences, Russian sentences with Kazakh place names, Kazakh with few Kazakh-only letters,
 * and inputs that must be `und` (empty, punctuation, numbers, one or two words).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { franc } from "franc";
import { francOnly } from "../src/franc-only.js";
import { data as francData } from "franc/data.js";
import { expressions as francExpressions } from "franc/expressions.js";
import { FRANC_DATA, FRANC_DATA_LANGUAGES, FRANC_EXPRESSIONS } from "../lexicons/franc-data.generated.js";
import { detectLanguage, detectSentenceLanguages } from "../src/index.js";
import { SAMPLE_LENGTH } from "../src/language.js";

type Lang = "kk" | "ru" | "en" | "und";
type Kind = "article" | "sentence" | "mixed" | "short" | "numeric" | "empty";
interface Case { text: string; lang: Lang; kind: Kind; note?: string }

const here = dirname(fileURLToPath(import.meta.url));
const corpus: Case[] = readFileSync(join(here, "corpus", "language.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as Case);

const UND_KINDS: Kind[] = ["short", "numeric", "empty"];
const count = (f: (c: Case) => boolean): number => corpus.filter(f).length;
const guessed = corpus.map((c) => ({ c, g: detectLanguage(c.text) }));

function accuracy(pick: (c: Case) => boolean): { n: number; ok: number; misses: string[] } {
  const cases = guessed.filter(({ c }) => pick(c));
  const misses = cases.filter(({ c, g }) => g.code !== c.lang).map(({ c, g }) => `${c.lang}→${g.code}: ${c.text.slice(0, 80)}`);
  return { n: cases.length, ok: cases.length - misses.length, misses };
}

describe("the language corpus", () => {
  test("is well formed", () => {
    for (const c of corpus) {
      expect(typeof c.text).toBe("string");
      expect(["kk", "ru", "en", "und"]).toContain(c.lang);
      expect(["article", "sentence", "mixed", "short", "numeric", "empty"]).toContain(c.kind);
      expect(UND_KINDS.includes(c.kind)).toBe(c.lang === "und");
    }
  });
  test("is large enough in every part", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const sentences = (lang: Lang): number => count((c) => c.kind === "sentence" && c.lang === lang);
    expect(sentences("kk")).toBeGreaterThanOrEqual(100);
    expect(sentences("ru")).toBeGreaterThanOrEqual(100);
    expect(sentences("en")).toBeGreaterThanOrEqual(50);
    expect(count((c) => c.kind === "article")).toBeGreaterThanOrEqual(10);
    expect(count((c) => c.kind === "mixed")).toBeGreaterThanOrEqual(30);
    for (const kind of UND_KINDS) expect(count((c) => c.kind === kind)).toBeGreaterThanOrEqual(5);
    const bulk = count((c) => c.lang !== "und" && c.text.length >= 20 && c.text.length <= 200);
    expect(bulk).toBeGreaterThanOrEqual(250);
  });
});

describe("detectLanguage on the corpus", () => {
  test("100% on texts over 200 characters", () => {
    const r = accuracy((c) => c.lang !== "und" && c.text.length > 200);
    expect(r.n).toBeGreaterThanOrEqual(15);
    expect(r.misses).toEqual([]);
  });
  test("at least 98% on texts of 20–200 characters", () => {
    const r = accuracy((c) => c.lang !== "und" && c.text.length >= 20 && c.text.length <= 200);
    if (r.ok / r.n < 0.98) throw new Error(`${r.ok}/${r.n}:\n${r.misses.join("\n")}`);
  });
  test.each(UND_KINDS)("`und` with confidence 0 on every %s input", (kind) => {
    for (const { c, g } of guessed.filter(({ c }) => c.kind === kind)) {
      expect({ text: c.text, ...g }).toEqual({ text: c.text, code: "und", confidence: 0 });
    }
  });
  test.each(["kk", "ru", "en"] as const)("at least 98% per language (%s), every kind together", (lang) => {
    const r = accuracy((c) => c.lang === lang);
    if (r.ok / r.n < 0.98) throw new Error(`${r.ok}/${r.n}:\n${r.misses.join("\n")}`);
  });
  test("confidence is in 0..1, and 0 exactly for und", () => {
    for (const { g } of guessed) {
      expect(g.confidence).toBeGreaterThanOrEqual(0);
      expect(g.confidence).toBeLessThanOrEqual(1);
      expect(g.confidence === 0).toBe(g.code === "und");
    }
  });
  test("whole articles are detected with high confidence", () => {
    for (const { g } of guessed.filter(({ c }) => c.text.length > 400)) expect(g.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe("detectLanguage: the phenomena", () => {
  test("a Kazakh place name does not make a Russian sentence Kazakh", () => {
    expect(detectLanguage("Делегация прибыла в город Қонаев на переговоры.").code).toBe("ru");
  });
  test("a lower-case word with a Kazakh letter is strong evidence", () => {
    expect(detectLanguage("Проект будет жүзеге асырылады").code).toBe("kk");
  });
  test("Kazakh typed without Kazakh letters is still Kazakh (endings and function words)", () => {
    expect(detectLanguage("Биыл мамыр айында жоба басталады.").code).toBe("kk");
    expect(detectLanguage("Зауыт салынып, 300 адам жумыска алынады.").code).toBe("kk");
  });
  test("a Latin i inside a Cyrillic word counts as the Kazakh letter", () => {
    expect(detectLanguage("Жоба келесi жылы басталады").code).toBe("kk");
  });
  test("Latin company names inside Cyrillic text do not make it English", () => {
    expect(detectLanguage("Компания China Energy Engineering Corporation построит станцию.").code).toBe("ru");
    expect(detectLanguage("China Energy Engineering Corporation компаниясы станция салады.").code).toBe("kk");
  });
  test("a Russian sentence listing English titles stays Russian", () => {
    expect(detectLanguage("Среди альбомов группы были The Fat Of The Land и Music For The Jilted Generation.").code).toBe("ru");
  });
  test("quoted names are skipped, unless they are the whole text", () => {
    expect(detectLanguage("Компания «Kazakhstan Solar Energy Holding Group» подписала соглашение.").code).toBe("ru");
    expect(detectLanguage("«The Kazakhstan solar energy development programme»").code).toBe("en");
  });
  test("links are skipped", () => {
    expect(detectLanguage("Подробности на https://example.com/the/news/of/the/day/in/english").code).toBe("und");
  });
  test("a Title Case English headline is English (news words count, weakly)", () => {
    expect(detectLanguage("Kazakhstan, China Sign Solar Power Deal").code).toBe("en");
  });
  test("Latin text without any English cue is und, not a guess", () => {
    expect(detectLanguage("Qazaqstan Qytai Ortalyq Aziia").code).toBe("und");
  });
  test("only the first SAMPLE_LENGTH characters are read", () => {
    const kk = "Жоба бойынша облыста жаңа зауыт салынады. ".repeat(Math.ceil(SAMPLE_LENGTH / 40));
    const ru = "В области построят новый завод по проекту. ".repeat(400);
    expect(detectLanguage(kk + ru).code).toBe("kk");
    expect(detectLanguage(ru + kk).code).toBe("ru");
  });
});

describe("detectSentenceLanguages", () => {
  const article =
    "Облыс әкімі инвесторлармен кездесті. Ол жаңа зауыт биыл салынатынын айтты.\n" +
    "«Мы готовы предоставить инвесторам все условия», — заявил аким.\n" +
    "The governor met investors from China on Monday.";
  const spans = detectSentenceLanguages(article);

  test("one span per sentence, with its own language", () => {
    expect(spans.map((s) => s.language.code)).toEqual(["kk", "kk", "ru", "en"]);
  });
  test("spans point into the text and leave out surrounding white space", () => {
    expect(article.slice(spans[0]!.start, spans[0]!.end)).toBe("Облыс әкімі инвесторлармен кездесті.");
    expect(article.slice(spans[1]!.start, spans[1]!.end)).toBe("Ол жаңа зауыт биыл салынатынын айтты.");
    expect(article.slice(spans[3]!.start, spans[3]!.end)).toBe("The governor met investors from China on Monday.");
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });
  test("decimal points and abbreviations before a lower-case word do not split", () => {
    const text = "Жобаның құны 1.5 млрд. теңге болады. В проект вложат 2.5 млрд. тенге.";
    const s = detectSentenceLanguages(text);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual([
      "Жобаның құны 1.5 млрд. теңге болады.",
      "В проект вложат 2.5 млрд. тенге.",
    ]);
    expect(s.map((x) => x.language.code)).toEqual(["kk", "ru"]);
  });
  test("an initial before a surname does not end a sentence", () => {
    const text = "Келісімге компания директоры Н. Серікбаев қол қойды. Жоба биыл басталады.";
    expect(detectSentenceLanguages(text).map((x) => text.slice(x.start, x.end))).toEqual([
      "Келісімге компания директоры Н. Серікбаев қол қойды.",
      "Жоба биыл басталады.",
    ]);
  });
  test("a too-short sentence is und; empty text has no spans", () => {
    expect(detectSentenceLanguages("Астана. Жоба бойынша жаңа зауыт салынады.").map((s) => s.language.code)).toEqual(["und", "kk"]);
    expect(detectSentenceLanguages("")).toEqual([]);
    expect(detectSentenceLanguages("  \n ")).toEqual([]);
  });
});

describe("src/language.ts holds no Kazakh or Russian word", () => {
  test("no Cyrillic letter in the engine", () => {
    const source = readFileSync(join(here, "..", "src", "language.ts"), "utf8");
    expect(source.match(/\p{Script=Cyrillic}+/gu)).toBeNull();
  });
});

describe("properties on arbitrary text", () => {
  const pieces = fc.constantFrom(
    "Жоба ", "болады. ", "В ", "году ", "the ", "plant ", "«", "»", "https://x.kz/a ", "\n", " ", "1 178,4 ",
    "Қ", "і", "i", ".", "!", "Н. ", "\u00a0", "\u2003", "\u2028", "\ud800", "中文 ",
  );
  const texts = fc.oneof(fc.string({ maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map((a) => a.join("")));
  test("detectLanguage returns a valid guess and never throws", () => {
    fc.assert(fc.property(texts, (text) => {
      const g = detectLanguage(text);
      expect(["kk", "ru", "en", "und"]).toContain(g.code);
      expect(g.confidence).toBeGreaterThanOrEqual(0);
      expect(g.confidence).toBeLessThanOrEqual(1);
      expect(g.confidence === 0).toBe(g.code === "und");
    }), { numRuns: 500 });
  });
  test("sentence spans are ordered, non-empty, trimmed and inside the text", () => {
    fc.assert(fc.property(texts, (text) => {
      let last = 0;
      for (const s of detectSentenceLanguages(text)) {
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(text.length);
        const piece = text.slice(s.start, s.end);
        expect(piece.trim()).toBe(piece);
        last = s.end;
      }
    }), { numRuns: 500 });
  });
});

describe("francOnly (src/franc-only.ts) decides as franc itself", () => {
  const only = ["kaz", "rus"];
  // every 89th character (every 37th took 7.6 s of the suite for the three minimum lengths; the sparser
  // windows still reach every outcome, checked below)
  test.each([0, 10, 20])("on every 89th-character window of the corpus texts, minLength %i", (minLength) => {
    const seen = new Set<string>();
    let differ = 0;
    for (const { text } of corpus) {
      for (let at = 0; at < Math.max(1, text.length); at += 89) {
        for (const length of [5, 12, 25, 60, 120, 400, 3000]) {
          const piece = text.slice(at, at + length);
          const expected = franc(piece, { only, minLength });
          seen.add(expected);
          if (francOnly(piece, only, minLength) !== expected) differ++;
        }
      }
    }
    expect(differ).toBe(0);
    expect([...seen].sort()).toEqual(["kaz", "rus", "und"]); // the windows reach every outcome
  });

  test("the shipped table is franc's own data for its languages (else: node scripts/franc-data.mjs)", () => {
    expect(Object.keys(FRANC_DATA)).toEqual(Object.keys(francData));
    for (const [script, languages] of Object.entries(francData)) {
      const kept = Object.fromEntries(Object.entries(languages).filter(([l]) => FRANC_DATA_LANGUAGES.includes(l)));
      expect(FRANC_DATA[script]).toEqual(kept);
    }
    expect(Object.entries(FRANC_EXPRESSIONS).map(([s, e]) => [s, e.source, e.flags]))
      .toEqual(Object.entries(francExpressions).map(([s, e]) => [s, e.source, e.flags]));
    expect(FRANC_DATA_LANGUAGES).toEqual(expect.arrayContaining(only));
  });

  test("refuses a language the shipped table lacks, naming it", () => {
    expect(() => francOnly("Hello world", ["kaz", "eng"], 0)).toThrow(/no trigram table for eng/);
  });

  test("on other scripts, digits, punctuation and the empty string", () => {
    for (const piece of ["", "12345", "!!!!", "ааа", "Hello world", "ԱԲԳԴԵԶ Հայերեն", "日本語のテキスト", "Ελληνικά κείμενα"]) {
      expect(francOnly(piece, only, 0)).toBe(franc(piece, { only, minLength: 0 }));
    }
  });

  test("with any text and sample length (property)", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.integer({ min: 0, max: 30 }), (piece, minLength) => {
      expect(francOnly(piece, only, minLength)).toBe(franc(piece, { only, minLength }));
    }), { numRuns: 500 });
  });
});
