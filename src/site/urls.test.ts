import { describe, expect, it } from 'vitest';
import { absoluteUrl, addressOn, normaliseBase, segment, sitePath } from './urls.ts';

describe('normaliseBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/archive', '/archive/'],
    ['archive/', '/archive/'],
    ['//a/b//', '/a/b/'],
  ])('%s -> %s', (base, expected) => {
    expect(normaliseBase(base)).toBe(expected);
  });
});

describe('sitePath', () => {
  it.each([
    [['/'], '/'],
    [['/', 'tags/x/'], '/tags/x/'],
    [['/archive/', 'tags/x/'], '/archive/tags/x/'],
    [['/archive', '/articles', 'a1/'], '/archive/articles/a1/'],
    [['/archive/', 'pagefind/pagefind.js'], '/archive/pagefind/pagefind.js'],
  ])('%j -> %s', (args, expected) => {
    const [base, ...rest] = args as [string, ...string[]];
    expect(sitePath(base, ...rest)).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['https://example.org', '/archive/a/', 'https://example.org/archive/a/'],
    ['https://example.org/ignored/', '/a/', 'https://example.org/a/'],
  ])('%s + %s -> %s', (site, path, expected) => {
    expect(absoluteUrl(site, path)).toBe(expected);
  });
});

describe('segment', () => {
  it.each([
    ['plain.txt', 'plain.txt'],
    ['a b#?.html', 'a%20b%23%3F.html'],
  ])('%s -> %s', (value, expected) => {
    expect(segment(value)).toBe(expected);
  });
});

describe('addressOn', () => {
  it.each([
    [
      new URL('https://archive.example.org'),
      '/archive/x/',
      'https://archive.example.org/archive/x/',
    ],
    [undefined, '/archive/x/', '/archive/x/'],
  ])('%s %s -> %s', (site, path, expected) => {
    expect(addressOn(site, path)).toBe(expected);
  });
});
