/**
 * The recognizer stages, one module per dimension. Adding a stage means adding it to
 * this list and nothing else: the pipeline, overlap resolution and output are generic.
 */
import { capacityRecognizer } from "./capacity.js";
import { dateRecognizer } from "./date.js";
import { moneyRecognizer } from "./money.js";
import { organizationRecognizer } from "./organization.js";
import type { Recognizer } from "./types.js";

export const RECOGNIZERS: readonly Recognizer[] = [
  moneyRecognizer,
  capacityRecognizer,
  dateRecognizer,
  organizationRecognizer,
];
