/**
 * The feeds of the crawl fixtures (`tests/fixtures/crawl/`): an RSS 2.0 feed with full text in
 * `content:encoded`, an Atom feed with `<content type="html">`, a WordPress WXR export, and a
 * WordPress REST post, each holding the cases its reader must tell apart.
 */
import { BRIDGE, LIBRARY, MARKET, SCHOOL } from './crawl-fixture-pages.ts';

const SITE = 'https://www.harbourgazette.example';
const paras = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const cdata = (s: string): string => `<![CDATA[${s}]]>`;

/** RSS 2.0: two items with full text (one with an editor's summary), one with a summary only. */
export function rss(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Harbour Gazette</title>
<link>${SITE}/</link>
<language>en-GB</language>
<item>
  <title>Parents rebuild flooded playground</title>
  <link>${SITE}/news/playground-rebuilt/</link>
  <guid isPermaLink="false">hg-1041</guid>
  <pubDate>Mon, 07 Apr 2025 08:30:00 +0100</pubDate>
  <dc:creator>Noor Haddad</dc:creator>
  <category>Schools</category>
  <category>Fundraising</category>
  <description>A cake sale and a harbour swim paid for the new surface.</description>
  <content:encoded>${cdata(paras(SCHOOL))}</content:encoded>
</item>
<item>
  <title>Footbridge cables corroded</title>
  <link>${SITE}/news/footbridge-cables/</link>
  <guid>${SITE}/?p=1042</guid>
  <pubDate>Tue, 08 Apr 2025 17:05:00 GMT</pubDate>
  <dc:creator>Ivo Sand</dc:creator>
  <category>Transport</category>
  <description>${cdata(`${BRIDGE[0]?.slice(0, 60) ?? ''} [&#8230;]`)}</description>
  <content:encoded>${cdata(paras(BRIDGE))}</content:encoded>
</item>
<item>
  <title>Summary only</title>
  <link>${SITE}/news/summary-only/</link>
  <description>Only a teaser here.</description>
</item>
</channel>
</rss>
`;
}

/** Atom: one entry with `<content type="html">`, one with no content. */
export function atom(): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>Harbour Gazette</title>
<id>${SITE}/</id>
<updated>2025-04-09T12:00:00Z</updated>
<entry>
  <title type="html">Caf&amp;eacute; brings crowds to the quay</title>
  <id>tag:harbourgazette.example,2025:1043</id>
  <link rel="alternate" type="text/html" href="${SITE}/news/cafe-brings-crowds/"/>
  <link rel="edit" href="${SITE}/edit/1043"/>
  <published>2025-04-09T09:15:00-04:00</published>
  <updated>2025-04-09T11:00:00-04:00</updated>
  <author><name>Joe Park</name></author>
  <category term="business" label="Business"/>
  <summary type="text">A new café has doubled weekend takings, stallholders say.</summary>
  <content type="html">${paras(MARKET).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content>
</entry>
<entry>
  <title>Link only</title>
  <id>tag:harbourgazette.example,2025:1044</id>
  <link href="${SITE}/news/link-only/"/>
  <updated>2025-04-10T10:00:00Z</updated>
</entry>
</feed>
`;
}

function wxrItem(fields: {
  id: number;
  title: string;
  slug: string;
  type: string;
  status: string;
  content: string;
  excerpt: string;
}): string {
  return `<item>
  <title>${fields.title}</title>
  <link>${SITE}/news/${fields.slug}/</link>
  <pubDate>Thu, 10 Apr 2025 07:00:00 +0000</pubDate>
  <dc:creator>${cdata('emoss')}</dc:creator>
  <guid isPermaLink="false">${SITE}/?p=${fields.id}</guid>
  <content:encoded>${cdata(fields.content)}</content:encoded>
  <excerpt:encoded>${cdata(fields.excerpt)}</excerpt:encoded>
  <wp:post_id>${fields.id}</wp:post_id>
  <wp:post_date>${cdata('2025-04-10 08:00:00')}</wp:post_date>
  <wp:post_date_gmt>${cdata('2025-04-10 07:00:00')}</wp:post_date_gmt>
  <wp:post_name>${cdata(fields.slug)}</wp:post_name>
  <wp:status>${cdata(fields.status)}</wp:status>
  <wp:post_type>${cdata(fields.type)}</wp:post_type>
  <category domain="category" nicename="community">${cdata('Community')}</category>
  <category domain="post_tag" nicename="libraries">${cdata('Libraries & reading')}</category>
</item>`;
}

/** WXR 1.2: a published post (stored form: paragraphs by blank lines), a draft, an attachment. */
export function wxr(): string {
  const post = (id: number, slug: string, type: string, status: string): string =>
    wxrItem({
      id,
      title: 'Library to open on Sundays',
      slug,
      type,
      status,
      content: LIBRARY.join('\n\n'),
      excerpt: 'Volunteers will staff the front desk.',
    });
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Harbour Gazette</title>
  <link>${SITE}</link>
  <language>en-GB</language>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:author><wp:author_id>3</wp:author_id><wp:author_login>${cdata('emoss')}</wp:author_login><wp:author_display_name>${cdata('Eli Moss')}</wp:author_display_name></wp:author>
  ${post(1050, 'library-sundays', 'post', 'publish')}
  ${post(1051, 'library-draft', 'post', 'draft')}
  ${post(1052, 'library-photo', 'attachment', 'inherit')}
</channel>
</rss>
`;
}

/** A WordPress REST post with an editor's excerpt (the standfirst to keep). */
export function restPost(paragraphs: readonly string[]): unknown {
  return {
    id: 77,
    date: '2025-04-03T11:00:00',
    date_gmt: '2025-04-03T10:00:00',
    link: `${SITE}/sport/regatta-fleet/`,
    title: { rendered: 'Regatta draws biggest fleet in years' },
    content: { rendered: paras(paragraphs), protected: false },
    excerpt: { rendered: '<p>Ninety boats and a new class for rowing gigs.</p>', protected: false },
    yoast_head_json: { author: 'Kai Stone', og_site_name: 'Harbour Gazette' },
  };
}
