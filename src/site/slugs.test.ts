import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugTable } from './slugs.ts';

describe('slugTable', () => {
  it.each([
    [['Fox News'], { 'Fox News': 'fox-news' }],
    [
      ['Daily Caller News Foundation'],
      { 'Daily Caller News Foundation': 'daily-caller-news-foundation' },
    ],
    [['C++', 'C'], { C: 'c', 'C++': 'c-1' }],
    [['!!!'], { '!!!': 'u-21-21-21' }],
    [['PatriotFetch.com'], { 'PatriotFetch.com': 'patriotfetch-com' }],
    [['U.S. News'], { 'U.S. News': 'u-s-news' }],
    [['Économie'], { Économie: 'économie' }],
  ])('%j -> %j', (names, expected) => {
    expect(Object.fromEntries(slugTable(names))).toEqual(expected);
  });

  it('gives every distinct name its own non-empty slug, whatever the order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 12 }), (names) => {
        const table = slugTable(names);
        const slugs = [...table.values()];
        expect(new Set(slugs).size).toBe(new Set(names).size);
        expect(slugs.every((s) => s !== '' && !s.includes('/'))).toBe(true);
        expect(slugTable([...names].reverse())).toEqual(table);
      }),
    );
  });
});
