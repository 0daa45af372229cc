import { execFileSync } from "node:child_process";
import { extract, extractBatch } from "../src/index.js";

describe("extract: input validation", () => {
  test("a non-string text is a TypeError that says what it got", () => {
    expect(() => extract(42 as unknown as string)).toThrow(new TypeError("kzdeals.extract: text must be a string, got number"));
    expect(() => extract(null as unknown as string)).toThrow(/got null/);
    expect(() => extract(undefined as unknown as string)).toThrow(TypeError);
  });
  test("a bad referenceDate is a RangeError naming the option", () => {
    expect(() => extract("x", { referenceDate: "2025-02-30" })).toThrow(RangeError);
    expect(() => extract("x", { referenceDate: "yesterday" })).toThrow(/option "referenceDate"/);
    expect(() => extract("x", { referenceDate: new Date("nope") })).toThrow(/option "referenceDate"/);
  });
  test("a bad language is a RangeError naming the option", () => {
    expect(() => extract("x", { language: "de" as never })).toThrow(/option "language" must be one of/);
  });
  test("an unknown option is named", () => {
    expect(() => extract("x", { refDate: "2025" } as never)).toThrow(/unknown option "refDate"/);
  });
});

describe("extract: dateline and reference date", () => {
  test("a dateline sets the reference date and is not a mention", () => {
    const r = extract(" date 2025-10-09 Биыл 2025 жылы зауыт салынды.");
    expect(r.referenceDate).toBe("2025-10-09");
    expect(r.mentions.every((m) => m.start >= 16)).toBe(true);
  });
  test("a month-precision dateline without the leading space", () => {
    expect(extract("date 2025-05\nText").referenceDate).toBe("2025-05");
  });
  test("a byte order mark before the dateline does not hide it", () => {
    const r = extract("\uFEFF date 2025-06-12 Биыл зауыт салынды.");
    expect(r.referenceDate).toBe("2025-06-12");
    expect(r.mentions.filter((m) => m.type === "date")).toEqual([
      { type: "date", start: 18, end: 22, text: "Биыл", value: "2025", relative: true, anchor: { unit: "year", offset: 0 } },
    ]);
  });
  test("the option overrides the dateline", () => {
    expect(extract(" date 2025-10-09 Текст", { referenceDate: "2024-01-02" }).referenceDate).toBe("2024-01-02");
    expect(extract("Текст", { referenceDate: new Date(2024, 0, 2) }).referenceDate).toBe("2024-01-02");
  });
  // Jest's sandbox does not pass a changed process.env.TZ to Date: each zone runs in its own process (the built dist/).
  test.each([
    ["Asia/Almaty", "2025, 9, 9, 0, 30", "2025-10-09"], // 00:30 in Almaty is the evening before in UTC
    ["America/Los_Angeles", "2025, 9, 9, 23, 30", "2025-10-09"], // 23:30 there is the next day in UTC
    ["UTC", "2024, 1, 29, 12, 0", "2024-02-29"],
  ])("a Date is read as the caller's local calendar day (%s)", (zone, args, iso) => {
    const script =
      `import("./dist/src/index.bundle.js").then(({ extract }) => { const r = extract("Сегодня подписано соглашение.", ` +
      `{ referenceDate: new Date(${args}) }); console.log(JSON.stringify([r.referenceDate, r.mentions.map((m) => m.value)])); })`;
    const out = execFileSync(process.execPath, ["-e", script], { env: { ...process.env, TZ: zone }, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual([iso, [iso]]);
  });
  test("no dateline, no option: null", () => {
    expect(extract("Some text without any date line").referenceDate).toBeNull();
    expect(extract("update 2025-10-09 x").referenceDate).toBeNull();
  });
  test("the language option is reported with confidence 1", () => {
    expect(extract("Текст", { language: "ru" }).language).toEqual({ code: "ru", confidence: 1 });
  });
  test("empty text gives an empty, contract-shaped result", () => {
    expect(extract("")).toEqual({ language: { code: "und", confidence: 0 }, referenceDate: null, mentions: [], unresolved: [], deals: [] });
  });
});

describe("extract: a text of no known language", () => {
  test("each language reads a sum with its own number words; the longest reading wins", () => {
    const r = extract("Total:$40 million.");
    expect(r.language.code).toBe("und");
    expect(r.mentions.map((m) => m.type === "money" && [m.text, m.amount])).toEqual([["$40 million", 40000000]]);
  });
});

describe("extractBatch", () => {
  const inputs = [
    { text: "В 2025 году ТОО «Альфа» вложит 5 млрд тенге в завод в Туркестанской области.", options: { language: "ru" as const } },
    { text: "2025 жылы «Бета» ЖШС 200 МВт күн электр станциясын салады, құны 150 млрд теңге." },
    { text: "China Power International will build a 1 GW solar plant for $500 million by May 2026.", options: { referenceDate: "2025-10-09" } },
    { text: "" },
    { text: "Бүгін акимат меморандумға қол қойды.", options: { referenceDate: "2024-03-01", language: "kk" as const } },
  ];
  test("gives what extract() gives for each document, in order", () => {
    expect(extractBatch(inputs)).toEqual(inputs.map((i) => extract(i.text, i.options)));
    expect(extractBatch([])).toEqual([]);
  });
  test("a bad input is extract()'s error, naming the input", () => {
    expect(() => extractBatch([inputs[0]!, { text: 5 as unknown as string }])).toThrow(new TypeError("kzdeals.extractBatch: inputs[1]: text must be a string, got number"));
    expect(() => extractBatch([{ text: "x", options: { language: "de" as never } }])).toThrow(RangeError);
    expect(() => extractBatch("x" as never)).toThrow(/inputs must be an array/);
  });
});
