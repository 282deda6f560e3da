/**
 * Every file of the built site, raw inputs included, opened in Chromium from a host that maps
 * types the most permissive way (Apache's multiple extensions, no recommended headers): no dialog,
 * no navigation, no request to another origin.
 */
import { describe, expect, it } from 'vitest';
import { DIST_BASE, distFiles } from '../support/dist-env.ts';
import { pageEffects } from '../support/page-effects.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const site = siteInBrowser('apache');

/** Pages opened at once: enough to keep two cores busy while each waits for a late refresh. */
const AT_ONCE = 4;

// The files are the same under any base path, so the root build alone is walked.
describe.skipIf(DIST_BASE !== '/')('every built file', () => {
  it('opens without a dialog, a navigation or a request to another origin', async () => {
    const files = distFiles();
    expect(files.some((f) => f.startsWith('raw/'))).toBe(true);
    const effects: string[] = [];
    const context = await site.browser.newContext({ acceptDownloads: true });
    for (let at = 0; at < files.length; at += AT_ONCE) {
      const batch = files.slice(at, at + AT_ONCE).map(async (file) => {
        const path = file.replace(/(^|\/)index\.html$/, '$1');
        const url = new URL(`${DIST_BASE}${path}`, site.server.origin).href;
        const seen = await pageEffects(context, url, site.server.origin);
        return seen.map((effect) => `${file}: ${effect}`);
      });
      for (const lines of await Promise.all(batch)) effects.push(...lines);
    }
    await context.close();
    expect(effects).toEqual([]);
  }, 300_000);
});
