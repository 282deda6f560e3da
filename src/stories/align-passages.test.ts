import { describe, expect, it } from 'vitest';
import { alignPassages, sharedFractions } from './align-passages.ts';

const w = (s: string) => s.split(' ');

describe('alignPassages', () => {
  it.each([
    ['identical', 'a b c d e f', 'a b c d e f', 3, [{ a: 0, b: 0, words: 6 }]],
    [
      'one damaged word splits the passage',
      'a b c d X f g h',
      'a b c d Y f g h',
      3,
      [
        { a: 0, b: 0, words: 4 },
        { a: 5, b: 5, words: 3 },
      ],
    ],
    ['moved passage', 'x y a b c d', 'a b c d z', 3, [{ a: 2, b: 0, words: 4 }]],
    ['too short to count', 'a b q', 'a b r', 3, []],
  ])('%s', (_name, a, b, min, expected) => {
    expect(alignPassages(w(a), w(b), min)).toEqual(expected);
  });
});

describe('sharedFractions', () => {
  it('counts covered words on each side once', () => {
    expect(
      sharedFractions(
        [
          { a: 0, b: 0, words: 4 },
          { a: 4, b: 2, words: 2 },
        ],
        8,
        4,
      ),
    ).toEqual({ a: 0.75, b: 1 });
  });
});
