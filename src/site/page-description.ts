/**
 * The short description of an article page for search engines and link previews: the editor's
 * summary when one was published, else the opening of the article's own text, cut at a word and
 * marked with an ellipsis. It is always the outlet's words, never written by the archive.
 */
import type { Article } from '../schema/article.ts';

/** Longest description, in characters, before the ellipsis. */
export const DESCRIPTION_CHARS = 200;

/** The description of `article`'s page. */
export function pageDescription(article: Pick<Article, 'summary' | 'text'>): string {
  const source = (article.summary ?? article.text).replace(/\s+/g, ' ').trim();
  const chars = Array.from(source);
  if (chars.length <= DESCRIPTION_CHARS) return source;
  const head = chars.slice(0, DESCRIPTION_CHARS).join('');
  const cut = head.replace(/\s+\S*$/, '');
  return `${cut.length > DESCRIPTION_CHARS / 2 ? cut : head}…`;
}
