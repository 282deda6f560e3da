/**
 * The search page as a reader uses it, in Chromium at 360 and 1280 px: results appear as words
 * are typed (no Enter) and a newer query's results replace an older one's even when the older is
 * slower; the first result is above the fold on a phone; each filter value shows its count;
 * undated articles come last in both date orders; a date range narrows; a long article's matched
 * passages link to their paragraphs; a result's link carries the searched words and the article
 * page marks them; a typo is offered the word the archive prints. No sideways scrolling, no
 * axe-core violation, no console error (a refused inline script or style would log one).
 * Screenshots of the page go to the folder `SCREENSHOTS` names, when it names one.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { dateSortKey } from '../../src/site/dates.ts';
import { axeContext, axeViolations, recordErrors } from '../support/browser.ts';
import { DIST_BASE, exportedArticles, type ExportedArticle } from '../support/dist-env.ts';
import { screenshot } from '../support/screenshots.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const WIDTHS = [360, 1280] as const;
const articles = exportedArticles();
const site = siteInBrowser();
const errors: string[] = [];
const contexts: BrowserContext[] = [];

/** The words of a text, lowercased, as a list. */
const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** A long word only `article` prints, whose first five letters begin no word of the others
 * (Pagefind matches word beginnings and stems), for searches with one known answer. */
function ownWord(article: ExportedArticle): string | undefined {
  const others = articles.filter((a) => a !== article).flatMap((a) => wordsOf(a.body));
  return wordsOf(article.body).find(
    (w) => w.length >= 8 && others.every((o) => !o.startsWith(w.slice(0, 5))),
  );
}

/** Two English articles (the language of `search/`) with a word of their own each, and those
 * words. */
const [first, second] = articles.flatMap((article) => {
  if (article.language !== 'en') return [];
  const word = ownWord(article);
  return word === undefined ? [] : [{ ...article, word }];
});
if (first === undefined || second === undefined) throw new Error('needs two articles');

async function open(width: number, path = 'search/'): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 740 } });
  contexts.push(context);
  const page = await context.newPage();
  recordErrors(page, errors, `${width} ${path}: `);
  await page.goto(new URL(path, site.server.url).href);
  return page;
}

/** Types `words` into the box (replacing what is there) without pressing Enter, and waits for
 * the status to report what it found. */
async function type(page: Page, words: string): Promise<void> {
  await page.fill('#q', '');
  await page.locator('#q').pressSequentially(words, { delay: 20 });
  await page.waitForFunction(
    () =>
      document.querySelector('.search-output')?.getAttribute('aria-busy') !== 'true' &&
      /article/.test(document.getElementById('search-status')?.textContent ?? ''),
  );
}

const listed = (page: Page): Promise<string[]> =>
  page.$$eval('#search-results h2 a', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );

afterAll(async () => {
  for (const context of contexts) await context.close();
});

describe.each(WIDTHS)(`search at %i px (${DIST_BASE})`, (width) => {
  it('shows results as words are typed, and the newest words win', async () => {
    const fresh = await open(width);
    await type(fresh, second.word);
    const expected = await listed(fresh);
    expect(expected).toContain(second.url);
    const page = await open(width);
    await type(page, first.word);
    expect(await listed(page)).toContain(first.url);
    // The next search's fragments arrive late: the first words' results must not come back.
    await page.route('**/pagefind/fragment/**', async (route) => {
      await new Promise((done) => setTimeout(done, 400));
      await route.continue();
    });
    await page.fill('#q', first.word.slice(0, 6));
    await page.waitForTimeout(250);
    await type(page, second.word);
    await page.waitForTimeout(1000);
    expect(await listed(page)).toEqual(expected);
    await page.fill('#q', '');
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 0);
    expect(await page.locator('#search-status').innerText()).toMatch(/Type words/);
    await page.close();
    await fresh.close();
  });

  it('puts the first result above the fold, fits the width, and passes axe-core', async () => {
    const page = await open(width);
    await type(page, 'the');
    await screenshot(page, `search-${width}`);
    // Quotes the words match are results too, listed first (tests/browser/quote-search.test.ts).
    const top = await page.locator('.search-output li').first().boundingBox();
    expect(top?.y ?? Infinity).toBeLessThan(740);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const axe = await axeContext(site.browser, { viewport: { width, height: 740 } });
    const checked = await axe.newPage();
    await checked.goto(page.url());
    await checked.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
    expect(await axeViolations(checked)).toEqual([]);
    await axe.close();
    await page.close();
  });

  it('shows how many articles each filter value would list', async () => {
    const page = await open(width);
    if (width < 800) await page.locator('#search-filters > summary').click();
    const outlet = first.outlet ?? second.outlet;
    const count = page.locator(`[data-count-key="outlet"][data-count-value="${outlet}"]`);
    expect(await count.innerText()).toBe(
      String(articles.filter((a) => a.outlet === outlet).length),
    );
    await type(page, second.word);
    expect(await count.innerText()).toBe(second.outlet === outlet ? '1' : '0');
    await page.close();
  });
});

