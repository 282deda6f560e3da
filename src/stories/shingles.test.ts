import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentWordHashes, hashString, shingleHashes, wordTokens, words } from './shingles.ts';

describe('words', () => {
  it.each([
    ['It’s THE city’s day.', ["it's", 'the', "city's", 'day']],
    ['“Quoted,” he said — 2025!', ['quoted', 'he', 'said', '2025']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('wordTokens point at the printed words', () => {
    const text = 'Ann’s  plan.';
    expect(wordTokens(text).map((t) => text.slice(t.start, t.end))).toEqual(['Ann’s', 'plan']);
  });
});

describe('shingles', () => {
  it('one hash per run of n words; one for a shorter text; none for no words', () => {
    expect(shingleHashes(['a', 'b', 'c', 'd'], 3)).toEqual([
      hashString('a b c'),
      hashString('b c d'),
    ]);
    expect(shingleHashes(['a', 'b'], 3)).toEqual([hashString('a b')]);
    expect(shingleHashes([], 3)).toEqual([]);
  });

  it('each shingle hash is the hash of its words joined by spaces (computed without joining)', () => {
    const word = fc.string({
      minLength: 1,
      maxLength: 6,
      unit: fc.constantFrom('a', 'b', 'é', '’'),
    });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (list, n) => {
        const expected =
          list.length === 0
            ? []
            : list.length < n
              ? [hashString(list.join(' '))]
              : list
                  .slice(0, list.length - n + 1)
                  .map((_, i) => hashString(list.slice(i, i + n).join(' ')));
        expect(shingleHashes(list, n)).toEqual(expected);
      }),
    );
  });

  it('content words drop stop words, short words and repeats', () => {
    expect(contentWordHashes(['the', 'mayor', 'of', 'ox', 'mayor'])).toEqual([hashString('mayor')]);
  });
});

describe('words compare after NFC and case folding', () => {
  it.each([
    ['re\u0301sume\u0301 RÉSUMÉ résumé', ['résumé', 'résumé', 'résumé']],
    ['ΟΔΟΣ οδος', ['οδος', 'οδος']],
    ['Straße STRASSE', ['strasse', 'strasse']],
  ])('%j -> %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});
