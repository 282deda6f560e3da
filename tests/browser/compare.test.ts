/**
 * A story's comparison page in real Chromium, at 360 and 1280 px: the pair its address names
 * (each pair of the story in turn), two aligned columns on a wide screen and one on a narrow one,
 * only the changes marked, "next change" and "previous change" moving focus, the "changes only"
 * view folding identical paragraphs with a count, a visible message for an address naming no pair,
 * nothing running past the screen's edge, light and dark schemes passing axe-core, navigation
 * hidden in print, and the default pair without JavaScript; and quote pages' links to the
 * comparisons of their printings. Screenshots of each width and scheme
 * go to the folder `SCREENSHOTS` names, when it names one, for a person to look at.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultPair } from '../../src/site/comparison.ts';
import { axeContext, axeViolations, recordErrors } from '../support/browser.ts';
import { distText, DIST_BASE, articleUrl, exportedFile } from '../support/dist-env.ts';
import { StoryRecord } from '../../src/schema/export-records.ts';
import { screenshot } from '../support/screenshots.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const stories = exportedFile('stories', StoryRecord);
/** The story with the most related pairs: the fixture site's bridge story. */
const story = [...stories].sort((a, b) => b.reuse.length - a.reuse.length)[0];
const pairs = story?.reuse ?? [];
const slug = (p: { a: string; b: string }) => `${p.a}~${p.b}`;
const syndicated = pairs.find((p) => p.kind === 'syndicated');
const pagePath = `compare/${story?.id ?? ''}/`;

const site = siteInBrowser();
const contexts: { close: () => Promise<void> }[] = [];
afterAll(async () => {
  for (const c of contexts) await c.close();
});

/** One page per set of options, which goes from address to address (making a context and a
 * page costs Chromium about a third of a second), with the errors of what it last opened. */
const tabs = new Map<string, Promise<{ page: Page; errors: string[] }>>();

/** A tab made with `options`; one bypassing the page's policy is for axe-core, and has it. */
async function tabFor(options: BrowserContextOptions): Promise<{ page: Page; errors: string[] }> {
  const context = await (options.bypassCSP === true
    ? axeContext(site.browser, options)
    : site.browser.newContext(options));
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  recordErrors(page, errors);
  return { page, errors };
}

async function open(
  query: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const key = JSON.stringify(options);
  const tab = tabs.get(key) ?? tabFor(options);
  tabs.set(key, tab);
  const { page, errors } = await tab;
  errors.length = 0;
  await page.emulateMedia({ media: null });
  await page.goto(new URL(`${pagePath}${query}`, site.server.url).href);
  return { page, errors };
}

