#!/usr/bin/env node
/**
 * `npm test`'s first step: runs `npm run build` unless dist/ was built after the last change to
 * anything the build reads (src/, patterns/, lexicons/, scripts/, package.json, tsconfig*.json).
 * `npm ci` has just built through `prepare`, so CI's `npm test` does not build a second time (about
 * 25 s here); after an edit the build runs as before. dist/.build-stamp is written by postbuild.mjs.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const stamp = join(root, "dist", ".build-stamp");

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = s.mtimeMs; // a deleted file changes its folder's time
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

const inputs = ["src", "patterns", "lexicons", "scripts", "package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json"];
const sources = Math.max(...inputs.map((p) => newest(join(root, p))));
if (existsSync(stamp) && statSync(stamp).mtimeMs >= sources) {
  process.stdout.write("dist/ is up to date with the sources: build skipped\n");
} else {
  execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
}
