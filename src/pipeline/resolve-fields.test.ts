import { describe, expect, it } from 'vitest';
import { type CleanResult, EMPTY_META, type SourceMeta } from '../clean/clean-result.ts';
import { resolveFields, siteName } from './resolve-fields.ts';

const cleaned = (meta: Partial<SourceMeta> = {}, credit: string | null = null): CleanResult => ({
  blocks: [
    {
      kind: 'paragraph',
      inlines: [
        { kind: 'text', text: 'The council voted Tuesday to close the bridge. It was old.' },
      ],
    },
  ],
  removed: [],
  summary: null,
  credit,
  images: [],
  meta: { ...EMPTY_META, ...meta },
});

const fact = (value: string) => ({ value, note: 'Known from a cross-check of two sources.' });

describe('resolveFields', () => {
  it('derives the title from the lede and leaves unknowns null', () => {
    const fields = resolveFields(cleaned());
    expect(fields).toMatchObject({
      title: 'The council voted Tuesday to close the bridge',
      titleOrigin: 'lede',
      outlet: null,
      outletOrigin: null,
      published: null,
      publishedPrecision: 'unknown',
      publishedOrigin: null,
      byline: null,
      credit: null,
      canonicalUrl: null,
      facts: [],
    });
  });

  it('leaves the title unknown when the lede has no words to give one', () => {
    const empty = { ...cleaned(), blocks: [] };
    expect(resolveFields(empty)).toMatchObject({ title: null, titleOrigin: null });
  });

  it('fills what the file lacks from curated facts, saying so', () => {
    const fields = resolveFields(cleaned(), {
      outlet: fact('Example Wire'),
      published: fact('2025-04'),
      title: fact('Bridge to close'),
    });
    expect(fields).toMatchObject({
      title: 'Bridge to close',
      titleOrigin: 'curated',
      outlet: 'Example Wire',
      outletOrigin: 'curated',
      published: '2025-04',
      publishedPrecision: 'month',
      publishedOrigin: 'curated',
    });
    expect(fields.facts.map((f) => f.field)).toEqual(['title', 'outlet', 'published']);
  });

  it('lets the source win over a curated fact', () => {
    const fields = resolveFields(
      cleaned({
        title: 'Stated title',
        outlet: { name: 'Latin Times', origin: 'copyright' },
        published: { value: '2025', precision: 'year', origin: 'copyright' },
      }),
      { title: fact('Other'), outlet: fact('Other'), published: fact('2024-01-01') },
    );
    expect(fields).toMatchObject({
      title: 'Stated title',
      titleOrigin: 'source',
      outlet: 'Latin Times',
      outletOrigin: 'copyright',
      published: '2025',
      publishedPrecision: 'year',
      publishedOrigin: 'copyright',
      facts: [],
    });
  });

  it('falls back to the host of the canonical URL for the outlet', () => {
    const fields = resolveFields(cleaned({ canonicalUrl: 'https://www.news.example/a/b' }));
    expect(fields).toMatchObject({ outlet: 'news.example', outletOrigin: 'site' });
  });

  it('keeps a credit the cleaner found over a curated one', () => {
    expect(resolveFields(cleaned({}, 'Wire A'), { credit: fact('Wire B') }).credit).toBe('Wire A');
    expect(resolveFields(cleaned(), { credit: fact('Wire B') }).credit).toBe('Wire B');
  });
});

describe('siteName', () => {
  it.each([
    ['https://www.example.com/x', 'example.com'],
    ['http://news.example.org', 'news.example.org'],
    ['not a url', null],
    [null, null],
  ])('%j -> %j', (url, expected) => {
    expect(siteName(url)).toBe(expected);
  });
});
