/**
 * Writing a file whole: into a temporary file beside it, then renamed into place, so no reader
 * (nor the next build, after one that stopped midway) ever finds part of it under its name.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';

/** Writes `data` to `path` whole. On failure the temporary file is removed and the error thrown;
 * `path` then holds what it held before. */
export async function writeWhole(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
