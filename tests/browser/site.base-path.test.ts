/**
 * The built site in real Chromium, served on 127.0.0.1 under its base path: search finds every
 * article that prints a quoted sentence, filters narrow results, every internal link from the home
 * page resolves, each page type passes axe-core in light and dark schemes, the console stays free
 * of errors, and no request leaves the site's origin.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dateSortKey } from '../../src/site/dates.ts';
import { languageFacets, pageLanguage, SITE_LANGUAGE } from '../../src/site/languages.ts';
import { axeContext, axeViolations, recordErrors } from '../support/browser.ts';
import {
  DIST_BASE,
  DIST_DIR,
  distFiles,
  distText,
  exportedArticles,
  type ExportedArticle,
} from '../support/dist-env.ts';
import { siteInBrowser } from '../support/site-browser.ts';

let context: BrowserContext;
const foreign: string[] = [];
const consoleErrors: string[] = [];
const allArticles = exportedArticles();
/** The articles `search/` searches: those in the site's language (each language has its own). */
const articles = allArticles.filter((a) => pageLanguage(a) === SITE_LANGUAGE);

const site = siteInBrowser();

/** The one page of each context, which goes from address to address (making a page costs
 * Chromium about a third of a second), and the address it shows, for the error lines. */
const tabs = new WeakMap<BrowserContext, Promise<{ page: Page; shows: { path: string } }>>();

async function tabIn(into: BrowserContext): Promise<{ page: Page; shows: { path: string } }> {
  const page = await into.newPage();
  const shows = { path: '' };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== site.server.origin && url.protocol !== 'data:') foreign.push(request.url());
  });
  recordErrors(page, consoleErrors, () => `${shows.path}: `);
  return { page, shows };
}

/** Opens `path` (relative to the base) in the page of `into`, which records errors and foreign
 * requests. */
async function open(path: string, into: BrowserContext = context): Promise<Page> {
  const tab = tabs.get(into) ?? tabIn(into);
  tabs.set(into, tab);
  const { page, shows } = await tab;
  shows.path = path;
  await page.goto(new URL(path, site.server.url).href, { waitUntil: 'load' });
  return page;
}

/** A context for axe-core (which is injected inline) in each scheme, made once. */
const axeContexts = new Map<'light' | 'dark', Promise<BrowserContext>>();

/** The words of a text, lowercased, punctuation dropped: what a phrase search compares. */
function wordsOf(text: string): string {
  return ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;
}

