import { describe, expect, it } from 'vitest';
import type { Quote } from '../schema/quote.ts';
import { quoteRecord, quotesJson } from './quotes-json.ts';

const AT = { start: 0, end: 21, embed: null, utterance: null };
const quote: Quote = {
  id: 'we-will-win-1234abcd',
  text: 'We will win the vote.',
  speaker: 'Ann Lee',
  speakerType: 'person',
  kind: 'speech',
  appearances: [
    { article: 'a1', text: 'We will win the vote.', ...AT, variant: 'verbatim' },
    {
      article: 'b2',
      text: 'We will wim the vote.',
      ...AT,
      variant: 'altered',
      diff: [
        { op: 'same', text: 'We will ' },
        { op: 'dropped', text: 'win' },
        { op: 'added', text: 'wim' },
        { op: 'same', text: ' the vote.' },
      ],
    },
  ],
  earliest: 'a1',
};

describe('quoteRecord', () => {
  it('keeps the contract fields and drops the internal ones', () => {
    expect(quoteRecord(quote)).toEqual({
      id: 'we-will-win-1234abcd',
      text: 'We will win the vote.',
      speaker: 'Ann Lee',
      speakerType: 'person',
      kind: 'speech',
      appearances: [
        { article: 'a1', text: 'We will win the vote.', variant: 'verbatim', ...AT },
        { article: 'b2', text: 'We will wim the vote.', variant: 'altered', ...AT },
      ],
    });
  });

  it.each([
    [
      [quote, { ...quote, id: 'a-first-00000000' }],
      ['a-first-00000000', quote.id],
    ],
    [[], []],
  ])('quotesJson sorts by id (%#)', (quotes, ids) => {
    const parsed = JSON.parse(quotesJson(quotes)) as { id: string }[];
    expect(parsed.map((q) => q.id)).toEqual(ids);
  });
});
