import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNKED_FROM_BYTES, collectionStorage } from './collection-storage-fs.ts';

/** A folder of entries of these sizes (sparse files, so nothing is written). */
function entries(sizes: readonly number[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'entries-'));
  sizes.forEach((size, i) => {
    const file = join(dir, `e${i}.md`);
    writeFileSync(file, '');
    truncateSync(file, size);
  });
  return dir;
}

const HALF = CHUNKED_FROM_BYTES / 2;

describe('collectionStorage', () => {
  it('keeps one file when there is no entries folder', () => {
    expect(collectionStorage(join(tmpdir(), 'no-such-entries-folder'))).toBe('single-file');
  });

  it.each([
    ['no entries', [], 'single-file'],
    ['small entries', [1_000, 2_000], 'single-file'],
    ['entries just below the bound', [HALF, HALF - 1], 'single-file'],
    ['entries at the bound', [HALF, HALF], 'chunked'],
    ['one entry past it', [CHUNKED_FROM_BYTES + 1], 'chunked'],
  ])('%s', (_, sizes, expected) => {
    expect(collectionStorage(entries(sizes))).toBe(expected);
  });
});
