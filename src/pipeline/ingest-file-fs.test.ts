import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CachedFile, openIngestCache } from './ingest-cache-fs.ts';
import { ingestFile } from './ingest-file-fs.ts';

const COPY =
  'Harbour bridge closed after engineers find cracks\n\n' +
  'Engineers found deep cracks in two pillars of the harbour bridge on Monday night, and the ' +
  'council closed it to traffic until repairs are done.\n\n' +
  '“We will close the harbour bridge until the pillars are safe again for every driver,” ' +
  'Councillor Ann Lee said.';
const FACTS = { outlet: { value: 'Example Wire', note: 'Written for the test.' } };

/** A seeds folder with one copy, a cache beside it, and a way to spoil the cached entry. */
async function setUp(fingerprint = 'a'.repeat(64)) {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-file-'));
  writeFileSync(join(dir, 'copy.txt'), COPY);
  const cacheDir = join(dir, '.cache');
  const store = await openIngestCache(cacheDir, fingerprint);
  const job = { file: 'copy.txt', path: join(dir, 'copy.txt'), facts: FACTS };
  const entriesDir = (): string => join(cacheDir, readdirSync(cacheDir)[0] as string);
  /** Rewrites every cached entry's Markdown, as only a read of the cache could give it. */
  const spoil = (): void => {
    for (const name of readdirSync(entriesDir())) {
      const value = JSON.parse(readFileSync(join(entriesDir(), name), 'utf8')) as CachedFile;
      for (const group of value.built) for (const e of group.entries) e.markdown = 'FROM THE CACHE';
      writeFileSync(join(entriesDir(), name), JSON.stringify(value));
    }
  };
  return { dir, cacheDir, store, job, entriesDir, spoil };
}

const markdownOf = (outcome: Awaited<ReturnType<typeof ingestFile>>): string | undefined =>
  outcome.built[0]?.entries[0]?.markdown;

describe('ingestFile with the cache', () => {
  it('takes a file whose bytes, facts and code are unchanged from the cache', async () => {
    const { store, job, spoil, entriesDir } = await setUp();
    const cache = { store, fingerprint: 'a'.repeat(64) };
    const cold = await ingestFile(job, cache);
    expect(markdownOf(cold)).toContain('deep cracks');
    expect(readdirSync(entriesDir())).toHaveLength(1);
    expect(await ingestFile(job, cache)).toEqual(cold);
    spoil();
    expect(markdownOf(await ingestFile(job, cache))).toBe('FROM THE CACHE');
  });

  it.each([
    [
      'other code',
      (s: Awaited<ReturnType<typeof setUp>>) => ({ fingerprint: 'b'.repeat(64), job: s.job }),
    ],
    [
      'other facts',
      (s: Awaited<ReturnType<typeof setUp>>) => ({
        fingerprint: 'a'.repeat(64),
        job: { ...s.job, facts: undefined },
      }),
    ],
    [
      'other bytes',
      (s: Awaited<ReturnType<typeof setUp>>) => {
        writeFileSync(s.job.path, `${COPY} She did not say when.`);
        return { fingerprint: 'a'.repeat(64), job: s.job };
      },
    ],
  ])('cleans the file again for %s', async (_, change) => {
    const s = await setUp();
    await ingestFile(s.job, { store: s.store, fingerprint: 'a'.repeat(64) });
    s.spoil();
    const { fingerprint, job } = change(s);
    const store =
      fingerprint === 'a'.repeat(64) ? s.store : await openIngestCache(s.cacheDir, fingerprint);
    expect(markdownOf(await ingestFile(job, { store, fingerprint }))).toContain('deep cracks');
  });

  it('keeps no result of a file that failed', async () => {
    const { dir, store, entriesDir } = await setUp();
    writeFileSync(join(dir, 'empty.txt'), '');
    const job = { file: 'empty.txt', path: join(dir, 'empty.txt'), facts: undefined };
    const outcome = await ingestFile(job, { store, fingerprint: 'a'.repeat(64) });
    expect(outcome.error).toMatch(/^empty\.txt: /);
    expect(readdirSync(entriesDir())).toHaveLength(0);
  });
});
