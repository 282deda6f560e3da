/**
 * Every page type in real Chromium at 360 and 1280 px, in the light and the dark scheme: axe-core
 * finds nothing, nothing runs past the screen's edge outside a scroll box of its own, the header
 * stays compact on a phone, and headline links carry no underline until hovered; the story page
 * lists each related pair once and tells a single dated article in words; article pages print
 * without navigation. Full-page screenshots of each go to the folder `SCREENSHOTS` names, when it names one, for a person
 * to look at.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeContext, axeViolations } from '../support/browser.ts';
import { DIST_BASE, exportedArticles } from '../support/dist-env.ts';
import { bigStory, headlineDecorations, overflowing, pageTypes } from '../support/page-types.ts';
import { screenshot } from '../support/screenshots.ts';
import { siteInBrowser } from '../support/site-browser.ts';

/** The site header's greatest height on a 360 px phone, in CSS px. */
const HEADER_MAX_360 = 100;
const site = siteInBrowser();
/** One page per set of options (width, scheme), which goes from address to address: making a
 * context and a page costs Chromium more than a page check's other steps together. */
const pages = new Map<string, Promise<Page>>();
afterAll(async () => {
  for (const page of pages.values()) await (await page).context().close();
});

async function open(path: string, options: BrowserContextOptions): Promise<Page> {
  const key = JSON.stringify(options);
  const opened = pages.get(key) ?? axeContext(site.browser, options).then((c) => c.newPage());
  pages.set(key, opened);
  const page = await opened;
  await page.goto(new URL(path, site.server.url).href, { waitUntil: 'load' });
  return page;
}

const cases = pageTypes().flatMap(([name, path]) =>
  ([360, 1280] as const).flatMap((width) =>
    (['light', 'dark'] as const).map((scheme) => [name, path, width, scheme] as const),
  ),
);

describe(`every page type (${DIST_BASE})`, () => {
  it.each(cases)('%s (/%s) at %d px, %s', async (name, path, width, scheme) => {
    const page = await open(path, { viewport: { width, height: 800 }, colorScheme: scheme });
    await screenshot(page, `page-${name}-${width}-${scheme}`);
    expect(await overflowing(page)).toEqual({ document: 0, elements: [] });
    if (width === 360) {
      const header = await page.locator('.site-head').boundingBox();
      expect(header?.height ?? Infinity).toBeLessThan(HEADER_MAX_360);
    }
    for (const line of await headlineDecorations(page)) expect(line).toBe('none');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe(`story page (${DIST_BASE})`, () => {
  const story = bigStory;
  const articles = exportedArticles().filter((a) => story?.articles.includes(a.id));
  const dated = articles.filter((a) => a.published !== null);

  it('lists each related pair once, each linking its comparison', async () => {
    const page = await open(`stories/${story?.id ?? ''}/`, {});
    const hrefs = await page.$$eval('a[href*="/compare/"]', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(hrefs.length).toBe(story?.reuse.length);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it('lists each article once', async () => {
    const page = await open(`stories/${story?.id ?? ''}/`, {});
    for (const a of articles) expect(await page.locator(`main a[href="${a.url}"]`).count()).toBe(1);
  });

  it('tells the coverage over time in words when fewer than two articles are dated', async () => {
    const page = await open(`stories/${story?.id ?? ''}/`, {});
    expect(await page.locator('svg.timeline').count()).toBe(dated.length >= 2 ? 1 : 0);
    if (dated.length === 1) {
      const text = (await page.textContent('#timeline-text')) ?? '';
      expect(text).toMatch(/^Only one article has a known date/);
      expect(text).toMatch(/undated/);
    }
  });
});

describe(`print (${DIST_BASE})`, () => {
  it('an article prints without the header, navigation and footer', async () => {
    const article = exportedArticles()[0];
    const page = await open(article?.url.slice(DIST_BASE.length) ?? '', {});
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-head', '.site-nav', '.site-foot']) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    await screenshot(page, 'page-article-print');
    await page.emulateMedia({ media: null });
  });
});
