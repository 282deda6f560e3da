/**
 * The built site served on 127.0.0.1 and a Chromium to browse it, for one browser test file:
 * started before its tests and closed after them (vitest hooks), so each file states only what it
 * checks.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { DIST_BASE, DIST_DIR } from './dist-env.ts';
import { type HostTypes, startStaticServer, type StaticServer } from './static-server.ts';

/** The server and browser, set once the file's `beforeAll` hooks have run. */
export interface SiteInBrowser {
  server: StaticServer;
  browser: Browser;
}

/** Registers the hooks that start and stop the site (served with `host`'s response types) and
 * browser; call at a test file's top. */
export function siteInBrowser(host: HostTypes = 'nginx'): SiteInBrowser {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startStaticServer(DIST_DIR, DIST_BASE, host);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`the ${name} is used before beforeAll started it`);
    return value;
  };
  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}
