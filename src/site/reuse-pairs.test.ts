import { describe, expect, it } from 'vitest';
import type { ReusePair } from '../schema/story.ts';
import { percent, reusePairs } from './reuse-pairs.ts';

const pair = (
  a: string,
  b: string,
  kind: ReusePair['kind'],
  shared: [number, number],
  source: string | null = null,
  sourceReason: ReusePair['sourceReason'] = null,
): ReusePair => ({
  a,
  b,
  kind,
  shared: { a: shared[0], b: shared[1] },
  source,
  sourceReason,
  passages: [],
});

const labels = new Map([
  ['a', 'Wire'],
  ['b', 'Daily'],
  ['c', 'Post'],
]);

describe('reusePairs: one line per pair', () => {
  it.each([
    [
      pair('a', 'b', 'syndicated', [0.999, 0.998], 'a', 'credit'),
      'Wire and Daily',
      'syndicated copy, >99% of each text shared; likely source Wire (Daily credits it)',
    ],
    [
      pair('a', 'b', 'partial', [0.3, 0.8], 'b', 'earlier-date'),
      'Daily and Wire',
      'partial reuse, 80% and 30% of their words shared; likely source Daily (dated a day or more earlier)',
    ],
    [
      pair('b', 'c', 'rewrite', [0.1, 0.1], 'c', 'fuller-text'),
      'Post and Daily',
      'rewrite, 10% of each text shared; likely source Post (its text is clearly fuller)',
    ],
    [
      pair('a', 'x', 'rewrite', [0, 0]),
      'Wire and an article of unknown outlet',
      'rewrite, 0% of each text shared; source unknown',
    ],
  ])('%j -> %s: %s', (p, names, note) => {
    expect(reusePairs({ reuse: [p] }, labels)).toEqual([{ a: p.a, b: p.b, names, note }]);
  });

  it('lists each pair once, closest relations first, then by the larger share', () => {
    const lines = reusePairs(
      {
        reuse: [
          pair('a', 'b', 'rewrite', [0.1, 0.1]),
          pair('a', 'c', 'partial', [0.2, 0.3]),
          pair('b', 'c', 'partial', [0.9, 0.4]),
          pair('c', 'd', 'syndicated', [1, 1]),
        ],
      },
      labels,
    );
    expect(lines.map((l) => `${l.a}~${l.b}`)).toEqual(['c~d', 'b~c', 'a~c', 'a~b']);
  });
});

describe('percent', () => {
  it.each([
    [0, '0%'],
    [0.004, '<1%'],
    [0.2957, '30%'],
    [0.9984, '>99%'],
    [1, '100%'],
  ])('%d -> %s', (share, expected) => {
    expect(percent(share)).toBe(expected);
  });
});
