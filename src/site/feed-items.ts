/**
 * The RSS feed's items. RSS dates are full timestamps, so an article dated only to a year or a
 * month carries no date in the feed rather than an invented day; a day-precise date is given as
 * that day at 00:00 UTC, the feed format's nearest way to say "this day".
 */
import type { Article } from '../schema/article.ts';
import { newestFirst } from './dates.ts';
import { shownTitle } from './page-title.ts';
import { segment, sitePath } from './urls.ts';

/** Items in any feed at most: feed readers show the latest few dozen, and a feed of the whole
 * archive would grow with it (6 MB at 10,000 articles). */
export const FEED_SIZE = 50;

/** One feed item, as `@astrojs/rss` takes it. */
export interface FeedItem {
  readonly title: string;
  readonly link: string;
  readonly pubDate?: Date;
  readonly description?: string;
  readonly author?: string;
  readonly categories?: string[];
}

/** When `article` was published, for a feed, or undefined when not known to the day. */
export function feedDate(
  article: Pick<Article, 'published' | 'publishedPrecision'>,
): Date | undefined {
  const { published, publishedPrecision } = article;
  if (published === null) return undefined;
  const time =
    publishedPrecision === 'datetime'
      ? Date.parse(published)
      : publishedPrecision === 'day'
        ? Date.parse(`${published}T00:00:00Z`)
        : Number.NaN;
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** The feed item for `article`, linking to its archive page at the absolute URL `link`. */
export function feedItem(article: Article, link: string): FeedItem {
  const pubDate = feedDate(article);
  const outlet = article.outlet === null ? 'Outlet unknown' : article.outlet;
  return {
    title: shownTitle(article.title),
    link,
    ...(pubDate === undefined ? {} : { pubDate }),
    description: article.summary ?? `${outlet}. ${article.text.split('\n\n')[0] ?? ''}`,
    ...(article.tags.length > 0 ? { categories: [...article.tags] } : {}),
  };
}

/** The articles a feed carries: the {@link FEED_SIZE} newest (undated last, then by id). */
export function latestForFeed<T extends Pick<Article, 'id' | 'published' | 'publishedPrecision'>>(
  articles: readonly T[],
): T[] {
  return newestFirst(articles).slice(0, FEED_SIZE);
}

/** The site path of a feed: the whole archive's (`rss.xml`), an outlet's
 * (`outlets/<slug>/rss.xml`) or a story's (`stories/<id>/rss.xml`), beside the page it follows. */
export function feedPath(
  base: string,
  of: { readonly outlet: string } | { readonly story: string } | 'archive',
): string {
  if (of === 'archive') return sitePath(base, 'rss.xml');
  return 'outlet' in of
    ? sitePath(base, 'outlets', segment(of.outlet), 'rss.xml')
    : sitePath(base, 'stories', segment(of.story), 'rss.xml');
}