describe(`search order and dates (${DIST_BASE})`, () => {
  const withThe = articles.filter((a) => wordsOf(a.body).includes('the'));

  it.each(['newest', 'oldest'] as const)('lists undated articles last, %s first', async (sort) => {
    const page = await open(1280, `search/?q=the&sort=${sort}`);
    await page.waitForFunction(() =>
      /article/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
    await page.waitForFunction(
      (n) => document.querySelectorAll('#search-results h2 a').length === n,
      Math.min(withThe.length, 5),
    );
    const keys = (await listed(page)).map((url) => {
      const article = articles.find((a) => a.url === url);
      return article === undefined ? '?' : dateSortKey(article);
    });
    const dated = keys.filter((key) => key !== '0000');
    expect(keys).toEqual([...dated, ...keys.filter((key) => key === '0000')]);
    const inOrder = [...dated].sort();
    expect(dated).toEqual(sort === 'oldest' ? inOrder : inOrder.reverse());
    await page.close();
  });

  it('a date range keeps the dated articles inside it', async () => {
    const dated = articles.filter(
      (a) => a.published !== null && a.publishedPrecision !== 'unknown',
    );
    const latest = [...dated].sort((a, b) => dateSortKey(b).localeCompare(dateSortKey(a)))[0];
    if (latest?.published == null) return;
    const from = latest.published.slice(0, 10).padEnd(10, '-01');
    const page = await open(1280, `search/?from=${from.slice(0, 7)}-01`);
    await page.waitForFunction(() =>
      /article/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
    const urls = await listed(page);
    expect(urls).toContain(latest.url);
    for (const url of urls) {
      const article = dated.find((a) => a.url === url);
      expect(article, url).toBeDefined();
    }
    await page.close();
  });
});

describe(`from a result to the article (${DIST_BASE})`, () => {
  it('links passages of a long article to their paragraphs, and the page marks the words', async () => {
    const word = first.word;
    const page = await open(1280);
    await type(page, word);
    const link = page.locator('#search-results h2 a').first();
    expect(
      new URL((await link.getAttribute('href')) ?? '', site.server.url).searchParams.getAll(
        'highlight',
      ),
    ).toEqual([word]);
    const passage = page.locator('#search-results .passages a').first();
    const target = new URL((await passage.getAttribute('href')) ?? '', site.server.url);
    expect(target.hash).toMatch(/^#p-\d+$/);
    expect(target.searchParams.get('highlight')).toBe(word);
    await passage.click();
    await page.waitForSelector('mark.search-highlight');
    const marked = await page.$$eval('[data-pagefind-body] mark.search-highlight', (ms) =>
      ms.map((m) => m.textContent.toLowerCase()),
    );
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((text) => text.includes(word))).toBe(true);
    expect(await page.locator(target.hash).count()).toBe(1);
    await page.close();
  });

  it('says which printed word a typo found, and searches it', async () => {
    const page = await open(1280);
    await type(page, `${first.word.slice(0, -2)}qq`);
    await page.waitForSelector('#search-suggest:not([hidden])');
    const offered = await page.locator('#search-suggest').innerText();
    expect(offered.toLowerCase()).toContain(`“${first.word}”`);
    await page.locator('#search-suggest button').click();
    await page.waitForFunction(
      (word) => new URL(location.href).searchParams.get('q')?.toLowerCase() === word,
      first.word,
    );
    // The address changes as the search starts; its results come after (late on a busy machine).
    await page.waitForFunction(
      (path) =>
        [...document.querySelectorAll<HTMLAnchorElement>('#search-results h2 a')].some(
          (a) => new URL(a.href).pathname === path,
        ),
      first.url,
    );
    expect(await listed(page)).toContain(first.url);
    await page.close();
  });

  it('when the filters hide every match, says so and offers to clear them', async () => {
    const other = articles.find((a) => a.outlet !== null && !wordsOf(a.body).includes(second.word));
    if (other?.outlet == null) return;
    const query = new URLSearchParams({ q: second.word, outlet: other.outlet });
    const page = await open(1280, `search/?${query.toString()}`);
    await page.waitForSelector('#search-suggest:not([hidden])');
    expect(await page.locator('#search-status').innerText()).toMatch(/^No articles/);
    expect(await page.locator('#search-filters-summary').innerText()).toBe('Filters (1)');
    expect(await page.locator('#search-suggest').innerText()).toMatch(
      /^Without the filters, \d+ articles? match/,
    );
    await page.locator('#search-suggest button').click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
    expect(await listed(page)).toContain(second.url);
    expect(await page.locator('#search-filters-summary').innerText()).toBe('Filters');
    await page.close();
  });
});

describe(`without JavaScript (${DIST_BASE})`, () => {
  it('the form still submits the words and the filters beside it', async () => {
    const context = await site.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 740 },
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(new URL('search/', site.server.url).href);
    await page.fill('#q', first.word);
    await page.locator('#search-filters > summary').click();
    const outlet = articles.find((a) => a.outlet !== null)?.outlet ?? '';
    await page.getByRole('checkbox', { name: outlet, exact: true }).check();
    await Promise.all([page.waitForURL(/\?/), page.press('#q', 'Enter')]);
    const params = new URL(page.url()).searchParams;
    expect(params.get('q')).toBe(first.word);
    expect(params.getAll('outlet')).toEqual([outlet]);
    expect(await page.locator('main').innerText()).toContain('Searching needs JavaScript');
  });
});

describe(`console (${DIST_BASE})`, () => {
  it('logged no error', () => {
    expect(errors).toEqual([]);
  });
});
