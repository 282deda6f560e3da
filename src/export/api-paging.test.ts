import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  indexPage,
  indexPageFile,
  pageCount,
  recordFile,
  recordPath,
  writesSingleFiles,
  type IndexPage,
} from './api-paging.ts';

describe('pageCount', () => {
  it.each([
    [0, 10, 1],
    [1, 10, 1],
    [10, 10, 1],
    [11, 10, 2],
    [100_000, 500, 200],
  ])('%i records in pages of %i: %i pages', (total, size, expected) => {
    expect(pageCount(total, size)).toBe(expected);
  });
});

describe('paths', () => {
  it.each([
    [indexPageFile('articles', 3), 'api/articles/3.json'],
    [recordFile('articles', '7'), 'api/articles/id/7.json'],
    [recordFile('quotes', 'a b'), 'api/quotes/id/a%20b.json'],
    [recordPath('/archive/', 'stories', 'story-x'), '/archive/api/stories/id/story-x.json'],
  ])('%s', (path, expected) => {
    expect(path).toBe(expected);
  });
});

describe('writesSingleFiles', () => {
  it.each([
    [5, true],
    [100, true],
    [101, false],
  ])('%i articles: %s', (articles, expected) => {
    expect(writesSingleFiles(articles)).toBe(expected);
  });
});

describe('indexPage', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];

  it.each([
    [1, ['a', 'b'], null, '/api/quotes/2.json'],
    [2, ['c', 'd'], '/api/quotes/1.json', '/api/quotes/3.json'],
    [3, ['e'], '/api/quotes/2.json', null],
  ])('page %i', (page, expected, previous, next) => {
    const got = indexPage('/', 'quotes', items, page, 2);
    expect(got).toMatchObject({ page, pages: 3, total: 5, pageSize: 2, previous, next });
    expect(got.items).toEqual(expected);
  });

  it('an empty index has an empty page 1 and nothing after it', () => {
    expect(indexPage('/', 'stories', [], 1)).toMatchObject({ items: [], next: null, pages: 1 });
  });

  it.each([0, 4, 1.5])('refuses page %s', (page) => {
    expect(() => indexPage('/', 'quotes', items, page, 2)).toThrow(RangeError);
  });

  it('a walk from page 1 along next links returns every record exactly once, pages bounded', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        (ids, size) => {
          const sorted = [...ids].sort();
          const pages: IndexPage<string>[] = [];
          let next: number | null = 1;
          while (next !== null) {
            const page: IndexPage<string> = indexPage('/', 'articles', sorted, next, size);
            pages.push(page);
            next = page.next === null ? null : Number(/(\d+)\.json$/.exec(page.next)?.[1]);
          }
          expect(pages.flatMap((p) => p.items)).toEqual(sorted);
          expect(pages.length).toBe(pageCount(ids.length, size));
          for (const page of pages) expect(page.items.length).toBeLessThanOrEqual(size);
        },
      ),
    );
  });

  it('100,000 records: every page within the fixed size, the total on each', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `article-${String(i).padStart(6, '0')}`);
    const pages = Array.from({ length: pageCount(ids.length) }, (_, i) =>
      indexPage('/', 'articles', ids, i + 1),
    );
    expect(pages).toHaveLength(200);
    expect(new Set(pages.flatMap((p) => p.items)).size).toBe(100_000);
    for (const page of pages) {
      expect(page.items.length).toBe(500);
      expect(page.total).toBe(100_000);
    }
  });
});
