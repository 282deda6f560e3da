/**
 * Pagefind in the browser, as the search page uses it: loaded once from the site's own
 * `pagefind/` folder (under the base path), and an article search that lists results in the
 * reader's order (undated articles last whichever way dates run, a date range as the known days
 * inside it: `search-dates.ts`) with how many articles each filter value would list.
 */
import { type FilterCounts, sumCounts } from './filter-counts.ts';
import { withoutQuotes } from './quote-search.ts';
import { type DateRange, DAY_FILTER, dayPasses } from './search-dates.ts';
import { HIGHLIGHT_PARAM } from './search-links.ts';
import { SORTS, type SortName } from './search-query.ts';
import { sitePath } from './urls.ts';

/** What a result shows, as Pagefind's `data()` gives it. */
export interface Fragment {
  readonly url: string;
  readonly excerpt: string;
  readonly content: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly locations: readonly number[];
  readonly anchors: readonly { id: string; location: number }[];
}
/** One result before its data is loaded. */
export interface Result {
  data(): Promise<Fragment>;
}
interface Found {
  readonly results: Result[];
  readonly filters: FilterCounts;
}
/** The part of Pagefind's JavaScript API the page uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(terms: string | null, options: Record<string, unknown>): Promise<Found | null>;
}

/** An article search as the reader set it up. */
export interface ArticleSearch {
  readonly terms: string | null;
  readonly filters: Readonly<Record<string, { any: string[] }>>;
  readonly range: DateRange;
  readonly sort: SortName;
}

/** Its results in order, and the filter counts of the words with the filters chosen. */
export interface ArticlesFound {
  readonly results: Result[];
  readonly counts: FilterCounts;
}

const base = import.meta.env.BASE_URL;
let engine: Promise<Pagefind> | undefined;
let days: Promise<string[]> | undefined;

/** Pagefind, loaded on first use and configured once: results link with the searched words
 * (`HIGHLIGHT_PARAM`) so the article page can mark them. */
export function pagefind(): Promise<Pagefind> {
  engine ??= (async () => {
    const url = sitePath(base, 'pagefind/pagefind.js');
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    await module.options({ baseUrl: base, excerptLength: 40, highlightParam: HIGHLIGHT_PARAM });
    return module;
  })();
  return engine;
}

/** Every `day` value in the index (fetched once, with every filter's data: they change only
 * with a new build). */
function dayValues(module: Pagefind): Promise<string[]> {
  days ??= module.filters().then((all) => Object.keys(all[DAY_FILTER] ?? {}).sort());
  return days;
}

/** Runs `search`: one Pagefind search per pass of its plan, concatenated in order, with their
 * filter counts added up. Null when Pagefind dropped a search (a newer one replaced it). */
export async function searchArticles(
  module: Pagefind,
  search: ArticleSearch,
): Promise<ArticlesFound | null> {
  const sort = SORTS[search.sort];
  // Asked for every search, not only those by date: Pagefind counts a search's results under
  // each filter value only once its filters are loaded, which `filters()` does (once).
  const passes = dayPasses(await dayValues(module), search.range, sort !== null);
  const found = await Promise.all(
    passes.map((pass) => {
      const day = pass === null ? {} : { [DAY_FILTER]: { any: [...pass] } };
      return module.search(search.terms, {
        filters: withoutQuotes({ ...search.filters, ...day }),
        ...(sort === null ? {} : { sort }),
      });
    }),
  );
  if (found.some((part) => part === null)) return null;
  const parts = found.filter((part) => part !== null);
  return {
    results: parts.flatMap((part) => part.results),
    counts: sumCounts(parts.map((part) => part.filters)),
  };
}
