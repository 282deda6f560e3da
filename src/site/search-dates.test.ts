import { describe, expect, it } from 'vitest';
import { dayPasses, daysInRange, dayValue, rangeEnd, UNDATED } from './search-dates.ts';

const VALUES = ['2024', '2025-03', '2025-04-01', '2025-04-30', UNDATED];

describe('dayValue', () => {
  it.each([
    ['2025-04-01T23:30:00-05:00', 'datetime', '2025-04-01'],
    ['2025-04-01', 'day', '2025-04-01'],
    ['2025-04', 'month', '2025-04'],
    ['2025', 'year', '2025'],
    [null, 'unknown', UNDATED],
    ['2025-04-01', 'unknown', UNDATED],
    ['garbage', 'day', UNDATED],
  ])('%s (%s) -> %s', (published, precision, expected) => {
    expect(dayValue(published, precision)).toBe(expected);
  });
});

describe('rangeEnd', () => {
  it.each([
    ['2025-04-01', '2025-04-01'],
    ['', null],
    [null, null],
    [undefined, null],
    ['2025-4-1', null],
  ])('%j -> %j', (text, expected) => {
    expect(rangeEnd(text)).toBe(expected);
  });
});

describe('daysInRange', () => {
  it.each([
    [null, null, ['2024', '2025-03', '2025-04-01', '2025-04-30']],
    ['2025-04-01', null, ['2025-04-01', '2025-04-30']],
    ['2025-04-02', '2025-04-30', ['2025-04-30']],
    [null, '2025-03-15', ['2024', '2025-03']],
    ['2025-03-31', '2025-03-31', ['2025-03']],
    ['2024-12-31', '2024-12-31', ['2024']],
    ['2026-01-01', null, []],
  ])('from %s to %s -> %j', (from, to, expected) => {
    expect(daysInRange(VALUES, { from, to })).toEqual(expected);
  });
});

describe('dayPasses', () => {
  const open = { from: null, to: null };
  it.each([
    ['relevance, no range: one search, no date condition', VALUES, open, false, [null]],
    [
      'by date: dated first, undated after (either direction)',
      VALUES,
      open,
      true,
      [['2024', '2025-03', '2025-04-01', '2025-04-30'], [UNDATED]],
    ],
    ['by date, nothing undated: one pass', ['2025'], open, true, [['2025']]],
    ['by date, only undated', [UNDATED], open, true, [[UNDATED]]],
    [
      'a range: dated days inside it only',
      VALUES,
      { from: '2025-04-15', to: null },
      true,
      [['2025-04-30']],
    ],
    ['a range with relevance', VALUES, { from: null, to: '2024-06-01' }, false, [['2024']]],
    ['a range nothing falls in: no search', VALUES, { from: '2030-01-01', to: null }, false, []],
  ] as const)('%s', (_name, values, range, byDate, expected) => {
    expect(dayPasses(values, range, byDate)).toEqual(expected);
  });
});
