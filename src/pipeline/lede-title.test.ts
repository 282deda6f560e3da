import { describe, expect, it } from 'vitest';
import { firstSentence, ledeTitle, MAX_LEDE_TITLE } from './lede-title.ts';

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

describe('ledeTitle', () => {
  it('drops the final full stop and keeps the words exactly', () => {
    expect(ledeTitle('Chicgo’s mayor spoke Wednesday. More text.')).toBe(
      'Chicgo’s mayor spoke Wednesday',
    );
  });
  it('cuts a long sentence at a word boundary with an ellipsis', () => {
    const long = `${'word '.repeat(60)}end.`;
    const title = ledeTitle(long);
    expect(title).not.toBeNull();
    expect(title!.length).toBeLessThanOrEqual(MAX_LEDE_TITLE + 1);
    expect(title!.endsWith('word…')).toBe(true);
  });
  it('returns null for a lede without words', () => {
    expect(ledeTitle(' … ')).toBeNull();
  });
});
