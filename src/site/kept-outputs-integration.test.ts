import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { keptOutputs } from './kept-outputs-integration.ts';
import { ASTRO_PAGE_MANIFEST, listFiles } from './kept-outputs-fs.ts';

const logger = { info: () => undefined };

/** Writes `files` (relative paths) under `dir`. */
function write(dir: string, files: readonly string[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), file);
  }
}

/** One build through the integration's hooks: Astro writes `routes` (relative to the output
 * folder) between the start and the end, and the sitemap beside them. */
async function build(root: string, routes: readonly string[], stopMidway = false): Promise<void> {
  const outDir = join(root, 'dist');
  const cacheDir = join(root, 'cache');
  const { hooks } = keptOutputs();
  const config = { outDir: pathToFileURL(`${outDir}/`), cacheDir: pathToFileURL(`${cacheDir}/`) };
  await hooks['astro:config:done']?.({ config } as never);
  await hooks['astro:build:start']?.({ logger } as never);
  write(outDir, [...routes, 'sitemap-0.xml']);
  write(cacheDir, [ASTRO_PAGE_MANIFEST]);
  if (stopMidway) return;
  const assets = new Map([['/[...page]', routes.map((r) => pathToFileURL(join(outDir, r)))]]);
  await hooks['astro:build:done']?.({ assets, logger } as never);
}

describe('keptOutputs', () => {
  it('keeps the last complete build’s pages, removes the rest before and what is gone after', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kept-integration-'));
    write(join(root, 'dist'), ['stale-from-elsewhere.html', 'raw/a-000000000000.txt']);
    await build(root, ['a/index.html', 'b/index.html']);
    expect((await listFiles(join(root, 'dist'))).sort()).toEqual([
      'a/index.html',
      'b/index.html',
      'sitemap-0.xml',
    ]);
    write(join(root, 'dist'), ['raw/a-000000000000.txt', 'orphan.html']);
    await build(root, ['a/index.html', 'c/index.html']);
    expect((await listFiles(join(root, 'dist'))).sort()).toEqual([
      'a/index.html',
      'c/index.html',
      'raw/a-000000000000.txt',
      'sitemap-0.xml',
    ]);
    expect(existsSync(join(root, 'cache', ASTRO_PAGE_MANIFEST))).toBe(true);
  });

  it('after a build that stopped midway, empties the folder and makes Astro render every page', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kept-integration-'));
    await build(root, ['a/index.html']);
    await build(root, ['a/index.html', 'b/index.html'], true);
    const { hooks } = keptOutputs();
    const config = {
      outDir: pathToFileURL(`${join(root, 'dist')}/`),
      cacheDir: pathToFileURL(`${join(root, 'cache')}/`),
    };
    await hooks['astro:config:done']?.({ config } as never);
    await hooks['astro:build:start']?.({ logger } as never);
    expect(await listFiles(join(root, 'dist'))).toEqual([]);
    expect(existsSync(join(root, 'cache', ASTRO_PAGE_MANIFEST))).toBe(false);
  });
});
