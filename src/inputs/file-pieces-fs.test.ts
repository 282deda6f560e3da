import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reusedPieces } from './file-pieces-fs.ts';

const dir = mkdtempSync(join(tmpdir(), 'file-pieces-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every piece of the file holding `bytes`, each copied as it comes, and how many there were. */
async function read(bytes: Uint8Array, size: number): Promise<{ whole: Buffer; pieces: number }> {
  const path = join(dir, `f-${bytes.length}-${size}`);
  writeFileSync(path, bytes);
  const copies: Buffer[] = [];
  for await (const piece of reusedPieces(path, size)) copies.push(Buffer.from(piece));
  return { whole: Buffer.concat(copies), pieces: copies.length };
}

const bytesOf = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 7) % 251);

describe('reusedPieces', () => {
  it.each([
    ['an empty file', 0, 4, 0],
    ['shorter than a piece', 3, 4, 1],
    ['exactly one piece', 4, 4, 1],
    ['pieces and a short last one', 10, 4, 3],
    ['many pieces', 1000, 16, 63],
  ])('%s: the bytes in order', async (_name, length, size, pieces) => {
    const bytes = bytesOf(length);
    expect(await read(bytes, size)).toEqual({ whole: Buffer.from(bytes), pieces });
  });

  it('reads into two buffers in turn', async () => {
    const path = join(dir, 'turns');
    writeFileSync(path, bytesOf(12));
    const seen: ArrayBufferLike[] = [];
    for await (const piece of reusedPieces(path, 4)) seen.push(piece.buffer);
    expect(seen[0]).toBe(seen[2]);
    expect(seen[1]).not.toBe(seen[0]);
  });

  it('throws what reading throws, and stops when the reader stops', async () => {
    await expect(reusedPieces(join(dir, 'missing'), 4).next()).rejects.toThrow(/ENOENT/);
    const path = join(dir, 'stopped');
    writeFileSync(path, bytesOf(100));
    for await (const piece of reusedPieces(path, 4)) {
      expect(piece.length).toBe(4);
      break;
    }
  });
});
