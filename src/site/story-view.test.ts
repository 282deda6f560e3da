import { describe, expect, it } from 'vitest';
import type { Article } from '../schema/article.ts';
import type { Variant } from '../schema/quote.ts';
import { latestStories, storyDateKey, storyQuoteTable } from './story-view.ts';

const dated = (
  id: string,
  published: string | null,
): [string, Pick<Article, 'id' | 'published' | 'publishedPrecision'>] => [
  id,
  { id, published, publishedPrecision: published === null ? 'unknown' : 'day' },
];
const articles = new Map([
  dated('a', '2025-04-01'),
  dated('b', '2025-05-01'),
  dated('c', null),
  dated('d', null),
  dated('e', '2025-04-01'),
]);

describe('storyDateKey', () => {
  it.each([
    [['a', 'b'], '2025-05-01'],
    [['c', 'a'], '2025-04-01'],
    [['c', 'd'], '0000'],
    [['missing'], '0000'],
  ])('%j -> %s', (ids, key) => {
    expect(storyDateKey({ articles: ids }, articles)).toBe(key);
  });
});

describe('latestStories', () => {
  it('orders by newest date, then size, then id; undated last', () => {
    const stories = [
      { id: 's-undated', articles: ['c', 'd'] },
      { id: 's-april', articles: ['a'] },
      { id: 's-april-big', articles: ['e', 'c'] },
      { id: 's-may', articles: ['b'] },
    ];
    expect(latestStories(stories, articles).map((s) => s.id)).toEqual([
      's-may',
      's-april-big',
      's-april',
      's-undated',
    ]);
  });
});

describe('storyQuoteTable', () => {
  const q = (id: string, printed: [string, Variant][]) => ({
    id,
    text: `Text ${id}`,
    speaker: null,
    appearances: printed.map(([article, variant]) => ({
      article,
      text: 't',
      start: 0,
      end: 1,
      embed: null,
      utterance: null,
      variant,
    })),
  });
  it('rows for quotes the story prints, most printed first, a cell per article', () => {
    const table = storyQuoteTable({ articles: ['a', 'b', 'c'] }, [
      q('q-one', [['b', 'verbatim']]),
      q('q-elsewhere', [['z', 'verbatim']]),
      q('q-two', [
        ['a', 'verbatim'],
        ['c', 'altered'],
        ['z', 'verbatim'],
      ]),
    ]);
    expect(table.rows.map((r) => [r.quote.id, r.cells])).toEqual([
      ['q-two', ['verbatim', null, 'altered']],
      ['q-one', [null, 'verbatim', null]],
    ]);
  });
});
