/**
 * The archive's languages as the site shows them: each article page's `lang` (its language, or
 * `und` when unknown, never a guess), and one search page per language, because Pagefind indexes
 * each `<html lang>` apart, with that language's stemming, and a search page searches the index
 * of its own `lang`. The site's own words are English, so English has the main search page.
 */
import { SITE } from './site-config.ts';
import type { Article } from '../schema/article.ts';
import { byOutlet, byTag, byYear, type Facet } from './facets.ts';

/** The language of the site's own words (navigation, labels): its main search page's. */
export const SITE_LANGUAGE: string = SITE.language;

/** BCP 47's code for a language nobody has determined. */
export const UNKNOWN_LANGUAGE = 'und';

/** One language of the archive: its code, its English name, how many articles, and the
 * site-relative path (below the base) of the search page that searches it. */
export interface LanguageFacet {
  readonly code: string;
  readonly name: string;
  readonly count: number;
  readonly path: string;
}

/** The `lang` of an article's page: its language, or `und` when unknown. */
export function pageLanguage(article: Pick<Article, 'language'>): string {
  return article.language ?? UNKNOWN_LANGUAGE;
}

/** The English name of a language code ("de" -> "German"); the code itself when unnamed. */
export function languageName(code: string): string {
  if (code === UNKNOWN_LANGUAGE) return 'Unknown language';
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The search page of a language: the main one for the site's language, else `search/<code>/`. */
export function searchPath(code: string): string {
  return code === SITE_LANGUAGE ? 'search/' : `search/${code}/`;
}

/** The archive's languages, most articles first (ties by name). */
export function languageFacets(articles: readonly Pick<Article, 'language'>[]): LanguageFacet[] {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const code = pageLanguage(article);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts]
    .map(([code, count]) => ({ code, name: languageName(code), count, path: searchPath(code) }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The language of words several articles printed (a quote): the one language those articles
 * share, `und` when none of them has a known language, or undefined when they differ (the
 * surrounding page's language then applies). */
export function printedLanguage(
  articleIds: readonly string[],
  articleById: ReadonlyMap<string, Pick<Article, 'language'>>,
): string | undefined {
  const languages = new Set(
    articleIds.map((id) => {
      const article = articleById.get(id);
      return article === undefined ? UNKNOWN_LANGUAGE : pageLanguage(article);
    }),
  );
  const known = [...languages].filter((code) => code !== UNKNOWN_LANGUAGE);
  if (known.length === 0) return languages.size > 0 ? UNKNOWN_LANGUAGE : undefined;
  return known.length === 1 && !languages.has(UNKNOWN_LANGUAGE) ? known[0] : undefined;
}

/** True when the search pages must link the languages: the archive holds more than one, or its
 * one language is not the site's (whose search page is the one the header's search box opens). */
export function linksLanguages(languages: readonly Pick<LanguageFacet, 'code'>[]): boolean {
  return languages.length > 1 || languages.some((language) => language.code !== SITE_LANGUAGE);
}

/** The search filters of one language's search page: the outlets, years and tags of that
 * language's articles only, as only they are in the index the page searches. */
export function searchFilters<T extends Article>(
  articles: readonly T[],
  lang: string,
): { key: string; legend: string; facets: readonly Facet<T>[] }[] {
  const searched = articles.filter((article) => pageLanguage(article) === lang);
  return [
    { key: 'outlet', legend: 'Outlet', facets: byOutlet(searched).facets },
    { key: 'year', legend: 'Year', facets: byYear(searched).facets },
    { key: 'tag', legend: 'Tag', facets: byTag(searched).facets },
  ];
}
