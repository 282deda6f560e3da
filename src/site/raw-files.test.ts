import { describe, expect, it } from 'vitest';
import { rawFileName } from './raw-files.ts';

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
});
