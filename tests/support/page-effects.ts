/**
 * What opening one address does in Chromium that a static archive page never should: dialogs,
 * requests to another origin (aborted, but recorded), navigations away, and a meta refresh in the
 * rendered document (whatever its delay). Downloads are fine: a file the browser saves instead of
 * showing runs nothing.
 */
import type { Browser, BrowserContext } from 'playwright-core';

/** The effects of opening `url` (served from `origin`) in a new page of `context` (or of a fresh
 * context of a browser), one line each. */
export async function pageEffects(
  within: Browser | BrowserContext,
  url: string,
  origin: string,
): Promise<string[]> {
  const context =
    'newContext' in within ? await within.newContext({ acceptDownloads: true }) : null;
  const page = await (context ?? (within as BrowserContext)).newPage();
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.origin !== origin && target.protocol !== 'data:')
      seen.push(`request: ${request.url()}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && frame.url() !== url && frame.url() !== 'about:blank')
      seen.push(`navigation: ${frame.url()}`);
  });
  await page.route(
    (u) => u.origin !== origin && u.protocol !== 'data:',
    (route) => route.abort(),
  );
  await page.goto(url, { waitUntil: 'load' }).catch((error: Error) => {
    if (!/download|ERR_ABORTED/i.test(error.message)) seen.push(`error: ${error.message}`);
  });
  await page.waitForTimeout(200);
  // A refresh with a delay would navigate after the wait: find it in the document instead.
  const refresh = await page
    .evaluate(() => document.querySelector('meta[http-equiv="refresh" i]')?.outerHTML ?? null)
    .catch(() => null);
  if (refresh !== null) seen.push(`refresh: ${refresh}`);
  await page.close();
  await context?.close();
  return seen;
}
