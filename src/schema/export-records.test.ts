import { describe, expect, it } from 'vitest';
import { articleFixture, UTF8 } from '../../tests/support/article-fixture.ts';
import { articleRecord } from '../export/articles-json.ts';
import { extractRecord } from '../export/extract-record.ts';
import { quoteRecord } from '../export/quotes-json.ts';
import { storyRecord } from '../export/stories-json.ts';
import { Article } from './article.ts';
import {
  ArticleRecord,
  ExtractRecord,
  QuoteRecord,
  SiteArticleRecord,
  StoryRecord,
} from './export-records.ts';
import type { Quote } from './quote.ts';
import type { Story } from './story.ts';

const article = articleFixture({
  id: 'r1',
  title: 'Headline',
  images: [{ url: 'javascript:alert(1)', caption: 'A caption', credit: null }],
  source: {
    file: 'r1.html',
    format: 'html',
    sha256: 'a'.repeat(64),
    bytes: 4,
    decoding: UTF8,
    path: 'mirror/r1.html',
  },
  removed: [{ rule: 'share-widget', text: 'Share' }],
  text: '“We will win,” Ann Lee said.',
  wordCount: 6,
});

const quote: Quote = {
  id: 'we-will-win-1234abcd',
  text: 'We will win,',
  speaker: 'Ann Lee',
  speakerType: 'person',
  kind: 'speech',
  appearances: [
    {
      article: 'r1',
      text: 'We will win,',
      start: 1,
      end: 13,
      embed: null,
      utterance: null,
      variant: 'altered',
      diff: [{ op: 'same', text: 'We will win,' }],
    },
  ],
  earliest: null,
};

const story: Story = {
  id: 'story-r1',
  title: 'Headline',
  articles: ['r1', 'r2'],
  reuse: [
    {
      a: 'r1',
      b: 'r2',
      kind: 'partial',
      shared: { a: 0.5, b: 0.25 },
      source: 'r1',
      sourceReason: 'earlier-date',
      passages: [{ a: 0, b: 0, words: 3 }],
    },
  ],
};

describe('export records', () => {
  it.each([
    ['an article outside a site', ArticleRecord, articleRecord(article)],
    [
      'an article of a site',
      SiteArticleRecord,
      { ...articleRecord(article, '/articles/r1/'), story: null, quotes: [] },
    ],
    ['a quote', QuoteRecord, quoteRecord(quote)],
    ['a story', StoryRecord, storyRecord(story)],
    ['an extract record', ExtractRecord, extractRecord(article)],
  ] as const)('the builder of %s makes a record its schema accepts', (_, schema, record) => {
    expect(schema.safeParse(record).error).toBeUndefined();
  });

  it.each([
    ['a field the contract does not name', { ...articleRecord(article), text: 'x' }],
    ['an internal source field', { ...articleRecord(article), source: article.source }],
    ['no body', { ...articleRecord(article), body: undefined }],
    [
      'a removal by an unregistered rule',
      { ...articleRecord(article), removed: [{ rule: 'x', text: '' }] },
    ],
  ])('an article record with %s is refused', (_, record) => {
    expect(ArticleRecord.safeParse(record).success).toBe(false);
  });

  it.each([
    ['no url', { ...articleRecord(article), story: null, quotes: [] }],
    ['no story', { ...articleRecord(article, '/a/'), quotes: [] }],
  ])('a site article record with %s is refused', (_, record) => {
    expect(SiteArticleRecord.safeParse(record).success).toBe(false);
  });

  it.each([
    ['a quote with its word diff', QuoteRecord, { ...quoteRecord(quote), earliest: null }],
    ['a story with its passages', StoryRecord, { ...storyRecord(story), reuse: story.reuse }],
  ] as const)('%s is refused: analysis internals stay out of the export', (_, schema, record) => {
    expect(schema.safeParse(record).success).toBe(false);
  });

  it('takes a removal rule only from the registry, in the entry as in the record', () => {
    expect(
      Article.safeParse({ ...article, removed: [{ rule: 'not-a-rule', text: 'y' }] }).success,
    ).toBe(false);
    expect(Article.safeParse(article).success).toBe(true);
  });
});
