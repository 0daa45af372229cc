/**
 * Tokens of a small window around a trigger (a word, a quoted or parenthesized group, or one other
 * character), read from the left (`LazyTokens`) or the right (`TokensBefore`) only as far as a
 * source looks.
 */
import { TOKEN, TOKEN_GROUP_LENGTH } from "../../patterns/organization.js";
import { isLetterCode, isQuoteStart, isWordStart, lower } from "./chars.js";
import { isSpaceCode } from "./scan.js";

export interface Token {
  text: string; start: number; end: number;
  /** The text in lower case, once read (`lowerOf`); every token is made with it (one object shape). */
  lower: string | undefined;
}

/**
 * A token's text in lower case, computed on the first call. Speed: the Russian head source reads
 * most words' lower case two or three times (a stop word, an ending, a tail word); with its early
 * return for loose heads, that source over the Russian dev texts took 0.67 -> 0.58 ms per pass (min
 * of 40 interleaved rounds).
 */
export const lowerOf = (t: Token): string => t.lower ??= lower(t.text);

/** Whether a UTF-16 unit other than a letter or digit continues a word token: "'", "’" or "-" (a dot only before a letter). */
export const continuesWord = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d;

/**
 * Whether a UTF-16 unit may stand in a word token: a letter or digit, a character that continues a word
 * (continuesWord), a dot (before a letter), or half of a surrogate pair (TOKEN reads those words; told by the regex).
 */
export const mayBeInWord = (c: number): boolean => isLetterCode(c) || continuesWord(c) || c === 0x2e || (c >= 0xd800 && c <= 0xdfff);

/** Start and (full) end of the token found by the last `nextToken` call. */
let tokenStart = 0, tokenEnd = 0;

/**
 * The next match of TOKEN from `pos` (as `TOKEN.exec` with lastIndex `pos` finds it), into
 * tokenStart/tokenEnd; false when there is none. A plain word (letters and digits of the Basic
 * Multilingual Plane, inner ' ’ - and a "." before a letter) is read here; a quote, a parenthesis
 * or a surrogate leaves the token to the regex.
 */
function nextToken(text: string, pos: number, to: number): boolean {
  // Every caller reads the tokens that start before `to`, each cut at `to`: nothing past that is read but what decides
  // such a token (a dot's next character, a group's closing one). Speed: a word as long as the text ("ОАО’Co.ОАО’Co.…")
  // was read to its end at every call, a time that grew with the square of the text (80 KB: 1.1 s).
  const n = text.length;
  while (pos < to && isSpaceCode(text.charCodeAt(pos))) pos++;
  if (pos >= to || pos >= n) return false;
  const limit = Math.min(n, to + 1);
  const c = text.charCodeAt(pos);
  if (c < 0xd800 || c > 0xdfff) {
    if (isLetterCode(c)) {
      let e = pos + 1;
      for (; e < limit; e++) {
        const d = text.charCodeAt(e);
        if (d >= 0xd800 && d <= 0xdfff) return tokenByRegex(text, pos, to);
        if (isLetterCode(d) || continuesWord(d)) continue;
        if (d === 0x2e && e + 1 < n) {
          const f = text.charCodeAt(e + 1);
          if (f >= 0xd800 && f <= 0xdfff) return tokenByRegex(text, pos, to);
          if (isLetterCode(f)) continue;
        }
        break;
      }
      tokenStart = pos; tokenEnd = e;
      return true;
    }
    // any other character but an opening quote or parenthesis is a token of its own
    if (c !== 0xab && c !== 0x22 && c !== 0x28) { tokenStart = pos; tokenEnd = pos + 1; return true; }
  }
  return tokenByRegex(text, pos, to);
}

/**
 * How far past an opening quote or parenthesis TOKEN may read its group, in code units: its longest, «…» and "…", hold
 * 60 characters, which the `u` flag counts in code points (two code units each past the Basic Multilingual Plane).
 */
const GROUP_REACH = 2 * TOKEN_GROUP_LENGTH + 2;

