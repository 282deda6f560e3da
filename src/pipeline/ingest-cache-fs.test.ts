import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFixture } from '../../tests/support/article-fixture.ts';
import { articleParts } from './article-parts.ts';
import { type CachedFile, cacheKey, ingestCacheAt, openIngestCache } from './ingest-cache-fs.ts';

const FINGERPRINT = 'a'.repeat(64);
const SHA = 'b'.repeat(64);
const FACTS = { outlet: { value: 'Example Wire', note: 'Written for the test.' } };

function cached(key: string): CachedFile {
  const data = articleFixture({
    id: 'bridge',
    text: '“We will reopen the bridge in May,” she said.',
  });
  return {
    key,
    built: [
      { file: 'bridge.txt', entries: [{ data, markdown: data.text, parts: articleParts(data) }] },
    ],
    skipped: [['duplicate capture (same address, same payload)', 2]],
  };
}

describe('cacheKey', () => {
  const base = cacheKey(FINGERPRINT, 'a.txt', FACTS, SHA);
  it.each([
    ['the code', cacheKey('c'.repeat(64), 'a.txt', FACTS, SHA)],
    ['the file name', cacheKey(FINGERPRINT, 'b.txt', FACTS, SHA)],
    ['the facts', cacheKey(FINGERPRINT, 'a.txt', undefined, SHA)],
    ['the bytes', cacheKey(FINGERPRINT, 'a.txt', FACTS, 'd'.repeat(64))],
  ])('changes with %s', (_, other) => {
    expect(other).toMatch(/^[0-9a-f]{64}$/);
    expect(other).not.toBe(base);
  });
  it('is the same for the same inputs', () => {
    expect(cacheKey(FINGERPRINT, 'a.txt', { ...FACTS }, SHA)).toBe(base);
  });
});

describe('the ingest cache', () => {
  it('gives back what was put, and nothing for a key never put', async () => {
    const cache = await openIngestCache(mkdtempSync(join(tmpdir(), 'cache-')), FINGERPRINT);
    const key = cacheKey(FINGERPRINT, 'a.txt', FACTS, SHA);
    await cache.put(cached(key));
    expect(await cache.get(key)).toEqual(cached(key));
    expect(await cache.get(cacheKey(FINGERPRINT, 'b.txt', FACTS, SHA))).toBeNull();
  });

  it.each([
    ['a truncated file', (text: string) => text.slice(0, text.length / 2)],
    [
      'a value the schema refuses',
      (text: string) => text.replace('"markdown":', '"markdown":7,"x":'),
    ],
    [
      'an entry stored under another key',
      (text: string) => text.replace(/"key":"[0-9a-f]+"/, `"key":"${'e'.repeat(64)}"`),
    ],
  ])('ignores %s', async (_, spoil) => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-'));
    const cache = await openIngestCache(dir, FINGERPRINT);
    const key = cacheKey(FINGERPRINT, 'a.txt', FACTS, SHA);
    const folder = join(dir, FINGERPRINT.slice(0, 16));
    writeFileSync(join(folder, `${key}.json`), spoil(JSON.stringify(cached(key))));
    expect(await cache.get(key)).toBeNull();
  });

  it('removes the results of other code when opened, and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-'));
    const old = await openIngestCache(dir, FINGERPRINT);
    await old.put(cached(cacheKey(FINGERPRINT, 'a.txt', FACTS, SHA)));
    mkdirSync(join(dir, 'notes'));
    const other = 'f'.repeat(64);
    await openIngestCache(dir, other);
    expect(readdirSync(dir).sort()).toEqual([other.slice(0, 16), 'notes']);
  });

  it('reads any bytes in an entry file as null or a valid entry, never throwing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-'));
    await openIngestCache(dir, FINGERPRINT);
    const cache = ingestCacheAt(dir, FINGERPRINT);
    const key = cacheKey(FINGERPRINT, 'a.txt', FACTS, SHA);
    const path = join(dir, FINGERPRINT.slice(0, 16), `${key}.json`);
    const valid = JSON.stringify(cached(key));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }),
          fc.nat({ max: valid.length }).map((n) => Buffer.from(valid.slice(0, n))),
          fc.json().map((j) => Buffer.from(j)),
        ),
        async (bytes) => {
          writeFileSync(path, bytes);
          const got = await cache.get(key);
          expect(got === null || got.key === key).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
