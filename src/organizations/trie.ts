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
  const branches = [...n.children.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ch, child]) => atom(ch, caseInsensitive) + serialize(child, caseInsensitive));
  if (branches.length === 0) return "";
  if (branches.length === 1 && !n.terminal) return branches[0]!;
  const group = `(?:${branches.join("|")})`;
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
