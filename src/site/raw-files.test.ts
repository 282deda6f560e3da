import { describe, expect, it } from 'vitest';
import { inputFileName, rawFileName, rawHref } from './raw-files.ts';

describe('rawFileName', () => {
  it.each([
    ['copy.txt', 'copy.txt'],
    ['post.json', 'post.json'],
    ['page.html', 'page.html.txt'],
    ['PAGE.HTM', 'PAGE.HTM.txt'],
    ['feed.xml', 'feed.xml.txt'],
    ['logo.svg', 'logo.svg.txt'],
    ['page.html.gz', 'page.html.gz'],
    ['no-extension', 'no-extension'],
  ])('%s -> %s', (file, expected) => {
    expect(rawFileName(file)).toBe(expected);
  });

  it.each([
    'copy.txt',
    'notes.v2.txt',
    'page.html',
    'PAGE.HTM',
    'feed.xml',
    'page.html.gz',
    'a.txt.txt',
  ])('inputFileName reverses it for %s', (file) => {
    expect(inputFileName(rawFileName(file))).toBe(file);
  });
});

describe('rawHref', () => {
  it.each([
    ['/', 'copy.txt', undefined, '/raw/copy.txt'],
    ['/archive/', 'page.html', undefined, '/archive/raw/page.html.txt'],
    ['/', 'a b.txt', '', '/raw/a%20b.txt'],
    ['/', 'page.html', 'https://example.org/seeds', 'https://example.org/seeds/page.html'],
    ['/x/', 'a b.txt', 'https://example.org/seeds/', 'https://example.org/seeds/a%20b.txt'],
  ])('%s %s %s -> %s', (base, file, external, expected) => {
    expect(rawHref(base, file, external)).toBe(expected);
  });
});
