#!/usr/bin/env node
/**
 * The adversarial part of `npm run bench`, in a process of its own: whole extract() on texts made of
 * one shape repeated (the issue's goal: every input costs at most twice what news costs per MB), each
 * cut to about --adversarial-kb, against the bench's news corpus, in interleaved rounds (wall time,
 * best and median). The cost ratio is the pump's median seconds per MB over news's.
 *
 * Why a process of its own: in the bench's process, which holds its corpus and every stage's
 * intermediate results (~180 MB), a 200 KB call paid a fixed ~20 ms (the garbage collector's work on
 * that heap), so a text of spaces measured 0.8× news where a fresh process measures 0.07×, and every
 * small input looked several times costlier than it is. Here the heap holds only the corpus.
 *
 *   node scripts/bench-adversarial.mjs [--mb 2] [--rounds 3] [--adversarial-kb 200] [--shared ../shared] [--only REGEX]
 * prints { news: {MBps, medianMBps}, pumps: { name: { MB, bestMBps, medianMBps, costRatioToNews } } } as JSON.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../dist/src/index.js";
import { bytes, corpusOf, loadDocuments } from "./bench-docs.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const option = (flag, fallback) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) || fallback : fallback);
const shared = args.includes("--shared") ? args[args.indexOf("--shared") + 1] : join(root, "..", "shared");
const rounds = Math.max(1, option("--rounds", 3));
const size = option("--adversarial-kb", 200) * 1000;
// the ratios are against news: with the seeds alone (no dev texts) they are against another corpus
if (!existsSync(join(shared, "dev", "kaznerd-valid.jsonl"))) {
  process.stderr.write(`bench-adversarial: ${join(shared, "dev")} not found: news is the seeds only, and the ratios are not comparable (pass --shared DIR)\n`);
}
const { docs, bytes: newsBytes } = corpusOf(loadDocuments(root, shared), option("--mb", 2) * 1e6);

const pump = (unit) => unit.repeat(Math.max(1, Math.round(size / bytes(unit))));
/** Pieces piece(0), piece(1), … up to the size. */
const upTo = (piece) => { const out = []; let n = 0; for (let i = 0; n < size; i++) { const p = piece(i); out.push(p); n += bytes(p); } return out.join(""); };
const LATIN_WORDS = ["Power", "Energy", "Tech", "Mining", "Steel", "Solar", "Wind", "Chemical", "Cement", "Glass", "Auto", "Grain", "Water", "Gas", "Oil", "Rail"];
const CYRILLIC_WORDS = ["Альфа", "Бета", "Гамма", "Дельта", "Каспий", "Сункар", "Жетісу", "Алтай", "Арман", "Береке", "Болашақ", "Тау", "Дала", "Кемел", "Нұр", "Өркен"];
/** The i-th name of two words from `words` (and a number past 256): a new name for each i. */
const named = (words, i) => `${words[i % 16]} ${words[(i >> 4) % 16]}${i >= 256 ? ` ${i >> 8}` : ""}`;
// sentences made up for the bench
const DEAL_SENTENCES = [
  "ТОО «Альфа Энерджи» и China Power International подписали соглашение о строительстве ветровой электростанции мощностью 100 МВт стоимостью 50 млрд тенге в Туркестанской области в 2025 году. ",
  "Компания «Бета Майнинг» инвестирует $120 млн в завод по переработке 2 млн тонн руды в год в Павлодарской области, будет создано 300 рабочих мест. ",
  "Акимат и АО «Гамма Агро» заключили меморандум о запуске тепличного комплекса на 10 гектаров за 4,5 млрд тенге до конца 2026 года. ",
];
const ONLY = args.includes("--only") ? new RegExp(args[args.indexOf("--only") + 1]) : null;
const PUMPS = {
  "year ranges": { text: pump("2025-"), lang: "ru" },
  "deal-dense text": { text: pump(DEAL_SENTENCES.join("")), lang: "ru" },
  "organization list": { text: pump("ТОО «Альфа», АО «Бета Групп», China Power International Holding, ТОО «Гамма Сервис», "), lang: "ru" },
  "number words": { text: pump("жүз елу мың бір миллион "), lang: "kk" },
  "digit groups": { text: pump("1 000 "), lang: "kk" },
  "long digit run": { text: "7".repeat(size), lang: "kk" },
  "spaces": { text: " ".repeat(size), lang: "kk" },
  "unclosed quotes": { text: pump("ТОО «Альфа "), lang: "kk" },
  "capitalized Latin": { text: pump("China Power International Holding "), lang: "en" },
  // English ones (the cost test's shapes): every sentence a deal, every few words a company
  "deal-dense text, English": {
    text: pump("Power Wind Co., Ltd. and JSC Alpha Beta signed an agreement to build a 150 MW wind farm in Zhambyl Region worth $1.5 billion. " +
      "Solar Grain LLP will invest $120 million in a plant processing 2 million tonnes of ore a year in Pavlodar Region, creating 300 jobs. "),
    lang: "en",
  },
  "organization list, English": { text: pump("China Power Tech Co., Ltd., China Solar Grain Co., Ltd., Sino Steel Gas Group Co., Ltd., "), lang: "en" },
  // the same shapes with a new company in every sentence or item (no name, key or figure read twice)
  "deal-dense text, English, new names": {
    text: upTo((i) => `${named(LATIN_WORDS, i)} Co., Ltd. and JSC ${named(CYRILLIC_WORDS, i)} signed an agreement to build a ${100 + (i % 900)} MW wind farm in Zhambyl Region worth $${1 + (i % 9)}.${i % 10} billion. `),
    lang: "en",
  },
  "organization list, English, new names": { text: upTo((i) => `China ${named(LATIN_WORDS, i)} Co., Ltd., `), lang: "en" },
  // lists of figures (a table flattened into text): a mention every 8-25 bytes, each read whole
  "money list": { text: upTo((i) => `${1 + (i % 900)} млн тенге, `), lang: "ru" },
  "money list, Kazakh": { text: upTo((i) => `${1 + (i % 900)} млн теңге, `), lang: "kk" },
  "money list, English": { text: upTo((i) => `$${1 + (i % 900)} million, `), lang: "en" },
  "date list": { text: upTo((i) => `${1 + (i % 28)} мая ${2000 + (i % 30)} года, `), lang: "ru" },
  "date list, English": { text: upTo((i) => `May ${1 + (i % 28)}, ${2000 + (i % 30)}, `), lang: "en" },
  "capacity list, Kazakh": { text: upTo((i) => `${1 + (i % 900)} мың тонна, `), lang: "kk" },
  "capacity list, English": { text: upTo((i) => `${1 + (i % 900)} MW, `), lang: "en" },
  // currency signs glued together: every character a currency hit, none with a figure
  "currency signs": { text: pump("$"), lang: "ru" },
  "currency signs, language detected": { text: pump("₸$€"), lang: "auto" },
  "currency signs between letters": { text: pump("ж₸"), lang: "ru" },
  // a unit at every other character, no figure before any ("т" is "тонна")
  "unit abbreviations": { text: pump("т,"), lang: "ru" },
  // a metre sign at every other character: each "m" is also "million" to the figure's run words (read only glued, "30m")
  "metre signs": { text: pump("M "), lang: "en" },
  // a legal form at every third character, glued to a parenthesis, no name beside any
  "legal forms and parentheses": { text: pump("АО("), lang: "ru" },
  // a head word glued to a sign at every fifth character, no space ("₸Банк₸Банк…"), and a parenthesis that never closes
  // before every legal form: the words before each were tokenized over the whole window
  "head words between signs": { text: pump("₸Банк"), lang: "ru" },
  "parentheses that never close": { text: pump("(А АО "), lang: "ru" },
  // legal forms joined by hyphens into one long word ("ЖШС-ЖШС-…")
  "legal forms joined by hyphens": { text: pump("ЖШС-"), lang: "kk" },
};

