/** The organization recognizer stage. Patterns live in patterns/organization.*.ts, words in lexicons/. */
import type { Recognizer } from "./types.js";

export const organizationRecognizer: Recognizer = {
  name: "organization",
  type: "organization",
  languages: ["kk", "ru", "en"],
  // Not built yet: see the open issue for this dimension.
  recognize: () => [],
};
