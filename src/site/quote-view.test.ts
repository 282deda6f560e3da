import { describe, expect, it } from 'vitest';
import type { Appearance, Quote } from '../schema/quote.ts';
import {
  byReach,
  printCount,
  printingRows,
  printSummary,
  shortQuote,
  versionChanges,
  type QuotedArticle,
} from './quote-view.ts';

const AT = { start: 0, end: 1, embed: null, utterance: null };

const article = (
  id: string,
  outlet: string | null,
  published: string | null = null,
): QuotedArticle => ({
  id,
  title: `Title ${id}`,
  outlet,
  published,
  publishedPrecision: published === null ? 'unknown' : 'day',
  language: 'en',
});
const articles = new Map(
  [
    article('a', 'Wire', '2025-04-02'),
    article('b', 'Wire', '2025-04-01'),
    article('c', null),
    article('d', 'Gazette'),
  ].map((x) => [x.id, x]),
);
const appear = (id: string): Pick<Appearance, 'article'> => ({ article: id });

describe('printCount', () => {
  it.each([
    [['a'], { articles: 1, outlets: 1, unknownOutlet: 0 }],
    [['a', 'b'], { articles: 2, outlets: 1, unknownOutlet: 0 }],
    [['a', 'c', 'd'], { articles: 3, outlets: 2, unknownOutlet: 1 }],
    [['c', 'zz'], { articles: 2, outlets: 0, unknownOutlet: 2 }],
    [['a', 'a'], { articles: 1, outlets: 1, unknownOutlet: 0 }],
  ])('%j -> %j', (ids, expected) => {
    expect(printCount(ids.map(appear), articles)).toEqual(expected);
  });
});

describe('printSummary', () => {
  it.each([
    [{ articles: 1, outlets: 1, unknownOutlet: 0 }, 'Printed in 1 article by 1 outlet.'],
    [
      { articles: 4, outlets: 3, unknownOutlet: 1 },
      'Printed in 4 articles by 3 outlets; the outlet of 1 article is unknown.',
    ],
    [
      { articles: 5, outlets: 2, unknownOutlet: 2 },
      'Printed in 5 articles by 2 outlets; the outlet of 2 articles is unknown.',
    ],
    [{ articles: 1, outlets: 0, unknownOutlet: 1 }, 'Printed in 1 article; its outlet is unknown.'],
    [
      { articles: 2, outlets: 0, unknownOutlet: 2 },
      'Printed in 2 articles; their outlets are unknown.',
    ],
  ])('%j -> %s', (count, expected) => {
    expect(printSummary(count)).toBe(expected);
  });
});

describe('versionChanges', () => {
  const fullest = 'We will win the vote today.';
  it.each([
    ['verbatim', { text: fullest, variant: 'verbatim' }, [{ op: 'same', text: fullest }]],
    [
      'a part shows what it leaves out',
      { text: 'We will win the vote', variant: 'truncated' },
      [
        { op: 'same', text: 'We will win the vote' },
        { op: 'dropped', text: ' today.' },
      ],
    ],
    [
      'the analysis diff is used as is',
      { text: 'x', variant: 'altered', diff: [{ op: 'added', text: 'x' }] },
      [{ op: 'added', text: 'x' }],
    ],
  ] as const)('%s', (_name, appearance, expected) => {
    expect(versionChanges(fullest, { article: 'a', ...appearance } as Appearance)).toEqual(
      expected,
    );
  });
});

describe('printingRows', () => {
  const quote: Quote = {
    id: 'q-1',
    text: 'Words.',
    speaker: null,
    speakerType: null,
    kind: 'speech',
    earliest: 'b',
    appearances: ['a', 'b', 'c', 'd', 'gone'].map((id) => ({
      article: id,
      text: 'Words.',
      ...AT,
      variant: 'verbatim' as const,
    })),
  };
  it('lists dated printings oldest first, then undated by id, and marks the earliest', () => {
    const rows = printingRows(quote, articles);
    expect(rows.map((r) => [r.articleId, r.earliest])).toEqual([
      ['b', true],
      ['a', false],
      ['c', false],
      ['d', false],
      ['gone', false],
    ]);
    expect(rows[4]?.article).toBeNull();
  });
});

describe('byReach', () => {
  it('orders by number of printings, then id', () => {
    const q = (id: string, n: number) => ({
      id,
      appearances: Array.from({ length: n }, (_, i) => ({
        article: `a${i}`,
        text: 't',
        ...AT,
        variant: 'verbatim' as const,
      })),
    });
    expect(byReach([q('b', 1), q('c', 3), q('a', 1)]).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('shortQuote', () => {
  it.each([
    ['We will win.', 3, 'We will win.'],
    ['We will win the vote.', 3, 'We will win…'],
    ['  One\n\ntwo  ', 5, 'One\n\ntwo'],
  ])('%j (%i words) -> %j', (text, max, expected) => {
    expect(shortQuote(text, max)).toBe(expected);
  });
});
