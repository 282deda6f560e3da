/**
 * On an article page opened from a search result: marks the searched words in the article body,
 * with Pagefind's own highlighter (`pagefind/pagefind-highlight.js`, a file of the site, so the
 * strict script policy allows it). Its inline `<style>` is turned off, which the style policy
 * would refuse; the site's stylesheet styles the marks instead. A page opened any other way
 * loads nothing.
 */
import { HIGHLIGHT_PARAM } from './search-links.ts';
import { sitePath } from './urls.ts';

/** What this needs of Pagefind's highlighter: constructing it marks the words at once. */
type Highlighter = new (options: {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[] };
}) => unknown;

/** Marks the words the address of `doc` names (`?highlight=word`, one parameter per word) inside
 * the indexed article body, then brings the first mark into view unless the address names a
 * passage (`#p-3`), which the browser has already scrolled to. Does nothing without the
 * parameter; a failure to load leaves the page as it was. */
export function highlightSearchWords(doc: Document): void {
  const params = new URLSearchParams(doc.location.search);
  if (params.getAll(HIGHLIGHT_PARAM).every((word) => word.trim() === '')) return;
  const url = sitePath(import.meta.env.BASE_URL, 'pagefind/pagefind-highlight.js');
  (import(/* @vite-ignore */ url) as Promise<{ default: Highlighter }>)
    .then(({ default: PagefindHighlight }) => {
      new PagefindHighlight({
        highlightParam: HIGHLIGHT_PARAM,
        addStyles: false,
        markOptions: {
          className: 'search-highlight',
          exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
        },
      });
      if (doc.location.hash === '') {
        doc.querySelector('mark.search-highlight')?.scrollIntoView({ block: 'center' });
      }
    })
    .catch((error: unknown) => {
      console.warn(error);
    });
}
