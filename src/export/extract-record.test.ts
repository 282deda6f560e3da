import { describe, expect, it } from 'vitest';
import { articleFixture, UTF8 } from '../../tests/support/article-fixture.ts';
import { extractRecord } from './extract-record.ts';

describe('extractRecord', () => {
  const article = articleFixture({
    id: 'c3',
    title: 'Headline',
    embeds: [
      { platform: 'x', author: 'Bo Day', handle: '@bo', date: null, text: 'Hello all', url: null },
    ],
    source: {
      file: 'c3.txt',
      format: 'plain-text',
      sha256: 'c'.repeat(64),
      bytes: 1,
      decoding: UTF8,
    },
    wordCount: 12,
    text: 'Mayor Ann Lee spoke. “We will win,” Lee said. Critics fear so-called “sanctuary cities” now.',
  });

  const place = { embed: null, utterance: null };
  it.each([
    [
      0,
      {
        text: 'We will win,',
        speaker: 'Ann Lee',
        speakerType: 'person',
        kind: 'speech',
        start: 22,
        end: 34,
        ...place,
      },
    ],
    [
      1,
      {
        text: 'sanctuary cities',
        speaker: null,
        speakerType: null,
        kind: 'term',
        start: 70,
        end: 86,
        ...place,
      },
    ],
    [
      2,
      {
        text: 'Hello all',
        speaker: 'Bo Day',
        speakerType: 'person',
        kind: 'embed',
        start: 0,
        end: 9,
        embed: 0,
        utterance: null,
      },
    ],
  ])('quotation %i is %o', (index, expected) => {
    expect(extractRecord(article).quotes[index]).toEqual(expected);
  });

  it('places each body quotation at its offsets in the body', () => {
    for (const q of extractRecord(article).quotes.filter((q) => q.embed === null))
      expect(article.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('has no page URL or story', () => {
    const record = extractRecord(article);
    expect(record).not.toHaveProperty('url');
    expect(record).not.toHaveProperty('story');
    expect(record.quotes).toHaveLength(3);
  });
});
