/**
 * A date rule's parts read before, by the values of the named groups of the match and of its prefix (the same groups
 * give the same parts, and parts are never changed after reading, so matches share them: see recognizers/date.ts
 * accept). Nested maps, one level per named group in a fixed order (whether there is a prefix, the prefix's groups,
 * the match's), each keyed by the group's value or ABSENT; the parts under LEAF.
 *
 * Speed: a key string made of the values (one concatenation per named group, five for "May 10, 2025", each a new
 * string) cost an allocation per group of every match; walking the maps allocates nothing when the values were seen
 * before. A list of English dates made three such keys per date.
 */
import type { DateParts } from "./types.js";
import { ownString } from "../own-string.js";

type Node = Map<unknown, unknown>;
const ABSENT = Symbol("absent");
const NO_PREFIX = Symbol("no prefix");
const WITH_PREFIX = Symbol("prefix");
const LEAF = Symbol("parts");

/** How many parts a rule keeps before it starts anew. */
const SIZE = 1024;

export class PartsCache {
  private root: Node = new Map();
  private size = 0;
  /** The node lookup() ended on: store() puts the parts read there. */
  private last: Node = this.root;

  /**
   * The parts read before for these groups (null: they read as none), or undefined when never read: then store()
   * keeps what they read. Group i + 1 + shift of a match is named names[i] (null: not a named group).
   */
  lookup(
    prefixNames: readonly (string | null)[], prefix: RegExpExecArray | null, prefixShift: number,
    names: readonly (string | null)[], match: RegExpExecArray,
  ): DateParts | null | undefined {
    if (this.size >= SIZE) {
      this.root = new Map();
      this.size = 0;
    }
    let node = step(this.root, prefix ? WITH_PREFIX : NO_PREFIX);
    if (prefix) node = walk(node, prefixNames, prefix, prefixShift);
    node = walk(node, names, match, 0);
    this.last = node;
    return node.get(LEAF) as DateParts | null | undefined;
  }

  store(parts: DateParts | null): void {
    this.last.set(LEAF, parts);
    this.size++;
  }
}

function walk(node: Node, names: readonly (string | null)[], match: RegExpExecArray, shift: number): Node {
  for (let i = 0; i < names.length; i++) {
    if (names[i] === null) continue;
    node = step(node, match[i + 1 + shift] ?? ABSENT);
  }
  return node;
}

/** The child of `node` for `key`, made when missing (a value keyed as a copy: see ownString). */
function step(node: Node, key: unknown): Node {
  let next = node.get(key) as Node | undefined;
  if (next === undefined) {
    next = new Map();
    node.set(typeof key === "string" ? ownString(key) : key, next);
  }
  return next;
}
