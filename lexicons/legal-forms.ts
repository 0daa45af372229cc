/**
 * Legal forms of organizations, as written, with the normalized `legalForm` the contract
 * reports. Order does not matter; patterns sort longest first.
 */
export interface LegalForm {
  /** Surface forms (case-insensitive). */
  forms: readonly string[];
  /** The contract's normalized value. */
  normalized: string;
}

/** The Russian full forms in the cases a form before a name takes ("директор товарищества с ограниченной ответственностью «…»"). */
const RU_LLP_CASES = ["товарищество", "товарищества", "товариществу", "товариществом", "товариществе"].map((w) => `${w} с ограниченной ответственностью`);
const RU_JSC_CASES = ["акционерное общество", "акционерного общества", "акционерному обществу", "акционерным обществом", "акционерном обществе"];
const RU_LLC_CASES = ["общество", "общества", "обществу", "обществом", "обществе"].map((w) => `${w} с ограниченной ответственностью`);
/** A written-out form, also capitalized, as it opens a sentence or a document ("Товарищество с ограниченной ответственностью «…»"). */
const withCapital = (forms: readonly string[]): string[] => forms.flatMap((f) => [f, f[0]!.toUpperCase() + f.slice(1)]);

/**
 * German limited partnerships with a company as their general partner, and the partnership limited by shares: one legal
 * form, not a name "KG" ("KG" alone is no form here: "20 KG" is a weight).
 */
const KG_FORMS = ["GmbH & Co. KG", "GmbH & Co. KGaA", "AG & Co. KG", "AG & Co. KGaA", "SE & Co. KG", "SE & Co. KGaA", "KGaA"];
/** The legal forms of several words that open with a form of one word ("GmbH" of "GmbH & Co. KG"): a name stops before them. */
export const LATIN_COMPOUND_FORMS: readonly string[] = KG_FORMS.filter((f) => f.includes(" "));

/** Legal forms written in Latin after a name ("Yima Machinery Co., Ltd."), which end a Latin name. */
export const LATIN_SUFFIX_FORMS: readonly string[] = [
  "Co., Ltd", "Co. Ltd", "Co.,Ltd", "CO., LTD", "Co., Limited", "Co.Ltd", "Co Ltd", "Co", "Ltd", "Limited", "LTD", "LIMITED", "LLC",
  "LLP", "JSC", "PJSC", "Inc", "Corp", "Corporation", "CORPORATION", "Group", "GROUP", "PLC", "plc", "GmbH",
  // European forms: German and Swiss AG, the European SE, S.A. and S.p.A., Dutch N.V. and B.V., Nordic A/S, AB and ASA
  "AG", "SE", "S.A.", "SA", "S.p.A.", "SpA", "N.V.", "NV", "B.V.", "BV", "A/S", "AB", "ASA",
  // Turkish joint-stock and limited companies ("Yapı Merkezi İnşaat A.Ş.", "Kuzey Yapı Ltd. Şti."), Polish "Sp. z o.o."
  "A.Ş.", "Ltd. Şti.", "Sp. z o.o.",
  // more European and Asian forms: Italian and Romanian S.r.l., French S.A.S., Spanish S.A.U., S.L. and S.L.U., Czech and Slovak
  // s.r.o. and a.s., Hungarian Kft. and Zrt., Finnish Oy, Singaporean Pte. Ltd., Japanese K.K., Malaysian Sdn Bhd
  "S.r.l.", "Srl", "SRL", "S.A.S.", "SAS", "S.A.U.", "S.L.U.", "S.L.", "s.r.o.", "a.s.", "Kft.", "Kft", "Zrt.", "Zrt", "Oyj", "Oy",
  "Pte. Ltd.", "Pte. Ltd", "Pte Ltd", "K.K.", "Sdn. Bhd.", "Sdn Bhd",
  // German limited partnerships, with a company as their general partner ("Siemens Energy Global GmbH & Co. KG")
  ...KG_FORMS,
  // the Chinese "Co., Ltd" transliterated into Cyrillic in Russian and Kazakh text («Синьцзян Тяньшань Ко., Лтд»)
  "Ко., Лтд", "Ко. Лтд", "Ко.,Лтд", "Ко Лтд", "Лтд",
];
/**
 * The regions' socio-entrepreneurial corporations, named in English by their kind before the name ("the
 * Socio-Entrepreneurial Corporation Caspian", СПК «Каспий»): the kind is no part of the name, nor a legal form, and takes
 * "the" before it.
 */
export const LATIN_DESIGNATIONS_BEFORE_NAME: readonly string[] = [
  "Socio-Entrepreneurial Corporation", "Social-Entrepreneurial Corporation", "Social Entrepreneurial Corporation",
  "Socio-Entrepreneurial Corp.", "Social-Entrepreneurial Corp.",
  // and abbreviated, before a capitalized name ("SEC Tobol", "SPK Saryarka")
  "SEC", "SPK",
];
/**
 * Kazakh and Russian legal forms written in Latin that English text also puts before an unquoted name, in the Russian
 * word order: "JSC Orda Energy", "LLP Nur Tau" (the English order, "Orda Energy JSC", is LATIN_SUFFIX_FORMS').
 */
