/**
 * Scanning helpers for the organization stage. Scanned patterns have no look-behind in front
 * (V8 then skips impossible start positions by their first characters); the word-start test
 * runs here, on the few positions where a pattern matched.
 */

/**
 * The next match of a global pattern whose preceding character is not matched by `notBefore`.
 * A rejected match is retried one character later, so a match that starts inside a word cannot
 * hide one that starts at the next word.
 */
export function execAtWordStart(re: RegExp, text: string, notBefore: RegExp): RegExpExecArray | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index === 0 || !notBefore.test(text[m.index - 1]!)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}
