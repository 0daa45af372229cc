/**
 * When registered patterns are compiled to machine code: when they are built, for both of V8's string kinds
 * (src/regex.ts, compileNow; what a program that imports the library gets), or on their first use for each kind,
 * as V8 does by itself once its regexp tier-up is off. The command line turns tier-up off for its process (see
 * src/cli/v8-tuning.ts) and then compiles on use: compiling both kinds up front only added the kind a short run never reads
 * (one seed article through `kzdeals extract FILE`: 980-1,020 -> 750-760 ms of CPU, median of 5, alternating).
 * Its worker threads are told so by their pool (src/batch/pool.ts); a worker pool in a program that imports the
 * library keeps compiling up front, as that program's V8 tiers up.
 */
let onUse = false;

/** Patterns registered from now on are compiled on their first use (call only with V8's regexp tier-up off). */
export function compilePatternsOnUse(): void {
  onUse = true;
}

export function patternsCompileOnUse(): boolean {
  return onUse;
}
