import { describe, expect, it } from 'vitest';
import { readQuery } from './search-query.ts';
import {
  closestText,
  closestWord,
  markedWord,
  relaxations,
  suggestionText,
} from './search-suggest.ts';

describe('relaxations', () => {
  it.each([
    ['empty, no filters: nothing to loosen', '', false, []],
    ['empty, filtered: drop the filters', '', true, [['no-filters', null, false]]],
    [
      'a phrase: without quotes, then each word',
      '"bridge closed"',
      false,
      [
        ['loose', 'bridge closed', false],
        ['word', 'bridge', false],
        ['word', 'closed', false],
      ],
    ],
    [
      'filtered words: without filters first',
      'bridge closed',
      true,
      [
        ['no-filters', 'bridge closed', false],
        ['word', 'bridge', true],
        ['word', 'closed', true],
      ],
    ],
    [
      'a long single word: shorter beginnings',
      'councel',
      false,
      [
        ['prefix', 'counce', false],
        ['prefix', 'counc', false],
      ],
    ],
    ['a five-letter word: one shorter beginning', 'brige', false, [['prefix', 'brig', false]]],
    ['a short word: nothing', 'brg', false, []],
    [
      'many words: only the first four alone',
      'a b c d e',
      false,
      ['a', 'b', 'c', 'd'].map((w) => ['word', w, false]),
    ],
  ] as const)('%s', (_name, input, filtered, expected) => {
    const tries = relaxations(readQuery(input), filtered).map((r) => [r.kind, r.terms, r.filtered]);
    expect(tries).toEqual(expected);
  });
});

describe('markedWord', () => {
  it.each([
    ['the <mark>council</mark> met', 'council'],
    ['<mark>Council</mark> and <mark>councils</mark>', 'Council'],
    ['the <mark>council,</mark> met', 'council'],
    ['no marks', null],
    ['<mark> </mark>', null],
  ])('%j -> %j', (excerpt, expected) => {
    expect(markedWord(excerpt)).toBe(expected);
  });
});

describe('suggestionText', () => {
  it.each([
    [
      { kind: 'no-filters', terms: 'x', filtered: false },
      3,
      null,
      'Without the filters, 3 articles match.',
    ],
    [
      { kind: 'no-filters', terms: 'x', filtered: false },
      1,
      null,
      'Without the filters, 1 article matches.',
    ],
    [
      { kind: 'loose', terms: 'a b', filtered: false },
      1,
      null,
      '1 article contains these words, not in this exact order.',
    ],
    [
      { kind: 'word', terms: 'bridge', filtered: false },
      2,
      null,
      '2 articles contain “bridge” alone. Try fewer words.',
    ],
    [
      { kind: 'prefix', terms: 'counc', filtered: false },
      4,
      'council',
      'Did you mean “council”? 4 articles print it.',
    ],
  ] as const)('%j, %i -> %s', (tried, count, word, expected) => {
    expect(suggestionText(tried, count, word)).toBe(expected);
  });
});

describe('closestWord', () => {
  it.each([
    ['reaffirmqq', 'Johnson <mark>reaffirmed</mark> his', 'reaffirmed'],
    ['reaffirmed', 'Johnson <mark>reaffirmed</mark> his', null],
    ['reaffirm', 'Johnson <mark>reaffirmed</mark> his', null],
    ['Reforms', 'the <mark>reform</mark>', null],
    ['"reaffirmqq"', 'Johnson <mark>reaffirmed</mark> his', null],
    ['two words', 'Johnson <mark>reaffirmed</mark> his', null],
    ['reaffirmqq', 'no mark', null],
    ['', 'Johnson <mark>reaffirmed</mark> his', null],
  ])('%j, %j -> %j', (typed, excerpt, expected) => {
    expect(closestWord(readQuery(typed), excerpt)).toBe(expected);
  });

  it('says what was typed and what is printed', () => {
    expect(closestText('reaffirmqq', 'reaffirmed')).toBe(
      'No article prints “reaffirmqq”; these print “reaffirmed”.',
    );
  });
});
