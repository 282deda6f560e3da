/**
 * The first bytes of a file, which tell what kind of input it is (`container-kind.ts`), read
 * without reading the rest: light on purpose, so the ingest can tell a WARC before it loads the
 * cleaning code.
 */
import { open } from 'node:fs/promises';
import { containerKind, HEAD_BYTES } from './container-kind.ts';

/** The first bytes of the file at `path` (fewer when it is shorter). */
export async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** True when the file at `path` is a WARC by its first bytes; false too when it cannot be read. */
export async function isWarcFile(path: string): Promise<boolean> {
  const head = await readHead(path).catch(() => null);
  return head !== null && containerKind(head) === 'warc';
}
