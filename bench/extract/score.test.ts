import { describe, expect, it } from 'vitest';
import { pageCounts, pageRatios, scorePredictions, shingles, tokenize } from './score.ts';

describe('tokenize', () => {
  it.each([
    ['Hello, world_1 ça-va!', ['Hello', 'world_1', 'ça', 'va']],
    ['  ', []],
    ['Москва 2019 — 3,5', ['Москва', '2019', '3', '5']],
  ])('%j -> %j', (text, tokens) => expect(tokenize(text)).toEqual(tokens));
});

describe('shingles', () => {
  it.each([
    ['a b c d e', { 'a b c d': 1, 'b c d e': 1 }],
    ['a b c', {}],
    ['x x x x x', { 'x x x x': 2 }],
    ['a. b\n\nc, d', { 'a b c d': 1 }],
  ])('%j -> %j', (text, expected) => expect(Object.fromEntries(shingles(text))).toEqual(expected));
});

describe('pageCounts and pageRatios (hand-computed)', () => {
  it.each([
    // 2 truth shingles, 1 predicted and shared: tp 1, fn 1 of 2.
    ['a b c d e', 'a b c d', { tp: 0.5, fp: 0, fn: 0.5 }, { precision: 1, recall: 0.5 }],
    // Multiplicity: truth has "x x x x" twice, the prediction once.
    ['x x x x x', 'x x x x', { tp: 0.5, fp: 0, fn: 0.5 }, { precision: 1, recall: 0.5 }],
    // One shared, one predicted only, two truth only: sum 4.
    [
      'a b c d e f',
      'a b c d z',
      { tp: 0.25, fp: 0.25, fn: 0.5 },
      { precision: 0.5, recall: 1 / 3 },
    ],
    // Both empty: fp = fn = 0 scores 1.
    ['', 'tiny', { tp: 0, fp: 0, fn: 0 }, { precision: 1, recall: 1 }],
    // Nothing predicted: left out of precision, recall 0.
    ['a b c d', '', { tp: 0, fp: 0, fn: 1 }, { precision: null, recall: 0 }],
    // Nothing true: precision 0, left out of recall.
    ['', 'a b c d', { tp: 0, fp: 1, fn: 0 }, { precision: 0, recall: null }],
  ])('truth %j, predicted %j', (truth, predicted, counts, ratios) => {
    const got = pageCounts(truth, predicted);
    expect(got.tp).toBeCloseTo(counts.tp, 12);
    expect(got.fp).toBeCloseTo(counts.fp, 12);
    expect(got.fn).toBeCloseTo(counts.fn, 12);
    const r = pageRatios(got);
    if (ratios.precision === null) expect(r.precision).toBeNull();
    else expect(r.precision).toBeCloseTo(ratios.precision, 12);
    if (ratios.recall === null) expect(r.recall).toBeNull();
    else expect(r.recall).toBeCloseTo(ratios.recall, 12);
  });
});

describe('scorePredictions', () => {
  it('averages per-page ratios, leaving out the pages the README leaves out', () => {
    // Page a: precision 1, recall 0.5. Page b: nothing predicted (recall 0, no precision).
    const score = scorePredictions({ a: 'a b c d e', b: 'p q r s' }, { a: 'a b c d' });
    expect(score.precision).toBeCloseTo(1, 12);
    expect(score.recall).toBeCloseTo(0.25, 12);
    expect(score.f1).toBeCloseTo((2 * 0.25) / 1.25, 12);
    expect(score.pages).toBe(2);
  });

  it('scores a perfect prediction 1', () => {
    expect(
      scorePredictions({ a: 'one two three four five' }, { a: 'one two three four five' }).f1,
    ).toBe(1);
  });
});
