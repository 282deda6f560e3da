import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../ingest/input-error.ts';
import type { ContainerItem } from './container-item.ts';
import { warcItems } from './warc.ts';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../tests/fixtures/crawl/${name}`, import.meta.url)));
const SITE = 'https://www.harbourgazette.example';

/** `bytes` as a stream of `size`-byte chunks, as a file stream gives them. */
async function* chunks(bytes: Uint8Array, size = 512): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function items(bytes: Uint8Array, size?: number): Promise<ContainerItem[]> {
  const found: ContainerItem[] = [];
  const place = { file: 'f.warc', container: 'warc', member: null } as const;
  for await (const item of warcItems(chunks(bytes, size), place)) found.push(item);
  return found;
}

const summary = (i: ContainerItem): string =>
  i.kind === 'skipped' ? `skip: ${i.reason}` : `${i.kind}: ${i.record.url ?? ''}`;

describe('warcItems reads every record of a WARC, one at a time', () => {
  it('tells apart each kind of record (a gzip member per record)', async () => {
    expect((await items(fixture('seeds/site.warc.gz'))).map(summary)).toEqual([
      'skip: warcinfo record (not a response)',
      'skip: request record (not a response)',
      `payload: ${SITE}/news/night-ferry-saved/`,
      `payload: ${SITE}/news/cafe-brings-crowds/`,
      `payload: ${SITE}/news/footbridge-to-close/`,
      'skip: not an HTML page or JSON (an asset)',
      'skip: redirect (HTTP 3xx)',
      'skip: HTTP error or other non-success status',
      `payload: ${SITE}/sport/`,
      `payload: ${SITE}/wp-json/wp/v2/posts/77`,
      'skip: revisit record (a capture the archive holds elsewhere)',
      `payload: ${SITE}/news/night-ferry-saved/`,
      'skip: truncated record (ends before its length)',
    ]);
  });

  it.each([
    ['chunked transfer encoding', 2, 'Night ferry saved', null],
    ['a charset only the HTTP header names', 3, 'Caf\u00e9', 'ISO-8859-1'],
    ['gzip content encoding', 4, 'Footbridge to close', 'utf-8'],
  ])('undoes %s', async (_name, n, text, charset) => {
    const item = (await items(fixture('seeds/site.warc.gz')))[n];
    if (item?.kind !== 'payload') throw new Error('expected a payload');
    const encoding = charset === 'ISO-8859-1' ? 'latin1' : 'utf8';
    expect(Buffer.from(item.bytes).toString(encoding)).toContain(text);
    expect(item.bytes.slice(0, 15)).toEqual(new TextEncoder().encode('<!doctype html>'));
    if (charset !== null) expect(item.charset).toBe(charset);
  });

  it('names the record: id, address, capture date and payload digest', async () => {
    const item = (await items(fixture('seeds/site.warc.gz')))[2];
    expect(item?.kind === 'payload' && item.record).toEqual({
      container: 'warc',
      member: null,
      id: '<urn:uuid:00000000-0000-4000-8000-000000000003>',
      url: `${SITE}/news/night-ferry-saved/`,
      captured: '2025-04-01T10:00:00Z',
      payloadDigest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
  });

  it('keeps the records before one cut short in a plain WARC, and counts it', async () => {
    expect((await items(fixture('truncated.warc'), 100)).map(summary)).toEqual([
      `payload: ${SITE}/news/cafe-brings-crowds/`,
      'skip: truncated record (ends before its length)',
    ]);
  });

  it('refuses text that is not WARC with an input error naming the file', async () => {
    const bytes = new TextEncoder().encode('hello\r\n\r\nworld');
    await expect(items(bytes)).rejects.toThrow(/^f\.warc: not WARC data at byte 0$/);
  });

  it('reads a WARC gzipped whole (one member for every record)', async () => {
    const plain = fixture('truncated.warc');
    expect((await items(gzipSync(plain), 100)).map(summary)).toEqual(
      (await items(plain, 100)).map(summary),
    );
  });

  it('keeps the records before a gzip member cut short, and counts it once', async () => {
    const site = fixture('seeds/site.warc.gz');
    const whole = (await items(site)).map(summary);
    const cut = (await items(site.subarray(0, Math.floor(site.length / 2)))).map(summary);
    expect(cut.at(-1)).toBe('skip: truncated record (ends before its length)');
    expect(cut.slice(0, -1)).toEqual(whole.slice(0, cut.length - 1));
    expect(cut.filter((s) => s.includes('truncated'))).toHaveLength(1);
  });

  it('refuses damaged gzip data with an input error that says where', async () => {
    const bytes = Uint8Array.from(fixture('seeds/site.warc.gz'));
    const middle = Math.floor(bytes.length / 2);
    bytes.fill(0xff, middle, middle + 2);
    await expect(items(bytes)).rejects.toThrow(
      /^f\.warc: damaged WARC data at byte \d+ of its inflated data \(.+\)$/,
    );
  });

  it('counts a damaged gzip stream as a record cut short', async () => {
    const bytes = gzipSync(new TextEncoder().encode('WARC/1.0\r\n')).subarray(0, 12);
    expect((await items(bytes)).map(summary)).toEqual([
      'skip: truncated record (ends before its length)',
    ]);
  });
});

/** `bytes` in `size`-byte pieces, each written into one buffer when asked for: a source that
 * reuses its memory, at its most aggressive. */
async function* reusing(bytes: Uint8Array, size = 512): AsyncGenerator<Uint8Array> {
  const buffer = new Uint8Array(size);
  for (let at = 0; at < bytes.length; at += size) {
    const piece = bytes.subarray(at, at + size);
    buffer.set(piece);
    yield buffer.subarray(0, piece.length);
  }
}

describe('warcItems from a source that reuses its memory', () => {
  const place = { file: 'f.warc', container: 'warc', member: null } as const;
  const all = async (source: AsyncIterable<Uint8Array>, reused: boolean) => {
    const found: ContainerItem[] = [];
    for await (const item of warcItems(source, place, reused)) found.push(item);
    return found;
  };

  it.each([
    ['gzip, a member per record', fixture('seeds/site.warc.gz')],
    ['plain', fixture('../versions/seeds/day-1.warc')],
    ['plain, cut short', fixture('truncated.warc')],
  ])('gives the same items: %s', async (_name, bytes) => {
    const expected = await all(chunks(bytes), false);
    expect(expected.some((i) => i.kind === 'payload')).toBe(true);
    expect(await all(reusing(bytes), true)).toEqual(expected);
  });
});

describe('warcItems on arbitrary bytes', () => {
  const head = fc.constantFrom('', 'WARC/1.0\r\n', 'WARC/1.1\r\nWARC-Type: response\r\n');
  it('yields or throws an InputError, never anything else, and ends', async () => {
    await fc.assert(
      fc.asyncProperty(head, fc.uint8Array({ maxLength: 400 }), async (start, tail) => {
        const bytes = Uint8Array.from([...new TextEncoder().encode(start), ...tail]);
        try {
          await items(bytes, 37);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 150 },
    );
  });
});
