import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pagefindFilters, readQuery, resultSummary, sortByName } from './search-query.ts';

describe('readQuery', () => {
  it.each([
    ['', { terms: null, exact: false }],
    ['   ', { terms: null, exact: false }],
    ['  sanctuary   cities ', { terms: 'sanctuary cities', exact: false }],
    ['"in regular communication"', { terms: '"in regular communication"', exact: true }],
    ['\u201cin regular communication\u201d', { terms: '"in regular communication"', exact: true }],
    ['\u201ein Kontakt\u201c', { terms: '"in Kontakt"', exact: true }],
    ['\u00abbonjour\u00bb', { terms: '"bonjour"', exact: true }],
    ['""', { terms: '""', exact: false }],
    ['he said "yes" today', { terms: 'he said "yes" today', exact: false }],
    ['"a" and "b"', { terms: '"a" and "b"', exact: false }],
  ])('%j -> %j', (input, expected) => {
    expect(readQuery(input)).toEqual(expected);
  });

  it('never returns blank terms (property)', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const { terms } = readQuery(input);
        expect(terms === null || terms.trim() !== '').toBe(true);
      }),
    );
  });
});

describe('pagefindFilters', () => {
  it.each([
    [{}, {}],
    [{ outlet: [] }, {}],
    [
      { outlet: ['A', 'B'], tag: ['t'] },
      { outlet: { any: ['A', 'B'] }, tag: { any: ['t'] } },
    ],
    [{ year: ['2025'] }, { year: { any: ['2025'] } }],
  ])('%j -> %j', (chosen, expected) => {
    expect(pagefindFilters(chosen)).toEqual(expected);
  });
});

describe('sortByName', () => {
  it.each([
    ['newest', 'newest'],
    ['oldest', 'oldest'],
    ['relevance', 'relevance'],
    ['toString', 'relevance'],
    [null, 'relevance'],
  ])('%s -> %s', (name, expected) => {
    expect(sortByName(name)).toBe(expected);
  });
});

describe('resultSummary', () => {
  it.each([
    [2, readQuery('"a b"'), false, '2 articles print the exact phrase "a b".'],
    [1, readQuery('"a b"'), false, '1 article prints the exact phrase "a b".'],
    [0, readQuery('word'), true, 'No articles with the chosen filters match word.'],
    [1, readQuery('word'), false, '1 article matches word.'],
    [3, readQuery(''), true, '3 articles with the chosen filters.'],
  ])('%i, %j, %s -> %s', (count, query, filtered, expected) => {
    expect(resultSummary(count, query, filtered)).toBe(expected);
  });
});
