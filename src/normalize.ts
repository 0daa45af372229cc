/**
 * Same-length text folding: patterns read `normalized`, offsets stay those of the input.
 * Only one-to-one replacements of UTF-16 code units are allowed here, and an HTML character reference is
 * replaced by a string of its own length.
 */

import { HTML_ENTITIES } from "../lexicons/html-entities.js";
import { registerPattern } from "./regex.js";

/**
 * One pass over the text for every character that folds (most texts have none, and a single
 * class scan costs a third of three replace passes):
 * - no-break, figure, narrow no-break, thin and other fixed-width spaces → " ";
 * - hyphens, dashes and the minus sign → "-";
 * - soft hyphen and zero-width characters → " " (kept as one unit so offsets do not move).
 * Then, in a text with an "&", an HTML character reference ("&laquo;", "&nbsp;", "&#171;", "&#x2014;"), left by a
 * page stripped of its tags but not decoded: see entity. (A second pass: with the reference as an alternative of
 * the class scan, V8 no longer scans for the class alone, and normalization over the bench's news took twice as long.)
 */
const FOLDED_CLASS = String.raw`[\u00A0\u2000-\u200A\u202F\u205F\u3000\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u00AD\u200B-\u200D\u2060\uFEFF]`;
const FOLDED = registerPattern("normalize.folded", new RegExp(FOLDED_CLASS, "g"));
/** One character of FOLDED's class (for the character an HTML reference stands for). */
const IS_FOLDED = registerPattern("normalize.folded-char", new RegExp(`^${FOLDED_CLASS}$`));

/** An HTML character reference: named, decimal or hexadecimal. */
const ENTITY = registerPattern("normalize.entity", /&(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/g);

/** The folded form of one character: a hyphen for the dashes and the minus sign, a space for the other characters of FOLDED's class, else null. */
function foldChar(ch: string): string | null {
  if (!IS_FOLDED.test(ch)) return null;
  const c = ch.charCodeAt(0);
  return (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d ? "-" : " ";
}

/** The character an HTML character reference stands for, or null (unknown, or not one UTF-16 code unit). */
function entityChar(ref: string): string | null {
  if (ref.charCodeAt(1) !== 0x23 /* # */) return HTML_ENTITIES[ref.slice(1, -1)] ?? null;
  const hex = ref.charCodeAt(2) === 0x78 || ref.charCodeAt(2) === 0x58;
  const code = parseInt(ref.slice(hex ? 3 : 2, -1), hex ? 16 : 10);
  // a code unit of its own: not a control character, a surrogate, or a character outside the BMP
  return code >= 0x20 && code < 0xd800 || code >= 0xe000 && code <= 0xfffd ? String.fromCharCode(code) : null;
}

/**
 * An HTML character reference as a string of its length: its character (folded), and spaces on the side away
 * from the text it belongs to, so that the character touches the word it stands against ("&laquo;Альфа&raquo;" →
 * "      «Альфа»      ", "5&nbsp;млрд" → "5      млрд"). An unknown reference stays as it is.
 */
function entity(ref: string, at: number, text: string): string {
  const ch = entityChar(ref);
  if (ch === null) return ref;
  const folded = foldChar(ch) ?? ch;
  const pad = " ".repeat(ref.length - 1);
  const next = text.charCodeAt(at + ref.length);
  // the character belongs to what follows it unless a space (or the end) does
  return next === next && next !== 0x20 && next !== 0x0a && next !== 0x09 && next !== 0x0d ? pad + folded : folded + pad;
}

const fold = (ch: string): string => foldChar(ch) ?? ch;

export function normalizeText(text: string): string {
  const folded = text.replace(FOLDED, fold);
  return text.indexOf("&") < 0 ? folded : folded.replace(ENTITY, entity);
}

/** The start and end (pairs, in text order) of each HTML character reference that normalizeText reads as its character. */
export function entitySpans(text: string): number[] {
  if (text.indexOf("&") < 0) return NO_SPANS;
  const out: number[] = [];
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(text); m; m = ENTITY.exec(text)) if (entityChar(m[0]) !== null) out.push(m.index, m.index + m[0].length);
  return out.length === 0 ? NO_SPANS : out;
}

const NO_SPANS: number[] = [];

/** The reference of `spans` (see entitySpans) that `pos` falls strictly inside, as its index, else -1. */
function insideEntity(spans: readonly number[], pos: number): number {
  let lo = 0, hi = spans.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[2 * mid + 1]! <= pos) lo = mid + 1; else hi = mid;
  }
  return lo < spans.length >> 1 && spans[2 * lo]! < pos ? lo : -1;
}

/**
 * The mentions with edges that fall inside an HTML character reference moved to its edges, so that a mention's
 * text holds whole references ("ТОО &laquo;Альфа&raquo;", not "ТОО &laquo;Альфа&"): patterns read each reference
 * as its character at one end of it (see entity).
 */
export function withWholeEntities<M extends { start: number; end: number; text: string }>(text: string, mentions: M[], spans: readonly number[]): M[] {
  if (spans.length === 0) return mentions;
  return mentions.map((m) => {
    const a = insideEntity(spans, m.start), b = insideEntity(spans, m.end);
    if (a < 0 && b < 0) return m;
    const start = a < 0 ? m.start : spans[2 * a]!, end = b < 0 ? m.end : spans[2 * b + 1]!;
    return { ...m, start, end, text: text.slice(start, end) };
  });
}
