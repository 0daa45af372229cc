/**
 * Jest's setup file (jest.config.js "setupFiles"), run before each test file in that file's module registry.
 * `npm test` starts Jest with V8's regexp tier-up off (package.json), as the command line runs (src/cli/v8-tuning.ts), and
 * then the library's patterns are compiled on their first use instead of each being compiled for both of V8's
 * string kinds as it is built (what a program that imports the library gets, src/regex.ts compileNow). Every test
 * file loads the library afresh, so it compiled every pattern again: about half a second of CPU a file (the whole
 * suite here: Jest 124 -> 109 s, user CPU 186 -> 168 s). The output is the same either way; only when V8 compiles
 * a pattern differs. The up-front mode is what the programs spawned by test/consumers.test.ts,
 * test/code-cache.test.ts and test/extract.test.ts load.
 *
 * The flag is read, never set here: turning tier-up off in a process that has already run patterns crashed Jest
 * (a segmentation fault when it ran one test file in its own process).
 */
import { compilePatternsOnUse } from "../../src/compile-mode.js";

if (process.execArgv.includes("--no-regexp-tier-up")) compilePatternsOnUse();
