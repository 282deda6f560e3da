/**
 * The fingerprint of the code that turns an input into an entry and its analysis parts: a hash of
 * every product source under `src/` that is not a test or a page (the ingest's modules and the
 * schemas they validate with) and of the lock file (the libraries that parse, decode and read
 * names). Any change to either gives another fingerprint, so nothing the ingest cache kept from
 * other code is ever reused. Computed once per run; it costs a read of a few hundred small files.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root this module belongs to (`src/pipeline/` is two levels down). */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** True for a product source whose code the ingest may run. */
function isProductSource(path: string): boolean {
  return /\.(ts|mjs|js|json)$/.test(path) && !/\.test\.ts$/.test(path);
}

/** Every product source under `dir`, recursively, as paths relative to `root`, sorted. */
async function sources(root: string, dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'content') {
      found.push(...(await sources(root, path)));
    } else if (entry.isFile() && isProductSource(path)) found.push(relative(root, path));
  }
  return found.sort();
}

/** The hex SHA-256 of the names and bytes of `root`'s product sources and its lock file (a missing
 * lock file counts as empty). The same tree always gives the same fingerprint. */
export async function codeFingerprint(root = PROJECT_ROOT): Promise<string> {
  const hash = createHash('sha256');
  const files = [...(await sources(root, join(root, 'src'))), 'package-lock.json'];
  for (const file of files) {
    const bytes = await readFile(join(root, file)).catch(() => Buffer.alloc(0));
    hash.update(`${file}\u0000${bytes.length}\u0000`).update(bytes);
  }
  return hash.digest('hex');
}
