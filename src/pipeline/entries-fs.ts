/**
 * Writing the entries folder as a whole. Entries are written to a temporary folder and swapped in
 * only when all are written, so a failed build never leaves a half-written or stale folder.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Replaces the contents of `dir` with exactly `files` (file name -> text), atomically per folder. */
export async function replaceFolder(
  dir: string,
  files: ReadonlyMap<string, string>,
): Promise<void> {
  const tmp = `${dir}.tmp-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  for (const [name, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    await writeFile(join(tmp, name), text);
  }
  await mkdir(dirname(dir), { recursive: true });
  await rm(old, { recursive: true, force: true });
  await rename(dir, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(tmp, dir);
  await rm(old, { recursive: true, force: true });
}
