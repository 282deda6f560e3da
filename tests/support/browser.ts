/**
 * Real Chromium for browser tests: Debian's `/usr/bin/chromium` driven by playwright-core, with
 * nothing of its own phoning home. Also the axe-core check, run inside a page.
 */
import { createRequire } from 'node:module';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

/** The Chromium features the tests' browser turns off. Chromium keeps only the last
 * `--disable-features` switch, so this list repeats the one Playwright passes (playwright-core
 * 1.65; `chromium-switches.test.ts` checks that it still covers it) and adds RenderDocument: a new
 * frame host for each document took a quarter of Chromium's CPU per navigation (about 20 ms of
 * 80 for a page of the site), and no page can tell. */
export const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
  'RenderDocument',
];

/** Launches headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-features=${DISABLED_FEATURES.join(',')}`,
    ],
  });
}

/** Records `page`'s console errors (with where they came from) and uncaught exceptions into
 * `into`, each line starting with `prefix` (or what it returns then, for a page that goes from
 * address to address). */
export function recordErrors(
  page: Page,
  into: string[],
  prefix: string | (() => string) = '',
): void {
  const start = typeof prefix === 'string' ? () => prefix : prefix;
  page.on('console', (message) => {
    if (message.type() === 'error') {
      into.push(`${start()}${message.text()} ${message.location().url}`);
    }
  });
  page.on('pageerror', (error) => into.push(`${start()}${error.message}`));
}

/** One axe-core violation, summarised for a readable test failure. */
export interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly targets: string[];
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** A browser context (made with `options`) whose pages can be checked with {@link axeViolations}:
 * axe-core is added to each page as it loads, which Chromium compiles once for all of them (an
 * injected tag is compiled again for each check, more than half of a check's time), and the
 * pages' content security policy is bypassed, which axe's run needs. */
export async function axeContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ ...options, bypassCSP: true });
  await context.addInitScript({ path: axePath });
  return context;
}

/** Runs axe-core (WCAG 2.0-2.2 A and AA rules) on the page as it is, returning its violations;
 * the page must be one of an {@link axeContext}, which has axe, or the check throws saying so. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  return page.evaluate(async () => {
    const axe = (window as { axe?: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
    if (axe === undefined)
      throw new Error('axe-core is not on this page: open it in an axeContext');
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })) as {
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}
