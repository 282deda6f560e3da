/**
 * When a search finds nothing: tries the looser searches of `search-suggest.ts` one after the
 * other and offers the first that finds articles, as a sentence and a button that runs it. Only
 * searches that were run and found something are offered.
 */
import type { ReadQuery } from './search-query.ts';
import { type ArticleSearch, type Pagefind, type Result, searchArticles } from './search-engine.ts';
import { clearFilters, type SearchPage } from './search-form.ts';
import {
  closestText,
  closestWord,
  markedWord,
  relaxations,
  type Relaxation,
  suggestionText,
} from './search-suggest.ts';

/** The search that found nothing. */
export interface Unfound {
  readonly query: ReadQuery;
  readonly search: ArticleSearch;
  readonly filtered: boolean;
}

/** The looser search `tried` as an article search. */
function loosened(search: ArticleSearch, tried: Relaxation): ArticleSearch {
  return tried.filtered
    ? { ...search, terms: tried.terms }
    : { ...search, terms: tried.terms, filters: {}, range: { from: null, to: null } };
}

/** Shows, under the status, the first looser search that finds articles, while `current()`
 * says the search that found nothing is still the newest. Shows nothing when none does. */
export async function offerSuggestion(
  page: SearchPage,
  engine: Pagefind,
  unfound: Unfound,
  current: () => boolean,
): Promise<void> {
  for (const tried of relaxations(unfound.query, unfound.filtered)) {
    const found = await searchArticles(engine, loosened(unfound.search, tried));
    if (!current() || found === null) return;
    const first = found.results[0];
    if (first === undefined) continue;
    const word = tried.kind === 'prefix' ? markedWord((await first.data()).excerpt) : null;
    if (!current()) return;
    const text = suggestionText(tried, found.results.length, word);
    if (tried.kind === 'no-filters') return offer(page, text, 'Clear filters', null);
    return offer(page, text, `Search for ${word ?? tried.terms ?? ''}`, word ?? tried.terms);
  }
}

/** Shows `text` and a button labelled `label` that searches `terms` (null: clears the filters). */
function offer(page: SearchPage, text: string, label: string, terms: string | null): void {
  const button = page.form.ownerDocument.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.addEventListener('click', () => {
    if (terms === null) return clearFilters(page);
    page.box.value = terms;
    page.search();
  });
  page.suggest.replaceChildren(text, ' ', button);
  page.suggest.hidden = false;
}

/** When Pagefind's typo tolerance found a single typed word as another printed word, says so
 * and offers a search for the printed word (`first`: the first result). */
export async function noteClosest(
  page: SearchPage,
  query: ReadQuery,
  first: Result | undefined,
  current: () => boolean,
): Promise<void> {
  if (first === undefined || query.terms === null) return;
  const word = closestWord(query, (await first.data()).excerpt);
  if (word === null || !current()) return;
  offer(page, closestText(query.terms, word), `Search for ${word}`, word);
}
