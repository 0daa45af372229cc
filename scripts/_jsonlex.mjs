// experiment: rewrite JSON-safe exports of dist/lexicons/*.js as JSON.parse
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
const dir = process.argv[2];
let n = 0, skipped = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith(".js"))) {
  const src = readFileSync(dir + f, "utf8");
  if (/^import /m.test(src)) { skipped.push(f + " (imports)"); continue; }
  const mod = await import(dir + f);
  const out = [];
  let ok = true;
  for (const [k, v] of Object.entries(mod)) {
    let s;
    try { s = JSON.stringify(v); } catch { ok = false; break; }
    if (s === undefined || !isDeepStrictEqual(JSON.parse(s), v)) { ok = false; skipped.push(f + ":" + k); break; }
    out.push(`export const ${k} = JSON.parse(${JSON.stringify(s)});`);
  }
  if (!ok) continue;
  writeFileSync(dir + f, out.join("\n") + "\n"); n++;
}
console.log("rewrote", n, "skipped", skipped);
