/** Jobs counts in kk text: see patterns/jobs.common.ts and lexicons/deal-triggers.ts (JOBS_WORDS). */
import { JOBS_WORDS } from "../lexicons/deal-triggers.js";
import { buildJobsPattern } from "./jobs.common.js";

export const JOBS_KK = buildJobsPattern("jobs.kk", JOBS_WORDS.kk);
