/**
 * The disk side of keeping an earlier build's outputs (`kept-outputs.ts`): listing the output
 * folder, removing files (and the folders they leave empty), and the record of the route outputs
 * of the last complete build, kept beside Astro's own incremental cache (its `cacheDir`, safe to
 * delete) under a name made from the output folder's path, so two output folders never share a
 * record. The record is removed when a build starts and written when it is done: after a build
 * that did not finish there is none, and the next build starts from an empty folder and renders
 * every page.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { z } from 'zod';

const Record = z.object({
  /** The output folder the record is of (a copy: a record found under another folder's name is
   * ignored). */
  outDir: z.string(),
  /** Its route outputs, relative to it. */
  files: z.array(z.string()),
});

/** Where the record of the output folder `outDir` lives in the cache folder `cacheDir`. */
export function recordPath(cacheDir: string, outDir: string): string {
  const name = createHash('sha256').update(outDir).digest('hex').slice(0, 16);
  return join(cacheDir, 'news-archive', `route-outputs-${name}.json`);
}

/** The route outputs the last complete build into `outDir` recorded, or null when there is no
 * record it can trust. */
export async function readRecord(path: string, outDir: string): Promise<Set<string> | null> {
  return readFile(path, 'utf8')
    .then((text) => Record.safeParse(JSON.parse(text)))
    .then((parsed) =>
      parsed.success && parsed.data.outDir === outDir ? new Set(parsed.data.files) : null,
    )
    .catch(() => null);
}

/** Records `files` as the route outputs of a complete build into `outDir`. */
export async function writeRecord(path: string, outDir: string, files: readonly string[]) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify({ outDir, files }));
}

/** Forgets the record (a build has started). */
export async function removeRecord(path: string): Promise<void> {
  await rm(path, { force: true });
}

/** The manifest of Astro's incremental build in its cache folder (Astro 7's own file name). */
export const ASTRO_PAGE_MANIFEST = 'incremental-build.json';

/** Makes Astro render every page of the coming build, as after a build that stopped midway: Astro
 * rewrites its copy of each page as it renders it but its manifest of their keys only at the end,
 * so after a stop some copies are newer than the keys the manifest gives them. */
export async function forgetPageCopies(cacheDir: string): Promise<void> {
  await rm(join(cacheDir, ASTRO_PAGE_MANIFEST), { force: true });
}

/** Every file under `dir` (none when it is missing), as paths relative to it with `/`. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Removes `files` (relative to `dir`) and then each folder under `dir` they leave empty. */
export async function removeFiles(dir: string, files: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const file of files) {
    await rm(join(dir, file), { force: true });
    for (let parent = dirname(file); parent !== '.'; parent = dirname(parent)) folders.add(parent);
  }
  // Deepest first, so a folder is tried after the folders inside it.
  const deepestFirst = [...folders].sort((x, y) => y.split('/').length - x.split('/').length);
  for (const folder of deepestFirst) await rmdir(join(dir, folder)).catch(() => undefined);
}
