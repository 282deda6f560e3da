/**
 * Stories as pages list them: the latest stories first (by their newest known date, undated
 * stories last), and which of a story's articles print which of its quotes.
 */
import type { Article } from '../schema/article.ts';
import type { Quote, Variant } from '../schema/quote.ts';
import type { Story } from '../schema/story.ts';
import { dateSortKey } from './dates.ts';

type Dated = Pick<Article, 'id' | 'published' | 'publishedPrecision'>;

/** The newest known date key of a story's articles ("0000" when none is dated). */
export function storyDateKey(
  story: Pick<Story, 'articles'>,
  articles: ReadonlyMap<string, Dated>,
): string {
  return story.articles.reduce((newest, id) => {
    const article = articles.get(id);
    const key = article === undefined ? '0000' : dateSortKey(article);
    return key > newest ? key : newest;
  }, '0000');
}

/** Stories newest first; among stories equally dated (or undated), those with more articles
 * first, then by id, so every build lists them alike. */
export function latestStories<S extends Pick<Story, 'id' | 'articles'>>(
  stories: readonly S[],
  articles: ReadonlyMap<string, Dated>,
): S[] {
  const keys = new Map(stories.map((s) => [s.id, storyDateKey(s, articles)]));
  return [...stories].sort(
    (x, y) =>
      (keys.get(y.id) ?? '').localeCompare(keys.get(x.id) ?? '') ||
      y.articles.length - x.articles.length ||
      x.id.localeCompare(y.id),
  );
}

/** Which articles of a story print which quotes: one row per quote any of them prints (most
 * printed first, then by id), one cell per article (its variant, or null when it does not print
 * it). */
export interface StoryQuoteTable {
  readonly articles: readonly string[];
  readonly rows: readonly {
    readonly quote: Pick<Quote, 'id' | 'text' | 'speaker'>;
    readonly cells: readonly (Variant | null)[];
  }[];
}

/** The quote table of `story` from `quotes` (any quotes: those its articles do not print are
 * left out). */
export function storyQuoteTable(
  story: Pick<Story, 'articles'>,
  quotes: readonly Pick<Quote, 'id' | 'text' | 'speaker' | 'appearances'>[],
): StoryQuoteTable {
  const members = new Set(story.articles);
  const rows = quotes
    .map((quote) => {
      const variants = new Map(
        quote.appearances.filter((a) => members.has(a.article)).map((a) => [a.article, a.variant]),
      );
      return {
        quote: { id: quote.id, text: quote.text, speaker: quote.speaker },
        cells: story.articles.map((id) => variants.get(id) ?? null),
        count: variants.size,
      };
    })
    .filter((row) => row.count > 0)
    .sort((x, y) => y.count - x.count || x.quote.id.localeCompare(y.quote.id))
    .map(({ quote, cells }) => ({ quote, cells }));
  return { articles: story.articles, rows };
}
