/** The page of `kzdeals extract --format html`: the document view of one or many documents. */
import { legend } from "./document.js";
import { page } from "./page.js";
import { DOCUMENT_SCRIPT } from "./scripts.js";

export { documentSection, errorSection, type ReviewedDocument } from "./document.js";

/** The page around document sections already rendered (documentSection, errorSection). */
export function reviewPage(sections: readonly string[]): string {
  const header = `<h1>kzdeals review: ${sections.length} document(s)</h1>${legend()}`;
  return page("kzdeals review", header, sections.join("\n"), DOCUMENT_SCRIPT);
}
