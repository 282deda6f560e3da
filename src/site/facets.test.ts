import { describe, expect, it } from 'vitest';
import type { Article } from '../schema/article.ts';
import { byOutlet, byTag, byYear } from './facets.ts';

type Listed = Pick<Article, 'id' | 'outlet' | 'tags' | 'published' | 'publishedPrecision'>;
const a = (id: string, outlet: string | null, published: string | null, tags: string[] = []) =>
  ({
    id,
    outlet,
    tags,
    published,
    publishedPrecision: published === null ? 'unknown' : published.length === 4 ? 'year' : 'day',
  }) satisfies Listed;

const list = [
  a('a', 'Wire', '2025-04-01', ['Politics', 'Chicago']),
  a('b', 'wire', '2026-01-02', ['Politics']),
  a('c', null, null, ['Politics', 'Politics']),
  a('d', 'Daily', '2025'),
];

const names = (f: {
  facets: readonly { name: string; slug: string; articles: readonly Listed[] }[];
}) => f.facets.map((x) => [x.name, x.slug, x.articles.map((y) => y.id).join('')]);

describe('facets', () => {
  it.each([
    [
      'byOutlet',
      byOutlet(list),
      [
        ['Daily', 'daily', 'd'],
        ['Wire', 'wire', 'a'],
        ['wire', 'wire-1', 'b'],
      ],
      'c',
    ],
    [
      'byTag',
      byTag(list),
      [
        ['Chicago', 'chicago', 'a'],
        ['Politics', 'politics', 'bac'],
      ],
      'd',
    ],
    [
      'byYear',
      byYear(list),
      [
        ['2026', '2026', 'b'],
        ['2025', '2025', 'ad'],
      ],
      'c',
    ],
  ])('%s', (_name, facets, expected, without) => {
    expect(names(facets)).toEqual(expected);
    expect(facets.without.map((x) => x.id).join('')).toBe(without);
  });
});
