/**
 * The links of search results: Pagefind adds each searched word to a result's address under
 * `HIGHLIGHT_PARAM` (its `highlightParam` option), for the article page to mark them. A quoted
 * phrase reaches it with its quotes on its first and last words, which would match nothing, so
 * they are taken off here.
 */

/** The address parameter that carries the searched words to the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';

const QUOTES = /^["\u201c\u201d\u201e\u00ab\u00bb]+|["\u201c\u201d\u201e\u00ab\u00bb]+$/g;

/** `url` (absolute or site-relative) with its highlight words stripped of enclosing quotes, blank
 * ones dropped, and `hash` (a paragraph anchor, without "#") added when given. Other parameters
 * and the path are kept as they are. */
export function resultLink(url: string, hash = ''): string {
  const parsed = new URL(url, 'http://site.invalid');
  const words = parsed.searchParams
    .getAll(HIGHLIGHT_PARAM)
    .map((word) => word.replace(QUOTES, ''))
    .filter((word) => word !== '');
  parsed.searchParams.delete(HIGHLIGHT_PARAM);
  for (const word of words) parsed.searchParams.append(HIGHLIGHT_PARAM, word);
  parsed.hash = hash;
  const relative = url.startsWith('/') || !/^[a-z][a-z0-9+.-]*:/i.test(url);
  return relative ? `${parsed.pathname}${parsed.search}${parsed.hash}` : parsed.href;
}
