import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInput } from './decode-input.ts';
import { InputError } from './input-error.ts';
import { MAX_INPUT_BYTES } from './input-limits.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeInput refuses what is not text', () => {
  it.each([
    ['empty file', new Uint8Array(), /file is empty/],
    ['only whitespace', bytes(' \n\t\n'), /file is empty/],
    ['NUL bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), /binary file/],
    ['invalid UTF-8', new Uint8Array([0x61, 0x62, 0xc3, 0x28, 0x63]), /not valid UTF-8/],
    ['control characters', bytes('a\u0001\u0002\u0003\u0004b'), /binary file/],
    ['damaged gzip', new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x01]), /gzip/],
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

describe('decodeInput decodes text', () => {
  it.each([
    ['UTF-8 with curly quotes', bytes('“Quote” — dash'), '“Quote” — dash'],
    ['UTF-8 BOM is dropped', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('text')]), 'text'],
    ['gzip by magic number', gzipSync(bytes('<p>zipped</p>')), '<p>zipped</p>'],
    [
      'declared legacy charset',
      new Uint8Array([...bytes('<meta charset="windows-1252"><p>caf'), 0xe9, ...bytes('</p>')]),
      '<meta charset="windows-1252"><p>café</p>',
    ],
  ])('%s', (_name, input, expected) => {
    expect(decodeInput('f', input)).toBe(expected);
  });

  it('only ever throws InputError (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (input) => {
        try {
          decodeInput('f', input);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
    );
  });
});
