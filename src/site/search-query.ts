/**
 * The search page's logic, apart from the page: reading a query (a quoted query is an exact-phrase
 * search), turning the chosen filters and sort into Pagefind's options, and the sentence that
 * tells a reader what was found.
 */

/** The filters the index carries, in the order the page offers them. */
export const FILTER_KEYS = ['outlet', 'year', 'tag'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Sort orders a reader can choose; relevance is Pagefind's own order. */
export const SORTS = {
  relevance: null,
  newest: { date: 'desc' },
  oldest: { date: 'asc' },
} as const;
export type SortName = keyof typeof SORTS;

/** A query ready for Pagefind: `terms` is null when the box is empty (list by filters only). */
export interface ReadQuery {
  readonly terms: string | null;
  /** The whole query is one phrase in double quotes: only that exact wording matches. */
  readonly exact: boolean;
}

const OPEN = '"\u201c\u201e\u00ab';
const CLOSE = '"\u201c\u201d\u00bb';
const ANY_QUOTE = /["\u201c\u201d\u201e\u00ab\u00bb]/;

/** Reads what a reader typed. Whitespace is collapsed; a query that is one quoted phrase, in
 * straight or typographic quotes (“…”, „…“, «…»), becomes the straight-quoted phrase Pagefind
 * understands. Anything else is passed on as typed. */
export function readQuery(input: string): ReadQuery {
  const text = input.replace(/\s+/g, ' ').trim();
  if (text === '') return { terms: null, exact: false };
  const first = text[0] ?? '';
  const last = text[text.length - 1] ?? '';
  if (text.length > 2 && OPEN.includes(first) && CLOSE.includes(last)) {
    const inner = text.slice(1, -1).trim();
    if (inner !== '' && !ANY_QUOTE.test(inner)) return { terms: `"${inner}"`, exact: true };
  }
  return { terms: text, exact: false };
}

/** Pagefind's filter option: a page must match one chosen value of each filter (any outlet
 * chosen, and any year chosen, and any tag chosen). Filters with nothing chosen are left out. */
export function pagefindFilters(
  chosen: Partial<Record<FilterKey, readonly string[]>>,
): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    const values = chosen[key] ?? [];
    if (values.length > 0) filters[key] = { any: [...values] };
  }
  return filters;
}

/** The sort named by a form value; anything unknown is relevance. */
export function sortByName(name: string | null): SortName {
  return name !== null && Object.hasOwn(SORTS, name) ? (name as SortName) : 'relevance';
}

/** The sentence announcing a result: how many articles, and for what. */
export function resultSummary(count: number, query: ReadQuery, filtered: boolean): string {
  const articles = count === 1 ? '1 article' : `${count === 0 ? 'No' : count} articles`;
  const scope = filtered ? ' with the chosen filters' : '';
  if (query.terms === null) return `${articles}${scope}.`;
  const what = query.exact ? `print the exact phrase ${query.terms}` : `match ${query.terms}`;
  const verb =
    count === 1 ? what.replace(/^print /, 'prints ').replace(/^match /, 'matches ') : what;
  return `${articles}${scope} ${verb}.`;
}
