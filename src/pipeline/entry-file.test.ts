import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { articleFixture, UTF8 } from '../../tests/support/article-fixture.ts';
import { type Article, type ArticleEntry } from '../schema/article.ts';
import { serializeEntry } from './entry-file.ts';

const article = articleFixture({
  id: 'a1',
  title: 'no',
  titleOrigin: 'lede',
  published: '2026-02-01T12:58:01-05:00',
  publishedPrecision: 'datetime',
  publishedOrigin: 'source',
  summary: '2025',
  tags: ['true', 'null'],
  source: {
    file: 'a1.txt',
    format: 'plain-text',
    sha256: 'a'.repeat(64),
    bytes: 3,
    decoding: UTF8,
  },
  removed: [{ rule: 'script', text: '' }],
  wordCount: 1,
  text: 'Body: “quoted” — text\n\nSecond',
});

/** What another YAML reader reads back: Astro's own loaders parse frontmatter with js-yaml's
 * default schema (the article loader reads it with `yaml`, see `src/store/entry-text.test.ts`). */
function readBack(file: string): unknown {
  const match = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(file);
  if (!match) throw new Error('no frontmatter');
  return { data: load(match[1]!), markdown: match[2] };
}

describe('serializeEntry', () => {
  it('reads back exactly as written, dates and look-alike strings staying strings', () => {
    const entry: ArticleEntry = { data: article, markdown: 'Body\n' };
    expect(readBack(serializeEntry(entry))).toEqual({ data: article, markdown: 'Body\n' });
  });

  it('gives the same bytes for the same entry', () => {
    const entry: ArticleEntry = { data: article, markdown: 'x\n' };
    expect(serializeEntry(entry)).toBe(serializeEntry({ data: { ...article }, markdown: 'x\n' }));
  });

  it('round-trips any text through the frontmatter (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme' }),
        (title, text) => {
          const data = { ...article, title: title === '' ? 'x' : title, text };
          const back = readBack(serializeEntry({ data, markdown: '' })) as { data: Article };
          expect(back.data.title).toBe(data.title);
          expect(back.data.text).toBe(text);
        },
      ),
    );
  });
});
