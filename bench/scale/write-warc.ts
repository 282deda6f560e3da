/**
 * A planned crawl as WARC records, written with webrecorder's `warcio` (the library the archive
 * reads WARCs with): one gzip member per record, a `warcinfo` record first, then each capture as
 * its `request` and `response` (or `revisit`) records. Record ids are derived from the seed and
 * the record's position, so the same crawl gives the same ids.
 */
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import type { Capture } from './crawl-plan.ts';
import { deriveSeed } from './prng.ts';

/** Gives each record of one WARC its id, in order. */
export interface RecordIds {
  next(): string;
}

/** Record ids `<urn:uuid:…>` made from `seed` and a counter (UUID version 4 in form). */
export function recordIds(seed: number): RecordIds {
  let serial = 0;
  return {
    next(): string {
      serial += 1;
      const hex = [0, 1, 2, 3]
        .map((part) => deriveSeed(seed, 'record', serial, part).toString(16).padStart(8, '0'))
        .join('');
      return `<urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}>`;
    },
  };
}

/** `bytes` deterministic bytes from `seed` (xorshift32): an image's incompressible data. */
export function assetBytes(seed: number, bytes: number): Uint8Array {
  const words = new Uint32Array(Math.ceil(bytes / 4));
  let x = seed >>> 0 || 1;
  for (let n = 0; n < words.length; n += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[n] = x >>> 0;
  }
  return new Uint8Array(words.buffer, 0, bytes);
}

const encoder = new TextEncoder();

function serialize(record: WARCRecord): Promise<Uint8Array> {
  return WARCSerializer.serialize(record, { gzip: true });
}

/** An image's response record, framed by hand, gzip with stored (uncompressed) deflate blocks:
 * what deflate makes of incompressible bytes at any level, so the reader inflates it as it would
 * a real crawl's image. Not warcio's serializer, which passes a block through async iterators
 * (12 MB/s measured) and deflates random bytes only to store them: writing a gigabyte of images
 * with it took most of an hour on a loaded machine. */
function assetRecord(capture: Extract<Capture, { kind: 'asset' }>, id: string): Uint8Array {
  const payload = assetBytes(capture.seed, capture.bytes);
  const http = `HTTP/1.1 200 OK\r\nContent-Type: ${capture.contentType}\r\nContent-Length: ${payload.length}\r\n\r\n`;
  const warc = [
    'WARC/1.1',
    'WARC-Type: response',
    `WARC-Record-ID: ${id}`,
    `WARC-Target-URI: ${capture.url}`,
    `WARC-Date: ${capture.date}`,
    'Content-Type: application/http; msgtype=response',
    `Content-Length: ${http.length + payload.length}`,
  ].join('\r\n');
  const parts = [encoder.encode(`${warc}\r\n\r\n${http}`), payload, encoder.encode('\r\n\r\n')];
  return gzipSync(Buffer.concat(parts), { level: 0 });
}

function request(url: string, date: string, id: string): WARCRecord {
  const { host, pathname, search } = new URL(url);
  return WARCRecord.create({
    url,
    date,
    type: 'request',
    warcVersion: 'WARC/1.1',
    warcHeaders: { 'WARC-Record-ID': id },
    statusline: `GET ${pathname}${search} HTTP/1.1`,
    httpHeaders: { Host: host, 'User-Agent': 'bench-crawler/1.0' },
  });
}

/** The response (or revisit) record of a capture that is no image. */
function response(capture: Exclude<Capture, { kind: 'asset' }>, id: string): WARCRecord {
  const base = { url: capture.url, date: capture.date, warcVersion: 'WARC/1.1' as const };
  const warcHeaders = { 'WARC-Record-ID': id };
  switch (capture.kind) {
    case 'page':
      return WARCRecord.create(
        {
          ...base,
          type: 'response',
          warcHeaders,
          httpHeaders: { 'Content-Type': capture.contentType },
        },
        [capture.payload],
      );
    case 'revisit':
      return WARCRecord.create({
        ...base,
        type: 'revisit',
        warcHeaders,
        refersToUrl: capture.of,
        refersToDate: capture.date,
      });
    case 'redirect':
      return WARCRecord.create(
        {
          ...base,
          type: 'response',
          warcHeaders,
          statusline: 'HTTP/1.1 301 Moved Permanently',
          httpHeaders: { Location: capture.to, 'Content-Length': '0' },
        },
        [],
      );
    case 'missing':
      return WARCRecord.create(
        {
          ...base,
          type: 'response',
          warcHeaders,
          statusline: 'HTTP/1.1 404 Not Found',
          httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' },
        },
        [encoder.encode('<!DOCTYPE html><title>Not found</title><h1>Page not found</h1>')],
      );
  }
}

/** The `warcinfo` record a WARC starts with. */
export function warcInfo(ids: RecordIds, date: string): Promise<Uint8Array> {
  return serialize(
    WARCRecord.createWARCInfo(
      {
        filename: 'crawl.warc.gz',
        date,
        warcVersion: 'WARC/1.1',
        warcHeaders: { 'WARC-Record-ID': ids.next() },
      },
      { software: 'news-archive scale benchmark', format: 'WARC File Format 1.1' },
    ),
  );
}

/** The gzip members of one capture's records (a request, then its response or revisit), and the
 * response record's id (which an entry built from it names in its provenance). */
export async function captureRecords(
  capture: Capture,
  ids: RecordIds,
): Promise<{ members: Uint8Array[]; responseId: string }> {
  const req = await serialize(request(capture.url, capture.date, ids.next()));
  const responseId = ids.next();
  const member =
    capture.kind === 'asset'
      ? assetRecord(capture, responseId)
      : await serialize(response(capture, responseId));
  return { members: [req, member], responseId };
}
