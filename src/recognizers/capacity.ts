/** The capacity recognizer stage. Patterns live in patterns/capacity.*.ts, words in lexicons/. */
import type { Recognizer } from "./types.js";

export const capacityRecognizer: Recognizer = {
  name: "capacity",
  type: "capacity",
  languages: ["kk", "ru", "en"],
  // Not built yet: see the open issue for this dimension.
  recognize: () => [],
};
