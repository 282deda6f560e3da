/**
 * One builder for the whole-`Article` fixtures unit tests need, so each test writes only the fields
 * its rule looks at and no test keeps its own copy of the article shape.
 */
import { Article, type Decoding, type Version } from '../../src/schema/article.ts';
import { textHash } from '../../src/versions/collapse-versions.ts';

/** The decoding of a valid UTF-8 file with no declaration: what almost every fixture stands for. */
export const UTF8: Decoding = { encoding: 'UTF-8', method: 'sniffed', replaced: 0, nul: 0 };

/** A valid article with every field unknown or empty unless overridden: no outlet, no date, no
 * byline, no tags, an empty body, and a plain-text `source` named after the id. The title defaults
 * to the id (the schema has no unknown title). The result is checked by `Article.parse`, so a
 * fixture that the schema would reject fails the test that builds it instead of drifting. */
export function articleFixture(overrides: Partial<Article> & { id: string }): Article {
  return Article.parse({
    title: overrides.id,
    titleOrigin: 'source',
    outlet: null,
    outletOrigin: null,
    published: null,
    publishedPrecision: 'unknown',
    publishedOrigin: null,
    modified: null,
    byline: null,
    summary: null,
    credit: null,
    tags: [],
    canonicalUrl: null,
    language: 'en',
    languageOrigin: 'detected',
    images: [],
    embeds: [],
    source: {
      file: `${overrides.id}.txt`,
      format: 'plain-text',
      sha256: '0'.repeat(64),
      bytes: 0,
      decoding: UTF8,
    },
    removed: [],
    facts: [],
    wordCount: 0,
    text: '',
    ...overrides,
  });
}

/** Article `id` showing the text `latest`, with the texts `earlier` (oldest first) as its earlier
 * versions, each captured once at an unknown date and named by `textHash`; with no earlier text,
 * an article without versions. */
export function versionedFixture(id: string, latest: string, earlier: readonly string[]): Article {
  const source = articleFixture({ id }).source;
  const captures = [{ captured: null, source }];
  const version = (text: string): Version => ({
    sha256: textHash(text),
    captures,
    title: 'Earlier',
    wordCount: 1,
    text,
    markdown: text,
  });
  const versions = {
    latest: { sha256: textHash(latest), captures },
    earlier: earlier.map(version),
  };
  return articleFixture({ id, text: latest, ...(earlier.length === 0 ? {} : { versions }) });
}
