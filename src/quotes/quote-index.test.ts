import { describe, expect, it } from 'vitest';
import { QuoteIndex, sameWords, wordRunIndex } from './quote-index.ts';

describe('word helpers', () => {
  it.each([
    [['a', 'b', 'c'], ['b', 'c'], 1],
    [['a', 'b', 'c'], ['c', 'b'], -1],
    [['a'], ['a', 'b'], -1],
  ])('wordRunIndex(%j, %j) = %i', (whole, part, expected) => {
    expect(wordRunIndex(whole, part)).toBe(expected);
  });

  it.each([
    ['one changed word in ten', 'a b c d e f g h i j', 'a b c d X f g h i j', true],
    ['half the words changed', 'a b c d e f', 'a X c Y e Z', false],
    ['a run', 'a b c d e f', 'c d e', true],
  ])('sameWords: %s', (_name, whole, part, expected) => {
    expect(sameWords(whole.split(' '), part.split(' '))).toBe(expected);
  });
});

describe('QuoteIndex.find', () => {
  const index = new QuoteIndex<string>();
  const head = (text: string, speaker: string | null, name: string): void => {
    index.add(text.split(' '), speaker, name);
  };
  head('we will build the new bridge by the spring', 'Ann Lee', 'bridge');
  head('we will build the new bridge by the spring', 'Bo Park', 'bridge (Bo Park)');
  head('regular communication with the ministry', null, 'ministry');
  head('the harbour will reopen on monday', 'Ann Lee', 'harbour');

  it.each([
    ['the same words', 'we will build the new bridge by the spring', 'Ann Lee', 'bridge'],
    [
      'the same words, the other speaker',
      'we will build the new bridge by the spring',
      'Bo Park',
      'bridge (Bo Park)',
    ],
    ['the same words, no speaker named', 'the harbour will reopen on monday', null, 'harbour'],
    ['a run of them', 'build the new bridge', 'Ann Lee', 'bridge'],
    [
      'them with one word changed',
      'we will build the new bridge by the summer',
      'Ann Lee',
      'bridge',
    ],
    ['two words found by their pair', 'regular communication', 'Cy Doe', 'ministry'],
    ['another speaker', 'the harbour will reopen on monday', 'Cy Doe', undefined],
    ['other words', 'nothing of the kind was ever said here', null, undefined],
  ])('%s', (_name, text, speaker, expected) => {
    expect(index.find(text.split(' '), speaker)?.members[0]).toBe(expected);
  });
});
