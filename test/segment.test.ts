import { segment } from "../src/segment.js";

const sentences = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

describe("segment", () => {
  test("splits at sentence ends, keeps abbreviations and initials", () => {
    expect(sentences("Жалпы құны 27 млрд. АҚШ долларын құрады. Зауыт салынады.")).toEqual([
      "Жалпы құны 27 млрд. АҚШ долларын құрады.", "Зауыт салынады.",
    ]);
    expect(sentences("Во встрече участвовал Н. Шакиров. Стороны обсудили проект.")).toEqual([
      "Во встрече участвовал Н. Шакиров.", "Стороны обсудили проект.",
    ]);
    expect(sentences("Компания Yima Machinery Co., Ltd. подписала меморандум. Проект стоит 5 млн.")).toEqual([
      "Компания Yima Machinery Co., Ltd. подписала меморандум.", "Проект стоит 5 млн.",
    ]);
  });

  test("a currency's abbreviation goes on before its country, and ends a sentence before another word", () => {
    expect(sentences("Банк выделил 50 млн долл. США на строительство завода ТОО «Арал». Завод заработает в 2027 году.")).toEqual([
      "Банк выделил 50 млн долл. США на строительство завода ТОО «Арал».", "Завод заработает в 2027 году.",
    ]);
    expect(sentences("Проект стоит 50 млн долл. Строительство начнется весной.")).toEqual([
      "Проект стоит 50 млн долл.", "Строительство начнется весной.",
    ]);
    expect(sentences("Выручка составила 900 млн руб. Компания выросла.")).toEqual(["Выручка составила 900 млн руб.", "Компания выросла."]);
  });

  test("a name joined by '&' ends its sentence: its last letter is no initial", () => {
    expect(sentences("The plant was built with Hyundai E&C. Separately, Beta LLP will build a mill.")).toEqual([
      "The plant was built with Hyundai E&C.", "Separately, Beta LLP will build a mill.",
    ]);
    expect(sentences("The study was led by J. Smith. It took a year.")).toEqual(["The study was led by J. Smith.", "It took a year."]);
  });

  test("an abbreviation at the end of a sentence before an upper-case word ends it", () => {
    expect(sentences("Подписан с Sinoma Co., Ltd. Он касается цемента.")).toEqual(["Подписан с Sinoma Co., Ltd.", "Он касается цемента."]);
    expect(sentences("Открыт в 2023 г. Компания растёт.")).toEqual(["Открыт в 2023 г.", "Компания растёт."]);
    expect(sentences("Жеміс, көкөніс т.б. Олар экспортталады.")).toEqual(["Жеміс, көкөніс т.б.", "Олар экспортталады."]);
  });

  test("a legal form's period before an abbreviation in brackets goes on with the sentence", () => {
    expect(sentences("Altyn Power Co. (APC) will build the plant. It will cost $5 million.")).toEqual([
      "Altyn Power Co. (APC) will build the plant.", "It will cost $5 million.",
    ]);
    expect(sentences("The contract went to Beta Co. (The terms were not disclosed.)")).toHaveLength(2);
  });

  test("'т.е.', 'им.' and lower-case continuations never end a sentence", () => {
    expect(sentences("Завод им. Кирова, т.е. старый завод, модернизируют.")).toHaveLength(1);
    expect(sentences("Стоимость 220 млн. долларов.")).toHaveLength(1);
  });

  test("quotes, question marks, datelines and paragraphs", () => {
    expect(sentences("«Мы подписали соглашение.» Затем начали стройку.")).toEqual(["«Мы подписали соглашение.»", "Затем начали стройку."]);
    expect(sentences("Когда начнут? Осенью!")).toEqual(["Когда начнут?", "Осенью!"]);
    expect(sentences("АСТАНА. KAZINFORM — Форум өтіп жатыр.")).toEqual(["АСТАНА. KAZINFORM — Форум өтіп жатыр."]);
    // a dateline in title case opening the paragraph goes on with the lead, alone or with a date; not a sentence after it
    expect(sentences("Ақтау. Inbusiness.kz – Зауыт салынады.")).toEqual(["Ақтау. Inbusiness.kz – Зауыт салынады."]);
    expect(sentences("Павлодар, 12 наурыз. «Ertis Ferro» зауыт салады.")).toEqual(["Павлодар, 12 наурыз. «Ertis Ferro» зауыт салады."]);
    expect(sentences("Усть-Каменогорск. Завод построят.")).toEqual(["Усть-Каменогорск. Завод построят."]);
    expect(sentences("Завод построят. Павлодар. Это рядом.")).toEqual(["Завод построят.", "Павлодар.", "Это рядом."]);
    expect(sentences("Так было. Завод построят.")).toEqual(["Так было.", "Завод построят."]);
    const seg = segment("Title line\n\nFirst. Second.\nThird");
    expect(seg.paragraphs).toHaveLength(3);
    expect(seg.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
  });

  test("an item's number opening a line goes on with its item", () => {
    expect(sentences("Среди них:\n1. Строительство завода. Стоимость – 5 млрд тенге.\n12. Модернизация цеха.")).toEqual([
      "Среди них:", "1. Строительство завода.", "Стоимость – 5 млрд тенге.", "12. Модернизация цеха.",
    ]);
    // a number closing a sentence still ends it ("… in 2025. The plant …"), and a year is no item's number
    expect(sentences("Завод построят в 2025. Он даст 100 рабочих мест.")).toHaveLength(2);
    expect(sentences("Выпуск вырос на 12. Это рекорд.")).toHaveLength(2);
  });

  test("offsets start after `from` and stay inside the text", () => {
    const text = " date 2025-10-09 Зауыт салынады. Жоба басталды.";
    const seg = segment(text, 16);
    expect(seg.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["Зауыт салынады.", "Жоба басталды."]);
  });

  test("linear time on a long text", () => {
    const text = "Компания подписала соглашение о строительстве завода стоимостью 5 млрд. тенге в г. Актобе. ".repeat(20000);
    const t0 = Date.now();
    expect(segment(text).sentences).toHaveLength(20000);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
