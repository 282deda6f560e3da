import { describe, expect, it } from 'vitest';
import type { Article, ArticleEntry } from '../schema/article.ts';
import { articleFixture } from '../../tests/support/article-fixture.ts';
import { withUniqueIds } from '../pipeline/article-id.ts';
import { collapseVersions, mergeCaptures, textHash } from './collapse-versions.ts';

const URL_A = 'https://www.example.com/news/a/';
/** The id of an article of several captures of URL_A: its address, not a capture's name. */
const ID_A = 'example-com-news-a';

/** A capture of `url` holding `text`, taken at `captured` (null: a loose file or feed item). */
function capture(
  id: string,
  text: string,
  captured: string | null,
  more: Partial<Article> = {},
  url: string | null = URL_A,
): ArticleEntry {
  const source = {
    file: captured === null ? `${id}.html` : `${id}.warc`,
    format: 'html' as const,
    sha256: textHash(`${id}${text}`),
    bytes: text.length,
    decoding: { encoding: 'UTF-8', method: 'sniffed' as const, replaced: 0, nul: 0 },
    ...(captured === null
      ? {}
      : {
          record: {
            container: 'warc' as const,
            member: null,
            id: `<urn:uuid:${id}>`,
            url,
            captured,
            payloadDigest: null,
          },
        }),
  };
  const data = articleFixture({ id, text, canonicalUrl: url, source, ...more });
  return { data, markdown: text };
}

const input = (file: string, ...entries: ArticleEntry[]) => ({ file, entries });
const ids = (built: ReturnType<typeof collapseVersions>) =>
  built.flatMap((b) => b.entries.map((e) => e.data.id));

