import { describe, expect, it } from 'vitest';
import { firstSentence, lastSentence, sentenceStart, splitSentences } from './sentences.ts';

describe('firstSentence', () => {
  it.each([
    ['One. Two.', 'One.'],
    ['Mr. Smith went to Washington. Then he left.', 'Mr. Smith went to Washington.'],
    ['The U.S. Senate voted Tuesday. It passed.', 'The U.S. Senate voted Tuesday.'],
    ['He said “stop.” Then he left.', 'He said “stop.”'],
    ['No sentence end here', 'No sentence end here'],
    ['Prices rose 3.5 percent. Then fell.', 'Prices rose 3.5 percent.'],
    ['Is it over? Nobody knows.', 'Is it over?'],
  ])('%j -> %j', (input, expected) => {
    expect(firstSentence(input)).toBe(expected);
  });
});

describe('splitSentences', () => {
  it.each([
    ['One thing happened. Then another one did.', ['One thing happened.', 'Then another one did.']],
    ['He said “we will win.” The crowd cheered.', ['He said “we will win.”', 'The crowd cheered.']],
    ['It cost 3.5 million dollars in total.', ['It cost 3.5 million dollars in total.']],
    ['Is it over? Yes it is.', ['Is it over?', 'Yes it is.']],
  ])('%j', (input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });
});

describe('sentenceStart', () => {
  it.each([
    ['One. Two three.', 9, 5],
    ['Sen. Ben Sasse spoke.', 15, 0],
    ['He left Jan. 5 and Feb. 6.', 20, 0],
    ['The U.S. Attorney said.', 18, 0],
    // A position exactly where a sentence opens is in that sentence, not the one before.
    ['One ended. Lakshiwnder spoke.', 11, 11],
    ['One ended. Two', 14, 11],
  ])('%j at %i -> %i', (text, pos, expected) => {
    expect(sentenceStart(text, pos, 0, 1000)).toBe(expected);
  });

  it('never reads further back than its window', () => {
    expect(sentenceStart(`${'a '.repeat(100)}end`, 200, 0, 10)).toBe(190);
  });
});

describe('lastSentence', () => {
  it.each([
    ['One. Two, ', 'Two, '],
    ['He said.” Then ', 'Then '],
    ['no end at all', 'no end at all'],
  ])('%j -> %j', (head, expected) => {
    expect(lastSentence(head)).toBe(expected);
  });
});
