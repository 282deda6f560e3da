/**
 * Writes the crawl fixtures in `tests/fixtures/crawl/` (run with `node
 * scripts/make-crawl-fixtures.ts`; the output is committed, and is the same on every run): a WARC
 * with a gzip member per record holding every case the WARC reader must tell apart, a plain WARC
 * whose last record is cut short, a WACZ, RSS, Atom and WXR feeds, and a nested mirror folder.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { crc32, gzipSync } from 'node:zlib';
import * as feeds from './lib/crawl-fixture-feeds.ts';
import { BRIDGE, FERRY, LIBRARY, MARKET, page, REGATTA } from './lib/crawl-fixture-pages.ts';

const OUT = 'tests/fixtures/crawl';
const SITE = 'https://www.harbourgazette.example';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin1 = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'latin1'));
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(Buffer.concat(parts));
let serial = 0;

function warcRecord(type: string, headers: Record<string, string>, block: Uint8Array): Uint8Array {
  serial += 1;
  const id = `<urn:uuid:00000000-0000-4000-8000-${String(serial).padStart(12, '0')}>`;
  const lines = [`WARC/1.1`, `WARC-Type: ${type}`, `WARC-Record-ID: ${id}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  lines.push(`Content-Length: ${block.length}`, '', '');
  return concat(utf8(lines.join('\r\n')), block, utf8('\r\n\r\n'));
}

function response(
  url: string,
  date: string,
  status: string,
  headers: Record<string, string>,
  payload: Uint8Array,
  body: Uint8Array = payload,
): Uint8Array {
  const head = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  const block = concat(utf8(`${head.join('\r\n')}\r\n\r\n`), body);
  const digest = `sha256:${createHash('sha256').update(payload).digest('hex')}`;
  return warcRecord(
    'response',
    {
      'WARC-Target-URI': url,
      'WARC-Date': date,
      'WARC-Payload-Digest': digest,
      'Content-Type': 'application/http; msgtype=response',
    },
    block,
  );
}

function chunked(payload: Uint8Array, size: number): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let at = 0; at < payload.length; at += size) {
    const chunk = payload.subarray(at, at + size);
    parts.push(utf8(`${chunk.length.toString(16)}\r\n`), chunk, utf8('\r\n'));
  }
  return concat(...parts, utf8('0\r\n\r\n'));
}

const html = { 'Content-Type': 'text/html; charset=utf-8' };
const ferry = utf8(
  page({
    title: 'Night ferry saved',
    byline: 'Ana Lima',
    paragraphs: FERRY,
    canonical: `${SITE}/news/night-ferry-saved/`,
  }),
);
/** Latin-1 bytes with no charset in the page: only the HTTP header says how to read them. */
const market = latin1(
  page({ title: 'Café brings crowds', byline: 'Joe Park', paragraphs: MARKET, charsetMeta: false })
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"'),
);
const bridge = utf8(page({ title: 'Footbridge to close', byline: 'Ivo Sand', paragraphs: BRIDGE }));
const navOnly = utf8(
  '<!doctype html><html><head><title>Sport</title></head><body><nav><a href="/">Home</a></nav></body></html>',
);
const restPost = utf8(JSON.stringify(feeds.restPost(REGATTA)));

const d = (n: number): string => `2025-04-0${n}T10:00:00Z`;
const url = (path: string): string => `${SITE}${path}`;

/** The site's crawl: its articles (one chunked, one Latin-1, one gzipped), then what a crawl
 * holds beside them. */
function siteWarc(): Uint8Array[] {
  return [...articleRecords(), ...otherRecords()];
}

function articleRecords(): Uint8Array[] {
  return [
    warcRecord(
      'warcinfo',
      { 'Content-Type': 'application/warc-fields' },
      utf8('software: fixture\r\n'),
    ),
    warcRecord(
      'request',
      { 'WARC-Target-URI': url('/news/night-ferry-saved/') },
      utf8('GET /news/night-ferry-saved/ HTTP/1.1\r\n\r\n'),
    ),
    response(
      url('/news/night-ferry-saved/'),
      d(1),
      '200 OK',
      { ...html, 'Transfer-Encoding': 'chunked' },
      ferry,
      chunked(ferry, 300),
    ),
    response(
      url('/news/cafe-brings-crowds/'),
      d(1),
      '200 OK',
      { 'Content-Type': 'text/html; charset=ISO-8859-1' },
      market,
    ),
    response(
      url('/news/footbridge-to-close/'),
      d(2),
      '200 OK',
      { ...html, 'Content-Encoding': 'gzip' },
      bridge,
      gzipSync(bridge),
    ),
  ];
}

