/**
 * The named groups of the capacity figure pattern (`before`) and of what follows a unit (`after`), read by index
 * into two objects reused from unit to unit: the capacity stage (src/recognizers/capacity.ts) reads one text at a
 * time, and no groups object is made per match (see numberedGroups in src/regex.ts).
 */
import type { CapacityPatterns } from "../../patterns/capacity.common.js";
import { groupIndex } from "../regex.js";

/** Where each named group of `before` and `after` is in their matches (-1: the language's pattern has none). */
export interface GroupIndices {
  rate: number; qual: number; num: number; num2: number; approx: number; mid: number; mult: number;
  afterCommodity: number; afterGeneric: number; afterRate: number; afterQual: number;
}
const GROUP_INDICES = new WeakMap<CapacityPatterns, GroupIndices>();
export function groupIndices(p: CapacityPatterns): GroupIndices {
  let ix = GROUP_INDICES.get(p);
  if (!ix) {
    const b = (name: string) => groupIndex(p.before, name);
    const a = (name: string) => groupIndex(p.after, name);
    ix = {
      rate: b("rate"), qual: b("qual"), num: b("num"), num2: b("num2"), approx: b("approx"), mid: b("mid"), mult: b("mult"),
      afterCommodity: a("commodity"), afterGeneric: a("generic"), afterRate: a("rate"), afterQual: a("qual"),
    };
    GROUP_INDICES.set(p, ix);
  }
  return ix;
}

/** Group i of a match (undefined for -1, a group the pattern lacks). */
const at = (m: RegExpExecArray, i: number): string | undefined => (i < 0 ? undefined : m[i]);

/**
 * The groups of a `before` match, and of an `after` match (or none), each read into one object reused from unit to
 * unit (speed: a groups object per match was a sixth of what a list of capacities allocated).
 */
const FIGURE_GROUPS = {
  rate: undefined as string | undefined, qual: undefined as string | undefined, num: undefined as string | undefined,
  num2: undefined as string | undefined, approx: undefined as string | undefined, mid: undefined as string | undefined,
  mult: undefined as string | undefined,
};
const AFTER_GROUPS = {
  commodity: undefined as string | undefined, generic: undefined as string | undefined,
  rate: undefined as string | undefined, qual: undefined as string | undefined,
};
export type FigureGroups = typeof FIGURE_GROUPS;
export function readFigureGroups(ix: GroupIndices, m: RegExpExecArray): FigureGroups {
  const g = FIGURE_GROUPS;
  g.rate = at(m, ix.rate);
  g.qual = at(m, ix.qual);
  g.num = at(m, ix.num);
  g.num2 = at(m, ix.num2);
  g.approx = at(m, ix.approx);
  g.mid = at(m, ix.mid);
  g.mult = at(m, ix.mult);
  return g;
}
export function readAfterGroups(ix: GroupIndices, m: RegExpExecArray | null): typeof AFTER_GROUPS {
  const g = AFTER_GROUPS;
  g.commodity = m ? at(m, ix.afterCommodity) : undefined;
  g.generic = m ? at(m, ix.afterGeneric) : undefined;
  g.rate = m ? at(m, ix.afterRate) : undefined;
  g.qual = m ? at(m, ix.afterQual) : undefined;
  return g;
}

/** The groups `before` gives a plain number (see plainFigureEnd): the number alone. */
export function plainFigureGroups(num: string): FigureGroups {
  const g = FIGURE_GROUPS;
  g.rate = g.qual = g.num2 = g.approx = g.mid = g.mult = undefined;
  g.num = num;
  return g;
}
