import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../quotes/extract-quotes.ts';
import { utteranceAsPrinted } from './utterance-view.ts';

describe('utteranceAsPrinted', () => {
  it.each([
    [
      'two parts with the attribution between them',
      'Intro.\n\n“We arrest them,” Johnson said. “But we will not be a tool.” Then he left.',
      '“We arrest them,” Johnson said. “But we will not be a tool.”',
    ],
    [
      'three parts',
      'Intro.\n\n“A,” she said, “b,” she added. “C.”',
      '“A,” she said, “b,” she added. “C.”',
    ],
    ['a quotation that stands alone', 'Intro.\n\n“Alone,” she said.', null],
  ])('%s', (_name, text, expected) => {
    const mentions = extractQuotes({ text, embeds: [] });
    for (const m of mentions) expect(utteranceAsPrinted(text, mentions, m)).toBe(expected);
  });

  it('is nothing for an embedded post', () => {
    const text = 'Intro.\n\n“A,” she said. “B.”';
    const mentions = extractQuotes({ text, embeds: [] });
    const first = mentions[0];
    if (!first) throw new Error('no quotation');
    expect(utteranceAsPrinted(text, mentions, { ...first, embed: 0 })).toBeNull();
  });
});
