/**
 * The search page in the browser: searches as the reader types (debounced), or at once when a
 * filter, the date range or the order changes or the form is submitted. Only the newest search
 * may show its results (`latest-only.ts`), so a slower earlier one never replaces a newer one's;
 * clearing the box and the filters clears the results. Quotes the words match are listed once
 * each above the articles (`quote-results.ts`); a search that finds nothing offers a looser one
 * that does (`search-suggest.ts`). The address keeps the search so it can be shared.
 */
import { debounce, latestOnly } from './latest-only.ts';
import { hideQuotes, showQuotes } from './quote-results.ts';
import { searchesQuotes } from './quote-search.ts';
import { hasRange, rangeEnd } from './search-dates.ts';
import { type ArticleSearch, pagefind, type Result, searchArticles } from './search-engine.ts';
import {
  FILTER_KEYS,
  pagefindFilters,
  readQuery,
  resultSummary,
  sortByName,
} from './search-query.ts';
import { articleItem, showChosen, showCounts } from './search-render.ts';
import { noteClosest, offerSuggestion } from './search-suggest-client.ts';
import { restoreForm, watchFilterPanel, type SearchPage, searchPage } from './search-form.ts';

/** Results shown first: each is a fragment (the article's whole text) to fetch, so the first
 * results appear sooner and a search transfers less when only a few are shown. */
const FIRST_PAGE_SIZE = 5;
/** Results "Show more results" adds. */
const PAGE_SIZE = 20;
/** Typing pauses this long (ms) before a search starts, so each key press does not search. */
const TYPING_PAUSE = 200;

/** The search the form describes now, and the address parameters that describe it. */
function readForm(page: SearchPage): { search: ArticleSearch; params: URLSearchParams } {
  const data = new FormData(page.form);
  const chosen = Object.fromEntries(FILTER_KEYS.map((key) => [key, data.getAll(key).map(String)]));
  const search: ArticleSearch = {
    terms: readQuery(String(data.get('q') ?? '')).terms,
    filters: pagefindFilters(chosen),
    range: { from: rangeEnd(String(data.get('from'))), to: rangeEnd(String(data.get('to'))) },
    sort: sortByName(String(data.get('sort'))),
  };
  // Empty fields stay out of the address, except the words, which other pages' links keep.
  const params = new URLSearchParams(
    [...data]
      .map(([key, value]) => [key, String(value)] as [string, string])
      .filter(([key, value]) => key === 'q' || value !== ''),
  );
  return { search, params };
}

/** Wires up the search page in `doc` and runs the search its address asks for, if any. */
export function startSearch(doc: Document): void {
  const page = searchPage(doc);
  if (page === null) return;
  const { status, list, more, suggest } = page;
  const guard = latestOnly();
  let pending: Result[] = [];
  /** The ticket of the search whose results are listed: "Show more results" continues it. */
  let listed = 0;

  /** The next `size` results as list items, or null when a newer search replaced `ticket`. */
  const nextItems = async (ticket: number, size: number): Promise<HTMLLIElement[] | null> => {
    const batch = pending.slice(0, size);
    pending = pending.slice(size);
    const fragments = await Promise.all(batch.map((result) => result.data()));
    return guard.isCurrent(ticket) ? fragments.map((f) => articleItem(doc, f)) : null;
  };

  const clear = (text: string): void => {
    status.textContent = text;
    list.replaceChildren();
    hideQuotes(doc);
    suggest.hidden = true;
    more.hidden = true;
    pending = [];
    showCounts(doc, null);
  };

  const search = async (): Promise<void> => {
    const ticket = guard.begin();
    const { search: wanted, params } = readForm(page);
    const query = readQuery(String(new FormData(page.form).get('q') ?? ''));
    history.replaceState(null, '', `?${params.toString()}`);
    // The other languages' search pages take the same search along.
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-language-search]'))
      link.search = params.toString();
    const filtered = Object.keys(wanted.filters).length > 0 || hasRange(wanted.range);
    const values = Object.values(wanted.filters).flatMap((filter) => filter.any);
    showChosen(doc, values.length + (hasRange(wanted.range) ? 1 : 0));
    if (wanted.terms === null && !filtered) {
      page.output.removeAttribute('aria-busy');
      return clear('Type words to search for, or choose a filter.');
    }
    page.output.setAttribute('aria-busy', 'true');
    status.textContent = 'Searching…';
    const engine = await pagefind();
    const found = await searchArticles(engine, wanted);
    if (!guard.isCurrent(ticket) || found === null) return;
    pending = found.results;
    // The quotes and the first articles are fetched together, then shown together.
    const [, items] = await Promise.all([
      showQuotes(doc, engine, searchesQuotes(wanted.terms, filtered) ? wanted.terms : null, list),
      nextItems(ticket, FIRST_PAGE_SIZE),
    ]);
    if (!guard.isCurrent(ticket) || items === null) return;
    list.replaceChildren(...items);
    listed = ticket;
    more.hidden = pending.length === 0;
    showCounts(doc, found.counts);
    status.textContent = resultSummary(found.results.length, query, filtered);
    page.output.removeAttribute('aria-busy');
    suggest.hidden = true;
    const current = (): boolean => guard.isCurrent(ticket);
    if (found.results.length > 0) await noteClosest(page, query, found.results[0], current);
    else await offerSuggestion(page, engine, { query, search: wanted, filtered }, current);
  };

  const report = (error: unknown): void => {
    status.textContent = 'Search is not available right now.';
    page.output.removeAttribute('aria-busy');
    console.warn(error);
  };
  const now = (): void => {
    typed.cancel();
    search().catch(report);
  };
  const typed = debounce(now, TYPING_PAUSE);
  page.search = now;
  restoreForm(page, new URLSearchParams(location.search));
  watchFilterPanel(page);
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    now();
  });
  page.box.addEventListener('input', () => {
    // An emptied box clears at once; otherwise the results on screen are marked out of date
    // until the new words' results replace them.
    if (page.box.value.trim() === '') return now();
    page.output.setAttribute('aria-busy', 'true');
    typed();
  });
  doc.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | null;
    if (target !== page.box && target?.form === page.form) now();
  });
  warmUp(doc, page.form);
  more.addEventListener('click', () => {
    nextItems(listed, PAGE_SIZE)
      .then((items) => {
        if (items === null) return;
        list.append(...items);
        more.hidden = pending.length === 0;
      })
      .catch(report);
  });
  if ([...new URLSearchParams(location.search).keys()].length > 0) now();
}

/** Loads the engine (its script, worker, WebAssembly and index metadata) as soon as the page has
 * loaded, or when the reader reaches the box if sooner: this page is only ever opened to search,
 * and a search then fetches only the index chunks of its words and its results. */
function warmUp(doc: Document, form: HTMLFormElement): void {
  let warming: Promise<void> | undefined;
  const start = (): void => {
    warming ??= pagefind()
      .then((module) => module.init())
      .catch(() => undefined);
  };
  form.addEventListener('focusin', start, { once: true });
  if (doc.readyState === 'complete') start();
  else doc.defaultView?.addEventListener('load', start, { once: true });
}
