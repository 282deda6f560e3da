import { describe, expect, it } from 'vitest';
import { quoteResultLine, quotesHeading, searchesQuotes, withoutQuotes } from './quote-search.ts';

describe('withoutQuotes', () => {
  it.each([
    [{}, { none: [{ kind: 'quote' }] }],
    [{ outlet: { any: ['Wire'] } }, { outlet: { any: ['Wire'] } }],
  ])('%j -> %j', (filters, expected) => {
    expect(withoutQuotes(filters)).toEqual(expected);
  });
});

describe('searchesQuotes', () => {
  it.each([
    ['words', false, true],
    ['words', true, false],
    [null, false, false],
  ] as const)('%s, filtered %s -> %s', (terms, filtered, expected) => {
    expect(searchesQuotes(terms, filtered)).toBe(expected);
  });
});

describe('quoteResultLine', () => {
  it.each([
    [
      { speaker: 'Ann Lee', printed: 'Printed in 2 articles by 2 outlets.' },
      'Ann Lee · Printed in 2 articles by 2 outlets.',
    ],
    [
      { printed: 'Printed in 1 article by 1 outlet.' },
      'Speaker unknown · Printed in 1 article by 1 outlet.',
    ],
    [{ speaker: 'Ann Lee' }, 'Ann Lee'],
  ])('%j -> %s', (meta, expected) => {
    expect(quoteResultLine(meta)).toBe(expected);
  });
});

describe('quotesHeading', () => {
  it.each([
    [1, 1, '1 quote matches'],
    [3, 3, '3 quotes match'],
    [5, 9, '9 quotes match (the first 5 shown)'],
  ])('%i of %i -> %s', (shown, total, expected) => {
    expect(quotesHeading(shown, total)).toBe(expected);
  });
});
