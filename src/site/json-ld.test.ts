import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFixture, UTF8 } from '../../tests/support/article-fixture.ts';
import { newsArticleJsonLd, scriptJson } from './json-ld.ts';

const bare = articleFixture({
  id: 'a1',
  title: 'A headline',
  titleOrigin: 'lede',
  source: {
    file: 'a1.txt',
    format: 'plain-text',
    sha256: 'a'.repeat(64),
    bytes: 3,
    decoding: UTF8,
  },
  wordCount: 2,
  text: 'Some text',
});
const page = 'https://example.org/articles/a1/';

describe('newsArticleJsonLd', () => {
  it('states nothing the entry does not know', () => {
    expect(newsArticleJsonLd(bare, page)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A headline',
      url: page,
      mainEntityOfPage: page,
      wordCount: 2,
    });
  });

  it.each([
    [{ outlet: 'Wire' }, 'publisher', { '@type': 'Organization', name: 'Wire' }],
    [{ published: '2025', publishedPrecision: 'year' as const }, 'datePublished', '2025'],
    [{ byline: 'By A. Writer' }, 'author', 'By A. Writer'],
    [{ credit: 'The Wire' }, 'creditText', 'The Wire'],
    [{ summary: 'Short.' }, 'description', 'Short.'],
    [{ tags: ['x', 'y'] }, 'keywords', ['x', 'y']],
    [{ canonicalUrl: 'https://o.example/a' }, 'isBasedOn', 'https://o.example/a'],
    [{ modified: '2025-04-02T10:00:00Z' }, 'dateModified', '2025-04-02T10:00:00Z'],
  ])('%j -> %s', (fields, key, value) => {
    expect(newsArticleJsonLd({ ...bare, ...fields }, page)[key]).toEqual(value);
  });
});

describe('scriptJson', () => {
  it('never lets a string close the script element (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const json = scriptJson({ text: `${text}</script><!--` });
        expect(json).not.toMatch(/<\/?script|<!--/i);
        expect(JSON.parse(json)).toEqual({ text: `${text}</script><!--` });
      }),
    );
  });
});
