import { describe, expect, it } from 'vitest';
import { articleFixture } from '../../tests/support/article-fixture.ts';
import {
  languageFacets,
  linksLanguages,
  languageName,
  pageLanguage,
  printedLanguage,
  searchFilters,
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

describe('linksLanguages', () => {
  it.each([
    [[], false],
    [[{ code: 'en' }], false],
    [[{ code: 'de' }], true],
    [[{ code: 'en' }, { code: 'fr' }], true],
  ])('%j -> %s', (languages, expected) => {
    expect(linksLanguages(languages)).toBe(expected);
  });
});

describe('searchFilters', () => {
  it("offers only the values of the page's language's articles", () => {
    const articles = [
      articleFixture({ id: 'a', language: 'de', outlet: 'Zeitung', tags: ['Politik'] }),
      articleFixture({ id: 'b', language: 'en', outlet: 'Gazette', tags: ['Politics'] }),
      articleFixture({ id: 'c', language: null, outlet: 'Unknown Wire', tags: [] }),
    ];
    const names = (lang: string) =>
      searchFilters(articles, lang).map((f) => [f.key, f.facets.map((x) => x.name)]);
    expect(names('de')).toEqual([
      ['outlet', ['Zeitung']],
      ['year', []],
      ['tag', ['Politik']],
    ]);
    expect(names('und')).toEqual([
      ['outlet', ['Unknown Wire']],
      ['year', []],
      ['tag', []],
    ]);
  });
});