/** TOKEN's match at `pos` (which is before `to`), read in the text up to where a group that opens before `to` can close. */
function tokenByRegex(text: string, pos: number, to: number): boolean {
  const bound = to + GROUP_REACH;
  TOKEN.lastIndex = pos;
  const m = TOKEN.exec(bound < text.length ? text.slice(0, bound) : text);
  if (!m) return false;
  tokenStart = m.index; tokenEnd = m.index + m[0].length;
  return true;
}

export function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let pos = from; nextToken(text, pos, to) && tokenStart < to; pos = tokenEnd) {
    const end = Math.min(tokenEnd, to);
    out.push({ text: text.slice(tokenStart, end), start: tokenStart, end, lower: undefined });
  }
  return out;
}

/**
 * The word tokens of `tokens(text, from, to)` (`filter(isWord)`), without an object for the others.
 * Speed: the Latin sources and refiners read words only (the English organization list of the
 * adversarial bench has a comma or a period after every third word: "Co., Ltd.,"). With the other
 * steps of the same change (see heads.en.ts, latin-legal.ts, shapes.en.ts, refine.ts), the stage's
 * sources over that list, per 200 KB: latin-legal 18.0 -> 12.0 ms, heads.en 18.5 -> 10.7 ms (median
 * of 5 alternating processes of 9 rounds each, on a loaded machine).
 */
export function wordTokens(text: string, from: number, to: number): Token[] {
  // the tokens go to a scratch list, then to a list of their exact number (a first push makes room for 17: the
  // Latin sources tokenize a run of a few words each, 13,000 runs per 200 KB of the English organization list)
  // (written by index and emptied by undefined: setting its length to 0 would give up its room)
  const scratch = SCRATCH;
  let n = 0;
  for (let pos = from; nextToken(text, pos, to) && tokenStart < to; pos = tokenEnd) {
    const end = Math.min(tokenEnd, to);
    const word = text.slice(tokenStart, end);
    if (isWordStart(word)) {
      const token: Token = { text: word, start: tokenStart, end, lower: undefined };
      if (n < scratch.length) scratch[n] = token; else scratch.push(token);
      n++;
    }
  }
  const out = scratch.slice(0, n);
  // (no token kept: a token's text may be a slice of its whole document)
  for (let k = 0; k < n; k++) scratch[k] = undefined;
  return out as Token[];
}

/** wordTokens' scratch list (not re-entrant: nothing in the loop calls wordTokens). */
const SCRATCH: (Token | undefined)[] = [];

/**
 * The texts of `wordTokens(text, from, to)`, and whether `test` holds for one of them: without a token
 * object for each (for the refiners, which read the words' texts only). Speed: token objects were 30%
 * of what extract() allocated on the English organization list of the adversarial bench; these two
 * callers made half of them: allocation sampled over 11 calls 440 -> 401 MB; the organization
 * recognizer there 27.0 -> 25.4 ms per 200 KB (best of 25 rounds, median of 6 alternating processes;
 * the medians moved less than the noise of a loaded machine).
 */
export function wordTexts(text: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let pos = from; nextToken(text, pos, to) && tokenStart < to; pos = tokenEnd) {
    const word = text.slice(tokenStart, Math.min(tokenEnd, to));
    if (isWordStart(word)) out.push(word);
  }
  return out;
}

export function someWord(text: string, from: number, to: number, test: (word: string) => boolean): boolean {
  for (let pos = from; nextToken(text, pos, to) && tokenStart < to; pos = tokenEnd) {
    const word = text.slice(tokenStart, Math.min(tokenEnd, to));
    if (isWordStart(word) && test(word)) return true;
  }
  return false;
}

/**
 * Whether a word token of `tokens(text, from, to)` may be one of `words` (words of letters only): false
 * only when none is. A token of letters only is a maximal run of letters and digits in the window (a
 * plain word token ends before any other character and starts after one), so the runs are looked up
 * and no token is made. Speed: the English heads tokenize only the runs where a head word may be (on
 * the English deal-dense text of the adversarial bench 3 of 11 Latin runs; "150 MW", "Ltd", "1.5" are
 * not): the source there 3.9 -> 2.8 ms per 200 KB, on the English organization list 13.9 -> 9.1 ms
 * (median of 5 alternating processes of 9 rounds each), and the deal text's extract() allocates 6%
 * less (426 -> 400 MB sampled over 11 calls).
 */
