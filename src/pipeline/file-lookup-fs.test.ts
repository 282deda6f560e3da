import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSha256, lookUp } from './file-lookup-fs.ts';
import { cacheKey, ingestCacheAt } from './ingest-cache-fs.ts';

const FINGERPRINT = 'c'.repeat(64);
const dir = mkdtempSync(join(tmpdir(), 'lookup-'));
const path = join(dir, 'a.txt');
writeFileSync(path, 'Some bytes of a seeds file.');
/** A path no lookup may read: reading it would throw. */
const unreadable = join(dir, 'no-such-file.txt');

describe('lookUp', () => {
  it('hashes the file into its key when the cache may hold it', async () => {
    const cache = { store: ingestCacheAt(dir, FINGERPRINT), fingerprint: FINGERPRINT };
    const sha256 = await fileSha256(path);
    const found = await lookUp({ file: 'a.txt', path, facts: undefined }, cache);
    expect(found).toEqual({
      key: cacheKey(FINGERPRINT, 'a.txt', undefined, sha256),
      sha256,
      kept: null,
    });
  });

  it.each([
    ['an empty cache (a cold build)', true, undefined, { key: null, sha256: null, kept: null }],
    [
      'a job the main thread looked up and missed',
      false,
      { sha256: 'd'.repeat(64) },
      {
        key: cacheKey(FINGERPRINT, 'b.txt', undefined, 'd'.repeat(64)),
        sha256: 'd'.repeat(64),
        kept: null,
      },
    ],
    [
      'a job missed in an empty cache',
      false,
      { sha256: null },
      { key: null, sha256: null, kept: null },
    ],
  ] as const)('reads nothing for %s', async (_, empty, missed, expected) => {
    const cache = { store: ingestCacheAt(dir, FINGERPRINT, empty), fingerprint: FINGERPRINT };
    const job = {
      file: 'b.txt',
      path: unreadable,
      facts: undefined,
      ...(missed ? { missed } : {}),
    };
    expect(await lookUp(job, cache)).toEqual(expected);
  });

  it('hashes a file the same in pieces as whole', async () => {
    const big = join(dir, 'big.bin');
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    writeFileSync(big, bytes);
    const { createHash } = await import('node:crypto');
    expect(await fileSha256(big)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});
