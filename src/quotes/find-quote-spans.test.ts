import { describe, expect, it } from 'vitest';
import { findQuoteSpans, paragraphRanges } from './find-quote-spans.ts';

const texts = (text: string) =>
  findQuoteSpans(text).map((s) => s.segments.map((g) => text.slice(g.start, g.end)));

describe('findQuoteSpans', () => {
  it.each([
    ['curly pair', 'He said “yes” then left.', [['yes']]],
    ['straight pairs', 'A "one" and "two".', [['one'], ['two']]],
    ['apostrophes ignored', 'It’s the workers’ day, isn’t it?', []],
    ['nested single inside double', '“She said ‘no’ twice.”', [['She said ‘no’ twice.']]],
    ['outer single curly quotes', 'He’ll ‘Kill Trump’ now.', [['Kill Trump']]],
    ['paragraph-spanning', '“One.\n\n“Two.”', [['One.', 'Two.']]],
    ['unclosed and not continued: dropped', '“One.\n\nTwo.', []],
    ['inches mark after a digit is not an opener', 'He is 6\'2" tall, "really".', [['really']]],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('paragraphRanges', () => {
  it('splits on blank lines only and skips empty paragraphs', () => {
    const text = 'a\nb\n\n\n\nc\n \n';
    expect(paragraphRanges(text).map(([s, e]) => text.slice(s, e))).toEqual(['a\nb', 'c']);
  });
});
