import { gzipSync, deflateRawSync, brotliCompressSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeContent, dechunk, parseHttpHead } from './http-payload.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (b: Uint8Array | string | null): string | null =>
  b === null || typeof b === 'string' ? b : new TextDecoder().decode(b);

describe('the HTTP message of a WARC response', () => {
  it('reads the status and headers, joining repeated ones', () => {
    const head = parseHttpHead([
      'HTTP/1.1 200 OK',
      'Content-Type: text/html',
      'Vary: a',
      'vary: b',
    ]);
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/html');
    expect(head.headers.get('vary')).toBe('a, b');
    expect(parseHttpHead(['GET / HTTP/1.1']).status).toBeNull();
  });

  it.each([
    ['two chunks', '5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n', 'hello world'],
    ['a chunk extension', '5;x=1\r\nhello\r\n0\r\n\r\n', 'hello'],
    ['a chunk cut short', '9\r\nhello', null],
    ['no last chunk', '5\r\nhello\r\n', null],
    ['a size that is no number', 'zz\r\nhello\r\n0\r\n\r\n', null],
  ])('dechunk: %s', (_name, body, expected) => {
    expect(text(dechunk(bytes(body)))).toBe(expected);
  });

  it.each([
    ['identity', bytes('page'), undefined, 'page'],
    ['gzip', gzipSync(bytes('page')), 'gzip', 'page'],
    ['raw deflate', deflateRawSync(bytes('page')), 'deflate', 'page'],
    ['brotli', brotliCompressSync(bytes('page')), 'br', 'page'],
    ['damaged gzip', bytes('not gzip'), 'gzip', 'damaged or oversized compressed payload'],
    [
      'an unknown coding',
      bytes('x'),
      'zstd',
      'payload in an encoding the archive does not undo (zstd)',
    ],
  ])('decodeContent: %s', (_name, body, encoding, expected) => {
    expect(text(decodeContent(body, encoding))).toBe(expected);
  });

  it('never throws on arbitrary bodies', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        fc.constantFrom('gzip', 'deflate', 'br', 'x'),
        (b, e) => {
          dechunk(b);
          decodeContent(b, e);
        },
      ),
    );
  });
});