describe('collapseVersions', () => {
  it.each([
    {
      name: 'two web archives a day apart, changed: one article, the later text shown',
      captures: [
        capture('day-2', 'New text.', '2026-01-02T00:00:00Z'),
        capture('day-1', 'Old text.', '2026-01-01T00:00:00Z'),
      ],
      shown: 'New text.',
      earlier: ['Old text.'],
      latestCaptures: 1,
    },
    {
      name: 'an identical re-capture is one version with two captures',
      captures: [
        capture('one', 'Same text.', '2026-01-01T00:00:00Z'),
        capture('two', 'Same text.', '2026-01-03T00:00:00Z'),
      ],
      shown: 'Same text.',
      earlier: [],
      latestCaptures: 2,
    },
    {
      name: 'a feed item (no capture date) and a captured page: ordered by its own date',
      captures: [
        capture('page', 'Corrected.', '2026-01-05T00:00:00Z'),
        capture('item', 'First.', null, { published: '2026-01-04T10:00:00Z' }),
      ],
      shown: 'Corrected.',
      earlier: ['First.'],
      latestCaptures: 1,
    },
    {
      name: 'a capture of which nothing is known is taken as the earliest',
      captures: [
        capture('dated', 'Dated.', '2026-01-01T00:00:00Z'),
        capture('undated', 'Undated.', null),
      ],
      shown: 'Dated.',
      earlier: ['Undated.'],
      latestCaptures: 1,
    },
    {
      name: 'a text captured, changed and changed back: the earlier text is the change',
      captures: [
        capture('c1', 'A.', '2026-01-01T00:00:00Z'),
        capture('c2', 'B.', '2026-01-02T00:00:00Z'),
        capture('c3', 'A.', '2026-01-03T00:00:00Z'),
      ],
      shown: 'A.',
      earlier: ['B.'],
      latestCaptures: 2,
    },
  ])('$name', ({ captures, shown, earlier, latestCaptures }) => {
    const built = collapseVersions(captures.map((c) => input(c.data.source.file, c)));
    expect(built).toHaveLength(1);
    const article = built[0]?.entries[0]?.data;
    expect(article?.id).toBe(ID_A);
    expect(article?.text).toBe(shown);
    expect(article?.versions?.earlier.map((v) => v.text)).toEqual(earlier);
    expect(article?.versions?.latest.captures).toHaveLength(latestCaptures);
    expect(article?.versions?.latest.sha256).toBe(textHash(shown));
  });

  it('gives the same article whatever order the inputs are read in', () => {
    const captures = [
      capture('x1', 'One.', '2026-01-01T00:00:00Z'),
      capture('x2', 'Two.', null, { modified: '2026-01-02T00:00:00Z' }),
      capture('x3', 'Three.', '2026-01-03T00:00:00Z'),
    ];
    const forward = collapseVersions(captures.map((c) => input(c.data.id, c)));
    const backward = collapseVersions([...captures].reverse().map((c) => input(c.data.id, c)));
    expect(backward).toEqual(forward);
  });

  it.each([
    ['a newer capture', capture('third', 'Three.', '2026-02-01T00:00:00Z')],
    ['an older capture', capture('zeroth', 'Zero.', '2025-12-01T00:00:00Z')],
    ['an undated capture (a loose file), taken as the earliest', capture('loose', 'Loose.', null)],
  ])('keeps its id when %s arrives', (_name, added) => {
    const old = [
      capture('first', 'One.', '2026-01-01T00:00:00Z'),
      capture('second', 'Two.', '2026-01-02T00:00:00Z'),
    ];
    const before = ids(collapseVersions(old.map((c) => input(c.data.id, c))));
    expect(before).toEqual([ID_A]);
    const more = [...old, added];
    expect(ids(collapseVersions(more.map((c) => input(c.data.id, c))))).toEqual(before);
  });

  it('leaves alone articles of other addresses, with no address, or captured once', () => {
    const built = [
      input('a', capture('a', 'A.', '2026-01-01T00:00:00Z', {}, 'https://example.com/a')),
      input('b', capture('b', 'B.', '2026-01-01T00:00:00Z', {}, 'https://example.com/b')),
      input('n1', capture('n1', 'N.', null, {}, null)),
      input('n2', capture('n2', 'N.', null, {}, null)),
    ];
    const out = collapseVersions(built);
    expect(out).toEqual(built);
    expect(out.every((b) => b.entries.every((e) => e.data.versions === undefined))).toBe(true);
  });

  it('keeps the ids of two addresses whose names clash when an undated capture arrives', () => {
    const at = (id: string, url: string, captured: string | null) =>
      capture(id, `${id} text.`, captured, {}, url);
    const [dash, slash] = ['https://x.example/news/a-b', 'https://x.example/news/a/b'];
    const old = [
      at('d1', dash, '2026-01-01T00:00:00Z'),
      at('d2', dash, '2026-01-02T00:00:00Z'),
      at('s1', slash, '2026-01-01T00:00:00Z'),
      at('s2', slash, '2026-01-02T00:00:00Z'),
    ];
    const named = (captures: ArticleEntry[]) =>
      withUniqueIds(collapseVersions(captures.map((c) => input(c.data.id, c)))).map((e) => [
        e.data.canonicalUrl,
        e.data.id,
      ]);
    const before = named(old);
    expect(new Set(before.map(([, id]) => id)).size).toBe(2);
    expect(before.every(([, id]) => id?.startsWith('x-example-news-a-b-'))).toBe(true);
    expect(named([...old, at('s0', slash, null)])).toEqual(before);
  });

  it('merges addresses that differ only in case, slash, tracking and fragment', () => {
    const a = capture('m1', 'One.', '2026-01-01T00:00:00Z', {}, 'http://EXAMPLE.com/news/a#top');
    const b = capture(
      'm2',
      'Two.',
      '2026-01-02T00:00:00Z',
      {},
      'https://example.com/news/a/?utm_source=rss',
    );
    expect(ids(collapseVersions([input('m1', a), input('m2', b)]))).toEqual([ID_A]);
  });

  it('takes the publication date from a capture that states it when the one shown does not', () => {
    const item = capture('item', 'First.', null, {
      published: '2026-01-04T10:00:00Z',
      publishedPrecision: 'datetime',
      publishedOrigin: 'source',
    });
    const page = capture('page', 'Later.', '2026-01-05T00:00:00Z');
    expect(mergeCaptures([page, item]).data).toMatchObject({
      text: 'Later.',
      published: '2026-01-04T10:00:00Z',
      publishedPrecision: 'datetime',
      publishedOrigin: 'source',
    });
    const dated = capture('dated', 'Dated.', '2026-01-06T00:00:00Z', {
      published: '2026-01-06',
      publishedPrecision: 'day',
      publishedOrigin: 'source',
    });
    expect(mergeCaptures([item, dated]).data.published).toBe('2026-01-06');
  });

  it("keeps each version's title, words, body and every capture's provenance", () => {
    const old = capture('v1', 'Old.', '2026-01-01T00:00:00Z', { title: 'Old title', wordCount: 1 });
    const merged = mergeCaptures([old, capture('v2', 'New.', '2026-01-02T00:00:00Z')]).data;
    expect(merged.versions?.earlier[0]).toMatchObject({
      sha256: textHash('Old.'),
      title: 'Old title',
      wordCount: 1,
      markdown: 'Old.',
      captures: [{ captured: '2026-01-01T00:00:00Z', source: old.data.source }],
    });
    expect(merged.source.file).toBe('v2.warc');
  });
});
