/**
 * The mention types the views tell apart: a colour from the Okabe–Ito palette (told apart by readers
 * with the common colour-vision deficiencies) and, as a second cue that needs no colour at all, an
 * underline style. A type added to the contract later is shown with OTHER until it gets its own.
 */
export interface TypeStyle {
  label: string;
  colour: string;
  /** A CSS border-bottom style. */
  underline: "solid" | "double" | "dashed" | "dotted";
}

export const TYPE_STYLES: Record<string, TypeStyle> = {
  money: { label: "money", colour: "#E69F00", underline: "solid" },
  capacity: { label: "capacity", colour: "#009E73", underline: "double" },
  date: { label: "date", colour: "#0072B2", underline: "dashed" },
  organization: { label: "organization", colour: "#CC79A7", underline: "dotted" },
};

export const OTHER: TypeStyle = { label: "other", colour: "#777777", underline: "solid" };

/** The vermilion wavy underline of a relative date that no reference date resolved. */
export const UNRESOLVED_COLOUR = "#D55E00";

/** A CSS class name for a mention type: letters only, so that no input reaches a selector. */
export function typeClass(type: string): string {
  return TYPE_STYLES[type] ? `t-${type}` : "t-other";
}
