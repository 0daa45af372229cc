/** A deterministic pseudo-random sequence in [0, 1) (a linear congruential generator): the same cases on every run. */
export function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}
