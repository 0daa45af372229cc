/**
 * Interviews: a question on a paragraph of its own ("How many people will work there?", "– Когда станция даст первый
 * ток?", "Корр.: …?") is a turn of the talk, not a new topic, and the answer after it speaks of what was told before it
 * ("The plant will employ 20 people", "Строительство начнется в 2026 году"). Deal assembly reads paragraphs through
 * `topicParagraphs`: a question paragraph and the paragraph right after it go on with the paragraph before the question.
 */
import type { SentenceInfo } from "./sentence-info.js";

/** Characters that may close a question after its mark: quotes, brackets, blanks. */
const CLOSERS = new Set([0x20, 0x09, 0x0d, 0x0a, 0x22, 0x27, 0xbb, 0x201d, 0x2019, 0x29]);

/** Whether text[start, end) ends with a question mark (before closing quotes and brackets). */
function isQuestion(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && CLOSERS.has(text.charCodeAt(i - 1))) i--;
  return i > start && text.charCodeAt(i - 1) === 0x3f;
}

/** Each sentence's paragraph as deal assembly reads it: the index of the paragraph its topic opened in. */
export function topicParagraphs(infos: readonly SentenceInfo[], text: string): Int32Array {
  const out = new Int32Array(infos.length);
  let k = 0;
  let topic = -1, afterQuestion = false;
  while (k < infos.length) {
    // one paragraph: sentences k … e - 1
    const paragraph = infos[k]!.sentence.paragraph;
    let e = k, question = true;
    while (e < infos.length && infos[e]!.sentence.paragraph === paragraph) {
      const s = infos[e]!.sentence;
      if (!isQuestion(text, s.start, s.end)) question = false;
      e++;
    }
    // a question goes on with the paragraph before it, and so does its answer
    if (!(topic >= 0 && (question || afterQuestion))) topic = paragraph;
    afterQuestion = question && topic !== paragraph;
    for (let j = k; j < e; j++) out[j] = topic;
    k = e;
  }
  return out;
}
