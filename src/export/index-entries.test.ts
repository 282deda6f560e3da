import { describe, expect, it } from 'vitest';
import { articleFixture } from '../../tests/support/article-fixture.ts';
import { articleRecord } from './articles-json.ts';
import { csvRecord, parseCsv } from './csv.ts';
import {
  articleIndexEntry,
  INDEX_COLUMNS,
  quoteIndexEntry,
  storyIndexEntry,
} from './index-entries.ts';
import type { QuoteRecord, StoryRecord } from '../schema/export-records.ts';

const article = {
  ...articleRecord(
    articleFixture({ id: 'a1', title: 'Mayor says "no", again', outlet: null }),
    '/articles/x/y/',
  ),
  url: '/articles/x/y/',
  story: 'story-a1',
};

const quote: QuoteRecord = {
  id: 'q1',
  text: 'We will not.',
  speaker: null,
  speakerType: null,
  kind: 'speech',
  appearances: [
    {
      article: 'a1',
      text: 'We will not.',
      variant: 'verbatim',
      start: 0,
      end: 12,
      embed: null,
      utterance: null,
    },
    {
      article: 'a1',
      text: 'will not',
      variant: 'fragment',
      start: 20,
      end: 28,
      embed: null,
      utterance: null,
    },
    {
      article: 'a2',
      text: 'We will not.',
      variant: 'verbatim',
      start: 5,
      end: 17,
      embed: null,
      utterance: null,
    },
  ],
};

const story: StoryRecord = {
  id: 'story-a1',
  title: 'An event',
  articles: ['a1', 'a2', 'a3'],
  reuse: [{ a: 'a1', b: 'a2', kind: 'syndicated', shared: { a: 1, b: 1 } }],
};

describe('index entries', () => {
  it.each([
    [
      'an article: its short fields, its source file and where its record is',
      articleIndexEntry(article, '/api/articles/id/a1.json'),
      {
        id: 'a1',
        url: '/articles/x/y/',
        record: '/api/articles/id/a1.json',
        title: 'Mayor says "no", again',
        outlet: null,
        story: 'story-a1',
        file: article.source.file,
        sha256: article.source.sha256,
      },
    ],
    [
      'a quote: how many articles print it, not how many times',
      quoteIndexEntry(quote, '/quotes/q1/', '/api/quotes/id/q1.json'),
      { id: 'q1', url: '/quotes/q1/', text: 'We will not.', speaker: null, articles: 2 },
    ],
    [
      'a story: its article and related-pair counts',
      storyIndexEntry(story, '/stories/story-a1/', '/api/stories/id/story-a1.json'),
      { id: 'story-a1', title: 'An event', articles: 3, related: 1 },
    ],
  ])('%s', (_name, entry, expected) => {
    expect(entry).toMatchObject(expected);
  });

  it.each([
    ['articles', articleIndexEntry(article, '/r')],
    ['quotes', quoteIndexEntry(quote, '/u', '/r')],
    ['stories', storyIndexEntry(story, '/u', '/r')],
  ] as const)(
    '%s: the CSV columns are every field of the entry, read back intact',
    (kind, entry) => {
      const columns: readonly string[] = INDEX_COLUMNS[kind];
      expect([...columns].sort()).toEqual(Object.keys(entry).sort());
      const values = entry as unknown as Record<string, string | number | null>;
      const [row] = parseCsv(csvRecord(columns, values));
      expect(row).toEqual(columns.map((c) => (values[c] === null ? '' : String(values[c]))));
    },
  );
});
