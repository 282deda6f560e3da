import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BULK_LIMITS,
  bulkPartFile,
  jsonLine,
  manifestPart,
  packLines,
  utf8Bytes,
  type PartLimits,
} from './bulk-parts.ts';

const limits = (maxRecords: number, maxBytes: number): PartLimits => ({ maxRecords, maxBytes });

describe('packLines', () => {
  it.each([
    ['nothing: one empty part', [], limits(2, 100), '', [[]]],
    ['within both bounds: one part', ['a\n', 'b\n'], limits(5, 100), '', [['a\n', 'b\n']]],
    [
      'cut at the record bound',
      ['a\n', 'b\n', 'c\n'],
      limits(2, 100),
      '',
      [['a\n', 'b\n'], ['c\n']],
    ],
    [
      'cut at the byte bound',
      ['aa\n', 'bb\n', 'cc\n'],
      limits(9, 6),
      '',
      [['aa\n', 'bb\n'], ['cc\n']],
    ],
    [
      'the header counts in every part',
      ['aa\n', 'bb\n'],
      limits(9, 6),
      'h\n',
      [['aa\n'], ['bb\n']],
    ],
    [
      'a record over the byte bound is a part alone',
      ['a\n', 'xxxxxx\n', 'b\n'],
      limits(9, 4),
      '',
      [['a\n'], ['xxxxxx\n'], ['b\n']],
    ],
    [
      'bytes are UTF-8 bytes, not characters',
      ['éé\n', 'é\n'],
      limits(9, 6),
      '',
      [['éé\n'], ['é\n']],
    ],
  ])('%s', (_name, lines, bounds, header, expected) => {
    expect(packLines(lines, bounds, header)).toEqual(expected);
  });

  it('every line in exactly one part, in order, each part within its bounds', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ maxLength: 40 }).map((s) => `${s}\n`),
          { maxLength: 200 },
        ),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom('', 'id,title\r\n'),
        (lines, maxRecords, maxBytes, header) => {
          const parts = packLines(lines, { maxRecords, maxBytes }, header);
          expect(parts.flat()).toEqual(lines);
          for (const part of parts) {
            expect(part.length).toBeLessThanOrEqual(maxRecords);
            const bytes = utf8Bytes(header + part.join(''));
            if (part.length > 1) expect(bytes).toBeLessThanOrEqual(maxBytes);
          }
        },
      ),
    );
  });

  it('100,000 index rows and 3,000 long records stay in parts under the bulk bounds', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `article-${i},A headline ${i}\r\n`);
    const records = Array.from({ length: 3_000 }, (_, i) =>
      jsonLine({ id: `article-${i}`, body: 'word '.repeat(400) }),
    );
    for (const lines of [rows, records]) {
      const parts = packLines(lines, BULK_LIMITS, 'id,title\r\n');
      expect(parts.flat()).toHaveLength(lines.length);
      for (const part of parts) {
        expect(part.length).toBeLessThanOrEqual(BULK_LIMITS.maxRecords);
        expect(utf8Bytes(part.join(''))).toBeLessThanOrEqual(BULK_LIMITS.maxBytes);
      }
    }
  });
});

describe('manifestPart', () => {
  it('gives the bytes as served and their SHA-256', () => {
    const bytes = new TextEncoder().encode('{"id":"a"}\n');
    expect(manifestPart('api/bulk/articles-1.jsonl.gz', 1, bytes)).toEqual({
      path: 'api/bulk/articles-1.jsonl.gz',
      count: 1,
      bytes: 11,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  });
});

describe('bulkPartFile', () => {
  it.each([
    [bulkPartFile('articles', 'records', 1), 'api/bulk/articles-1.jsonl.gz'],
    [bulkPartFile('quotes', 'index', 2), 'api/bulk/quotes-index-2.csv'],
  ])('%s', (path, expected) => {
    expect(path).toBe(expected);
  });
});
