/**
 * The disk side of keeping an earlier build's outputs (`kept-outputs.ts`): listing the output
 * folder, removing files (and the folders they leave empty), and the record of the route outputs
 * of the last complete build, kept beside Astro's own incremental cache (its `cacheDir`, safe to
 * delete), naming the folder it was built into. The record is removed when a build starts and
 * written when it is done: after a build that did not finish there is none, and the next build
 * starts from an empty folder and renders every page.
 */
import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { z } from 'zod';
import { isOutputPath } from './kept-outputs.ts';

const Record = z.object({
  /** The output folder the build wrote into (a build into another folder keeps nothing of it). */
  outDir: z.string(),
  /** Its route outputs, relative to it. */
  files: z.array(z.string()),
});

/** Where the record lives in the cache folder `cacheDir`: one for the folder, as Astro keeps one
 * manifest there whatever the output folder (a build into another folder leaves the manifest of
 * that build, which the pages of this one no longer match). */
export function recordPath(cacheDir: string): string {
  return join(cacheDir, 'news-archive', 'route-outputs.json');
}

/** The route outputs the last complete build recorded, when it was a build into `outDir`; null
 * when there is no record it can trust (another folder's, or one naming a path outside). */
export async function readRecord(path: string, outDir: string): Promise<Set<string> | null> {
  return readFile(path, 'utf8')
    .then((text) => Record.safeParse(JSON.parse(text)))
    .then(({ success, data }) =>
      success && data.outDir === outDir && data.files.every(isOutputPath)
        ? new Set(data.files)
        : null,
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

/** Every file and every folder under `dir` (none when it is missing), as paths relative to it
 * with `/`. */
export async function listTree(dir: string): Promise<{ files: string[]; folders: string[] }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const path = (entry: (typeof entries)[number]): string =>
    relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
  return {
    files: entries.filter((entry) => !entry.isDirectory()).map(path),
    folders: entries.filter((entry) => entry.isDirectory()).map(path),
  };
}

/** Every file under `dir` (none when it is missing), as paths relative to it with `/`. */
export async function listFiles(dir: string): Promise<string[]> {
  return (await listTree(dir)).files;
}

/** Removes each of `folders` (relative to `dir`) that is empty, deepest first. */
export async function removeEmptyFolders(dir: string, folders: Iterable<string>): Promise<void> {
  const deepestFirst = [...folders].sort((x, y) => y.split('/').length - x.split('/').length);
  for (const folder of deepestFirst) await rmdir(join(dir, folder)).catch(() => undefined);
}

/** Removes `files` (relative to `dir`) and then each folder under `dir` they leave empty. */
export async function removeFiles(dir: string, files: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const file of files) {
    await rm(join(dir, file), { force: true });
    for (let parent = dirname(file); parent !== '.'; parent = dirname(parent)) folders.add(parent);
  }
  await removeEmptyFolders(dir, folders);
}
