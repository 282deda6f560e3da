import { describe, expect, it } from 'vitest';
import { articleTabTitle, shortenAtWord } from './page-title.ts';

describe('shortenAtWord', () => {
  it.each([
    ['Short headline', 20, 'Short headline'],
    ['Mayor vows to fight the new rules in court', 20, 'Mayor vows to fight…'],
    ['Mayor vows, then leaves the room', 11, 'Mayor vows…'],
    ['Supercalifragilisticexpialidocious', 10, 'Supercalif…'],
    ['Mayor said he would, declaring…', 25, 'Mayor said he would…'],
  ])('%j at %d -> %j', (text, max, expected) => {
    expect(shortenAtWord(text, max)).toBe(expected);
  });
});

describe('articleTabTitle', () => {
  it.each([
    [{ title: 'Mayor vows to fight', outlet: 'Latin Times' }, 'Mayor vows to fight | Latin Times'],
    [{ title: 'Mayor vows to fight', outlet: null }, 'Mayor vows to fight | outlet unknown'],
    [{ title: null, outlet: 'Latin Times' }, 'Title unknown | Latin Times'],
  ])('%j -> %j', (article, expected) => {
    expect(articleTabTitle(article)).toBe(expected);
  });
});
