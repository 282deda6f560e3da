/**
 * A story's comparison page shows, in real Chromium, the pair its address names: each pair of the
 * story in turn, with both articles linked, the pair marked current in the list, aligned rows and
 * no console error; an address naming no pair of the story keeps the pair the page was built with.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultPair } from '../../src/site/comparison.ts';
import { distText, DIST_BASE } from '../support/dist-env.ts';
import { recordErrors } from '../support/browser.ts';
import { siteInBrowser } from '../support/site-browser.ts';

interface StoryRecord {
  id: string;
  reuse: { a: string; b: string; kind: string; shared: { a: number; b: number } }[];
}

const stories = JSON.parse(distText('api/stories.json')) as StoryRecord[];
/** The story with the most related pairs: the seeds' Chicago story. */
const story = [...stories].sort((a, b) => b.reuse.length - a.reuse.length)[0];
const pairs = story?.reuse ?? [];

const site = siteInBrowser();

async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage();
  const errors: string[] = [];
  recordErrors(page, errors);
  await page.goto(new URL(`compare/${story?.id ?? ''}/${query}`, site.server.url).href);
  return { page, errors };
}

const sideLinks = (page: Page) =>
  page.$$eval('#comparison h3 a', (links) => links.map((a) => a.getAttribute('href')).sort());

describe(`comparison pages (${DIST_BASE})`, () => {
  it('the seeds have a story of more than one pair', () => {
    expect(pairs.length).toBeGreaterThan(1);
  });

  it.each(pairs.map((p) => [`${p.a}~${p.b}`, p] as const))('?pair=%s', async (slug, p) => {
    const { page, errors } = await open(`?pair=${slug}`);
    expect(await sideLinks(page)).toEqual(
      [`${DIST_BASE}articles/${p.a}/`, `${DIST_BASE}articles/${p.b}/`].sort(),
    );
    expect(await page.getAttribute('.pairs a[aria-current="page"]', 'href')).toBe(
      `${DIST_BASE}compare/${story?.id ?? ''}/?pair=${slug}`,
    );
    expect(await page.locator('.pairs a[aria-current]').count()).toBe(1);
    expect(await page.locator('#comparison .sbs-row').count()).toBeGreaterThan(0);
    if (p.kind === 'syndicated') {
      expect(await page.locator('#comparison mark').count()).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an address naming no pair of the story keeps the closest copies', async () => {
    const first = defaultPair(pairs);
    const { page } = await open('?pair=nothing~here');
    expect(await sideLinks(page)).toEqual(
      [`${DIST_BASE}articles/${first?.a}/`, `${DIST_BASE}articles/${first?.b}/`].sort(),
    );
    await page.close();
  });
});
