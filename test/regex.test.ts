import { alternation, escapeRegExp, groupIndex, groupsOf, numberedGroups, registerPattern, WORD_END, WORD_START } from "../src/regex.js";

describe("pattern helpers", () => {
  test("escaped literals compile with the u flag and match themselves", () => {
    for (const lit of ["Non-Ferrous", "Co., Ltd.", "a+b", "(SUZHOU)", "x/y", "[1]", "$", "^a|b"]) {
      const re = new RegExp(`^${escapeRegExp(lit)}$`, "u");
      expect(re.test(lit)).toBe(true);
    }
  });
  test("alternation prefers the longest literal and folds spaces", () => {
    const re = new RegExp(`^(?:${alternation(["миллиард", "миллиардтан", "АҚШ доллары"])})`, "u");
    expect(re.exec("миллиардтан астам")![0]).toBe("миллиардтан");
    expect(re.exec("АҚШ  доллары")![0]).toBe("АҚШ  доллары");
  });
  test("word edges work next to Cyrillic letters, where \\b does not", () => {
    const re = new RegExp(`${WORD_START}млн${WORD_END}`, "u");
    expect(re.test("20 млн теңге")).toBe(true);
    expect(re.test("20млнтеңге")).toBe(false);
    expect(/\bмлн\b/u.test("20 млн")).toBe(false);
  });
});

describe("named groups made numbered (numberedGroups, which registerPattern applies to every pattern)", () => {
  // each case: a pattern with named groups, a text, and what groupsOf reads from its first match
  const CASES: [RegExp, string, Record<string, string | undefined>][] = [
    [/(?<num>\d+)\s*(?<unit>MW|GW)/u, "built 150 MW", { num: "150", unit: "MW" }],
    // a look-behind (positive and negative), a plain group and a non-capturing one before the names
    [/(?<=at )(?<![a-z]{9})(\d+)(?:x)?(?<name>[a-z]+)/u, "at 12xab", { name: "ab" }],
    // "(?<" inside a class and after an escaped bracket is no group
    [/[(?<a>]+(?<word>[a-z]+)\(?<b>/u, "(?<a>word(<b>", { word: "word" }],
    // an absent optional group reads as undefined
    [/(?<a>x)?(?<b>y)/u, "y", { a: undefined, b: "y" }],
  ];
  test.each(CASES)("%s reads the same groups numbered", (regex, text, groups) => {
    const numbered = numberedGroups(regex);
    const m = numbered.exec(text)!;
    expect(m.groups).toBeUndefined();
    expect({ ...groupsOf(numbered, m) }).toEqual(groups);
    expect({ ...groupsOf(regex, regex.exec(text)!) }).toEqual(groups);
    for (const [name, value] of Object.entries(groups)) expect(m[groupIndex(numbered, name)]).toBe(value);
  });
  test("a pattern without named groups comes back as it is; a missing name has index -1", () => {
    const plain = /(\d+) MW/u;
    expect(numberedGroups(plain)).toBe(plain);
    expect(groupIndex(plain, "num")).toBe(-1);
    expect(groupIndex(numberedGroups(/(?<num>\d)/u), "unit")).toBe(-1);
  });
  test("registerPattern returns the numbered pattern, and the same pattern registered twice is no conflict", () => {
    const a = registerPattern("test.numbered", /(?<num>\d+)/u);
    const b = registerPattern("test.numbered", /(?<num>\d+)/u);
    expect(a.exec("x 42")!.groups).toBeUndefined();
    expect(groupsOf(b, b.exec("x 42")!).num).toBe("42");
    expect(() => registerPattern("test.numbered", /(?<num>\d)/u)).toThrow(/two different patterns/);
  });
});
