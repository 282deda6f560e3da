import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, csvRow, parseCsv } from './csv.ts';

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain text is bare', 'Daily News', 'Daily News'],
    ['a comma quotes the field', 'Paris, France', '"Paris, France"'],
    ['a double quote is doubled inside quotes', 'He said "no"', '"He said ""no"""'],
    ['a line feed quotes the field', 'one\ntwo', '"one\ntwo"'],
    ['a carriage return quotes the field', 'one\rtwo', '"one\rtwo"'],
    ['null is the empty field', null, ''],
    ['a number is written as it prints', 1234, '1234'],
    ['the empty string is the empty field', '', ''],
    ['a leading "=" is quoted so no spreadsheet reads a formula', '=SUM(A1)', '"=SUM(A1)"'],
    ['a leading "-" is quoted', '-1 point', '"-1 point"'],
    ['non-ASCII text is bare', 'Zürich — 北京', 'Zürich — 北京'],
  ])('%s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('csvRow and csvRecord', () => {
  it('ends every record with CRLF', () => {
    expect(csvRow(['a', 'b,c', null])).toBe('a,"b,c",\r\n');
  });

  it('writes the columns in order, a missing one empty', () => {
    expect(csvRecord(['id', 'title', 'outlet'], { id: 'x', title: 'T' })).toBe('x,T,\r\n');
  });
});

describe('parseCsv', () => {
  it('reads back any rows csvRow writes', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('"', ',', '\r\n', '\n', '=x', ' '));
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 });
    fc.assert(
      fc.property(rows, (table) => {
        // A single empty field on a line reads as an empty line, which RFC 4180 cannot tell apart.
        const written = table.filter((row) => !(row.length === 1 && row[0] === ''));
        expect(parseCsv(written.map(csvRow).join(''))).toEqual(written);
      }),
    );
  });
});
