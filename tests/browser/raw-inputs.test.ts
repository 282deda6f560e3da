/**
 * Raw inputs are evidence to read and download, never documents that run on the archive's origin.
 * Hostile inputs (a gzip-compressed HTML page with scripts, a meta refresh and requests to another
 * host; an SVG and an XML file with scripts; a `.js` file; an `x.php.txt`) are published the way
 * the build publishes them, then opened in Chromium from servers that map file names to types the
 * way nginx, Apache (multiple extensions) and `npm run preview` do, with none of the recommended
 * headers. No dialog opens, no request leaves the origin, the page never navigates. As a control,
 * the same files under their own names do run on such a server, so the check can fail.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPageFile, recordFile } from '../../src/export/api-paging.ts';
import { copyRawInputs } from '../../src/site/raw-fs.ts';
import { launchBrowser } from '../support/browser.ts';
import { pageEffects } from '../support/page-effects.ts';
import { type HostTypes, startStaticServer } from '../support/static-server.ts';

const ATTACK = `<!doctype html><html><head><meta http-equiv="refresh" content="0;url=http://evil.example/">
<title>Bridge closes</title></head><body><p>Words of the article.</p>
<img src="http://evil.example/pixel.png"><script>alert('ran'); fetch('http://evil.example/f');</script>
</body></html>`;

const HOSTILE: Record<string, Uint8Array> = {
  'page.html.gz': new Uint8Array(gzipSync(ATTACK)),
  'page.html': new TextEncoder().encode(ATTACK),
  'PAGE.HTM': new TextEncoder().encode(ATTACK),
  'logo.svg': new TextEncoder().encode(
    `<svg xmlns="http://www.w3.org/2000/svg"><script>alert('svg')</script><image href="http://evil.example/s.png"/></svg>`,
  ),
  'feed.xhtml': new TextEncoder().encode(
    `<html xmlns="http://www.w3.org/1999/xhtml"><body><script>alert('xhtml')</script></body></html>`,
  ),
  'evil.js': new TextEncoder().encode(`alert('js'); fetch('http://evil.example/js');`),
  'x.php.txt': new TextEncoder().encode(`<?php echo 1; ?><script>alert('php')</script>`),
};

const HOSTS: readonly HostTypes[] = ['nginx', 'apache', 'preview'];

let browser: Browser;
let site: string;
let control: string;

beforeAll(async () => {
  const seeds = mkdtempSync(join(tmpdir(), 'raw-seeds-'));
  site = mkdtempSync(join(tmpdir(), 'raw-site-'));
  control = mkdtempSync(join(tmpdir(), 'raw-control-'));
  const records = Object.entries(HOSTILE).map(([file, bytes]) => {
    writeFileSync(join(seeds, file), bytes);
    writeFileSync(join(control, file), bytes);
    return { id: file, file, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  // The raw inputs are copied from what the paged article index and each article's record list.
  mkdirSync(join(site, 'api', 'articles', 'id'), { recursive: true });
  const page = { page: 1, pages: 1, total: records.length, next: null, items: records };
  writeFileSync(join(site, indexPageFile('articles', 1)), JSON.stringify(page));
  for (const { id, file, sha256 } of records) {
    const record = { id, source: { file, sha256 } };
    writeFileSync(join(site, recordFile('articles', id)), JSON.stringify(record));
  }
  process.env['SEEDS_DIR'] = seeds;
  await copyRawInputs(site);
  delete process.env['SEEDS_DIR'];
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser.close();
});

describe('raw inputs as published', () => {
  it('are plain-text files with one extension, their bytes unchanged', () => {
    const names = readdirSync(join(site, 'raw'));
    expect(names).toHaveLength(Object.keys(HOSTILE).length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9_-]+\.txt$/);
    const hashes = names.map((name) =>
      createHash('sha256')
        .update(readFileSync(join(site, 'raw', name)))
        .digest('hex'),
    );
    const expected = Object.values(HOSTILE).map((bytes) =>
      createHash('sha256').update(bytes).digest('hex'),
    );
    expect(hashes.sort()).toEqual(expected.sort());
  });
});

describe.each(HOSTS)('raw inputs served by a host that maps types like %s', (host) => {
  it('open without a dialog, a request to another origin, or a navigation', async () => {
    const server = await startStaticServer(site, '/', host);
    try {
      for (const name of readdirSync(join(site, 'raw'))) {
        const url = new URL(`raw/${name}`, server.url).href;
        expect(await pageEffects(browser, url, server.origin), name).toEqual([]);
      }
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('the control: hostile files under their own names', () => {
  it('run on a host that maps types like Apache, so the check above can fail', async () => {
    const server = await startStaticServer(control, '/', 'apache');
    try {
      const seen = await pageEffects(
        browser,
        new URL('page.html.gz', server.url).href,
        server.origin,
      );
      expect(seen.some((s) => s.startsWith('dialog: ran'))).toBe(true);
      expect(seen.some((s) => s.startsWith('request: http://evil.example/'))).toBe(true);
    } finally {
      await server.close();
    }
  }, 60_000);
});
