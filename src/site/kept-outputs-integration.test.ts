import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { keptOutputs } from './kept-outputs-integration.ts';
import { ASTRO_PAGE_MANIFEST, listFiles, listTree } from './kept-outputs-fs.ts';

const logger = { info: () => undefined };

/** Writes `files` (relative paths) under `dir`. */
function write(dir: string, files: readonly string[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), file);
  }
}

/** A project folder with the sources and inputs a build must never remove. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'kept-integration-'));
  write(root, ['src/pages/index.astro', 'seeds/a.txt', 'package.json']);
  return root;
}

/** The integration's hooks after `astro:config:done` for a build of `root` into `out`. */
async function configured(root: string, out: string): Promise<AstroIntegration['hooks']> {
  const url = (path: string): URL => pathToFileURL(`${join(root, path)}/`);
  const config = {
    root: url('.'),
    srcDir: url('src'),
    publicDir: url('public'),
    cacheDir: url('cache'),
    outDir: url(out),
  };
  const { hooks } = keptOutputs();
  await hooks['astro:config:done']?.({ config } as never);
  return hooks;
}

/** One build of `root` into `out` through the hooks: Astro writes `routes` (relative to the
 * output folder) and the sitemap, and at the end its manifest; a build stopped midway writes
 * the routes' folders only. */
async function build(
  root: string,
  out: string,
  routes: readonly string[],
  stopMidway = false,
): Promise<void> {
  const hooks = await configured(root, out);
  await hooks['astro:build:start']?.({ logger } as never);
  if (stopMidway) {
    for (const route of routes) mkdirSync(dirname(join(root, out, route)), { recursive: true });
    return;
  }
  await finish(hooks, root, out, routes);
}

/** The end of a build whose start ran: Astro writes `routes`, the sitemap and its manifest. */
async function finish(
  hooks: AstroIntegration['hooks'],
  root: string,
  out: string,
  routes: readonly string[],
): Promise<void> {
  write(join(root, out), [...routes, 'sitemap-0.xml']);
  write(join(root, 'cache'), [ASTRO_PAGE_MANIFEST]);
  const assets = new Map([['/[...page]', routes.map((r) => pathToFileURL(join(root, out, r)))]]);
  await hooks['astro:build:done']?.({ assets, logger } as never);
}

const manifest = (root: string): boolean => existsSync(join(root, 'cache', ASTRO_PAGE_MANIFEST));

describe('keptOutputs', () => {
  it('keeps the last complete build’s pages, removes the rest before and what is gone after', async () => {
    const root = project();
    write(join(root, 'dist'), ['stale-from-elsewhere.html', 'raw/a-000000000000.txt']);
    await build(root, 'dist', ['a/index.html', 'b/index.html']);
    expect((await listFiles(join(root, 'dist'))).sort()).toEqual([
      'a/index.html',
      'b/index.html',
      'sitemap-0.xml',
    ]);
    write(join(root, 'dist'), ['raw/a-000000000000.txt', 'orphan.html']);
    const hooks = await configured(root, 'dist');
    await hooks['astro:build:start']?.({ logger } as never);
    expect(manifest(root)).toBe(true);
    await finish(hooks, root, 'dist', ['a/index.html', 'c/index.html']);
    expect((await listFiles(join(root, 'dist'))).sort()).toEqual([
      'a/index.html',
      'c/index.html',
      'raw/a-000000000000.txt',
      'sitemap-0.xml',
    ]);
  });

  it('after a build that stopped midway, empties the folder and makes Astro render every page', async () => {
    const root = project();
    await build(root, 'dist', ['a/index.html']);
    await build(root, 'dist', ['a/index.html', 'b/deep/index.html'], true);
    const hooks = await configured(root, 'dist');
    await hooks['astro:build:start']?.({ logger } as never);
    expect(await listTree(join(root, 'dist'))).toEqual({ files: [], folders: [] });
    expect(manifest(root)).toBe(false);
  });

  it('after a build into another folder, keeps nothing and makes Astro render every page', async () => {
    const root = project();
    await build(root, 'dist', ['a/index.html']);
    await build(root, 'dist-sub', ['a/index.html']);
    const hooks = await configured(root, 'dist');
    await hooks['astro:build:start']?.({ logger } as never);
    expect(await listFiles(join(root, 'dist'))).toEqual([]);
    expect(manifest(root)).toBe(false);
  });

  it.each([
    ['the project', '.'],
    ['its inputs', 'seeds'],
  ])('refuses to build into %s, removing nothing', async (_, out) => {
    const root = project();
    await expect(configured(root, out)).rejects.toThrow(/holds .*choose another OUT_DIR/);
    expect((await listFiles(root)).sort()).toEqual([
      'package.json',
      'seeds/a.txt',
      'src/pages/index.astro',
    ]);
  });
});
