/**
 * What the built pages say: no words glued together, canonical and sharing tags, structured data that states only what is
 * known, dates at their real precision, the search index's marks on article bodies only, raw files
 * served byte for byte, and every internal link pointing at a built file under the base path.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { estimatePages } from '../../scripts/lib/page-estimate-fs.ts';
import { rawFileName } from '../../src/site/raw-files.ts';
import {
  distFiles,
  distText,
  DIST_BASE,
  DIST_DIR,
  DIST_ORIGIN,
  DIST_PROJECT,
  exportedArticles,
} from '../support/dist-env.ts';

const articles = exportedArticles();
const files = distFiles();
const html = files.filter((f) => f.endsWith('.html'));
const pageFile = (url: string) => `${url.slice(DIST_BASE.length)}index.html`;

/** The built file a site-relative URL resolves to, or null. */
function target(url: string): string | null {
  const path = decodeURIComponent(url.replace(/[?#].*$/, ''));
  if (!path.startsWith(DIST_BASE)) return null;
  const inside = path.slice(DIST_BASE.length);
  const file = inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
  return existsSync(join(DIST_DIR, file)) ? file : null;
}

describe('links', () => {
  it.each(html)('%s: every internal link resolves to a built file under the base', (file) => {
    const $ = load(distText(file));
    const hrefs = $('a[href], link[href]')
      .map((_, el) => $(el).attr('href'))
      .get()
      .filter((href) => !/^(https?:|mailto:|#)/.test(href));
    for (const href of hrefs) expect(target(href), `${file} -> ${href}`).not.toBeNull();
  });
});

describe('page text', () => {
  // An inline element's edge touching a word or another inline element renders as one glued word
  // (Astro 7's default 'jsx' HTML compression removes the line breaks that separated them). The
  // article bodies are compared word for word with their text in the browser tests.
  const INLINE = 'a|abbr|b|cite|code|em|i|mark|q|small|span|strong|time';
  const glued = new RegExp(
    `</(?:${INLINE})>(?=<(?:${INLINE})[\\s>]|[\\p{L}\\p{N}])|[\\p{L}\\p{N}]<(?:${INLINE})[\\s>]`,
    'u',
  );
  it.each(html)('%s: no two words glued across inline elements', (file) => {
    const $ = load(distText(file));
    $('[data-pagefind-body], script, style').remove();
    expect($.html().match(glued)?.[0] ?? null).toBeNull();
  });
});

describe('article pages', () => {
  it.each(articles.map((a) => [a.id, a] as const))('%s', (_id, article) => {
    const $ = load(distText(pageFile(article.url)));
    expect($('h1').text()).toBe(article.title);
    expect($('[data-pagefind-body]').length).toBe(1);
    // Without an origin a page names no absolute address: its canonical link is its site path.
    expect($('link[rel=canonical]').attr('href')).toBe(`${DIST_ORIGIN ?? ''}${article.url}`);
    expect($('meta[property="og:title"]').attr('content')).toBe(article.title);

    const ld = JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown>;
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld['headline']).toBe(article.title);
    expect('datePublished' in ld).toBe(article.published !== null);
    expect('publisher' in ld).toBe(article.outlet !== null);

    const time = $('.meta time').first();
    if (article.published === null) expect(time.length).toBe(0);
    else expect(time.attr('datetime')).toBe(article.published);
    if (article.publishedPrecision === 'year') expect(time.text()).toBe(article.published);

    const name = rawFileName(article.source.file, article.source.sha256);
    const raw = $(`a[href$="raw/${name}"]`);
    expect(raw.length).toBe(2);
    expect(raw.filter('[download]').attr('download')).toBe(article.source.file);
    expect($('code').text()).toContain(article.source.sha256);
  });

  it('search indexes article bodies, never navigation, listings or the cleaning report', () => {
    const articlePages = new Set(articles.map((a) => pageFile(a.url)));
    for (const file of html) {
      const $ = load(distText(file));
      const bodies = $('[data-pagefind-body]');
      if (articlePages.has(file)) expect(bodies.length, file).toBe(1);
      // Other kinds of page may opt in to the index, saying what they are.
      else if (bodies.length > 0) expect($('[data-pagefind-filter^="kind:"]').length, file).toBe(1);
      expect(bodies.find('nav, header, footer, form, #source-h').length, file).toBe(0);
    }
    const listings = ['index.html', 'outlets/index.html', 'tags/index.html', 'archive/index.html'];
    for (const file of [...listings, 'search/index.html', 'about/index.html', '404.html']) {
      expect(distText(file), file).not.toContain('data-pagefind-body');
    }
  });
});

describe('raw files', () => {
  it.each(articles.map((a) => [a.source.file, a.source.sha256] as const))(
    '%s is served byte for byte',
    (file, sha256) => {
      const bytes = readFileSync(join(DIST_DIR, 'raw', rawFileName(file, sha256)));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
    },
  );
});

describe('feeds and exports', () => {
  it('the article export links every article page under the base', () => {
    for (const article of articles) {
      expect(article.url).toMatch(new RegExp(`^${DIST_BASE}articles/[a-z0-9-]+/[a-z0-9_-]+/$`));
      expect(target(article.url)).not.toBeNull();
    }
  });

  it.runIf(DIST_ORIGIN !== null)('the sitemap lists every article page under the base', () => {
    const sitemaps = files.filter((f) => /^sitemap-\d+\.xml$/.test(f)).map(distText).join('');
    for (const article of articles) expect(sitemaps).toContain(`${DIST_ORIGIN}${article.url}</loc>`);
    expect(distText('robots.txt')).toContain(`Sitemap: ${DIST_ORIGIN}${DIST_BASE}sitemap-index.xml\n`);
  });

  it.runIf(DIST_ORIGIN === null)('without an origin: no sitemap, robots.txt names none', () => {
    expect(files.filter((f) => f.startsWith('sitemap'))).toEqual([]);
    expect(distText('robots.txt')).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('the build’s progress total', () => {
  it('is the number of pages and endpoints the build wrote', async () => {
    // Raw inputs are copied after the build and Pagefind indexes it afterwards: neither is a page.
    const written = files.filter(
      (f) =>
        !/^(?:raw|pagefind|_astro)\//u.test(f) &&
        (f.endsWith('.html') || /^(?:api\/(?!bulk\/).*\.json|(?:.+\/)?rss\.xml|robots\.txt)$/u.test(f)),
    );
    expect(await estimatePages(DIST_PROJECT, undefined, DIST_ORIGIN !== null)).toBe(written.length);
  });
});

describe('tab titles', () => {
  it.each(articles.map((a) => [a.id, a] as const))('%s: "Headline | Outlet"', (_id, a) => {
    const $ = load(distText(pageFile(a.url)));
    const title = $('title').text();
    expect(title).toContain(` | ${a.outlet ?? 'outlet unknown'} · `);
    expect(title.split(' | ')[0]?.length ?? 0).toBeLessThanOrEqual(71);
  });
});
