import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/schema/story.ts';
import { countPages, type ListedArticle } from './page-count.ts';

const article = (id: string, over: Partial<ListedArticle> = {}): ListedArticle => ({
  id,
  outlet: 'Daily',
  tags: [],
  published: null,
  publishedPrecision: 'unknown',
  language: 'en',
  ...over,
});

const person = (name: string, slug: string, quotes: string[] = []): Entity => ({
  aliases: [],
  articles: ['a'],
  name,
  quotes,
  slug,
  type: 'person',
});

const empty = { articles: [], stories: [], quotes: [], entities: [], staticRoutes: 0 };

describe('countPages', () => {
  it.each([
    ['nothing but the static routes', { ...empty, staticRoutes: 17 }, 17],
    ['an article, its outlet page', { ...empty, articles: [article('a')] }, 2],
    [
      'an unknown outlet has no page; each tag and year has one',
      {
        ...empty,
        articles: [
          article('a', { outlet: null, tags: ['x', 'y'] }),
          article('b', { published: '2025-03-01', publishedPrecision: 'day', tags: ['x'] }),
        ],
      },
      2 + 1 + 2 + 1,
    ],
    [
      'a language other than the site’s has its own search page',
      { ...empty, articles: [article('a'), article('b', { language: 'de' })] },
      2 + 1 + 1,
    ],
    [
      'a story with reuse has its comparison page',
      { ...empty, stories: [{ reuse: [] }, { reuse: [{} as never] }] },
      3,
    ],
    [
      'a quoted person keeps a moved speaker address',
      { ...empty, quotes: [{}], entities: [person('Ann Lee', 'ann-lee', ['q'])] },
      1 + 1 + 1,
    ],
  ])('%s', (_name, site, expected) => {
    expect(countPages(site)).toBe(expected);
  });
});
