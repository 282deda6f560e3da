import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordIdName } from './container-item.ts';
import { containerKind } from './container-kind.ts';
import { wordPressDates } from './feed-dates.ts';
import { mirrorAddress } from './mirror-address.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('containerKind: from the first bytes alone', () => {
  it.each([
    ['a WARC', bytes('WARC/1.1\r\nWARC-Type: warcinfo\r\n'), 'warc'],
    ['a gzipped WARC', gzipSync(bytes('WARC/1.0\r\nx')), 'warc'],
    ['a ZIP', bytes('PK\u0003\u0004rest'), 'zip'],
    ['an RSS feed', bytes('<?xml version="1.0"?>\n<rss version="2.0">'), 'feed'],
    ['an Atom feed with a BOM', bytes('\ufeff<feed xmlns="http://www.w3.org/2005/Atom">'), 'feed'],
    ['a page', bytes('<!doctype html><html>'), null],
    ['damaged gzip', Uint8Array.from([0x1f, 0x8b, 1, 2]), null],
  ])('%s', (_name, head, kind) => {
    expect(containerKind(head)).toBe(kind);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => void containerKind(b)));
  });
});

describe('mirrorAddress: a mirror path as the page’s address', () => {
  it.each([
    ['mirror/www.example.com/news/a.html', 'https://www.example.com/news/a.html'],
    ['mirror/www.example.com/news/a/index.html', 'https://www.example.com/news/a/'],
    ['example.org/index.htm', 'https://example.org/'],
    ['saved/pages/story.html', null],
    ['www.example.com', null],
  ])('%s -> %s', (path, address) => {
    expect(mirrorAddress(path)).toBe(address);
  });
});

describe('recordIdName: a record’s id from its address', () => {
  it.each([
    ['https://www.example.com/news/a/', 'example.com/news/a'],
    ['https://example.com/news/a/index.html', 'example.com/news/a'],
    ['not a url', 'c.warc#1'],
    [null, 'c.warc#1'],
  ])('%s -> %s', (url, name) => {
    expect(recordIdName(url, 'c.warc#1')).toBe(name);
  });
});

describe('wordPressDates: feed dates as WordPress’ local and UTC pair', () => {
  it.each([
    [
      'Mon, 07 Apr 2025 08:30:00 +0100',
      { date: '2025-04-07T08:30:00', date_gmt: '2025-04-07T07:30:00' },
    ],
    [
      'Tue, 08 Apr 2025 17:05:00 GMT',
      { date: '2025-04-08T17:05:00', date_gmt: '2025-04-08T17:05:00' },
    ],
    [
      'Tue, 08 Apr 2025 17:05:00 EST',
      { date: '2025-04-08T17:05:00', date_gmt: '2025-04-08T22:05:00' },
    ],
    ['2025-04-09T09:15:00-04:00', { date: '2025-04-09T09:15:00', date_gmt: '2025-04-09T13:15:00' }],
    ['2025-04-09', { date: '2025-04-09T00:00:00' }],
    ['2025-04-09T09:15:00', null],
    ['yesterday', null],
    [null, null],
  ])('%s', (text, dates) => {
    expect(wordPressDates(text)).toEqual(dates);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void wordPressDates(s)));
  });
});
