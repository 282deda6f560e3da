/**
 * Real Chromium for browser tests: Debian's `/usr/bin/chromium` driven by playwright-core, with
 * nothing of its own phoning home. Also the axe-core check, run inside a page.
 */
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

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

/** Runs axe-core (WCAG 2.0-2.2 A and AA rules) on the page as it is, returning its violations.
 * axe is injected as an inline script, so the page's context must be made with `bypassCSP`. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
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
