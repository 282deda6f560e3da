import { describe, expect, it } from 'vitest';
import { distBreakdown, partOf } from './dist-breakdown.ts';

describe('partOf', () => {
  it.each([
    ['articles/outlet/slug/index.html', 'pages: articles'],
    ['stories/index.html', 'pages: stories'],
    ['stories/2/index.html', 'pages: stories'],
    ['compare/story-a/index.html', 'pages: compare'],
    ['quotes/q-1/index.html', 'pages: quotes'],
    ['people/ann/index.html', 'pages: people'],
    ['archive/2024/index.html', 'pages: archive'],
    ['index.html', 'pages: other'],
    ['404.html', 'pages: other'],
    ['about/index.html', 'pages: other'],
    ['api/articles/1.json', 'api'],
    ['api/articles/id/a.json', 'api'],
    ['api/bulk/articles-1.jsonl.gz', 'bulk export'],
    ['api/bulk/manifest.json', 'bulk export'],
    ['raw/a-html-0123456789ab.txt', 'raw inputs'],
    ['pagefind/fragment/en_1.pf_fragment', 'pagefind'],
    ['pagefind/pagefind.js', 'pagefind'],
    ['rss.xml', 'feeds and sitemap'],
    ['outlets/o/rss.xml', 'feeds and sitemap'],
    ['sitemap-0.xml', 'feeds and sitemap'],
    ['robots.txt', 'feeds and sitemap'],
    ['_astro/Base.abc.css', 'assets'],
    ['favicon.svg', 'assets'],
  ])('%s is in %s', (path, part) => {
    expect(partOf(path)).toBe(part);
  });
});

describe('distBreakdown', () => {
  it('sums bytes and files per part, largest first, ties by name', () => {
    const parts = distBreakdown([
      { path: 'raw/a.txt', bytes: 10 },
      { path: 'articles/o/a/index.html', bytes: 30 },
      { path: 'articles/o/b/index.html', bytes: 20 },
      { path: 'api/articles/id/a.json', bytes: 10 },
      { path: 'pagefind/x', bytes: 5 },
    ]);
    expect(parts).toEqual([
      { part: 'pages: articles', bytes: 50, files: 2 },
      { part: 'api', bytes: 10, files: 1 },
      { part: 'raw inputs', bytes: 10, files: 1 },
      { part: 'pagefind', bytes: 5, files: 1 },
    ]);
  });

  it('has no part for an empty site', () => {
    expect(distBreakdown([])).toEqual([]);
  });
});
