/**
 * Start-up: importing the library builds no stage's patterns (each stage and language builds its
 * own on first use), and buildAllPatterns() (src/build-patterns.ts) builds every pattern the
 * pipeline builds, which the safety test and the precompile step rely on.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const DIST = join(process.cwd(), "dist", "src");

/** Runs a module script in a fresh process and returns its JSON output. */
function run(script: string): unknown {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const IMPORTS = `
  const { extract, registeredPatterns } = await import(${JSON.stringify(join(DIST, "index.js"))});
  const { builtPatterns } = await import(${JSON.stringify(join(DIST, "regex.js"))});
  const { buildAllPatterns } = await import(${JSON.stringify(join(DIST, "build-patterns.js"))});
  const names = () => [...registeredPatterns().keys()].sort();
`;

test("importing builds no stage's patterns", () => {
  const out = run(`${IMPORTS} console.log(JSON.stringify({ names: names(), built: builtPatterns().size }));`) as { names: string[]; built: number };
  expect(out.built).toBe(0); // no XRegExp-built (date) pattern
  const stagePrefixes = ["money.en.", "money.kk.", "money.ru.", "capacity.unit", "capacity.en.", "capacity.kk.", "capacity.ru.",
    "deal.en.", "deal.kk.", "deal.ru.", "jobs.", "region.en", "region.kk", "region.ru", "date.en.", "date.kk.", "date.ru.",
    "organization.gazetteer", "organization.trigger-scan", "organization.kk.head", "organization.ru.head", "organization.en.head-of"];
  expect(out.names.filter((n) => stagePrefixes.some((p) => n.startsWith(p)))).toEqual([]);
});

test("buildAllPatterns builds every pattern that texts in each language build", () => {
  const texts = [
    "2025 жылы «Альфа» ЖШС Түркістан облысында 200 МВт күн электр станциясын салады, құны 150 млрд теңге, 300 жұмыс орны.",
    "В 2025 году ТОО «Бета» построит в Актюбинской области ветровую электростанцию мощностью 100 МВт за $120 млн.",
    "China Power International Holding will build a 1 GW solar plant in the Turkistan Region for $500 million by May 2026.",
    "Акимат Алматы и Ministry of Energy подписали меморандум: 5 млрд тенге, 2 млн тонн в год.",
  ];
  const out = run(`${IMPORTS}
    buildAllPatterns();
    const all = names();
    for (const text of ${JSON.stringify(texts)}) extract(text);
    console.log(JSON.stringify({ all, after: names() }));
  `) as { all: string[]; after: string[] };
  expect(out.after.filter((n) => !out.all.includes(n))).toEqual([]);
  expect(out.all.length).toBeGreaterThan(300);
});

test("importing the bundle loads no built-in that only some calls need (node:crypto, node:worker_threads)", () => {
  // node:crypto (the HTML page's hashes, project ids) cost ~15 ms of every import when it was loaded up front,
  // node:worker_threads (the pool, for more than one worker) 5-6 ms with the streams it loads
  const bundle = JSON.stringify(join(DIST, "index.bundle.js"));
  const out = run(`
    const before = new Set(process.moduleLoadList);
    const kz = await import(${bundle});
    const loaded = process.moduleLoadList.filter((m) => !before.has(m));
    kz.extract("В 2025 году ТОО «Бета» вложит $120 млн.");
    const afterExtract = process.moduleLoadList.filter((m) => !before.has(m));
    console.log(JSON.stringify({ loaded, afterExtract }));
  `) as { loaded: string[]; afterExtract: string[] };
  expect(out.loaded.filter((m) => /\bcrypto\b|\bworker_threads\b/.test(m))).toEqual([]);
  expect(out.afterExtract.filter((m) => /\bcrypto\b|\bworker_threads\b/.test(m))).toEqual([]);
});
