/**
 * The archive's ways in besides search: articles by outlet, by tag and by year. An article whose
 * outlet or date nobody knows is kept apart and listed as such, never filed under a guess.
 */
import type { Article } from '../schema/article.ts';
import { dateYear, newestFirst } from './dates.ts';
import { slugTable } from './slugs.ts';

type Listed = Pick<Article, 'id' | 'outlet' | 'tags' | 'published' | 'publishedPrecision'>;

/** One outlet, tag or year with its articles, newest first. */
export interface Facet<T> {
  readonly name: string;
  readonly slug: string;
  readonly articles: readonly T[];
}

/** Facets sorted by name (case-insensitively), and the articles that have no value. */
export interface Facets<T> {
  readonly facets: readonly Facet<T>[];
  readonly without: readonly T[];
}

/** Case-insensitive name order, ties in code-unit order so it never depends on the locale data. */
function byName(a: string, b: string): number {
  const folded = a.localeCompare(b, 'en', { sensitivity: 'base' });
  if (folded !== 0) return folded;
  return a < b ? -1 : a > b ? 1 : 0;
}

function facetsOf<T extends Listed>(
  articles: readonly T[],
  values: (article: T) => readonly string[],
  slugs: (names: string[]) => Map<string, string>,
): Facets<T> {
  const groups = new Map<string, T[]>();
  const without: T[] = [];
  for (const article of articles) {
    const own = [...new Set(values(article))];
    if (own.length === 0) without.push(article);
    for (const value of own) {
      const list = groups.get(value);
      if (list === undefined) groups.set(value, [article]);
      else list.push(article);
    }
  }
  const table = slugs([...groups.keys()]);
  const facets = [...groups]
    .map(([name, list]) => ({ name, slug: table.get(name) ?? name, articles: newestFirst(list) }))
    .sort((a, b) => byName(a.name, b.name));
  return { facets, without: newestFirst(without) };
}

/** Articles by outlet; `without` holds those whose outlet is unknown. */
export function byOutlet<T extends Listed>(articles: readonly T[]): Facets<T> {
  return facetsOf(articles, (a) => (a.outlet === null ? [] : [a.outlet]), slugTable);
}

/** Articles by tag; `without` holds the untagged ones. */
export function byTag<T extends Listed>(articles: readonly T[]): Facets<T> {
  return facetsOf(articles, (a) => a.tags, slugTable);
}

/** Articles by year of publication, newest year first; `without` holds the undated ones. */
export function byYear<T extends Listed>(articles: readonly T[]): Facets<T> {
  const { facets, without } = facetsOf(
    articles,
    (a) => {
      const year = dateYear(a);
      return year === null ? [] : [year];
    },
    (names) => new Map(names.map((name) => [name, name])),
  );
  return { facets: [...facets].reverse(), without };
}
