import { describe, expect, it } from 'vitest';
import type { Quote, QuoteMention } from '../schema/quote.ts';
import { markQuotations, quoteMarks, quoteMarkTitle, type QuoteMark } from './quote-marks.ts';

function mention(
  start: number,
  end: number,
  kind: QuoteMention['kind'] = 'speech',
  extra: Partial<QuoteMention> = {},
): QuoteMention {
  return {
    text: 'x'.repeat(end - start),
    start,
    end,
    speaker: kind === 'term' ? null : 'Ana Lima',
    speakerType: kind === 'term' ? null : 'person',
    kind,
    utterance: null,
    paragraph: 0,
    embed: null,
    segments: [{ start, end }],
    ...extra,
  };
}

function quote(
  id: string,
  article: string,
  start: number,
  end: number,
  embed: number | null = null,
): Quote {
  const appearance = {
    article,
    text: 'x',
    start,
    end,
    embed,
    utterance: null,
    variant: 'verbatim',
  };
  return {
    id,
    text: 'x',
    speaker: 'Ana Lima',
    speakerType: 'person',
    kind: 'speech',
    appearances: [appearance as Quote['appearances'][number]],
    earliest: null,
  };
}

const span = (m: QuoteMark) => [m.start, m.end, m.quote];

describe('quoteMarks', () => {
  it.each([
    {
      name: 'speech and fragments are marked, linked to the quote at their offsets',
      mentions: [mention(1, 5), mention(10, 14, 'fragment')],
      quotes: [quote('q-a', 'art', 1, 5), quote('q-b', 'art', 10, 14)],
      marks: [
        [1, 5, 'q-a'],
        [10, 14, 'q-b'],
      ],
    },
    {
      name: 'terms are nobody’s words, and embedded posts are not in the body',
      mentions: [mention(1, 5, 'term'), mention(0, 9, 'embed', { embed: 0, paragraph: null })],
      quotes: [quote('q-e', 'art', 0, 9, 0)],
      marks: [],
    },
    {
      name: 'a quotation with no quote page is marked, not linked',
      mentions: [mention(3, 8)],
      quotes: [],
      marks: [[3, 8, null]],
    },
    {
      name: 'a quote of another article, or at other offsets, is not this one’s',
      mentions: [mention(3, 8)],
      quotes: [quote('q-x', 'other', 3, 8), quote('q-y', 'art', 3, 9)],
      marks: [[3, 8, null]],
    },
    {
      name: 'nested: the outer quotation is kept',
      mentions: [mention(5, 9, 'fragment'), mention(1, 20)],
      quotes: [quote('q-in', 'art', 5, 9), quote('q-out', 'art', 1, 20)],
      marks: [[1, 20, 'q-out']],
    },
    {
      name: 'overlapping: the first is kept; starting together: the longer',
      mentions: [mention(1, 10), mention(6, 15), mention(20, 25), mention(20, 30)],
      quotes: [],
      marks: [
        [1, 10, null],
        [20, 30, null],
      ],
    },
    {
      name: 'touching quotations are both kept',
      mentions: [mention(1, 5), mention(5, 9)],
      quotes: [],
      marks: [
        [1, 5, null],
        [5, 9, null],
      ],
    },
    {
      name: 'offsets outside the text or empty are dropped',
      mentions: [mention(0, 41), mention(4, 4), mention(0, 40)],
      quotes: [],
      marks: [[0, 40, null]],
    },
  ])('$name', ({ mentions, quotes, marks }) => {
    expect(quoteMarks('art', mentions, quotes, 40).map(span)).toEqual(marks);
  });
});

describe('quoteMarkTitle', () => {
  it.each([
    [
      { quote: 'q', speaker: 'Ana Lima', kind: 'speech' },
      'Said by Ana Lima (quotation): every article printing it',
    ],
    [
      { quote: null, speaker: 'Ana Lima', kind: 'fragment' },
      'Said by Ana Lima (words quoted in the sentence)',
    ],
    [
      { quote: 'q', speaker: null, kind: 'speech' },
      'Speaker not stated (quotation): every article printing it',
    ],
  ] as const)('%j', (mark, title) => {
    expect(quoteMarkTitle({ start: 0, end: 1, ...mark })).toBe(title);
  });
});

describe('markQuotations', () => {
  it('links each quotation to its page and says who said it', () => {
    const text = 'Lima said “Vamos embora” and left, “cansada”.';
    const start = text.indexOf('Vamos');
    const marks = quoteMarks(
      'art',
      [
        mention(start, start + 12),
        mention(text.indexOf('cansada'), text.indexOf('cansada') + 7, 'fragment'),
      ],
      [quote('vamos-1', 'art', start, start + 12)],
      text.length,
    );
    expect(markQuotations(`<p>${text}</p>`, text, marks, (id) => `/quotes/${id}/`)).toBe(
      '<p>Lima said “<a href="/quotes/vamos-1/" class="quoted speech" title="Said by Ana Lima (quotation): every article printing it">Vamos embora</a>” and left, “<span class="quoted fragment" title="Said by Ana Lima (words quoted in the sentence)">cansada</span>”.</p>',
    );
  });
});
