import { describe, expect, it } from 'vitest';
import { buildSentencePool, isEnglish } from './sentence-pool.ts';

describe('isEnglish', () => {
  it.each([
    ['The mayor spoke to the council on Monday.', true],
    ['Die Regierung hat am Montag entschieden, dass alles bleibt.', false],
    ['Мэр выступил перед советом в понедельник и the of.', false],
  ])('%j -> %s', (sentence, expected) => {
    expect(isEnglish(sentence)).toBe(expected);
  });
});

const PARAGRAPHS = [
  'The council met on Tuesday to discuss the budget. Members of the council argued for hours.',
  '“We have to fix the roads before the winter comes,” the mayor said to the press.',
  'The budget vote was delayed for a week by the council. Residents of the city were angry.',
];

describe('buildSentencePool', () => {
  it('sets quotation sentences apart with their quoted words', () => {
    const pool = buildSentencePool(PARAGRAPHS);
    expect(pool.quoted).toEqual([
      {
        sentence:
          '“We have to fix the roads before the winter comes,” the mayor said to the press.',
        quote: 'We have to fix the roads before the winter comes,',
      },
    ]);
    expect(pool.sentences).toHaveLength(4);
    expect(pool.word).toBe('council');
    expect(pool.phrase.split(' ')).toHaveLength(2);
  });

  it('refuses material without a quotation', () => {
    expect(() => buildSentencePool([PARAGRAPHS[0] ?? ''])).toThrow(/quotation/);
  });
});

describe('buildSentencePool compares sentences in NFC', () => {
  const sentence = 'The mayor read her résumé to the council on Tuesday morning.';
  it.each([
    ['the same sentence twice', [sentence, sentence], 1],
    ['composed and decomposed', [sentence, sentence.normalize('NFD')], 1],
    ['two sentences', [sentence, 'The council read the budget on Friday.'], 2],
  ])('%s -> %d', (_name, plain, n) => {
    const pool = buildSentencePool([...plain, PARAGRAPHS[1]!]);
    expect(pool.sentences).toHaveLength(n);
  });
});
