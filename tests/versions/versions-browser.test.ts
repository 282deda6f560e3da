/**
 * A version comparison page in real Chromium, at 360 and 1280 px: two aligned columns on a wide
 * screen and one on a narrow one, nothing past the screen's edge, "next change" moving focus,
 * "changes only" folding the identical paragraphs, no script error and no axe-core violation; and
 * the page of a quote an article printed and cut, with nothing past the edge and no violation.
 * Screenshots go to `.test-dist/screenshots/` for a person to look at. Run against the site built
 * from the versions fixtures (`DIST_DIR`).
 */
import { mkdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { axeContext, axeViolations, recordErrors } from '../support/browser.ts';
import { distFiles } from '../support/dist-env.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const SCREENSHOTS = '.test-dist/screenshots';
const page = distFiles()
  .find((f) => f.startsWith('versions/harbourgazette-example-news-harbour-wall/'))
  ?.replace(/index\.html$/, '');
/** The page of the quote the harbour wall article cut and another outlet still prints. */
const cutQuote = distFiles()
  .find((f) => f.startsWith('quotes/we-do-not-yet-know-who-'))
  ?.replace(/index\.html$/, '');
const site = siteInBrowser();
const contexts: { close: () => Promise<void> }[] = [];
afterAll(async () => {
  for (const c of contexts) await c.close();
});

async function open(width: number, path = page) {
  // The page's policy allows no injected script; axe-core is injected for the check only.
  const context = await axeContext(site.browser, { viewport: { width, height: 900 } });
  contexts.push(context);
  const tab = await context.newPage();
  const errors: string[] = [];
  recordErrors(tab, errors);
  await tab.goto(new URL(path ?? '', site.server.url).href);
  return { tab, errors };
}

describe('the version comparison page', () => {
  it('exists in the build', () => {
    expect(page).toBeDefined();
  });

  it.each([360, 1280])('reads at %i px', async (width) => {
    const { tab, errors } = await open(width);
    const cells = await tab.$$eval('#change-1 .cell', (els) =>
      els.map((el) => el.getBoundingClientRect().left),
    );
    expect(cells).toHaveLength(2);
    // Side by side on a wide screen, one above the other on a narrow one.
    if (width >= 1000) expect(cells[1]).toBeGreaterThan(cells[0] ?? 0);
    else expect(cells[1]).toBe(cells[0]);
    const overflow = await tab.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await tab.screenshot({ path: `${SCREENSHOTS}/versions-${width}.png`, fullPage: true });
    expect(await axeViolations(tab)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('moves between changes and folds identical paragraphs', async () => {
    const { tab, errors } = await open(1280);
    await tab.click('#next-change');
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('change-1');
    await tab.click('#next-change');
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('change-2');
    expect(await tab.textContent('#change-status')).toBe('Change 2 of 3');
    await tab.check('#only-changes');
    expect(await tab.isVisible('.row.same')).toBe(false);
    expect(await tab.isVisible('.fold')).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('the page of a quote printed and cut', () => {
  it.each([360, 1280])('reads at %i px', async (width) => {
    expect(cutQuote).toBeDefined();
    const { tab, errors } = await open(width, cutQuote);
    expect(await tab.isVisible('.cut-printings li')).toBe(true);
    const overflow = await tab.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await tab.screenshot({ path: `${SCREENSHOTS}/cut-quote-${width}.png`, fullPage: true });
    expect(await axeViolations(tab)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
