import { describe, expect, it } from 'vitest';
import { likelySource, reuseKind, type ReuseInput } from './classify-reuse.ts';

const input = (id: string, over: Partial<ReuseInput['article']> = {}, n = 100): ReuseInput => ({
  article: { id, published: null, outlet: null, credit: null, ...over },
  words: Array.from({ length: n }, (_, i) => `w${i}`),
});

describe('reuseKind', () => {
  it.each([
    [{ a: 0.99, b: 0.7 }, 0.8, 'syndicated'],
    [{ a: 0.3, b: 0.25 }, 0.4, 'partial'],
    [{ a: 0.05, b: 0.06 }, 0.22, 'rewrite'],
    [{ a: 0.01, b: 0.02 }, 0.05, null],
  ])('%j topic %d -> %s', (shared, topic, expected) => {
    expect(reuseKind(shared, topic)).toBe(expected);
  });
});

describe('likelySource', () => {
  it.each([
    [
      'earlier date',
      input('a', { published: '2025-01-02' }),
      input('b', { published: '2025-01-01T10:00:00Z' }),
      'b',
      'earlier-date',
    ],
    [
      'credit',
      input('a', { outlet: 'Daily Wire' }),
      input('b', { credit: 'The Daily Wire' }),
      'a',
      'credit',
    ],
    ['fuller text', input('a', {}, 100), input('b', {}, 200), 'b', 'fuller-text'],
    ['nothing tells', input('a'), input('b'), null, null],
  ])('%s', (_name, a, b, source, reason) => {
    expect(likelySource(a, b)).toEqual({ source, sourceReason: reason });
  });
});