export function mayHaveWord(text: string, from: number, to: number, words: ReadonlySet<string>): boolean {
  let lengths = WORD_LENGTHS.get(words);
  if (lengths === undefined) WORD_LENGTHS.set(words, (lengths = lengthsOf(words)));
  const [shortest, longest] = lengths;
  for (let i = from; i < to;) {
    if (!isLetterCode(text.charCodeAt(i))) { i++; continue; }
    let e = i + 1;
    while (e < to && isLetterCode(text.charCodeAt(e))) e++;
    // a run of another length is none of the words, without a string for it
    if (e - i >= shortest && e - i <= longest && words.has(text.slice(i, e))) return true;
    i = e;
  }
  return false;
}

/** The shortest and the longest length of a set's words, per set. */
const WORD_LENGTHS = new WeakMap<ReadonlySet<string>, readonly [number, number]>();

function lengthsOf(words: ReadonlySet<string>): readonly [number, number] {
  let shortest = Infinity, longest = 0;
  for (const w of words) { shortest = Math.min(shortest, w.length); longest = Math.max(longest, w.length); }
  return [shortest, longest];
}

/** The tokens of `tokens(text, from, to)`, read on demand from the left (a phrase after a head usually ends early). */
export class LazyTokens {
  private readonly list: Token[] = [];
  private pos: number;
  private done = false;
  constructor(private readonly text: string, from: number, private readonly to: number) { this.pos = from; }
  at(i: number): Token | undefined {
    while (this.list.length <= i && !this.done) {
      if (!nextToken(this.text, this.pos, this.to) || tokenStart >= this.to) { this.done = true; break; }
      const full = tokenEnd, end = Math.min(full, this.to);
      this.list.push({ text: this.text.slice(tokenStart, end), start: tokenStart, end, lower: undefined });
      this.pos = full;
    }
    return this.list[i];
  }
}

/**
 * The tokens of `tokens(text, from, to)`, read on demand from the right: `at(0)` is the last.
 * Where no quote or parenthesis of the window may open a group (readGroups), no token spans a space, so each
 * space-separated run is tokenized alone, as it is needed (a run with no space a piece at a time: see endsEveryToken).
 * Where some may, the tokens after the end of the last such group are read so, and the window up to there is tokenized
 * whole when a token there is asked for (no group crosses that end, so the tokens on either side are the window's).
 */
export class TokensBefore {
  private readonly list: Token[] = [];
  private pos: number;
  /** Where the reading from the right stops: `from`, or the end of the window's last group. */
  private readonly floor: number;
  /** Whether the tokens of [from, floor) are still to be added (tokenized whole, on demand). */
  private rest = false;
  constructor(private readonly text: string, private readonly from: number, to: number) {
    this.pos = to;
    this.floor = from;
    const end = groupsEnd(text, from, to);
    if (end >= 0) { this.floor = Math.min(end, to); this.rest = true; }
  }

  at(i: number): Token | undefined {
    const text = this.text, floor = this.floor;
    while (this.list.length <= i && this.pos > floor) {
      let e = this.pos;
      while (e > floor && isSpaceCode(text.charCodeAt(e - 1))) e--;
      let s = e, letters = true, c = 0;
      for (; s > floor && !isSpaceCode(c = text.charCodeAt(s - 1)); s--) {
        if (isLetterCode(c)) continue;
        letters = false;
        if (endsEveryToken(c)) break;
      }
      if (s > floor && !isSpaceCode(c) && !letters) {
        // text[s - 1] is a token of its own that no word crosses: the tokens after it are read alone, it is the next,
        // and what stands before it is read when it is asked for. Speed: a run of words and signs with no space
        // ("₸Банк₸Банк…", a head at every fifth character) was tokenized whole, 90 characters, at every head
        if (s < e) { const run = tokens(text, s, e); for (let k = run.length - 1; k >= 0; k--) this.list.push(run[k]!); }
        this.list.push({ text: text[s - 1]!, start: s - 1, end: s, lower: undefined });
        this.pos = s - 1;
        continue;
      }
      this.pos = s;
      if (s === e) break;
      // a run of letters and digits is one word (what `tokens` reads there)
      if (letters) { this.list.push({ text: text.slice(s, e), start: s, end: e, lower: undefined }); continue; }
      const run = tokens(text, s, e);
      for (let k = run.length - 1; k >= 0; k--) this.list.push(run[k]!);
    }
    if (this.list.length <= i && this.rest) {
      this.rest = false;
      const head = tokens(text, this.from, floor);
      for (let k = head.length - 1; k >= 0; k--) this.list.push(head[k]!);
    }
    return this.list[i];
  }
}

