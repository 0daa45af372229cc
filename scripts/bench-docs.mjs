/**
 * The bench's news corpus, shared by scripts/bench.mjs and the scripts it spawns: the seeds and
 * the ../shared/dev texts (KazNERD sentences, NEREL articles), cycled to the size asked for.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const bytes = (s) => Buffer.byteLength(s, "utf8");

/** The seeds, then the dev texts under `shared` (when present), each with its language if known. */
export function loadDocuments(root, shared) {
  const docs = [];
  for (const f of readdirSync(join(root, "seeds")).filter((n) => n.endsWith(".txt")).sort()) {
    docs.push({ text: readFileSync(join(root, "seeds", f), "utf8"), lang: undefined });
  }
  for (const f of ["kaznerd-valid.jsonl", "nerel-dev.jsonl"]) {
    const p = join(shared, "dev", f);
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line);
      docs.push({ text: rec.text, lang: rec.lang, entities: rec.entities, id: rec.id, kind: f.startsWith("kaznerd") ? "sentence" : "article" });
    }
  }
  return docs;
}

/** `docs` cycled until they hold at least `minBytes` of UTF-8. */
export function corpusOf(docs, minBytes) {
  const out = [];
  let total = 0;
  for (let i = 0; total < minBytes; i = (i + 1) % docs.length) {
    out.push(docs[i]);
    total += bytes(docs[i].text);
  }
  return { docs: out, bytes: total };
}
