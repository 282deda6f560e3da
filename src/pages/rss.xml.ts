/** The RSS feed of articles, newest first, linking to their archive pages. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { addressOf, loadArchive } from '../site/collection.ts';
import { articlePath } from '../site/coverage-urls.ts';
import { feedItem } from '../site/feed-items.ts';
import { SITE } from '../site/site-config.ts';
import { absoluteUrl, sitePath } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL('http://localhost/');
  const base = import.meta.env.BASE_URL;
  const archive = await loadArchive();
  const { articles } = archive;
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: absoluteUrl(origin, sitePath(base)),
    items: articles.map((article) =>
      feedItem(article, absoluteUrl(origin, articlePath(base, addressOf(archive, article.id)))),
    ),
    trailingSlash: true,
  });
};
