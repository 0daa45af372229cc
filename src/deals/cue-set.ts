/**
 * The set of cue categories a sentence has (`SentenceInfo.has`): bits of two numbers, a Set only past 64
 * categories. Only `has` and `add`, with a Set's meaning.
 *
 * Speed: a Set per sentence is a hash table of ~180 bytes, and a document keeps its sentences' features until
 * its deals are read (every young-generation collection during assembly copies them); this is ~40 bytes.
 */
/** Each category's bit, given on first sight (the categories are a few dozen words of the lexicon). */
const BIT = new Map<string, number>();

function bitOf(category: string): number {
  let i = BIT.get(category);
  if (i === undefined) BIT.set(category, (i = BIT.size));
  return i;
}

export class CueSet<C extends string> {
  private low = 0;
  private high = 0;
  private more: Set<C> | null = null;

  has(category: C): boolean {
    const i = BIT.get(category);
    if (i === undefined) return false;
    if (i < 32) return (this.low & (1 << i)) !== 0;
    if (i < 64) return (this.high & (1 << (i - 32))) !== 0;
    return this.more !== null && this.more.has(category);
  }

  add(category: C): this {
    const i = bitOf(category);
    if (i < 32) this.low |= 1 << i;
    else if (i < 64) this.high |= 1 << (i - 32);
    else (this.more ??= new Set()).add(category);
    return this;
  }
}
