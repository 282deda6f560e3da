/**
 * Screenshots for a person to look at, taken only when asked: `SCREENSHOTS=<folder>` in the
 * environment of a browser test run. A full-page PNG costs about a fifth of a page check, and no
 * test reads it, so `npm test` goes without.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** The folder screenshots go to, or null when none was asked for. */
export const SCREENSHOTS_DIR: string | null = process.env.SCREENSHOTS || null;

/** Saves a full-page screenshot of `page` as `<name>.png` in the asked folder, if any. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS_DIR === null) return;
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
}
