import { describe, expect, it } from 'vitest';
import { estimateJaccard, lshCandidates, lshNeighbours, minhash } from './minhash-lsh.ts';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('minhash', () => {
  it.each([
    [range(0, 200), range(0, 200), 1, 1],
    [range(0, 200), range(100, 300), 0.2, 0.5],
    [range(0, 200), range(1000, 1200), 0, 0.05],
  ])('estimates Jaccard within tolerance', (a, b, low, high) => {
    const j = estimateJaccard(minhash(a), minhash(b));
    expect(j).toBeGreaterThanOrEqual(low);
    expect(j).toBeLessThanOrEqual(high);
  });

  it('an empty set matches nothing', () => {
    expect(estimateJaccard(minhash([]), minhash([]))).toBe(0);
  });
});

describe('lshCandidates', () => {
  it('proposes alike items and not unrelated ones', () => {
    const sigs = [minhash(range(0, 100)), minhash(range(5, 105)), minhash(range(5000, 5100))];
    expect(lshCandidates(sigs)).toEqual([[0, 1]]);
  });
});

describe('lshNeighbours', () => {
  it('lists, for each item, the later items sharing a band, ascending', () => {
    const sigs = [
      minhash(range(5000, 5100)),
      minhash(range(0, 100)),
      minhash(range(0, 100)),
      minhash(range(2, 102)),
    ];
    expect(lshNeighbours(sigs).map((later) => [...later])).toEqual([[], [2, 3], [3], []]);
  });
});
