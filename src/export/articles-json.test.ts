import { describe, expect, it } from 'vitest';
import { articleFixture, UTF8 } from '../../tests/support/article-fixture.ts';
import { articleRecord, articlesJson } from './articles-json.ts';

const article = articleFixture({
  id: 'b1',
  title: 'Headline',
  outlet: 'Wire',
  outletOrigin: 'source',
  published: '2025-04',
  publishedPrecision: 'month',
  publishedOrigin: 'source',
  byline: 'By Someone',
  credit: 'Other Wire',
  tags: ['Politics'],
  canonicalUrl: 'https://wire.example/a',
  source: {
    file: 'b1.json',
    format: 'wordpress-json',
    sha256: 'b'.repeat(64),
    bytes: 9,
    decoding: UTF8,
  },
  removed: [{ rule: 'script', text: '' }],
  facts: [{ field: 'credit', value: 'Other Wire', note: 'Stated in paragraph two.' }],
  wordCount: 3,
  text: 'One two.\n\nThree.',
});

describe('articleRecord', () => {
  it('maps the entry to the contract, body from text, without internal fields', () => {
    const record = articleRecord(article, '/archive/articles/b1/');
    expect(record).toMatchObject({
      id: 'b1',
      url: '/archive/articles/b1/',
      source: { file: 'b1.json', format: 'wordpress-json', sha256: 'b'.repeat(64) },
      published: '2025-04',
      publishedPrecision: 'month',
      body: 'One two.\n\nThree.',
      removed: [{ rule: 'script', text: '' }],
    });
    expect(Object.keys(record.source)).toEqual(['file', 'format', 'sha256', 'decoding']);
    expect(record.source.decoding).toEqual(UTF8);
    expect(record).not.toHaveProperty('facts');
    expect(record).not.toHaveProperty('text');
  });

  it.each([
    [undefined, false],
    ['/articles/b1/', true],
  ])('url %s present: %s', (url, present) => {
    expect('url' in articleRecord(article, url)).toBe(present);
  });
});

describe('articlesJson', () => {
  it('lists every article by id with its page URL', () => {
    const json = articlesJson([article, { ...article, id: 'a1' }], (id) => `/x/${id}/`);
    const parsed = JSON.parse(json) as { id: string; url: string }[];
    expect(parsed.map((r) => [r.id, r.url])).toEqual([
      ['a1', '/x/a1/'],
      ['b1', '/x/b1/'],
    ]);
  });
});

describe('articlesJson with coverage', () => {
  it.each([
    ['known article', { story: 'story-b1', quotes: ['q-1', 'q-2'] }, 'story-b1', ['q-1', 'q-2']],
    ['article the analysis does not know', undefined, null, []],
  ])('%s', (_name, known, story, quotes) => {
    const [record] = JSON.parse(
      articlesJson(
        [article],
        (id) => `/${id}/`,
        () => known,
      ),
    ) as {
      story: unknown;
      quotes: unknown;
    }[];
    expect(record).toMatchObject({ story, quotes });
  });

  it('carries the withdrawn quotations of an article that has them, and only then', () => {
    const withdrawn = [
      {
        text: 'Nobody was hurt,',
        speaker: 'Ann Lee',
        speakerType: 'person' as const,
        kind: 'speech' as const,
        versions: ['a'.repeat(64)],
      },
    ];
    const records = JSON.parse(
      articlesJson(
        [article, { ...article, id: 'a1' }],
        (id) => `/${id}/`,
        (id) => ({ story: 's', quotes: [], ...(id === 'a1' ? { withdrawn } : {}) }),
      ),
    ) as { id: string; withdrawn?: unknown }[];
    expect(records.map((r) => [r.id, r.withdrawn])).toEqual([
      ['a1', withdrawn],
      [article.id, undefined],
    ]);
  });

  it('adds neither field without coverage', () => {
    const [record] = JSON.parse(articlesJson([article], (id) => `/${id}/`)) as object[];
    expect(record).not.toHaveProperty('story');
    expect(record).not.toHaveProperty('quotes');
  });
});

describe('articleRecord versions', () => {
  const capture = (captured: string | null, url: string) => ({
    captured,
    source: {
      ...article.source,
      record: {
        container: 'warc' as const,
        member: null,
        id: null,
        url,
        captured,
        payloadDigest: null,
      },
    },
  });

  it('has none for an article captured once', () => {
    expect(articleRecord(article)).not.toHaveProperty('versions');
  });

  it('lists every version oldest first, the latest without its body, addresses filtered', () => {
    const versioned = {
      ...article,
      versions: {
        latest: {
          sha256: 'c'.repeat(64),
          captures: [capture('2025-04-02', 'https://w.example/a')],
        },
        earlier: [
          {
            sha256: 'a'.repeat(64),
            captures: [capture(null, 'javascript:alert(1)')],
            title: 'Old',
            wordCount: 1,
            text: 'Old.',
            markdown: 'Old.',
          },
        ],
      },
    };
    const versions = articleRecord(versioned).versions ?? [];
    expect(versions.map((v) => [v.sha256[0], v.latest, v.title, v.body])).toEqual([
      ['a', false, 'Old', 'Old.'],
      ['c', true, 'Headline', undefined],
    ]);
    expect(versions[0]?.captures[0]?.source.record?.url).toBeNull();
    expect(versions[1]?.captures[0]?.source.record?.url).toBe('https://w.example/a');
  });
});
