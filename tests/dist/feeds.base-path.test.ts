/**
 * The RSS feeds and what a build without an origin leaves out. With one (`SITE_URL`): the
 * archive's feed, each outlet's and each story's carry at most 50 items with absolute links on
 * that origin, and the home, outlet and story pages link theirs as alternates. Without one: no
 * feed, no alternate link, canonical links that are site paths, and no file names a development
 * server.
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { UNKNOWN_OUTLET_SEGMENT } from '../../src/site/article-addresses.ts';
import { FEED_SIZE } from '../../src/site/feed-items.ts';
import { distFiles, distText, DIST_BASE, DIST_ORIGIN } from '../support/dist-env.ts';

const files = distFiles();
const html = files.filter((f) => f.endsWith('.html'));
const feeds = files.filter((f) => /(?:^|\/)rss\.xml$/u.test(f));
// The articles of no known outlet are a list, not an outlet: they have no feed of their own.
const pagesIn = (folder: string) =>
  html.filter(
    (f) =>
      new RegExp(`^${folder}/[^/]+/index\\.html$`, 'u').test(f) &&
      f !== `outlets/${UNKNOWN_OUTLET_SEGMENT}/index.html`,
  );
const alternates = (file: string) => {
  const $ = load(distText(file));
  return $('link[rel=alternate][type="application/rss+xml"]')
    .map((_, el) => $(el).attr('href'))
    .get();
};

describe.runIf(DIST_ORIGIN !== null)('feeds', () => {
  it('the archive, each outlet and each story have a feed', () => {
    const expected = [
      'rss.xml',
      ...pagesIn('outlets').map((f) => f.replace(/index\.html$/u, 'rss.xml')),
      ...pagesIn('stories').map((f) => f.replace(/index\.html$/u, 'rss.xml')),
    ];
    expect(feeds.sort()).toEqual(expected.sort());
  });

  it.each(feeds)('%s: at most 50 items, each linking an article page on the origin', (file) => {
    const $ = load(distText(file), { xml: true });
    const links = $('item > link')
      .map((_, el) => $(el).text())
      .get();
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThanOrEqual(FEED_SIZE);
    for (const link of links) expect(link.startsWith(`${DIST_ORIGIN}${DIST_BASE}articles/`)).toBe(true);
  });

  it('the home page links the archive’s feed', () => {
    expect(alternates('index.html')).toEqual([`${DIST_BASE}rss.xml`]);
  });

  it.each([...pagesIn('outlets'), ...pagesIn('stories')])('%s links its own feed first', (file) => {
    const own = `${DIST_BASE}${file.replace(/index\.html$/u, 'rss.xml')}`;
    expect(alternates(file)).toEqual([own, `${DIST_BASE}rss.xml`]);
  });
});

describe.runIf(DIST_ORIGIN === null)('without an origin', () => {
  it('writes no feed', () => {
    expect(feeds).toEqual([]);
  });

  it.each(html)('%s: a canonical site path at most, no feed link, no og:url', (file) => {
    const $ = load(distText(file));
    const canonical = $('link[rel=canonical]').attr('href') ?? DIST_BASE;
    expect(canonical.startsWith(DIST_BASE), canonical).toBe(true);
    expect($('meta[property="og:url"]').length).toBe(0);
    expect(alternates(file)).toEqual([]);
  });

  it('no file names a development server', () => {
    const text = files.filter((f) => /\.(?:html|xml|json|txt|csv)$/u.test(f) && !f.startsWith('raw/'));
    for (const file of text) expect(distText(file), file).not.toMatch(/localhost|127\.0\.0\.1/u);
  });
});
