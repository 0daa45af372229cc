import { describe, expect, test } from "@jest/globals";
import { isCapitalizedLatinWord, isLatinLetterCode, isLatinUpperCode, LATIN_ALPHA, LATIN_UPPER, startsLatinUpper } from "../src/latin-letters.js";

const code = (ch: string) => ch.charCodeAt(0);

describe("Latin letters beyond ASCII (src/latin-letters.ts)", () => {
  test.each([
    ["A", true, true], ["z", true, false], ["Ç", true, true], ["ç", true, false], ["İ", true, true], ["ı", true, false],
    ["Ş", true, true], ["ş", true, false], ["Ł", true, true], ["ß", true, false], ["Ÿ", true, true], ["ÿ", true, false],
    ["Ș", true, true], ["×", false, false], ["÷", false, false], ["Ж", false, false], ["1", false, false], ["ɐ", false, false],
  ])("%s: letter %s, capital %s", (ch, letter, upper) => {
    expect(isLatinLetterCode(code(ch))).toBe(letter);
    expect(isLatinUpperCode(code(ch))).toBe(upper);
  });

  test("the class bodies agree with the code tests", () => {
    const upper = new RegExp(`^[${LATIN_UPPER}]$`), alpha = new RegExp(`^[${LATIN_ALPHA}]$`);
    for (let c = 0; c < 0x300; c++) {
      const ch = String.fromCharCode(c);
      expect([c, upper.test(ch)]).toEqual([c, isLatinUpperCode(c)]);
      expect([c, alpha.test(ch)]).toEqual([c, isLatinLetterCode(c)]);
    }
  });

  test.each([
    ["Çalık", true, true], ["Müller", true, true], ["İnşaat", true, true], ["Holding", true, true], ["GmbH", true, false],
    ["ıslak", false, false], ["Ж", false, false], ["", false, false], ["A", true, false],
  ])("%s: starts with a capital %s, capitalized word %s", (word, starts, capitalized) => {
    expect(startsLatinUpper(word)).toBe(starts);
    expect(isCapitalizedLatinWord(word)).toBe(capitalized);
  });
});
