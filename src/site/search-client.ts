/**
 * The search page in the browser: searches as the reader types (debounced), or at once when a
 * filter, the date range or the order changes or the form is submitted. Only the newest search
 * may show its results (`latest-only.ts`), so a slower earlier one never replaces a newer one's;
 * clearing the box and the filters clears the results. Quotes the words match are listed once
 * each above the articles (`quote-results.ts`); a search that finds nothing offers a looser one
 * that does (`search-suggest.ts`). The address keeps the search so it can be shared.
 */
import { debounce, type LatestOnly, latestOnly } from './latest-only.ts';
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
import { restoreForm, type SearchPage, searchPage, watchFilterPanel } from './search-form.ts';

/** Results shown first: each is a fragment (the article's whole text) to fetch, so the first
 * results appear sooner and a search transfers less when only a few are shown. */
const FIRST_PAGE_SIZE = 5;
/** Results "Show more results" adds. */
const PAGE_SIZE = 20;
/** Typing pauses this long (ms) before a search starts, so each key press does not search. */
const TYPING_PAUSE = 200;

/** The search the form describes now, and the address parameters that describe it. */
/** A form field's text, or null when the form has no such field (or it holds a file, which this
 * form never does). */
function fieldText(value: FormDataEntryValue | null): string | null {
  return typeof value === 'string' ? value : null;
}

function readForm(page: SearchPage): { search: ArticleSearch; params: URLSearchParams } {
  const data = new FormData(page.form);
  const chosen = Object.fromEntries(FILTER_KEYS.map((key) => [key, data.getAll(key).map(String)]));
  const search: ArticleSearch = {
    terms: readQuery(fieldText(data.get('q')) ?? '').terms,
    filters: pagefindFilters(chosen),
    range: { from: rangeEnd(fieldText(data.get('from'))), to: rangeEnd(fieldText(data.get('to'))) },
    sort: sortByName(fieldText(data.get('sort'))),
  };
  // Empty fields stay out of the address, except the words, which other pages' links keep.
  const params = new URLSearchParams(
    [...data]
      .map(([key, value]) => [key, fieldText(value) ?? ''] as [string, string])
      .filter(([key, value]) => key === 'q' || value !== ''),
  );
  return { search, params };
}

/** One search page's state: the guard that lets only the newest search show its results, the
 * results not listed yet, and the ticket of the search whose results are listed. */
interface Session {
  readonly page: SearchPage;
  readonly doc: Document;
  readonly guard: LatestOnly;
  pending: Result[];
  listed: number;
}

/** The next `size` results of `session` as list items, or null when a newer search replaced
 * search `ticket`. */
async function nextItems(
  session: Session,
  ticket: number,
  size: number,
): Promise<HTMLLIElement[] | null> {
  const batch = session.pending.slice(0, size);
  session.pending = session.pending.slice(size);
  const fragments = await Promise.all(batch.map((result) => result.data()));
  if (!session.guard.isCurrent(ticket)) return null;
  return fragments.map((fragment) => articleItem(session.doc, fragment));
}

/** Empties the results, saying `text`; the filter counts go back to the archive's totals. */
function clear(session: Session, text: string): void {
  const { page, doc } = session;
  page.status.textContent = text;
  page.list.replaceChildren();
  hideQuotes(doc);
  page.suggest.hidden = true;
  page.more.hidden = true;
  page.output.removeAttribute('aria-busy');
  session.pending = [];
  showCounts(doc, null);
}

/** Writes the search into the address (and the other languages' links, which take it along). */
function keepInAddress(doc: Document, params: URLSearchParams): void {
  history.replaceState(null, '', `?${params.toString()}`);
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-language-search]'))
    link.search = params.toString();
}

/** Runs the search the form describes; only the newest search shows what it found. */
async function search(session: Session): Promise<void> {
  const { page, doc, guard } = session;
  const ticket = guard.begin();
  const current = (): boolean => guard.isCurrent(ticket);
  const { search: wanted, params } = readForm(page);
  const query = readQuery(page.box.value);
  keepInAddress(doc, params);
  const filtered = Object.keys(wanted.filters).length > 0 || hasRange(wanted.range);
  const values = Object.values(wanted.filters).flatMap((filter) => filter.any);
  showChosen(doc, values.length + (hasRange(wanted.range) ? 1 : 0));
  if (wanted.terms === null && !filtered)
    return clear(session, 'Type words to search for, or choose a filter.');
  page.output.setAttribute('aria-busy', 'true');
  page.status.textContent = 'Searching…';
  const engine = await pagefind();
  const found = await searchArticles(engine, wanted);
  if (!current() || found === null) return;
  session.pending = found.results;
  // The quotes and the first articles are fetched together, then shown together.
  const quoted = searchesQuotes(wanted.terms, filtered) ? wanted.terms : null;
  const [, items] = await Promise.all([
    showQuotes(doc, engine, quoted, page.list),
    nextItems(session, ticket, FIRST_PAGE_SIZE),
  ]);
  if (!current() || items === null) return;
  page.list.replaceChildren(...items);
  session.listed = ticket;
  page.more.hidden = session.pending.length === 0;
  showCounts(doc, found.counts);
  page.status.textContent = resultSummary(found.results.length, query, filtered);
  page.output.removeAttribute('aria-busy');
  page.suggest.hidden = true;
  if (found.results.length > 0) await noteClosest(page, query, found.results[0], current);
  else await offerSuggestion(page, engine, { query, search: wanted, filtered }, current);
}

/** Wires up the search page in `doc` and runs the search its address asks for, if any. */
export function startSearch(doc: Document): void {
  const page = searchPage(doc);
  if (page === null) return;
  const session: Session = { page, doc, guard: latestOnly(), pending: [], listed: 0 };
  const report = (error: unknown): void => {
    page.status.textContent = 'Search is not available right now.';
    page.output.removeAttribute('aria-busy');
    console.warn(error);
  };
  const now = (): void => {
    typed.cancel();
    search(session).catch(report);
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
    // An emptied box clears at once. Otherwise a search still running is for words no longer
    // typed: its ticket is spent, and the results on screen are marked out of date until the
    // new words' results replace them.
    if (page.box.value.trim() === '') return now();
    session.guard.begin();
    page.output.setAttribute('aria-busy', 'true');
    typed();
  });
  doc.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | null;
    if (target !== page.box && target?.form === page.form) now();
  });
  warmUp(doc, page.form);
  page.more.addEventListener('click', () => {
    nextItems(session, session.listed, PAGE_SIZE)
      .then((items) => {
        if (items === null) return;
        page.list.append(...items);
        page.more.hidden = session.pending.length === 0;
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
