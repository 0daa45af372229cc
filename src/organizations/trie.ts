/**
 * A literal alternation compiled as a trie ("Sin(?:opec|oma)"), so that the regex engine
 * decides by the first characters instead of trying every literal at every position:
 * a gazetteer of thousands of forms costs about as much as one word pattern.
 * Branches of a trie differ in their first character, so the pattern cannot backtrack
 * into an ambiguous split.
 */

interface Node {
  children: Map<string, Node>;
  terminal: boolean;
}

const node = (): Node => ({ children: new Map(), terminal: false });

/**
 * One character of a literal; a space matches any run of horizontal white space. Case-insensitive:
 * a letter matches its lower and upper case ("[мМ]"), so the pattern needs no `i` flag (which
 * costs V8 a case fold at every position tried).
 */
function atom(ch: string, caseInsensitive: boolean): string {
  const cache = caseInsensitive ? ATOMS_FOLDED : ATOMS;
  let a = cache.get(ch);
  if (a === undefined) cache.set(ch, (a = readAtom(ch, caseInsensitive)));
  return a;
}
/**
 * Each character's atom, read once: a gazetteer's tries hold tens of thousands of characters, and
 * reading each anew (two case conversions and a regex replace) took most of the ~170 ms the tries
 * cost on a process's first text.
 */
const ATOMS = new Map<string, string>();
const ATOMS_FOLDED = new Map<string, string>();

function readAtom(ch: string, caseInsensitive: boolean): string {
  if (ch === " ") return String.raw`[ \t]+`;
  if (caseInsensitive) {
    const lower = ch.toLowerCase(), upper = ch.toUpperCase();
    if (lower !== upper && lower.length === 1 && upper.length === 1) return `[${lower}${upper}]`;
  }
  // "-" is left bare: "\-" is not a valid escape outside a class in unicode mode; "#" would start an x-mode comment.
  if (ch === "#") return String.raw`\x23`;
  return ch.replace(/[.*+?^${}()|[\]\\\/]/g, "\\$&");
}

function serialize(n: Node, caseInsensitive: boolean): string {
  const size = n.children.size;
  if (size === 0) return "";
  // one child (most nodes of a word list): no array, no sort
  if (size === 1 && !n.terminal) {
    for (const [ch, child] of n.children) return atom(ch, caseInsensitive) + serialize(child, caseInsensitive);
  }
  const keys = [...n.children.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let group = "(?:";
  for (let i = 0; i < keys.length; i++) {
    if (i > 0) group += "|";
    group += atom(keys[i]!, caseInsensitive) + serialize(n.children.get(keys[i]!)!, caseInsensitive);
  }
  group += ")";
  return n.terminal ? `${group}?` : group;
}

/**
 * A non-capturing pattern matching any of the literals (longest match first); with
 * `caseInsensitive`, in any mix of lower and upper case.
 */
export function trieAlternation(literals: Iterable<string>, caseInsensitive = false): string {
  const root = node();
  let any = false;
  for (const literal of literals) {
    if (literal.length === 0) continue;
    any = true;
    let cur = root;
    for (const ch of caseInsensitive ? literal.toLowerCase() : literal) {
      let next = cur.children.get(ch);
      if (!next) cur.children.set(ch, (next = node()));
      cur = next;
    }
    cur.terminal = true;
  }
  if (!any) return "(?!)";
  return `(?:${serialize(root, caseInsensitive)})`;
}

/**
 * A lookahead on the possible first characters of the literals, to put before a trie: the
 * regex engine rejects most positions with one class test instead of trying each branch.
 */
export function firstCharLookahead(literals: Iterable<string>, caseInsensitive = false): string {
  const chars = new Set<string>();
  for (const literal of literals) {
    const ch = [...literal][0];
    if (ch === undefined) continue;
    chars.add(ch);
    if (caseInsensitive) { chars.add(ch.toLowerCase()); chars.add(ch.toUpperCase()); }
  }
  const body = [...chars].sort().map((c) => (/[\]\\^\-\s#]/.test(c) ? `\\${c === " " ? "x20" : c}` : c)).join("");
  return body ? `(?=[${body}])` : "(?!)";
}
