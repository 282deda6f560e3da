import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordPressPost } from '../ingest/wordpress-post.ts';
import { blocksToText } from './blocks.ts';
import { cleanWordPressPost, timestampWithOffset } from './wordpress.ts';

const CONTENT = `<p>The bridge reopened on Monday after two years of repairs, officials said. ${'More words follow here. '.repeat(8)}</p>`;

function post(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 42,
    date: '2025-07-04T09:30:00',
    date_gmt: '2025-07-04T13:30:00',
    modified: '2025-07-05T10:00:00',
    modified_gmt: '2025-07-05T14:00:00',
    link: 'https://news.example.org/2025/07/bridge/',
    title: { rendered: 'Bridge &#8220;Reopens&#8221; &amp; Traffic Returns' },
    content: { rendered: CONTENT, protected: false },
    excerpt: {
      rendered: '<p>The bridge reopened on Monday after two years of repairs [&hellip;]</p>',
      protected: false,
    },
    class_list: [
      'post-42',
      'post',
      'category-local-news',
      'tag-bridges',
      'tag-123',
      'category-uncategorized',
      'tag-public-works',
    ],
    ...fields,
  };
}

/** The post with `fields` as a JSON file carries it, cleaned. */
function one(fields: Record<string, unknown> = {}) {
  return cleanWordPressPost(WordPressPost.parse(JSON.parse(JSON.stringify(post(fields)))));
}

describe('timestampWithOffset', () => {
  it.each([
    ['2026-02-01T12:58:01', '2026-02-01T17:58:01', '2026-02-01T12:58:01-05:00'],
    ['2025-07-04T19:30:00', '2025-07-04T14:00:00', '2025-07-04T19:30:00+05:30'],
    ['2025-07-04T00:30:00', '2025-07-03T23:30:00', '2025-07-04T00:30:00+01:00'],
    ['2025-07-04T10:00:00', '2025-07-04T10:00:00', '2025-07-04T10:00:00+00:00'],
    ['2025-07-04T10:00:00', '0000-00-00T00:00:00', null],
    ['2025-07-04T10:00:00', '2025-07-04T10:07:00', null],
    ['2025-07-04T10:00:00', undefined, null],
  ])('%s with GMT %s -> %s', (local, gmt, expected) => {
    expect(timestampWithOffset(local, gmt)).toBe(expected);
  });
});

describe('cleanWordPressPost', () => {
  it('fills what the post states and nothing else', () => {
    const result = one();
    expect(result.meta).toEqual({
      title: 'Bridge “Reopens” & Traffic Returns',
      byline: null,
      published: { value: '2025-07-04T09:30:00-04:00', precision: 'datetime', origin: 'source' },
      modified: '2025-07-05T10:00:00-04:00',
      outlet: null,
      canonicalUrl: 'https://news.example.org/2025/07/bridge/',
      tags: ['local news', 'bridges', 'public works'],
      language: null,
    });
    expect(result.summary).toBeNull();
    expect(result.images).toEqual([]);
    expect(blocksToText(result.blocks)).toMatch(/^The bridge reopened on Monday/);
  });

  it('falls back to the local day when the GMT time is missing', () => {
    expect(one({ date_gmt: null }).meta.published).toEqual({
      value: '2025-07-04',
      precision: 'day',
      origin: 'source',
    });
  });

  it('reads byline, outlet and featured image from Yoast, Jetpack and FIFU fields', () => {
    const yoast = {
      author: 'Jane Doe',
      og_site_name: 'Example News',
      og_locale: 'de_DE',
      og_image: [{ url: 'https://img.example/og.jpg' }],
    };
    expect(one({ yoast_head_json: yoast }).meta).toMatchObject({
      byline: 'Jane Doe',
      outlet: { name: 'Example News', origin: 'source' },
      language: 'de_DE',
    });
    expect(one({ yoast_head_json: yoast }).images).toEqual([
      { url: 'https://img.example/og.jpg', caption: null, credit: null },
    ]);
    expect(
      one({
        jetpack_featured_media_url: 'https://img.example/j.jpg',
        fifu_image_url: 'https://img.example/f.jpg',
      }).images[0]?.url,
    ).toBe('https://img.example/f.jpg');
    expect(one({ _embedded: { author: [{ name: 'John Roe' }] } }).meta.byline).toBe('John Roe');
  });

  it('prefers embedded term names to class slugs', () => {
    const terms = [
      [{ name: 'Law &amp; Order', taxonomy: 'category' }],
      [
        { name: 'Courts', taxonomy: 'post_tag' },
        { name: 'x', taxonomy: 'author' },
      ],
    ];
    expect(one({ _embedded: { 'wp:term': terms } }).meta.tags).toEqual(['Law & Order', 'Courts']);
  });

  it.each([
    ['an editor-written excerpt', '<p>Repairs ran a year late.</p>', 'Repairs ran a year late.'],
    [
      'the automatic excerpt (the opening words)',
      '<p>The bridge reopened on Monday after two years of rep&hellip;</p>',
      null,
    ],
    ['an empty excerpt', '', null],
  ])('summary from %s', (_name, excerpt, summary) => {
    expect(one({ excerpt: { rendered: excerpt } }).summary).toBe(summary);
  });

  it('takes the summary above a read-more break over the excerpt', () => {
    const content = `<p>Short summary.</p><p><button>Read more</button></p>${CONTENT}`;
    const result = one({
      content: { rendered: content },
      excerpt: { rendered: '<p>Other words.</p>' },
    });
    expect(result.summary).toBe('Short summary.');
    expect(result.removed.map((r) => r.rule)).toEqual(['summary-break', 'button']);
  });
});

describe('cleanWordPressPost on any post the schema reads', () => {
  it('never throws, whatever shape the optional fields have', () => {
    const fields = fc.jsonValue().map((v) => ({
      title: v,
      excerpt: v,
      class_list: v,
      yoast_head_json: v,
      _embedded: v,
      date: v,
      link: v,
    }));
    fc.assert(
      fc.property(fields, (extra) => {
        const read = WordPressPost.safeParse(post(extra));
        if (read.success) expect(() => cleanWordPressPost(read.data)).not.toThrow();
      }),
    );
  });
});
