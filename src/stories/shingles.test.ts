import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { words } from '../text/words.ts';
import { contentWordHashes, hashString, shingleHashes } from './shingles.ts';

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

describe('shingles match a word however its letters are encoded (NFC)', () => {
  it.each([
    ['composed and decomposed', 'her résumé was sent', 'her re\u0301sume\u0301 was sent'],
    ['case and form', 'HER RÉSUMÉ WAS SENT', 'her re\u0301sume\u0301 was sent'],
    ['Hangul syllables and jamo', '한 글 자 모', '\u1112\u1161\u11ab 글 자 모'],
  ])('%s', (_name, a, b) => {
    expect(shingleHashes(words(a), 3)).toEqual(shingleHashes(words(b), 3));
    expect(contentWordHashes(words(a))).toEqual(contentWordHashes(words(b)));
  });
});
