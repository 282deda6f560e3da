import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIST_PAGE_SIZE,
  listingPageCount,
  listPageSize,
  pagedTitle,
} from './listing-pages.ts';

const SIZE = DEFAULT_LIST_PAGE_SIZE;

describe('listingPageCount', () => {
  it.each([
    [0, 1],
    [1, 1],
    [SIZE, 1],
    [SIZE + 1, 2],
    [SIZE * 3, 3],
    [SIZE * 1000 + 1, 1001],
  ])('%i items take %i pages', (items, pages) => {
    expect(listingPageCount(items, SIZE)).toBe(pages);
  });

  it('takes a page size', () => {
    expect(listingPageCount(7, 3)).toBe(3);
  });
});

describe('pagedTitle', () => {
  it.each([
    ['Stories', 1, 1, 'Stories'],
    ['Stories', 1, 4, 'Stories'],
    ['Stories', 2, 4, 'Stories, page 2 of 4'],
    ['Tag: courts', 4, 4, 'Tag: courts, page 4 of 4'],
  ])('%s page %i of %i', (title, page, pages, expected) => {
    expect(pagedTitle(title, page, pages)).toBe(expected);
  });
});

describe('listPageSize', () => {
  it.each([
    [undefined, SIZE],
    ['', SIZE],
    [' ', SIZE],
    ['2', 2],
    ['10000', 10_000],
  ])('%j gives %i', (setting, size) => {
    expect(listPageSize(setting)).toBe(size);
  });

  it.each(['0', '-1', '2.5', 'ten', '10001', '1e9'])('%j stops the build', (setting) => {
    expect(() => listPageSize(setting)).toThrow(/LIST_PAGE_SIZE/);
  });
});
