/**
 * The search page in the browser: reads the form, asks Pagefind (loaded from the site's own
 * `pagefind/` folder, under the base path), and lists each matching article with its outlet, date
 * and an excerpt. Excerpts are rebuilt from text and `<mark>` only, so no markup from the index
 * reaches the page. Quotes the words match are listed once each above the articles
 * (`quote-results.ts`).
 */
import { hideQuotes, showQuotes } from './quote-results.ts';
import { searchesQuotes, withoutQuotes } from './quote-search.ts';
import {
  FILTER_KEYS,
  pagefindFilters,
  readQuery,
  resultSummary,
  SORTS,
  sortByName,
} from './search-query.ts';
import { resultItem } from './result-item.ts';
import { sitePath } from './urls.ts';

interface Fragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    terms: string | null,
    options: Record<string, unknown>,
  ): Promise<{ results: { data(): Promise<Fragment> }[] } | null>;
}

/** Results shown first: each is a fragment (the article's whole text) to fetch, so the first
 * results appear sooner and a search transfers less when only a few are shown. */
const FIRST_PAGE_SIZE = 5;
/** Results "Show more results" adds. */
const PAGE_SIZE = 20;
const base = import.meta.env.BASE_URL;
let engine: Promise<Pagefind> | undefined;

function pagefind(): Promise<Pagefind> {
  engine ??= (async () => {
    const url = sitePath(base, 'pagefind/pagefind.js');
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    await module.options({ baseUrl: base, excerptLength: 40 });
    return module;
  })();
  return engine;
}

/** The excerpt as nodes: its text, with Pagefind's `<mark>` highlights kept and nothing else. */
function excerptNodes(doc: Document, html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body;
  return Array.from(parsed.firstChild?.childNodes ?? [], (node) => {
    if (node.nodeName === 'MARK') {
      const mark = doc.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return doc.createTextNode(node.textContent ?? '');
  });
}

function articleItem(doc: Document, fragment: Fragment): HTMLLIElement {
  const details = [fragment.meta['outlet'] ?? 'Outlet unknown', fragment.meta['date'] ?? '']
    .filter((text) => text !== '')
    .join(' · ');
  const item = resultItem(doc, 'h2', fragment, details);
  const excerpt = doc.createElement('p');
  excerpt.append(...excerptNodes(doc, fragment.excerpt));
  item.append(excerpt);
  return item;
}

/** Wires up the search form in `doc` and runs the search the address asks for, if any. */
export function startSearch(doc: Document): void {
  const form = doc.getElementById('search-form') as HTMLFormElement | null;
  const status = doc.getElementById('search-status');
  const list = doc.getElementById('search-results');
  const more = doc.getElementById('search-more') as HTMLButtonElement | null;
  if (!form || !status || !list || !more) return;
  let pending: { data(): Promise<Fragment> }[] = [];
  let run = 0;

  /** The next `size` results as list items, or null when a newer search replaced search `token`. */
  const nextItems = async (token: number, size: number): Promise<HTMLLIElement[] | null> => {
    const batch = pending.slice(0, size);
    pending = pending.slice(size);
    const fragments = await Promise.all(batch.map((result) => result.data()));
    return token === run ? fragments.map((fragment) => articleItem(doc, fragment)) : null;
  };

  /** Lists the next results of search number `token`; a newer search cancels it. */
  const showMore = async (token: number): Promise<void> => {
    const items = await nextItems(token, PAGE_SIZE);
    if (items === null) return;
    list.append(...items);
    more.hidden = pending.length === 0;
  };

  const search = async (): Promise<void> => {
    const current = ++run;
    const data = new FormData(form);
    const query = readQuery(String(data.get('q') ?? ''));
    const chosen = Object.fromEntries(
      FILTER_KEYS.map((key) => [key, data.getAll(key).map(String)]),
    );
    const filters = pagefindFilters(chosen);
    const sort = SORTS[sortByName(String(data.get('sort')))];
    const params = new URLSearchParams(
      [...data].map(([key, value]) => [key, String(value)] as [string, string]),
    );
    history.replaceState(null, '', `?${params.toString()}`);
    // The other languages' search pages take the same search along.
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-language-search]'))
      link.search = params.toString();
    const filtered = Object.keys(filters).length > 0;
    if (query.terms === null && !filtered) {
      status.textContent = 'Type words to search for, or choose a filter.';
      list.replaceChildren();
      hideQuotes(doc);
      more.hidden = true;
      return;
    }
    status.textContent = 'Searching…';
    const engine = await pagefind();
    const found = await engine.search(query.terms, {
      filters: withoutQuotes(filters),
      ...(sort === null ? {} : { sort }),
    });
    if (current !== run || found === null) return;
    pending = found.results;
    // The quotes and the first articles are fetched together, then shown together.
    const [, items] = await Promise.all([
      showQuotes(doc, engine, searchesQuotes(query.terms, filtered) ? query.terms : null, list),
      nextItems(current, FIRST_PAGE_SIZE),
    ]);
    if (current !== run || items === null) return;
    list.replaceChildren(...items);
    more.hidden = pending.length === 0;
    status.textContent = resultSummary(found.results.length, query, filtered);
  };

  const report = (error: unknown): void => {
    status.textContent = 'Search is not available right now.';
    console.warn(error);
  };
  const params = new URLSearchParams(location.search);
  const box = form.elements.namedItem('q') as HTMLInputElement;
  box.value = params.get('q') ?? '';
  for (const element of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    element.checked = params.getAll(element.name).includes(element.value);
    const folded = element.closest('details');
    if (element.checked && folded !== null) folded.open = true;
  }
  (form.elements.namedItem('sort') as HTMLSelectElement).value = sortByName(params.get('sort'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search().catch(report);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== box) search().catch(report);
  });
  // The engine (its script, worker, WebAssembly and index metadata) is loaded as soon as the page
  // has, or when the reader reaches the box if sooner: this page is only ever opened to search, and
  // a search then fetches only the index chunks of its words and its results.
  let warming: Promise<void> | undefined;
  const warmUp = (): void => {
    warming ??= pagefind()
      .then((module) => module.init())
      .catch(() => undefined);
  };
  form.addEventListener('focusin', warmUp, { once: true });
  if (doc.readyState === 'complete') warmUp();
  else doc.defaultView?.addEventListener('load', warmUp, { once: true });
  more.addEventListener('click', () => {
    showMore(run).catch(report);
  });
  if ([...params.keys()].length > 0) search().catch(report);
}
