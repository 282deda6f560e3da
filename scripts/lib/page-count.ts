/**
 * How many pages `astro build` writes for an archive, counted from the same data and the same
 * helpers its routes use (facets, moved entity pages, language search pages), so the build's
 * progress counts against the real total rather than a guess.
 */
import type { Article } from '../../src/schema/article.ts';
import type { Entity, Story } from '../../src/schema/story.ts';
import { movedPages } from '../../src/site/entity-view.ts';
import { byOutlet, byTag, byYear } from '../../src/site/facets.ts';
import { languageFacets, SITE_LANGUAGE } from '../../src/site/languages.ts';

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
  /** Pages and endpoints with no parameter in their route (`index.astro`, `rss.xml.ts`…). */
  readonly staticRoutes: number;
}

/** The number of pages and endpoints the build writes: one per article, story, quote, entity,
 * moved entity address, story with reuse (its comparison), outlet, tag, year and language other
 * than the site's (its search page), plus the static routes. */
export function countPages(site: SiteData): number {
  const { articles, stories, entities } = site;
  const languages = languageFacets(articles).filter((l) => l.code !== SITE_LANGUAGE);
  return (
    articles.length +
    stories.length +
    stories.filter((s) => s.reuse.length > 0).length +
    site.quotes.length +
    entities.length +
    movedPages(entities).length +
    byOutlet(articles).facets.length +
    byTag(articles).facets.length +
    byYear(articles).facets.length +
    languages.length +
    site.staticRoutes
  );
}
