import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../schema/article.ts';
import { dateSortKey, dateYear, formatDate, newestFirst, UNKNOWN_DATE } from './dates.ts';

type Precision = Article['publishedPrecision'];
const d = (published: string | null, publishedPrecision: Precision) => ({
  published,
  publishedPrecision,
});

describe('formatDate', () => {
  it.each([
    [d('2025', 'year'), '2025'],
    [d('2025-04', 'month'), 'April 2025'],
    [d('2025-04-01', 'day'), '1 April 2025'],
    [d('2026-02-01T12:58:01-05:00', 'datetime'), '1 February 2026'],
    [d('2026-02-01T23:58:01-05:00', 'datetime'), '1 February 2026'],
    [d(null, 'unknown'), UNKNOWN_DATE],
    [d('not a date', 'day'), UNKNOWN_DATE],
    [d('2025-13', 'month'), '2025'],
  ])('%j -> %s', (date, expected) => {
    expect(formatDate(date)).toBe(expected);
  });

  it.each([
    [d('2026-02-01T12:58:01-05:00', 'datetime'), '1 February 2026, 12:58 UTC\u221205:00'],
    [d('2026-02-01T07:05Z', 'datetime'), '1 February 2026, 07:05 UTC'],
    [d('2025-04-01', 'day'), '1 April 2025'],
  ])('with time: %j -> %s', (date, expected) => {
    expect(formatDate(date, { time: true })).toBe(expected);
  });

  it('never shows more precision than it has (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), (year) => {
        expect(formatDate(d(String(year), 'year'))).toBe(String(year));
      }),
    );
  });
});

describe('dateYear', () => {
  it.each([
    [d('2025-04-01', 'day'), '2025'],
    [d('2026-02-01T12:58:01-05:00', 'datetime'), '2026'],
    [d(null, 'unknown'), null],
  ])('%j -> %s', (date, expected) => {
    expect(dateYear(date)).toBe(expected);
  });
});

describe('dateSortKey', () => {
  it.each([
    [d('2026-02-01T23:30:00-05:00', 'datetime'), '2026-02-02T043000'],
    [d('2025-04', 'month'), '2025-04'],
    [d(null, 'unknown'), '0000'],
  ])('%j -> %s', (date, expected) => {
    expect(dateSortKey(date)).toBe(expected);
  });
});

describe('newestFirst', () => {
  it('puts newer first, undated last, ties by id', () => {
    const list = [
      { id: 'c', ...d(null, 'unknown') },
      { id: 'b', ...d('2025', 'year') },
      { id: 'a', ...d('2025', 'year') },
      { id: 'd', ...d('2026-01-02', 'day') },
    ];
    expect(newestFirst(list).map((a) => a.id)).toEqual(['d', 'a', 'b', 'c']);
  });
});
