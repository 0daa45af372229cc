/**
 * Merging deals into projects, one document at a time.
 *
 * Each deal is compared with the deals in its candidate blocks (blocking.ts) and joins the project
 * it links to best (similarity.ts linkScore, summed over the project's deals), provided it
 * contradicts none of that project's deals and the project has no deal of its document yet:
 * a project never holds two deals of one document, and never two deals that contradict (no
 * chaining from A to C through B). When the deal links two projects that do not contradict each
 * other and share no document, they become one. A deal that links to nothing starts a project.
 *
 * Cost: one pass, each deal compared with the members of the projects found in its blocks, so
 * close to linear in the number of deals. Memory: the compact view of every deal (view.ts) and
 * the blocks; the texts, mentions and evidence of the input are never kept.
 */
import type { Deal } from "../types.js";
import { Blocks } from "./blocking.js";
import { buildRecord, compareRefs, projectId, type ProjectRecord } from "./records.js";
import { mayBePackage, Packages } from "./part-of.js";
import { contradicts, linkScore } from "./similarity.js";
import { memoryStore, type SourceStore } from "./store.js";
import { viewOf, type DealView, type SourceDeal } from "./view.js";
import { checkResult, MergeInputError } from "./input.js";
import { kindOf } from "../options.js";

/** One line of `kzdeals extract --jsonl`: an extraction result with its document id. */
export interface IdentifiedResult {
  id?: string | number | null;
  deals?: readonly (Deal | SourceDeal)[];
  error?: string;
}

interface Project {
  members: DealView[];
  /** Set when merged into another project. */
  mergedInto?: Project;
}

export class ProjectMerger {
  private readonly projects: Project[] = [];
  private readonly blocks = new Blocks();

  /** `store` keeps each deal's JSON until the records are built (default: in memory). */
  constructor(private readonly store: SourceStore = memoryStore) {}
  private documentCount = 0;
  private dealCount = 0;

  get documents(): number { return this.documentCount; }
  get deals(): number { return this.dealCount; }

  /** Adds the deals of one document. A missing id becomes "#n", n the document's position from 1. */
  add(result: IdentifiedResult): void {
    checkResult(result, () => (result.id === undefined || result.id === null ? `#${this.documentCount + 1}` : JSON.stringify(result.id)));
    this.documentCount++;
    const document = result.id === undefined || result.id === null ? `#${this.documentCount}` : String(result.id);
    (result.deals ?? []).forEach((deal, i) => {
      const view = viewOf(document, i, deal);
      view.stored = this.store.put(view.stored as string);
      this.addDeal(view);
    });
  }

  private addDeal(view: DealView): void {
    this.dealCount++;
    const scores = new Map<Project, number>();
    for (const other of this.blocks.candidates(view)) {
      const score = linkScore(view, other);
      if (score === 0) continue;
      const project = other.project as Project;
      scores.set(project, (scores.get(project) ?? 0) + score);
    }
    const ranked = [...scores.entries()]
      .filter(([p, score]) => score > 0 && this.fits(view, p))
      .sort((a, b) => b[1] - a[1]);
    let home: Project;
    if (ranked.length === 0) {
      home = { members: [] };
      this.projects.push(home);
    } else {
      home = ranked[0]![0];
      for (const [other] of ranked.slice(1)) if (this.compatible(home, other)) this.absorb(home, other);
    }
    home.members.push(view);
    view.project = home;
    this.blocks.add(view);
  }

  /** The deal may join the project: no deal of its document there, and no contradiction. */
  private fits(view: DealView, project: Project): boolean {
    return !project.members.some((m) => contradicts(view, m));
  }

  private compatible(a: Project, b: Project): boolean {
    if (a === b) return false;
    return !a.members.some((m) => b.members.some((n) => contradicts(m, n)));
  }

  private absorb(into: Project, from: Project): void {
    for (const m of from.members) {
      into.members.push(m);
      m.project = into;
    }
    from.members = [];
    from.mergedInto = into;
  }

  /**
   * The project records, in the order their first deal came in, with `partOf` set where a package
   * holds them (part-of.ts). Ids are made unique (a repeated document id gets "-2", "-3"...).
   * Records are built one at a time; only package records are built ahead, to link their items.
   */
  *records(): Generator<ProjectRecord> {
    const live = this.projects.filter((p) => !p.mergedInto && p.members.length > 0);
    const ids = new Map<Project, string>();
    const used = new Set<string>();
    for (const project of live) {
      let first = project.members[0]!;
      for (const m of project.members) if (compareRefs(m, first) < 0) first = m;
      let id = projectId(first);
      for (let n = 2; used.has(id); n++) id = `${projectId(first)}-${n}`;
      used.add(id);
      ids.set(project, id);
    }
    const build = (project: Project): ProjectRecord => ({
      id: ids.get(project)!,
      ...buildRecord(project.members.map((m) => ({ document: m.document, deal: m.deal, source: JSON.parse(this.store.get(m.stored)) as SourceDeal }))),
    });
    const packages = new Packages();
    for (const project of live) if (mayBePackage(project.members.map((m) => m.sector))) packages.offer(build(project));
    for (const project of live) {
      const record = build(project);
      const partOf = packages.packageOf(record);
      yield partOf === undefined ? record : { ...record, partOf };
    }
  }
}

/**
 * The projects of a corpus: `results` are extraction results each with its document `id` (as
 * `kzdeals extract --jsonl` prints them). Every deal is in exactly one project's `sources`.
 */
export function mergeDeals(results: Iterable<IdentifiedResult>): ProjectRecord[] {
  if (typeof results === "string" || typeof (results as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] !== "function") {
    throw new TypeError(`kzdeals.mergeDeals: results must be an iterable of extraction results ({ id, deals, … }), got ${kindOf(results)}`);
  }
  const merger = new ProjectMerger();
  for (const result of results) {
    try {
      merger.add(result);
    } catch (e) {
      if (e instanceof MergeInputError) throw new MergeInputError(e.message.replace("kzdeals.ProjectMerger.add:", "kzdeals.mergeDeals:"));
      throw e;
    }
  }
  return [...merger.records()];
}