/** A passage quoted in some article's body, printed by as many articles as possible. */
function sharedQuote(): { quote: string; printedBy: ExportedArticle[] } {
  const quotes = articles.flatMap((a) =>
    [...a.body.replace(/\s+/g, ' ').matchAll(/[“"]([^”"]{20,200})[”"]/g)].map((m) =>
      (m[1] ?? '').replace(/[,.;:!?]+$/, '').trim(),
    ),
  );
  const scored = quotes
    .filter((q) => q.split(' ').length >= 4)
    .map((quote) => ({
      quote,
      printedBy: articles.filter((a) => wordsOf(a.body).includes(wordsOf(quote))),
    }))
    .sort((a, b) => b.printedBy.length - a.printedBy.length || a.quote.localeCompare(b.quote));
  const best = scored[0];
  if (best === undefined) throw new Error(`no quotation of 4+ words in ${DIST_DIR}`);
  return best;
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#q', query);
  await page.press('#q', 'Enter');
  await page.waitForFunction(() =>
    /article/.test(document.getElementById('search-status')?.textContent ?? ''),
  );
  return page.$$eval('#search-results h2 a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

beforeAll(async () => {
  context = await site.browser.newContext();
});

describe(`search (${DIST_BASE})`, () => {
  it('finds every article that prints a sentence of a quote, plain and as an exact phrase', async () => {
    const { quote, printedBy } = sharedQuote();
    const page = await open('search/');
    const expected = printedBy.map((a) => a.url).sort();
    expect((await search(page, quote)).sort()).toEqual(expect.arrayContaining(expected));
    expect((await search(page, `"${quote}"`)).sort()).toEqual(expected);
    const meta = await page.$$eval('#search-results .meta', (els) => els.map((e) => e.textContent));
    expect(meta.every((text) => (text ?? '').length > 0)).toBe(true);
  });

  it('narrows results with an outlet filter, and filters combine', async () => {
    const outlets = [...new Set(articles.map((a) => a.outlet).filter((o) => o !== null))].sort();
    const outlet = outlets[0];
    if (outlet === undefined) return;
    const page = await open('search/');
    await page.getByRole('checkbox', { name: outlet, exact: true }).check();
    await page.waitForFunction(() =>
      /with the chosen filters/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
    const urls = await page.$$eval('#search-results h2 a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    const expected = articles.filter((a) => a.outlet === outlet).map((a) => a.url);
    expect(urls.sort()).toEqual(expected.sort());
    expect(new URL(page.url()).searchParams.getAll('outlet')).toEqual([outlet]);
  });

  it('indexes each article body exactly: no two words glued together', async () => {
    // Each language has its own index, which its own search page loads.
    for (const language of languageFacets(allArticles)) {
      const page = await open(language.path);
      // A string, so the test runner does not rewrite the page's own dynamic import.
      const contents = await page.evaluate<{ url: string; content: string }[]>(`(async () => {
        const pf = await import(${JSON.stringify(`${DIST_BASE}pagefind/pagefind.js`)});
        await pf.options({ baseUrl: ${JSON.stringify(DIST_BASE)} });
        const all = await pf.search(null, { sort: { date: 'desc' } });
        return Promise.all(all.results.map((r) => r.data()));
      })()`);
      // Pagefind ends each block with a full stop when it has none: compare the words themselves.
      const words = (text: string) =>
        text
          .split(/\s+/)
          .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
          .filter((w) => w !== '');
      // The page's own search asks Pagefind to add the searched words to result links (for the
      // article page to mark them): compare the pages' paths.
      const path = (url: string) => url.replace(/\?.*$/, '');
      const urls = new Set(contents.map((c) => path(c.url)));
      const written = allArticles.filter((a) => pageLanguage(a) === language.code);
      expect(written.filter((a) => !urls.has(a.url)).map((a) => a.url)).toEqual([]);
      for (const article of written) {
        const indexed = contents.find((c) => path(c.url) === article.url);
        expect(words(indexed?.content ?? ''), article.id).toEqual(words(article.body));
      }
    }
  });
});

/** The article URLs the search page lists right now, after its status has settled. */
async function listed(page: Page): Promise<string[]> {
  await page.waitForFunction(() =>
    /articles?\b.*\.$/.test(document.getElementById('search-status')?.textContent ?? ''),
  );
  return page.$$eval('#search-results h2 a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

describe(`search filters and order (${DIST_BASE})`, () => {
  it('combines filters: an outlet and a year together', async () => {
    const both = articles.find((a) => a.outlet !== null && a.published !== null);
    if (both === undefined || both.outlet === null || both.published === null) return;
    const year = both.published.slice(0, 4);
    const page = await open('search/');
    await page
      .getByRole('group', { name: 'Outlet' })
      .getByLabel(both.outlet, { exact: true })
      .check();
    await listed(page);
    await page.getByRole('group', { name: 'Year' }).getByLabel(year, { exact: true }).check();
    const expected = articles
      .filter((a) => a.outlet === both.outlet && a.published?.startsWith(year))
      .map((a) => a.url);
    await page.waitForFunction(
      (n) => document.querySelectorAll('#search-results h2 a').length === n,
      expected.length,
    );
    expect((await listed(page)).sort()).toEqual(expected.sort());
  });

  it('sorts by date, newest first, undated last', async () => {
    const page = await open('search/');
    for (const outlet of new Set(articles.map((a) => a.outlet))) {
      if (outlet !== null) {
        await page
          .getByRole('group', { name: 'Outlet' })
          .getByLabel(outlet, { exact: true })
          .check();
      }
    }
    await page.selectOption('#sort', 'newest');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'newest');
    const urls = await listed(page);
    const keys = urls.map((url) => {
      const article = articles.find((a) => a.url === url);
      return article === undefined ? '' : dateSortKey(article);
    });
    expect(keys).toEqual([...keys].sort().reverse());
    expect(urls.length).toBe(articles.filter((a) => a.outlet !== null).length);
  });
});

describe(`keyboard (${DIST_BASE})`, () => {
  it('reaches the skip link first, and it moves focus to the page content', async () => {
    const page = await open(articles[0]?.url.slice(DIST_BASE.length) ?? '');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('searches from the search box with the keyboard alone', async () => {
    const page = await open('search/');
    const word =
      wordsOf(articles[0]?.body ?? 'the')
        .trim()
        .split(' ')[0] ?? 'the';
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'q' && guard++ < 20) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
    expect((await listed(page)).length).toBeGreaterThan(0);
  });
});

describe(`pages (${DIST_BASE})`, () => {
  it('follows every internal link from the home page without a 404', async () => {
    const page = await open('');
    const links = await page.$$eval('a[href]', (as) =>
      as.map((a) => (a as HTMLAnchorElement).href),
    );
    const internal = [
      ...new Set(
        links
          .filter((href) => href.startsWith(site.server.url))
          .map((href) => href.replace(/#.*$/, '')),
      ),
    ];
    expect(internal.length).toBeGreaterThan(5);
    for (const href of internal) {
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(200);
    }
  });

  it('shows an article body as its plain text, words never glued', async () => {
    for (const article of articles) {
      const page = await open(article.url.slice(DIST_BASE.length));
      // Embedded posts stand where the outlet placed them but are not the outlet's text.
      const text = await page.$eval('[data-pagefind-body]', (el) => {
        for (const embed of el.querySelectorAll('figure.embed')) embed.remove();
        return (el as HTMLElement).innerText;
      });
      expect(text.replace(/\s+/g, ' ').trim(), article.id).toBe(
        article.body.replace(/\s+/g, ' ').trim(),
      );
    }
  });

  const first = articles[0];
  /** The person with the most to show: quotes and articles (in the fixture site, the mayor). */
  const person = distFiles()
    .filter((f) => /^people\/[^/]+\/index\.html$/.test(f))
    .sort((a, b) => distText(b).length - distText(a).length)[0];
  const types: [string, string][] = [
    ['home', ''],
    ['article', first === undefined ? '' : first.url.slice(DIST_BASE.length)],
    ['outlets', 'outlets/'],
    ['tags', 'tags/'],
    ['archive', 'archive/'],
    ['people', 'people/'],
    ['person', person === undefined ? 'people/' : person.replace(/index\.html$/, '')],
    ['search', 'search/'],
    ['about', 'about/'],
    ['not found', 'no-such-page/'],
  ];
  it.each(
    types.flatMap(([name, path]) => [
      [name, path, 'light'] as const,
      [name, path, 'dark'] as const,
    ]),
  )('%s page (%s, %s) has no axe-core violations', async (_name, path, scheme) => {
    const context = axeContexts.get(scheme) ?? axeContext(site.browser, { colorScheme: scheme });
    axeContexts.set(scheme, context);
    const page = await open(path, await context);
    if (path === 'search/') await search(page, articles[0]?.body.split(/\s+/)[0] ?? 'the');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is usable at 320 px wide: nothing scrolls sideways', async () => {
    const narrow = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const pages = ['', 'search/', 'about/', ...articles.map((a) => a.url.slice(DIST_BASE.length))];
    for (const path of pages) {
      const page = await open(path, narrow);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await narrow.close();
  });
});

describe(`privacy and errors (${DIST_BASE})`, () => {
  it('made no request to another origin, asked for nothing missing, logged no console error', () => {
    // Browsers ask the origin's root for /favicon.ico when showing a non-HTML file (the feed, the
    // JSON): under a sub-path that lies outside the site, which cannot answer for it.
    const outside = DIST_BASE === '/' ? [] : ['/favicon.ico'];
    const deliberate = `${DIST_BASE}no-such-page/`;
    expect(foreign).toEqual([]);
    expect(
      site.server.misses.filter((path) => path !== deliberate && !outside.includes(path)),
    ).toEqual([]);
    const expected = (error: string) =>
      error.startsWith('no-such-page/: Failed to load resource') ||
      outside.some((path) => error.endsWith(`${site.server.origin}${path}`));
    expect(consoleErrors.filter((error) => !expected(error))).toEqual([]);
  });
});
