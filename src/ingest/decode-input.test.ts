import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInput } from './decode-input.ts';
import { InputError } from './input-error.ts';
import { MAX_INPUT_BYTES } from './input-limits.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../tests/fixtures/encodings/${name}`, import.meta.url)));

describe('decodeInput refuses what is not text', () => {
  it.each([
    ['empty file', new Uint8Array(), /file is empty/],
    ['only whitespace', bytes(' \n\t\n'), /file is empty/],
    ['a ZIP archive', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), /ZIP archive/],
    ['control characters', bytes('a\u0001\u0002\u0003\u0004b'), /binary file/],
    ['only NUL bytes', new Uint8Array(64), /binary file/],
    ['damaged gzip', new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x01]), /gzip/],
    ['a PNG image (fixture)', fixture('binary-png.png'), /binary file \(PNG image\)/],
    ['bytes of no text (fixture)', fixture('binary-control-bytes.bin'), /too many control/],
    ['an RSS feed (fixture)', fixture('rss-feed.xml'), /an RSS feed .*item by item/],
    ['an Atom feed (fixture)', fixture('atom-feed.xml'), /an Atom feed .*item by item/],
    ['a WARC file (fixture)', fixture('web-archive.warc'), /a WARC web archive/],
    ['a gzipped WARC file', gzipSync(fixture('web-archive.warc')), /a WARC web archive/],
    [
      'a charset browsers refuse',
      bytes('<meta charset="iso-2022-kr"><p>text</p>'),
      /refuse to decode \(replacement\)/,
    ],
  ])('%s', (_name, input, reason) => {
    expect(() => decodeInput('f.txt', input)).toThrow(InputError);
    expect(() => decodeInput('f.txt', input)).toThrow(reason);
  });

  it('refuses an oversized file without reading it as text', () => {
    const big = new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61);
    expect(() => decodeInput('big.txt', big)).toThrow(/over the .* limit/);
  });

  it('names the file in a one-line message', () => {
    try {
      decodeInput('seeds/x.txt', new Uint8Array());
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toBe('seeds/x.txt: file is empty');
    }
  });
});

