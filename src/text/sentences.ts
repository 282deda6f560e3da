/**
 * Sentences as every stage reads them, with one list of the words whose full stop does not end a
 * sentence ("Sen.", "Jan.", "U.S.", an initial): the lede's first sentence, the sentence a
 * quotation sits in, the sentence before a position. Each lookup scans a bounded stretch, never
 * the whole text, so it costs the same however long the paragraph.
 */

/** Words ending in a full stop that does not end a sentence: titles, months, company forms,
 * initials and dotted abbreviations ("U.S."). */
const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Hon|Pres|Mt|No|vs|etc|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b\p{Lu}|\.\p{L})$/u;

/** A sentence end: its terminator, closing marks, and the space before the next sentence (which
 * opens with a capital, a digit or an opening mark). */
const SENTENCE_END = /[.!?…][”"’)]*\s+(?=[\p{Lu}\p{N}“"‘(])/gu;

/** True when `head` ends in a word whose full stop does not end the sentence. */
export function endsWithAbbreviation(head: string): boolean {
  return ABBREVIATION.test(head);
}

/** Offsets just past each sentence end in `text` from `from` to `to`. */
function sentenceEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  // One character past `to`, so a sentence starting exactly at `to` shows the capital it opens with.
  for (const m of text.slice(from, to + 1).matchAll(SENTENCE_END)) {
    const at = from + m.index;
    if (at + m[0].length > to) break;
    if (text[at] === '.' && endsWithAbbreviation(text.slice(Math.max(from, at - 12), at))) continue;
    ends.push(at + m[0].length);
  }
  return ends;
}

/** Offset where the sentence holding `pos` starts: never before `floor`, nor more than `window`
 * characters back. */
export function sentenceStart(text: string, pos: number, floor: number, window: number): number {
  const from = Math.max(floor, pos - window);
  return sentenceEnds(text, from, pos).at(-1) ?? from;
}

/** The first sentence of `paragraph`, or the whole paragraph when no sentence end is found. */
export function firstSentence(paragraph: string): string {
  const text = paragraph.trim();
  const [end] = sentenceEnds(text, 0, text.length);
  return end === undefined ? text : text.slice(0, end).trimEnd();
}

/** The sentence `head` ends in: what follows its last terminator (and that terminator's closing
 * marks and spaces). A backward scan, so a long paragraph costs linear time. */
export function lastSentence(head: string): string {
  const end = Math.max(head.lastIndexOf('.'), head.lastIndexOf('!'), head.lastIndexOf('?'));
  if (end < 0) return head;
  const rest = head.slice(end + 1);
  const closing = /^[”"’)]*\s+/u.exec(rest);
  return closing ? rest.slice(closing[0].length) : rest;
}

/** The sentences of a paragraph, trimmed, in order. */
export function splitSentences(paragraph: string): string[] {
  const ends = [...sentenceEnds(paragraph, 0, paragraph.length), paragraph.length];
  return ends
    .map((end, k) => paragraph.slice(ends[k - 1] ?? 0, end).trim())
    .filter((s) => s !== '');
}
