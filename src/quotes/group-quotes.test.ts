import { describe, expect, it } from 'vitest';
import type { QuoteMention } from '../schema/quote.ts';
import { groupQuotes, quoteId, variantOf } from './group-quotes.ts';

const mention = (
  text: string,
  speaker: string | null = 'Ann Lee',
  fragment = false,
): QuoteMention => ({
  text,
  start: 0,
  end: text.length,
  speaker,
  speakerType: speaker === null ? null : 'person',
  kind: fragment ? 'fragment' : 'speech',
  utterance: null,
  paragraph: 0,
  embed: null,
  segments: [{ start: 0, end: text.length }],
});
const FULL = 'We will build the new bridge before winter and pay for it with state money.';

describe('groupQuotes', () => {
  it('groups verbatim, truncated, damaged and fragment printings as one quote', () => {
    const { quotes, mentionQuotes } = groupQuotes([
      { article: { id: 'a', published: '2025-01-02' }, mentions: [mention(FULL)] },
      {
        article: { id: 'b', published: '2025-01-01' },
        mentions: [mention(FULL.replace('bridge', 'bridg'))],
      },
      {
        article: { id: 'c', published: null },
        mentions: [mention('We will build the new bridge before winter.')],
      },
      {
        article: { id: 'd', published: null },
        mentions: [mention('pay for it with state money', null, true)],
      },
      { article: { id: 'e', published: null }, mentions: [mention(FULL)] },
    ]);
    expect(quotes).toHaveLength(1);
    const [quote] = quotes;
    expect(quote?.text).toBe(FULL);
    expect(quote?.speaker).toBe('Ann Lee');
    expect(quote?.earliest).toBe('b');
    expect(quote?.appearances.map((a) => [a.article, a.variant])).toEqual([
      ['a', 'verbatim'],
      ['b', 'altered'],
      ['c', 'truncated'],
      ['d', 'fragment'],
      ['e', 'verbatim'],
    ]);
    expect(quote?.appearances[1]?.diff?.filter((d) => d.op !== 'same')).toEqual([
      { op: 'dropped', text: 'bridge' },
      { op: 'added', text: 'bridg' },
    ]);
    expect(mentionQuotes.get('d')).toEqual([quote?.id]);
  });

  it.each([
    ['different words', 'Taxes will fall next year for every family in the state.', 'Ann Lee'],
    ['same words, another speaker', FULL, 'Bob Stone'],
  ])('keeps apart: %s', (_name, other, speaker) => {
    const { quotes } = groupQuotes([
      { article: { id: 'a', published: null }, mentions: [mention(FULL)] },
      { article: { id: 'b', published: null }, mentions: [mention(other, speaker)] },
    ]);
    expect(quotes).toHaveLength(2);
    expect(new Set(quotes.map((q) => q.id)).size).toBe(2);
  });

  it('finds an identical printing even when all its shingles are common ones', () => {
    // Many earlier, longer quotes hold each 3-word shingle of the short one (never its whole
    // words in order), filling those shingles' postings lists before the short quote is first seen.
    const filler = Array.from({ length: 80 }, (_, i) => ({
      article: { id: `f${String(i).padStart(3, '0')}`, published: null },
      mentions: [
        mention(`week is coming alpha${i} beta${i} then a week is gamma${i} delta${i}`, null),
      ],
    }));
    const short = ['x1', 'x2', 'x3'].map((id) => ({
      article: { id, published: null },
      mentions: [mention('a week is coming', 'Ann Lee')],
    }));
    const { quotes } = groupQuotes([...filler, ...short]);
    const found = quotes.filter((q) => q.text === 'a week is coming');
    expect(found).toHaveLength(1);
    expect(found[0]?.appearances.map((a) => a.article)).toEqual(['x1', 'x2', 'x3']);
    expect(new Set(quotes.map((q) => q.id)).size).toBe(quotes.length);
  });

  it('gives quotes of the same words by different speakers different ids', () => {
    const { quotes, mentionQuotes } = groupQuotes(
      ['Ann Lee', 'Bo Chan', 'Cy Diaz'].map((speaker, i) => ({
        article: { id: `a${i}`, published: null },
        mentions: [mention('We will win this.', speaker)],
      })),
    );
    const ids = quotes.map((q) => q.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids).toContain(`${quoteId(['we', 'will', 'win', 'this'])}-2`);
    for (const [article, [id]] of mentionQuotes) {
      const quote = quotes.find((q) => q.id === id);
      expect(quote?.appearances.map((a) => a.article)).toEqual([article]);
    }
  });

  it('leaves terms out and gives the same result whatever the input order', () => {
    const term = { ...mention('sanctuary cities', null, true), kind: 'term' as const };
    const input = [
      { article: { id: 'a', published: null }, mentions: [mention(FULL), term] },
      {
        article: { id: 'b', published: null },
        mentions: [mention('We will build the new bridge')],
      },
    ];
    const forward = groupQuotes(input);
    expect(forward.mentionQuotes.get('a')?.[1]).toBeNull();
    expect(groupQuotes([...input].reverse()).quotes).toEqual(forward.quotes);
  });
});

describe('word helpers', () => {
  it('variantOf compares words, not punctuation or case', () => {
    const fullest = { text: 'We win, they lose.', words: ['we', 'win', 'they', 'lose'] };
    expect(variantOf(fullest, { text: 'we win. They lose', kind: 'speech' })).toEqual({
      variant: 'verbatim',
    });
  });

  it('quoteId is a slug of the first words plus a stable hash', () => {
    expect(quoteId(['we', 'will', 'win'])).toMatch(/^we-will-win-[0-9a-f]{8}$/);
    expect(quoteId(['we', 'will', 'win'])).toBe(quoteId(['we', 'will', 'win']));
    expect(quoteId(['we', 'will', 'lose'])).not.toBe(quoteId(['we', 'will', 'win']));
  });
});
