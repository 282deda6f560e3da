import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPrng, deriveSeed } from './prng.ts';

const take = (seed: number, n: number): number[] => {
  const rng = createPrng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createPrng', () => {
  it.each([
    [1, 2],
    [42, 42_000],
  ])('seeds %i and %i give different streams, each the same every time', (a, b) => {
    expect(take(a, 5)).toEqual(take(a, 5));
    expect(take(a, 5)).not.toEqual(take(b, 5));
  });

  it('int stays within its inclusive bounds', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, lo, span) => {
          const n = createPrng(seed).int(lo, lo + span);
          return n >= lo && n <= lo + span && Number.isInteger(n);
        },
      ),
    );
  });

  it('shuffle returns a permutation and leaves its input alone', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer()), (seed, items) => {
        const copy = [...items];
        const out = createPrng(seed).shuffle(items);
        expect(items).toEqual(copy);
        expect([...out].sort()).toEqual([...items].sort());
      }),
    );
  });

  it('pick refuses an empty list', () => {
    expect(() => createPrng(1).pick([])).toThrow(/empty/);
  });
});

describe('deriveSeed', () => {
  type Keys = readonly [number, ...(string | number)[]];
  it.each<[Keys, Keys]>([
    [
      [7, 'story', 1],
      [7, 'story', 2],
    ],
    [
      [7, 'story', 1],
      [8, 'story', 1],
    ],
    [
      [7, 'ab', 'c'],
      [7, 'a', 'bc'],
    ],
  ])('%j and %j differ', ([seedA, ...keysA], [seedB, ...keysB]) => {
    expect(deriveSeed(seedA, ...keysA)).not.toBe(deriveSeed(seedB, ...keysB));
  });

  it('is stable', () => {
    expect(deriveSeed(7, 'story', 1)).toBe(deriveSeed(7, 'story', 1));
  });
});
