import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Passage } from '../schema/story.ts';
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

/** The alignment keyed by joined strings, as first written: the hashed index must agree with it. */
function byStrings(a: readonly string[], b: readonly string[], min: number): Passage[] {
  if (a.length < min || b.length < min) return [];
  const index = new Map<string, number[]>();
  for (let j = 0; j + min <= b.length; j += 1) {
    const key = b.slice(j, j + min).join(' ');
    const positions = index.get(key);
    if (!positions) index.set(key, [j]);
    else if (positions.length < 16) positions.push(j);
  }
  const passages: Passage[] = [];
  let i = 0;
  while (i + min <= a.length) {
    let best: Passage | null = null;
    for (const j of index.get(a.slice(i, i + min).join(' ')) ?? []) {
      let n = min;
      while (i + n < a.length && j + n < b.length && a[i + n] === b[j + n]) n += 1;
      if (!best || n > best.words) best = { a: i, b: j, words: n };
    }
    if (best) {
      passages.push(best);
      i += best.words;
    } else i += 1;
  }
  return passages;
}

describe('alignPassages against the string-keyed alignment', () => {
  it('finds the same passages (repetitive texts over a tiny vocabulary)', () => {
    const text = fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 60 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 4 }), (a, b, min) => {
        expect(alignPassages(a, b, min)).toEqual(byStrings(a, b, min));
      }),
    );
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
