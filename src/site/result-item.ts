/**
 * One search result as a list item, shared by the article and quote results of the search page:
 * the page's title as a link inside a heading (or paragraph), then a line of details. Every text
 * is set as text, never parsed, so nothing from the index becomes markup.
 */

/** What a result item shows of a Pagefind result. */
export interface ResultLink {
  readonly url: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
}

/** The `<li>`: the title (or the URL when untitled) linked inside a `tag` element, then `details`
 * in a `<p class="meta">`. Callers may append more. */
export function resultItem(
  doc: Document,
  tag: 'h2' | 'p',
  result: ResultLink,
  details: string,
): HTMLLIElement {
  const item = doc.createElement('li');
  const title = doc.createElement(tag);
  const link = doc.createElement('a');
  link.href = result.url;
  link.textContent = result.meta['title'] ?? result.url;
  title.append(link);
  const meta = doc.createElement('p');
  meta.className = 'meta';
  meta.textContent = details;
  item.append(title, meta);
  return item;
}
