/** Jest runs the TypeScript sources as ESM, their types stripped by esbuild (scripts/jest-transform.cjs). */
export default {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  extensionsToTreatAsEsm: [".ts"],
  transform: {
    "^.+\\.ts$": "<rootDir>/scripts/jest-transform.cjs",
  },
  setupFiles: ["<rootDir>/test/helpers/compile-on-use.ts"],
  testTimeout: 60000,
  // Jest's default on a 2-core machine is one worker, i.e. every file in turn; many files mostly wait on the
  // processes they spawn (the command line, worker threads, Chromium), so two workers overlap that waiting:
  // a fresh clone's suite took 147 s in band and 94 s with two workers here. The timing checks
  // (test/cost.test.ts) compare sizes within one process and retry, so they hold under this load.
  maxWorkers: 2,
};
