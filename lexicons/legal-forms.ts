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

export const LEGAL_FORMS: readonly LegalForm[] = [
  { forms: ["ТОО", "ЖШС", "LLP"], normalized: "LLP" },
  { forms: ["АО", "АҚ", "JSC"], normalized: "JSC" },
  { forms: ["ПАО", "PJSC"], normalized: "PJSC" },
  { forms: ["ОАО", "OJSC"], normalized: "OJSC" },
  { forms: ["ЗАО", "CJSC"], normalized: "CJSC" },
  { forms: ["ООО", "LLC"], normalized: "LLC" },
  { forms: ["ҚБ"], normalized: "Public Association" },
  { forms: ["Co., Ltd", "Co., Ltd.", "Co. Ltd", "Co. Ltd.", "Co.,Ltd", "Co.,Ltd."], normalized: "Co., Ltd" },
  { forms: ["Ltd", "Ltd.", "Limited"], normalized: "Ltd" },
  { forms: ["Inc", "Inc."], normalized: "Inc" },
  { forms: ["Corp", "Corp.", "Corporation"], normalized: "Corporation" },
  { forms: ["Group"], normalized: "Group" },
];
