/**
 * Searching a few words of a widely printed quote in real Chromium shows that quote once, above
 * the article results, with how many articles and outlets printed it; the articles that print it
 * are still listed below, and the quote result links to the quote's page under the base path.
 * Also: the coverage pages pass axe-core in both colour schemes and fit 320 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeContext, axeViolations } from '../support/browser.ts';
import { distText, DIST_BASE, articleUrl, exportedFile } from '../support/dist-env.ts';
import { QuoteRecord } from '../../src/schema/export-records.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const quotes = exportedFile('quotes', QuoteRecord);
/** The most widely printed quote with a speaker (in the fixture site, the mayor's). */
const quote = [...quotes]
  .filter((q) => q.speaker !== null)
  .sort((a, b) => b.appearances.length - a.appearances.length || a.id.localeCompare(b.id))[0];

const site = siteInBrowser();

async function searchFor(words: string): Promise<Page> {
  const page = await site.browser.newPage();
  await page.goto(new URL('search/', site.server.url).href);
  await page.fill('#q', words);
  await page.press('#q', 'Enter');
  await page.waitForFunction(() =>
    /article/.test(document.getElementById('search-status')?.textContent ?? ''),
  );
  return page;
}

describe(`quote search (${DIST_BASE})`, () => {
  it('shows the quote once, above the articles, with how many printed it', async () => {
    expect(quote).toBeDefined();
    const words = (quote?.text ?? '')
      .split(/\s+/)
      .slice(0, 6)
      .join(' ')
      .replace(/[,.;:]+$/, '');
    const page = await searchFor(words);
    const results = page.locator('#quote-results li');
    await results.first().waitFor();
    const hrefs = await results
      .locator('a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toEqual([`${DIST_BASE}quotes/${quote?.id}/`]);
    const line = await results.first().locator('.meta').textContent();
    expect(line).toContain(quote?.speaker ?? '');
    expect(line).toContain(`Printed in ${quote?.appearances.length} articles`);
    expect(line).toMatch(/by \d+ outlets?/);

    const order = await page.evaluate(() => {
      const quotesBox = document.getElementById('quote-results')?.getBoundingClientRect();
      const articlesBox = document.getElementById('search-results')?.getBoundingClientRect();
      return (quotesBox?.bottom ?? Infinity) <= (articlesBox?.top ?? -Infinity);
    });
    expect(order).toBe(true);
    const articles = await page.$$eval('#search-results h2 a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    // Every article printing the searched words is listed (a shortened printing may not).
    for (const a of (quote?.appearances ?? []).filter((x) => x.text.includes(words))) {
      expect(articles).toContain(articleUrl(a.article));
    }
    expect(articles.every((path) => !path.includes('/quotes/'))).toBe(true);
    await page.close();
  });

  it('shows no quote results for words no quote prints', async () => {
    const page = await searchFor('zzzqqq');
    expect(await page.locator('#quote-results li').count()).toBe(0);
    await page.close();
  });
});

describe(`coverage pages (${DIST_BASE})`, () => {
  const stories = JSON.parse(distText('api/stories.json')) as {
    id: string;
    reuse: { a: string; b: string }[];
  }[];
  const story = [...stories].sort((a, b) => b.reuse.length - a.reuse.length)[0];
  const pair = story?.reuse[story.reuse.length - 1];
  const paths = [
    'quotes/',
    `quotes/${quote?.id ?? ''}/`,
    'stories/',
    `stories/${story?.id ?? ''}/`,
    ...(pair === undefined ? [] : [`compare/${story?.id ?? ''}/?pair=${pair.a}~${pair.b}`]),
  ];

  it.each(paths.flatMap((path) => [[path, 'light'] as const, [path, 'dark'] as const]))(
    '%s (%s) has no axe-core violations',
    async (path, scheme) => {
      const context = await axeContext(site.browser, { colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(new URL(path, site.server.url).href);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );

  it.each(paths)('%s fits 320 px without sideways scrolling', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(new URL(path, site.server.url).href);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