const news = () => { for (const d of docs) extract(d.text, { language: d.lang }); };
const runs = [{ name: null, bytes: newsBytes, fn: news, seconds: [] }];
for (const [name, { text, lang }] of Object.entries(PUMPS)) if (!ONLY || ONLY.test(name)) runs.push({ name, bytes: bytes(text), fn: () => extract(text, { language: lang }), seconds: [] });
// one untimed run of each (news and pumps alike), then the rounds, each starting at another figure
for (const r of runs) r.fn();
for (let round = 0; round < rounds; round++) {
  const offset = round % runs.length;
  for (const r of [...runs.slice(offset), ...runs.slice(0, offset)]) {
    const t0 = process.hrtime.bigint();
    r.fn();
    r.seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const h = s.length >> 1; return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2; };
const newsPerMB = median(runs[0].seconds) / (newsBytes / 1e6);
const out = { news: { MBps: newsBytes / 1e6 / Math.min(...runs[0].seconds), medianMBps: newsBytes / 1e6 / median(runs[0].seconds) }, pumps: {} };
for (const r of runs.slice(1)) {
  const MB = r.bytes / 1e6;
  out.pumps[r.name] = { MB, bestMBps: MB / Math.min(...r.seconds), medianMBps: MB / median(r.seconds), costRatioToNews: median(r.seconds) / MB / newsPerMB };
}
process.stdout.write(JSON.stringify(out) + "\n");
