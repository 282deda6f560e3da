import { describe, expect, it } from 'vitest';
import { countWords, wordTokens, words } from './words.ts';

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

describe('words compare after NFC and case folding', () => {
  it.each([
    ['re\u0301sume\u0301 RÉSUMÉ résumé', ['résumé', 'résumé', 'résumé']],
    ['ΟΔΟΣ οδος', ['οδος', 'οδος']],
    ['Straße STRASSE', ['strasse', 'strasse']],
  ])('%j -> %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('countWords counts in NFC, whatever the encoding of a letter', () => {
  it.each([
    ['composed', 'résumé', 1],
    ['decomposed', 're\u0301sume\u0301', 1],
    ['both in a sentence', 'Her résumé and his re\u0301sume\u0301 — 2 CVs.', 7],
    ['Hangul as conjoining jamo', '\u1112\u1161\u11ab\u1100\u1173\u11af 한글', 2],
    ['Devanagari with vowel signs', 'हिन्दी भाषा', 2],
    ['no words', ' — ', 0],
  ])('%s: %j -> %d', (_name, text, n) => {
    expect(countWords(text)).toBe(n);
    expect(countWords(text)).toBe(words(text).length);
  });
});
