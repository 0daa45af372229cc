/**
 * Jest's setup file (jest.config.js "setupFiles"), run before each test file in that file's module registry:
 * the library's patterns are compiled on their first use, with V8's regexp tier-up off, as in the command line
 * (src/cli.ts), instead of each being compiled for both of V8's string kinds as it is built (what a program that
 * imports the library gets, src/regex.ts compileNow). Every test file loads the library afresh, so it compiled
 * every pattern again: about half a second of CPU a file. The output is the same either way; only when V8
 * compiles a pattern differs. The up-front mode is still what the spawned programs of test/consumers.test.ts,
 * test/code-cache.test.ts and test/extract.test.ts load.
 */
import { setFlagsFromString } from "node:v8";
import { compilePatternsOnUse } from "../../src/compile-mode.js";

setFlagsFromString("--no-regexp-tier-up");
compilePatternsOnUse();