describe('decodeInput reads bytes as a browser does (fixtures, one per rule)', () => {
  it.each([
    [
      'utf-8-bom.txt',
      'UTF-8',
      'bom',
      0,
      /^The council said.*“We kept our promise,” the mayor said —/s,
    ],
    ['utf-16le-bom.html', 'UTF-16LE', 'bom', 0, /“We kept our promise,” the mayor said —/],
    ['utf-16be-bom.html', 'UTF-16BE', 'bom', 0, /“We kept our promise,” the mayor said —/],
    [
      'windows-1252-declared.html',
      'windows-1252',
      'declared',
      0,
      /“We kept our promise,” the mayor said — and residents, who faced a twenty–minute detour/,
    ],
    // The standard reads the ISO-8859-1 label as windows-1252, so a curly apostrophe survives.
    [
      'iso-8859-1-declared.html',
      'windows-1252',
      'declared',
      0,
      /« Nous avons tenu parole ».*L’été/s,
    ],
    ['misdeclared-utf-8.html', 'UTF-8', 'declared', 2, /The caf\ufffde\ufffds owner/],
    ['undeclared-mostly-utf-8.txt', 'UTF-8', 'sniffed', 1, /São Paulo.*slow\. \ufffd The mayor’s/],
    ['undeclared-windows-1252.txt', 'windows-1252', 'sniffed', 0, /a déclaré le maire — l’été/],
    [
      'undeclared-windows-1251.txt',
      'windows-1251',
      'sniffed',
      0,
      /^Москва, 12 марта\. Правительство/,
    ],
    ['undeclared-shift_jis.html', 'Shift_JIS', 'sniffed', 0, /東京、3月12日。政府は水曜日/],
    ['undeclared-gbk.txt', 'gb18030', 'sniffed', 0, /^北京，3月12日。政府周三宣布了/],
    ['undeclared-euc-kr.html', 'EUC-KR', 'sniffed', 0, /서울, 3월 12일\. 정부는 수요일/],
    ['nul-in-html.html', 'UTF-8', 'declared', 0, /harbour\0 bridge/],
  ] as const)('%s: %s, %s, %i replaced', (name, encoding, method, replaced, text) => {
    const decoded = decodeInput(name, fixture(name));
    expect(decoded.decoding).toEqual({ encoding, method, replaced });
    expect(decoded.text).toMatch(text);
    expect(decoded.text).not.toMatch(/[\u0080-\u009f]/);
  });

  it.each([
    ['UTF-8 with curly quotes', bytes('“Quote” — dash'), '“Quote” — dash', 'sniffed'],
    ['gzip by magic number', gzipSync(bytes('<p>zipped</p>')), '<p>zipped</p>', 'sniffed'],
    [
      'a literal U+FFFD is not a replacement',
      bytes('kept \ufffd as sent'),
      'kept \ufffd as sent',
      'sniffed',
    ],
    [
      'too few bytes to sniff: the default',
      new Uint8Array([0x61, 0xe9, 0x20, 0x62]),
      'aé b',
      'default',
    ],
    [
      'a declaration past the 1024-byte prescan is not seen',
      new Uint8Array([...bytes(`${' '.repeat(1100)}<meta charset="koi8-r">caf`), 0xc3, 0xa9]),
      `${' '.repeat(1100)}<meta charset="koi8-r">café`,
      'sniffed',
    ],
  ])('%s', (_name, input, expected, method) => {
    const decoded = decodeInput('f', input);
    expect(decoded.text).toBe(expected);
    expect(decoded.decoding.method).toBe(method);
    expect(decoded.decoding.replaced).toBe(0);
  });
});

describe('decodeInput on any bytes (properties)', () => {
  it('only ever throws InputError', () => {
    const declared = fc
      .tuple(
        fc.constantFrom('utf-8', 'shift_jis', 'utf-16le', 'x-user-defined', 'gbk', 'bogus'),
        fc.uint8Array({ maxLength: 300 }),
      )
      .map(([label, rest]) => new Uint8Array([...bytes(`<meta charset="${label}">`), ...rest]));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 600 }), declared), (input) => {
        try {
          decodeInput('f', input);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
    );
  });

  it('returns any valid UTF-8 text exactly, nothing replaced', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const input = `x${text}`;
        const decoded = decodeInput('f', bytes(input));
        expect(decoded.text).toBe(input);
        expect(decoded.decoding).toEqual({ encoding: 'UTF-8', method: 'sniffed', replaced: 0 });
      }),
    );
  });
});

describe('decodeInput takes the charset of an HTTP header (a WARC record’s) as a browser does', () => {
  const latin = Uint8Array.from(Buffer.from('<p>Caf\u00e9 cr\u00e8me, 3 \u00a3</p>', 'latin1'));
  it.each([
    ['the header names the charset', latin, 'ISO-8859-1', 'windows-1252', 'declared', 'Café'],
    [
      'a byte-order mark wins over it',
      bytes('\ufeff<p>Café</p>'),
      'ISO-8859-1',
      'UTF-8',
      'bom',
      'Café',
    ],
    [
      'it wins over the page’s own',
      bytes('<meta charset="utf-8"><p>Café</p>'),
      'windows-1252',
      'windows-1252',
      'declared',
      'CafÃ©',
    ],
    ['an unknown label is ignored', bytes('<p>Café</p>'), 'x-nonsense', 'UTF-8', 'sniffed', 'Café'],
  ])('%s', (_name, input, transport, encoding, method, text) => {
    const decoded = decodeInput('r.html', input, { transport });
    expect(decoded.decoding).toMatchObject({ encoding, method });
    expect(decoded.text).toContain(text);
  });
});
