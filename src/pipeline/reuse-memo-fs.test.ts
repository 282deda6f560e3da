import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReusePair } from '../schema/story.ts';
import { openIngestCache } from './ingest-cache-fs.ts';
import { openReuseMemo, REUSE_MEMO_FILE } from './reuse-memo-fs.ts';

const CODE = 'a'.repeat(64);
const KEY = 'c'.repeat(64);
const PAIR: ReusePair = {
  a: 'a',
  b: 'b',
  kind: 'syndicated',
  shared: { a: 1, b: 0.9 },
  source: 'a',
  sourceReason: 'earlier-date',
  passages: [{ a: 0, b: 0, words: 40 }],
};

/** A cache folder holding the code's own folder, with `memo` written as its memo file. */
function cacheWith(memo?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'reuse-memo-'));
  mkdirSync(join(dir, CODE.slice(0, 16)));
  if (memo !== undefined) writeFileSync(join(dir, CODE.slice(0, 16), REUSE_MEMO_FILE), memo);
  return dir;
}

describe('openReuseMemo', () => {
  it('keeps what a build used for the next one, and only that', async () => {
    const dir = cacheWith();
    const first = await openReuseMemo(dir, CODE);
    expect(first.memo.kept.size).toBe(0);
    first.memo.used.set(KEY, PAIR);
    first.memo.used.set('d'.repeat(64), null);
    await first.save();
    const second = await openReuseMemo(dir, CODE);
    expect([...second.memo.kept]).toEqual([
      [KEY, PAIR],
      ['d'.repeat(64), null],
    ]);
    await second.save();
    expect((await openReuseMemo(dir, CODE)).memo.kept.size).toBe(0);
  });

  it.each([
    ['not JSON', '{"fingerprint": '],
    [
      'of another code version',
      JSON.stringify({ fingerprint: 'b'.repeat(64), pairs: [[KEY, PAIR]] }),
    ],
    [
      'with a pair its schema refuses',
      JSON.stringify({ fingerprint: CODE, pairs: [[KEY, { ...PAIR, kind: 'copy' }]] }),
    ],
    ['with a key that is not a hash', JSON.stringify({ fingerprint: CODE, pairs: [['k', PAIR]] })],
  ])('reads a memo file %s as an empty memo', async (_, text) => {
    const { memo } = await openReuseMemo(cacheWith(text), CODE);
    expect(memo.kept.size).toBe(0);
  });

  it('reads a missing cache folder as an empty memo, and saving there is no error', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'reuse-memo-')), 'gone');
    const { memo, save } = await openReuseMemo(dir, CODE);
    memo.used.set(KEY, PAIR);
    await expect(save()).resolves.toBeUndefined();
    expect(memo.kept.size).toBe(0);
  });

  it('does not make the ingest cache count as holding entries', async () => {
    const dir = cacheWith(JSON.stringify({ fingerprint: CODE, pairs: [] }));
    expect((await openIngestCache(dir, CODE)).empty).toBe(true);
    expect(readFileSync(join(dir, CODE.slice(0, 16), REUSE_MEMO_FILE), 'utf8')).toContain(CODE);
  });
});
