/**
 * Escaping for the HTML views: every string that comes from the input (article text, ids, names,
 * file paths) passes through `esc` before it enters the page, in text and in attribute values
 * alike (attributes are always double-quoted). The pages embed no input in scripts or styles.
 */

const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"']/g;

/** Text safe as element content and as a double-quoted attribute value. */
export function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(SPECIAL, (c) => ENTITY[c]!);
}

/** ` name="value"` for each attribute that is not null or undefined, values escaped. */
export function attrs(map: Record<string, string | number | null | undefined>): string {
  let out = "";
  for (const [name, value] of Object.entries(map)) if (value !== null && value !== undefined) out += ` ${name}="${esc(value)}"`;
  return out;
}
