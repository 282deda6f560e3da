/**
 * The quote results of the search page, in the browser: asks Pagefind for quote pages only and
 * lists each matching quote once, above the article results, with its speaker and how widely it
 * was printed. Built from text nodes only, so nothing from the index is parsed as markup.
 */
import { QUOTES_ONLY, QUOTES_SHOWN, quoteResultLine, quotesHeading } from './quote-search.ts';
import { type ResultLink, resultItem } from './result-item.ts';

/** The part of Pagefind's API this needs. */
export interface QuoteEngine {
  search(
    terms: string | null,
    options: Record<string, unknown>,
  ): Promise<{ results: { data(): Promise<ResultLink> }[] } | null>;
}

const SECTION_ID = 'quote-results';

/** The section holding quote results, made (hidden) before `articles` the first time. */
function section(doc: Document, articles: HTMLElement): HTMLElement {
  const existing = doc.getElementById(SECTION_ID);
  if (existing) return existing;
  const made = doc.createElement('section');
  made.id = SECTION_ID;
  made.setAttribute('aria-labelledby', `${SECTION_ID}-h`);
  made.hidden = true;
  articles.before(made);
  return made;
}

/** Shows the quotes `terms` match (none when `terms` is null), above `articles`; returns how many
 * matched. A later call replaces what an earlier one showed. */
export async function showQuotes(
  doc: Document,
  engine: QuoteEngine,
  terms: string | null,
  articles: HTMLElement,
): Promise<number> {
  const holder = section(doc, articles);
  const found = terms === null ? null : await engine.search(terms, { filters: QUOTES_ONLY });
  const results = found?.results ?? [];
  if (results.length === 0) {
    holder.hidden = true;
    holder.replaceChildren();
    return 0;
  }
  const shown = await Promise.all(results.slice(0, QUOTES_SHOWN).map((r) => r.data()));
  const heading = doc.createElement('h2');
  heading.id = `${SECTION_ID}-h`;
  heading.textContent = quotesHeading(shown.length, results.length);
  const list = doc.createElement('ol');
  list.className = 'plain list';
  list.append(
    ...shown.map((fragment) => resultItem(doc, 'p', fragment, quoteResultLine(fragment.meta))),
  );
  holder.replaceChildren(heading, list);
  holder.hidden = false;
  return results.length;
}

/** Hides the quote results (the search box was emptied). */
export function hideQuotes(doc: Document): void {
  const holder = doc.getElementById(SECTION_ID);
  if (holder) {
    holder.hidden = true;
    holder.replaceChildren();
  }
}