export const LATIN_PREFIX_FORMS: readonly string[] = ["JSC", "LLP", "LLC", "PJSC", "OJSC", "CJSC", ...LATIN_DESIGNATIONS_BEFORE_NAME];
/** National designations written in Latin between such a form and the name ("JSC NC KazMunayGas"): not part of the name. */
export const LATIN_NATIONAL_DESIGNATIONS: readonly string[] = ["NC", "NAC", "NH", "NMH"];
/**
 * The country a deal's party has by its normalized legal form when nothing in its sentence names one: the Kazakh forms
 * in Latin, the Chinese "Co., Ltd", the Turkish and Polish forms.
 */
export const LEGAL_FORM_COUNTRIES: Readonly<Record<string, string>> = {
  LLP: "KZ", JSC: "KZ", "Co., Ltd": "CN", "A.Ş.": "TR", "Ltd. Şti.": "TR", "Sp. z o.o.": "PL",
  // (only the forms of one country: not S.r.l., Italian and Romanian, nor s.r.o., Czech and Slovak)
  "S.L.": "ES", "S.L.U.": "ES", "S.A.U.": "ES", "Kft.": "HU", "Zrt.": "HU", Oy: "FI", Oyj: "FI", "Pte. Ltd.": "SG", "K.K.": "JP", "Sdn Bhd": "MY",
};
/**
 * Russian legal forms in their Kazakh calques ("«Уралмашзавод» ЖАҚ", "«СтройГлавМонтаж» ЖШҚ"): a Russian company's, not a
 * Kazakh form though "ЖАҚ" and "ААҚ" end like "АҚ".
 */
const RUSSIAN_FORM_IN_KAZAKH = { CJSC: "ЖАҚ", OJSC: "ААҚ", LLC: "ЖШҚ" } as const;
export const RUSSIAN_FORMS_IN_KAZAKH: readonly string[] = Object.values(RUSSIAN_FORM_IN_KAZAKH);
/** Legal forms whose organizations are registered in Kazakhstan. */
export const KAZAKH_LEGAL_FORMS: readonly string[] = [
  "ТОО", "ЖШС", "АҚ", "ҚБ", ...withCapital(["жауапкершілігі шектеулі серіктестігі", "акционерлік қоғамы", ...RU_LLP_CASES]),
];

/**
 * Abbreviated Cyrillic legal forms that also stand next to an unquoted name: "ТОО KazBeef",
 * "KazBeef ЖШС", "АО Kazakhmys Copper". `after`: the name usually follows the form (Russian
 * usage); the Kazakh forms usually follow it. The other side is tried when the usual one has no
 * capitalized word.
 */
export const UNQUOTED_NAME_FORMS: Readonly<Record<string, { nameAfter: boolean }>> = {
  "ТОО": { nameAfter: true }, "АО": { nameAfter: true }, "ООО": { nameAfter: true }, "ПАО": { nameAfter: true },
  "ОАО": { nameAfter: true }, "ЗАО": { nameAfter: true }, "ЖШС": { nameAfter: false }, "АҚ": { nameAfter: false },
};

/**
 * Status designations of national companies and holdings, and of joint ventures, written inside the outer quotes of a
 * nested quoted name: «НК «КазМунайГаз»» (Russian, before the inner name), «Қазақстан темір жолы» ҰК»
 * (Kazakh, after it), or between the legal form and the name: ТОО СП «Казахстан-Китай Газ», «Қазақ-Қытай Газ» БК ЖШС.
 * They are not part of the name (as a legal form is not): the organization is
 * the inner name, its span runs over the designation, the outer quotes and the legal form.
 * НК/ҰК national company, НАК/ҰАК national atomic company, НХ/ҰХ national holding, НУХ/ҰБХ national managing
 * holding, ҰӘҚ national welfare fund, СП/БК joint venture (совместное предприятие, бірлескен кәсіпорын).
 */
export const NATIONAL_DESIGNATIONS: readonly string[] = [
  "НК", "НАК", "НХ", "НУХ", "ҰК", "ҰАК", "ҰХ", "ҰБХ", "ҰӘҚ", "СП", "БК",
  // a management company, a group of companies ("ООО УК «Металлоинвест»", "ООО ГК «Альфа»")
  "УК", "ГК",
];

/**
 * The same designations written out, and a joint venture's, before an inner quoted name: «Национальная компания
 * «Қазақстан темір жолы»», «ФНБ «Самрук-Казына»», «СП «Казахстан-Китай Энерджи»». Not part of the name either.
 */
export const NESTED_NAME_DESIGNATIONS: readonly string[] = [
  "Национальная компания", "Национальный холдинг", "Национальный управляющий холдинг", "Фонд национального благосостояния",
  "ФНБ", "Совместное предприятие", "СП",
];

