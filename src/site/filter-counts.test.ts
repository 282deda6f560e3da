import { describe, expect, it } from 'vitest';
import { countText, filtersSummary, sumCounts } from './filter-counts.ts';

describe('sumCounts', () => {
  it.each([
    ['nothing', [], {}],
    ['one search', [{ outlet: { A: 2 } }], { outlet: { A: 2 } }],
    [
      'two searches add up, missing values count nothing',
      [{ outlet: { A: 2, B: 1 } }, { outlet: { A: 1 }, tag: { x: 3 } }],
      { outlet: { A: 3, B: 1 }, tag: { x: 3 } },
    ],
  ])('%s', (_name, parts, expected) => {
    expect(sumCounts(parts)).toEqual(expected);
  });
});

describe('countText', () => {
  const counts = { outlet: { 'Daily Planet': 1234, Wire: 0 } };
  it.each([
    [counts, 'outlet', 'Daily Planet', '1,234'],
    [counts, 'outlet', 'Wire', '0'],
    [counts, 'outlet', 'Unlisted', '0'],
    [counts, 'tag', 'x', '0'],
    [null, 'outlet', 'Wire', ''],
  ])('%j %s %s -> %j', (given, key, value, expected) => {
    expect(countText(given, key, value)).toBe(expected);
  });
});

describe('filtersSummary', () => {
  it.each([
    [0, 'Filters'],
    [1, 'Filters (1)'],
    [12, 'Filters (12)'],
  ])('%i -> %s', (chosen, expected) => {
    expect(filtersSummary(chosen)).toBe(expected);
  });
});
