/**
 * How many pages `astro build` writes for an archive, counted from the same data and the same
 * helpers its routes use (facets, moved entity pages, language search pages), so the build's
 * progress counts against the real total rather than a guess.
 */
import { pageCount, writesSingleFiles } from '../../src/export/api-paging.ts';
import type { Article } from '../../src/schema/article.ts';
import type { Entity, Story } from '../../src/schema/story.ts';
import { movedPages } from '../../src/site/entity-view.ts';
import { byOutlet, byTag, byYear } from '../../src/site/facets.ts';
import { languageFacets, SITE_LANGUAGE } from '../../src/site/languages.ts';
import { listingPageCount } from '../../src/site/listing-pages.ts';

/** The article fields the listing routes are built from. */
export type ListedArticle = Pick<
  Article,
  'id' | 'outlet' | 'tags' | 'published' | 'publishedPrecision' | 'language'
>;

/** What the routes are generated from. */
export interface SiteData {
  readonly articles: readonly ListedArticle[];
  readonly stories: readonly Pick<Story, 'reuse'>[];
  readonly quotes: readonly unknown[];
  readonly entities: readonly Entity[];
  /** Pages and endpoints with no parameter in their route (`index.astro`, `robots.txt.ts`…). */
  readonly staticRoutes: number;
  /** Whether the build knows the site's origin (`SITE_URL`): only then are feeds written. */
  readonly siteKnown: boolean;
}

/** The JSON API's files: each record's, each kind's index pages, and the single-file exports
 * while the archive is small enough for them. */
function apiFiles(site: SiteData): number {
  const kinds = [site.articles.length, site.stories.length, site.quotes.length];
  return (
    kinds.reduce((sum, n) => sum + n + pageCount(n), 0) +
    (writesSingleFiles(site.articles.length) ? kinds.length : 0)
  );
}

/** The RSS feeds: the archive's, each outlet's and each story's, when the origin is known. */
function feeds(site: SiteData, outlets: number): number {
  return site.siteKnown ? 1 + outlets + site.stories.length : 0;
}

/** The paged listings: the stories, quotes, people and organisations indexes, each outlet's, tag's
 * and year's articles, the articles mentioning each entity (its page), each at least one page,
 * and the undated articles and those of no known outlet, when there are any. */
function listingPages(site: SiteData): number {
  const { articles, stories, quotes, entities } = site;
  const people = entities.filter((e) => e.type === 'person').length;
  const facets = [byOutlet(articles), byTag(articles), byYear(articles)].flatMap((f) => f.facets);
  return (
    [stories.length, quotes.length, people, entities.length - people]
      .map((n) => listingPageCount(n))
      .reduce((sum, n) => sum + n, 0) +
    [...facets, ...entities].reduce((sum, f) => sum + listingPageCount(f.articles.length), 0) +
    // The undated articles and those of no known outlet: no list at all when there are none.
    [byYear(articles).without.length, byOutlet(articles).without.length]
      .filter((n) => n > 0)
      .reduce((sum, n) => sum + listingPageCount(n), 0)
  );
}

/** The number of pages and endpoints the build writes: one per article, story, quote, moved
 * entity address, story with reuse (its comparison), page of a paged listing and language
 * other than the site's (its search page), the JSON API's files and the feeds, plus the static routes
 * (the bulk export is written after the build and is not counted). */
export function countPages(site: SiteData): number {
  const { articles, stories, entities } = site;
  const languages = languageFacets(articles).filter((l) => l.code !== SITE_LANGUAGE);
  const outlets = byOutlet(articles).facets.length;
  return (
    apiFiles(site) +
    feeds(site, outlets) +
    articles.length +
    stories.length +
    stories.filter((s) => s.reuse.length > 0).length +
    site.quotes.length +
    movedPages(entities).length +
    listingPages(site) +
    languages.length +
    site.staticRoutes
  );
}
