/**
 * An archive in three languages, built as `npm run build` builds it (a copy of the project, so the
 * main build is untouched), searched in Chromium: each language's search page finds its own
 * articles with its own word forms and not the others', the language filter links every language
 * and keeps the search typed, and each article page declares its language. The same small
 * archive quotes an organisation, whose page lists what it said.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../bench/scale/bench-project-fs.ts';
import { launchBrowser } from '../support/browser.ts';
import { DIST_BASE } from '../support/dist-env.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

const SITE = resolve('.test-dist/languages-site');
const OUT = join(SITE, 'dist');

let server: StaticServer | undefined;
let browser: Browser | undefined;

/** Runs a project script in the copy; fails the suite with its output when it fails. */
function run(...args: string[]): void {
  const result = spawnSync('npx', ['tsx', ...args], {
    cwd: SITE,
    encoding: 'utf8',
    env: { ...process.env, OUT_DIR: OUT },
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}`);
}

async function search(path: string, words: string): Promise<Page> {
  const page = await (browser as Browser).newPage();
  await page.goto(new URL(`${path}?q=${encodeURIComponent(words)}`, server?.url).href);
  await page.waitForFunction(() =>
    /match|found|no article/i.test(document.getElementById('search-status')?.textContent ?? ''),
  );
  return page;
}

describe.skipIf(DIST_BASE !== '/')('an archive in three languages', () => {
  beforeAll(async () => {
    await copyProject(resolve('.'), SITE, resolve('tests/fixtures/languages/seeds'));
    run('scripts/ingest.ts', '--quiet');
    run('scripts/build-site.ts');
    server = await startStaticServer(OUT, '/', 'nginx');
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('each article page declares its language', async () => {
    const page = await (browser as Browser).newPage();
    const exported = JSON.parse(readFileSync(join(OUT, 'api/articles.json'), 'utf8')) as {
      id: string;
      url: string;
    }[];
    for (const [id, lang] of [
      ['bundestag', 'de'],
      ['conseil', 'fr'],
      ['council', 'en'],
    ]) {
      const url = exported.find((a) => a.id === id)?.url ?? `missing ${id}`;
      await page.goto(new URL(url, server?.url).href);
      expect(await page.getAttribute('html', 'lang'), id).toBe(lang);
    }
  });

  it('the German search page finds German word forms, and the English one does not', async () => {
    // "Reformen" is not printed: only German stemming finds "Reform" from it.
    const german = await search('search/de/', 'Reformen');
    expect(await german.locator('#search-results').innerText()).toContain('Bundestag');
    const english = await search('search/', 'Reform');
    expect(await english.locator('#search-results').innerText()).not.toContain('Bundestag');
  });

  it('links every language as a filter that keeps the search typed', async () => {
    const page = await search('search/fr/', 'pont');
    expect(await page.locator('#search-results').innerText()).toContain('conseil');
    const links = page.locator('nav[aria-label="Language of the articles searched"] a');
    const names = (await links.allInnerTexts()).map((text) => text.trim());
    expect(names).toEqual(['English (1)', 'French (1)', 'German (1)']);
    expect(await links.first().getAttribute('href')).toMatch(/search\/\?(?:.*&)?q=pont(?:&|$)/);
    expect(
      (await page.locator('[aria-current="page"][data-language-search]').innerText()).trim(),
    ).toBe('French (1)');
  });

  it('an organisation quoted has its own page listing what it said', async () => {
    const page = await (browser as Browser).newPage();
    await page.goto(new URL('organisations/', server?.url).href);
    await page.getByRole('link', { name: 'Harbour Authority' }).first().click();
    expect(page.url()).toMatch(/organisations\/harbour-authority\/$/);
    expect(await page.locator('main').innerText()).toContain(
      'The bridge is no longer safe for lorries',
    );
  });
});
