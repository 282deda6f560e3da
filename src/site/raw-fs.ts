/**
 * Copies each input file, byte for byte, to its published name in `raw/` of the built site (see
 * `raw-files.ts`), and refuses bytes that
 * are not the ones the entry was made from: a raw link must always show the file as it was
 * received. Plain file copies, not pages: at 10,000 articles, rendering them as Astro endpoints
 * took a tenth of the build.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { readIndex } from '../export/api-index-fs.ts';
import { printableName } from '../ingest/printable-name.ts';
import { Source } from '../schema/article.ts';
import { rawFileName } from './raw-files.ts';

/** The folder the inputs live in: `SEEDS_DIR`, or `seeds`. */
export function seedsDir(): string {
  return process.env.SEEDS_DIR ?? 'seeds';
}

/** The bytes of `file` in the seeds folder, after checking their SHA-256 is `sha256`; throws,
 * naming the file, when it is missing or differs (the entry is stale: run the ingest again). */
export async function readRawFile(file: string, sha256: string): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await readFile(join(seedsDir(), basename(file)));
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) {
    throw new Error(
      `${printableName(file)}: the file's SHA-256 is ${actual}, the entry says ${sha256}`,
    );
  }
  return Uint8Array.from(bytes);
}

const Listed = z.array(Source.pick({ file: true, sha256: true }));

/** Copies the input of every article in the built site `outDir` (as its paged article index,
 * `api/articles/<n>.json`, lists them) to `outDir/raw/`, checking each file's hash; returns how
 * many were copied. */
export async function copyRawInputs(outDir: string): Promise<number> {
  const articles = Listed.parse(await readIndex(outDir, 'articles'));
  const sources = new Map(articles.map(({ file, sha256 }) => [file, sha256]));
  await mkdir(join(outDir, 'raw'), { recursive: true });
  const published = new Map<string, string>();
  for (const [file, sha256] of sources) {
    const name = rawFileName(file, sha256);
    const held = published.get(name);
    // Two inputs whose names and hash prefixes agree would overwrite each other's evidence.
    if (held !== undefined && held !== sha256) {
      throw new Error(`raw/${name}: two inputs with different bytes would be published here`);
    }
    published.set(name, sha256);
    await writeFile(join(outDir, 'raw', name), await readRawFile(file, sha256));
  }
  return sources.size;
}
