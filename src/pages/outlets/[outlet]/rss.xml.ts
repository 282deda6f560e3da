/** `outlets/<slug>/rss.xml`: one outlet's latest articles (see `article-feed.ts`); none without
 * the site's origin. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Article } from '../../../schema/article.ts';
import { articleFeed, knownSite } from '../../../site/article-feed.ts';
import { loadArchive } from '../../../site/collection.ts';
import type { Facet } from '../../../site/facets.ts';
import { SITE } from '../../../site/site-config.ts';
import { sitePath, segment } from '../../../site/urls.ts';

export const getStaticPaths = (async () => {
  if (knownSite() === undefined) return [];
  const { outlets } = await loadArchive();
  return outlets.facets.map((facet) => ({ params: { outlet: facet.slug }, props: { facet } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ facet: Facet<Article> }> = ({ site, props: { facet } }) => {
  if (site === undefined) throw new Error('an outlet feed needs the site origin (SITE_URL)');
  const page = sitePath(import.meta.env.BASE_URL, 'outlets', `${segment(facet.slug)}/`);
  return articleFeed(
    site,
    { title: `${facet.name} · ${SITE.name}`, description: `Articles by ${facet.name}.`, page },
    facet.articles,
  );
};
