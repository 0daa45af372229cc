import { alternation, escapeRegExp, WORD_END, WORD_START } from "../src/regex.js";

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
