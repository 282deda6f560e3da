/**
 * The fixture site's articles in German, French, Russian and English, searched in Chromium: each
 * language's search page finds its own articles with its own word forms and not the others', the
 * language filter links every language and keeps the search typed, and each article page
 * declares its language. An organisation quoted by several articles has its own page listing
 * what it said.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articleUrl, DIST_BASE, exportedArticles } from '../support/dist-env.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const site = siteInBrowser();

async function search(path: string, words: string): Promise<Page> {
  const page = await site.browser.newPage();
  await page.goto(new URL(`${path}?q=${encodeURIComponent(words)}`, site.server.url).href);
  await page.waitForFunction(() =>
    /match|found|no article/i.test(document.getElementById('search-status')?.textContent ?? ''),
  );
  return page;
}

describe.skipIf(DIST_BASE !== '/')('an archive in several languages', () => {
  it('each article page declares its language', async () => {
    const page = await site.browser.newPage();
    for (const [id, lang] of [
      ['bundestag', 'de'],
      ['conseil', 'fr'],
      ['council', 'en'],
      ['paromy-marren', 'ru'],
    ] as const) {
      await page.goto(new URL(articleUrl(id).slice(DIST_BASE.length), site.server.url).href);
      expect(await page.getAttribute('html', 'lang'), id).toBe(lang);
    }
  });

  it('the German search page finds German word forms, and the English one does not', async () => {
    // "Reformen" is not printed: only German stemming finds "Reform" from it.
    const german = await search('search/de/', 'Reformen');
    expect(await german.locator('#search-results').innerText()).toContain('Bundestag');
    const english = await search('search/', 'Reform');
    expect(await english.locator('#search-results').innerText()).not.toContain('Bundestag');
  });

  it('links every language as a filter that keeps the search typed', async () => {
    const page = await search('search/fr/', 'pont');
    expect(await page.locator('#search-results').innerText()).toContain('conseil');
    const links = page.locator('nav[aria-label="Language of the articles searched"] a');
    const names = (await links.allInnerTexts()).map((text) => text.trim());
    const count = (code: string) => exportedArticles().filter((a) => a.language === code).length;
    expect(names).toEqual([
      `English (${count('en')})`,
      'French (1)',
      'German (1)',
      `Russian (${count('ru')})`,
    ]);
    expect(await links.first().getAttribute('href')).toMatch(/search\/\?(?:.*&)?q=pont(?:&|$)/);
    expect(
      (await page.locator('[aria-current="page"][data-language-search]').innerText()).trim(),
    ).toBe('French (1)');
  });

  it('an organisation quoted has its own page listing what it said', async () => {
    const page = await site.browser.newPage();
    await page.goto(new URL('organisations/', site.server.url).href);
    await page.getByRole('link', { name: 'Harbour Authority' }).first().click();
    expect(page.url()).toMatch(/organisations\/harbour-authority\/$/);
    expect(await page.locator('main').innerText()).toContain(
      'The bridge is no longer safe for lorries',
    );
  });
});
