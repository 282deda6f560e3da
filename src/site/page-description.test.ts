import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DESCRIPTION_CHARS, pageDescription } from './page-description.ts';

describe('pageDescription', () => {
  it.each([
    [{ summary: 'A short summary.', text: 'Body.' }, 'A short summary.'],
    [{ summary: null, text: 'First para.\n\nSecond para.' }, 'First para. Second para.'],
    [{ summary: null, text: `${'word '.repeat(60)}end` }, `${'word '.repeat(39)}word…`],
  ])('%j -> %s', (article, expected) => {
    expect(pageDescription(article)).toBe(expected);
  });

  it('is never longer than the limit plus the ellipsis (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const length = Array.from(pageDescription({ summary: null, text })).length;
        expect(length).toBeLessThanOrEqual(DESCRIPTION_CHARS + 1);
      }),
    );
  });
});