const viewport = (width: number) => ({ viewport: { width, height: 900 } });
const sideLinks = (page: Page) =>
  page.$$eval('#comparison h3 a', (links) => links.map((a) => a.getAttribute('href')).sort());
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe(`comparison pages (${DIST_BASE})`, () => {
  it('the fixture site has a story of more than one pair, one of them a syndicated copy', () => {
    expect(pairs.length).toBeGreaterThan(1);
    expect(syndicated).toBeDefined();
  });

  it.each(pairs.map((p) => [slug(p), p] as const))('?pair=%s', async (name, p) => {
    const { page, errors } = await open(`?pair=${name}`, viewport(360));
    expect(await sideLinks(page)).toEqual([articleUrl(p.a), articleUrl(p.b)].sort());
    expect(await page.getAttribute('.pairs a[aria-current="page"]', 'href')).toBe(
      `${DIST_BASE}${pagePath}?pair=${name}`,
    );
    expect(await page.locator('.pairs a[aria-current]').count()).toBe(1);
    expect(await page.locator('#comparison .row:not(.head)').count()).toBeGreaterThan(0);
    expect(await page.textContent('#pair-summary')).toMatch(/paragraph.*\. .*(source)/);
    expect(await overflow(page), name).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  it.each([360, 1280])('at %d px nothing runs past the edge of the screen', async (width) => {
    const { page } = await open('', viewport(width));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.check('#only-changes');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  it.each([
    [1280, 'beside each other'],
    [360, 'one after the other'],
  ])('at %d px the two texts of a row stand %s', async (width) => {
    const { page } = await open('', viewport(width));
    const boxes = await page.$$eval('#comparison .row.same .cell', (cells) =>
      cells.slice(0, 2).map((c) => c.getBoundingClientRect().toJSON() as DOMRect),
    );
    const [left, right] = boxes;
    if (left === undefined || right === undefined) throw new Error('no identical row');
    if (width === 1280) {
      expect(right.top).toBe(left.top);
      expect(right.left).toBeGreaterThanOrEqual(left.right);
    } else {
      expect(right.top).toBeGreaterThanOrEqual(left.bottom);
      expect(right.left).toBe(left.left);
    }
  });

  it('marks only the changes of a syndicated copy, never what the two share', async () => {
    const { page } = await open(`?pair=${syndicated ? slug(syndicated) : ''}`, viewport(1280));
    expect(await page.locator('#comparison mark').count()).toBe(0);
    expect(await page.locator('#comparison .row.same').count()).toBeGreaterThan(0);
    expect(await page.locator('#comparison .row.same :is(ins, del)').count()).toBe(0);
    const marked = await page.$$eval('#comparison :is(ins, del)', (els) =>
      els.reduce((n, el) => n + (el.textContent ?? '').length, 0),
    );
    const all = await page.$$eval('#comparison .row .text', (els) =>
      els.reduce((n, el) => n + (el.textContent ?? '').length, 0),
    );
    expect(marked).toBeGreaterThan(0);
    expect(marked).toBeLessThan(all / 20);
    // Spoken, not only seen: each mark carries a label in generated content.
    const label = await page.$eval(
      '#comparison del',
      (el) => getComputedStyle(el, '::before').content,
    );
    expect(label).toContain('dropped');
  });

  it('"next change" and "previous change" move focus and scroll to the changes', async () => {
    const { page } = await open('', viewport(360));
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    await page.click('#next-change');
    expect(await focused()).toBe('change-1');
    const firstY = await page.evaluate(() => window.scrollY);
    expect(firstY).toBeGreaterThan(0);
    await page.focus('#next-change');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('change-2');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(firstY);
    await page.click('#prev-change');
    expect(await focused()).toBe('change-1');
    expect(await page.textContent('#change-status')).toMatch(/^Change 1 of \d+$/);
  });

  it('"changes only" folds identical paragraphs into a count, by keyboard', async () => {
    const { page } = await open('', viewport(1280));
    const same = await page.locator('#comparison .row.same').count();
    expect(await page.locator('#comparison .fold:visible').count()).toBe(0);
    await page.focus('#only-changes');
    await page.keyboard.press('Space');
    expect(await page.locator('#comparison .row.same:visible').count()).toBe(0);
    const folds = await page.locator('#comparison .fold:visible').allTextContents();
    expect(folds.length).toBeGreaterThan(0);
    const counted = folds.map((t) => Number(/^(\d+) identical paragraphs?$/.exec(t)?.[1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(same);
    expect(await page.locator('#comparison .row.change:visible').count()).toBeGreaterThan(0);
  });

  it('an address naming no pair says so and shows no texts', async () => {
    const { page, errors } = await open('?pair=nothing~here', viewport(360));
    expect(await page.locator('.problem').isVisible()).toBe(true);
    expect(await page.textContent('.problem')).toContain('no pair “nothing~here”');
    expect(await page.locator('#comparison .row').count()).toBe(0);
    expect(await page.locator('.tools').isVisible()).toBe(false);
    expect(await page.locator('.pairs a[aria-current]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('an address naming none shows the closest pair, whose own address names it', async () => {
    const { page } = await open('', viewport(1280));
    const first = defaultPair(pairs);
    const current = await page.getAttribute('.pairs a[aria-current="page"]', 'href');
    expect(new URL(current ?? '', site.server.url).searchParams.get('pair')).toBe(
      first ? slug(first) : '',
    );
    expect(await page.textContent('#pair-h')).toBe(
      await page.textContent('.pairs a[aria-current]'),
    );
  });

  it('a pair link is followed from the keyboard', async () => {
    const { page } = await open('', viewport(1280));
    const other = pairs.find((p) => p !== defaultPair(pairs));
    await page.focus(`.pairs a[href$="${other ? slug(other) : ''}"]`);
    const target = other ? slug(other) : '';
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('pair') === target),
      page.keyboard.press('Enter'),
    ]);
    expect(await sideLinks(page)).toEqual(
      [articleUrl(other?.a ?? ''), articleUrl(other?.b ?? '')].sort(),
    );
  });

  it('without JavaScript shows the closest pair, aligned and summarised', async () => {
    const { page } = await open('', { ...viewport(1280), javaScriptEnabled: false });
    const first = defaultPair(pairs);
    expect(await sideLinks(page)).toEqual(
      [articleUrl(first?.a ?? ''), articleUrl(first?.b ?? '')].sort(),
    );
    expect(await page.locator('#comparison .row.change').count()).toBeGreaterThan(0);
    expect(await page.locator('#next-change').isVisible()).toBe(false);
  });

  it('prints without the navigation and the view controls', async () => {
    const { page } = await open('', viewport(1280));
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-head', 'nav[aria-labelledby="pairs-h"]', '.tools']) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    expect(await page.locator('#comparison .row.change').first().isVisible()).toBe(true);
  });

  it.each([
    [360, 'light'],
    [360, 'dark'],
    [1280, 'light'],
    [1280, 'dark'],
  ] as const)(
    'at %d px in the %s scheme passes axe-core, highlights legible',
    async (w, scheme) => {
      const { page } = await open('', { ...viewport(w), colorScheme: scheme, bypassCSP: true });
      await screenshot(page, `compare-${w}-${scheme}`);
      const plain = await page.$eval(
        '#comparison .row.same .text',
        (el) => getComputedStyle(el).backgroundColor,
      );
      expect(plain).toBe('rgba(0, 0, 0, 0)');
      expect(await axeViolations(page)).toEqual([]);
      await page.check('#only-changes');
      await screenshot(page, `compare-${w}-${scheme}-changes`);
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});

describe(`quote pages link the comparisons (${DIST_BASE})`, () => {
  const quotes = JSON.parse(distText('api/quotes.json')) as { id: string }[];
  const linked = quotes.find((q) =>
    distText(`quotes/${q.id}/index.html`).includes('id="compare-h"'),
  );

  it.each(['light', 'dark'] as const)(
    'a quote printed by related texts opens their comparison (%s, axe-core clean)',
    async (scheme) => {
      expect(linked).toBeDefined();
      const context = await axeContext(site.browser, { colorScheme: scheme });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(new URL(`quotes/${linked?.id ?? ''}/`, site.server.url).href);
      expect(await axeViolations(page)).toEqual([]);
      const link = page.locator('[aria-labelledby="compare-h"] a').first();
      const href = (await link.getAttribute('href')) ?? '';
      const [a, b] = (new URL(href, site.server.url).searchParams.get('pair') ?? '').split('~');
      await Promise.all([page.waitForURL((url) => url.href.endsWith(href)), link.click()]);
      expect(await sideLinks(page)).toEqual([articleUrl(a ?? ''), articleUrl(b ?? '')].sort());
    },
  );
});
