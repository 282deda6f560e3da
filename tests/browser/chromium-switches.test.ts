/**
 * The tests' Chromium turns off every feature Playwright turns off, and RenderDocument. Chromium
 * keeps only the last `--disable-features` switch on its command line, so the list
 * `launchBrowser` adds must repeat Playwright's own, which a new Playwright may change.
 */
import { expect, it } from 'vitest';
import { DISABLED_FEATURES, launchBrowser } from '../support/browser.ts';

it('the last --disable-features switch holds every feature of the earlier ones', async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto('chrome://version');
    const lists = (await page.locator('#command_line').innerText())
      .split(/\s+/)
      .filter((arg) => arg.startsWith('--disable-features='))
      .map((arg) => arg.slice('--disable-features='.length).split(','));
    expect(lists.length).toBeGreaterThan(0);
    const last = lists.at(-1);
    expect(last).toEqual(DISABLED_FEATURES);
    for (const list of lists) expect(last).toEqual(expect.arrayContaining(list));
    expect(last).toContain('RenderDocument');
  } finally {
    await browser.close();
  }
});
