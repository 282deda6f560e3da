import { describe, expect, it } from 'vitest';
import { collapse, scorePassages } from './passage-score.ts';

describe('collapse', () => {
  it.each([
    ['  a \n\t b  ', 'a b'],
    ['one', 'one'],
    ['a\u00a0 b', 'a b'],
  ])('%j -> %j', (text, expected) => {
    expect(collapse(text)).toBe(expected);
  });
});

describe('scorePassages', () => {
  const annotations = {
    a: { with: ['main  text', 'second part'], without: ['Share this'] },
    b: { with: ['only body'], without: ['Cookie notice', 'Menu'] },
  };

  it('counts passages found, across whitespace differences', () => {
    const score = scorePassages(annotations, {
      a: 'The main\ntext here. Share this',
      b: 'only body',
    });
    expect(score).toMatchObject({ tp: 2, fn: 1, fp: 1, tn: 2, refused: 0 });
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.accuracy).toBeCloseTo(4 / 6);
  });

  it('a refused or missing page: every with is missed, every without is rightly absent', () => {
    const score = scorePassages(annotations, { a: null });
    expect(score).toMatchObject({ tp: 0, fn: 3, fp: 0, tn: 3, refused: 2, f1: 0 });
  });
});
