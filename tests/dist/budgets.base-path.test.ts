/**
 * The site stays light and private: an article page's HTML under 7 kB gzipped, the CSS its pages
 * link under 10 kB gzipped, no script except on the search and comparison pages (JSON-LD data
 * aside) and, on an article page, the one that marks the words a search result was opened for
 * (under 1 kB gzipped with what it imports; Pagefind's highlighter loads only for such a visit),
 * and nothing loaded from another origin.
 */
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { distFiles, distText, exportedArticles, DIST_BASE } from '../support/dist-env.ts';

const ARTICLE_HTML_GZIP = 7_000;
const ARTICLE_SCRIPT_GZIP = 1_000;
const CSS_GZIP = 10_000;
const files = distFiles();
const html = files.filter((f) => f.endsWith('.html'));
const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const pageFile = (url: string) => `${url.slice(DIST_BASE.length)}index.html`;
const articleFiles = new Set(exportedArticles().map((a) => pageFile(a.url)));

describe('budgets', () => {
  it.each(exportedArticles().map((a) => [a.id, pageFile(a.url)]))(
    'article %s: HTML under 7 kB gzipped',
    (_id, file) => {
      expect(gz(distText(file))).toBeLessThan(ARTICLE_HTML_GZIP);
    },
  );

  it("the site's CSS, every stylesheet any page links, under 10 kB gzipped", () => {
    // Pagefind also writes the CSS of its own UIs into pagefind/; no page uses them.
    const linked = new Set(
      html.flatMap((file) => {
        const $ = load(distText(file));
        return $('link[rel=stylesheet]')
          .map((_, el) => ($(el).attr('href') ?? '').slice(DIST_BASE.length))
          .get();
      }),
    );
    expect(linked.size).toBeGreaterThan(0);
    expect([...linked].reduce((sum, f) => sum + gz(distText(f)), 0)).toBeLessThan(CSS_GZIP);
  });
});

describe('scripts and origins', () => {
  it.each(html)('%s: scripts only on search and comparison pages, from the site', (file) => {
    const $ = load(distText(file));
    const scripts = $('script')
      .toArray()
      .filter((el) => !['application/ld+json', 'application/json'].includes($(el).attr('type') ?? ''));
    if (/^search\/(?:[a-z]{2,3}\/)?index\.html$/.test(file) || /^compare\/[^/]+\/index\.html$/.test(file)) {
      expect(scripts.length).toBeGreaterThan(0);
      for (const el of scripts) expect($(el).attr('src')).toMatch(new RegExp(`^${DIST_BASE}_astro/`));
    } else if (articleFiles.has(file)) {
      expect(scripts.length).toBe(1);
      const src = $(scripts[0]).attr('src') ?? '';
      expect(src).toMatch(new RegExp(`^${DIST_BASE}_astro/`));
      const code = distText(src.slice(DIST_BASE.length));
      const imported = [...code.matchAll(/from\s*"\.\/([^"]+)"/g)].map((m) => `_astro/${m[1]}`);
      const size = gz(code) + imported.reduce((sum, f) => sum + gz(distText(f)), 0);
      expect(size).toBeLessThan(ARTICLE_SCRIPT_GZIP);
    } else {
      expect(scripts).toEqual([]);
    }
  });

  it.each(html)('%s: loads nothing from another origin, carries the security policy', (file) => {
    const $ = load(distText(file));
    const loaded = [
      ...$('[src]').map((_, el) => $(el).attr('src')),
      ...$('link[href]')
        .filter((_, el) => !/^(canonical|alternate)$/.test($(el).attr('rel') ?? ''))
        .map((_, el) => $(el).attr('href')),
    ];
    for (const url of loaded) expect(url, file).toMatch(new RegExp(`^${DIST_BASE}(?!/)`));
    expect($('img, iframe, video, audio, object, embed').length).toBe(0);
    expect($('style, [style]').length).toBe(0);
    const csp = $('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('stylesheets load nothing from anywhere (no url() to another origin, no @import)', () => {
    for (const file of files.filter((f) => f.endsWith('.css'))) {
      expect(distText(file)).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//);
    }
  });
});