/** An image, a redirect, a 404, a page of links only, a REST post, a revisit and a recapture. */
function otherRecords(): Uint8Array[] {
  return [
    response(
      url('/logo.png'),
      d(2),
      '200 OK',
      { 'Content-Type': 'image/png' },
      latin1('\x89PNG\r\n\x1a\n'),
    ),
    response(
      url('/old-ferry-story'),
      d(2),
      '301 Moved Permanently',
      { Location: url('/news/night-ferry-saved/') },
      new Uint8Array(),
    ),
    response(url('/missing/'), d(2), '404 Not Found', html, utf8('<p>Not found</p>')),
    response(url('/sport/'), d(3), '200 OK', html, navOnly),
    response(
      url('/wp-json/wp/v2/posts/77'),
      d(3),
      '200 OK',
      { 'Content-Type': 'application/json; charset=UTF-8' },
      restPost,
    ),
    warcRecord(
      'revisit',
      {
        'WARC-Target-URI': url('/news/night-ferry-saved/'),
        'WARC-Date': d(4),
        'WARC-Profile': 'http://netpreserve.org/warc/1.1/revisit/identical-payload-digest',
      },
      utf8('HTTP/1.1 200 OK\r\n\r\n'),
    ),
    response(url('/news/night-ferry-saved/'), d(5), '200 OK', html, ferry),
  ];
}

/** A ZIP whose entries are stored (not compressed), as WACZ packages store their WARCs. */
function storedZip(entries: readonly [string, Uint8Array][]): Uint8Array {
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const n = Buffer.from(name);
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(n.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(n.length, 28);
    dir.writeUInt32LE(offset, 42);
    local.push(head, n, data);
    central.push(dir, n);
    offset += head.length + n.length + data.length;
  }
  const size = central.reduce((s, c) => s + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return concat(...local, ...central, end);
}

function write(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(join(OUT, path)), { recursive: true });
  writeFileSync(join(OUT, path), bytes);
}

const site = siteWarc();
const cut = gzipSync(site[2] ?? new Uint8Array());
write(
  'seeds/site.warc.gz',
  concat(...site.map((r) => gzipSync(r)), cut.subarray(0, cut.length / 2)),
);
write(
  'truncated.warc',
  concat(site[3] ?? new Uint8Array(), (site[4] ?? new Uint8Array()).subarray(0, 500)),
);
const library = page({
  title: 'Library to open on Sundays',
  byline: 'Eli Moss',
  paragraphs: LIBRARY,
});
const waczWarc = concat(
  gzipSync(
    response(
      `${SITE}/news/library-sundays/`,
      '2025-04-06T09:00:00Z',
      '200 OK',
      html,
      utf8(library),
    ),
  ),
);
write(
  'site.wacz',
  storedZip([
    [
      'datapackage.json',
      utf8('{"profile": "data-package", "wacz_version": "1.1.1", "resources": []}'),
    ],
    ['archive/data.warc.gz', waczWarc],
    ['pages/pages.jsonl', utf8('{"format": "json-pages-1.0"}\n')],
  ]),
);
write('seeds/news-feed.xml', feeds.rss());
write('atom.xml', feeds.atom());
write('export.wxr.xml', feeds.wxr());
write('seeds/mirror/www.harbourgazette.example/news/library-sundays/index.html', library);
write(
  'seeds/mirror/www.harbourgazette.example/news/regatta/index.html',
  page({
    title: 'Record fleet for regatta',
    byline: 'Kai Stone',
    paragraphs: REGATTA,
    canonical: `${SITE}/sport/regatta-record-fleet/`,
  }),
);
write('seeds/mirror/www.harbourgazette.example/style.css', 'body { margin: 0 }\n');
