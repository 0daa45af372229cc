/**
 * Every public function given an argument of another kind: a TypeError or RangeError that names the function and
 * the argument or option, thrown before anything is read (never an error from deep inside, a silent wrong answer,
 * or a rejected promise nobody awaits). Beside each kind of call, the same call with good arguments works.
 */
import { Readable } from "node:stream";
import {
  detectLanguage, detectSentenceLanguages, extract, extractBatch, extractStream, extractTransform, mergeDeals, ProjectMerger,
  resolveDate, runMerge,
} from "../src/index.js";
import type { DateMention } from "../src/index.js";

const DEAL_TEXT = "ТОО «Альфа» и China Power подписали соглашение о строительстве завода стоимостью 5 млрд тенге.";
const deal = () => extract(DEAL_TEXT).deals[0]!;
const relative: DateMention = {
  type: "date", start: 0, end: 6, text: "былтыр", value: null, relative: true, anchor: { unit: "year", offset: -1 },
} as DateMention;

/** [call, error class, message]: each call must throw that class with a message matching the pattern. */
const SYNC_CASES: [string, () => unknown, typeof TypeError | typeof RangeError, RegExp][] = [
  ["extractBatch with a hole", () => extractBatch([, { text: "x" }] as never), TypeError, /^kzdeals\.extractBatch: inputs\[0\]: must be an object \{ text, options\? \}, got undefined$/],
  ["detectLanguage()", () => detectLanguage(undefined as never), TypeError, /^kzdeals\.detectLanguage: text must be a string, got undefined$/],
  ["detectLanguage(5)", () => detectLanguage(5 as never), TypeError, /^kzdeals\.detectLanguage: text must be a string, got number$/],
  ["detectSentenceLanguages(null)", () => detectSentenceLanguages(null as never), TypeError, /^kzdeals\.detectSentenceLanguages: text must be a string, got null$/],
  ["mergeDeals()", () => mergeDeals(undefined as never), TypeError, /^kzdeals\.mergeDeals: results must be an iterable of extraction results .*got undefined$/],
  ["mergeDeals(a string)", () => mergeDeals("abc" as never), TypeError, /^kzdeals\.mergeDeals: results must be an iterable .*got string$/],
  ["mergeDeals([null])", () => mergeDeals([null] as never), TypeError, /^kzdeals\.mergeDeals: a result must be an object .*got null$/],
  ["mergeDeals: deals not an array", () => mergeDeals([{ id: "a", deals: "x" }] as never), TypeError, /^kzdeals\.mergeDeals: result "a": deals must be an array, got string$/],
  ["mergeDeals: a deal that is null", () => mergeDeals([{ deals: [null] }] as never), TypeError, /^kzdeals\.mergeDeals: result #1: deals\[0\] must be a deal object, got null$/],
  ["mergeDeals: a deal without a kind", () => mergeDeals([{ id: 7, deals: [{}] }] as never), TypeError, /^kzdeals\.mergeDeals: result 7: deals\[0\]\.kind must be a string, got undefined$/],
  ["mergeDeals: a deal without capacity", () => mergeDeals([{ id: 7, deals: [{ ...deal(), capacity: undefined }] }] as never), TypeError, /deals\[0\]\.capacity must be an array of \{ value, unit \}, got undefined$/],
  ["mergeDeals: a party without a name", () => mergeDeals([{ id: 7, deals: [{ ...deal(), parties: [{}] }] }] as never), TypeError, /deals\[0\]\.parties must be an array of \{ name \}/],
  ["mergeDeals: an amount of another shape", () => mergeDeals([{ id: 7, deals: [{ ...deal(), amount: 5 }] }] as never), TypeError, /deals\[0\]\.amount must be null or \{ amount, currency \}, got number$/],
  ["ProjectMerger.add(5)", () => new ProjectMerger().add(5 as never), TypeError, /^kzdeals\.ProjectMerger\.add: a result must be an object .*got number$/],
  ["resolveDate()", () => resolveDate(undefined as never, "2025"), TypeError, /^kzdeals\.resolveDate: mention must be a date mention .*got undefined$/],
  ["resolveDate(a money mention)", () => resolveDate({ type: "money" } as never, "2025"), TypeError, /^kzdeals\.resolveDate: mention must be a date mention .*got type "money"$/],
  ["resolveDate with a bad date", () => resolveDate(relative, "x"), RangeError, /^kzdeals\.resolveDate: referenceDate must be an ISO date .*got "x"$/],
  ["extractStream()", () => extractStream(undefined as never), TypeError, /^kzdeals\.extractStream: records must be an iterable or async iterable .*got undefined$/],
  ["extractStream(a string)", () => extractStream("abc" as never), TypeError, /^kzdeals\.extractStream: records must be .*got string$/],
  ["extractStream workers 0", () => extractStream([], { workers: 0 }), RangeError, /^kzdeals\.extractStream: option "workers" must be a whole number from 1, got 0$/],
  ["extractStream workers \"2\"", () => extractStream([], { workers: "2" as never }), RangeError, /^kzdeals\.extractStream: option "workers" must be a whole number from 1, got "2"$/],
  ["extractStream unknown option", () => extractStream([], { bogus: 1 } as never), RangeError, /^kzdeals\.extractStream: unknown option "bogus" \(known: referenceDate, language, rates\)$/],
  ["extractStream bad language", () => extractStream([], { language: "de" as never }), RangeError, /^kzdeals\.extractStream: option "language" must be one of/],
  ["extractTransform workers -1", () => extractTransform({ workers: -1 }), RangeError, /^kzdeals\.extractTransform: option "workers" must be a whole number from 1, got -1$/],
  ["extractTransform(a string)", () => extractTransform("x" as never), TypeError, /^kzdeals\.extractTransform: options must be an object, got string$/],
];

describe("a bad argument gets a clear error, before anything is read", () => {
  test.each(SYNC_CASES)("%s", (_name, call, Type, message) => {
    let thrown: unknown;
    try {
      call();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Type);
    expect((thrown as Error).message).toMatch(message);
  });

  const ASYNC_CASES: [string, () => Promise<unknown>, typeof TypeError | typeof RangeError, RegExp][] = [
    ["runMerge()", () => runMerge(undefined as never, async () => {}), TypeError, /^kzdeals\.runMerge: input must be a readable stream .*got undefined$/],
    ["runMerge to a number", () => runMerge(Readable.from([]), 5 as never), TypeError, /^kzdeals\.runMerge: output must be a writable stream or a function .*got number$/],
    ["runMerge format xml", () => runMerge(Readable.from([]), async () => {}, { format: "xml" as never }), RangeError, /^kzdeals\.runMerge: option "format" must be one of "json", "csv", "html", got "xml"$/],
    ["runMerge unknown option", () => runMerge(Readable.from([]), async () => {}, { bogus: 1 } as never), RangeError, /^kzdeals\.runMerge: unknown option "bogus"/],
    ["runMerge maxLineBytes 0", () => runMerge(Readable.from([]), async () => {}, { maxLineBytes: 0 }), RangeError, /^kzdeals\.runMerge: option "maxLineBytes" must be a whole number from 1, got 0$/],
  ];
  test.each(ASYNC_CASES)("%s", async (_name, call, Type, message) => {
    const error = await call().then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(Type);
    expect((error as Error).message).toMatch(message);
  });
});

describe("the same calls with good arguments", () => {
  test("extractBatch, detectLanguage, detectSentenceLanguages", () => {
    expect(extractBatch([{ text: DEAL_TEXT }])[0]!.deals).toHaveLength(1);
    expect(detectLanguage(DEAL_TEXT).code).toBe("ru");
    expect(detectSentenceLanguages("Бүгін жаңбыр жауды. Сегодня шёл дождь.").map((s) => s.language.code)).toEqual(["kk", "ru"]);
  });
  test("mergeDeals takes extraction results as extract gives them, and as JSON gives them back; an error line holds no deal", () => {
    const result = extract(DEAL_TEXT);
    const records = mergeDeals([{ id: "d1", ...result }, JSON.parse(JSON.stringify({ id: "d2", ...result })), { id: "d3", error: "bad" }]);
    expect(records.flatMap((r) => r.sources.map((s) => s.document)).sort()).toEqual(["d1", "d2"]);
  });
  test("resolveDate", () => {
    expect(resolveDate(relative, "2025-06-01").value).toBe("2024");
  });
  test("extractStream and extractTransform", async () => {
    const out = [];
    for await (const r of extractStream([{ id: 1, text: "5 млн тенге" }], { workers: 1, language: "ru" })) out.push(r);
    expect(out.map((r) => ("mentions" in r ? r.mentions.map((m) => m.text) : r.error))).toEqual([["5 млн тенге"]]);
    expect(extractTransform({ workers: 1 }).readable).toBe(true);
  });
  test("runMerge skips a line whose deal has another shape, naming it, and goes on", async () => {
    const errors: string[] = [];
    let written = "";
    const lines = [JSON.stringify({ id: "a", deals: [{ kind: "project" }] }), JSON.stringify({ id: "d1", ...extract(DEAL_TEXT) })].join("\n") + "\n";
    const summary = await runMerge(Readable.from([lines]), async (chunk) => { written += chunk; }, { onError: (m) => errors.push(m) });
    expect(errors).toEqual(['line 1: result "a": deals[0].parties must be an array of { name }, got undefined']);
    expect(summary).toMatchObject({ documents: 1, deals: 1, projects: 1, skipped: 1 });
    expect(written.trim().split("\n")).toHaveLength(1);
  });
});
