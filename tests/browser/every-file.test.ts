/**
 * Every file of the built site, raw inputs included, opened in Chromium from a host that maps
 * types the most permissive way (Apache's multiple extensions, no recommended headers): no dialog,
 * no navigation, no request to another origin.
 */
import { describe, expect, it } from 'vitest';
import { DIST_BASE, distFiles } from '../support/dist-env.ts';
import { effectsProbe } from '../support/page-effects.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const site = siteInBrowser('apache');

/** Pages open at once: enough to keep two cores busy while each waits for a late refresh. */
const AT_ONCE = 4;

// The files are the same under any base path, so the root build alone is walked.
describe.skipIf(DIST_BASE !== '/')('every built file', () => {
  it('opens without a dialog, a navigation or a request to another origin', async () => {
    const files = distFiles();
    expect(files.some((f) => f.startsWith('raw/'))).toBe(true);
    const context = await site.browser.newContext({ acceptDownloads: true });
    const probes = await Promise.all(
      Array.from({ length: AT_ONCE }, () => effectsProbe(context, site.server.origin)),
    );
    // Each probe takes every AT_ONCE-th file, in turn.
    const effects = await Promise.all(
      probes.map(async (probe, slot) => {
        const lines: string[] = [];
        for (let at = slot; at < files.length; at += AT_ONCE) {
          const file = files[at] ?? '';
          const path = file.replace(/(^|\/)index\.html$/, '$1');
          const url = new URL(`${DIST_BASE}${path}`, site.server.origin).href;
          for (const effect of await probe.effects(url)) lines.push(`${file}: ${effect}`);
        }
        return lines;
      }),
    );
    await context.close();
    expect(effects.flat()).toEqual([]);
  }, 300_000);
});
