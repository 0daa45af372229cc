/** The date recognizer stage. Patterns live in patterns/date.*.ts, words in lexicons/. */
import type { Recognizer } from "./types.js";

export const dateRecognizer: Recognizer = {
  name: "date",
  type: "date",
  languages: ["kk", "ru", "en"],
  // Not built yet: see the open issue for this dimension.
  recognize: () => [],
};
