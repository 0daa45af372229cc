/** Jobs counts in ru text: see patterns/jobs.common.ts and lexicons/deal-triggers.ts (JOBS_WORDS). */
import { lazy } from "../src/regex.js";
import { JOBS_WORDS } from "../lexicons/deal-triggers.js";
import { buildJobs } from "./jobs.common.js";

export const JOBS_RU = lazy(() => buildJobs("jobs.ru", JOBS_WORDS.ru, "ru"));
