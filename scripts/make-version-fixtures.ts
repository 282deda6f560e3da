/**
 * Writes the versions fixtures in `tests/fixtures/versions/seeds/` (run with `node
 * scripts/make-version-fixtures.ts`; the output is committed, and is the same on every run): one
 * address captured in two web archives a day apart with its text changed (a paragraph reworded
 * with its quotation, one cut with its quotation, one added), a second address captured identically in both, a
 * third published as a feed item and saved as a page whose text was corrected later, and another
 * outlet's article still printing the quotation the first cut.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { page } from './lib/crawl-fixture-pages.ts';

const OUT = 'tests/fixtures/versions/seeds';
const SITE = 'https://www.harbourgazette.example';
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

const WALL_1 = [
  'Storm waves broke through a section of the old harbour wall overnight, flooding the fish market and three shops on the quay.',
  '“We will have the wall patched within a week,” harbour master Tomas Reyes said on Thursday morning.',
  'Traders were told to keep their shutters down until engineers had inspected the damage, and the <a href="https://www.harbourgazette.example/news/tides/">tide tables</a> were checked again.',
  '“We do not yet know who will pay for the repairs,” said Mia Lund, who leads the council.',
];
const WALL_2 = [
  WALL_1[0] ?? '',
  '“We will have the wall patched within a fortnight,” harbour master Tomas Reyes said on Thursday morning.',
  WALL_1[2] ?? '',
  'The council said on Friday that its insurers would pay for the repairs, which it expects to cost about 90,000 pounds.',
];
const TIDES = [
  'The harbour office has published its tide tables for the summer, with the highest spring tides expected in the second week of June.',
  'Boat owners are asked to check their moorings before each spring tide, and to report any loose chains to the office on the quay.',
  'Printed copies of the tables are free at the harbour office and the library, and the tables can be read on the office’s noticeboard.',
];
const PIER = [
  'The north pier reopened to walkers on Saturday after eight months of repairs to its timber deck and railings.',
  'About two hundred people crossed it in the first hour, many of them families who had fished from its end for years.',
  '“It is good to have our pier back,” said Hana Ito, who runs the kiosk at its gate.',
];
const COURIER_WALL = [
  'Engineers inspected the breach in the old harbour wall on Thursday, a day after storm waves flooded the fish market and shops on the quay.',
  WALL_1[3] ?? '',
  'Shops on the quay stayed shut for a second day while pumps cleared the water from the market hall.',
];
const PIER_CORRECTED = [
  ...PIER,
  'Correction: an earlier version of this article said the repairs took six months; they took eight.',
];

let serial = 0;
function capture(url: string, date: string, html: string, group: number): Buffer {
  serial += 1;
  const payload = utf8(html);
  const http = Buffer.concat([
    utf8('HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n'),
    payload,
  ]);
  const digest = createHash('sha256').update(payload).digest('hex');
  const id = `<urn:uuid:00000000-0000-4000-900${group}-${String(serial).padStart(12, '0')}>`;
  const head = [
    'WARC/1.1',
    'WARC-Type: response',
    `WARC-Record-ID: ${id}`,
    `WARC-Target-URI: ${url}`,
    `WARC-Date: ${date}`,
    `WARC-Payload-Digest: sha256:${digest}`,
    'Content-Type: application/http; msgtype=response',
    `Content-Length: ${http.length}`,
    '',
    '',
  ].join('\r\n');
  return Buffer.concat([utf8(head), http, utf8('\r\n\r\n')]);
}

function write(path: string, bytes: Buffer | string): void {
  mkdirSync(dirname(join(OUT, path)), { recursive: true });
  writeFileSync(join(OUT, path), bytes);
}

const wall = (paragraphs: readonly string[]) =>
  page({ title: 'Storm breaks harbour wall', byline: 'Lena Berg', paragraphs });
const tides = page({ title: 'Summer tide tables out', byline: 'Lena Berg', paragraphs: TIDES });
write(
  'day-1.warc',
  Buffer.concat([
    capture(`${SITE}/news/harbour-wall/`, '2025-05-01T08:00:00Z', wall(WALL_1), 1),
    capture(`${SITE}/news/tides/`, '2025-05-01T08:01:00Z', tides, 1),
  ]),
);
write(
  'day-2.warc',
  Buffer.concat([
    capture(`${SITE}/news/harbour-wall/?utm_source=feed`, '2025-05-02T08:00:00Z', wall(WALL_2), 2),
    capture(`${SITE}/news/tides/`, '2025-05-02T08:01:00Z', tides, 2),
  ]),
);
write(
  'pier-feed.xml',
  `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Harbour Gazette</title>
<link>${SITE}/</link>
<item>
  <title>North pier reopens</title>
  <link>${SITE}/news/pier-reopens/</link>
  <guid isPermaLink="false">hg-2001</guid>
  <pubDate>Sat, 03 May 2025 09:00:00 GMT</pubDate>
  <dc:creator>Kai Stone</dc:creator>
  <content:encoded><![CDATA[${PIER.map((p) => `<p>${p}</p>`).join('\n')}]]></content:encoded>
</item>
</channel>
</rss>
`,
);
write(
  'pier-reopens.html',
  page({
    title: 'North pier reopens',
    byline: 'Kai Stone',
    paragraphs: PIER_CORRECTED,
    canonical: 'http://harbourgazette.example/news/pier-reopens',
  }).replace(
    '</head>',
    '<meta property="article:modified_time" content="2025-05-03T15:00:00Z"></head>',
  ),
);
write(
  'courier-wall.html',
  page({
    title: 'Engineers inspect harbour wall',
    byline: 'Ola Frost',
    paragraphs: COURIER_WALL,
    canonical: 'https://www.coastcourier.example/news/harbour-wall-inspected/',
  })
    .replaceAll('Harbour Gazette', 'Coast Courier')
    .replace(
      '</head>',
      '<meta property="article:published_time" content="2025-05-01T12:00:00Z"></head>',
    ),
);
