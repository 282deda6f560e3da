/**
 * A title for an article whose source has none, derived from its lede (first sentence). The words
 * are the outlet's own, cut at a word boundary when long; the entry marks the title as derived.
 */

/** Longest derived title, in characters, before it is cut at a word boundary. */
export const MAX_LEDE_TITLE = 120;

/** Words ending in a full stop that do not end a sentence. */
const ABBREVIATIONS =
  /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Hon|Pres|Mt|No|vs|etc|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])$/;

/** The first sentence of `paragraph`, or the whole paragraph when no sentence end is found. */
export function firstSentence(paragraph: string): string {
  const text = paragraph.trim();
  const end = /[.!?…]["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
  for (let match = end.exec(text); match; match = end.exec(text)) {
    const before = text.slice(0, match.index);
    if (match[0].startsWith('.') && ABBREVIATIONS.test(before)) continue;
    if (match[0].startsWith('.') && /\b[A-Z]\.[A-Z]$/.test(before)) continue;
    return text.slice(0, match.index + match[0].length);
  }
  return text;
}

/** A title from the lede: its first sentence without the final full stop, cut at a word boundary
 * with an ellipsis when longer than {@link MAX_LEDE_TITLE}. Null when the lede has no words. */
export function ledeTitle(lede: string): string | null {
  const sentence = firstSentence(lede).replace(/\.$/, '').trim();
  if (!/[\p{L}\p{N}]/u.test(sentence)) return null;
  if (sentence.length <= MAX_LEDE_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_LEDE_TITLE + 1);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > 40 ? cut.slice(0, boundary) : cut.slice(0, MAX_LEDE_TITLE)).replace(/[\s,;:–—-]+$/, '')}…`;
}
