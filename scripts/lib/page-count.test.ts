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

const empty = {
  articles: [],
  stories: [],
  quotes: [],
  entities: [],
  staticRoutes: 0,
  siteKnown: false,
};
/** The JSON API of an empty archive: page 1 of each kind's index, and the three single files. */
const API = 3 + 3;

/** The stories, quotes, people and organisations indexes: one page each, even when empty. */
const LISTS = 4;

const many = (n: number) => Array.from({ length: n }, (_, i) => article(`a${i}`, { outlet: null }));

describe('countPages', () => {
  it.each([
    ['nothing but the static routes', { ...empty, staticRoutes: 17 }, 17 + API + LISTS],
    [
      'an article, its outlet page, its record; undated, the list of undated articles',
      { ...empty, articles: [article('a')] },
      3 + 1 + API + LISTS,
    ],
    [
      'an unknown outlet has no page but a list of such articles; each tag and year has one',
      {
        ...empty,
        articles: [
          article('a', { outlet: null, tags: ['x', 'y'] }),
          article('b', { published: '2025-03-01', publishedPrecision: 'day', tags: ['x'] }),
        ],
      },
      2 + 1 + 2 + 1 + 2 + API + LISTS + 1 + 1,
    ],
    [
      'a language other than the site’s has its own search page',
      { ...empty, articles: [article('a'), article('b', { language: 'de' })] },
      2 + 1 + 1 + 2 + API + LISTS + 1,
    ],
    [
      'a story with reuse has its comparison page',
      { ...empty, stories: [{ reuse: [] }, { reuse: [{} as never] }] },
      3 + 2 + API + LISTS,
    ],
    [
      'a quoted person keeps a moved speaker address',
      { ...empty, quotes: [{}], entities: [person('Ann Lee', 'ann-lee', ['q'])] },
      1 + 1 + 1 + 1 + API + LISTS,
    ],
    [
      'with a known origin, the archive, each outlet and each story have a feed',
      { ...empty, articles: [article('a')], stories: [{ reuse: [] }], siteKnown: true },
      1 + 1 + 1 + 2 + API + 3 + LISTS + 1,
    ],
    [
      'past 100 articles, no single-file exports',
      { ...empty, articles: many(101) },
      101 + 101 + 3 + LISTS + 2 + 2,
    ],
    [
      'an index page per 500 entries',
      {
        ...empty,
        articles: many(1001),
        quotes: many(500),
        stories: many(501).map(() => ({ reuse: [] })),
      },
      1001 + 1001 + 3 + 500 + 500 + 1 + 501 + 501 + 2 + LISTS + 4 + 5 + 11 + 11,
    ],
    [
      'an entity mentioned by more articles than a page holds has a page per 100 of them',
      {
        ...empty,
        entities: [
          {
            ...person('Ann Lee', 'ann-lee'),
            articles: Array.from({ length: 250 }, (_, i) => `a${i}`),
          },
        ],
      },
      3 + API + LISTS,
    ],
    [
      'an outlet, a tag and a year past one listing page have a page per 100 articles',
      {
        ...empty,
        articles: Array.from({ length: 201 }, (_, i) =>
          article(`a${i}`, { tags: ['x'], published: '2025-03-01', publishedPrecision: 'day' }),
        ),
      },
      201 + 201 + 3 + 3 + 3 + 3 + LISTS,
    ],
  ])('%s', (_name, site, expected) => {
    expect(countPages(site)).toBe(expected);
  });
});
