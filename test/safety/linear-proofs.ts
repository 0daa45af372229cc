/**
 * Patterns that recheck cannot prove safe but that are linear in practice, each with the
 * reason. test/patterns-safety.test.ts measures every one: matching its attack string at
 * sizes n and 4n over the whole input (global scan) must grow about linearly.
 * Keep this list empty whenever a pattern can be rewritten instead.
 */
export const LINEAR_PROOFS: Record<string, string> = {};
