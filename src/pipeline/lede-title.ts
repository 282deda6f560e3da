/**
 * A title for an article whose source has none, derived from its lede (first sentence). The words
 * are the outlet's own, cut at a word boundary when long; the entry marks the title as derived.
 */

import { firstSentence } from '../text/sentences.ts';

/** Longest derived title, in characters, before it is cut at a word boundary. */
export const MAX_LEDE_TITLE = 120;

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
