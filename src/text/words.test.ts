import { describe, expect, it } from 'vitest';
import { wordTokens, words } from './words.ts';

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
