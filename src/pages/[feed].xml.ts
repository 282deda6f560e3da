/** `rss.xml`: the archive's latest articles (see `article-feed.ts`); written only when the build
 * knows the site's origin, hence a route with one optional path rather than a fixed file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleFeed, knownSite } from '../site/article-feed.ts';
import { loadArchive } from '../site/collection.ts';
import { SITE } from '../site/site-config.ts';
import { sitePath } from '../site/urls.ts';

export const getStaticPaths = (() =>
  knownSite() === undefined ? [] : [{ params: { feed: 'rss' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  if (site === undefined) throw new Error('rss.xml needs the site origin (SITE_URL)');
  const { articles } = await loadArchive();
  return articleFeed(
    site,
    { title: SITE.name, description: SITE.description, page: sitePath(import.meta.env.BASE_URL) },
    articles,
  );
};
