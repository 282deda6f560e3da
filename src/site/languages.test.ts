import { describe, expect, it } from 'vitest';
import {
  languageFacets,
  languageName,
  pageLanguage,
  printedLanguage,
  searchPath,
} from './languages.ts';

describe('pageLanguage', () => {
  it.each([
    ['de', 'de'],
    [null, 'und'],
  ])('%j -> %j', (language, expected) => {
    expect(pageLanguage({ language })).toBe(expected);
  });
});

describe('languageName', () => {
  it.each([
    ['de', 'German'],
    ['en', 'English'],
    ['und', 'Unknown language'],
    ['zz', 'zz'],
  ])('%j -> %j', (code, expected) => {
    expect(languageName(code)).toBe(expected);
  });
});

describe('searchPath', () => {
  it.each([
    ['en', 'search/'],
    ['de', 'search/de/'],
    ['und', 'search/und/'],
  ])('%j -> %j', (code, expected) => {
    expect(searchPath(code)).toBe(expected);
  });
});

describe('languageFacets', () => {
  it('counts each language, unknown included, most articles first', () => {
    const articles = [
      { language: 'de' },
      { language: 'en' },
      { language: 'de' },
      { language: null },
    ];
    expect(languageFacets(articles)).toEqual([
      { code: 'de', name: 'German', count: 2, path: 'search/de/' },
      { code: 'en', name: 'English', count: 1, path: 'search/' },
      { code: 'und', name: 'Unknown language', count: 1, path: 'search/und/' },
    ]);
  });

  it('has nothing for an empty archive', () => {
    expect(languageFacets([])).toEqual([]);
  });
});

describe('printedLanguage', () => {
  const byId = new Map([
    ['de1', { language: 'de' }],
    ['de2', { language: 'de' }],
    ['en1', { language: 'en' }],
    ['x', { language: null }],
  ]);
  it.each([
    [['de1', 'de2'], 'de'],
    [['de1', 'en1'], undefined],
    [['de1', 'x'], undefined],
    [['x'], 'und'],
    [['missing'], 'und'],
    [[], undefined],
  ])('%j -> %j', (ids, expected) => {
    expect(printedLanguage(ids, byId)).toBe(expected);
  });
});
