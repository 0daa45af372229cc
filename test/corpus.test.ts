/**
 * Runs every example corpus in test/corpus/<dimension>.<lang>.jsonl (see its README):
 * for each case, the mentions of that dimension must be exactly the expected ones.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../src/index.js";
import type { LanguageCode, Mention } from "../src/index.js";

interface CorpusCase {
  text: string;
  expect: Record<string, unknown>[];
  ref?: string;
  note?: string;
  /** A form not read yet: the case states the wanted result and is skipped, with this reason. */
  pending?: string;
}

const DIR = join(process.cwd(), "test", "corpus");
const FILE = /^(money|capacity|date|organization)\.(kk|ru|en)\.jsonl$/;

function loadCases(file: string): { line: number; c: CorpusCase }[] {
  return readFileSync(join(DIR, file), "utf8")
    .split("\n")
    .map((raw, i) => ({ raw, line: i + 1 }))
    .filter(({ raw }) => raw.trim() !== "" && !raw.trim().startsWith("//"))
    .map(({ raw, line }) => {
      try {
        return { line, c: JSON.parse(raw) as CorpusCase };
      } catch (e) {
        throw new Error(`${file}:${line}: not valid JSON: ${(e as Error).message}`);
      }
    });
}

/** The mention without offsets, with only the fields the case names (null = must be absent). */
function project(m: Mention, expected: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(expected)) {
    const v = (m as unknown as Record<string, unknown>)[key];
    out[key] = v === undefined ? null : v;
  }
  return out;
}

const files = readdirSync(DIR).filter((f) => FILE.test(f)).sort();

describe.each(files)("%s", (file) => {
  const [, dimension, lang] = FILE.exec(file)!;
  const named = loadCases(file).map(({ line, c }) => [`${line}: ${c.text.slice(0, 70)}`, c] as const);
  const pending = named.filter(([, c]) => c.pending).map(([name, c]) => [`${name} (${c.pending})`] as const);
  if (pending.length) test.skip.each(pending)("pending: %s", () => undefined);
  test.each(named.filter(([, c]) => !c.pending))("%s", (_name, c) => {
    const result = extract(c.text, { language: lang as LanguageCode, referenceDate: c.ref ?? null });
    const found = result.mentions.filter((m) => m.type === dimension);
    for (const m of found) expect(c.text.slice(m.start, m.end)).toBe(m.text);
    const actual = found.map((m, i) => project(m, c.expect[i] ?? { text: null }));
    expect(actual).toEqual(c.expect.map((e) => Object.fromEntries(Object.entries(e).map(([k, v]) => [k, v]))));
  });
});