/**
 * The same designations written out in Kazakh after the inner quoted name, before the outer closing quote and the legal
 * form: «Қазақстан темір жолы» ұлттық компаниясы» АҚ, «Тау-Кен Самұрық» ұлттық тау-кен компаниясы» АҚ. Not part of the
 * name either.
 */
export const NESTED_NAME_DESIGNATIONS_AFTER: readonly string[] = [
  "ұлттық компаниясы", "ұлттық холдингі", "ұлттық басқарушы холдингі", "ұлттық атом компаниясы", "ұлттық тау-кен компаниясы",
  "ұлттық әл-ауқат қоры", "бірлескен кәсіпорны", "бірлескен кәсіпорыны",
];

export const LEGAL_FORMS: readonly LegalForm[] = [
  { forms: ["ТОО", "ЖШС", "LLP", ...withCapital(["жауапкершілігі шектеулі серіктестігі", ...RU_LLP_CASES])], normalized: "LLP" },
  { forms: ["АО", "АҚ", "JSC", ...withCapital(["акционерлік қоғамы", ...RU_JSC_CASES])], normalized: "JSC" },
  { forms: ["ПАО", "PJSC"], normalized: "PJSC" },
  { forms: ["ОАО", "OJSC", RUSSIAN_FORM_IN_KAZAKH.OJSC], normalized: "OJSC" },
  { forms: ["ЗАО", "CJSC", RUSSIAN_FORM_IN_KAZAKH.CJSC], normalized: "CJSC" },
  { forms: ["ООО", "LLC", RUSSIAN_FORM_IN_KAZAKH.LLC, ...withCapital(RU_LLC_CASES)], normalized: "LLC" },
  { forms: ["ҚБ"], normalized: "Public Association" },
  { forms: ["Co., Ltd", "Co., Ltd.", "Co. Ltd", "Co. Ltd.", "Co.,Ltd", "Co.,Ltd.", "CO., LTD", "CO., LTD.", "Co., Limited", "Co.Ltd", "Co Ltd", "Co Ltd.", "Ко., Лтд", "Ко., Лтд.", "Ко. Лтд", "Ко.,Лтд", "Ко Лтд"], normalized: "Co., Ltd" },
  // "Co." alone ends a name only with its period (the source checks it): "Co-operation" is a word
  { forms: ["Co"], normalized: "Co." },
  { forms: ["Ltd", "Ltd.", "Limited", "LTD", "LIMITED", "Лтд", "Лтд."], normalized: "Ltd" },
  { forms: ["Inc", "Inc."], normalized: "Inc" },
  { forms: ["PLC", "plc"], normalized: "PLC" },
  { forms: ["GmbH"], normalized: "GmbH" },
  ...KG_FORMS.map((f) => ({ forms: [f], normalized: f })),
  { forms: ["AG"], normalized: "AG" },
  { forms: ["SE"], normalized: "SE" },
  { forms: ["S.A.", "SA"], normalized: "S.A." },
  { forms: ["S.p.A.", "SpA"], normalized: "S.p.A." },
  { forms: ["N.V.", "NV"], normalized: "N.V." },
  { forms: ["B.V.", "BV"], normalized: "B.V." },
  { forms: ["A/S"], normalized: "A/S" },
  { forms: ["AB"], normalized: "AB" },
  { forms: ["ASA"], normalized: "ASA" },
  { forms: ["A.Ş."], normalized: "A.Ş." },
  { forms: ["Ltd. Şti."], normalized: "Ltd. Şti." },
  { forms: ["Sp. z o.o."], normalized: "Sp. z o.o." },
  { forms: ["S.r.l.", "Srl", "SRL"], normalized: "S.r.l." },
  { forms: ["S.A.S.", "SAS"], normalized: "S.A.S." },
  { forms: ["S.L."], normalized: "S.L." },
  { forms: ["S.L.U."], normalized: "S.L.U." },
  { forms: ["S.A.U."], normalized: "S.A.U." },
  { forms: ["s.r.o."], normalized: "s.r.o." },
  { forms: ["a.s."], normalized: "a.s." },
  { forms: ["Kft.", "Kft"], normalized: "Kft." },
  { forms: ["Zrt.", "Zrt"], normalized: "Zrt." },
  { forms: ["Oy"], normalized: "Oy" },
  { forms: ["Oyj"], normalized: "Oyj" },
  { forms: ["Pte. Ltd.", "Pte. Ltd", "Pte Ltd"], normalized: "Pte. Ltd." },
  { forms: ["K.K."], normalized: "K.K." },
  { forms: ["Sdn. Bhd.", "Sdn Bhd"], normalized: "Sdn Bhd" },
  { forms: ["Corp", "Corp.", "Corporation", "CORPORATION"], normalized: "Corporation" },
  { forms: ["Group", "GROUP"], normalized: "Group" },
];
