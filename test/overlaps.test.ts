/**
 * Overlap resolution (src/overlaps.ts) resolves runs of overlapping spans one at a time; it must keep
 * exactly what one greedy pass over the whole list keeps (every candidate in rank order, kept unless it
 * conflicts with one kept before), the definition written out below as the reference.
 */
import { resolveOverlaps, resolveSpans, resolveStages, type Candidate, type StageMentions } from "../src/overlaps.js";
import type { Mention, MentionType } from "../src/types.js";
import { random } from "./helpers/random.js";

const NUMERIC = new Set<MentionType>(["money", "capacity", "date"]);

/** The definition: rank (longer, higher priority, earlier; stable), keep greedily, sort kept by start (stable, later kept first). */
function reference(candidates: readonly Candidate[]): Mention[] {
  const ranked = [...candidates].sort((a, b) =>
    b.mention.end - b.mention.start - (a.mention.end - a.mention.start) || b.priority - a.priority || a.mention.start - b.mention.start);
  const kept: Mention[] = [];
  for (const { mention: m } of ranked) {
    const conflict = kept.some((k) => k.start < m.end && m.start < k.end &&
      (k.type === m.type || NUMERIC.has(k.type) && NUMERIC.has(m.type)));
    if (conflict) continue;
    let i = 0;
    while (i < kept.length && kept[i]!.start < m.start) i++;
    kept.splice(i, 0, m);
  }
  return kept;
}

const TYPES: MentionType[] = ["organization", "money", "capacity", "date"];

function candidates(next: () => number, n: number, spread: number, empty: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    const start = Math.floor(next() * spread);
    const length = Math.floor(next() * 12) + (empty ? 0 : 1);
    const mention = { type: TYPES[Math.floor(next() * TYPES.length)]!, start, end: start + length, text: String(i) } as Mention;
    out.push({ mention, priority: Math.floor(next() * 3) });
  }
  return out;
}

test.each([
  ["sparse spans", 40, 400, false],
  ["dense spans (long runs)", 60, 80, false],
  ["a long list", 2000, 6000, false],
  ["spans of no length among them", 60, 120, true],
] as const)("resolveOverlaps keeps what the greedy pass over the whole list keeps: %s", (_name, n, spread, empty) => {
  const next = random(n * 7 + spread);
  for (let round = 0; round < 50; round++) {
    const list = candidates(next, n, spread, empty);
    const expected = reference(list).map((m) => m.text);
    expect(resolveOverlaps(list).map((m) => m.text)).toEqual(expected);
    // the same list sorted by start (the path that skips the sort)
    const sorted = [...list].sort((a, b) => a.mention.start - b.mention.start);
    expect(resolveOverlaps(sorted).map((m) => m.text)).toEqual(reference(sorted).map((m) => m.text));
    // a few lists sorted by start one after the other (the path that merges them), and more than it merges
    for (const lists of [2, 3, 8, 12]) {
      const parts: Candidate[] = [];
      for (let k = 0; k < lists; k++) {
        const part = list.filter((_, i) => i % lists === k).sort((a, b) => a.mention.start - b.mention.start);
        parts.push(...part);
      }
      expect(resolveOverlaps(parts).map((m) => m.text)).toEqual(reference(parts).map((m) => m.text));
    }
  }
});

test("resolveSpans keeps what resolveOverlaps keeps of the spans as candidates of one priority", () => {
  const next = random(11);
  for (let round = 0; round < 50; round++) {
    const spans = candidates(next, 80, 200, false).map((c) => ({ ...c.mention, type: "organization" }) as Mention);
    const expected = reference(spans.map((mention) => ({ mention, priority: 0 }))).map((m) => m.text);
    expect(resolveSpans(spans).map((m) => m.text)).toEqual(expected);
  }
});

test("resolveStages keeps what the greedy pass keeps of the stages' mentions from `from` on, in stage order", () => {
  const next = random(23);
  for (let round = 0; round < 50; round++) {
    // stages of one priority each, each sorted by start (as the recognizers give them), some empty
    const stages: StageMentions[] = [0, 1, 2, 3].map((st) => {
      const list = round % 5 === st ? [] : candidates(next, 30, 300, false).map((c) => c.mention).sort((a, b) => a.start - b.start);
      return { mentions: list, priority: st % 3 };
    });
    const from = round % 3 === 0 ? 0 : Math.floor(next() * 60);
    const flat = stages.flatMap(({ mentions, priority }) => mentions.filter((m) => m.start >= from).map((mention) => ({ mention, priority })));
    expect(resolveStages(stages, from).map((m) => m.text)).toEqual(reference(flat).map((m) => m.text));
  }
});

test("resolveStages returns a stage's own list when it alone has mentions and keeps them all, else a list of its own", () => {
  const mention = (text: string, start: number, end: number) => ({ type: "capacity", start, end, text }) as Mention;
  const alone = [mention("a", 0, 3), mention("b", 5, 8)];
  expect(resolveStages([{ mentions: [], priority: 0 }, { mentions: alone, priority: 0 }], 0)).toBe(alone);
  // one dropped (an overlap), one left out (before `from`), or another stage's: a new list
  const overlapping = [mention("a", 0, 3), mention("b", 2, 8)];
  expect(resolveStages([{ mentions: overlapping, priority: 0 }], 0).map((m) => m.text)).toEqual(["b"]);
  expect(resolveStages([{ mentions: alone, priority: 0 }], 1).map((m) => m.text)).toEqual(["b"]);
  const other = [mention("c", 10, 12)];
  const both = resolveStages([{ mentions: alone, priority: 0 }, { mentions: other, priority: 0 }], 0);
  expect(both.map((m) => m.text)).toEqual(["a", "b", "c"]);
  expect(both).not.toBe(alone);
});

test("a span that equals another keeps the first of them, and nested spans keep the longest", () => {
  const m = (text: string, start: number, end: number): Candidate => ({ mention: { type: "organization", start, end, text } as Mention, priority: 0 });
  expect(resolveOverlaps([m("a", 0, 5), m("b", 0, 5), m("c", 1, 3), m("d", 6, 9), m("e", 4, 8)]).map((x) => x.text)).toEqual(["a", "d"]);
});
