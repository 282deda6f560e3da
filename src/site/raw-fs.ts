/**
 * Reads an input file's bytes for `raw/<file>`, and refuses to serve bytes that are not the ones
 * the entry was made from: a raw link must always show the file as it was received.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

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
    throw new Error(`raw/${file}: the file's SHA-256 is ${actual}, the entry says ${sha256}`);
  }
  return Uint8Array.from(bytes);
}