/**
 * The «, " and ( of the text last read that may open a group of TOKEN (in text order), and where each group would end:
 * those whose closing character (», ", ) comes next after them (no opener or closer of their kind between, as TOKEN's
 * group reads) within GROUP_REACH. Any other is a token of its own, as any sign is. Read in one pass on the first window
 * of a text that holds an opener, kept for its other windows. Speed: "(А АО (А АО …", a parenthesis that never closes
 * before every legal form, and "(А) Банк (А) Банк …", a group before every head, tokenized the whole window at each.
 */
let groupText: string | null = null;
let groupOpeners: number[] = [];
let groupEnds: number[] = [];

function readGroups(text: string): void {
  const pairs: number[][] = [];
  let guillemet = -1, quote = -1, paren = -1;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xab) guillemet = k;
    else if (c === 0x28) paren = k;
    else if (c === 0xbb) { if (guillemet >= 0 && k - guillemet <= GROUP_REACH) pairs.push([guillemet, k + 1]); guillemet = -1; }
    else if (c === 0x29) { if (paren >= 0 && k - paren <= GROUP_REACH) pairs.push([paren, k + 1]); paren = -1; }
    else if (c === 0x22) {
      if (quote >= 0 && k - quote <= GROUP_REACH) pairs.push([quote, k + 1]);
      // (a closing quote may open the next group, as TOKEN reads it when no group took it: kept as an opener)
      quote = k;
    }
  }
  pairs.sort((a, b) => a[0]! - b[0]!);
  groupOpeners = pairs.map((p) => p[0]!);
  groupEnds = pairs.map((p) => p[1]!);
  groupText = text;
}

/** Drops the memo of readGroups, so that it keeps no text alive (the organization stage calls it when it is done). */
export function forgetGroups(): void {
  groupText = null;
  groupOpeners = [];
  groupEnds = [];
}

/**
 * The end of the last group (readGroups) that may open in text[from, to), -1 when none may. Speed: the windows of a
 * text's heads and legal forms were each scanned for an opener ("Банк Банк …": 90 characters at every fifth one).
 */
function groupsEnd(text: string, from: number, to: number): number {
  if (text !== groupText) readGroups(text);
  const list = groupOpeners;
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]! < from) lo = mid + 1; else hi = mid; }
  let end = -1;
  for (let k = lo; k < list.length && list[k]! < to; k++) end = Math.max(end, groupEnds[k]!);
  return end;
}

/**
 * Whether a UTF-16 unit is a token of its own wherever it stands, outside a group (TokensBefore's reading from the
 * right), and no word token runs across it: white space no, nor anything that may stand in a word (mayBeInWord).
 */
function endsEveryToken(c: number): boolean {
  return !mayBeInWord(c) && !isSpaceCode(c);
}

/** The word (lower case) right before `pos`, across spaces only; "" when a non-letter comes first. */
export function wordBefore(text: string, pos: number): string {
  let i = pos;
  while (i > 0 && (text[i - 1] === " " || text[i - 1] === "\t")) i--;
  const end = i;
  while (i > 0 && isLetterCode(text.charCodeAt(i - 1))) i--;
  return lower(text.slice(i, end));
}

export const isWord = (t: Token) => isWordStart(t.text);
export const isQuote = (t: Token) => isQuoteStart(t.text);
