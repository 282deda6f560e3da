import { describe, expect, it } from 'vitest';
import { externalRawProblem, rawDownloadName, rawFileName, rawHref } from './raw-files.ts';

const SHA = 'ab12cd34ef56'.padEnd(64, '0');

describe('rawFileName', () => {
  it.each([
    ['copy.txt', 'copy-txt-ab12cd34ef56.txt'],
    ['post.json', 'post-json-ab12cd34ef56.txt'],
    ['page.html', 'page-html-ab12cd34ef56.txt'],
    ['page.html.gz', 'page-html-gz-ab12cd34ef56.txt'],
    ['x.php.txt', 'x-php-txt-ab12cd34ef56.txt'],
    ['evil.js', 'evil-js-ab12cd34ef56.txt'],
    ['logo.svg', 'logo-svg-ab12cd34ef56.txt'],
    ['.htaccess', 'htaccess-ab12cd34ef56.txt'],
    ['Новости 北京.html', 'novosti-bei-jing-html-ab12cd34ef56.txt'],
    ['★★★', 'input-ab12cd34ef56.txt'],
    ['no-extension', 'no-extension-ab12cd34ef56.txt'],
    ['a\u001b[31m.txt', 'a-31m-txt-ab12cd34ef56.txt'],
  ])('%j -> %j', (file, expected) => {
    expect(rawFileName(file, SHA)).toBe(expected);
  });

  it.each(['page.html.gz', 'a.b.c.d.e', 'x.php.txt', '...', 'ünïcødé.svg.gz'])(
    'has one dot and only safe characters for %j',
    (file) => {
      expect(rawFileName(file, SHA)).toMatch(/^[a-z0-9_-]+\.txt$/);
    },
  );

  it('tells apart two inputs whose names give the same slug', () => {
    expect(rawFileName('a.b', SHA)).not.toBe(rawFileName('a-b', 'ff'.repeat(32)));
  });
});

describe('rawHref', () => {
  it.each([
    ['/', 'copy.txt', undefined, '/raw/copy-txt-ab12cd34ef56.txt'],
    ['/archive/', 'page.html', undefined, '/archive/raw/page-html-ab12cd34ef56.txt'],
    ['/', 'a b.txt', '', '/raw/a-b-txt-ab12cd34ef56.txt'],
    ['/', 'page.html', 'https://example.org/seeds', 'https://example.org/seeds/page.html'],
    ['/x/', 'a b.txt', 'https://example.org/seeds/', 'https://example.org/seeds/a%20b.txt'],
  ])('%s %s %s -> %s', (base, file, external, expected) => {
    expect(rawHref(base, file, SHA, external)).toBe(expected);
  });
});

describe('externalRawProblem', () => {
  it.each([
    ['https://github.com/org/repo/raw/main/seeds/', 'https://archive.example.org', null],
    ['seeds/', 'https://archive.example.org', /absolute address/],
    ['javascript:alert(1)', 'https://archive.example.org', /http or https/],
    ['https://archive.example.org/seeds/', 'https://archive.example.org', /another origin/],
  ] as const)('%s on %s', (external, site, expected) => {
    const problem = externalRawProblem(external, site);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('rawDownloadName', () => {
  const source = { file: 'site.warc.gz', sha256: SHA, format: 'html' };
  it.each([
    ['a file', source, 'site.warc.gz'],
    ['a feed item', { ...source, file: 'feed.xml', record: { container: 'rss' } }, 'feed.xml'],
    [
      'a WARC capture',
      { ...source, record: { container: 'warc' } },
      'site.warc.gz-ab12cd34ef56.html',
    ],
    [
      'a WACZ capture of a REST post',
      { ...source, file: 'a.wacz', format: 'wordpress-json', record: { container: 'wacz' } },
      'a.wacz-ab12cd34ef56.json',
    ],
  ])('%s', (_name, s, expected) => {
    expect(rawDownloadName(s)).toBe(expected);
  });
});
