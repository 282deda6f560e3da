/** `stories/<id>/rss.xml`: one story's latest articles (see `article-feed.ts`), so a reader can
 * follow an event as more outlets cover it; none without the site's origin. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Story } from '../../../schema/story.ts';
import { shownTitle } from '../../../site/page-title.ts';
import { articleFeed, knownSite } from '../../../site/article-feed.ts';
import { loadCoverage } from '../../../site/coverage-collection.ts';
import { storyPath } from '../../../site/coverage-urls.ts';
import { loadPageKeys } from '../../../site/page-key-collection.ts';
import { SITE } from '../../../site/site-config.ts';

export const getStaticPaths = (async () => {
  if (knownSite() === undefined) return [];
  const { stories } = await loadCoverage();
  const keys = await loadPageKeys();
  return stories.map((story) => ({
    params: { id: story.id },
    props: { story },
    cacheKey: keys.storyFeed(story.id),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story }> = async ({ site, props: { story } }) => {
  if (site === undefined) throw new Error('a story feed needs the site origin (SITE_URL)');
  const { articleById } = await loadCoverage();
  return articleFeed(
    site,
    {
      title: `${shownTitle(story.title)} · ${SITE.name}`,
      description: 'Articles covering the same event, across outlets.',
      page: storyPath(import.meta.env.BASE_URL, story.id),
    },
    story.articles.flatMap((id) => articleById.get(id) ?? []),
  );
};
