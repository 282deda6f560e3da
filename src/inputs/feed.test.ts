import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanWordPressPost } from '../clean/wordpress.ts';
import { decodeInput } from '../ingest/decode-input.ts';
import { InputError } from '../ingest/input-error.ts';
import type { ContainerItem } from './container-item.ts';
import { feedFormat, feedItems } from './feed.ts';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../tests/fixtures/crawl/${name}`, import.meta.url)));
const read = (name: string): ContainerItem[] =>
  feedItems(name, decodeInput(name, fixture(name), { feed: true }));
const SITE = 'https://www.harbourgazette.example';

/** What the WordPress cleaner reads off each post of a feed, and each skip's reason. */
function cleaned(items: readonly ContainerItem[]) {
  return items.map((item) => {
    if (item.kind === 'skipped') return item.reason;
    if (item.kind !== 'post') return item.kind;
    const { meta, summary } = cleanWordPressPost(item.post);
    const { title, byline, published, canonicalUrl, tags, outlet } = meta;
    return {
      title,
      byline,
      published: published?.value,
      canonicalUrl,
      tags,
      outlet: outlet?.name,
      summary,
      id: item.record.id,
    };
  });
}

describe('feedItems: one input per entry, with its own metadata', () => {
  it.each([
    [
      'news-feed.xml',
      'seeds/news-feed.xml',
      [
        {
          title: 'Parents rebuild flooded playground',
          byline: 'Noor Haddad',
          published: '2025-04-07T08:30:00+01:00',
          canonicalUrl: `${SITE}/news/playground-rebuilt/`,
          tags: ['Schools', 'Fundraising'],
          outlet: 'Harbour Gazette',
          summary: 'A cake sale and a harbour swim paid for the new surface.',
          id: 'hg-1041',
        },
        {
          title: 'Footbridge cables corroded',
          byline: 'Ivo Sand',
          published: '2025-04-08T17:05:00+00:00',
          canonicalUrl: `${SITE}/news/footbridge-cables/`,
          tags: ['Transport'],
          outlet: 'Harbour Gazette',
          // The description is the opening words cut off with […]: WordPress' own, not an editor's.
          summary: null,
          id: `${SITE}/?p=1042`,
        },
        'feed entry without its full text',
      ],
    ],
    [
      'atom.xml',
      'atom.xml',
      [
        {
          title: 'Café brings crowds to the quay',
          byline: 'Joe Park',
          published: '2025-04-09T09:15:00-04:00',
          canonicalUrl: `${SITE}/news/cafe-brings-crowds/`,
          tags: ['Business'],
          outlet: 'Harbour Gazette',
          summary: 'A new café has doubled weekend takings, stallholders say.',
          id: 'tag:harbourgazette.example,2025:1043',
        },
        'feed entry without its full text',
      ],
    ],
    [
      'a WXR export',
      'export.wxr.xml',
      [
        {
          title: 'Library to open on Sundays',
          byline: 'Eli Moss',
          published: '2025-04-10T08:00:00+01:00',
          canonicalUrl: `${SITE}/news/library-sundays/`,
          tags: ['Community', 'Libraries & reading'],
          outlet: 'Harbour Gazette',
          summary: 'Volunteers will staff the front desk.',
          id: '1050',
        },
        'WordPress draft post (not published)',
        'WordPress attachment (not a post)',
      ],
    ],
  ])('%s', (_name, file, expected) => {
    expect(cleaned(read(file))).toEqual(expected);
  });

  it('reads a WXR body stored without paragraph tags as its paragraphs', () => {
    const [item] = read('export.wxr.xml');
    if (item?.kind !== 'post') throw new Error('expected a post');
    const blocks = cleanWordPressPost(item.post).blocks.filter((b) => b.kind === 'paragraph');
    expect(blocks).toHaveLength(3);
  });

  it.each([
    ['<?xml version="1.0"?><rss version="2.0"><channel/></rss>', 'rss'],
    ['<!-- x --><feed xmlns="http://www.w3.org/2005/Atom">', 'atom'],
    ['<rss xmlns:wp="http://wordpress.org/export/1.2/">', 'wxr'],
    ['<rdf:RDF xmlns="http://purl.org/rss/1.0/">', 'rss'],
    ['<html><body>rss</body></html>', null],
  ])('feedFormat(%j) is %s', (text, format) => {
    expect(feedFormat(text)).toBe(format);
  });
});

describe('feedItems on arbitrary text', () => {
  const root = fc.constantFrom(
    '<rss>',
    '<feed>',
    '<rss xmlns:wp="http://wordpress.org/export/1.2/">',
  );
  const part = fc.constantFrom(
    '<item>',
    '</item>',
    '<entry>',
    '<content type="xhtml">',
    '<content:encoded>',
    '<![CDATA[',
    ']]>',
    '<title>',
    '<pubDate>',
    'Mon, 99 Foo',
    '<p>',
    '&amp;',
    '<category term="x"/>',
    'text ',
  );
  it('gives items or an InputError, never anything else', () => {
    fc.assert(
      fc.property(
        root,
        fc.array(fc.oneof(part, fc.string()), { maxLength: 40 }),
        (start, parts) => {
          const text = start + parts.join('');
          try {
            const decoding = { encoding: 'UTF-8', method: 'declared', replaced: 0 } as const;
            for (const item of feedItems('f.xml', { text, decoding })) {
              if (item.kind === 'post') cleanWordPressPost(item.post);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
