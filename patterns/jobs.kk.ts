/** Jobs counts in kk text: see patterns/jobs.common.ts and lexicons/deal-triggers.ts (JOBS_WORDS). */
import { lazy } from "../src/regex.js";
import { JOBS_WORDS } from "../lexicons/deal-triggers.js";
import { buildJobs } from "./jobs.common.js";

export const JOBS_KK = lazy(() => buildJobs("jobs.kk", JOBS_WORDS.kk, "kk"));
