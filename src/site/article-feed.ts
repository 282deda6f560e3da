/**
 * The RSS feeds as the feed routes write them: the latest articles of the archive, an outlet or a
 * story, each linking to its archive page. A feed needs absolute links, so feeds exist only when
 * the build knows the site's origin (`SITE_URL`); without it no feed is written or linked.
 */
import rss from '@astrojs/rss';
import type { Article } from '../schema/article.ts';
import { addressOf, loadArchive } from './collection.ts';
import { articlePath } from './coverage-urls.ts';
import { feedItem, latestForFeed } from './feed-items.ts';
import { absoluteUrl } from './urls.ts';

/** The origin the build was given (`site` in the Astro config, from `SITE_URL`), or undefined:
 * what decides whether feeds, canonical links and the sitemap are written. */
export function knownSite(): URL | undefined {
  const site: unknown = import.meta.env.SITE;
  return typeof site === 'string' && site !== '' ? new URL(site) : undefined;
}

/** One feed's channel. */
export interface FeedChannel {
  readonly title: string;
  readonly description: string;
  /** The site path (base included) of the page the feed follows. */
  readonly page: string;
}

/** The RSS document of `channel` carrying the latest of `articles`, with absolute links on `site`. */
export async function articleFeed(
  site: URL,
  channel: FeedChannel,
  articles: readonly Article[],
): Promise<Response> {
  const archive = await loadArchive();
  const base = import.meta.env.BASE_URL;
  return rss({
    title: channel.title,
    description: channel.description,
    site: absoluteUrl(site, channel.page),
    items: latestForFeed(articles).map((article) =>
      feedItem(article, absoluteUrl(site, articlePath(base, addressOf(archive, article.id)))),
    ),
    trailingSlash: true,
  });
}
