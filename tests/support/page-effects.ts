/**
 * What opening one address does in Chromium that a static archive page never should: dialogs,
 * requests to another origin (aborted, but recorded), navigations away, and a meta refresh in the
 * rendered document (whatever its delay). Downloads are fine: a file the browser saves instead of
 * showing runs nothing.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Response types Chromium renders as a document that may run script (HTML, XHTML, SVG, XML
 * with a stylesheet). */
const SCRIPTABLE = /html|svg|xml/i;

/** One page that opens addresses one after another and tells what each did. A page is reused
 * because making one costs Chromium a third of a second, more than opening most files in it;
 * leaving a document ends its timers, so nothing it scheduled reaches the next address. */
export interface EffectsProbe {
  /** The effects of opening `url`, one line each. */
  effects(url: string): Promise<string[]>;
  close(): Promise<void>;
}

/** A probe in `context`, for a site served from `origin`: requests elsewhere are aborted. */
export async function effectsProbe(context: BrowserContext, origin: string): Promise<EffectsProbe> {
  const page = await context.newPage();
  let seen: string[] = [];
  let opening = '';
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
    if (frame === page.mainFrame() && frame.url() !== opening && frame.url() !== 'about:blank')
      seen.push(`navigation: ${frame.url()}`);
  });
  await page.route(
    (u) => u.origin !== origin && u.protocol !== 'data:',
    (route) => route.abort(),
  );
  return {
    async effects(url) {
      seen = [];
      opening = url;
      await open(page, url, seen);
      return seen;
    },
    close: () => page.close(),
  };
}

async function open(page: Page, url: string, seen: string[]): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' }).catch((error: Error) => {
    if (!/download|ERR_ABORTED/i.test(error.message)) seen.push(`error: ${error.message}`);
    return null;
  });
  // Only a document that can run script can act late; text, JSON, images and downloads cannot.
  if (SCRIPTABLE.test(response?.headers()['content-type'] ?? '')) await page.waitForTimeout(200);
  // A refresh with a delay would navigate after the wait: find it in the document instead.
  const refresh = await page
    .evaluate(() => document.querySelector('meta[http-equiv="refresh" i]')?.outerHTML ?? null)
    .catch(() => null);
  if (refresh !== null) seen.push(`refresh: ${refresh}`);
}

/** The effects of opening `url` (served from `origin`) in a page of its own, in a fresh context
 * of `browser`. */
export async function pageEffects(
  browser: Browser,
  url: string,
  origin: string,
): Promise<string[]> {
  const context = await browser.newContext({ acceptDownloads: true });
  const probe = await effectsProbe(context, origin);
  const seen = await probe.effects(url);
  await context.close();
  return seen;
}
